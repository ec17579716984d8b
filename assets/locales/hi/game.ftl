# गेम की स्क्रीनें (src/game/): शुरुआत, शिक्षार्थी, परिदृश्य चुनना, खेल,
# डीब्रीफ़, प्रगति, सेटिंग्स। संदर्भ: ../en/game.ftl।

## कई स्क्रीनों में साझा

game-back = वापस
game-back-esc = वापस (Esc)
game-quoted = “{ $text }”

## विंडो खुलने से पहले (टर्मिनल में लिखा जाता है)

game-no-display = Last Word को अपनी विंडो खोलने के लिए ग्राफ़िकल डिस्प्ले चाहिए, और इस मशीन पर कोई डिस्प्ले नहीं है (DISPLAY सेट नहीं है)। इसकी जगह टर्मिनल में खेलें: `last-word list` परिदृश्य दिखाता है और `last-word play <परिदृश्य>` कोई एक खेलता है।
game-display-unreachable = Last Word डिस्प्ले { $display } तक नहीं पहुँच पा रहा ({ $socket } पर कोई X सर्वर नहीं सुन रहा)। कोई सर्वर शुरू करें, या टर्मिनल में खेलें: `last-word play <परिदृश्य>`।
game-no-scenarios-folder = त्रुटि: परिदृश्यों का फ़ोल्डर { $folder } मौजूद नहीं है; Last Word को उसके अपने फ़ोल्डर से चलाएँ, या --dir दें

## शुरुआती स्क्रीन

title-promise = बुरी सेवा की सच्ची कहानियों से ग्राहकों की सेवा करें, और देखें कि हर जवाब की क्या क़ीमत है: उनका मूड, उनकी वफ़ादारी, उनका पैसा।
title-playing-as = { $name } के रूप में खेल रहे हैं
title-continue = जारी रखें
title-unfinished = { $title }, { $replies } { $replies ->
        [one] जवाब
       *[other] जवाबों
    } के बाद
title-play = खेलें
title-workshop = वर्कशॉप
title-progress = प्रगति
title-settings = सेटिंग्स
title-quit = बाहर निकलें
title-keys = माउस या कीबोर्ड: Tab आगे बढ़ाता है, Enter चुनता है, Esc वापस ले जाता है।
title-resume-gone = परिदृश्य `{ $scenario }` अब परिदृश्यों के फ़ोल्डर में नहीं है, इसलिए वह बातचीत आगे नहीं चल सकती।
title-resume-edited = आपके छोड़ने के बाद “{ $title }” में बदलाव किया गया है, इसलिए वह बातचीत आगे नहीं चल सकती। वह आपके इतिहास में बनी रहेगी; इसे नए सिरे से खेलें।
title-resume-failed = वह बातचीत आगे नहीं चल सकती: { $reason }।

## कौन खेल रहा है (शिक्षार्थी स्क्रीन)

learners-heading = कौन खेल रहा है?
learners-intro = हर शिक्षार्थी की प्रगति इस कंप्यूटर पर उसके नाम से रखी जाती है। अपना नाम चुनें, या नया नाम लिखें।
learners-change = शिक्षार्थी बदलें
learners-on-this-computer = इस कंप्यूटर के शिक्षार्थी
learners-nobody = अभी कोई नहीं। अपना रिकॉर्ड शुरू करने के लिए अपना नाम लिखें।
learners-playing-now = अभी खेल रहे हैं
learners-since = { $date } से
learners-new = नया शिक्षार्थी
learners-your-name = आपका नाम
learners-hint = अपना नाम लिखें, फिर Enter दबाएँ। Backspace एक अक्षर मिटाता है।
learners-add = जोड़ें और खेलें (Enter)
learners-skip = छोड़ें (Esc)
learners-skipping = छोड़ने पर “{ $name }” के रूप में खेला जाएगा।
learners-no-records = रिकॉर्ड नहीं खुल सके, इसलिए कोई शिक्षार्थी नहीं जोड़ा जा सकता; गेम बिना रिकॉर्ड किए चलता रहेगा।
learners-name-empty = शिक्षार्थी का नाम होना चाहिए; कम से कम एक अक्षर लिखें।
learners-name-taken = { $name } नाम का शिक्षार्थी पहले से है; उन्हें सूची से चुनें, या कोई दूसरा नाम लिखें।
learners-not-added = शिक्षार्थी नहीं जोड़ा जा सका: { $error }।

