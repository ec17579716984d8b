# परिदृश्य, अनुवाद और सिद्धांत फ़ाइलों के बारे में जाँचकर्ता के संदेश।
# कोड (`unknown-target`), id, फ़ील्ड और फ़ाइलों के नाम जैसे लिखे हैं वैसे ही रहते हैं।

diag-unreadable-file = यह फ़ाइल पढ़ी नहीं जा सकी: { $error }
diag-unreadable-file-hint = पाथ जाँचें, और यह कि आपको फ़ाइल पढ़ने की अनुमति है
diag-too-large = यह फ़ाइल { $bytes } बाइट की है; परिदृश्य फ़ाइलों की सीमा { $limit } बाइट (1 MiB) है
diag-too-large-hint = परिदृश्य को छोटे परिदृश्यों में बाँटें, या जाँचें कि यही फ़ाइल आप चाहते थे
diag-not-utf8 = यह फ़ाइल UTF-8 टेक्स्ट नहीं है (स्थान { $offset } पर ग़लत बाइट)
diag-not-utf8-hint = अपने एडिटर में फ़ाइल को UTF-8 में सहेजें
diag-unwritable = परिदृश्य को RON में नहीं लिखा जा सकता: { $error }
diag-unwritable-hint = परिदृश्य की संख्याएँ जाँचें: RON हर मान नहीं रख सकता
diag-principles-shape = सिद्धांत फ़ाइल में सिद्धांतों की सूची होती है
diag-principles-shape-hint = ऐसे लिखें: `[ (id: "fix-fast", name: "...", summary: "..."), ... ]`
diag-unreadable-folder = यह फ़ोल्डर पढ़ा नहीं जा सका: { $error }
diag-unreadable-folder-hint = पाथ और उसकी अनुमतियाँ जाँचें
diag-not-found = ऐसी कोई फ़ाइल या फ़ोल्डर नहीं है
diag-not-found-hint = एक परिदृश्य फ़ाइल (`scenarios/coffee-dry-cappuccino.ron`) या परिदृश्यों का फ़ोल्डर (`scenarios/`) दें
diag-duplicate-scenario-id = परिदृश्य id `{ $id }` पहले से { $file } में इस्तेमाल हो रहा है
diag-duplicate-scenario-id-hint = हर परिदृश्य को अपना अलग id दें; खिलाड़ी और स्क्रिप्ट परिदृश्य id से चुनते हैं
diag-scenario-shape = परिदृश्य फ़ाइल में नामित फ़ील्ड वाला एक `Scenario( ... )` होता है
diag-scenario-shape-hint = फ़ाइल `Scenario(` से शुरू करें और फ़ील्ड `id: "my-scenario",` की तरह लिखें
diag-did-you-mean = क्या आपका मतलब `{ $near }` था?
diag-scenario-fields = परिदृश्य के फ़ील्ड ये हैं: { $fields }
diag-unknown-scenario-field = परिदृश्य में `{ $field }` नाम का कोई फ़ील्ड नहीं होता
diag-missing-field = परिदृश्य में `{ $field }` नहीं है
diag-missing-field-hint = `{ $field }: ...` जोड़ें (इसमें क्या होता है, scenarios/README.md में देखें)
diag-expected-list = यहाँ `[ ... ]` में एक सूची ({ $what }) चाहिए
diag-expected-list-hint = चीज़ें वर्ग कोष्ठकों में, अल्पविराम से अलग करके लिखें
diag-missing-struct-field-in = फ़ील्ड `{ $field }` नहीं है ({ $what })
diag-missing-struct-field = फ़ील्ड `{ $field }` नहीं है ({ $what })
diag-missing-struct-field-hint = `{ $field }: ...` जोड़ें; scenarios/README.md में सभी फ़ील्ड दिए हैं
diag-fields-here = यहाँ के फ़ील्ड ये हैं: { $fields }
diag-no-such-field-in = फ़ील्ड `{ $field }` नहीं होता ({ $what })
diag-no-such-field = फ़ील्ड `{ $field }` नहीं होता ({ $what })
diag-did-you-mean-choices = क्या आपका मतलब `{ $near }` था? विकल्प ये हैं: { $choices }
diag-choices = विकल्प ये हैं: { $choices }
diag-no-such-choice = `{ $found }` यहाँ के विकल्पों में से नहीं है
diag-duplicate-field = फ़ील्ड `{ $field }` दो बार लिखा है
diag-duplicate-field-hint = उनमें से एक रखें
diag-unexpected-text = { $what }: यहाँ अनपेक्षित टेक्स्ट है
diag-unexpected-text-hint = जो फ़ील्ड पूरी चीज़ें गिनता है (खेलने के मिनट, horizon_years, talks_to, सिद्धांतों के भार) उसमें 5 जैसी पूर्ण संख्या चाहिए, 5.5 नहीं; वरना छूटा हुआ अल्पविराम खोजें
diag-integer-out-of-bounds = { $what }: यह संख्या अपने फ़ील्ड की सीमा से बाहर है
diag-integer-out-of-bounds-hint = talks_to, खेलने के मिनट और भार जैसी गिनतियाँ ऋणात्मक या बहुत बड़ी नहीं हो सकतीं; सीमाएँ scenarios/README.md में देखें
diag-expected-string = { $what }: दोहरे उद्धरण चिह्नों में टेक्स्ट चाहिए
diag-expected-string-hint = टेक्स्ट और id दोहरे उद्धरण चिह्नों में लिखें, जैसे "fix-fast"
diag-expected-number = { $what }: एक संख्या चाहिए
diag-expected-number-hint = संख्या बिना उद्धरण चिह्नों के लिखें, जैसे 12 या 2.5
diag-ron-other = { $what }: { $error }
diag-ron-other-hint = scenarios/coffee-dry-cappuccino.ron से मिलाएँ, जो एक पूरा उदाहरण है

