# ఆట తెరలు (src/game/): ప్రారంభం, అభ్యాసకులు, సన్నివేశం ఎంపిక, ఆట,
# డీబ్రీఫ్, పురోగతి, సెట్టింగ్‌లు. ఆధారం: ../en/game.ftl.

## చాలా తెరల్లో ఉమ్మడిగా

game-back = వెనక్కి
game-back-esc = వెనక్కి (Esc)
game-quoted = “{ $text }”

## విండో తెరుచుకునే ముందు (టెర్మినల్‌లో రాస్తుంది)

game-no-display = Last Word తన విండో తెరవడానికి గ్రాఫికల్ డిస్‌ప్లే కావాలి, కానీ ఈ మెషీన్‌కు అది లేదు (DISPLAY సెట్ కాలేదు). దానికి బదులు టెర్మినల్‌లో ఆడండి: `last-word list` సన్నివేశాలను చూపిస్తుంది, `last-word play <సన్నివేశం>` ఒకదాన్ని ఆడిస్తుంది.
game-display-unreachable = Last Word డిస్‌ప్లే { $display }ను చేరలేకపోతోంది ({ $socket } వద్ద ఏ X సర్వర్ వినడం లేదు). ఒకదాన్ని ప్రారంభించండి, లేదా టెర్మినల్‌లో ఆడండి: `last-word play <సన్నివేశం>`.
game-no-scenarios-folder = లోపం: సన్నివేశాల ఫోల్డర్ { $folder } లేదు; Last Wordను దాని ఫోల్డర్ నుంచి నడపండి, లేదా --dir ఇవ్వండి

## ప్రారంభ తెర

title-promise = చెడ్డ సేవ గురించిన నిజమైన కథల నుంచి కస్టమర్లకు సేవ చేయండి, ప్రతి జవాబు ఖరీదు ఎంతో చూడండి: వారి మూడ్, వారి నమ్మకం, వారి డబ్బు.
title-playing-as = ఆడుతున్నవారు: { $name }
title-continue = కొనసాగించండి
title-unfinished = { $title }, { $replies } { $replies ->
        [one] జవాబు
       *[other] జవాబుల
    } తర్వాత
title-play = ఆడండి
title-workshop = వర్క్‌షాప్
title-progress = పురోగతి
title-settings = సెట్టింగ్‌లు
title-quit = నిష్క్రమించండి
title-keys = మౌస్ లేదా కీబోర్డ్: Tab కదుపుతుంది, Enter ఎంచుకుంటుంది, Esc వెనక్కి తీసుకెళ్తుంది.
title-resume-gone = సన్నివేశం `{ $scenario }` ఇప్పుడు సన్నివేశాల ఫోల్డర్‌లో లేదు, కాబట్టి ఆ సంభాషణ కొనసాగదు.
title-resume-edited = మీరు వదిలిపెట్టిన తర్వాత “{ $title }”ను మార్చారు, కాబట్టి ఆ సంభాషణ కొనసాగదు. అది మీ చరిత్రలో ఉంటుంది; దీన్ని కొత్తగా ఆడండి.
title-resume-failed = ఆ సంభాషణ కొనసాగదు: { $reason }.

## ఎవరు ఆడుతున్నారు (అభ్యాసకుల తెర)

learners-heading = ఎవరు ఆడుతున్నారు?
learners-intro = ప్రతి అభ్యాసకుని పురోగతి ఈ కంప్యూటర్‌లో వారి పేరు మీద ఉంటుంది. మీ పేరు ఎంచుకోండి, లేదా కొత్త పేరు టైప్ చేయండి.
learners-change = అభ్యాసకుని మార్చండి
learners-on-this-computer = ఈ కంప్యూటర్‌లోని అభ్యాసకులు
learners-nobody = ఇంకా ఎవరూ లేరు. మీ రికార్డు మొదలుపెట్టడానికి మీ పేరు టైప్ చేయండి.
learners-playing-now = ఇప్పుడు ఆడుతున్నారు
learners-since = { $date } నుంచి
learners-new = కొత్త అభ్యాసకులు
learners-your-name = మీ పేరు
learners-hint = మీ పేరు టైప్ చేసి, Enter నొక్కండి. Backspace ఒక అక్షరాన్ని తొలగిస్తుంది.
learners-add = జోడించి ఆడండి (Enter)
learners-skip = దాటవేయండి (Esc)
learners-skipping = దాటవేస్తే “{ $name }”గా ఆడతారు.
learners-no-records = రికార్డులు తెరవలేకపోయాం, కాబట్టి అభ్యాసకులను జోడించలేం; ఆట రికార్డు లేకుండా కొనసాగుతుంది.
learners-name-empty = అభ్యాసకులకు పేరు ఉండాలి; కనీసం ఒక అక్షరం టైప్ చేయండి.
learners-name-taken = { $name } అనే అభ్యాసకులు ఇప్పటికే ఉన్నారు; వారిని జాబితాలో ఎంచుకోండి, లేదా వేరే పేరు టైప్ చేయండి.
learners-not-added = అభ్యాసకులను జోడించలేకపోయాం: { $error }.