## परिदृश्य चुनना

picker-heading = एक परिदृश्य चुनें
picker-intro = हर परिदृश्य बुरी सेवा की किसी सच्ची कहानी पर आधारित है। ग्राहक की सेवा करने के लिए एक चुनें।
picker-your-progress = आपकी प्रगति
picker-empty = कोई परिदृश्य नहीं मिला। परिदृश्य फ़ाइलें (*.ron) scenarios फ़ोल्डर में रखें; scenarios/README.md बताता है कि परिदृश्य कैसे लिखें।
picker-loading = लोड हो रहा है…
picker-play-next = अगला खेलें
picker-best = सबसे अच्छा: { $grade }
picker-mastered = महारत हासिल
picker-needs-fixing = ठीक करना है
picker-errors = { $file } में { $errors } { $errors ->
        [one] त्रुटि
       *[other] त्रुटियाँ
    }। क्या ठीक करना है, यह देखने के लिए इसे खोलें।

## त्रुटियों वाली परिदृश्य फ़ाइल

broken-back = परिदृश्यों पर वापस (Esc)
broken-heading = { $file } को ठीक करना है
broken-intro = { $errors } { $errors ->
        [one] त्रुटि मिली
       *[other] त्रुटियाँ मिलीं
    }। फ़ाइल को अपने एडिटर में ठीक करके सहेजें: यह पेज अपने आप अपडेट हो जाता है। `last-word validate` यही संदेश दिखाता है।
broken-fixed = { $file } ठीक हो गई
broken-valid-now = “{ $title }” अब सही है।
broken-principles-fixed = फ़ोल्डर के परिदृश्य अब इसके सिद्धांतों का इस्तेमाल करते हैं।
broken-play = इसे खेलें
broken-reading = फ़ाइल पढ़ी जा रही है…
broken-gone = { $file } अब परिदृश्यों के फ़ोल्डर में नहीं है।
broken-error = त्रुटि
broken-warning = चेतावनी
broken-how-to-fix = इसे ठीक कैसे करें: { $hint }
broken-here = (यहाँ)
library-unreadable = यह फ़ाइल पढ़ी नहीं जा सकती: { $error }
library-unreadable-hint = फ़ाइल और उसकी अनुमतियाँ जाँचें

## स्क्रॉल करना

scroll-more-below = नीचे और है: स्क्रॉल करें, या Page Down दबाएँ

## खेल

play-guide = सबसे अच्छा रास्ता दिखाया जा रहा है: हाइलाइट किया गया जवाब वही है जो यह रास्ता चुनता है।
play-clock = घड़ी { $minutes }
play-scenarios = परिदृश्य
play-stake = दाँव पर: { $yearly } प्रति साल · { $years } साल में { $loyal } · अभी की क़ीमत { $now }
play-stake-yearly = दाँव पर: { $yearly } प्रति साल
play-mood = मूड: { $band } ({ $mood })
play-patience = आपके सोचते समय सब्र
play-prompt = आपका जवाब (उसका नंबर दबाएँ, या उस पर क्लिक करें):
play-best-path = सबसे अच्छा रास्ता
play-you-said = आप: “{ $reply }”
play-mood-change = मूड { $before } से { $after }
play-mood-value = { $mood } { $band }
play-mood-moved = ({ $delta }, { $minutes } बीते)
play-what-happened = क्या हुआ
play-coaching = कोचिंग
play-taken-before = (पहले चुना जा चुका: इस बार कोई अंक नहीं)
play-value = इस ग्राहक का अपेक्षित मूल्य: { $value }
play-walks-out = ग्राहक का सब्र टूट गया और वह चला जाता है। { $text }
play-conversation-ends = बातचीत ख़त्म होती है ({ $outcome })। { $text }
play-continue = जारी रखें  (Enter)
play-see-debrief = डीब्रीफ़ देखें  (Enter)
play-kept-waiting = आपने बहुत देर इंतज़ार कराया। ग्राहक चला जाता है।

