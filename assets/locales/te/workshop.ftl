# వర్క్‌షాప్: ఆటలో ఫెసిలిటేటర్ స్క్రీన్లు (src/game/screens/workshop/),
# ఫోన్ పేజీ, ఎక్స్‌పోర్ట్ చేసిన రికార్డు (src/workshop/). ఇంగ్లీష్
# ప్రమాణం: ప్రతి ఇతర భాషలోనూ సరిగ్గా ఇవే సందేశాలు ఉంటాయి.

ws-and = { $first } మరియు { $last }
ws-quote = “{ $line }”

## బృందం ఎలా ఓటు వేస్తుంది (సిద్ధం చేసే స్క్రీన్)

ws-voting-phones = ఫోన్లు
ws-voting-hands = చేతులెత్తి
ws-voting-teams = టీమ్‌లు
ws-voting-phones-explained = అందరూ తమ ఫోన్ నుంచి ఓటు వేస్తారు; బృందం మొత్తం కలిసి ఒకే నిర్ణయం తీసుకుంటుంది.
ws-voting-hands-explained = ఫోన్లు లేవు: ప్రతి జవాబుకు ఎత్తిన చేతులను లెక్కపెట్టి, ఆ సంఖ్యలను టైప్ చేయండి.
ws-voting-teams-explained = రెండు నుంచి ఎనిమిది టీమ్‌లు, ప్రతి టీమ్‌కు సొంత కస్టమర్; ఫోన్ల నుంచి ఓటు వేస్తాయి.

## సిద్ధం చేసే స్క్రీన్

ws-setup-title = వర్క్‌షాప్ నిర్వహించండి
ws-setup-intro = ప్రొజెక్టర్ మీ చేతిలో; ప్రతి జవాబును బృందం కలిసి నిర్ణయిస్తుంది. సన్నివేశాలను నడపాల్సిన క్రమంలో ఎంచుకోండి, బృందం ఎలా ఓటు వేయాలో కూడా ఎంచుకోండి.
ws-setup-order = నడిపే క్రమం
ws-setup-minutes = సుమారు { $minutes } నిమి
ws-setup-voting = బృందం ఎలా ఓటు వేస్తుంది
ws-setup-teams = టీమ్‌ల పేర్లు, కామాలతో వేరు చేసి (మార్చడానికి టైప్ చేయండి):
ws-setup-default-teams = ఎరుపు, నీలం
ws-setup-address = వర్క్‌షాప్ జరుగుతున్నంతసేపు ఫోన్లు http://{ $address }/ వద్ద చేరతాయి (ఈ నెట్‌వర్క్ నుంచి మాత్రమే; చిరునామాను --bind ఎంచుకుంటుంది).
ws-setup-start = వర్క్‌షాప్ ప్రారంభించండి
ws-setup-back = వెనక్కి
ws-setup-no-scenario = scenarios ఫోల్డర్‌లో `{ $id }` సన్నివేశం సిద్ధంగా లేదు; జాబితా నుంచి ఎంచుకోండి
ws-plan-no-scenarios = నడపడానికి కనీసం ఒక సన్నివేశాన్ని ఎంచుకోండి
ws-plan-team-count = టీమ్‌లకు { $min } నుంచి { $max } పేర్లు కావాలి; ఇచ్చినవి { $given } (వాటిని కామాలతో వేరు చేయండి)
ws-plan-team-name = టీమ్ పేరు `{ $name }`లో 1 నుంచి { $max } అక్షరాలు ఉండాలి
ws-plan-duplicate-team = రెండు టీమ్‌లకు `{ $name }` అనే పేరు ఉంది; ప్రతి టీమ్‌కు వేరే పేరు ఇవ్వండి
ws-plan-teams-not-voting = బృందం టీమ్‌లుగా ఓటు వేసినప్పుడే టీమ్‌ల పేర్లు వాడతాం
ws-cannot-listen = { $address } వద్ద ఫోన్ల కోసం వేచి ఉండలేకపోయాం: { $error }. గది నెట్‌వర్క్‌లో ఈ కంప్యూటర్ చిరునామాను --bind చిరునామా:పోర్ట్‌తో ఎంచుకోండి

