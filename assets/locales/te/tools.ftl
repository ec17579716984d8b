# శిక్షకుల సాధనాలు (src/cli/): translate, pass-mark, lrs, report,
# workshops, కమాండ్ లైన్ సహాయం, లోపాలు; సూత్రాల పేర్లు.
# ఆధారం: ../en/tools.ftl.

## stderrలోని పంక్తులు: ఏం తప్పు జరిగింది, ఏం చేయాలి, ఏం తెలుసుకోవాలి

line-error = లోపం: { $message }
line-help = సూచన: { $message }
line-note = గమనిక: { $message }

## సన్నివేశాన్ని, దాని అనువాదాన్ని కనుగొనడం

no-such-scenario = `{ $what }` అనే సన్నివేశ ఫైల్ గానీ సన్నివేశ id గానీ లేదు ({ $dir }లో వెతికాం)
did-you-mean = `{ $id }` అని మీ ఉద్దేశమా?
no-scenarios-there = అక్కడ సన్నివేశాలు లేవు; --dir లేదా ఫైల్ పాత్ ఇవ్వండి
scenarios-are = సన్నివేశాలు: { $ids }
scenario-has-errors = సన్నివేశంలో లోపాలు ఉన్నాయి; వాటిని సరిచేసి మళ్లీ ప్రయత్నించండి
scenario-not-valid = { $path } చెల్లుబాటయ్యే సన్నివేశం కాదు
no-translation = `{ $id }`కు { $language }లో అనువాదం లేదు ({ $path } లేదు)
no-translation-none = దీనికి ఇంకా అనువాదాలు లేవు; ఒకటి మొదలుపెట్టండి: last-word translate { $id } --lang { $lang }
no-translation-others = ఇది ఈ భాషల్లోకి అనువాదమైంది: { $languages }; లేదా ఈ అనువాదాన్ని మొదలుపెట్టండి: last-word translate { $id } --lang { $lang }
translation-has-errors = అనువాదంలో లోపాలు ఉన్నాయి; వాటిని సరిచేయండి, లేదా --lang లేకుండా ఆడండి
translation-partial = { $texts } పాఠ్యాల్లో { $missing } { $language }లోకి అనువాదం కాలేదు{ $stale ->
        [0] {""}
       *[other] {" "}(వాటిలో { $stale } పాతవి)
    }; వాటిని సన్నివేశ రచయిత రాసినట్టే చూపిస్తాం (`last-word validate { $path }` వాటిని జాబితా చేస్తుంది)
language-with-tag = { $name } ({ $tag })
language-name-en = ఇంగ్లీష్
language-name-it = ఇటాలియన్
language-name-lv = లాట్వియన్
language-name-mn = మంగోలియన్
language-name-hi = హిందీ
language-name-te = తెలుగు
cannot-write = { $path } రాయలేకపోయాం: { $reason }

## last-word translate

translate-unknown-tag = `{ $tag }` Last Wordకు తెలిసిన భాషా కోడ్ కాదు
translate-give-a-tag = BCP 47 కోడ్ ఇవ్వండి: `it` (ఇటాలియన్), `lv` (లాట్వియన్), `mn` (మంగోలియన్), `hi` (హిందీ), `te` (తెలుగు), `pt-BR`
translate-wrote = { $path } { $updated ->
        [yes] నవీకరించాం
       *[no] రాశాం
    }: పాఠ్యాలు: { $texts }, అనువదించినవి: { $translated }, పాతవి: { $stale }, అనువదించాల్సినవి: { $missing } ({ $percent }%)
translate-next = ప్రతి `text`ను అనువదించండి (మూలం దాని పైని వ్యాఖ్యలో ఉంది), తర్వాత తనిఖీ చేయండి: last-word validate { $path }
translate-fix-first = { $path }లో లోపాలు ఉన్నాయి; అందులోని ఏ అనువాదమూ పోకుండా ముందు వాటిని సరిచేయండి

## last-word pass-mark

pass-mark-all = అన్ని సన్నివేశాలకు పాస్ మార్కు: { $mark }
pass-mark-cleared = `{ $id }` ఇప్పుడు అన్ని సన్నివేశాల పాస్ మార్కునే వాడుతుంది.
pass-mark-none-to-clear = `{ $id }`కు సొంత పాస్ మార్కు లేదు.
pass-mark-set-one = `{ $id }`లో { $mark } లేదా అంతకంటే ఎక్కువ స్కోరుతో పట్టు సాధించినట్టు.
pass-mark-set-all = సొంత పాస్ మార్కు లేని సన్నివేశాల్లో { $mark } లేదా అంతకంటే ఎక్కువ స్కోరుతో పట్టు సాధించినట్టు.

## రికార్డుల లోపాలు

records-database = రికార్డుల డేటాబేస్: { $reason }
records-folder = రికార్డుల కోసం { $path } ఫోల్డర్‌ను సృష్టించలేకపోయాం: { $reason }; మీరు రాయగల ఫోల్డర్‌కు { $variable }ను సెట్ చేయండి
records-newer = ఈ రికార్డులను Last Word కొత్త వెర్షన్ రాసింది (స్కీమా { $found }; ఈ వెర్షన్‌కు { $known } వరకే తెలుసు); వాటిని తెరవడానికి Last Wordను అప్‌డేట్ చేయండి
records-empty-name = అభ్యాసకుడికి పేరు కావాలి; కనీసం ఒక అక్షరం రాయండి
records-name-taken = { $name } అనే అభ్యాసకుడు ఇప్పటికే ఉన్నారు; జాబితా నుంచి వారిని ఎంచుకోండి, లేదా మరో పేరు రాయండి
records-no-learner-yet = `{ $name }` అనే అభ్యాసకుడు లేరు, ఇంకా ఎవరూ నమోదు కాలేదు; ముందు ఒక సన్నివేశం ఆడండి
records-no-learner = `{ $name }` అనే అభ్యాసకుడు లేరు; అభ్యాసకులు: { $known }
records-no-attempt = ప్రయత్నం { $attempt } లేదు
records-out-of-step = ప్రయత్నం { $attempt } తర్వాత జవాబు { $expected } ఆశిస్తోంది, { $given } కాదు; కొత్త ప్రయత్నం మొదలుపెట్టండి
records-already-started = సెషన్‌లో ఇప్పటికే జవాబులు ఉన్నాయి: { $replies }; మొదటి జవాబుకు ముందే ప్రయత్నాన్ని మొదలుపెట్టండి
records-no-workshop-yet = `{ $id }` అనే వర్క్‌షాప్ లేదు, ఇంకా ఏదీ సేవ్ కాలేదు; `last-word workshop`తో ఒకటి నడపండి
records-no-workshop = `{ $id }` అనే వర్క్‌షాప్ లేదు; సేవ్ చేసినవి, కొత్తవి ముందు: { $known }
records-damaged-workshop = సేవ్ చేసిన వర్క్‌షాప్ { $id } చదవలేకపోయాం ({ $reason }); బహుశా దాన్ని Last Word కొత్త వెర్షన్ రాసి ఉండవచ్చు

## last-word lrs

