# वर्कशॉप: गेम में फ़ैसिलिटेटर की स्क्रीनें (src/game/screens/workshop/),
# फ़ोन का पेज और एक्सपोर्ट किया गया रिकॉर्ड (src/workshop/)। अंग्रेज़ी
# संदर्भ है: हर दूसरी भाषा में ठीक यही संदेश हैं। हिंदी के CLDR नियम में
# 0 भी "one" में आता है, इसलिए जहाँ ज़रूरी है वहाँ [0] अलग लिखा है।

ws-and = { $first } और { $last }
ws-quote = “{ $line }”

## समूह कैसे वोट देगा (तैयारी की स्क्रीन)

ws-voting-phones = फ़ोन
ws-voting-hands = हाथ उठाकर
ws-voting-teams = टीमें
ws-voting-phones-explained = हर कोई अपने फ़ोन से वोट देता है; पूरा समूह मिलकर एक फ़ैसला करता है।
ws-voting-hands-explained = फ़ोन नहीं: हर जवाब के लिए उठे हाथ गिनें और गिनती टाइप करें।
ws-voting-teams-explained = दो से आठ टीमें, हर टीम का अपना ग्राहक, सब अपने फ़ोन से वोट देते हैं।

## तैयारी की स्क्रीन

ws-setup-title = वर्कशॉप चलाएँ
ws-setup-intro = प्रोजेक्टर आप चलाते हैं; हर जवाब पूरा समूह मिलकर तय करता है। परिदृश्य उसी क्रम में चुनें जिसमें उन्हें चलाना है, और यह भी कि समूह कैसे वोट देगा।
ws-setup-order = चलाने का क्रम
ws-setup-minutes = लगभग { $minutes } मिनट
ws-setup-voting = समूह कैसे वोट देगा
ws-setup-teams = टीमों के नाम, अल्पविराम से अलग (बदलने के लिए टाइप करें):
ws-setup-default-teams = लाल, नीली
ws-setup-address = वर्कशॉप चलने तक फ़ोन http://{ $address }/ पर जुड़ेंगे (सिर्फ़ इसी नेटवर्क से; पता --bind से चुनें)।
ws-setup-start = वर्कशॉप शुरू करें
ws-setup-back = वापस
ws-setup-no-scenario = scenarios फ़ोल्डर में `{ $id }` नाम का कोई परिदृश्य तैयार नहीं है; सूची में से चुनें
ws-plan-no-scenarios = चलाने के लिए कम से कम एक परिदृश्य चुनें
ws-plan-team-count = टीमों के लिए { $min } से { $max } नाम चाहिए; { $given } दिए गए (उन्हें अल्पविराम से अलग करें)
ws-plan-team-name = टीम के नाम `{ $name }` में 1 से { $max } अक्षर होने चाहिए
ws-plan-duplicate-team = दो टीमों का नाम `{ $name }` है; हर टीम को अलग नाम दें
ws-plan-teams-not-voting = टीमों के नाम तभी काम आते हैं जब समूह टीमों में वोट देता है
ws-cannot-listen = { $address } पर फ़ोन नहीं जुड़ सकते: { $error }। कमरे के नेटवर्क पर इस कंप्यूटर का पता --bind पता:पोर्ट से चुनें

## प्रोजेक्टर: ऊपर की पट्टी

ws-top-scenario = { $title }  ·  परिदृश्य { $place } / { $count }
ws-top-join = { $address }  ·  कोड { $code }  ·  { $joined } जुड़े
ws-notes-on-screen = नोट्स स्क्रीन पर हैं · N से छिपाएँ

## प्रोजेक्टर: फ़ोन जुड़ रहे हैं

ws-join-heading = अपने फ़ोन से जुड़ें
ws-join-wifi = 1. इस कमरे के Wi-Fi से कनेक्ट करें।
ws-join-open = 2. कोड स्कैन करें, या यह पता खोलें:
ws-join-code = 3. रूम कोड टाइप करें:
ws-joined = { $count ->
        [0] अभी कोई फ़ोन नहीं जुड़ा
        [one] { $count } फ़ोन जुड़ा है
       *[other] { $count } फ़ोन जुड़े हैं
    }
ws-join-next = जब सब जुड़ जाएँ, तो पहले ग्राहक को लाने के लिए "आगे" दबाएँ।
ws-late-join = अभी तक नहीं जुड़े? स्कैन करें, या खोलें
ws-room-code = रूम कोड { $code }