## ప్రొజెక్టర్: పైన ఉండే పట్టీ

ws-top-scenario = { $title }  ·  సన్నివేశం { $place }/{ $count }
ws-top-join = { $address }  ·  కోడ్ { $code }  ·  చేరినవి { $joined }
ws-notes-on-screen = నోట్స్ స్క్రీన్‌పై ఉన్నాయి · N దాచుతుంది

## ప్రొజెక్టర్: ఫోన్లు చేరుతున్నాయి

ws-join-heading = మీ ఫోన్‌తో చేరండి
ws-join-wifi = 1. ఈ గది Wi-Fiకి కనెక్ట్ అవ్వండి.
ws-join-open = 2. కోడ్‌ను స్కాన్ చేయండి, లేదా ఈ చిరునామా తెరవండి:
ws-join-code = 3. రూమ్ కోడ్ టైప్ చేయండి:
ws-joined = { $count ->
        [one] { $count } ఫోన్ చేరింది
       *[other] { $count } ఫోన్లు చేరాయి
    }
ws-join-next = అందరూ చేరాక, మొదటి కస్టమర్‌ను తీసుకురావడానికి "తర్వాత" నొక్కండి.
ws-late-join = ఇంకా చేరలేదా? స్కాన్ చేయండి, లేదా తెరవండి
ws-room-code = రూమ్ కోడ్ { $code }

## ప్రొజెక్టర్: ఒక నిర్ణయం

ws-step-reading = చదవండి, ఆలోచించండి
ws-step-voting = ఓటింగ్ తెరిచి ఉంది  ·  { $clock }
ws-step-locked = ఓటింగ్ ముగిసింది
ws-step-revealed = ఏమైంది
ws-team-finished = ఈ టీమ్ కస్టమర్‌తో సంభాషణ ముగిసింది. మిగతా టీమ్‌లను చూడండి.
ws-reading-hint = కస్టమర్ మాటను, జవాబులను బృందం చదవనివ్వండి. "తర్వాత" ఓటింగ్ తెరుస్తుంది.
ws-hands-counted = { $count ->
        [one] { $count } చేయి లెక్కించాం
       *[other] { $count } చేతులు లెక్కించాం
    }
ws-turnout = { $members } { $members ->
        [one] ఫోన్‌లో
       *[other] ఫోన్లలో
    } { $voted } { $voted ->
        [one] ఓటు వేసింది
       *[other] ఓటు వేశాయి
    }
ws-hands-hint = ప్రతి జవాబుకు సంఖ్యను టైప్ చేయండి (పైకి, కిందికి బాణాలతో జవాబుల మధ్య కదలండి). "తర్వాత" ఓటింగ్ ముగిస్తుంది.
ws-phones-hint = ఓటింగ్ ముగిసే వరకు ఓట్లు మార్చుకోవచ్చు. "తర్వాత" ఓటింగ్ ముగిస్తుంది.
ws-room-choice = బృందం ఎంపిక
ws-override-hint = దానికి బదులు వేరే జవాబు ఆడించాలంటే దాని సంఖ్యను నొక్కండి (లేదా దానిపై క్లిక్ చేయండి); ఎడమ బాణం దాన్ని రద్దు చేస్తుంది. "తర్వాత" ఎంపికను ఆడిస్తుంది.
ws-choice-majority = జవాబు { $chosen }, మెజారిటీ: { $total } { $total ->
        [one] ఓటులో
       *[other] ఓట్లలో
    } { $votes }.
ws-choice-tie = జవాబులు { $tied } సమానం (ఒక్కొక్కదానికి { $votes } { $votes ->
        [one] ఓటు
       *[other] ఓట్లు
    }): మీరు వేరేది ఎంచుకోకపోతే ముందుగా చూపిన జవాబు { $chosen } ఆడుతుంది.
