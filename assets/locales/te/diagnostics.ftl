# సన్నివేశ, అనువాద, సూత్రాల ఫైళ్ల గురించి తనిఖీదారు సందేశాలు.
# కోడ్‌లు (`unknown-target`), idలు, ఫీల్డ్ మరియు ఫైల్ పేర్లు రాసినట్లే ఉంటాయి.

diag-unreadable-file = ఈ ఫైల్‌ను చదవలేకపోయాం: { $error }
diag-unreadable-file-hint = పాత్‌ను, ఫైల్ చదవడానికి మీకు అనుమతి ఉందో లేదో తనిఖీ చేయండి
diag-too-large = ఈ ఫైల్ { $bytes } బైట్లు; సన్నివేశ ఫైళ్ల పరిమితి { $limit } బైట్లు (1 MiB)
diag-too-large-hint = సన్నివేశాన్ని చిన్నవిగా విభజించండి, లేదా ఇదే మీరు అనుకున్న ఫైలో తనిఖీ చేయండి
diag-not-utf8 = ఈ ఫైల్ UTF-8 టెక్స్ట్ కాదు (స్థానం { $offset } వద్ద తప్పు బైట్)
diag-not-utf8-hint = మీ ఎడిటర్‌లో ఫైల్‌ను UTF-8గా సేవ్ చేయండి
diag-unwritable = సన్నివేశాన్ని RONగా రాయలేము: { $error }
diag-unwritable-hint = సన్నివేశంలోని సంఖ్యలను తనిఖీ చేయండి: RON ప్రతి విలువనూ ఉంచలేదు
diag-principles-shape = సూత్రాల ఫైల్‌లో సూత్రాల జాబితా ఉంటుంది
diag-principles-shape-hint = ఇలా రాయండి: `[ (id: "fix-fast", name: "...", summary: "..."), ... ]`
diag-unreadable-folder = ఈ ఫోల్డర్‌ను చదవలేకపోయాం: { $error }
diag-unreadable-folder-hint = పాత్‌ను, దాని అనుమతులను తనిఖీ చేయండి
diag-not-found = అలాంటి ఫైల్ లేదా ఫోల్డర్ లేదు
diag-not-found-hint = ఒక సన్నివేశ ఫైల్ (`scenarios/coffee-dry-cappuccino.ron`) లేదా సన్నివేశాల ఫోల్డర్ (`scenarios/`) ఇవ్వండి
diag-duplicate-scenario-id = సన్నివేశ id `{ $id }`ను ఇప్పటికే { $file } వాడుతోంది
diag-duplicate-scenario-id-hint = ప్రతి సన్నివేశానికి దాని సొంత id ఇవ్వండి; ఆటగాళ్లు, స్క్రిప్ట్‌లు సన్నివేశాలను id ద్వారా ఎంచుకుంటారు
diag-scenario-shape = సన్నివేశ ఫైల్‌లో పేరున్న ఫీల్డ్‌లతో ఒకే `Scenario( ... )` ఉంటుంది
diag-scenario-shape-hint = ఫైల్‌ను `Scenario(`తో మొదలుపెట్టి, ఫీల్డ్‌లను `id: "my-scenario",` లాగా రాయండి
diag-did-you-mean = మీ ఉద్దేశం `{ $near }`నా?
diag-scenario-fields = సన్నివేశపు ఫీల్డ్‌లు: { $fields }
diag-unknown-scenario-field = సన్నివేశానికి `{ $field }` అనే ఫీల్డ్ లేదు
diag-missing-field = సన్నివేశంలో `{ $field }` లేదు
diag-missing-field-hint = `{ $field }: ...` జోడించండి (అందులో ఏముంటుందో scenarios/README.mdలో చూడండి)
diag-expected-list = ఇక్కడ `[ ... ]`లో ఒక జాబితా ({ $what }) ఉండాలి
diag-expected-list-hint = అంశాలను చతురస్ర బ్రాకెట్లలో, కామాలతో వేరు చేసి రాయండి
diag-missing-struct-field-in = `{ $field }` ఫీల్డ్ లేదు ({ $what })
diag-missing-struct-field = `{ $field }` ఫీల్డ్ లేదు ({ $what })
diag-missing-struct-field-hint = `{ $field }: ...` జోడించండి; scenarios/README.md అన్ని ఫీల్డ్‌లనూ చూపిస్తుంది
diag-fields-here = ఇక్కడి ఫీల్డ్‌లు: { $fields }
diag-no-such-field-in = `{ $field }` అనే ఫీల్డ్ లేదు ({ $what })
diag-no-such-field = `{ $field }` అనే ఫీల్డ్ లేదు ({ $what })
diag-did-you-mean-choices = మీ ఉద్దేశం `{ $near }`నా? ఎంపికలు: { $choices }
diag-choices = ఎంపికలు: { $choices }
diag-no-such-choice = `{ $found }` ఇక్కడి ఎంపికల్లో ఒకటి కాదు
diag-duplicate-field = `{ $field }` ఫీల్డ్ రెండుసార్లు రాశారు
diag-duplicate-field-hint = వాటిలో ఒకటి ఉంచండి
diag-unexpected-text = { $what }: ఇక్కడ ఊహించని టెక్స్ట్ ఉంది
diag-unexpected-text-hint = పూర్తి వస్తువులను లెక్కించే ఫీల్డ్ (ఆట నిమిషాలు, horizon_years, talks_to, సూత్రాల బరువులు) 5.5 కాదు, 5 లాంటి పూర్ణసంఖ్య తీసుకుంటుంది; లేకపోతే తప్పిపోయిన కామా కోసం చూడండి
diag-integer-out-of-bounds = { $what }: ఈ సంఖ్య దాని ఫీల్డ్ పరిధికి బయట ఉంది
diag-integer-out-of-bounds-hint = talks_to, ఆట నిమిషాలు, బరువుల లాంటి లెక్కలు రుణాత్మకంగా లేదా చాలా పెద్దగా ఉండకూడదు; పరిధులు scenarios/README.mdలో చూడండి
diag-expected-string = { $what }: డబుల్ కోట్స్‌లో టెక్స్ట్ ఉండాలి
diag-expected-string-hint = టెక్స్ట్‌ను, idలను డబుల్ కోట్స్‌లో రాయండి, ఉదా. "fix-fast"
diag-expected-number = { $what }: ఒక సంఖ్య ఉండాలి
diag-expected-number-hint = సంఖ్యను కోట్స్ లేకుండా రాయండి, ఉదా. 12 లేదా 2.5
diag-ron-other = { $what }: { $error }
diag-ron-other-hint = పూర్తి ఉదాహరణ అయిన scenarios/coffee-dry-cappuccino.ronతో పోల్చండి