## डीब्रीफ़

debrief-nothing = डीब्रीफ़ के लिए कोई पूरी हुई बातचीत नहीं है।
debrief-heading = डीब्रीफ़: { $title }
debrief-score = स्कोर { $score }/100 · सिद्धांत अंक { $raw } (सबसे अच्छा { $best }, सबसे बुरा { $worst })
debrief-customer = ग्राहक: { $outcome }।
debrief-walked-out = ग्राहक चला गया।
debrief-principles = सिद्धांत दर सिद्धांत
debrief-column-you = आप
debrief-column-best = सबसे अच्छा
debrief-mood = पूरी बातचीत में मूड
debrief-your-replies = आपके जवाब
debrief-no-replies = कोई नहीं: आपके बोलने से पहले ग्राहक चला गया।
debrief-best-path = सबसे अच्छा रास्ता
debrief-best-path-none = कोई नहीं।
debrief-money-explained = पैसे का हिसाब, समझाया गया
debrief-lesson = सीख
debrief-discussion = चर्चा के लिए
debrief-show-best = मुझे सबसे अच्छा रास्ता दिखाएँ (B)
debrief-play-again = फिर से खेलें (R)
debrief-scenarios = परिदृश्य (Esc)
debrief-chart-title = मूड, 0–100
debrief-chart-axis = ग्राहक के आने के बाद के मिनट
debrief-chart-caption = { $minutes } मिनट में { $start } ({ $start-band }) से { $end } ({ $end-band }) तक, { $moments } पल। लाल रेखा वह जगह है जहाँ ग्राहक चला जाता है।
debrief-no-decisions = कोई फ़ैसला नहीं: आपके बोलने से पहले ग्राहक चला गया।
debrief-you-said-best = आपने कहा: दिए गए जवाबों में सबसे अच्छा
debrief-you-said = आपने कहा
debrief-best-offered = दिया गया सबसे अच्छा जवाब

## शिक्षार्थी की प्रगति

progress-heading = प्रगति
progress-heading-learner = { $learner } की प्रगति
progress-summary = { $played } { $played ->
        [one] परिदृश्य
       *[other] परिदृश्यों
    } में { $finished } प्रयास पूरे · { $mastered }
progress-play-next = अगला खेलें: { $title }
progress-all-mastered = हर परिदृश्य में महारत हासिल
progress-nothing-yet = अभी खेलने को कुछ नहीं
progress-play = खेलें
progress-play-title = “{ $title }” खेलें
progress-over-time = समय के साथ प्रयास
progress-by-principle = सिद्धांत दर सिद्धांत
progress-unrecorded = प्रगति दर्ज नहीं हो रही: रिकॉर्ड नहीं खुल सके (लॉग में कारण है)। गेम बिना रिकॉर्ड किए चलता रहेगा।
progress-no-finished = अभी कोई पूरा प्रयास नहीं: किसी परिदृश्य को अंत तक खेलें, उसका स्कोर यहाँ दिखेगा।
progress-chart-title = हर पूरे प्रयास का स्कोर, 0–100
progress-chart-axis = प्रयास, खेलने के क्रम में
progress-chart-caption = { $shown ->
        [1] { $total } में से प्रयास { $first }
       *[other] { $total } में से प्रयास { $first }–{ $last }
    }: स्कोर { $low } से { $high } तक, औसत { $average }। रंग ग्रेड बताता है।