ws-choice-no-votes = ఎవరూ ఓటు వేయలేదు: మీరు వేరేది ఎంచుకోకపోతే ముందుగా చూపిన జవాబు { $chosen } ఆడుతుంది.
ws-choice-overridden = జవాబు { $chosen }, ఫెసిలిటేటర్ ఎంచుకున్నది (ఓటింగ్‌లో జవాబు { $by-vote } ఎంపికైంది).
ws-mood = మూడ్ { $before } నుంచి { $after } ({ $moved }), { $band }
ws-worth = కస్టమర్ విలువ: { $moved }
ws-coaching = కోచింగ్  ·  { $points }
ws-coaching-held = కోచింగ్ ఆపి ఉంచాం: ముందు బృందాన్ని చర్చించనివ్వండి. "తర్వాత" దాన్ని చూపిస్తుంది.
ws-timer = చర్చ { $clock }  ·  { $state ->
        [over] చర్చ ముగిసింది
        [running] నడుస్తోంది · T ఆపుతుంది, S దాటవేస్తుంది
       *[paused] T ప్రారంభిస్తుంది
    }
ws-notes-title = ఫెసిలిటేటర్ నోట్స్  ·  సుమారు { $minutes } నిమి
ws-notes-model = ఆదర్శ జవాబు: జవాబు { $reply } ({ $points }). { $note }
ws-notes-tempting = ఆకర్షించేది: జవాబు { $reply } ({ $points }). { $note }
ws-notes-ask = బృందాన్ని అడగండి: { $question }
ws-strip-finished = ముగిసింది
ws-strip-voted = { $voted }/{ $members } ఓటు వేశారు
ws-strip-reply = జవాబు { $reply }
ws-strip-mood = మూడ్ { $mood }
ws-strip-hint = పైకి/కిందికి: మరో టీమ్‌ను చూపించు

## ప్రొజెక్టర్: కింద ఉండే బటన్లు

ws-next-start = ప్రారంభించు
ws-next-open = ఓటింగ్ తెరువు
ws-next-lock = ఓటింగ్ ముగించు
ws-next-play = ఆడించు
ws-next-reveal = కోచింగ్ చూపించు
ws-next-decision = తర్వాతి నిర్ణయం
ws-next-debrief = డీబ్రీఫ్
ws-next-standings = ర్యాంకింగ్
ws-next-end = వర్క్‌షాప్ ముగించు
ws-next-scenario = తర్వాతి సన్నివేశం
ws-back = వెనక్కి
ws-timer-pause = టైమర్ ఆపు
ws-timer-start = టైమర్ ప్రారంభించు
ws-notes-show = నోట్స్
ws-notes-hide = నోట్స్ దాచు
ws-end = వర్క్‌షాప్ ముగించు
ws-end-really = నిజంగా ముగించాలా?
ws-keys = తర్వాత: కుడి బాణం, Space, Enter, Page Down  ·  వెనక్కి: ఎడమ బాణం, Page Up  ·  T టైమర్  ·  N నోట్స్  ·  Esc రెండుసార్లు నొక్కితే ముగుస్తుంది

## ప్రొజెక్టర్: డీబ్రీఫ్, ర్యాంకింగ్, ముగింపు

ws-debrief-room = బృందం డీబ్రీఫ్  ·  { $title }
ws-debrief-team = టీమ్ { $team } డీబ్రీఫ్  ·  { $title }
ws-grade = గ్రేడ్ { $grade }  ·  స్కోరు 100కి { $score }
ws-customer-was = కస్టమర్: { $outcome }. { $ending }
ws-debrief-money = వచ్చినప్పుడు విలువ { $arrival }, నిలుపుకున్నది { $kept }, కోల్పోయింది { $lost }
ws-talk-it-over = చర్చించండి
ws-debrief-teams-hint = పైకి/కిందికి: మరో టీమ్ డీబ్రీఫ్
ws-mark-played = ఆడినది
ws-mark-best = ఉత్తమం
ws-played = { $how ->
        [majority] మెజారిటీతో
        [tie] సమానమైన తర్వాత
        [none] ఓట్లు లేకుండా
       *[facilitator] ఫెసిలిటేటర్ ఎంపికతో
    } ఆడింది: { $best ->
        [yes] ఉత్తమ జవాబు
       *[no] ఉత్తమ జవాబు కాదు
    }, { $points }.