## సన్నివేశం ఎంపిక

picker-heading = ఒక సన్నివేశాన్ని ఎంచుకోండి
picker-intro = ప్రతిదీ చెడ్డ సేవ గురించిన ఒక నిజమైన కథ నుంచి తీసుకున్నది. కస్టమర్‌కు సేవ చేయడానికి ఒకదాన్ని ఎంచుకోండి.
picker-your-progress = మీ పురోగతి
picker-empty = సన్నివేశాలేవీ కనిపించలేదు. సన్నివేశ ఫైళ్లను (*.ron) scenarios ఫోల్డర్‌లో పెట్టండి; ఎలా రాయాలో scenarios/README.md చూపిస్తుంది.
picker-loading = లోడ్ అవుతోంది…
picker-play-next = తర్వాత ఆడండి
picker-best = ఉత్తమం: { $grade }
picker-mastered = పట్టు సాధించారు
picker-needs-fixing = సరిచేయాలి
picker-errors = { $file }లో { $errors } { $errors ->
        [one] లోపం
       *[other] లోపాలు
    }. ఏమి సరిచేయాలో చూడటానికి దాన్ని తెరవండి.

## లోపాలున్న సన్నివేశ ఫైల్

broken-back = సన్నివేశాలకు వెనక్కి (Esc)
broken-heading = { $file }ను సరిచేయాలి
broken-intro = { $errors } { $errors ->
        [one] లోపం కనిపించింది
       *[other] లోపాలు కనిపించాయి
    }. మీ ఎడిటర్‌లో ఫైల్‌ను సరిచేసి సేవ్ చేయండి: ఈ పేజీ దానంతట అదే తాజా అవుతుంది. `last-word validate` ఇవే సందేశాలు చూపిస్తుంది.
broken-fixed = { $file } సరిచేశారు
broken-valid-now = “{ $title }” ఇప్పుడు సరిగ్గా ఉంది.
broken-principles-fixed = ఫోల్డర్‌లోని సన్నివేశాలు ఇప్పుడు దీని సూత్రాలను వాడుతున్నాయి.
broken-play = దీన్ని ఆడండి
broken-reading = ఫైల్ చదువుతోంది…
broken-gone = { $file } ఇప్పుడు సన్నివేశాల ఫోల్డర్‌లో లేదు.
broken-error = లోపం
broken-warning = హెచ్చరిక
broken-how-to-fix = సరిచేయడం ఎలా: { $hint }
broken-here = (ఇక్కడ)
library-unreadable = ఈ ఫైల్‌ను చదవలేకపోయాం: { $error }
library-unreadable-hint = ఫైల్‌ను, దాని అనుమతులను తనిఖీ చేయండి

## స్క్రోల్

scroll-more-below = కింద ఇంకా ఉంది: స్క్రోల్ చేయండి, లేదా Page Down నొక్కండి

## ఆట

play-guide = ఉత్తమ మార్గం చూపిస్తున్నాం: హైలైట్ చేసిన జవాబు అది ఎంచుకునేది.
play-clock = గడియారం { $minutes }
play-scenarios = సన్నివేశాలు
play-stake = పణంగా ఉన్నది: సంవత్సరానికి { $yearly } · { $years } { $years ->
        [one] సంవత్సరంలో
       *[other] సంవత్సరాల్లో
    } { $loyal } · ఇప్పుడు విలువ { $now }
play-stake-yearly = పణంగా ఉన్నది: సంవత్సరానికి { $yearly }
play-mood = మూడ్: { $band } ({ $mood })
play-patience = మీరు ఆలోచిస్తుండగా ఓపిక
play-prompt = మీ జవాబు (దాని సంఖ్య నొక్కండి, లేదా దానిపై క్లిక్ చేయండి):
play-best-path = ఉత్తమ మార్గం
play-you-said = మీరు: “{ $reply }”
play-mood-change = మూడ్ { $before } నుంచి { $after }కు
play-mood-value = { $mood } { $band }
play-mood-moved = ({ $delta }, { $minutes } గడిచింది)
play-what-happened = ఏమైంది
play-coaching = కోచింగ్
play-taken-before = (ఇంతకు ముందే ఎంచుకున్నారు: ఈసారి పాయింట్లు లేవు)
play-value = ఈ కస్టమర్ అంచనా విలువ: { $value }
play-walks-out = కస్టమర్ ఓపిక నశించి వెళ్లిపోతారు. { $text }
play-conversation-ends = సంభాషణ ముగుస్తుంది ({ $outcome }). { $text }
play-continue = కొనసాగించండి  (Enter)
play-see-debrief = డీబ్రీఫ్ చూడండి  (Enter)
play-kept-waiting = మీరు మరీ ఎక్కువసేపు వేచి ఉంచారు. కస్టమర్ వెళ్లిపోతారు.