## प्रोजेक्टर: एक फ़ैसला

ws-step-reading = पढ़ें और सोचें
ws-step-voting = वोटिंग खुली है  ·  { $clock }
ws-step-locked = वोटिंग बंद
ws-step-revealed = क्या हुआ
ws-team-finished = इस टीम के ग्राहक की बातचीत ख़त्म हो गई है। बाकी टीमों को देखें।
ws-reading-hint = समूह को ग्राहक की बात और जवाब पढ़ने दें। "आगे" से वोटिंग खुलती है।
ws-hands-counted = { $count ->
        [0] अभी कोई हाथ नहीं गिना गया
        [one] { $count } हाथ गिना गया
       *[other] { $count } हाथ गिने गए
    }
ws-turnout = { $members } में से { $voted } { $voted ->
        [one] फ़ोन
       *[other] फ़ोनों
    } ने वोट दिया
ws-hands-hint = हर जवाब की गिनती टाइप करें (ऊपर और नीचे के तीर से जवाब बदलें)। "आगे" से वोटिंग बंद होती है।
ws-phones-hint = वोटिंग बंद होने तक वोट बदले जा सकते हैं। "आगे" से वोटिंग बंद होती है।
ws-room-choice = समूह की पसंद
ws-override-hint = इसकी जगह कोई और जवाब चलाने के लिए उसका नंबर दबाएँ (या उस पर क्लिक करें); बायाँ तीर इसे वापस लेता है। "आगे" से चुना गया जवाब चलता है।
ws-choice-majority = जवाब { $chosen }, बहुमत: { $total } में से { $votes } वोट।
ws-choice-tie = जवाब { $tied } बराबरी पर (हर एक को { $votes } वोट): पहले दिखाया गया जवाब { $chosen } चलेगा, जब तक आप कोई और न चुनें।
ws-choice-no-votes = किसी ने वोट नहीं दिया: पहले दिखाया गया जवाब { $chosen } चलेगा, जब तक आप कोई और न चुनें।
ws-choice-overridden = जवाब { $chosen }, फ़ैसिलिटेटर ने चुना (वोट में जवाब { $by-vote } चुना गया था)।
ws-mood = मूड { $before } से { $after } ({ $moved }), { $band }
ws-worth = ग्राहक का मूल्य: { $moved }
ws-coaching = कोचिंग  ·  { $points }
ws-coaching-held = कोचिंग अभी रोकी गई है: पहले समूह को बहस करने दें। "आगे" से कोचिंग दिखेगी।
ws-timer = चर्चा { $clock }  ·  { $state ->
        [over] चर्चा ख़त्म
        [running] चल रही है · T से रोकें, S से छोड़ें
       *[paused] T से शुरू करें
    }
ws-notes-title = फ़ैसिलिटेटर के नोट्स  ·  लगभग { $minutes } मिनट
ws-notes-model = आदर्श जवाब: जवाब { $reply } ({ $points })। { $note }
ws-notes-tempting = लुभाने वाला: जवाब { $reply } ({ $points })। { $note }
ws-notes-ask = समूह से पूछें: { $question }
ws-strip-finished = पूरा
ws-strip-voted = { $voted }/{ $members } ने वोट दिया
ws-strip-reply = जवाब { $reply }
ws-strip-mood = मूड { $mood }
ws-strip-hint = ऊपर/नीचे: दूसरी टीम दिखाएँ

## प्रोजेक्टर: नीचे के बटन

ws-next-start = शुरू करें
ws-next-open = वोटिंग खोलें
ws-next-lock = वोटिंग बंद करें
ws-next-play = जवाब चलाएँ
ws-next-reveal = कोचिंग दिखाएँ
ws-next-decision = अगला फ़ैसला
ws-next-debrief = डीब्रीफ़
ws-next-standings = अंक तालिका
ws-next-end = वर्कशॉप समाप्त करें
ws-next-scenario = अगला परिदृश्य
ws-back = वापस
ws-timer-pause = टाइमर रोकें
ws-timer-start = टाइमर शुरू करें
ws-notes-show = नोट्स
ws-notes-hide = नोट्स छिपाएँ
ws-end = वर्कशॉप समाप्त करें
ws-end-really = सच में समाप्त करें?
ws-keys = आगे: दायाँ तीर, Space, Enter, Page Down  ·  वापस: बायाँ तीर, Page Up  ·  T टाइमर  ·  N नोट्स  ·  Esc दो बार दबाने पर समाप्त