ws-standings = ర్యాంకింగ్
ws-standings-after = { $count }లో { $done } { $done ->
        [one] సన్నివేశం
       *[other] సన్నివేశాల
    } తర్వాత: స్కోర్ల మొత్తం, తర్వాత నిలుపుకున్న డబ్బు.
ws-did-not-finish = పూర్తి కాలేదు
ws-latest = { $outcome } ({ $grade }, { $score })
ws-leader = { $place }.  { $team }   ·   { $score } { $score ->
        [one] పాయింట్
       *[other] పాయింట్లు
    }   ·   నిలుపుకున్నది { $kept }   ·   చివరి కస్టమర్: { $latest }
ws-ended = ధన్యవాదాలు: వర్క్‌షాప్ ముగిసింది
ws-ended-summary = { $scenarios } { $scenarios ->
        [one] సన్నివేశం
       *[other] సన్నివేశాలు
    }, { $voting ->
        [hands] చేతులెత్తి ఓటింగ్.
       *[phones] { $phones } { $phones ->
            [one] ఫోన్
           *[other] ఫోన్ల
        } నుంచి ఓటింగ్. ఫోన్ల సర్వర్ ఆగిపోయింది.
    }
ws-result-ended = గ్రేడ్ { $grade } ({ $outcome }), నిలుపుకున్నది { $kept }
ws-result-stopped = { $decisions } { $decisions ->
        [one] నిర్ణయం
       *[other] నిర్ణయాల
    } తర్వాత ఆగింది
ws-esc-title = Esc నొక్కితే మొదటి స్క్రీన్‌కు వెళ్తారు.
ws-kept-unrecorded = సేవ్ చేయలేదు, ఎక్స్‌పోర్ట్ చేయలేదు: ఈ ఆట రికార్డు లేకుండా నడుస్తోంది.
ws-kept-saved = అభ్యాసకుల రికార్డులతో సేవ్ చేశాం.
ws-kept-not-saved = సేవ్ కాలేదు: రికార్డులు తెరవలేకపోయాం.
ws-kept-exported = { $kept } పంపడానికి ఎక్స్‌పోర్ట్ చేశాం: { $files }
ws-kept-not-exported = { $kept } ఎక్స్‌పోర్ట్ కాలేదు: { $error }.

## ఫోన్ పేజీ