lrs-not-set-up = LRS ఏదీ సెట్ కాలేదు; దీనితో సెట్ చేయండి: `last-word lrs configure --endpoint URL --key KEY --secret SECRET`
lrs-off = ఇప్పుడు LRS ఏదీ సెట్ కాలేదు: ఒకటి సెట్ అయ్యే వరకు స్టేట్‌మెంట్లు అవుట్‌బాక్స్‌లోనే ఉంటాయి (`last-word lrs configure`).
lrs-configured = స్టేట్‌మెంట్లు { $endpoint } వద్ద ఉన్న LRSకు వెళ్తాయి.
lrs-configured-test = కనెక్షన్‌ను తనిఖీ చేయండి: `last-word lrs test`.
lrs-named-account = అభ్యాసకులను { $home }లోని ఖాతాతో గుర్తిస్తాం (అభ్యాసకుడి పేరు).
lrs-named-mbox = అభ్యాసకులను { $domain } ఈమెయిల్ చిరునామాతో గుర్తిస్తాం (mailto:peru.inti-peru@{ $domain }).
lrs-bad-endpoint = `{ $text }` LRS ఎండ్‌పాయింట్ కాదు; దాని చిరునామాను http:// లేదా https://తో ఇవ్వండి, ఉదా. --endpoint https://lrs.example.org/xAPI/
lrs-bad-home-page = `{ $text }` చిరునామా కాదు; అభ్యాసకుల ఖాతాలు చెందిన హోమ్ పేజీని ఇవ్వండి, ఉదా. --account-home-page https://learning.example.org
lrs-bad-domain = `{ $text }` మెయిల్ డొమైన్ కాదు; అభ్యాసకుల చిరునామాల్లో @ తర్వాత వచ్చే భాగం ఇవ్వండి, ఉదా. --mbox-domain example.org
lrs-status-lrs = LRS: { $endpoint } (కీ { $key })
lrs-status-none = LRS: ఏదీ సెట్ కాలేదు (`last-word lrs configure` ఒకటి సెట్ చేస్తుంది)
lrs-status-outbox = అవుట్‌బాక్స్: వేచి ఉన్నవి { $waiting }, పంపినవి { $sent }, తిరస్కరించినవి { $refused }
lrs-status-waiting = వేచి ఉన్నాయి: { $problem }.
lrs-status-failed = { $tries } సార్లు విఫలమైంది; { $next }, లేదా ఇప్పుడే పంపండి: `last-word lrs sync`.
lrs-next-try = తదుపరి ప్రయత్నం { $when }
lrs-next-run = గేమ్ గానీ ఆట గానీ తర్వాత నడిచినప్పుడు ఇవి వెళ్తాయి
lrs-status-refused = LRS తిరస్కరించినవి (కొత్తవి ముందు; వీటిని మళ్లీ పంపం):
lrs-status-refusal = { $statement } (ప్రయత్నం { $attempt }), { $when }: { $message }
lrs-status-more = ఇంకా { $count }
when-now = ఇప్పుడే
when-in = { $amount } { $unit ->
        [s] { $amount ->
            [one] సెకనులో
           *[other] సెకన్లలో
        }
        [min] నిమిషాల్లో
        [h] గంటల్లో
       *[days] రోజుల్లో
    }
when-ago = { $amount } { $unit ->
        [s] { $amount ->
            [one] సెకను
           *[other] సెకన్ల
        }
        [min] నిమిషాల
        [h] గంటల
       *[days] రోజుల
    } క్రితం
lrs-checking = { $endpoint } వద్ద LRSను తనిఖీ చేస్తున్నాం ...
lrs-check-about = /about: xAPI { $versions }
lrs-check-no-about = /about: అందుబాటులో లేదు (అనుమతే; కింది రీడింగ్ ఇది xAPI అని చూపిస్తుంది)
lrs-check-accepted = కీ, సీక్రెట్: అంగీకరించారు (వీటితో LRS తన స్టేట్‌మెంట్లు చదవనిచ్చింది)
lrs-check-ready = LRS సిద్ధం: స్టేట్‌మెంట్లు దానికి పంపుతాం.
lrs-sync-nothing = పంపడానికి ఏమీ లేదు: అవుట్‌బాక్స్ ఖాళీ.
lrs-sync-bar = పంపుతున్నాం [bar] [done]/[total] స్టేట్‌మెంట్లు
lrs-sync-sent = పంపిన స్టేట్‌మెంట్లు: { $sent }{ $refused ->
        [0] {""}
       *[other] ; LRS తిరస్కరించినవి: { $refused } (`last-word lrs status` కారణం చూపిస్తుంది)
    }.
lrs-sync-trouble = { $trouble }. ఇంకా వేచి ఉన్న స్టేట్‌మెంట్లు: { $count }; LRS తిరిగి వచ్చాక గేమ్ వాటిని పంపుతుంది, లేదా `last-word lrs sync` మళ్లీ నడపండి

## LRS ఎందుకు విఫలమైంది

lrs-trouble-unreachable = { $url } వద్ద LRSను చేరలేకపోయాం: { $reason }; `last-word lrs test`తో ఎండ్‌పాయింట్‌ను, నెట్‌వర్క్‌ను తనిఖీ చేయండి
lrs-trouble-unavailable = LRS { $status } అని జవాబిచ్చింది: అది బిజీగా ఉంది లేదా విఫలమవుతోంది; స్టేట్‌మెంట్లు వేచి ఉండి తర్వాత మళ్లీ ప్రయత్నిస్తాయి
lrs-trouble-unavailable-said = LRS { $status } అని జవాబిచ్చింది ({ $message }): అది బిజీగా ఉంది లేదా విఫలమవుతోంది; స్టేట్‌మెంట్లు వేచి ఉండి తర్వాత మళ్లీ ప్రయత్నిస్తాయి
lrs-trouble-credentials = LRS కీ/సీక్రెట్‌ను తిరస్కరించింది ({ $status }); సరైనవాటిని `last-word lrs configure`తో సెట్ చేయండి
lrs-check-unreachable = { $url }కు కనెక్ట్ కాలేకపోయాం: { $reason }. ఎండ్‌పాయింట్ స్పెల్లింగ్‌ను, LRS నడుస్తోందో ఇక్కడి నుంచి చేరగలమో తనిఖీ చేయండి
lrs-check-not-xapi = { $url } { $status } అని జవాబిచ్చింది, కానీ xAPI LRS లాగా కాదు: ఎండ్‌పాయింట్ బహుశా తప్పు. స్టేట్‌మెంట్లు పోస్ట్ అయ్యే చిరునామా ఇదే (`statements` లేకుండా), తరచూ /xAPI/తో ముగుస్తుంది; దాన్ని `last-word lrs configure --endpoint URL ...`తో సెట్ చేయండి
lrs-check-credentials = LRS కీ/సీక్రెట్‌ను తిరస్కరించింది ({ $status }). వాటిని LRS నుంచి మళ్లీ కాపీ చేసి `last-word lrs configure`తో సెట్ చేయండి
lrs-check-version = LRS xAPI { $versions } మాట్లాడుతుంది, Last Word xAPI 1.0.3 పంపుతుంది. 1.0.3ను అంగీకరించే LRS (లేదా దాని ఎండ్‌పాయింట్) వాడండి
lrs-check-other = తన స్టేట్‌మెంట్లు చదవడానికి LRS { $status } అని జవాబిచ్చింది ({ $message }); అది ఏమి ఆశిస్తోందో దాని అడ్మినిస్ట్రేటర్‌ను అడగండి

## last-word report (స్ప్రెడ్‌షీట్లు, స్క్రిప్ట్‌ల కోసం CSV ఇంగ్లీష్‌లోనే ఉంటుంది)