## డీబ్రీఫ్

debrief-nothing = డీబ్రీఫ్ చేయడానికి పూర్తయిన సంభాషణ ఏదీ లేదు.
debrief-heading = డీబ్రీఫ్: { $title }
debrief-score = స్కోరు { $score }/100 · సూత్రాల పాయింట్లు { $raw } (ఉత్తమం { $best }, అధమం { $worst })
debrief-customer = కస్టమర్: { $outcome }.
debrief-walked-out = కస్టమర్ వెళ్లిపోయారు.
debrief-principles = సూత్రం వారీగా
debrief-column-you = మీరు
debrief-column-best = ఉత్తమం
debrief-mood = సంభాషణ అంతటా మూడ్
debrief-your-replies = మీ జవాబులు
debrief-no-replies = ఏమీ లేవు: మీరు మాట్లాడే ముందే కస్టమర్ వెళ్లిపోయారు.
debrief-best-path = ఉత్తమ మార్గం
debrief-best-path-none = ఏమీ లేవు.
debrief-money-explained = డబ్బు, వివరంగా
debrief-lesson = పాఠం
debrief-discussion = చర్చ కోసం
debrief-show-best = ఉత్తమ మార్గం చూపించండి (B)
debrief-play-again = మళ్లీ ఆడండి (R)
debrief-scenarios = సన్నివేశాలు (Esc)
debrief-chart-title = మూడ్, 0–100
debrief-chart-axis = కస్టమర్ వచ్చినప్పటి నుంచి నిమిషాలు
debrief-chart-caption = { $minutes } { $minutes ->
        [one] నిమిషంలో
       *[other] నిమిషాల్లో
    } { $start } ({ $start-band }) నుంచి { $end } ({ $end-band }) వరకు, { $moments } { $moments ->
        [one] క్షణం
       *[other] క్షణాలు
    }. ఎరుపు గీత దగ్గర కస్టమర్ వెళ్లిపోతారు.
debrief-no-decisions = నిర్ణయాలేవీ లేవు: మీరు మాట్లాడే ముందే కస్టమర్ వెళ్లిపోయారు.
debrief-you-said-best = మీరు అన్నది: ఇచ్చిన వాటిలో ఉత్తమ జవాబు
debrief-you-said = మీరు అన్నది
debrief-best-offered = ఇచ్చిన వాటిలో ఉత్తమ జవాబు

## అభ్యాసకుని పురోగతి

progress-heading = పురోగతి
progress-heading-learner = { $learner } పురోగతి
progress-summary = పూర్తయిన ప్రయత్నాలు: { $finished }, ఆడిన సన్నివేశాలు: { $played } · { $mastered }
progress-play-next = తర్వాత ఆడండి: { $title }
progress-all-mastered = అన్ని సన్నివేశాల్లో పట్టు సాధించారు
progress-nothing-yet = ఆడటానికి ఇంకా ఏమీ లేదు
progress-play = ఆడండి
progress-play-title = “{ $title }” ఆడండి
progress-over-time = కాలక్రమంలో ప్రయత్నాలు
progress-by-principle = సూత్రం వారీగా
progress-unrecorded = పురోగతి నమోదు కావడం లేదు: రికార్డులు తెరవలేకపోయాం (కారణం లాగ్‌లో ఉంది). ఆట రికార్డు లేకుండా కొనసాగుతుంది.
progress-no-finished = పూర్తయిన ప్రయత్నాలు ఇంకా లేవు: ఒక సన్నివేశాన్ని చివరి వరకు ఆడండి, దాని స్కోరు ఇక్కడ కనిపిస్తుంది.
progress-chart-title = పూర్తయిన ప్రతి ప్రయత్నం స్కోరు, 0–100
progress-chart-axis = ప్రయత్నం, ఆడిన క్రమంలో
progress-chart-caption = { $shown ->
        [1] { $total }లో ప్రయత్నం { $first }
       *[other] { $total }లో ప్రయత్నాలు { $first }–{ $last }
    }: స్కోర్లు { $low } నుంచి { $high } వరకు, సగటు { $average }. రంగు గ్రేడ్‌ను చూపిస్తుంది.