ws-phone-title = Last Word — ఓటు
ws-phone-join-title = వర్క్‌షాప్‌లో చేరండి
ws-phone-code = రూమ్ కోడ్ (స్క్రీన్‌పై)
ws-phone-nickname = మీ పేరు (ఐచ్ఛికం)
ws-phone-team = మీ టీమ్
ws-phone-join = చేరండి
ws-phone-who-team = టీమ్ { $team }
ws-phone-server-answered = సర్వర్ జవాబు: { $status }
ws-phone-welcome = మీరు చేరారు. పెద్ద స్క్రీన్ చూడండి: మొదటి కస్టమర్ త్వరలో వస్తారు.
ws-phone-reading = పైకి చూడండి: పెద్ద స్క్రీన్‌పై కస్టమర్ మాట చదవండి. ఓటింగ్ త్వరలో మొదలవుతుంది.
ws-phone-team-done = మీ కస్టమర్‌తో సంభాషణ ముగిసింది. పెద్ద స్క్రీన్ చూడండి.
ws-phone-debrief = బృందం దీని గురించి చర్చిస్తోంది. తర్వాతి కస్టమర్ త్వరలో వస్తారు.
ws-phone-over = వర్క్‌షాప్ ముగిసింది. పాల్గొన్నందుకు ధన్యవాదాలు.
ws-phone-tap = మీరు ఇచ్చే జవాబును తాకండి.
ws-phone-counted = మీ ఓటు లెక్కలోకి వచ్చింది. మార్చాలంటే మరో జవాబును తాకండి.
ws-phone-locked = ఓటింగ్ ముగిసింది. బృందం ఎంపికను గుర్తించాం; స్క్రీన్ చూడండి.
ws-phone-unknown = ఈ ఫోన్ వర్క్‌షాప్‌లో లేదు; మళ్లీ చేరండి
ws-phone-not-voting = ప్రస్తుతం ఏ ఓటింగ్ తెరిచి లేదు
ws-phone-vote-closed = ఓటింగ్ ముగిసింది
ws-phone-not-offered = జవాబు { $number } స్క్రీన్‌పై ఉన్న జవాబుల్లో లేదు
ws-phone-wrong-code = ఇది స్క్రీన్‌పై ఉన్న రూమ్ కోడ్ కాదు; సరిచూసి మళ్లీ ప్రయత్నించండి ({ $left ->
        [one] { $left } ప్రయత్నం మిగిలింది
       *[other] { $left } ప్రయత్నాలు మిగిలాయి
    })
ws-phone-too-many = చాలాసార్లు తప్పు కోడ్ ఇచ్చారు; { $seconds } { $seconds ->
        [one] సెకను
       *[other] సెకన్లు
    } ఆగి మళ్లీ ప్రయత్నించండి
ws-phone-no-team = స్క్రీన్‌పై ఉన్న టీమ్‌లలో ఒకదాన్ని ఎంచుకోండి
ws-phone-full = వర్క్‌షాప్ నిండిపోయింది

## last-word workshops

ws-list-none = ఇంకా ఏ వర్క్‌షాప్ సేవ్ కాలేదు: `last-word workshop`తో ఒకటి నడపండి.
ws-list-heading = వర్క్‌షాప్‌లు, కొత్తవి ముందు:
ws-list-voting-phones = ఫోన్లు
ws-list-voting-hands = చేతులు
ws-list-voting-teams = టీమ్‌లు
ws-list-phones = { $count } { $count ->
        [one] ఫోన్
       *[other] ఫోన్లు
    }
ws-list-size = { $scenarios } { $scenarios ->
        [one] సన్నివేశం
       *[other] సన్నివేశాలు
    }, { $decisions } { $decisions ->
        [one] నిర్ణయం
       *[other] నిర్ణయాలు
    }
ws-list-ran = వ్యవధి { $duration }
ws-list-not-finished = పూర్తి కాలేదు
ws-list-export-hint = ఒకదాన్ని ఎక్స్‌పోర్ట్ చేయండి: last-word workshops export { $latest } --out workshop.html (లేదా .csv; వేరేదాని కోసం దాని id లేదా id మొదలు ఇవ్వండి)
ws-export-wrote = వర్క్‌షాప్ { $id }ను ({ $date }) { $path }లో రాశాం
ws-export-cannot-write = { $path }లో రాయలేకపోయాం: { $error }
ws-export-which-format = ఫార్మాట్ చెప్పండి: --format csv లేదా --format html, లేదా --outకు .csv లేదా .htmlతో ముగిసే ఫైల్ ఇవ్వండి
ws-export-none-saved = ఇంకా ఏ వర్క్‌షాప్ సేవ్ కాలేదు: ముందు `last-word workshop`తో ఒకటి నడపండి
ws-export-no-such = `{ $wanted }` అనే వర్క్‌షాప్ లేదు; సేవ్ అయినవి, కొత్తవి ముందు: { $ids } (లేదా `{ $latest }` అని రాయండి)
ws-export-ambiguous = `{ $wanted }`తో ఒకటి కంటే ఎక్కువ వర్క్‌షాప్ idలు మొదలవుతాయి: { $ids }; ఇంకొంచెం ఎక్కువ ఇవ్వండి
ws-duration-seconds = { $seconds } సె
ws-duration-minutes = { $minutes } నిమి
ws-duration-minutes-seconds = { $minutes } నిమి { $seconds } సె
ws-duration-hours = { $hours } గం { $minutes } నిమి