report-wrote = నివేదిక (ప్రయత్నాలు: { $attempts }, అభ్యాసకులు: { $learners }) { $path }లో రాశాం
report-not-a-folder = { $dir } సన్నివేశాల ఫోల్డర్ కాదు; --dirకు సన్నివేశాల ఫోల్డర్ ఇవ్వండి, లేదా దాన్ని వదిలేయండి
report-file-missing = { $file }: అలాంటి ఫైల్ లేదు; రికార్డుల ఫైల్ పాత్ ఇవ్వండి (అభ్యాసకుడి డేటా ఫోల్డర్‌లోని records.sqlite3)
report-file-unreadable = { $file }: Last Word రికార్డులుగా చదవలేకపోయాం ({ $reason }); ఇది పూర్తిగా కాపీ చేసిన records.sqlite3 అని తనిఖీ చేయండి
report-file-not-records = { $file }: ఇందులో Last Word రికార్డులు లేవు; అభ్యాసకుడి డేటా ఫోల్డర్‌లోని records.sqlite3 ఇవ్వండి
report-file-newer = { $file }: Last Word కొత్త వెర్షన్ రాసింది (స్కీమా { $found }; ఈ వెర్షన్ { $known } వరకే చదువుతుంది); దీనిపై నివేదిక కోసం Last Wordను అప్‌డేట్ చేయండి
report-percent = { $value }%
duration-seconds = { $s } సె
duration-minutes = { $min } నిమి
duration-hours = { $h } గం { $min } నిమి
report-none-in-period = ఆ కాలంలో ఏ ప్రయత్నమూ మొదలు కాలేదు.
report-none-yet = ఇంకా ఏ ప్రయత్నమూ నమోదు కాలేదు: అభ్యాసకులు `last-word play`తో లేదా గేమ్‌లో ఆడతారు.
report-coverage = ప్రయత్నాలు: { $attempts }, అభ్యాసకులు: { $learners }, ఫైళ్లు: { $files }{ $shared ->
        [0] {""}
       *[other] {" "}(ఒకటి కంటే ఎక్కువ ఫైళ్లలో దొరికి, ఒక్కసారే లెక్కించినవి: { $shared })
    }{ $since ->
        [none] {""}
       *[other] , { $since } లేదా ఆ తర్వాత మొదలైనవి
    }{ $played ->
        [day] ; ఆడిన రోజు { $first }
        [days] ; { $first } నుంచి { $last } వరకు ఆడారు
       *[none] {""}
    }
report-title-text = Last Word శిక్షణ నివేదిక
report-made-text = రూపొందించినది { $made } UTC: { $coverage }
report-files = ఫైళ్లు
report-col-file = ఫైల్
report-col-schema = స్కీమా
report-col-attempts = ప్రయత్నాలు
report-col-shared = మునుపటి ఫైల్‌లోనూ
report-learners = అభ్యాసకులు
report-col-learner = అభ్యాసకుడు
report-col-finished = పూర్తయినవి
report-col-scenarios = సన్నివేశాలు
report-col-mastered = పట్టు
report-col-average = సగటు స్కోరు
report-col-best = ఉత్తమం
report-col-time = గడిపిన సమయం
report-col-scenario = సన్నివేశం
report-col-learners = అభ్యాసకులు
report-col-passed = పాసైనవి
report-col-loyal = విశ్వాసం
report-col-at-risk = ప్రమాదంలో
report-col-lost = కోల్పోయినవి
report-col-telling = చెబుతున్నారు
report-col-walked-out = వెళ్లిపోయారు
report-scenarios-text = సన్నివేశాలు (ఫలితాల వారీగా పూర్తయిన ప్రయత్నాలు: కస్టమర్ నిలిచి విశ్వాసంగా ఉన్నారు, నిలిచినా ప్రమాదంలో ఉన్నారు, కోల్పోయాం, కోల్పోయాం అందరికీ చెబుతున్నారు)
report-principles-text = సూత్రాలు (పూర్తయిన ప్రయత్నాల్లో సంపాదించిన పాయింట్లు, ఉత్తమ మార్గాలు సంపాదించే వాటిలో)
report-col-principle = సూత్రం
report-col-earned = సంపాదించినవి
report-col-share = వాటా
report-choices-text = ప్రతి నిర్ణయ స్థానంలో ఎంపికలు (ప్రతి జవాబును ఎంచుకున్న సమాధానాలు; * ఉత్తమ జవాబు)
report-at-moment = `{ $node }` వద్ద
report-moment-unknown-text = క్షణం నమోదు కాలేదు (Last Word దాన్ని దాచకముందరి జవాబులు)
report-chosen-of = { $answers }లో { $chosen }
report-html-title = శిక్షణ నివేదిక, { $made } UTC
report-heading = శిక్షణ నివేదిక
report-made = రూపొందించినది { $made } UTC
report-card-learners = { $count ->
        [one] అభ్యాసకుడు
       *[other] అభ్యాసకులు
    }
report-card-learners-detail = రికార్డుల్లో సన్నివేశాలు: { $scenarios }
report-card-attempts = { $count ->
        [one] ప్రయత్నం
       *[other] ప్రయత్నాలు
    }
report-card-attempts-detail = పూర్తయినవి: { $finished }
report-card-average = సగటు స్కోరు
report-card-average-detail = { $total } పాయింట్లు / పూర్తయినవి { $finished }
report-card-passed = పాసైనవి
report-card-passed-detail = పూర్తయిన { $finished } ప్రయత్నాల్లో
report-card-mastered = పట్టు సాధించిన సన్నివేశాలు
report-card-mastered-detail = ఆడిన { $played } అభ్యాసకుడు–సన్నివేశం జతల్లో
report-learners-note = పూర్తయిన ప్రయత్నాల సగటు (పాయింట్లు / పూర్తయినవి). పట్టు: పాస్ మార్కు లేదా అంతకంటే ఎక్కువ స్కోరు ఉన్న ప్రయత్నం ఉన్న సన్నివేశాలు. గడిపిన సమయం: మొదటి నుంచి ప్రతి జవాబు వరకు, ముగింపు వరకు, ప్రతి విరామాన్ని 5 నిమిషాల వరకు లెక్కించి.
report-no-finished-attempt = పూర్తయిన ప్రయత్నం లేదు
report-scenarios = సన్నివేశాలు
report-scenarios-note = ప్రతి సన్నివేశపు పూర్తయిన ప్రయత్నాలు ఎలా ముగిశాయి: కస్టమర్ నిలిచారా, కోల్పోయామా. పాసైనవి: పాస్ మార్కు లేదా అంతకంటే ఎక్కువతో పూర్తయినవి.
report-col-outcomes = పూర్తయిన ప్రయత్నాల ఫలితాలు
report-none-finished = ఏదీ పూర్తి కాలేదు
report-walked-out = వెళ్లిపోయినవారు: { $count }
report-of-total = మొత్తం { $total }లో
report-principles = సూత్రాలు
report-principles-note = పూర్తయిన ప్రయత్నాల్లో ప్రతి సూత్రానికి సంపాదించిన పాయింట్లు, అవే సన్నివేశాల ఉత్తమ జవాబులు సంపాదించే పాయింట్లతో పోలిస్తే. వాటా = సంపాదించినవి / ఉత్తమం; సున్నా కంటే తక్కువ అంటే సూత్రాన్ని పాటించినదానికంటే ఉల్లంఘించిందే ఎక్కువ.
report-col-share-of-best = ఉత్తమంలో వాటా
report-choices = ప్రతి నిర్ణయ స్థానంలో ఎంపికలు
report-choices-note = అభ్యాసకుడు కస్టమర్‌కు జవాబివ్వాల్సిన ప్రతి క్షణంలో: ఒక్కో జవాబును ఎన్ని సమాధానాలు ఎంచుకున్నాయి. ఒక క్షణానికి తిరిగి వచ్చిన సంభాషణలో ప్రతి సమాధానాన్నీ లెక్కిస్తాం.
report-best-note = { $tag } ఆ క్షణం నుంచి ఉత్తమ మార్గాన్ని మొదలుపెట్టే జవాబును సూచిస్తుంది.
report-best-tag = ఉత్తమం
report-moment = క్షణం { $node }
report-moment-unknown = క్షణం నమోదు కాలేదు (Last Word దాన్ని దాచకముందరి జవాబులు)
report-answers = సమాధానాలు: { $count }
report-best-chosen = ఉత్తమ జవాబును { $answers }లో { $chosen } సార్లు ఎంచుకున్నారు ({ $share })
report-about = ఈ నివేదిక గురించి
report-col-records-file = రికార్డుల ఫైల్
report-about-note = అనేక ఫైళ్లలో దొరికిన ప్రయత్నాన్ని (ఒకే గ్లోబల్ id) దాని అత్యంత పూర్తి కాపీ నుంచి ఒక్కసారే లెక్కిస్తాం. అభ్యాసకులను పేరుతో, అక్షరాల కేస్‌ను పట్టించుకోకుండా సరిపోలుస్తాం. సమయాలు UTCలో ఉన్నాయి. `last-word report`తో రూపొందించినది; `--format csv` స్ప్రెడ్‌షీట్ కోసం ప్రతి ప్రయత్నానికి ఒక వరుస ఇస్తుంది.