## What a message is about (a `what` the core names in English).

diag-what-principle = सिद्धांत
diag-what-the-scenario-id = परिदृश्य id
diag-what-the-title = शीर्षक
diag-what-the-source-story = मूल कहानी
diag-what-the-setting = परिवेश
diag-what-the-difficulty = कठिनाई
diag-what-the-minutes = मिनट
diag-what-the-lesson = सबक
diag-what-the-customer = ग्राहक
diag-what-the-start-node-id = शुरुआती नोड का id
diag-what-the-debrief = डीब्रीफ़
diag-what-a-node = नोड
diag-what-an-ending = अंत
diag-what-the-tags = टैग
diag-what-the-walk-out-ending = छोड़कर जाने वाला अंत
diag-what-the-economics = अर्थशास्त्र
diag-what-the-facilitator-s-notes = संचालक के नोट्स
diag-what-node = नोड
diag-what-reply = जवाब
diag-what-ending = अंत
diag-what-customer = ग्राहक
diag-what-economics = अर्थशास्त्र
diag-what-feedback = फ़ीडबैक
diag-what-debrief = डीब्रीफ़
diag-what-facilitator = संचालक के नोट्स

## Scenario checks.

diag-read-by-players = इसे खिलाड़ी पढ़ते हैं
diag-read-by-facilitator = इसे संचालक पढ़ता है
diag-empty-text = { $what }: टेक्स्ट ख़ाली है
diag-empty-text-hint = टेक्स्ट लिखें ({ $what }); { $readers }
diag-out-of-range = { $what }: { $value }, { $low }..={ $high } से बाहर है
diag-out-of-range-hint = { $low } से { $high } तक का मान इस्तेमाल करें
diag-low-end = निचली सीमा ({ $what })
diag-high-end = ऊपरी सीमा ({ $what })
diag-range-reversed = { $what }: सीमा { $low } से घटकर { $high } तक जाती है
diag-range-reversed-hint = सीमा में छोटा मान पहले लिखें: ({ $high }, { $low })
diag-bad-id = { $what }: `{ $id }` इस्तेमाल लायक़ id नहीं है
diag-bad-id-hint = id में अक्षर, अंक, `-` और `_` होते हैं, जैसे `remake-the-drink`
diag-id-of = id ({ $what })
diag-play-minutes = { $minutes } मिनट का परिदृश्य 1..=240 से बाहर है
diag-play-minutes-hint = अनुमान लगाएँ कि प्रशिक्षु को इसे खेलने में कितने मिनट लगते हैं, 1 से 240 तक
diag-no-questions = डीब्रीफ़ में चर्चा के कोई प्रश्न नहीं हैं
diag-no-questions-hint = वर्कशॉप में चर्चा के लिए कम से कम एक प्रश्न जोड़ें
diag-horizon = { $years } साल की अवधि 1..=50 से बाहर है
diag-horizon-hint = ग्राहक के भविष्य के 1 से 50 साल गिनें
diag-duplicate-id = id `{ $id }` दो बार इस्तेमाल हुआ है
diag-duplicate-id-hint = यह पहली बार पंक्ति { $line } पर इस्तेमाल हुआ है; नोड और अंत एक ही id समूह साझा करते हैं, इसलिए इनमें से एक का नाम बदलें
diag-no-nodes = परिदृश्य में कोई नोड नहीं है
diag-no-nodes-hint = कम से कम एक नोड जोड़ें: ग्राहक की पहली पंक्ति और खिलाड़ी के जवाब
diag-no-endings = परिदृश्य में कोई अंत नहीं है
diag-no-endings-hint = अंत जोड़ें, जैसे एक जिसमें ग्राहक रुकता है और एक जिसमें चला जाता है
diag-start-is-ending = बातचीत `{ $id }` से शुरू होती है, जो एक अंत है
diag-start-is-ending-hint = किसी नोड से शुरू करें, जहाँ ग्राहक पहले बोलता है
diag-name-start = उस नोड का id लिखें जहाँ बातचीत शुरू होती है
diag-unknown-start = शुरुआती नोड `{ $id }` मौजूद नहीं है
diag-name-node = इस परिदृश्य का कोई नोड बताएँ
diag-condition-not-node = शर्त `{ $id }` का नाम लेती है, जो नोड नहीं है
diag-no-replies = नोड `{ $id }` में कोई जवाब नहीं है, और यह अंत भी नहीं है
diag-no-replies-hint = खिलाड़ी को यहाँ कहने को कुछ दें, या अगर बातचीत यहीं ख़त्म होती है तो इसे परिणाम के साथ `endings` में ले जाएँ
diag-no-open-reply = नोड `{ $id }` के हर जवाब पर शर्त है
diag-no-open-reply-hint = कम से कम एक जवाब बिना `when:` के रखें, ताकि खिलाड़ी के पास कहने को हमेशा कुछ हो
diag-missing-feedback = नोड `{ $node }` के जवाब { $reply } में फ़ीडबैक नहीं है ({ $what })
diag-missing-feedback-hint = `feedback: (happened: "...", coaching: "...")` जोड़ें; इसी ({ $what }) से प्रशिक्षु सीखता है
diag-unknown-principle = `{ $id }` कोई ज्ञात सिद्धांत नहीं है
diag-unknown-principle-hint = { $origin } का कोई सिद्धांत इस्तेमाल करें, या इसे वहाँ जोड़ें
diag-bad-weight = `{ $id }` का भार { $weight } है
diag-bad-weight-hint = भार -5 (बुरी तरह तोड़ता है) से 5 (पूरी तरह निभाता है) तक होता है, और कभी 0 नहीं
diag-name-node-or-ending = इस परिदृश्य का कोई नोड या अंत बताएँ
diag-unknown-next = नोड `{ $node }` का जवाब { $reply } `{ $id }` पर ले जाता है, जो न नोड है न अंत
diag-duplicate-principle = नोड `{ $node }` का जवाब { $reply } सिद्धांत `{ $id }` को दो बार तौलता है
diag-duplicate-principle-hint = हर सिद्धांत का एक ही भार रखें; सिर्फ़ आख़िरी गिना जाएगा
diag-name-ending = इस परिदृश्य का कोई अंत बताएँ
diag-unknown-walk-out = छोड़कर जाने वाला अंत `{ $id }` अंत नहीं है
diag-bad-walk-out = छोड़कर जाने वाले अंत `{ $id }` में ग्राहक रुक जाता है
diag-bad-walk-out-hint = छोड़कर जाने वाला ग्राहक खो जाता है: `Lost` या `LostAndTelling` परिणाम वाला अंत बताएँ
diag-no-walk-out = कोई भी अंत नहीं बताता कि ग्राहक के चले जाने पर क्या होता है
diag-no-walk-out-hint = `Lost` या `LostAndTelling` परिणाम वाला अंत जोड़ें, या `walk_out: "..."` से किसी एक का नाम दें
diag-unreachable-node = शुरुआत से कोई रास्ता नोड `{ $id }` तक नहीं पहुँचता
diag-unreachable-node-hint = किसी जवाब का `next` यहाँ करें, या नोड हटा दें
diag-dead-end = नोड `{ $id }` से कोई अंत नहीं पहुँचा जा सकता
diag-dead-end-hint = यहाँ के, या इससे आगे के नोडों के, किसी जवाब को ऐसा `next` दें जो अंत हो
diag-unreachable-ending = शुरुआत से कोई रास्ता अंत `{ $id }` तक नहीं पहुँचता
diag-unreachable-ending-hint = किसी जवाब का `next` यहाँ करें, या अंत हटा दें
diag-loop-too-many-replies = `{ $id }` से गुज़रने वाले लूप ({ $nodes } नोड) में { $scored } अंक वाले जवाब हैं; ठीक-ठीक विश्लेषण अधिकतम { $max } का हो सकता है
diag-loop-too-large = `{ $id }` से गुज़रने वाला लूप ({ $nodes } नोड, { $scored } अंक वाले जवाब, कई जगहों से प्रवेश) ठीक-ठीक विश्लेषण के लिए बहुत बड़ा है
diag-loop-hint = लूप को तोड़ें: कुछ जवाब बातचीत को पीछे नहीं, आगे ले जाएँ
diag-no-start = बातचीत में विश्लेषण शुरू करने के लिए कोई शुरुआती नोड नहीं है
diag-cannot-finish-hint = यहाँ के किसी जवाब को ऐसा `next` दें जो अंत हो
diag-duplicate-principle-definition = सिद्धांत `{ $id }` दो बार परिभाषित है
diag-duplicate-principle-definition-hint = यह पहली बार आइटम { $item } के रूप में परिभाषित है; एक रखें