## ఎక్స్‌పోర్ట్ చేసిన పేజీ (workshops export --format html)

ws-export-title = వర్క్‌షాప్, { $date }
ws-export-room-phones = బృందం { $phones } { $phones ->
        [one] ఫోన్
       *[other] ఫోన్ల
    } నుంచి ఓటు వేసింది
ws-export-room-hands = బృందం చేతులెత్తి ఓటు వేసింది
ws-export-room-teams = { $teams } టీమ్‌లు ({ $names }) { $phones } { $phones ->
        [one] ఫోన్
       *[other] ఫోన్ల
    } నుంచి ఓటు వేశాయి
ws-export-scenarios = { $count } { $count ->
        [one] సన్నివేశం
       *[other] సన్నివేశాలు
    }
ws-export-finished = ప్రారంభం { $start } UTC, ముగింపు { $end } UTC ({ $duration }) · వర్క్‌షాప్ { $id }
ws-export-unfinished = ప్రారంభం { $start } UTC, పూర్తి కాలేదు (చివరి సన్నివేశం వరకు సేవ్ అయింది) · వర్క్‌షాప్ { $id }
ws-export-empty = మొదటి సన్నివేశానికి ముందే వర్క్‌షాప్ ముగిసింది: దేనిపైనా ఓటింగ్ జరగలేదు.
ws-export-decisions-voted = ఓటింగ్ జరిగిన నిర్ణయాలు
ws-export-in-conversations = { $count } { $count ->
        [one] సంభాషణలో
       *[other] సంభాషణల్లో
    }
ws-export-votes-cast = వేసిన ఓట్లు
ws-export-phones-joined = { $count } { $count ->
        [one] ఫోన్ చేరింది
       *[other] ఫోన్లు చేరాయి
    }
ws-export-of = { $total }లో { $count }
ws-export-best-played = ఉత్తమ జవాబు ఆడింది
ws-export-no-best = ఉత్తమ జవాబు తేలిన నిర్ణయం లేదు
ws-export-of-decisions = నిర్ణయాల్లో { $share }
ws-export-money-kept = నిలుపుకున్న డబ్బు
ws-export-at-stake = పణంగా ఉన్న { $stake }లో
ws-export-money-lost = కోల్పోయిన డబ్బు
ws-export-reached-ending = { $count } { $count ->
        [one] సంభాషణలో
       *[other] సంభాషణల్లో
    } { $ended } { $ended ->
        [one] ముగింపుకు చేరింది
       *[other] ముగింపుకు చేరాయి
    }