progress-no-principles = ఇంకా సూత్రాలు లేవు: ప్రయత్నం ముగింపుకు చేరినప్పుడు వాటికి పాయింట్లు వస్తాయి.
progress-legend = ఉత్తమ మార్గాలు సంపాదించే పాయింట్లలో సంపాదించినవి, పూర్తయిన ప్రయత్నాలు. ఆకుపచ్చ: పాటించారు; ఎరుపు: ఉల్లంఘించి కోల్పోయారు; బూడిద: అందుకోలేదు. ధోరణి మీ ప్రయత్నాల మొదటి సగంలోని వాటాను తర్వాతి సగంతో పోలుస్తుంది.
progress-figures = { $best }లో { $earned } · { $share }
progress-figures-no-share = { $best }లో { $earned }
progress-too-few = చెప్పడానికి చాలా తక్కువ
progress-trend-shares = { $trend } · { $earlier }, తర్వాత { $later }

## సెట్టింగ్‌లు

settings-heading = సెట్టింగ్‌లు
settings-on = ఆన్
settings-off = ఆఫ్
settings-text-size = అక్షరాల పరిమాణం
settings-text-size-help = శిక్షణ గదిలోని ప్రొజెక్టర్ కోసం పెద్ద అక్షరాలు.
settings-text-speed = అక్షరాల వేగం
settings-text-speed-help = కస్టమర్ మాటలు ఎంత వేగంగా కనిపిస్తాయి. Enter లేదా Space మొత్తం వాక్యాన్ని ఒకేసారి చూపిస్తుంది.
settings-speed-slow = నెమ్మదిగా
settings-speed-normal = సాధారణం
settings-speed-fast = వేగంగా
settings-speed-instant = వెంటనే
settings-timed = సమయ పరిమితి మోడ్
settings-timed-help = మీరు ఆలోచిస్తుండగా కస్టమర్ ఓపిక తరిగిపోతుంది; ప్రతి విరామం వారికి ఒక నిమిషం నిరీక్షణ.
settings-shuffle = జవాబుల క్రమం మార్చండి
settings-shuffle-help = ప్రతి సంభాషణ జవాబులను తనదైన క్రమంలో చూపిస్తుంది, కాబట్టి మొదటిది ఎప్పుడూ ఉత్తమమైనది కాదు. ఆఫ్: సన్నివేశంలోని క్రమం, వర్క్‌షాప్ కోసం.
settings-mode = అభ్యాసం లేదా అంచనా
settings-mode-help = అభ్యాసం నేర్పిస్తుంది: ప్రతి జవాబు తర్వాత కోచింగ్. అంచనా పరీక్షిస్తుంది, ఆన్‌బోర్డింగ్‌లో లాగా: కోచింగ్ డీబ్రీఫ్ వరకు ఆగుతుంది, అది ప్రతి నిర్ణయాన్ని ఉత్తమ జవాబు పక్కన మళ్లీ చూపిస్తుంది.
settings-fullscreen = పూర్తి తెర
settings-fullscreen-help = వర్క్‌షాప్‌ల కోసం తెర మొత్తం నింపుతుంది.
settings-lrs = లెర్నింగ్ రికార్డ్ స్టోర్ (LRS)
settings-lrs-closed = రికార్డులు తెరిచి లేవు, కాబట్టి ఏదీ నమోదు కాదు, పంపబడదు.
settings-lrs-not-set-up = సెటప్ చేయలేదు: ప్రతి ప్రయత్నం రికార్డుల్లో ఉంటుంది, పంపడానికి సిద్ధంగా. వాటిని మీ సంస్థ LRSకు పంపడానికి `last-word lrs configure` నడపండి.
settings-lrs-counts = పంపిన xAPI స్టేట్‌మెంట్లు: { $sent }, వేచి ఉన్నవి: { $waiting }, తిరస్కరించినవి: { $refused }.
settings-lrs-error = { $error } కాబట్టి వేచి ఉన్నాయి; మళ్లీ ప్రయత్నిస్తాం.
settings-saved-to = ఇక్కడ సేవ్ చేశాం: { $path }
settings-not-saved = ఈ సిస్టమ్‌కు కాన్ఫిగ్ ఫోల్డర్ లేదు; మీరు నిష్క్రమించే వరకే సెట్టింగ్‌లు ఉంటాయి.

## Language (Settings)

language-setting = భాష
language-setting-help = ఆట తెరలు, ఈ భాషలోకి అనువదించిన సన్నివేశాలు; ఇంకా అనువదించని సన్నివేశం అది రాసిన భాషలోనే ఆడబడుతుంది.
language-setting-system = సిస్టమ్ భాష ({ $language })
