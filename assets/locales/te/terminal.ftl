# టెర్మినల్ (last-word play), శిక్షకుల టూల్స్ సారాంశాలు (src/cli/).
# ఆధారం: ../en/terminal.ftl

language-unknown = గమనిక: Last Word ఇంకా `{ $asked }` మాట్లాడదు, కాబట్టి ఇంగ్లీష్‌లోనే ఉంటుంది (ఇది { $known } మాట్లాడుతుంది).

## సంభాషణలో ఒక క్షణం

mood-clock = మూడ్ { $bar }   గడియారం { $clock }
at-stake = పణంగా ఉన్నది: సంవత్సరానికి { $yearly }; నమ్మకంగా ఉంటే { $years } సంవత్సరాల్లో { $loyal }, ఈ మూడ్‌లో { $now } అంచనా
based-on = ఆధారం: { $source }
seed-note = సీడ్ { $seed } (అదే కస్టమర్‌ను మళ్లీ ఆడండి: --seed { $seed }).
you-said-line = మీరు: “{ $reply }”
mood-moved = మూడ్ { $before } { $band-before } -> { $after } { $band-after } ({ $moved }), { $minutes } గడిచింది
what-happened = ఏమైంది: { $happened }
coaching = కోచింగ్: { $text }
principles = సూత్రాలు: { $list }
principles-repeat = సూత్రాలు: { $list } (ఇంతకు ముందే ఎంచుకున్నారు: ఈసారి పాయింట్లు లేవు)
walks-out = కస్టమర్ ఓపిక నశించి వెళ్లిపోతారు.
timed-intro = సమయ పరిమితి ఆట: జవాబు ఇవ్వడానికి మీకు ఎంత సమయం ఉందో ప్రాంప్ట్ చూపిస్తుంది. అది ముగిసిన ప్రతిసారీ కస్టమర్ { $more } వేచి ఉంటారు (ఓపిక నిమిషానికి { $patience } మూడ్ పాయింట్లు).
kept-waiting = మీరు { $seconds } సెకన్లు తీసుకున్నారు: కస్టమర్ { $more } వేచి ఉన్నారు. మూడ్ { $before } { $band-before } -> { $after } { $band-after }.
tired-of-waiting = జవాబు కోసం వేచి అలసిపోయి కస్టమర్ వెళ్లిపోతారు.
more-minutes = మరో { $minutes } { $count ->
        [one] నిమిషం
       *[other] నిమిషాలు
    }
left-before-a-word = మీరు ఒక్క మాట అనే లోపే కస్టమర్ ఓపిక నశించి వెళ్లిపోయారు.
not-translated = (ఇంకా అనువదించలేదు, రాసినట్లే చూపిస్తున్నాం: { $parts }.)
not-translated-narration = కథనం
not-translated-line = { $customer } మాట
not-translated-replies = జవాబు { $numbers }

## ప్రాంప్ట్, తప్పు జవాబులు

prompt = మీ జవాబు ({ $numbers }; సేవ్ చేసి బయటకు వెళ్లడానికి q):{" "}
prompt-timed = మీ జవాబు ({ $numbers }; కస్టమర్ అసహనానికి ముందు { $seconds } సెకన్లు; సేవ్ చేసి బయటకు వెళ్లడానికి q):{" "}
type-one-of = { $error }. వీటిలో ఒకటి టైప్ చేయండి: { $numbers }.
no-such-reply = ఇక్కడ జవాబు { $n } లేదు. వీటిలో ఒకటి టైప్ చేయండి: { $numbers }.
type-a-number = మీ జవాబు సంఖ్య టైప్ చేయండి: { $numbers }.
not-a-number = “{ $answer }” జవాబు సంఖ్య కాదు. వీటిలో ఒకటి టైప్ చేయండి: { $numbers }, లేదా సేవ్ చేసి బయటకు వెళ్లడానికి q.

## డీబ్రీఫ్

debrief-title = == డీబ్రీఫ్: { $title } ==
ending = ముగింపు: { $outcome }. { $text }
score = స్కోరు: { $score }/100, గ్రేడ్ { $grade } (సూత్రాల పాయింట్లు { $raw }; సాధ్యమైన ఉత్తమం { $best }, అధమం { $worst })
principles-heading = సూత్రాలు
column-you = మీరు
column-best = ఉత్తమం
mood-across = సంభాషణ అంతటా మూడ్:
lesson = పాఠం
for-discussion = చర్చ కోసం
money-explained = డబ్బు, వివరంగా
your-replies = మీ జవాబులు
no-replies = ఏమీ లేవు: మీరు మాట్లాడే ముందే కస్టమర్ వెళ్లిపోయారు.
best-path = ఉత్తమ మార్గం
best-path-none = ఏమీ లేవు.
replay-yours = మీ మార్గాన్ని మళ్లీ ఆడండి: last-word play { $scenario } --seed { $seed } --choices { $choices }
replay-best = ఉత్తమ మార్గాన్ని ఆడండి: last-word play { $scenario } --choices { $choices }
you-said = మీరు అన్నది
best-reply = ఉత్తమ జవాబు

## last-word play