ws-export-session = సెషన్
ws-export-session-note = సన్నివేశాలు నడిపిన క్రమంలో. ఓటింగ్: ప్రతి ఓటింగ్ తెరిచినప్పటి నుంచి ముగించే వరకు; చర్చ: ప్రతి వెల్లడి తర్వాత చర్చ టైమర్; రెండూ సన్నివేశంలోని అన్ని నిర్ణయాలపై (ప్రతి టీమ్‌వి) కలిపినవి.
ws-export-col-no = సం.
ws-export-col-scenario = సన్నివేశం
ws-export-col-seed = సీడ్
ws-export-col-decisions = నిర్ణయాలు
ws-export-col-votes = ఓట్లు
ws-export-col-voting = ఓటింగ్
ws-export-col-discussion = చర్చ
ws-export-col-endings = ముగింపులు
ws-export-grade-score = గ్రేడ్ { $grade } · { $score }
ws-export-no-ending = ముగింపుకు చేరలేదు
ws-export-walked-out = వెళ్లిపోయారు
ws-export-the-room = బృందం
ws-export-room-result = బృందం ఫలితం
ws-export-team-standings = టీమ్‌ల ర్యాంకింగ్
ws-export-standings-note = స్కోరు: ముగింపుల స్కోర్ల మొత్తం (ఒక్కొక్కటి 100కి). డబ్బు: ముగింపుకు చేరిన సన్నివేశాల్లో, కస్టమర్లు వచ్చినప్పటి విలువతో పోలిస్తే నిలుపుకున్న, కోల్పోయిన జీవితకాల విలువ.
ws-export-col-rank = స్థానం
ws-export-col-team = టీమ్
ws-export-col-score = స్కోరు
ws-export-col-outcomes = ఫలితాలు
ws-export-col-kept = నిలుపుకున్న డబ్బు
ws-export-col-lost = కోల్పోయింది
ws-export-without-ending = { $count } ముగింపు లేకుండా
ws-export-of-stake = { $stake }లో
ws-export-seed = సీడ్ { $seed }
ws-export-scenario-note = ప్రతి నిర్ణయం: చూపిన జవాబులపై (చూపిన క్రమంలో) బృందం ఓట్లు ఎలా పంచుకున్నాయి, ఏ జవాబు ఆడింది, అది ఎలా ఎంపికైంది. విశ్లేషణ ప్రకారం అక్కడి ఉత్తమ జవాబును { $best } గుర్తిస్తుంది, బృందం ఎంపికను { $played }.
ws-export-tag-best = ఉత్తమం
ws-export-tag-played = ఆడినది
ws-export-moved-on = ఈ సంభాషణ ముగింపుకు చేరక ముందే వర్క్‌షాప్ ముందుకు సాగింది.
ws-export-ending = ముగింపు { $ending }
ws-export-ending-facts = స్కోరు { $score } / 100 · నిలుపుకున్నది { $kept } · కోల్పోయింది { $lost }
ws-export-decision = నిర్ణయం { $number }
ws-export-votes = { $count } { $count ->
        [one] ఓటు
       *[other] ఓట్లు
    }
ws-export-best-votes = ఉత్తమ జవాబు { $total }లో { $votes }{ $share }
ws-export-played = ఆడిన జవాబు { $reply }: { $how } · పాయింట్లు { $points } · మూడ్ { $before } నుంచి { $after } · ఓటింగ్ { $voting } · చర్చ { $discussion }
ws-how-majority = అత్యధిక ఓట్లు
ws-how-tie = జవాబులు { $tied } సమానం: ముందుగా చూపినది
ws-how-no-votes = ఎవరూ ఓటు వేయలేదు: ముందుగా చూపిన జవాబు
ws-how-overridden = ఫెసిలిటేటర్ ఎంపిక (ఓటింగ్‌లో జవాబు { $by-vote } ఎంపికైంది)
ws-export-about = ఈ పేజీ గురించి
ws-export-about-note = ప్రతి ఓటు వాటా అంటే ఆ నిర్ణయంలో వేసిన మొత్తం ఓట్లలో ఆ జవాబుకు వచ్చిన ఓట్లు; రెండు సంఖ్యలూ పక్కనే చూపించాం. ఉత్తమ జవాబు అంటే సన్నివేశ విశ్లేషణ ప్రకారం ఆ క్షణం నుంచి ఉత్తమ మార్గాన్ని మొదలుపెట్టే జవాబు. సమానమైన, ఓట్లు లేని ఓటింగ్‌లను ఫెసిలిటేటర్‌కు చూపినట్లే పరిష్కరించాం; ఫెసిలిటేటర్ ఓటింగ్‌ను మార్చగలరు. సమయాలు UTCలో ఉన్నాయి. వర్క్‌షాప్ { $id }, { $command }తో తయారైంది; { $csv } స్ప్రెడ్‌షీట్ కోసం ప్రతి నిర్ణయానికి ఒక వరుస ఇస్తుంది.