## प्रोजेक्टर: डीब्रीफ़, अंक तालिका और समापन

ws-debrief-room = समूह का डीब्रीफ़  ·  { $title }
ws-debrief-team = टीम { $team } का डीब्रीफ़  ·  { $title }
ws-grade = ग्रेड { $grade }  ·  स्कोर 100 में से { $score }
ws-customer-was = ग्राहक: { $outcome }। { $ending }
ws-debrief-money = आते समय मूल्य { $arrival }, बचाया { $kept }, खोया { $lost }
ws-talk-it-over = इस पर चर्चा करें
ws-debrief-teams-hint = ऊपर/नीचे: दूसरी टीम का डीब्रीफ़
ws-mark-played = चला
ws-mark-best = सबसे अच्छा
ws-played = { $how ->
        [majority] बहुमत से
        [tie] बराबरी के बाद
        [none] बिना वोट के
       *[facilitator] फ़ैसिलिटेटर की पसंद से
    } चला: { $best ->
        [yes] सबसे अच्छा जवाब
       *[no] सबसे अच्छा जवाब नहीं
    }, { $points }।
ws-standings = अंक तालिका
ws-standings-after = { $count } में से { $done } { $done ->
        [one] परिदृश्य
       *[other] परिदृश्यों
    } के बाद: स्कोर जोड़े गए, फिर बचाया गया पैसा।
ws-did-not-finish = पूरा नहीं हुआ
ws-latest = { $outcome } ({ $grade }, { $score })
ws-leader = { $place }.  { $team }   ·   { $score } अंक   ·   { $kept } बचाए   ·   आख़िरी ग्राहक: { $latest }
ws-ended = धन्यवाद: वर्कशॉप समाप्त हुई
ws-ended-summary = { $scenarios } परिदृश्य, { $voting ->
        [hands] हाथ उठाकर वोटिंग।
       *[phones] { $phones } फ़ोन से वोटिंग। फ़ोन का सर्वर बंद हो गया है।
    }
ws-result-ended = ग्रेड { $grade } ({ $outcome }), { $kept } बचाए
ws-result-stopped = { $decisions } { $decisions ->
        [one] फ़ैसले
       *[other] फ़ैसलों
    } के बाद रुका
ws-esc-title = Esc से शुरुआती स्क्रीन पर लौटें।
ws-kept-unrecorded = न सहेजा गया, न एक्सपोर्ट हुआ: यह गेम रिकॉर्ड के बिना चल रहा है।
ws-kept-saved = प्रतिभागियों के रिकॉर्ड के साथ सहेजा गया।
ws-kept-not-saved = सहेजा नहीं गया: रिकॉर्ड खोले नहीं जा सके।
ws-kept-exported = { $kept } भेजने के लिए एक्सपोर्ट किया गया: { $files }
ws-kept-not-exported = { $kept } एक्सपोर्ट नहीं हुआ: { $error }।

## फ़ोन का पेज

ws-phone-title = Last Word — वोट
ws-phone-join-title = वर्कशॉप से जुड़ें
ws-phone-code = रूम कोड (स्क्रीन पर)
ws-phone-nickname = आपका नाम (वैकल्पिक)
ws-phone-team = आपकी टीम
ws-phone-join = जुड़ें
ws-phone-who-team = टीम { $team }
ws-phone-server-answered = सर्वर का जवाब: { $status }
ws-phone-welcome = आप जुड़ गए हैं। बड़ी स्क्रीन देखते रहें: पहला ग्राहक जल्द आएगा।
ws-phone-reading = ऊपर देखें: बड़ी स्क्रीन पर ग्राहक की बात पढ़ें। वोटिंग जल्द खुलेगी।
ws-phone-team-done = आपके ग्राहक की बातचीत ख़त्म हो गई है। बड़ी स्क्रीन देखें।
ws-phone-debrief = समूह इस पर चर्चा कर रहा है। अगला ग्राहक जल्द आएगा।
ws-phone-over = वर्कशॉप समाप्त हुई। भाग लेने के लिए धन्यवाद।
ws-phone-tap = वह जवाब छुएँ जो आप देते।
ws-phone-counted = आपका वोट गिन लिया गया। बदलने के लिए कोई दूसरा जवाब छुएँ।
ws-phone-locked = वोटिंग बंद हो गई है। समूह की पसंद चिह्नित है; स्क्रीन देखें।
ws-phone-unknown = यह फ़ोन वर्कशॉप में नहीं है; फिर से जुड़ें
ws-phone-not-voting = अभी कोई वोटिंग खुली नहीं है
ws-phone-vote-closed = वोटिंग बंद हो चुकी है
ws-phone-not-offered = जवाब { $number } स्क्रीन पर दिए गए जवाबों में नहीं है
ws-phone-wrong-code = यह स्क्रीन वाला रूम कोड नहीं है; जाँचकर फिर कोशिश करें ({ $left ->
        [0] कोई कोशिश बाकी नहीं
        [one] { $left } कोशिश बाकी
       *[other] { $left } कोशिशें बाकी
    })