## last-word analyze --notes, సిమ్యులేషన్ ప్రగతి పట్టీ

mc-bar = అనుకరిస్తున్నాం [bar] [done]/[total] కస్టమర్లు ([eta] మిగిలింది)
notes-none = ఫెసిలిటేటర్ గమనికలు: లేవు. `facilitator` బ్లాక్ జోడించండి (ఎలాగో scenarios/README.md చూపిస్తుంది).
notes-heading = ఫెసిలిటేటర్ గమనికలు (ఫెసిలిటేటర్ కోసం మాత్రమే):
notes-time = ఉత్తమ మార్గంలో సమయం: { $decisions } నిర్ణయాలు, డీబ్రీఫ్, { $sum } = { $total } నిమిషాలు.
notes-off-path = ఉత్తమ మార్గం బయట:
notes-decision = [{ $node }] { $minutes } నిమి: “{ $line }”
notes-model-answer = ఆదర్శ జవాబు: జవాబు { $reply } ({ $points }): { $text }
notes-tempting = ఆకర్షించేది: జవాబు { $reply } ({ $points }): { $text }
notes-other-best = (విశ్లేషణ ప్రకారం ఇక్కడ ఉత్తమం జవాబు { $reply }; గమనికలు మరొకదాన్ని సమర్థిస్తాయి.)
notes-ask = గదిని అడగండి: { $question }

## కమాండ్ లైన్: ఆర్గ్యుమెంట్‌కు లేదా గేమ్ విండోకు ఏం కావాలి

translate-say-which = ఏ భాషలోకి అనువదించాలో చెప్పండి, ఉదా. last-word translate { $scenario } --lang it
no-game-window = Last Word యొక్క ఈ బిల్డ్‌లో గేమ్ విండో లేదు (దీన్ని `gui` ఫీచర్ లేకుండా నిర్మించారు). టెర్మినల్‌లో ఆడండి: `last-word play <సన్నివేశం>`; `last-word list` సన్నివేశాలను చూపిస్తుంది.
arg-not-a-reply = `{ $text }` జవాబు సంఖ్య కాదు; జవాబులను కామాలతో వేరు చేసిన సంఖ్యలుగా రాయండి, ఉదా. 2,1,3, ఏదీ వద్దంటే ""
arg-not-a-size = `{ $text }` పరిమాణం కాదు; వెడల్పుxఎత్తు రూపంలో రాయండి, ఉదా. 1920x1080
arg-not-a-side = `{ $text }` 320 నుంచి 8192 మధ్య వెడల్పు గానీ ఎత్తు గానీ కాదు
arg-not-an-address = `{ $text }` చిరునామా కాదు; గది నెట్‌వర్క్‌లో ఈ కంప్యూటర్ చిరునామా రాయండి, ఉదా. 192.168.1.5 లేదా 192.168.1.5:8000
arg-not-a-date = `{ $text }` తేదీ కాదు; YYYY-MM-DD రూపంలో రాయండి, ఉదా. 2026-03-01 (రోజులు 00:00 UTCకి మొదలవుతాయి)
arg-not-a-day = `{ $text }` క్యాలెండర్‌లోని రోజు కాదు; నెలనూ రోజునూ తనిఖీ చేయండి

## కమాండ్ లైన్ సహాయం: clap పదాలు. వాడుక పంక్తి, ఆప్షన్ల, విలువల పేర్లు
## (<SCENARIO>, [OPTIONS]) టైప్ చేసినట్టే ఉంటాయి.

help-usage = వాడుక:
help-heading-commands = కమాండ్‌లు
help-heading-arguments = ఆర్గ్యుమెంట్‌లు
help-heading-options = ఆప్షన్‌లు
help-flag = సహాయం చూపించండి
help-flag-summary = సహాయం చూపించండి ('--help'తో మరింత)
help-flag-more = సహాయం చూపించండి ('-h'తో సారాంశం)
help-version = వెర్షన్ చూపించండి
help-about-help = ఈ సందేశాన్ని లేదా ఇచ్చిన సబ్‌కమాండ్‌ల సహాయాన్ని చూపించండి
help-default = [డిఫాల్ట్: { $value }]
help-possible-values = [సాధ్యమైన విలువలు: { $values }]
help-possible-values-heading = సాధ్యమైన విలువలు:

## కమాండ్ లైన్ లోపాలు

clap-error = లోపం:
clap-tip = సూచన:
clap-more = మరింత సమాచారం కోసం '{ $help }' ప్రయత్నించండి.
clap-unknown-argument = ఊహించని ఆర్గ్యుమెంట్ '{ $arg }' కనిపించింది
clap-unknown-command = గుర్తించని సబ్‌కమాండ్ '{ $command }'
clap-missing = ఈ తప్పనిసరి ఆర్గ్యుమెంట్‌లు ఇవ్వలేదు:{ $list }
clap-missing-command = '{ $command }'కు సబ్‌కమాండ్ కావాలి, కానీ ఏదీ ఇవ్వలేదు
clap-commands-list = [సబ్‌కమాండ్‌లు: { $commands }]
clap-invalid-value = '{ $arg }'కు చెల్లని విలువ '{ $value }'
clap-value-required = '{ $arg }'కు విలువ కావాలి, కానీ ఏదీ ఇవ్వలేదు
clap-no-equals = '{ $arg }'కు విలువలు ఇచ్చేటప్పుడు సమాన గుర్తు కావాలి
clap-too-many = '{ $arg }'కు ఊహించని విలువ '{ $value }' కనిపించింది; ఇంకా విలువలు ఆశించలేదు
clap-too-few = '{ $arg }'కు { $expected } విలువలు కావాలి; { $actual } మాత్రమే ఇచ్చారు
clap-wrong-count = '{ $arg }'కు { $expected } విలువలు కావాలి, కానీ { $actual } ఇచ్చారు
clap-used-twice = '{ $arg }' ఆర్గ్యుమెంట్‌ను ఒకటి కంటే ఎక్కువసార్లు వాడలేరు
clap-conflict = '{ $arg }' ఆర్గ్యుమెంట్‌ను{ $with ->
        [list] {" "}వీటితో కలిపి వాడలేరు:{ $others }
        [one] {" "}'{ $others }'తో కలిపి వాడలేరు
       *[unknown] {" "}ఇచ్చిన ఇతర ఆర్గ్యుమెంట్‌లలో ఒకటి లేదా అంతకంటే ఎక్కువ వాటితో కలిపి వాడలేరు
    }
clap-conflict-command = '{ $arg }' సబ్‌కమాండ్‌ను{ $with ->
        [list] {" "}వీటితో కలిపి వాడలేరు:{ $others }
        [one] {" "}'{ $others }'తో కలిపి వాడలేరు
       *[unknown] {" "}ఇచ్చిన ఇతర ఆర్గ్యుమెంట్‌లలో ఒకటి లేదా అంతకంటే ఎక్కువ వాటితో కలిపి వాడలేరు
    }
clap-similar-command = { $count ->
        [one] ఇలాంటి సబ్‌కమాండ్ ఉంది
       *[other] ఇలాంటి సబ్‌కమాండ్‌లు ఉన్నాయి
    }: { $list }