## What a message is about (a `what` the core names in English).

diag-what-principle = సూత్రం
diag-what-the-scenario-id = సన్నివేశ id
diag-what-the-title = శీర్షిక
diag-what-the-source-story = మూల కథ
diag-what-the-setting = నేపథ్యం
diag-what-the-difficulty = కష్టత
diag-what-the-minutes = నిమిషాలు
diag-what-the-lesson = పాఠం
diag-what-the-customer = కస్టమర్
diag-what-the-start-node-id = ప్రారంభ నోడ్ id
diag-what-the-debrief = డీబ్రీఫ్
diag-what-a-node = నోడ్
diag-what-an-ending = ముగింపు
diag-what-the-tags = ట్యాగ్‌లు
diag-what-the-walk-out-ending = వెళ్లిపోయే ముగింపు
diag-what-the-economics = ఆర్థికాంశాలు
diag-what-the-facilitator-s-notes = ఫెసిలిటేటర్ నోట్స్
diag-what-node = నోడ్
diag-what-reply = జవాబు
diag-what-ending = ముగింపు
diag-what-customer = కస్టమర్
diag-what-economics = ఆర్థికాంశాలు
diag-what-feedback = ఫీడ్‌బ్యాక్
diag-what-debrief = డీబ్రీఫ్
diag-what-facilitator = ఫెసిలిటేటర్ నోట్స్