ws-phone-too-many = बहुत ज़्यादा ग़लत कोड; { $seconds } सेकंड रुककर फिर कोशिश करें
ws-phone-no-team = स्क्रीन पर दिखी टीमों में से एक चुनें
ws-phone-full = वर्कशॉप में और जगह नहीं है

## last-word workshops

ws-list-none = अभी कोई वर्कशॉप सहेजी नहीं गई: `last-word workshop` से एक चलाएँ।
ws-list-heading = वर्कशॉप, सबसे नई पहले:
ws-list-voting-phones = फ़ोन
ws-list-voting-hands = हाथ
ws-list-voting-teams = टीमें
ws-list-phones = { $count } फ़ोन
ws-list-size = { $scenarios } परिदृश्य, { $decisions } { $decisions ->
        [one] फ़ैसला
       *[other] फ़ैसले
    }
ws-list-ran = अवधि { $duration }
ws-list-not-finished = पूरी नहीं हुई
ws-list-export-hint = एक्सपोर्ट करें: last-word workshops export { $latest } --out workshop.html (या .csv; कोई दूसरी चुनने के लिए उसका id या id की शुरुआत दें)
ws-export-wrote = वर्कशॉप { $id } ({ $date }) { $path } में लिखी गई
ws-export-cannot-write = { $path } में नहीं लिखा जा सका: { $error }
ws-export-which-format = फ़ॉर्मैट बताएँ: --format csv या --format html, या --out को .csv या .html पर ख़त्म होने वाली फ़ाइल दें
ws-export-none-saved = अभी कोई वर्कशॉप सहेजी नहीं गई: पहले `last-word workshop` से एक चलाएँ
ws-export-no-such = `{ $wanted }` नाम की कोई वर्कशॉप नहीं है; सहेजी गई वर्कशॉप, सबसे नई पहले: { $ids } (या `{ $latest }` लिखें)
ws-export-ambiguous = `{ $wanted }` से एक से ज़्यादा वर्कशॉप id शुरू होते हैं: { $ids }; थोड़ा और लिखें
ws-duration-seconds = { $seconds } सेकंड
ws-duration-minutes = { $minutes } मिनट
ws-duration-minutes-seconds = { $minutes } मिनट { $seconds } सेकंड
ws-duration-hours = { $hours } { $hours ->
        [one] घंटा
       *[other] घंटे
    } { $minutes } मिनट

## एक्सपोर्ट किया गया पेज (workshops export --format html)