## Facilitator notes.

diag-no-facilitator-notes = परिदृश्य `{ $id }` में संचालक के नोट्स नहीं हैं
diag-no-facilitator-notes-hint = डीब्रीफ़ के बाद { $example } जोड़ें; scenarios/README.md में पूरा उदाहरण है
diag-empty-tempting = जवाब { $reply } क्यों लुभाता है, इस पर नोट ख़ाली है
diag-empty-tempting-hint = लिखें कि कमरे के लोग इसे क्यों चुन सकते हैं और यह क्यों विफल होता है; इसे संचालक पढ़ता है
diag-notes-for-ending = नोट्स `{ $id }` के लिए हैं, जो निर्णय नहीं, एक अंत है
diag-notes-for-ending-hint = नोट्स नोडों के लिए लिखें, जहाँ कमरा जवाब चुनता है; अंत की कहानी सारांश में आती है
diag-notes-unknown-node = नोट्स नोड `{ $id }` के लिए हैं, जो मौजूद नहीं है
diag-unknown-reply = नोड `{ $id }` में जवाब { $reply } नहीं है
diag-unknown-reply-hint = नोड `{ $id }` में जवाब 1 से { $count } तक हैं: संख्याएँ उसकी `replies` सूची में स्थान हैं, 1 से गिनकर
diag-model-answer-not-best = `{ $id }` पर आदर्श जवाब { $model } है, पर विश्लेषण के अनुसार सबसे अच्छा जवाब { $best } है
diag-model-answer-not-best-hint = यहाँ से जवाब { $model } अधिकतम { $model-points } अंक तक और जवाब { $best } { $best-points } तक ले जाता है; जवाब { $best } बताएँ, या अगर जवाब { $model } सबसे अच्छा होना चाहिए तो सिद्धांतों के भार बदलें (`last-word analyze` रास्ते दिखाता है)
diag-missing-decision-notes = संचालक के नोट्स `{ $id }` को छोड़ देते हैं, जो सबसे अच्छे रास्ते का एक निर्णय है
diag-missing-decision-notes-hint = `facilitator.decisions` में `"{ $id }": (model_answer: { $reply }, why: "...", minutes: 3)` जोड़ें
diag-duplicate-notes = संचालक के नोट्स में `{ $id }` ({ $what }) दो बार है
diag-duplicate-notes-hint = दोनों नोट्स को एक में मिलाएँ; सिर्फ़ आख़िरी गिना जाएगा
diag-minutes-out-of-range = { $what }: { $value }, { $low }..={ $high } से बाहर है
diag-minutes-out-of-range-hint = { $low } से { $high } तक पूरे मिनट सुझाएँ