progress-no-principles = अभी कोई सिद्धांत नहीं: प्रयास के अंत तक पहुँचने पर इनके अंक गिने जाते हैं।
progress-legend = सबसे अच्छे रास्ते जितने अंक कमाते हैं, उनमें से कमाए अंक, पूरे प्रयास। हरा: पालन किया; लाल: तोड़ने से गँवाए; स्लेटी: छूट गए। रुझान आपके पहले आधे प्रयासों के हिस्से की तुलना बाद के आधे से करता है।
progress-figures = { $best } में से { $earned } · { $share }
progress-figures-no-share = { $best } में से { $earned }
progress-too-few = कहने के लिए बहुत कम
progress-trend-shares = { $trend } · { $earlier }, फिर { $later }

## सेटिंग्स

settings-heading = सेटिंग्स
settings-on = चालू
settings-off = बंद
settings-text-size = टेक्स्ट का आकार
settings-text-size-help = ट्रेनिंग रूम के प्रोजेक्टर के लिए बड़ा टेक्स्ट।
settings-text-speed = टेक्स्ट की रफ़्तार
settings-text-speed-help = ग्राहक के शब्द कितनी तेज़ी से आते हैं। Enter या Space पूरी पंक्ति तुरंत दिखा देता है।
settings-speed-slow = धीमी
settings-speed-normal = सामान्य
settings-speed-fast = तेज़
settings-speed-instant = तुरंत
settings-timed = समयबद्ध मोड
settings-timed-help = आपके सोचते समय ग्राहक का सब्र घटता है; हर ठहराव उन्हें एक मिनट का इंतज़ार कराता है।
settings-shuffle = जवाबों का क्रम बदलें
settings-shuffle-help = हर बातचीत जवाबों को अपने क्रम में दिखाती है, ताकि पहला जवाब हमेशा सबसे अच्छा न हो। बंद: परिदृश्य का अपना क्रम, वर्कशॉप के लिए।
settings-mode = अभ्यास या आकलन
settings-mode-help = अभ्यास सिखाता है: हर जवाब के बाद कोचिंग। आकलन परखता है, जैसे ऑनबोर्डिंग में होता है: कोचिंग डीब्रीफ़ तक रुकती है, जो हर फ़ैसले को सबसे अच्छे जवाब के साथ दोबारा दिखाता है।
settings-fullscreen = फ़ुलस्क्रीन
settings-fullscreen-help = वर्कशॉप के लिए पूरी स्क्रीन भरें।
settings-lrs = लर्निंग रिकॉर्ड स्टोर (LRS)
settings-lrs-closed = रिकॉर्ड खुले नहीं हैं, इसलिए न कुछ दर्ज होता है, न भेजा जाता है।
settings-lrs-not-set-up = सेट नहीं है: हर प्रयास रिकॉर्ड में रखा जाता है, भेजे जाने के लिए तैयार। उन्हें अपने संगठन के LRS पर भेजने के लिए `last-word lrs configure` चलाएँ।
settings-lrs-counts = xAPI स्टेटमेंट भेजे गए: { $sent }, इंतज़ार में: { $waiting }, अस्वीकृत: { $refused }।
settings-lrs-error = इंतज़ार में, क्योंकि { $error }; इन्हें फिर से भेजा जाएगा।
settings-saved-to = यहाँ सहेजी गईं: { $path }
settings-not-saved = इस सिस्टम में कॉन्फ़िग फ़ोल्डर नहीं है; सेटिंग्स गेम बंद करने तक ही रहेंगी।

## Language (Settings)

language-setting = भाषा
language-setting-help = खेल की स्क्रीनें, और इस भाषा में अनूदित परिदृश्य; जिस परिदृश्य का अनुवाद अभी नहीं हुआ, वह उसी भाषा में चलता है जिसमें लिखा गया था।
language-setting-system = सिस्टम की भाषा ({ $language })