clap-similar-argument = { $count ->
        [one] ఇలాంటి ఆర్గ్యుమెంట్ ఉంది
       *[other] ఇలాంటి ఆర్గ్యుమెంట్‌లు ఉన్నాయి
    }: { $list }
clap-similar-value = { $count ->
        [one] ఇలాంటి విలువ ఉంది
       *[other] ఇలాంటి విలువలు ఉన్నాయి
    }: { $list }
clap-tip-pass-as-value = '{ $arg }'ను విలువగా ఇవ్వాలంటే '{ $use }' వాడండి
clap-tip-exists = '{ $arg }' ఉంది
clap-tip-remove-dashes = '{ $command }' సబ్‌కమాండ్ ఉంది; దాన్ని వాడాలంటే దానికి ముందున్న '--'ను తీసేయండి

## కమాండ్ లైన్ సహాయం: ప్రతి కమాండ్ వివరణ, ప్రతి ఆర్గ్యుమెంట్ సహాయం.

help-about = Last Word: కస్టమర్ సేవ శిక్షణ ఆట, దాని సన్నివేశాలు రాయడానికి సాధనాలు.
help-long-about =
    Last Word: చెడ్డ సేవకు సంబంధించిన నిజమైన కథలపై నిర్మించిన కస్టమర్ సేవ శిక్షణ ఆట.

    కమాండ్ లేకుండా గేమ్‌ను తెరుస్తుంది. శిక్షకులు సన్నివేశాలను scenarios/లో RON ఫైళ్లుగా రాస్తారు (scenarios/README.md చూడండి); కమాండ్‌లు వాటిని తనిఖీ చేస్తాయి, జాబితా చేస్తాయి, విశ్లేషిస్తాయి, టెర్మినల్‌లో ఆడిస్తాయి.