ws-export-title = वर्कशॉप, { $date }
ws-export-room-phones = समूह ने { $phones } फ़ोन से वोट दिया
ws-export-room-hands = समूह ने हाथ उठाकर वोट दिया
ws-export-room-teams = { $teams } टीमों ({ $names }) ने { $phones } फ़ोन से वोट दिया
ws-export-scenarios = { $count } परिदृश्य
ws-export-finished = शुरू { $start } UTC, समाप्त { $end } UTC ({ $duration }) · वर्कशॉप { $id }
ws-export-unfinished = शुरू { $start } UTC, पूरी नहीं हुई (आख़िरी परिदृश्य तक सहेजी गई) · वर्कशॉप { $id }
ws-export-empty = वर्कशॉप अपने पहले परिदृश्य से पहले ही समाप्त हो गई: किसी चीज़ पर वोट नहीं हुआ।
ws-export-decisions-voted = फ़ैसलों पर वोट हुआ
ws-export-in-conversations = { $count } बातचीत में
ws-export-votes-cast = डाले गए वोट
ws-export-phones-joined = { $count } फ़ोन जुड़े
ws-export-of = { $total } में से { $count }
ws-export-best-played = सबसे अच्छा जवाब चला
ws-export-no-best = किसी फ़ैसले का सबसे अच्छा जवाब तय नहीं
ws-export-of-decisions = फ़ैसलों का { $share }
ws-export-money-kept = बचाया गया पैसा
ws-export-at-stake = दाँव पर लगे { $stake } में से
ws-export-money-lost = खोया गया पैसा
ws-export-reached-ending = { $count } में से { $ended } बातचीत अंत तक पहुँचीं
ws-export-session = सत्र
ws-export-session-note = परिदृश्य उसी क्रम में जिसमें वे चलाए गए। वोटिंग: हर वोटिंग खुलने से बंद होने तक; चर्चा: हर खुलासे के बाद चर्चा का टाइमर; दोनों परिदृश्य के सभी फ़ैसलों (हर टीम के) पर जोड़े गए।
ws-export-col-no = क्रम
ws-export-col-scenario = परिदृश्य
ws-export-col-seed = सीड
ws-export-col-decisions = फ़ैसले
ws-export-col-votes = वोट
ws-export-col-voting = वोटिंग
ws-export-col-discussion = चर्चा
ws-export-col-endings = अंत
ws-export-grade-score = ग्रेड { $grade } · { $score }
ws-export-no-ending = अंत तक नहीं पहुँची
ws-export-walked-out = चला गया
ws-export-the-room = समूह
ws-export-room-result = समूह का नतीजा
ws-export-team-standings = टीमों की अंक तालिका
ws-export-standings-note = स्कोर: अंतों के स्कोर का जोड़ (हर एक 100 में से)। पैसा: जिन परिदृश्यों में बातचीत अंत तक पहुँची, उनमें ग्राहकों का जीवनकाल मूल्य जो बचा और जो खोया, आते समय के उनके मूल्य की तुलना में।
ws-export-col-rank = स्थान
ws-export-col-team = टीम
ws-export-col-score = स्कोर
ws-export-col-outcomes = नतीजे
ws-export-col-kept = बचाया गया पैसा
ws-export-col-lost = खोया
ws-export-without-ending = { $count } बिना अंत के
ws-export-of-stake = { $stake } में से
ws-export-seed = सीड { $seed }
ws-export-scenario-note = हर फ़ैसला: दिखाए गए जवाबों पर (दिखाए गए क्रम में) समूह के वोट कैसे बँटे, कौन-सा जवाब चला और वह कैसे चुना गया। { $best } विश्लेषण के अनुसार वहाँ का सबसे अच्छा जवाब दिखाता है, { $played } समूह की पसंद।
ws-export-tag-best = सबसे अच्छा
ws-export-tag-played = चला
ws-export-moved-on = यह बातचीत अंत तक पहुँचने से पहले ही वर्कशॉप आगे बढ़ गई।
ws-export-ending = अंत { $ending }
ws-export-ending-facts = स्कोर { $score } / 100 · बचाया { $kept } · खोया { $lost }
ws-export-decision = फ़ैसला { $number }
ws-export-votes = { $count } वोट
ws-export-best-votes = सबसे अच्छा जवाब { $total } में से { $votes }{ $share }
ws-export-played = चला जवाब { $reply }: { $how } · अंक { $points } · मूड { $before } से { $after } · वोटिंग { $voting } · चर्चा { $discussion }
ws-how-majority = सबसे ज़्यादा वोट
ws-how-tie = जवाब { $tied } बराबरी पर: पहले दिखाया गया जवाब
ws-how-no-votes = किसी ने वोट नहीं दिया: पहले दिखाया गया जवाब
ws-how-overridden = फ़ैसिलिटेटर की पसंद (वोट में जवाब { $by-vote } चुना गया था)
ws-export-about = इस पेज के बारे में
ws-export-about-note = हर वोट हिस्सा उस फ़ैसले पर डाले गए कुल वोटों में उस जवाब के वोटों का हिस्सा है, और दोनों संख्याएँ साथ में दिखाई गई हैं। सबसे अच्छा जवाब वह है जिससे, परिदृश्य के विश्लेषण के अनुसार, उस पल से सबसे अच्छा रास्ता शुरू होता है। बराबरी और बिना वोट वाली वोटिंग वैसे ही सुलझाई गईं जैसे फ़ैसिलिटेटर को दिखाई गईं, जो वोट को बदल सकता था। समय UTC में है। वर्कशॉप { $id }, { $command } से बनी; { $csv } स्प्रेडशीट के लिए हर फ़ैसले की एक पंक्ति देता है।
