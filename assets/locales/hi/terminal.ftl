# टर्मिनल (last-word play) और प्रशिक्षकों के टूल के सारांश (src/cli/)।
# संदर्भ: ../en/terminal.ftl

language-unknown = नोट: Last Word अभी `{ $asked }` नहीं बोलता, इसलिए अंग्रेज़ी में रहेगा (यह { $known } बोलता है)।

## बातचीत का एक पल

mood-clock = मूड { $bar }   घड़ी { $clock }
at-stake = दाँव पर: { $yearly } प्रति साल; वफ़ादार रहे तो { $years } साल में { $loyal }, इस मूड में { $now } की उम्मीद
based-on = आधार: { $source }
seed-note = सीड { $seed } (उसी ग्राहक को फिर से खेलें: --seed { $seed })।
you-said-line = आप: “{ $reply }”
mood-moved = मूड { $before } { $band-before } -> { $after } { $band-after } ({ $moved }), { $minutes } बीते
what-happened = क्या हुआ: { $happened }
coaching = कोचिंग: { $text }
principles = सिद्धांत: { $list }
principles-repeat = सिद्धांत: { $list } (पहले चुना जा चुका: इस बार कोई अंक नहीं)
walks-out = ग्राहक का सब्र टूट गया और वह चला जाता है।
timed-intro = समयबद्ध खेल: प्रॉम्प्ट दिखाता है कि जवाब देने के लिए आपके पास कितना समय है। हर बार समय ख़त्म होने पर ग्राहक { $more } इंतज़ार करता है (सब्र { $patience } मूड अंक प्रति मिनट)।
kept-waiting = आपने { $seconds } सेकंड लिए: ग्राहक ने { $more } इंतज़ार किया। मूड { $before } { $band-before } -> { $after } { $band-after }।
tired-of-waiting = जवाब का इंतज़ार करते-करते थककर ग्राहक चला जाता है।
more-minutes = { $minutes } मिनट और
left-before-a-word = आपके कुछ कहने से पहले ही ग्राहक का सब्र टूट गया और वह चला गया।
not-translated = (अभी अनुवाद नहीं हुआ, जैसा लिखा है वैसा दिखाया गया: { $parts }।)
not-translated-narration = वर्णन
not-translated-line = { $customer } की बात
not-translated-replies = जवाब { $numbers }

## प्रॉम्प्ट और ग़लत जवाब

prompt = आपका जवाब ({ $numbers }; सहेजकर बाहर निकलने के लिए q):{" "}
prompt-timed = आपका जवाब ({ $numbers }; ग्राहक के बेसब्र होने में { $seconds } सेकंड; सहेजकर बाहर निकलने के लिए q):{" "}
type-one-of = { $error }। इनमें से एक लिखें: { $numbers }।
no-such-reply = यहाँ जवाब { $n } नहीं है। इनमें से एक लिखें: { $numbers }।
type-a-number = अपने जवाब का नंबर लिखें: { $numbers }।
not-a-number = “{ $answer }” जवाब का नंबर नहीं है। इनमें से एक लिखें: { $numbers }, या सहेजकर बाहर निकलने के लिए q।

## डीब्रीफ़

debrief-title = == डीब्रीफ़: { $title } ==
ending = अंत: { $outcome }। { $text }
score = स्कोर: { $score }/100, ग्रेड { $grade } (सिद्धांत अंक { $raw }; सबसे अच्छा संभव { $best }, सबसे बुरा { $worst })
principles-heading = सिद्धांत
column-you = आप
column-best = सबसे अच्छा
mood-across = पूरी बातचीत में मूड:
lesson = सीख
for-discussion = चर्चा के लिए
money-explained = पैसे का हिसाब, समझाया गया
your-replies = आपके जवाब
no-replies = कोई नहीं: आपके बोलने से पहले ग्राहक चला गया।
best-path = सबसे अच्छा रास्ता
best-path-none = कोई नहीं।
replay-yours = अपना रास्ता फिर खेलें: last-word play { $scenario } --seed { $seed } --choices { $choices }
replay-best = सबसे अच्छा रास्ता खेलें: last-word play { $scenario } --choices { $choices }
you-said = आपने कहा
best-reply = सबसे अच्छा जवाब

## last-word play