help-arg-dir = సన్నివేశాలను చదివే ఫోల్డర్
help-arg-scenario = ఈ సన్నివేశాన్ని (దాని id) వెంటనే తెరవండి
help-arg-choices = ఈ జవాబులను వెంటనే ఆడండి, ఉదా. `--choices 1,2`: స్థిరమైన జవాబు సంఖ్యలు (సన్నివేశ ఫైల్‌లో ప్రతి జవాబు స్థానం, అది ఏ క్రమంలో చూపినా); `--choices ""` ఏదీ ఆడదు. జాబితా కంటే ముందే ముగిసే సంభాషణ అక్కడే ఆగుతుంది, ఒక గమనికతో
help-arg-no-shuffle = జవాబులను కలపకుండా ఫైల్ క్రమంలో చూపించండి (ఈ సారికే; శాశ్వత స్విచ్ సెట్టింగ్‌ల తెరలో ఉంది)
help-arg-screenshot = తెర స్థిరపడ్డాక విండో PNGను సేవ్ చేసి, నిష్క్రమించండి
help-arg-screen = --screenshotతో పట్టుకునే తెర: title, picker, settings, play (--scenarioతో డిఫాల్ట్), debrief, learners, progress, లేదా వర్క్‌షాప్ తెరల్లో ఒకటి: workshop (ప్రొజెక్టర్), workshop-setup, standings, workshop-end (`last-word workshop` యొక్క --scenarios, --teams లేదా --handsతో, లేదా --scenarioతో)
help-value-screen-workshop = వర్క్‌షాప్ ప్రొజెక్టర్: --scenarioతో, దాని మొదటి నిర్ణయం, అనుకరించిన ఫోన్ల ఓట్ల ప్రత్యక్ష లెక్కతో
help-value-screen-workshop-setup = వర్క్‌షాప్ సన్నాహ తెర, `last-word workshop` ఆప్షన్లు చెప్పినట్టు ముందే నింపినది
help-value-screen-standings = మొదటి సన్నివేశం తర్వాత జట్ల ర్యాంకింగ్, అనుకరించిన జట్లు ఓటు వేస్తూ (`last-word workshop --teams` కావాలి)
help-value-screen-workshop-end = అనుకరించిన ఫోన్లు మొదటి నుంచి చివరి వరకు ఆడిన వర్క్‌షాప్ ముగింపు
help-arg-seed = కస్టమర్ యాదృచ్ఛికతకు సీడ్
help-arg-window-size = లాజికల్ పిక్సెల్‌లలో విండో పరిమాణం, ఉదా. `1920x1080`
help-arg-continuous = ఏమీ మారకపోయినా ప్రతి ఫ్రేమ్‌ను గీయండి (ఐడిల్ బెంచ్‌మార్క్‌లో పోలిక కోసం)
help-arg-bench-idle = మొదటి ఇంటరాక్టివ్ ఫ్రేమ్ వరకు సమయాన్ని, ఇన్ని సెకన్ల పాటు ఐడిల్ CPUను కొలిచి, వాటిని ప్రింట్ చేసి నిష్క్రమించండి
help-arg-lang = Last Wordను చూపించే భాష, ప్రతి కమాండ్‌లో: `it`, `lv`, `mn`, `hi`, `te` లేదా `en` వంటి కోడ్ (డిఫాల్ట్: సిస్టమ్ భాష, LC_ALL, LC_MESSAGES లేదా LANG నుంచి, లేకపోతే ఇంగ్లీష్). `play`, `analyze` సన్నివేశ పాఠ్యాలను కూడా ఈ భాషలో, దాని పక్కనున్న అనువాద ఫైల్ నుంచి చూపిస్తాయి; అనువదించని పాఠ్యాలు రాసినట్టే ఉంటాయి. భాష వల్ల నమోదయ్యే దేనిలోనూ మార్పు ఉండదు
help-about-validate = సన్నివేశ ఫైళ్లలో లోపాలను తనిఖీ చేయండి (అన్నీ చెల్లుబాటైతే 0తో, లేకపోతే 1తో నిష్క్రమిస్తుంది)
help-arg-validate-paths = సన్నివేశ ఫైళ్లు లేదా వాటి ఫోల్డర్లు
help-arg-validate-format = అవుట్‌పుట్ ఫార్మాట్
help-arg-validate-coverage = --format jsonతో: `diagnostics` (ఈ ఆప్షన్ లేకుండా ప్రింట్ అయ్యే అర్రే), `translations` (ప్రతి అనువాదపు కవరేజ్) ఉన్న ఆబ్జెక్ట్‌ను ప్రింట్ చేయండి
help-about-list = దొరికిన సన్నివేశాలను జాబితా చేయండి: id, శీర్షిక, కష్టత, నిమిషాలు
help-arg-list-dir = వెతకాల్సిన ఫోల్డర్
help-about-analyze = సన్నివేశపు ముగింపులు, ఉత్తమ, అధమ స్కోర్లు, మార్గాలు చూపించండి (స్థిరమైన జవాబు సంఖ్యలు, వీటిని `play --choices` ఏ కలగలుపులోనైనా మళ్లీ ఆడుతుంది); --runsతో అనేక అనుకరించిన కస్టమర్లను కూడా ఆడించండి
help-arg-analyze-scenario = సన్నివేశ id (--dirలో వెతుకుతాం) లేదా సన్నివేశ ఫైల్ పాత్
help-arg-analyze-json = విశ్లేషణను JSONగా ప్రింట్ చేయండి
help-arg-analyze-dir = idలను వెతికే ఫోల్డర్
help-arg-analyze-runs = ఇంతమంది కస్టమర్లను యాదృచ్ఛిక జవాబులతో, అంతే మందిని ఉత్తమ మార్గంలో ఆడించి, స్కోరు, ఫలితం, డబ్బుల విస్తరణను చూపించండి
help-arg-analyze-seed = --runsకు సీడ్ (అదే సీడ్ అదే నివేదిక ఇస్తుంది)
help-arg-analyze-notes = ఫెసిలిటేటర్ గమనికలు జోడించండి: ప్రతి నిర్ణయానికి ఆదర్శ జవాబు, ఆకర్షించే జవాబులు ఎందుకు ఆకర్షిస్తాయి, గదికి ప్రశ్న, నిమిషాలు, తర్వాత సెషన్ సమయ బడ్జెట్
help-about-play = టెర్మినల్‌లో సన్నివేశం ఆడండి (అభ్యాసకుడి పురోగతిలో నమోదవుతుంది)
help-arg-play-scenario = { help-arg-analyze-scenario }
help-arg-play-seed = కస్టమర్ యాదృచ్ఛికతకు సీడ్ (డిఫాల్ట్: ప్రతిసారీ కొత్తది, ఆటను మళ్లీ ఆడేందుకు ప్రింట్ చేస్తాం)
help-arg-play-choices = అడగకుండా ఈ జవాబులను ఆడండి, ఉదా. `--choices 2,1,3`. ఇవి స్థిరమైన జవాబు సంఖ్యలు: సన్నివేశ ఫైల్‌లో ప్రతి జవాబు స్థానం, అది ఏ క్రమంలో చూపినా; `analyze` మార్గాలను ఇలాగే ప్రింట్ చేస్తుంది, డీబ్రీఫ్‌లోని మళ్లీ ఆడే పంక్తి కూడా ఇలాగే ఇస్తుంది. `--choices ""` ఏదీ ఆడదు. సంభాషణ ముందే ముగిస్తే (కస్టమర్ వెళ్లిపోతే, లేదా ముగింపు చేరితే), మిగిలినవి వాడకుండా ఉంటాయి, ఒక గమనిక ఆ విషయం చెబుతుంది
help-arg-play-json = డీబ్రీఫ్‌ను మాత్రమే JSONగా ప్రింట్ చేయండి (ముగింపు వరకు --choices కావాలి)
help-arg-play-no-shuffle = జవాబులను ఈ ఆట కలిపిన క్రమంలో కాకుండా ఫైల్ క్రమంలో చూపించండి (మళ్లీ మొదలుపెట్టిన ఆట సేవ్ అయిన క్రమాన్నే ఉంచుతుంది)
help-arg-play-dir = { help-arg-analyze-dir }
help-arg-play-resume = నిష్క్రమించేటప్పుడు సేవ్ చేసిన సెషన్‌ను మళ్లీ మొదలుపెట్టండి
help-arg-play-timed = సమయ పరిమితి ఆట: ఆలోచించే సమయం ఓపికను ఖర్చు చేస్తుంది. ప్రతి క్షణం మీకు 10 సెకన్లు, దాన్ని చదవడానికి సమయం ఇస్తుంది; మీరు జవాబిచ్చేలోపు అది అయిపోయిన ప్రతిసారీ కస్టమర్ ఇంకో నిమిషం వేచి ఉంటారు. --choicesతో ఇచ్చిన జవాబులకు సమయం లెక్కించం
help-arg-play-assess = అంచనా: ప్రతి జవాబు కోచింగ్‌ను, సూత్రాల పాయింట్లను డీబ్రీఫ్ వరకు ఆపి ఉంచండి; డీబ్రీఫ్ ప్రతి నిర్ణయాన్ని అందించిన ఉత్తమ జవాబు పక్కన మళ్లీ చూపిస్తుంది. మళ్లీ మొదలుపెట్టిన సెషన్ సేవ్ అయిన మోడ్‌నే ఉంచుతుంది
help-arg-play-learner = ఈ ఆట ఎవరి కోసం నమోదవుతుందో ఆ అభ్యాసకుడు (కొత్తవారైతే సృష్టిస్తాం; తర్వాతి సారి కోసం గుర్తుంచుకుంటాం). డిఫాల్ట్: చివరివారు, లేదా మీ పేరుతో ఉన్నవారు
help-arg-play-continue = జవాబు జవాబుకూ నమోదైన అభ్యాసకుడి చివరి అసంపూర్తి సంభాషణను, అది ఆగిన చోటి నుంచి కొనసాగించండి (క్రాష్ తర్వాత కూడా)
help-about-translate = సన్నివేశాన్ని అనువదించే టెంప్లేట్ రాయండి: అది చూపించే ప్రతి పాఠ్యం, ప్రతిదాని పక్కన మూలం, సన్నివేశం పక్కన `<id>.<lang>.ron`లో (`--lang` అనువదించాల్సిన భాషను చెబుతుంది: `it`, `lv`, `mn`, `hi`, `te` లేదా `pt-BR` వంటి కోడ్). ఉన్న అనువాదంపై మళ్లీ నడిపితే, అనువదించినవాటిని ఉంచుతుంది, కొత్తవాటిని జోడిస్తుంది, పాతబడినవాటిని గుర్తిస్తుంది
help-arg-translate-scenario = { help-arg-analyze-scenario }
help-arg-translate-out = సన్నివేశం పక్కన `<id>.<lang>.ron`కు బదులు ఇక్కడ రాయండి
help-arg-translate-dir = { help-arg-analyze-dir }
help-about-progress = అభ్యాసకుడి పురోగతి: ప్రతి సన్నివేశానికి ప్రయత్నాలు, ఉత్తమ గ్రేడ్, పట్టు సాధించారో లేదో; ప్రతి సూత్రానికి సంపాదించిన పాయింట్లు, ధోరణి; కాలక్రమంలో ప్రయత్నాలు; తర్వాత ఏం ఆడాలి, ఎందుకు
help-arg-progress-learner = అభ్యాసకుడు (డిఫాల్ట్: చివరగా ఆడినవారు)
help-arg-progress-json = దీన్ని JSONగా ప్రింట్ చేయండి
help-arg-progress-dir = సిఫార్సు ఎంచుకునే సన్నివేశాల లైబ్రరీ
help-about-pass-mark = పూర్తయిన ప్రయత్నం తన సన్నివేశంలో పట్టు సాధించినట్టు లెక్కించడానికి కావాల్సిన పాస్ మార్కును చూపించండి లేదా సెట్ చేయండి (డిఫాల్ట్ 80): అన్ని సన్నివేశాలకు, లేదా --scenarioతో ఒకదానికి
help-arg-pass-mark-mark = కొత్త మార్కు, 0 నుంచి 100 (ఇవ్వకపోతే: అమలులో ఉన్న మార్కులను చూపిస్తుంది)
help-arg-pass-mark-scenario = మార్కు వర్తించే సన్నివేశం (డిఫాల్ట్: సొంత మార్కు లేని అన్ని సన్నివేశాలు)
help-arg-pass-mark-clear = సన్నివేశపు సొంత మార్కును తీసేయండి, అప్పుడు సాధారణ మార్కు వర్తిస్తుంది
help-arg-pass-mark-dir = సన్నివేశ idలను సరిపోల్చే ఫోల్డర్
help-about-lrs = సంస్థ లెర్నింగ్ రికార్డ్ స్టోర్ (LRS, xAPI): దాన్ని సెట్ చేయండి, కనెక్షన్‌ను తనిఖీ చేయండి, దాని కోసం వేచి ఉన్న స్టేట్‌మెంట్లను చూసి పంపండి
help-about-lrs-configure = స్టేట్‌మెంట్లు పంపే LRSను, వాటిలో అభ్యాసకులను ఎలా గుర్తించాలో సెట్ చేయండి; `--off` పంపడం ఆపుతుంది (స్టేట్‌మెంట్లు అవుట్‌బాక్స్‌లో వేచి ఉంటాయి)
help-arg-lrs-configure-endpoint = LRS xAPI ఎండ్‌పాయింట్, స్టేట్‌మెంట్లు పోస్ట్ అయ్యే చిరునామా, ఉదా. https://lrs.example.org/xAPI/
help-arg-lrs-configure-key = Last Word కోసం LRS ఇచ్చిన కీ (యూజర్ నేమ్)
help-arg-lrs-configure-secret = కీతో పాటు వచ్చే సీక్రెట్ (పాస్‌వర్డ్)
help-arg-lrs-configure-account-home-page = అభ్యాసకులను ఈ హోమ్ పేజీలోని ఖాతాతో గుర్తించండి (డిఫాల్ట్, urn:last-word:learnersపై)
help-arg-lrs-configure-mbox-domain = అభ్యాసకులను ఈ డొమైన్ ఈమెయిల్ చిరునామాతో గుర్తించండి (mailto:peru.inti-peru@DOMAIN)
help-arg-lrs-configure-off = LRSను మర్చిపోండి: మళ్లీ ఒకటి సెట్ అయ్యే వరకు ఏదీ పంపం
help-about-lrs-status = సెట్ చేసిన LRS, వేచి ఉన్న, పంపిన, తిరస్కరించిన స్టేట్‌మెంట్లు (LRS సందేశాలతో)
help-about-lrs-test = ఏమీ రాయకుండా LRSకు కనెక్షన్‌ను తనిఖీ చేసి, విఫలమైతే ఏం తప్పో చెప్పండి
help-about-lrs-sync = వేచి ఉన్న స్టేట్‌మెంట్లను ఇప్పుడే పంపండి, ప్రగతి పట్టీతో (LRS విఫలమై కొన్ని వేచి ఉండిపోతే 1తో నిష్క్రమిస్తుంది)
help-about-report = మేనేజర్ల కోసం నివేదిక: అభ్యాసకుడి వారీగా, సన్నివేశం వారీగా, సూత్రం వారీగా, ప్రతి నిర్ణయ స్థానంలో ఒక్కో జవాబును ఎంచుకున్న సమాధానాల వాటా. అనేక కంప్యూటర్ల నుంచి సేకరించిన రికార్డుల ఫైళ్లను కలుపుతుంది, ప్రతి ప్రయత్నాన్ని ఒక్కసారే లెక్కిస్తుంది; వాటిలో ఎప్పుడూ రాయదు
help-arg-report-databases = నివేదిక కోసం రికార్డుల ఫైళ్లు (records.sqlite3), ఉదా. ఆన్‌బోర్డింగ్ ల్యాప్‌టాప్‌ల నుంచి కాపీ చేసినవి. డిఫాల్ట్: ఈ కంప్యూటర్‌ది
help-arg-report-format = text, csv (ప్రతి ప్రయత్నానికి ఒక వరుస) లేదా html (స్వయంసంపూర్ణమైన ఒక పేజీ). డిఫాల్ట్: --out ఎక్స్‌టెన్షన్ నుంచి (.csv, .html, .htm), లేకపోతే text
help-arg-report-since = ఈ రోజు లేదా ఆ తర్వాత మొదలైన ప్రయత్నాలు మాత్రమే (YYYY-MM-DD, UTC)
help-arg-report-out = నివేదికను ప్రింట్ చేయకుండా ఈ ఫైల్‌లో రాయండి
help-arg-report-dir = శీర్షికలు, కస్టమర్ మాటలు, ఎవరూ ఎంచుకోని జవాబులు, ఉత్తమ జవాబు కోసం సన్నివేశాల లైబ్రరీ (డిఫాల్ట్: ఉంటే scenarios/)
help-about-workshops = రికార్డులతో సేవ్ చేసిన వర్క్‌షాప్‌లు, కొత్తవి ముందు; `workshops export` ఒకదాన్ని CSVగా (ప్రతి నిర్ణయానికి ఒక వరుస) లేదా ఒక HTML పేజీగా రాస్తుంది
help-arg-workshops-json = జాబితాను JSONగా ప్రింట్ చేయండి
help-about-workshops-export = ఒక వర్క్‌షాప్‌ను CSVగా లేదా స్వయంసంపూర్ణమైన HTML పేజీగా రాయండి
help-arg-workshops-export-workshop = వర్క్‌షాప్ id (లేదా దాని మొదటి అక్షరాలు), లేదా `latest`
help-arg-workshops-export-format = csv (ప్రతి నిర్ణయానికి ఒక వరుస) లేదా html (మెయిల్‌లో పంపదగిన ఒక పేజీ). డిఫాల్ట్: --out ఎక్స్‌టెన్షన్ నుంచి (.csv, .html, .htm)
help-arg-workshops-export-out = ప్రింట్ చేయకుండా ఈ ఫైల్‌లో రాయండి (పూర్తిగా మార్చేస్తాం)
help-about-workshop = వర్క్‌షాప్ నడపండి: గేమ్ వర్క్‌షాప్ సన్నాహంపై తెరుచుకుంటుంది (ఈ ఆప్షన్లతో ముందే నింపి), దాన్ని ఫెసిలిటేటర్ ప్రొజెక్టర్‌పై నడుపుతారు, గది తమ ఫోన్ల నుంచి ఓటు వేస్తుంది
help-arg-workshop-scenarios = ఆడాల్సిన సన్నివేశాలు, క్రమంలో (idలు), ఉదా. `--scenarios a,b,c`
help-arg-workshop-teams = ఈ పేర్లతో జట్లుగా ఆడండి, ఉదా. `--teams ఎరుపు,నీలం` (2 నుంచి 8)
help-arg-workshop-hands = ఫోన్లు వద్దు: చేతులెత్తి వేసిన ఓట్లను ఫెసిలిటేటర్ నమోదు చేస్తారు
help-arg-workshop-bind = ఫోన్ల సర్వర్ ఎక్కడ వింటుంది: ఒక చిరునామా (పోర్ట్ 8421) లేదా ADDRESS:PORT. డిఫాల్ట్: లోకల్ నెట్‌వర్క్‌లో ఈ కంప్యూటర్ చిరునామా
help-arg-workshop-open = సన్నాహాన్ని దాటవేయండి: వెంటనే మొదలుపెట్టి మొదటి నిర్ణయపు ఓటింగ్‌ను తెరవండి (--scenarios కావాలి; రిహార్సల్ కోసం, ఐడిల్ బెంచ్‌మార్క్ కోసం)
help-arg-workshop-dir = { help-arg-dir }
help-arg-workshop-scenario = { help-arg-scenario }
help-arg-workshop-choices = { help-arg-choices }
help-arg-workshop-no-shuffle = { help-arg-no-shuffle }
help-arg-workshop-screenshot = { help-arg-screenshot }
help-arg-workshop-screen = { help-arg-screen }
help-value-workshop-screen-workshop = { help-value-screen-workshop }
help-value-workshop-screen-workshop-setup = { help-value-screen-workshop-setup }
help-value-workshop-screen-standings = { help-value-screen-standings }
help-value-workshop-screen-workshop-end = { help-value-screen-workshop-end }
help-arg-workshop-seed = { help-arg-seed }
help-arg-workshop-window-size = { help-arg-window-size }
help-arg-workshop-continuous = { help-arg-continuous }
help-arg-workshop-bench-idle = { help-arg-bench-idle }