## Translation files.

diag-translation-did-you-mean = क्या आपका मतलब `{ $near }` था? फ़ाइल का नाम `{ $near }.{ $lang }.ron` रखें
diag-translation-name-file = फ़ाइल का नाम `<परिदृश्य id>.<भाषा>.ron` रखें, परिदृश्य के बगल में
diag-translation-no-scenario = यह `{ $id }` का अनुवाद है, पर यहाँ उस id का कोई परिदृश्य नहीं है
diag-unknown-language = `{ $lang }` ऐसा भाषा टैग नहीं है जिसे Last Word जानता हो
diag-unknown-language-hint = फ़ाइल का नाम BCP 47 टैग के साथ `<परिदृश्य id>.<भाषा>.ron` रखें: `it`, `lv`, `mn`, `hi`, `te`, `pt-BR`
diag-translation-holds-scenario = इस फ़ाइल का नाम अनुवाद जैसा है (`<id>.<भाषा>.ron`) पर इसमें परिदृश्य है
diag-translation-holds-scenario-hint = परिदृश्य फ़ाइल के नाम में `.ron` से पहले बिंदु नहीं होता: नाम बदलें, जैसे `my-scenario.ron`
diag-not-a-translation = यह अनुवाद नहीं है
diag-not-a-translation-hint = अनुवाद फ़ाइल में { $example } होता है; `last-word translate <ID> --lang <LANG>` एक लिख देता है
diag-translation-key = कुंजी दोहरे उद्धरण चिह्नों में किसी टेक्स्ट का id होती है
diag-translation-key-hint = कुंजियाँ `"node.checkout.line"` की तरह लिखें; `last-word translate` हर कुंजी लिख देता है
diag-duplicate-entry = `{ $key }` का अनुवाद दो बार है (पहला पंक्ति { $line } पर)
diag-duplicate-entry-hint = दोनों प्रविष्टियों में से एक रखें
diag-translation-entry = `{ $key }` की प्रविष्टि `(text: "...", from: "...")` नहीं है
diag-translation-entry-hint = अनुवाद `text` में लिखें और `last-word translate` का लिखा `from` फ़िंगरप्रिंट रहने दें
diag-translation-missing = `{ $key }` का अनुवाद नहीं है; यह मूल भाषा में चलता है
diag-translation-missing-hint = `"{ $key }": (text: "...", from: "{ $from }")` जोड़ें, या हर छूटी प्रविष्टि जोड़ने के लिए `last-word translate { $id } --lang { $lang }` चलाएँ
diag-translation-extra = `{ $key }`, `{ $id }` का टेक्स्ट नहीं है
diag-translation-extra-hint = `{ $id }` में ऐसा कोई टेक्स्ट नहीं है; प्रविष्टि हटा दें
diag-translation-empty = `{ $key }` का अभी अनुवाद नहीं हुआ है; यह मूल भाषा में चलता है
diag-translation-empty-hint = अनुवाद `text` में लिखें
diag-translation-stale = अनुवाद के बाद `{ $key }` का मूल बदल गया है; अनुवाद अपडेट होने तक यह मूल भाषा में चलता है
diag-translation-stale-hint = मूल अब यह है: "{ $original }"; `text` अपडेट करें, फिर `from: "{ $from }"` रखें (या `last-word translate` फिर चलाएँ, जो इसे चिह्नित करता है)