## Scenario checks.

diag-read-by-players = దీన్ని ఆటగాళ్లు చదువుతారు
diag-read-by-facilitator = దీన్ని ఫెసిలిటేటర్ చదువుతారు
diag-empty-text = { $what }: టెక్స్ట్ ఖాళీగా ఉంది
diag-empty-text-hint = టెక్స్ట్ రాయండి ({ $what }); { $readers }
diag-out-of-range = { $what }: { $value } అనేది { $low }..={ $high } బయట ఉంది
diag-out-of-range-hint = { $low } నుంచి { $high } వరకు ఉన్న విలువ వాడండి
diag-low-end = కింది హద్దు ({ $what })
diag-high-end = పై హద్దు ({ $what })
diag-range-reversed = { $what }: పరిధి { $low } నుంచి తగ్గి { $high } వరకు వెళ్తోంది
diag-range-reversed-hint = పరిధిలో చిన్న విలువను ముందు రాయండి: ({ $high }, { $low })
diag-bad-id = { $what }: `{ $id }` వాడదగిన id కాదు
diag-bad-id-hint = idలలో అక్షరాలు, అంకెలు, `-`, `_` ఉంటాయి, ఉదా. `remake-the-drink`
diag-id-of = id ({ $what })
diag-play-minutes = { $minutes } నిమిషాల సన్నివేశం 1..=240 బయట ఉంది
diag-play-minutes-hint = శిక్షణార్థికి దీన్ని ఆడటానికి ఎన్ని నిమిషాలు పడతాయో 1 నుంచి 240 మధ్య అంచనా వేయండి
diag-no-questions = డీబ్రీఫ్‌లో చర్చా ప్రశ్నలు లేవు
diag-no-questions-hint = వర్క్‌షాప్‌లో చర్చించడానికి కనీసం ఒక ప్రశ్న జోడించండి
diag-horizon = { $years } సంవత్సరాల కాలపరిధి 1..=50 బయట ఉంది
diag-horizon-hint = కస్టమర్ భవిష్యత్తులో 1 నుంచి 50 సంవత్సరాలు లెక్కించండి
diag-duplicate-id = id `{ $id }` రెండుసార్లు వాడారు
diag-duplicate-id-hint = దీన్ని మొదట { $line }వ లైన్‌లో వాడారు; నోడ్‌లు, ముగింపులు ఒకే id సమితిని పంచుకుంటాయి, కాబట్టి ఒకదాని పేరు మార్చండి
diag-no-nodes = సన్నివేశంలో నోడ్‌లు లేవు
diag-no-nodes-hint = కనీసం ఒక నోడ్ జోడించండి: కస్టమర్ మొదటి మాట, ఆటగాడి జవాబులు
diag-no-endings = సన్నివేశంలో ముగింపులు లేవు
diag-no-endings-hint = ముగింపులు జోడించండి, ఉదా. కస్టమర్ ఉండిపోయేది ఒకటి, వెళ్లిపోయేది ఒకటి
diag-start-is-ending = సంభాషణ `{ $id }` వద్ద మొదలవుతుంది, అది ఒక ముగింపు
diag-start-is-ending-hint = కస్టమర్ ముందుగా మాట్లాడే నోడ్ వద్ద మొదలుపెట్టండి
diag-name-start = సంభాషణ మొదలయ్యే నోడ్ idని రాయండి
diag-unknown-start = ప్రారంభ నోడ్ `{ $id }` లేదు
diag-name-node = ఈ సన్నివేశంలోని ఒక నోడ్‌ను పేర్కొనండి
diag-condition-not-node = షరతు `{ $id }`ను పేర్కొంటుంది, అది నోడ్ కాదు
diag-no-replies = నోడ్ `{ $id }`కు జవాబులు లేవు, అది ముగింపు కూడా కాదు
diag-no-replies-hint = ఆటగాడికి ఇక్కడ చెప్పడానికి ఏదైనా ఇవ్వండి, లేదా సంభాషణ ఇక్కడే ముగిస్తే దీన్ని ఫలితంతో `endings`కు తరలించండి
diag-no-open-reply = నోడ్ `{ $id }` ప్రతి జవాబుకూ షరతు ఉంది
diag-no-open-reply-hint = కనీసం ఒక జవాబును `when:` లేకుండా ఉంచండి, అప్పుడు ఆటగాడికి చెప్పడానికి ఎప్పుడూ ఏదో ఉంటుంది
diag-missing-feedback = నోడ్ `{ $node }` జవాబు { $reply }కు ఫీడ్‌బ్యాక్ లేదు ({ $what })
diag-missing-feedback-hint = `feedback: (happened: "...", coaching: "...")` జోడించండి; దీని ({ $what }) నుంచే శిక్షణార్థి నేర్చుకుంటారు
diag-unknown-principle = `{ $id }` తెలిసిన సూత్రం కాదు
diag-unknown-principle-hint = { $origin }లోని సూత్రాన్ని వాడండి, లేదా దీన్ని అక్కడ జోడించండి
diag-bad-weight = `{ $id }` బరువు { $weight }
diag-bad-weight-hint = బరువులు -5 (దాన్ని తీవ్రంగా ఉల్లంఘిస్తుంది) నుంచి 5 (దాన్ని పూర్తిగా పాటిస్తుంది) వరకు ఉంటాయి, ఎప్పుడూ 0 కావు
diag-name-node-or-ending = ఈ సన్నివేశంలోని నోడ్ లేదా ముగింపును పేర్కొనండి
diag-unknown-next = నోడ్ `{ $node }` జవాబు { $reply } `{ $id }`కు దారితీస్తుంది, అది నోడ్ కాదు, ముగింపూ కాదు
diag-duplicate-principle = నోడ్ `{ $node }` జవాబు { $reply } సూత్రం `{ $id }`ను రెండుసార్లు తూస్తుంది
diag-duplicate-principle-hint = ప్రతి సూత్రానికి ఒకే బరువు ఉంచండి; చివరిది మాత్రమే లెక్కకు వస్తుంది
diag-name-ending = ఈ సన్నివేశపు ముగింపుల్లో ఒకదాన్ని పేర్కొనండి
diag-unknown-walk-out = వెళ్లిపోయే ముగింపు `{ $id }` ముగింపు కాదు
diag-bad-walk-out = వెళ్లిపోయే ముగింపు `{ $id }` కస్టమర్‌ను నిలుపుకుంటుంది
diag-bad-walk-out-hint = వెళ్లిపోయిన కస్టమర్ కోల్పోయినట్లే: `Lost` లేదా `LostAndTelling` ఫలితం ఉన్న ముగింపును పేర్కొనండి
diag-no-walk-out = కస్టమర్ వెళ్లిపోతే ఏమవుతుందో ఏ ముగింపూ చెప్పడం లేదు
diag-no-walk-out-hint = `Lost` లేదా `LostAndTelling` ఫలితంతో ముగింపు జోడించండి, లేదా `walk_out: "..."`తో ఒకదాన్ని పేర్కొనండి
diag-unreachable-node = ప్రారంభం నుంచి ఏ దారీ నోడ్ `{ $id }`ను చేరదు
diag-unreachable-node-hint = ఏదైనా జవాబు `next`ను ఇక్కడికి చూపండి, లేదా నోడ్‌ను తీసేయండి
diag-dead-end = నోడ్ `{ $id }` నుంచి ఏ ముగింపునూ చేరలేము
diag-dead-end-hint = ఇక్కడి, లేదా ఇది దారితీసే నోడ్‌ల, ఏదైనా జవాబుకు ముగింపు అయిన `next` ఇవ్వండి
diag-unreachable-ending = ప్రారంభం నుంచి ఏ దారీ ముగింపు `{ $id }`ను చేరదు
diag-unreachable-ending-hint = ఏదైనా జవాబు `next`ను ఇక్కడికి చూపండి, లేదా ముగింపును తీసేయండి
diag-loop-too-many-replies = `{ $id }` గుండా వెళ్లే లూప్‌లో ({ $nodes } నోడ్‌లు) { $scored } స్కోరు ఉన్న జవాబులు ఉన్నాయి; ఖచ్చితంగా విశ్లేషించగలిగేది గరిష్ఠంగా { $max }
diag-loop-too-large = `{ $id }` గుండా వెళ్లే లూప్ ({ $nodes } నోడ్‌లు, { $scored } స్కోరు ఉన్న జవాబులు, చాలా చోట్ల నుంచి ప్రవేశం) ఖచ్చితమైన విశ్లేషణకు చాలా పెద్దది
diag-loop-hint = లూప్‌ను విడగొట్టండి: కొన్ని జవాబులు సంభాషణను వెనక్కి కాకుండా ముందుకు నడిపేలా చేయండి
diag-no-start = విశ్లేషణ మొదలుపెట్టడానికి సంభాషణకు ప్రారంభ నోడ్ లేదు
diag-cannot-finish-hint = ఇక్కడి ఏదైనా జవాబుకు ముగింపు అయిన `next` ఇవ్వండి
diag-duplicate-principle-definition = సూత్రం `{ $id }`ను రెండుసార్లు నిర్వచించారు
diag-duplicate-principle-definition-hint = దీన్ని మొదట అంశం { $item }గా నిర్వచించారు; ఒకటి ఉంచండి