## scenarios/principles.ronలోని సూత్రాలు: id వారీగా ఒక్కోదాని పేరు, సారాంశం.

principle-name-flexible-policy = వంగే, మానవీయమైన విధానం
principle-about-flexible-policy = విధానాలు వేళాకోళం కాదు. వ్యాపారాన్నీ కస్టమర్‌నూ ఇద్దరినీ కాపాడేవాటిని ఉంచండి, సంబంధాన్ని దెబ్బతీసేటప్పుడు వాటిని సడలించండి.
principle-name-say-what-you-can-do = మీ ప్రక్రియ గురించి కాదు, మీరు ఏం చేయగలరో చెప్పండి
principle-about-say-what-you-can-do = కస్టమర్లు తాము మీ కోసం ఏం చేయాలో కాదు, మీరు వారి కోసం ఏం చేయగలరో వినాలనుకుంటారు.
principle-name-own-hard-questions = కష్టమైన ప్రశ్నల బాధ్యత తీసుకోండి
principle-about-own-hard-questions = ఎంత క్లిష్టమైనా సహాయానికి సిద్ధంగా ఉండండి; జవాబివ్వగలవారిని, ప్రొడక్ట్ డిజైనర్ల వరకో CEO వరకో అయినా, చేరుకోండి.
principle-name-efficient-systems = సమర్థమైన వ్యవస్థలు, వేచి ఉన్నప్పుడు అదనపు అమ్మకాలు వద్దు
principle-about-efficient-systems = వ్యవస్థలు, ప్రక్రియలు మీతో వ్యవహారాన్ని వేగవంతం చేయాలి; నిరీక్షణతో ఇప్పటికే విసిగిన కస్టమర్‌కు ఏదీ అమ్మజూపకండి.
principle-name-respect-privacy = వ్యక్తిగతంగా సేవ చేయండి, చొరబడకండి
principle-about-respect-privacy = మీకు తెలిసినదాన్ని కస్టమర్‌కు సేవ చేయడానికి వాడండి, వారిని కలవరపరచడానికి ఎప్పుడూ కాదు; వారి డేటాను కాపాడండి.
principle-name-be-reachable = మనిషి అందుబాటులో ఉండేలా చూడండి
principle-about-be-reachable = కస్టమర్లు కోరుకున్నచోట ఉండండి: ఫోన్, ఈ-మెయిల్, సోషల్ మీడియా, మాట్లాడటానికి ఒక మనిషి.
principle-name-no-last-word = వారి తప్పును ఎత్తిచూపకండి; చివరి మాట మీదే కావాలనుకోకండి
principle-about-no-last-word = సమస్య పరిష్కారమైన వెంటనే ఆగండి. వాదనలో గెలిస్తే కస్టమర్‌ను కోల్పోతారు.
principle-name-fix-fast = వేగంగా సరిచేయండి, విచారణ లేకుండా
principle-about-fix-fast = తప్పు మీదైతే, దాన్ని విచారణ లేకుండా, వేగంగా, ఇబ్బంది లేకుండా సరిచేయండి.
principle-name-respond-quickly = వేగంగా స్పందించండి
principle-about-respond-quickly = షాప్ ఫ్లోర్‌లో, కౌంటర్ వద్ద, ఫోన్లలో తగినంత సిబ్బంది; వేగంగా వ్యవహరిస్తే ఫిర్యాదులు పెరగవు.
principle-name-know-the-product = ఉత్పత్తిని తెలుసుకోండి
principle-about-know-the-product = మర్యాదగల, తెలిసిన, బాగా శిక్షణ పొందిన సిబ్బందే సంస్థకు బహిరంగ ముఖం, గొంతు.
principle-name-keep-your-word = మాట నిలబెట్టుకోండి
principle-about-keep-your-word = వాగ్దానం అమ్మకం తెచ్చిపెడుతుందన్నా, నెరవేర్చలేనిదాన్ని వాగ్దానం చేయకండి; మీరు ఏం చేయగలరో నిజాయితీగా చెప్పండి.
principle-name-listen = వినండి, కస్టమర్లకు నచ్చనిదాన్ని మార్చండి
principle-about-listen = కస్టమర్ నిజంగా ఏం కోరుకుంటున్నారో వినండి, చాలామంది కస్టమర్లకు నచ్చనిదాన్ని వెనక్కి తీసుకోవడానికి సిద్ధంగా ఉండండి.
principle-name-make-it-right = డబ్బు వాపసు, పరిహారం ఇవ్వండి
principle-about-make-it-right = క్షమాపణకు డబ్బు తోడుండాలి: వీలైనంత వేగంగా డబ్బు వాపసు ఇవ్వండి, పరిహారం ఇవ్వండి, మీ వల్ల అయిన ఖర్చులు భరించండి.
principle-name-greet = కస్టమర్‌ను పలకరించండి
principle-about-greet = వెంటనే పలకరించిన కస్టమర్ సానుకూలంగా ఉంటారు; పట్టించుకోని కస్టమర్ చెడ్డ సేవకు సిద్ధమవుతారు.
principle-name-quality-at-speed = వేగంలోనూ నాణ్యత నిలపండి
principle-about-quality-at-speed = వేగం నాణ్యతను బలి తీసుకోకూడదు; నాసిరకం ఉత్పత్తి ఆదా చేసినదానికంటే ఫిర్యాదులు, వాపసుల్లో ఎక్కువ ఖర్చవుతుంది.
principle-name-set-a-limit = హద్దు పెట్టండి, తర్వాత సహాయం చేయండి
principle-about-set-a-limit = కస్టమర్ దూషణకు దిగితే, మీరు ఏది అంగీకరించరో ప్రశాంతంగా చెప్పండి, అదే ఊపిరిలో వారి కోసం ఏం చేస్తారో కూడా చెప్పండి. లొంగిపోకండి, ఎదురుదాడి చేయకండి.
principle-name-read-the-context = సందర్భాన్ని అర్థం చేసుకోండి
principle-about-read-the-context = మంచి సేవ కస్టమర్ కంటితో నిర్ణయమవుతుంది; నియమం అమలు చేసే ముందు వారు దేని కోసం వచ్చారో తెలుసుకోండి.