continued-after = == { $title } == (జవాబు { $reply } తర్వాత కొనసాగింపు)
continue-hint = లేదా { $learner } సంభాషణను కొనసాగించండి: last-word play --continue
recorded-for = { $learner } కోసం నమోదు చేశాం; పురోగతి చూడండి: last-word progress
saved-resume = సేవ్ అయింది. మళ్లీ మొదలుపెట్టండి: last-word play --resume { $path }{ $hint }
input-ended = లోపం: సంభాషణ కంటే ముందే ఇన్‌పుట్ ముగిసింది; సెషన్ సేవ్ అయింది, మళ్లీ మొదలుపెట్టండి: last-word play --resume { $path }{ $hint }
choices-ran-out = లోపం: ముగింపుకు ముందే `{ $node }` వద్ద ఎంపికలు అయిపోయాయి; --choicesకు { $numbers } జవాబుల్లో ఒకటి జోడించండి
note = గమనిక: { $note }.

## last-word validate, list

validate-summary = తనిఖీ చేసిన సన్నివేశ ఫైళ్లు: { $files }{ $translations ->
        [0] {""}
       *[other] {""}, అనువాదాలు: { $translations }
    }; చెల్లుబాటు: { $valid }, లోపాలు: { $errors }, హెచ్చరికలు: { $warnings }
coverage-heading = అనువాదాలు:
coverage-missing = { $count } లేవు
coverage-stale = { $count } పాతవి
coverage-extra = { $count } అదనం
list-broken = { $dir }లో { $count } సన్నివేశ ఫైళ్లు లోడ్ కాలేదు; కారణం చూడటానికి `last-word validate { $dir }` నడపండి
list-none = { $dir }లో సన్నివేశాలు ఏవీ లేవు

## last-word analyze

analyze-counts = నోడ్‌లు: { $nodes } (చేరగలిగేవి: { $reachable }), జవాబులు: { $replies }, ముగింపులు: { $endings }
analyze-paths = మార్గాలు: { $exact ->
        [yes] { $count }
       *[no] కనీసం { $count }
    } వేర్వేరు ఆటలు{ $loops ->
        [yes] {" "}ఏ నోడ్‌నూ రెండుసార్లు చేరనివి (సన్నివేశంలో లూప్‌లు ఉన్నాయి)
       *[no] {""}
    }
analyze-endings = ముగింపులు:
ending-reachable = చేరగలం
ending-unreachable = చేరలేం
analyze-best = ఉత్తమ స్కోరు: { $score } (జవాబులు { $replies }, ముగింపు `{ $ending }`)
analyze-worst = అధమ స్కోరు: { $score } (జవాబులు { $replies }, ముగింపు `{ $ending }`)
analyze-step = జవాబు { $reply } ({ $points }): { $text }
analyze-footer = జవాబు మొదటిసారి ఎంచుకున్నప్పుడే పాయింట్లు ఇస్తుంది; ఒక మార్గాన్ని ఆడండి: `last-word play { $id } --choices <జవాబులు>`.
analyze-reply-numbers = జవాబుల సంఖ్యలు ఫైల్‌లో వాటి స్థానాలు, ఆట వాటిని ఏ క్రమంలో చూపించినా.
mc-heading = అనుకరించిన కస్టమర్లు (ప్రతి విధానానికి { $runs }, సీడ్ { $seed }):
mc-random = యాదృచ్ఛిక జవాబులు
mc-best = ఉత్తమ మార్గం
mc-score = స్కోరు: సగటు { $mean }, మధ్యగతం { $median }, 10%–90% { $p10 }–{ $p90 }, పరిధి { $min }–{ $max }
mc-outcomes = ముగింపులు: { $list }
mc-walked-out = వెళ్లిపోయారు: { $share }
mc-lost = ఒక్కో కస్టమర్‌కు నష్టం, వచ్చినప్పటి విలువతో పోలిస్తే: సగటు { $mean }, మధ్యగతం { $median }, 10%–90% { $p10 }–{ $p90 }
mc-kept = ఒక్కో కస్టమర్‌కు నిలిచిన విలువ: సగటు { $mean }

## last-word progress

progress-nobody = ఇంకా ఎవరూ ఆడలేదు. మొదలుపెట్టండి: last-word play <సన్నివేశం>
progress-of = { $learner } పురోగతి
progress-no-attempts = ఇంకా ప్రయత్నాలు లేవు. మొదలుపెట్టండి: last-word play <సన్నివేశం>
progress-scenarios = ఆడిన సన్నివేశాలు ({ $played }లో { $mastered }లో పట్టు)
progress-best = ఉత్తమం { $score } ({ $grade })
progress-not-finished = ఇంకా పూర్తి కాలేదు
progress-mastered = పట్టు సాధించారు (పాస్ మార్కు { $mark })
progress-not-mastered = పట్టు సాధించలేదు (పాస్ మార్కు { $mark })
progress-attempts = ప్రయత్నాలు: { $attempts } (పూర్తయినవి: { $finished })
progress-principles = సూత్రాలు (ఉత్తమ మార్గాల పాయింట్లలో సంపాదించినవి, పూర్తయిన ప్రయత్నాలు; ధోరణి ప్రయత్నాల మొదటి సగాన్ని తర్వాతి సగంతో పోలుస్తుంది)
progress-earned-of = { $best }లో { $earned }
progress-trend = { $trend } ({ $earlier }, తర్వాత { $later })
progress-history = కాలక్రమంలో ప్రయత్నాలు ({ $count } పూర్తయినవి, పాతవి ముందు)
progress-unfinished = అసంపూర్తి: { $scenario }, { $replies } జవాబుల తర్వాత; కొనసాగించండి: last-word play --continue
progress-next = తర్వాత: { $title }; ఆడండి: last-word play { $scenario }