continued-after = == { $title } == (जवाब { $reply } के बाद जारी)
continue-hint = या { $learner } की बातचीत जारी रखें: last-word play --continue
recorded-for = { $learner } के लिए दर्ज किया गया; प्रगति देखें: last-word progress
saved-resume = सहेजा गया। फिर शुरू करें: last-word play --resume { $path }{ $hint }
input-ended = त्रुटि: बातचीत से पहले इनपुट ख़त्म हो गया; सेशन सहेजा गया है, फिर शुरू करें: last-word play --resume { $path }{ $hint }
choices-ran-out = त्रुटि: अंत से पहले `{ $node }` पर विकल्प ख़त्म हो गए; --choices में जवाब { $numbers } में से एक जोड़ें
note = नोट: { $note }।

## last-word validate और list

validate-summary = जाँची गई परिदृश्य फ़ाइलें: { $files }{ $translations ->
        [0] {""}
       *[other] {""}, अनुवाद: { $translations }
    }; मान्य: { $valid }, त्रुटियाँ: { $errors }, चेतावनियाँ: { $warnings }
coverage-heading = अनुवाद:
coverage-missing = { $count } ग़ायब
coverage-stale = { $count } पुराने
coverage-extra = { $count } अतिरिक्त
list-broken = { $dir } में { $count } परिदृश्य फ़ाइलें लोड नहीं हो सकीं; कारण देखने के लिए `last-word validate { $dir }` चलाएँ
list-none = { $dir } में कोई परिदृश्य नहीं मिला

## last-word analyze

analyze-counts = नोड: { $nodes } (पहुँच योग्य: { $reachable }), जवाब: { $replies }, अंत: { $endings }
analyze-paths = रास्ते: { $exact ->
        [yes] { $count }
       *[no] कम से कम { $count }
    } अलग-अलग खेल{ $loops ->
        [yes] {" "}जो किसी नोड पर दो बार नहीं जाते (परिदृश्य में लूप हैं)
       *[no] {""}
    }
analyze-endings = अंत:
ending-reachable = पहुँच योग्य
ending-unreachable = पहुँच से बाहर
analyze-best = सबसे अच्छा स्कोर: { $score } (जवाब { $replies }, अंत `{ $ending }`)
analyze-worst = सबसे बुरा स्कोर: { $score } (जवाब { $replies }, अंत `{ $ending }`)
analyze-step = जवाब { $reply } ({ $points }): { $text }
analyze-footer = कोई जवाब पहली बार चुने जाने पर ही अंक देता है; कोई रास्ता खेलें: `last-word play { $id } --choices <जवाब>`।
analyze-reply-numbers = जवाबों के नंबर फ़ाइल में उनकी जगह हैं, खेल उन्हें किसी भी क्रम में दिखाए।
mc-heading = सिम्युलेटेड ग्राहक (हर नीति के { $runs }, सीड { $seed }):
mc-random = यादृच्छिक जवाब
mc-best = सबसे अच्छा रास्ता
mc-score = स्कोर: औसत { $mean }, माध्यिका { $median }, 10%–90% { $p10 }–{ $p90 }, सीमा { $min }–{ $max }
mc-outcomes = अंत: { $list }
mc-walked-out = चले गए: { $share }
mc-lost = प्रति ग्राहक नुक़सान, आते समय की क़ीमत के मुक़ाबले: औसत { $mean }, माध्यिका { $median }, 10%–90% { $p10 }–{ $p90 }
mc-kept = प्रति ग्राहक बची क़ीमत: औसत { $mean }

## last-word progress

progress-nobody = अभी तक किसी ने नहीं खेला। शुरू करें: last-word play <परिदृश्य>
progress-of = { $learner } की प्रगति
progress-no-attempts = अभी कोई प्रयास नहीं। शुरू करें: last-word play <परिदृश्य>
progress-scenarios = खेले गए परिदृश्य ({ $played } में से { $mastered } में महारत)
progress-best = सबसे अच्छा { $score } ({ $grade })
progress-not-finished = अभी पूरा नहीं हुआ
progress-mastered = महारत हासिल (पास अंक { $mark })
progress-not-mastered = महारत नहीं (पास अंक { $mark })
progress-attempts = प्रयास: { $attempts } (पूरे: { $finished })
progress-principles = सिद्धांत (सबसे अच्छे रास्तों के अंकों में से कमाए अंक, पूरे प्रयास; रुझान प्रयासों के पहले आधे की तुलना बाद वाले से करता है)
progress-earned-of = { $best } में से { $earned }
progress-trend = { $trend } ({ $earlier }, फिर { $later })
progress-history = समय के साथ प्रयास ({ $count } पूरे, सबसे पुराना पहले)
progress-unfinished = अधूरा: { $scenario }, { $replies } जवाबों के बाद; जारी रखें: last-word play --continue
progress-next = अगला: { $title }; इसे खेलें: last-word play { $scenario }