## Facilitator notes.

diag-no-facilitator-notes = సన్నివేశం `{ $id }`కు ఫెసిలిటేటర్ నోట్స్ లేవు
diag-no-facilitator-notes-hint = డీబ్రీఫ్ తర్వాత { $example } జోడించండి; scenarios/README.mdలో పూర్తి ఉదాహరణ ఉంది
diag-empty-tempting = జవాబు { $reply } ఎందుకు ఆకర్షిస్తుందో చెప్పే నోట్ ఖాళీగా ఉంది
diag-empty-tempting-hint = గదిలోని వారు దీన్ని ఎందుకు ఎంచుకోవచ్చో, అది ఎందుకు విఫలమవుతుందో రాయండి; దీన్ని ఫెసిలిటేటర్ చదువుతారు
diag-notes-for-ending = నోట్స్ `{ $id }` కోసం ఉన్నాయి, అది నిర్ణయం కాదు, ముగింపు
diag-notes-for-ending-hint = గది జవాబు ఎంచుకునే నోడ్‌లకు నోట్స్ రాయండి; ముగింపు కథ సారాంశంలో ఉండాలి
diag-notes-unknown-node = నోట్స్ నోడ్ `{ $id }` కోసం ఉన్నాయి, అది లేదు
diag-unknown-reply = నోడ్ `{ $id }`కు జవాబు { $reply } లేదు
diag-unknown-reply-hint = నోడ్ `{ $id }` 1 నుంచి { $count } వరకు జవాబులు ఇస్తుంది: సంఖ్యలు దాని `replies` జాబితాలో స్థానాలు, 1 నుంచి లెక్కించి
diag-model-answer-not-best = `{ $id }` వద్ద నమూనా జవాబు { $model }, కానీ విశ్లేషణ ప్రకారం ఉత్తమ జవాబు { $best }
diag-model-answer-not-best-hint = ఇక్కడి నుంచి జవాబు { $model } గరిష్ఠంగా { $model-points } పాయింట్లకు, జవాబు { $best } { $best-points }కు దారితీస్తాయి; జవాబు { $best }ను పేర్కొనండి, లేదా జవాబు { $model } ఉత్తమం కావాలంటే సూత్రాల బరువులు మార్చండి (`last-word analyze` దారులను చూపిస్తుంది)
diag-missing-decision-notes = ఫెసిలిటేటర్ నోట్స్ ఉత్తమ దారిలోని నిర్ణయం `{ $id }`ను వదిలేస్తున్నాయి
diag-missing-decision-notes-hint = `facilitator.decisions`కు `"{ $id }": (model_answer: { $reply }, why: "...", minutes: 3)` జోడించండి
diag-duplicate-notes = ఫెసిలిటేటర్ నోట్స్‌లో `{ $id }` ({ $what }) రెండుసార్లు ఉంది
diag-duplicate-notes-hint = రెండు నోట్స్‌ను ఒకటిగా కలపండి; చివరిది మాత్రమే లెక్కకు వస్తుంది
diag-minutes-out-of-range = { $what }: { $value } అనేది { $low }..={ $high } బయట ఉంది
diag-minutes-out-of-range-hint = { $low } నుంచి { $high } వరకు పూర్తి నిమిషాలు సూచించండి