## More of what a message is about.

diag-what-a-tag = टैग
diag-what-the-debrief-s-lesson = डीब्रीफ़ का सबक
diag-what-the-debrief-s-money-explanation = डीब्रीफ़ में पैसे की व्याख्या
diag-what-a-discussion-question = चर्चा का प्रश्न
diag-what-the-margin = मार्जिन
diag-what-the-discount-rate = छूट दर
diag-what-the-customer-s-name = ग्राहक का नाम
diag-what-the-customer-s-description = ग्राहक का विवरण
diag-what-the-starting-mood = शुरुआती मूड
diag-what-the-patience-mood-lost-per-minute-of-waiting = धैर्य (इंतज़ार के हर मिनट में घटता मूड)
diag-what-the-spend-per-visit = प्रति विज़िट ख़र्च
diag-what-the-visits-per-year = साल में विज़िट
diag-what-the-people-they-talk-to = जिन लोगों को वे बताते हैं
diag-what-the-mood-in-this-condition = इस शर्त में मूड
diag-what-the-customer-s-line = ग्राहक की पंक्ति
diag-what-the-minutes-that-pass = बीतने वाले मिनट
diag-what-a-mood-line = मूड की पंक्ति
diag-what-the-reply-s-text = जवाब का टेक्स्ट
diag-what-the-mood-change = मूड में बदलाव
diag-what-the-spread = फैलाव
diag-what-what-happened = क्या हुआ
diag-what-the-coaching = कोचिंग
diag-what-the-ending-s-text = अंत का टेक्स्ट
diag-what-the-principle-id = सिद्धांत id
diag-what-the-principle-s-name = सिद्धांत का नाम
diag-what-the-principle-s-summary = सिद्धांत का सारांश
diag-what-the-facilitator-s-summary = संचालक का सारांश
diag-what-the-debrief-s-minutes = डीब्रीफ़ के मिनट
diag-what-decision = निर्णय
diag-what-tempting-reply = लुभाने वाला जवाब
diag-what-the-reason-for-the-model-answer = आदर्श जवाब का कारण
diag-what-the-question-for-the-room = कमरे के लिए प्रश्न
diag-what-the-decision-s-minutes = निर्णय के मिनट