## last-word play: ఆటను ఏది ఆపుతుంది, ఏది నమోదు కాలేదు

play-nobody-yet = ఇంకా ఎవరూ ఆడలేదు; మొదలుపెట్టండి: last-word play <సన్నివేశం>
play-nothing-to-continue = { $learner }కు కొనసాగించాల్సిన సంభాషణ లేదు; కొత్తది మొదలుపెట్టండి: last-word play <సన్నివేశం>
play-cannot-read-saved = సేవ్ చేసిన సెషన్ { $path } చదవలేకపోయాం: { $reason }
play-cannot-resume = { $path }ను మళ్లీ మొదలుపెట్టలేకపోయాం: { $reason }
play-choice-failed = ఎంపిక { $index }: { $reason }
play-not-recorded = హెచ్చరిక: ఈ ఆట నమోదు కావడం లేదు: { $reason }
play-statements-wait = LRS కోసం వేచి ఉన్న xAPI స్టేట్‌మెంట్లు: { $count } ({ $problem }); తర్వాతిసారి, లేదా ఇప్పుడే `last-word lrs sync`తో పంపుతాం
choice-ended = సంభాషణ ఇప్పటికే ముగిసింది
choice-not-available = జవాబు { $number } `{ $node }` వద్ద అందుబాటులో లేదు; ఇక్కడి జవాబులు { $available }
restore-wrong-scenario = సేవ్ చేసిన సెషన్ `{ $saved }` కోసం, `{ $given }` కోసం కాదు
restore-scenario-changed = సెషన్ సేవ్ చేసినప్పటి నుంచి సన్నివేశం మారింది, కాబట్టి దాన్ని అచ్చం అలాగే మళ్లీ ఆడలేం
restore-replay = సేవ్ చేసిన జవాబులు ఇక సరిపోవడం లేదు: { $reason }
resume-finished = ప్రయత్నం { $attempt } ఇప్పటికే ముగిసింది; కొత్తది మొదలుపెట్టండి
resume-scenario-changed = ఈ ప్రయత్నం మొదలైనప్పటి నుంచి `{ $scenario }` సన్నివేశాన్ని మార్చారు, కాబట్టి దాని జవాబులను మళ్లీ ఆడలేం; ప్రయత్నం మీ చరిత్రలో ఉంటుంది, సన్నివేశాన్ని కొత్తగా మొదలుపెట్టండి
resume-wrong-scenario = ఈ ప్రయత్నం `{ $recorded }` కోసం, `{ $given }` కోసం కాదు
resume-replay = నమోదైన జవాబులు ఇక సరిపోవడం లేదు: { $reason }