## Translation files.

diag-translation-did-you-mean = మీ ఉద్దేశం `{ $near }`నా? ఫైల్‌కు `{ $near }.{ $lang }.ron` అని పేరు పెట్టండి
diag-translation-name-file = ఫైల్‌కు `<సన్నివేశ id>.<భాష>.ron` అని పేరు పెట్టి, సన్నివేశం పక్కన ఉంచండి
diag-translation-no-scenario = ఇది `{ $id }` అనువాదం, కానీ ఇక్కడ ఆ id ఉన్న సన్నివేశం లేదు
diag-unknown-language = `{ $lang }` Last Wordకు తెలిసిన భాషా ట్యాగ్ కాదు
diag-unknown-language-hint = ఫైల్‌కు BCP 47 ట్యాగ్‌తో `<సన్నివేశ id>.<భాష>.ron` అని పేరు పెట్టండి: `it`, `lv`, `mn`, `hi`, `te`, `pt-BR`
diag-translation-holds-scenario = ఈ ఫైల్ పేరు అనువాదంలా ఉంది (`<id>.<భాష>.ron`), కానీ అందులో సన్నివేశం ఉంది
diag-translation-holds-scenario-hint = సన్నివేశ ఫైల్ పేరులో `.ron`కు ముందు చుక్క ఉండదు: పేరు మార్చండి, ఉదా. `my-scenario.ron`
diag-not-a-translation = ఇది అనువాదం కాదు
diag-not-a-translation-hint = అనువాద ఫైల్‌లో { $example } ఉంటుంది; `last-word translate <ID> --lang <LANG>` ఒకటి రాస్తుంది
diag-translation-key = కీ అంటే డబుల్ కోట్స్‌లో ఉన్న టెక్స్ట్ id
diag-translation-key-hint = కీలను `"node.checkout.line"` లాగా రాయండి; `last-word translate` ప్రతి కీనీ రాస్తుంది
diag-duplicate-entry = `{ $key }` రెండుసార్లు అనువదించారు (మొదటిది { $line }వ లైన్‌లో)
diag-duplicate-entry-hint = రెండు ఎంట్రీల్లో ఒకటి ఉంచండి
diag-translation-entry = `{ $key }` ఎంట్రీ `(text: "...", from: "...")` రూపంలో లేదు
diag-translation-entry-hint = అనువాదాన్ని `text`లో రాసి, `last-word translate` రాసిన `from` వేలిముద్రను ఉంచండి
diag-translation-missing = `{ $key }` అనువాదం కాలేదు; ఇది మూల భాషలో కనిపిస్తుంది
diag-translation-missing-hint = `"{ $key }": (text: "...", from: "{ $from }")` జోడించండి, లేదా తప్పిపోయిన అన్ని ఎంట్రీలను జోడించడానికి `last-word translate { $id } --lang { $lang }` నడపండి
diag-translation-extra = `{ $key }` అనేది `{ $id }` టెక్స్ట్ కాదు
diag-translation-extra-hint = `{ $id }`లో అలాంటి టెక్స్ట్ లేదు; ఎంట్రీని తీసేయండి
diag-translation-empty = `{ $key }` ఇంకా అనువాదం కాలేదు; ఇది మూల భాషలో కనిపిస్తుంది
diag-translation-empty-hint = అనువాదాన్ని `text`లో రాయండి
diag-translation-stale = అనువదించిన తర్వాత `{ $key }` మూలం మారింది; అనువాదం నవీకరించే వరకు ఇది మూల భాషలో కనిపిస్తుంది
diag-translation-stale-hint = మూలం ఇప్పుడు ఇలా ఉంది: "{ $original }"; `text`ను నవీకరించి, `from: "{ $from }"` పెట్టండి (లేదా `last-word translate`ను మళ్లీ నడపండి, అది దీన్ని గుర్తిస్తుంది)

## More of what a message is about.

diag-what-a-tag = ట్యాగ్
diag-what-the-debrief-s-lesson = డీబ్రీఫ్ పాఠం
diag-what-the-debrief-s-money-explanation = డీబ్రీఫ్‌లో డబ్బు వివరణ
diag-what-a-discussion-question = చర్చా ప్రశ్న
diag-what-the-margin = మార్జిన్
diag-what-the-discount-rate = డిస్కౌంట్ రేటు
diag-what-the-customer-s-name = కస్టమర్ పేరు
diag-what-the-customer-s-description = కస్టమర్ వివరణ
diag-what-the-starting-mood = ప్రారంభ మూడ్
diag-what-the-patience-mood-lost-per-minute-of-waiting = ఓపిక (వేచి ఉండే ప్రతి నిమిషానికి తగ్గే మూడ్)
diag-what-the-spend-per-visit = ఒక్కో సందర్శనకు ఖర్చు
diag-what-the-visits-per-year = సంవత్సరానికి సందర్శనలు
diag-what-the-people-they-talk-to = వారు చెప్పే వ్యక్తులు
diag-what-the-mood-in-this-condition = ఈ షరతులోని మూడ్
diag-what-the-customer-s-line = కస్టమర్ మాట
diag-what-the-minutes-that-pass = గడిచే నిమిషాలు
diag-what-a-mood-line = మూడ్ మాట
diag-what-the-reply-s-text = జవాబు టెక్స్ట్
diag-what-the-mood-change = మూడ్ మార్పు
diag-what-the-spread = వ్యాప్తి
diag-what-what-happened = ఏం జరిగింది
diag-what-the-coaching = కోచింగ్
diag-what-the-ending-s-text = ముగింపు టెక్స్ట్
diag-what-the-principle-id = సూత్రం id
diag-what-the-principle-s-name = సూత్రం పేరు
diag-what-the-principle-s-summary = సూత్రం సారాంశం
diag-what-the-facilitator-s-summary = ఫెసిలిటేటర్ సారాంశం
diag-what-the-debrief-s-minutes = డీబ్రీఫ్ నిమిషాలు
diag-what-decision = నిర్ణయం
diag-what-tempting-reply = ఆకర్షించే జవాబు
diag-what-the-reason-for-the-model-answer = నమూనా జవాబుకు కారణం
diag-what-the-question-for-the-room = గదికి ప్రశ్న
diag-what-the-decision-s-minutes = నిర్ణయం నిమిషాలు
