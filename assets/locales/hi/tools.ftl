# ट्रेनरों के टूल (src/cli/): translate, pass-mark, lrs, report,
# workshops, कमांड लाइन की मदद और त्रुटियाँ; सिद्धांतों के नाम।
# संदर्भ: ../en/tools.ftl।

## stderr की पंक्तियाँ: क्या गड़बड़ हुई, क्या करें, क्या जानें

line-error = त्रुटि: { $message }
line-help = सुझाव: { $message }
line-note = नोट: { $message }

## परिदृश्य और उसका अनुवाद ढूँढना

no-such-scenario = `{ $what }` नाम की न कोई परिदृश्य फ़ाइल है, न परिदृश्य id ({ $dir } में देखा)
did-you-mean = क्या आपका मतलब `{ $id }` था?
no-scenarios-there = वहाँ कोई परिदृश्य नहीं है; --dir या फ़ाइल का पाथ दें
scenarios-are = परिदृश्य ये हैं: { $ids }
scenario-has-errors = परिदृश्य में त्रुटियाँ हैं; उन्हें ठीक करके फिर कोशिश करें
scenario-not-valid = { $path } मान्य परिदृश्य नहीं है
no-translation = `{ $id }` का { $language } में कोई अनुवाद नहीं है ({ $path } नहीं है)
no-translation-none = इसका अभी कोई अनुवाद नहीं है; एक शुरू करें: last-word translate { $id } --lang { $lang }
no-translation-others = इसके अनुवाद इन भाषाओं में हैं: { $languages }; या यह अनुवाद शुरू करें: last-word translate { $id } --lang { $lang }
translation-has-errors = अनुवाद में त्रुटियाँ हैं; उन्हें ठीक करें, या --lang के बिना खेलें
translation-partial = { $texts } में से { $missing } टेक्स्ट { $language } में अनूदित नहीं हैं{ $stale ->
        [0] {""}
       *[other] {" "}(इनमें { $stale } पुराने)
    }; वे वैसे ही दिखाए जाते हैं जैसे परिदृश्य के लेखक ने लिखे (`last-word validate { $path }` उनकी सूची देता है)
language-with-tag = { $name } ({ $tag })
language-name-en = अंग्रेज़ी
language-name-it = इतालवी
language-name-lv = लातवियाई
language-name-mn = मंगोलियाई
language-name-hi = हिंदी
language-name-te = तेलुगु
cannot-write = { $path } नहीं लिखा जा सका: { $reason }

## last-word translate

translate-unknown-tag = `{ $tag }` ऐसा भाषा कोड नहीं है जिसे Last Word जानता हो
translate-give-a-tag = BCP 47 कोड दें: `it` (इतालवी), `lv` (लातवियाई), `mn` (मंगोलियाई), `hi` (हिंदी), `te` (तेलुगु), `pt-BR`
translate-wrote = { $path } { $updated ->
        [yes] अपडेट किया
       *[no] लिखा
    }: टेक्स्ट: { $texts }, अनूदित: { $translated }, पुराने: { $stale }, अनुवाद बाकी: { $missing } ({ $percent }%)
translate-next = हर `text` का अनुवाद करें (मूल उसके ऊपर की टिप्पणी में है), फिर जाँचें: last-word validate { $path }
translate-fix-first = { $path } में त्रुटियाँ हैं; पहले उन्हें ठीक करें, ताकि उसका कोई अनुवाद न खोए

## last-word pass-mark

pass-mark-all = हर परिदृश्य का पास अंक: { $mark }
pass-mark-cleared = `{ $id }` अब हर परिदृश्य वाला पास अंक इस्तेमाल करता है।
pass-mark-none-to-clear = `{ $id }` का अपना कोई पास अंक नहीं था।
pass-mark-set-one = `{ $id }` में { $mark } या उससे ज़्यादा स्कोर पर महारत मानी जाएगी।
pass-mark-set-all = जिन परिदृश्यों का अपना पास अंक नहीं है, उनमें { $mark } या उससे ज़्यादा स्कोर पर महारत मानी जाएगी।

## रिकॉर्ड की त्रुटियाँ

records-database = रिकॉर्ड डेटाबेस: { $reason }
records-folder = रिकॉर्ड के लिए फ़ोल्डर { $path } नहीं बन सका: { $reason }; { $variable } को ऐसे फ़ोल्डर पर सेट करें जिसमें आप लिख सकें
records-newer = रिकॉर्ड Last Word के नए संस्करण ने लिखे हैं (स्कीमा { $found }; यह संस्करण { $known } तक जानता है); इन्हें खोलने के लिए Last Word अपडेट करें
records-empty-name = शिक्षार्थी का नाम चाहिए; कम से कम एक अक्षर लिखें
records-name-taken = { $name } नाम का शिक्षार्थी पहले से है; उन्हें सूची से चुनें, या कोई और नाम लिखें
records-no-learner-yet = `{ $name }` नाम का कोई शिक्षार्थी नहीं है, और अभी तक कोई दर्ज नहीं हुआ; पहले कोई परिदृश्य खेलें
records-no-learner = `{ $name }` नाम का कोई शिक्षार्थी नहीं है; शिक्षार्थी ये हैं: { $known }
records-no-attempt = प्रयास { $attempt } मौजूद नहीं है
records-out-of-step = प्रयास { $attempt } को अगला जवाब { $expected } चाहिए, { $given } नहीं; नया प्रयास शुरू करें
records-already-started = सेशन में पहले से जवाब हैं: { $replies }; प्रयास पहले जवाब से पहले शुरू करें
records-no-workshop-yet = `{ $id }` नाम की कोई वर्कशॉप नहीं है, और अभी तक कोई सहेजी नहीं गई; `last-word workshop` से एक चलाएँ
records-no-workshop = `{ $id }` नाम की कोई वर्कशॉप नहीं है; सहेजी गई वर्कशॉप, सबसे नई पहले: { $known }
records-damaged-workshop = सहेजी गई वर्कशॉप { $id } पढ़ी नहीं जा सकी ({ $reason }); शायद इसे Last Word के नए संस्करण ने लिखा है

## last-word lrs

lrs-not-set-up = कोई LRS सेट नहीं है; इससे सेट करें: `last-word lrs configure --endpoint URL --key KEY --secret SECRET`
lrs-off = अब कोई LRS सेट नहीं है: जब तक कोई सेट न हो, स्टेटमेंट आउटबॉक्स में रहेंगे (`last-word lrs configure`)।
lrs-configured = स्टेटमेंट { $endpoint } वाले LRS को भेजे जाएँगे।
lrs-configured-test = कनेक्शन जाँचें: `last-word lrs test`।
lrs-named-account = शिक्षार्थियों की पहचान { $home } पर खाते से होती है (शिक्षार्थी का नाम)।
lrs-named-mbox = शिक्षार्थियों की पहचान { $domain } के ईमेल पते से होती है (mailto:naam.upnaam@{ $domain })।
lrs-bad-endpoint = `{ $text }` LRS एंडपॉइंट नहीं है; उसका पता http:// या https:// के साथ दें, जैसे --endpoint https://lrs.example.org/xAPI/
lrs-bad-home-page = `{ $text }` पता नहीं है; वह होम पेज दें जिससे शिक्षार्थियों के खाते जुड़े हैं, जैसे --account-home-page https://learning.example.org
lrs-bad-domain = `{ $text }` मेल डोमेन नहीं है; शिक्षार्थियों के पतों में @ के बाद आने वाला हिस्सा दें, जैसे --mbox-domain example.org
lrs-status-lrs = LRS: { $endpoint } (की { $key })
lrs-status-none = LRS: कोई सेट नहीं (`last-word lrs configure` से सेट करें)
lrs-status-outbox = आउटबॉक्स: { $waiting } इंतज़ार में, { $sent } भेजे गए, { $refused } अस्वीकृत
lrs-status-waiting = इंतज़ार में: { $problem }।
lrs-status-failed = { $tries } बार विफल; { $next }, या अभी भेजें: `last-word lrs sync`।
lrs-next-try = अगली कोशिश { $when }
lrs-next-run = ये तब जाएँगे जब गेम या कोई खेल अगली बार चलेगा
lrs-status-refused = LRS ने अस्वीकार किए (सबसे नए पहले; ये दोबारा नहीं भेजे जाते):
lrs-status-refusal = { $statement } (प्रयास { $attempt }), { $when }: { $message }
lrs-status-more = और { $count }
when-now = अभी-अभी
when-in = { $amount } { $unit ->
        [s] सेकंड
        [min] मिनट
        [h] घंटे
       *[days] दिन
    } में
when-ago = { $amount } { $unit ->
        [s] सेकंड
        [min] मिनट
        [h] घंटे
       *[days] दिन
    } पहले
lrs-checking = { $endpoint } पर LRS की जाँच हो रही है ...
lrs-check-about = /about: xAPI { $versions }
lrs-check-no-about = /about: उपलब्ध नहीं (यह ठीक है; नीचे की रीडिंग दिखाती है कि यह xAPI है)
lrs-check-accepted = की और सीक्रेट: स्वीकृत (LRS ने इनसे अपने स्टेटमेंट पढ़ने दिए)
lrs-check-ready = LRS तैयार है: स्टेटमेंट इसे भेजे जाएँगे।
lrs-sync-nothing = भेजने को कुछ नहीं: आउटबॉक्स खाली है।
lrs-sync-bar = भेजे जा रहे हैं [bar] [done]/[total] स्टेटमेंट
lrs-sync-sent = { $sent } स्टेटमेंट भेजे गए{ $refused ->
        [0] {""}
       *[other] ; LRS ने { $refused } अस्वीकार किए (`last-word lrs status` कारण बताता है)
    }।
lrs-sync-trouble = { $trouble }। { $count } स्टेटमेंट अभी इंतज़ार में हैं: LRS के वापस आने पर गेम उन्हें भेज देगा, या `last-word lrs sync` फिर चलाएँ

## LRS क्यों विफल हुआ

lrs-trouble-unreachable = { $url } पर LRS तक नहीं पहुँचा जा सका: { $reason }; `last-word lrs test` से एंडपॉइंट और नेटवर्क जाँचें
lrs-trouble-unavailable = LRS ने { $status } जवाब दिया: यह व्यस्त है या गड़बड़ा रहा है; स्टेटमेंट इंतज़ार करेंगे और बाद में फिर भेजे जाएँगे
lrs-trouble-unavailable-said = LRS ने { $status } जवाब दिया ({ $message }): यह व्यस्त है या गड़बड़ा रहा है; स्टेटमेंट इंतज़ार करेंगे और बाद में फिर भेजे जाएँगे
lrs-trouble-credentials = LRS ने की/सीक्रेट अस्वीकार कर दिए ({ $status }); `last-word lrs configure` से सही वाले सेट करें
lrs-check-unreachable = { $url } से कनेक्ट नहीं हो सका: { $reason }। एंडपॉइंट की वर्तनी जाँचें, और यह कि LRS चल रहा है और यहाँ से पहुँच में है
lrs-check-not-xapi = { $url } ने { $status } जवाब दिया, पर xAPI LRS की तरह नहीं: एंडपॉइंट शायद ग़लत है। यह वह पता है जिसके नीचे स्टेटमेंट पोस्ट होते हैं (`statements` के बिना), अक्सर /xAPI/ पर ख़त्म होता है; इसे `last-word lrs configure --endpoint URL ...` से सेट करें
lrs-check-credentials = LRS ने की/सीक्रेट अस्वीकार कर दिए ({ $status })। इन्हें LRS से फिर कॉपी करें और `last-word lrs configure` से सेट करें
lrs-check-version = LRS xAPI { $versions } बोलता है, और Last Word xAPI 1.0.3 भेजता है। ऐसा LRS (या उसका एंडपॉइंट) इस्तेमाल करें जो 1.0.3 स्वीकार करे
lrs-check-other = LRS ने अपने स्टेटमेंट पढ़ने पर { $status } जवाब दिया ({ $message }); उसके एडमिनिस्ट्रेटर से पूछें कि वह क्या चाहता है

## last-word report (CSV स्प्रेडशीट और स्क्रिप्ट के लिए अंग्रेज़ी में रहता है)

report-wrote = रिपोर्ट ({ $attempts } प्रयास, { $learners } शिक्षार्थी) { $path } में लिखी गई
report-not-a-folder = { $dir } परिदृश्यों का फ़ोल्डर नहीं है; --dir को परिदृश्यों का फ़ोल्डर दें, या इसे छोड़ दें
report-file-missing = { $file }: ऐसी कोई फ़ाइल नहीं; किसी रिकॉर्ड फ़ाइल का पाथ दें (शिक्षार्थी के डेटा फ़ोल्डर से records.sqlite3)
report-file-unreadable = { $file }: Last Word रिकॉर्ड के रूप में पढ़ी नहीं जा सकी ({ $reason }); जाँचें कि यह पूरी कॉपी की गई records.sqlite3 है
report-file-not-records = { $file }: इसमें Last Word के रिकॉर्ड नहीं हैं; शिक्षार्थी के डेटा फ़ोल्डर से records.sqlite3 दें
report-file-newer = { $file }: Last Word के नए संस्करण ने लिखी है (स्कीमा { $found }; यह संस्करण { $known } तक पढ़ता है); इस पर रिपोर्ट के लिए Last Word अपडेट करें
report-percent = { $value }%
duration-seconds = { $s } सेकंड
duration-minutes = { $min } मिनट
duration-hours = { $h } { $h ->
        [one] घंटा
       *[other] घंटे
    } { $min } मिनट
report-none-in-period = उस अवधि में कोई प्रयास शुरू नहीं हुआ।
report-none-yet = अभी तक कोई प्रयास दर्ज नहीं: शिक्षार्थी `last-word play` से या गेम में खेलते हैं।
report-coverage = { $files } { $files ->
        [one] फ़ाइल
       *[other] फ़ाइलों
    } से { $learners } { $learners ->
        [one] शिक्षार्थी
       *[other] शिक्षार्थियों
    } के { $attempts } प्रयास{ $shared ->
        [0] {""}
       *[other] {" "}({ $shared } एक से ज़्यादा फ़ाइलों में मिले, एक बार गिने गए)
    }{ $since ->
        [none] {""}
       *[other] , { $since } या उसके बाद शुरू हुए
    }{ $played ->
        [day] ; { $first } को खेले गए
        [days] ; { $first } से { $last } तक खेले गए
       *[none] {""}
    }
report-title-text = Last Word प्रशिक्षण रिपोर्ट
report-made-text = बनाई गई { $made } UTC: { $coverage }
report-files = फ़ाइलें
report-col-file = फ़ाइल
report-col-schema = स्कीमा
report-col-attempts = प्रयास
report-col-shared = पिछली फ़ाइल में भी
report-learners = शिक्षार्थी
report-col-learner = शिक्षार्थी
report-col-finished = पूरे
report-col-scenarios = परिदृश्य
report-col-mastered = महारत
report-col-average = औसत स्कोर
report-col-best = सबसे अच्छा
report-col-time = लगा समय
report-col-scenario = परिदृश्य
report-col-learners = शिक्षार्थी
report-col-passed = पास
report-col-loyal = वफ़ादार
report-col-at-risk = जोखिम में
report-col-lost = खोए
report-col-telling = बता रहे
report-col-walked-out = चले गए
report-scenarios-text = परिदृश्य (पूरे प्रयास नतीजे के हिसाब से: ग्राहक बना रहा और वफ़ादार, बना रहा पर जोखिम में, खो गया, खो गया और सबको बता रहा है)
report-principles-text = सिद्धांत (पूरे प्रयासों में कमाए अंक, सबसे अच्छे रास्तों के अंकों में से)
report-col-principle = सिद्धांत
report-col-earned = कमाए
report-col-share = हिस्सा
report-choices-text = हर फ़ैसले के मोड़ पर चुनाव (हर जवाब को चुनने वाले उत्तर; * सबसे अच्छा जवाब)
report-at-moment = `{ $node }` पर
report-moment-unknown-text = पल दर्ज नहीं (उस समय के जवाब जब Last Word इसे सहेजता नहीं था)
report-chosen-of = { $answers } में से { $chosen }
report-html-title = प्रशिक्षण रिपोर्ट, { $made } UTC
report-heading = प्रशिक्षण रिपोर्ट
report-made = बनाई गई { $made } UTC
report-card-learners = शिक्षार्थी
report-card-learners-detail = रिकॉर्ड में { $scenarios } परिदृश्य
report-card-attempts = प्रयास
report-card-attempts-detail = { $finished } पूरे
report-card-average = औसत स्कोर
report-card-average-detail = { $total } अंक / { $finished } पूरे
report-card-passed = पास
report-card-passed-detail = { $finished } पूरे प्रयासों में से
report-card-mastered = परिदृश्यों में महारत
report-card-mastered-detail = खेली गई { $played } शिक्षार्थी–परिदृश्य जोड़ियों में से
report-learners-note = पूरे प्रयासों का औसत (अंक / पूरे)। महारत: वे परिदृश्य जिनमें कोई प्रयास पास अंक या उससे ऊपर रहा। लगा समय: शुरुआत से हर जवाब और अंत तक, हर ठहराव अधिकतम 5 मिनट गिना गया।
report-no-finished-attempt = कोई पूरा प्रयास नहीं
report-scenarios = परिदृश्य
report-scenarios-note = हर परिदृश्य के पूरे प्रयास कैसे ख़त्म हुए: ग्राहक बना रहा या खो गया। पास: पास अंक या उससे ऊपर पूरे हुए।
report-col-outcomes = पूरे प्रयासों के नतीजे
report-none-finished = कोई पूरा नहीं
report-walked-out = { $count } चले गए
report-of-total = { $total } में से
report-principles = सिद्धांत
report-principles-note = पूरे प्रयासों में हर सिद्धांत के लिए कमाए अंक, उन्हीं परिदृश्यों के सबसे अच्छे जवाबों के अंकों के मुक़ाबले। हिस्सा = कमाए / सबसे अच्छे; शून्य से नीचे का मतलब है कि सिद्धांत माना कम, तोड़ा ज़्यादा गया।
report-col-share-of-best = सबसे अच्छे का हिस्सा
report-choices = हर फ़ैसले के मोड़ पर चुनाव
report-choices-note = हर उस पल पर जब शिक्षार्थी को ग्राहक को जवाब देना था: हर जवाब को कितने उत्तरों ने चुना। जो बातचीत किसी पल पर लौट आई, उसका हर उत्तर गिना जाता है।
report-best-note = { $tag } उस जवाब को दिखाता है जिससे उस पल से सबसे अच्छा रास्ता शुरू होता है।
report-best-tag = सबसे अच्छा
report-moment = पल { $node }
report-moment-unknown = पल दर्ज नहीं (उस समय के जवाब जब Last Word इसे सहेजता नहीं था)
report-answers = { $count } उत्तर
report-best-chosen = सबसे अच्छा जवाब { $answers } में से { $chosen } बार चुना गया ({ $share })
report-about = इस रिपोर्ट के बारे में
report-col-records-file = रिकॉर्ड फ़ाइल
report-about-note = कई फ़ाइलों में मिला प्रयास (एक ही ग्लोबल id) एक बार गिना जाता है, उसकी सबसे पूरी कॉपी से। शिक्षार्थियों का मिलान नाम से होता है, छोटे-बड़े अक्षरों का फ़र्क़ छोड़कर। समय UTC में है। `last-word report` से बनाई गई; `--format csv` स्प्रेडशीट के लिए हर प्रयास की एक पंक्ति देता है।

## last-word analyze --notes, और सिमुलेशन की प्रगति पट्टी

mc-bar = सिमुलेशन [bar] [done]/[total] ग्राहक ([eta] बाकी)
notes-none = फ़ैसिलिटेटर के नोट: कोई नहीं। `facilitator` ब्लॉक जोड़ें (scenarios/README.md में तरीका है)।
notes-heading = फ़ैसिलिटेटर के नोट (सिर्फ़ फ़ैसिलिटेटर के लिए):
notes-time = सबसे अच्छे रास्ते पर समय: { $decisions } फ़ैसले और डीब्रीफ़, { $sum } = { $total } मिनट।
notes-off-path = सबसे अच्छे रास्ते से बाहर:
notes-decision = [{ $node }] { $minutes } मिनट: “{ $line }”
notes-model-answer = आदर्श जवाब: जवाब { $reply } ({ $points }): { $text }
notes-tempting = लुभाने वाला: जवाब { $reply } ({ $points }): { $text }
notes-other-best = (विश्लेषण के हिसाब से यहाँ सबसे अच्छा जवाब { $reply } है; नोट किसी और के पक्ष में हैं।)
notes-ask = कमरे से पूछें: { $question }

## कमांड लाइन: किसी आर्ग्युमेंट या गेम विंडो को क्या चाहिए

translate-say-which = बताएँ कि किस भाषा में अनुवाद करना है, जैसे last-word translate { $scenario } --lang it
no-game-window = Last Word के इस बिल्ड में गेम विंडो नहीं है (यह `gui` फ़ीचर के बिना बना है)। टर्मिनल में खेलें: `last-word play <परिदृश्य>`; `last-word list` परिदृश्य दिखाता है।
arg-not-a-reply = `{ $text }` जवाब का नंबर नहीं है; जवाब कॉमा से अलग किए नंबरों में लिखें, जैसे 2,1,3, या कोई नहीं तो ""
arg-not-a-size = `{ $text }` आकार नहीं है; इसे चौड़ाईxऊँचाई की तरह लिखें, जैसे 1920x1080
arg-not-a-side = `{ $text }` 320 से 8192 के बीच की चौड़ाई या ऊँचाई नहीं है
arg-not-an-address = `{ $text }` पता नहीं है; कमरे के नेटवर्क पर इस कंप्यूटर का पता लिखें, जैसे 192.168.1.5 या 192.168.1.5:8000
arg-not-a-date = `{ $text }` तारीख़ नहीं है; इसे YYYY-MM-DD की तरह लिखें, जैसे 2026-03-01 (दिन 00:00 UTC से शुरू होते हैं)
arg-not-a-day = `{ $text }` कैलेंडर का कोई दिन नहीं है; महीना और दिन जाँचें

## कमांड लाइन की मदद: clap के शब्द। उपयोग की पंक्ति, विकल्पों और
## मानों के नाम (<SCENARIO>, [OPTIONS]) जैसे टाइप होते हैं वैसे ही रहते हैं।

help-usage = उपयोग:
help-heading-commands = कमांड
help-heading-arguments = आर्ग्युमेंट
help-heading-options = विकल्प
help-flag = मदद दिखाएँ
help-flag-summary = मदद दिखाएँ ('--help' से और ज़्यादा)
help-flag-more = मदद दिखाएँ ('-h' से सारांश)
help-version = संस्करण दिखाएँ
help-about-help = यह संदेश या दिए गए सबकमांड की मदद दिखाएँ
help-default = [डिफ़ॉल्ट: { $value }]
help-possible-values = [संभावित मान: { $values }]
help-possible-values-heading = संभावित मान:

## कमांड लाइन की त्रुटियाँ

clap-error = त्रुटि:
clap-tip = सुझाव:
clap-more = ज़्यादा जानकारी के लिए '{ $help }' आज़माएँ।
clap-unknown-argument = अनपेक्षित आर्ग्युमेंट '{ $arg }' मिला
clap-unknown-command = अपरिचित सबकमांड '{ $command }'
clap-missing = ये ज़रूरी आर्ग्युमेंट नहीं दिए गए:{ $list }
clap-missing-command = '{ $command }' को सबकमांड चाहिए, पर कोई नहीं दिया गया
clap-commands-list = [सबकमांड: { $commands }]
clap-invalid-value = '{ $arg }' के लिए अमान्य मान '{ $value }'
clap-value-required = '{ $arg }' को मान चाहिए, पर कोई नहीं दिया गया
clap-no-equals = '{ $arg }' को मान देते समय बराबर का चिह्न चाहिए
clap-too-many = '{ $arg }' के लिए अनपेक्षित मान '{ $value }' मिला; और मान अपेक्षित नहीं थे
clap-too-few = '{ $arg }' को { $expected } मान चाहिए; सिर्फ़ { $actual } दिए गए
clap-wrong-count = '{ $arg }' को { $expected } मान चाहिए, पर { $actual } दिए गए
clap-used-twice = आर्ग्युमेंट '{ $arg }' एक से ज़्यादा बार इस्तेमाल नहीं हो सकता
clap-conflict = आर्ग्युमेंट '{ $arg }'{ $with ->
        [list] {" "}इनके साथ इस्तेमाल नहीं हो सकता:{ $others }
        [one] {" "}'{ $others }' के साथ इस्तेमाल नहीं हो सकता
       *[unknown] {" "}दिए गए एक या ज़्यादा दूसरे आर्ग्युमेंट के साथ इस्तेमाल नहीं हो सकता
    }
clap-conflict-command = सबकमांड '{ $arg }'{ $with ->
        [list] {" "}इनके साथ इस्तेमाल नहीं हो सकता:{ $others }
        [one] {" "}'{ $others }' के साथ इस्तेमाल नहीं हो सकता
       *[unknown] {" "}दिए गए एक या ज़्यादा दूसरे आर्ग्युमेंट के साथ इस्तेमाल नहीं हो सकता
    }
clap-similar-command = { $count ->
        [one] एक मिलता-जुलता सबकमांड है
       *[other] कुछ मिलते-जुलते सबकमांड हैं
    }: { $list }
clap-similar-argument = { $count ->
        [one] एक मिलता-जुलता आर्ग्युमेंट है
       *[other] कुछ मिलते-जुलते आर्ग्युमेंट हैं
    }: { $list }
clap-similar-value = { $count ->
        [one] एक मिलता-जुलता मान है
       *[other] कुछ मिलते-जुलते मान हैं
    }: { $list }
clap-tip-pass-as-value = '{ $arg }' को मान के रूप में देने के लिए '{ $use }' इस्तेमाल करें
clap-tip-exists = '{ $arg }' मौजूद है
clap-tip-remove-dashes = सबकमांड '{ $command }' मौजूद है; इसे इस्तेमाल करने के लिए इससे पहले का '--' हटाएँ

## कमांड लाइन की मदद: हर कमांड का विवरण और हर आर्ग्युमेंट की मदद।

help-about = Last Word: ग्राहक सेवा प्रशिक्षण का एक खेल, और उसके परिदृश्य लिखने के टूल।
help-long-about =
    Last Word: ख़राब सेवा की सच्ची कहानियों पर बना ग्राहक सेवा प्रशिक्षण का खेल।

    बिना कमांड के यह गेम खोलता है। ट्रेनर परिदृश्य scenarios/ में RON फ़ाइलों के रूप में लिखते हैं (scenarios/README.md देखें); कमांड उन्हें जाँचते हैं, सूची बनाते हैं, विश्लेषण करते हैं और टर्मिनल में खिलाते हैं।
help-arg-dir = वह फ़ोल्डर जिससे परिदृश्य पढ़े जाते हैं
help-arg-scenario = यह परिदृश्य (इसका id) तुरंत खोलें
help-arg-choices = ये जवाब तुरंत खेलें, जैसे `--choices 1,2`: स्थिर जवाब नंबर (परिदृश्य फ़ाइल में हर जवाब की जगह, वह किसी भी क्रम में दिखे); `--choices ""` कोई नहीं खेलता। जो बातचीत सूची से पहले ख़त्म हो जाए, वह वहीं रुकती है, एक नोट के साथ
help-arg-no-shuffle = जवाब मिलाने के बजाय फ़ाइल के क्रम में दिखाएँ (सिर्फ़ इस बार; स्थायी स्विच सेटिंग्स स्क्रीन पर है)
help-arg-screenshot = स्क्रीन स्थिर होने पर विंडो का PNG सहेजें, फिर बाहर निकलें
help-arg-screen = --screenshot से कैप्चर करने वाली स्क्रीन: title, picker, settings, play (--scenario के साथ डिफ़ॉल्ट), debrief, learners, progress, या वर्कशॉप की कोई स्क्रीन: workshop (प्रोजेक्टर), workshop-setup, standings, workshop-end (`last-word workshop` के --scenarios और --teams या --hands के साथ, या --scenario के साथ)
help-value-screen-workshop = वर्कशॉप का प्रोजेक्टर: --scenario के साथ, उसका पहला फ़ैसला, सिम्युलेटेड फ़ोनों के वोटों की लाइव गिनती के साथ
help-value-screen-workshop-setup = वर्कशॉप की तैयारी वाली स्क्रीन, `last-word workshop` के विकल्पों के अनुसार पहले से भरी
help-value-screen-standings = पहले परिदृश्य के बाद टीमों की अंक तालिका, सिम्युलेटेड टीमों के वोटों से (`last-word workshop --teams` चाहिए)
help-value-screen-workshop-end = सिम्युलेटेड फ़ोनों द्वारा शुरू से अंत तक खेली गई वर्कशॉप का अंत
help-arg-seed = ग्राहक की यादृच्छिकता का सीड
help-arg-window-size = विंडो का आकार लॉजिकल पिक्सेल में, जैसे `1920x1080`
help-arg-continuous = हर फ़्रेम बनाएँ, तब भी जब कुछ न बदले (आइडल बेंचमार्क में तुलना के लिए)
help-arg-bench-idle = पहले इंटरैक्टिव फ़्रेम तक का समय और इतने सेकंड तक आइडल CPU मापें, उन्हें प्रिंट करें और बाहर निकलें
help-arg-lang = Last Word किस भाषा में दिखे, हर कमांड में: `it`, `lv`, `mn`, `hi`, `te` या `en` जैसा कोड (डिफ़ॉल्ट: सिस्टम की भाषा, LC_ALL, LC_MESSAGES या LANG से, वरना अंग्रेज़ी)। `play` और `analyze` परिदृश्य के टेक्स्ट भी इसी भाषा में दिखाते हैं, उसके बगल वाली अनुवाद फ़ाइल से; जिन टेक्स्ट का अनुवाद नहीं हुआ, वे जैसे लिखे हैं वैसे रहते हैं। भाषा से दर्ज होने वाली किसी चीज़ में बदलाव नहीं होता
help-about-validate = परिदृश्य फ़ाइलों में त्रुटियाँ जाँचें (सब मान्य हों तो 0, वरना 1 के साथ बाहर निकलता है)
help-arg-validate-paths = परिदृश्य फ़ाइलें या उनके फ़ोल्डर
help-arg-validate-format = आउटपुट फ़ॉर्मैट
help-arg-validate-coverage = --format json के साथ: एक ऑब्जेक्ट प्रिंट करें जिसमें `diagnostics` (इस विकल्प के बिना प्रिंट होने वाला ऐरे) और `translations`, हर अनुवाद की कवरेज, हों
help-about-list = मिले परिदृश्यों की सूची: id, शीर्षक, कठिनाई, मिनट
help-arg-list-dir = जिस फ़ोल्डर में देखना है
help-about-analyze = परिदृश्य के अंत, सबसे अच्छा और सबसे बुरा स्कोर और रास्ते दिखाएँ (स्थिर जवाब नंबर, जिन्हें `play --choices` क्रम मिलाए जाने के बावजूद दोहराता है); --runs के साथ कई सिम्युलेटेड ग्राहक भी खिलाएँ
help-arg-analyze-scenario = परिदृश्य का id (--dir में ढूँढा जाता है) या परिदृश्य फ़ाइल का पाथ
help-arg-analyze-json = विश्लेषण JSON में प्रिंट करें
help-arg-analyze-dir = वह फ़ोल्डर जिसमें id ढूँढे जाते हैं
help-arg-analyze-runs = इतने ग्राहक यादृच्छिक जवाबों के साथ, और उतने ही सबसे अच्छे रास्ते पर खिलाएँ, और स्कोर, नतीजे और पैसे का फैलाव बताएँ
help-arg-analyze-seed = --runs का सीड (एक ही सीड से एक ही रिपोर्ट)
help-arg-analyze-notes = फ़ैसिलिटेटर के नोट जोड़ें: हर फ़ैसले पर आदर्श जवाब, लुभाने वाले जवाब क्यों लुभाते हैं, कमरे के लिए सवाल और मिनट, फिर सेशन का समय बजट
help-about-play = टर्मिनल में परिदृश्य खेलें (शिक्षार्थी की प्रगति में दर्ज होता है)
help-arg-play-scenario = { help-arg-analyze-scenario }
help-arg-play-seed = ग्राहक की यादृच्छिकता का सीड (डिफ़ॉल्ट: हर बार नया, प्रिंट किया जाता है ताकि खेल दोहराया जा सके)
help-arg-play-choices = ये जवाब बिना पूछे खेलें, जैसे `--choices 2,1,3`। ये स्थिर जवाब नंबर हैं: परिदृश्य फ़ाइल में हर जवाब की जगह, वह किसी भी क्रम में दिखे, जैसे `analyze` रास्ते प्रिंट करता है और डीब्रीफ़ की दोहराने वाली पंक्ति उन्हें देती है। `--choices ""` कोई नहीं खेलता। अगर बातचीत पहले ख़त्म हो जाए (ग्राहक चला जाए, या कोई अंत आ जाए), तो बाकी इस्तेमाल नहीं होते और एक नोट यह बताता है
help-arg-play-json = सिर्फ़ डीब्रीफ़ JSON में प्रिंट करें (किसी अंत तक --choices चाहिए)
help-arg-play-no-shuffle = जवाब इस खेल के मिलाए हुए क्रम के बजाय फ़ाइल के क्रम में दिखाएँ (फिर शुरू किया गया खेल वही क्रम रखता है जिसमें सहेजा गया था)
help-arg-play-dir = { help-arg-analyze-dir }
help-arg-play-resume = बाहर निकलते समय सहेजा गया सेशन फिर शुरू करें
help-arg-play-timed = समयबद्ध खेल: सोचने का समय धैर्य ख़र्च करता है। हर पल आपको 10 सेकंड और उसे पढ़ने का समय देता है; हर बार जब यह आपके जवाब से पहले ख़त्म होता है, ग्राहक एक मिनट और इंतज़ार करता है। --choices से दिए जवाबों पर समय नहीं गिना जाता
help-arg-play-assess = आकलन: हर जवाब की कोचिंग और सिद्धांत अंक डीब्रीफ़ तक रोककर रखें, जो हर फ़ैसले को दिए गए सबसे अच्छे जवाब के साथ दोबारा दिखाता है। फिर शुरू किया गया सेशन वही मोड रखता है जिसमें सहेजा गया था
help-arg-play-learner = वह शिक्षार्थी जिसके लिए यह खेल दर्ज होता है (नया हो तो बनाया जाता है; अगली बार के लिए याद रखा जाता है)। डिफ़ॉल्ट: पिछला वाला, या आपके नाम वाला
help-arg-play-continue = शिक्षार्थी की आख़िरी अधूरी बातचीत, जो जवाब-दर-जवाब दर्ज है, वहीं से जारी रखें जहाँ वह रुकी थी (क्रैश के बाद भी)
help-about-translate = परिदृश्य के अनुवाद का टेम्पलेट लिखें: उसका हर टेक्स्ट, हर एक के बगल में मूल, परिदृश्य के बगल में `<id>.<lang>.ron` में (`--lang` अनुवाद की भाषा बताता है: `it`, `lv`, `mn`, `hi`, `te` या `pt-BR` जैसा कोड)। किसी मौजूदा अनुवाद पर फिर चलाने पर यह अनूदित को रखता है, नया जोड़ता है और पुराने हो चुके को चिह्नित करता है
help-arg-translate-scenario = { help-arg-analyze-scenario }
help-arg-translate-out = परिदृश्य के बगल के `<id>.<lang>.ron` के बजाय यहाँ लिखें
help-arg-translate-dir = { help-arg-analyze-dir }
help-about-progress = शिक्षार्थी की प्रगति: हर परिदृश्य के प्रयास, सबसे अच्छा ग्रेड और क्या उसमें महारत है; हर सिद्धांत में कमाए अंक और रुझान; समय के साथ प्रयास; और आगे क्या खेलें, और क्यों
help-arg-progress-learner = शिक्षार्थी (डिफ़ॉल्ट: जिसने आख़िरी बार खेला)
help-arg-progress-json = इसे JSON में प्रिंट करें
help-arg-progress-dir = परिदृश्यों की लाइब्रेरी जिसमें से सुझाव चुना जाता है
help-about-pass-mark = वह पास अंक दिखाएँ या सेट करें जो पूरे प्रयास को चाहिए ताकि उसके परिदृश्य में महारत मानी जाए (डिफ़ॉल्ट 80): हर परिदृश्य के लिए, या --scenario के साथ किसी एक के लिए
help-arg-pass-mark-mark = नया पास अंक, 0 से 100 (न दें तो: लागू पास अंक दिखाता है)
help-arg-pass-mark-scenario = जिस परिदृश्य का पास अंक है (डिफ़ॉल्ट: हर वह परिदृश्य जिसका अपना नहीं है)
help-arg-pass-mark-clear = परिदृश्य का अपना पास अंक हटाएँ, ताकि सामान्य वाला लागू हो
help-arg-pass-mark-dir = वह फ़ोल्डर जिससे परिदृश्य id मिलाए जाते हैं
help-about-lrs = संगठन का लर्निंग रिकॉर्ड स्टोर (LRS, xAPI): इसे सेट करें, कनेक्शन जाँचें, इसके इंतज़ार में पड़े स्टेटमेंट देखें और भेजें
help-about-lrs-configure = वह LRS सेट करें जिसे स्टेटमेंट भेजे जाते हैं, और उनमें शिक्षार्थियों की पहचान कैसे हो; `--off` भेजना रोकता है (स्टेटमेंट आउटबॉक्स में इंतज़ार करते हैं)
help-arg-lrs-configure-endpoint = LRS का xAPI एंडपॉइंट, वह पता जिसके नीचे स्टेटमेंट पोस्ट होते हैं, जैसे https://lrs.example.org/xAPI/
help-arg-lrs-configure-key = वह की (यूज़र नेम) जो LRS ने Last Word के लिए दी
help-arg-lrs-configure-secret = की के साथ वाला सीक्रेट (पासवर्ड)
help-arg-lrs-configure-account-home-page = शिक्षार्थियों की पहचान इस होम पेज पर खाते से करें (डिफ़ॉल्ट, urn:last-word:learners पर)
help-arg-lrs-configure-mbox-domain = शिक्षार्थियों की पहचान इस डोमेन के ईमेल पते से करें (mailto:naam.upnaam@DOMAIN)
help-arg-lrs-configure-off = LRS भूल जाएँ: जब तक फिर से कोई सेट न हो, कुछ नहीं भेजा जाता
help-about-lrs-status = सेट किया गया LRS, और इंतज़ार में, भेजे गए और अस्वीकृत स्टेटमेंट (LRS के संदेशों के साथ)
help-about-lrs-test = बिना कुछ लिखे LRS से कनेक्शन जाँचें, और विफल होने पर बताएँ कि क्या ग़लत है
help-about-lrs-sync = इंतज़ार में पड़े स्टेटमेंट अभी भेजें, प्रगति पट्टी के साथ (अगर LRS के विफल होने से कुछ इंतज़ार में रह जाएँ तो 1 के साथ बाहर निकलता है)
help-about-report = मैनेजरों के लिए रिपोर्ट: हर शिक्षार्थी, हर परिदृश्य, हर सिद्धांत के हिसाब से, और हर फ़ैसले के मोड़ पर हर जवाब चुनने वाले उत्तरों का हिस्सा। कई कंप्यूटरों से जुटाई रिकॉर्ड फ़ाइलों को मिलाती है, हर प्रयास एक बार गिनती है; उनमें कभी नहीं लिखती
help-arg-report-databases = रिपोर्ट के लिए रिकॉर्ड फ़ाइलें (records.sqlite3), जैसे ऑनबोर्डिंग लैपटॉप से कॉपी की गईं। डिफ़ॉल्ट: इस कंप्यूटर की
help-arg-report-format = text, csv (हर प्रयास की एक पंक्ति) या html (एक स्व-निहित पेज)। डिफ़ॉल्ट: --out के एक्सटेंशन से (.csv, .html, .htm), वरना text
help-arg-report-since = सिर्फ़ इस दिन या उसके बाद शुरू हुए प्रयास (YYYY-MM-DD, UTC)
help-arg-report-out = रिपोर्ट प्रिंट करने के बजाय इस फ़ाइल में लिखें
help-arg-report-dir = परिदृश्यों की लाइब्रेरी, शीर्षकों, ग्राहक की पंक्तियों, किसी के न चुने जवाबों और सबसे अच्छे जवाब के लिए (डिफ़ॉल्ट: scenarios/ अगर है)
help-about-workshops = रिकॉर्ड के साथ सहेजी गई वर्कशॉप, सबसे नई पहले; `workshops export` किसी एक को CSV (हर फ़ैसले की एक पंक्ति) या एक HTML पेज के रूप में लिखता है
help-arg-workshops-json = सूची JSON में प्रिंट करें
help-about-workshops-export = एक वर्कशॉप को CSV या स्व-निहित HTML पेज के रूप में लिखें
help-arg-workshops-export-workshop = वर्कशॉप का id (या उसके शुरुआती अक्षर), या `latest`
help-arg-workshops-export-format = csv (हर फ़ैसले की एक पंक्ति) या html (ईमेल से भेजने लायक एक पेज)। डिफ़ॉल्ट: --out के एक्सटेंशन से (.csv, .html, .htm)
help-arg-workshops-export-out = प्रिंट करने के बजाय इस फ़ाइल में लिखें (पूरी बदल दी जाती है)
help-about-workshop = वर्कशॉप चलाएँ: गेम वर्कशॉप की तैयारी पर खुलता है (इन विकल्पों से पहले से भरी), जिसे फ़ैसिलिटेटर प्रोजेक्टर पर चलाता है जबकि कमरा अपने फ़ोन से वोट करता है
help-arg-workshop-scenarios = खेले जाने वाले परिदृश्य, क्रम से (id), जैसे `--scenarios a,b,c`
help-arg-workshop-teams = इन नामों वाली टीमों में खेलें, जैसे `--teams लाल,नीला` (2 से 8)
help-arg-workshop-hands = फ़ोन नहीं: फ़ैसिलिटेटर हाथ उठाकर हुई वोटिंग दर्ज करता है
help-arg-workshop-bind = फ़ोन का सर्वर कहाँ सुनता है: एक पता (पोर्ट 8421) या ADDRESS:PORT। डिफ़ॉल्ट: लोकल नेटवर्क पर इस कंप्यूटर का पता
help-arg-workshop-open = तैयारी छोड़ें: तुरंत शुरू करें और पहले फ़ैसले की वोटिंग खोलें (--scenarios चाहिए; रिहर्सल और आइडल बेंचमार्क के लिए)
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

## scenarios/principles.ron के सिद्धांत: हर एक का नाम और सार, id के हिसाब से।

principle-name-flexible-policy = लचीली, मानवीय नीति
principle-about-flexible-policy = नीतियाँ मज़ाक नहीं हैं। वे नीतियाँ रखें जो कारोबार और ग्राहक दोनों की रक्षा करें, और जब वे रिश्ते को नुक़सान पहुँचाएँ तो उनमें ढील दें।
principle-name-say-what-you-can-do = अपनी प्रक्रिया नहीं, यह बताएँ कि आप क्या कर सकते हैं
principle-about-say-what-you-can-do = ग्राहक यह सुनना चाहते हैं कि आप उनके लिए क्या कर सकते हैं, यह नहीं कि उन्हें आपके लिए क्या करना होगा।
principle-name-own-hard-questions = कठिन सवालों की ज़िम्मेदारी लें
principle-about-own-hard-questions = मामला कितना भी उलझा हो, मदद के लिए तैयार रहें; जो जवाब दे सके उस तक पहुँचें, प्रोडक्ट डिज़ाइनरों या CEO तक भी।
principle-name-efficient-systems = कुशल सिस्टम, इंतज़ार के दौरान कुछ और बेचने की कोशिश नहीं
principle-about-efficient-systems = सिस्टम और प्रक्रियाएँ आपके साथ काम करना तेज़ बनाएँ; जिस ग्राहक को इंतज़ार पहले ही चिढ़ा चुका है, उसे कुछ और न बेचें।
principle-name-respect-privacy = निजी सेवा दें, पर दख़ल न दें
principle-about-respect-privacy = जो आप जानते हैं उसका इस्तेमाल ग्राहक की सेवा के लिए करें, उसे असहज करने के लिए कभी नहीं; उसके डेटा की हिफ़ाज़त करें।
principle-name-be-reachable = इंसान से संपर्क संभव रखें
principle-about-be-reachable = वहाँ रहें जहाँ ग्राहक आपको चाहते हैं: फ़ोन, ई-मेल, सोशल मीडिया, बात करने के लिए कोई इंसान।
principle-name-no-last-word = उनकी ग़लती न गिनाएँ; आख़िरी शब्द अपना न रखें
principle-about-no-last-word = समस्या हल होते ही रुक जाएँ। बहस जीतने से ग्राहक हाथ से जाता है।
principle-name-fix-fast = जल्दी ठीक करें, पूछताछ के बिना
principle-about-fix-fast = जब ग़लती आपकी हो, तो उसे जल्दी और बिना परेशानी के ठीक करें, बिना पूछताछ के।
principle-name-respond-quickly = जल्दी जवाब दें
principle-about-respond-quickly = फ़्लोर पर, काउंटर पर और फ़ोन पर पर्याप्त स्टाफ़; जल्दी निपटाने से शिकायतें बढ़ती नहीं।
principle-name-know-the-product = प्रोडक्ट को जानें
principle-about-know-the-product = विनम्र, जानकार, अच्छी तरह प्रशिक्षित स्टाफ़ कंपनी का सार्वजनिक चेहरा और आवाज़ है।
principle-name-keep-your-word = अपनी बात निभाएँ
principle-about-keep-your-word = जो पूरा न कर सकें उसका वादा न करें, तब भी नहीं जब वादे से बिक्री हो जाए; जो कर सकते हैं उसके बारे में ईमानदार रहें।
principle-name-listen = सुनें, और जो ग्राहकों को नापसंद है उसे बदलें
principle-about-listen = सुनें कि ग्राहक असल में क्या चाहता है, और जो चीज़ काफ़ी ग्राहकों को नापसंद हो उसे वापस लेने को तैयार रहें।
principle-name-make-it-right = पैसा लौटाएँ और हर्जाना दें
principle-about-make-it-right = माफ़ी के साथ पैसा भी हो: पैसा लौटाएँ, हर्जाना दें, अपने कारण हुए ख़र्च उठाएँ, जितनी जल्दी हो सके।
principle-name-greet = ग्राहक का स्वागत करें
principle-about-greet = जिस ग्राहक का तुरंत स्वागत हो, वह अच्छा महसूस करता है; जिसे अनदेखा किया जाए, वह ख़राब सेवा के लिए तैयार हो जाता है।
principle-name-quality-at-speed = तेज़ी में भी गुणवत्ता बनाए रखें
principle-about-quality-at-speed = तेज़ी की क़ीमत गुणवत्ता न हो; ख़राब प्रोडक्ट शिकायतों और वापसी में उससे ज़्यादा ख़र्च कराता है जितना उसने बचाया।
principle-name-set-a-limit = सीमा तय करें, फिर मदद करें
principle-about-set-a-limit = जब ग्राहक अपमानजनक हो जाए, शांति से बताएँ कि आप क्या स्वीकार नहीं करेंगे और उसी साँस में यह भी कि आप उसके लिए क्या करेंगे। न झुकें, न पलटवार करें।
principle-name-read-the-context = संदर्भ समझें
principle-about-read-the-context = अच्छी सेवा ग्राहक की नज़र से तय होती है; कोई नियम लागू करने से पहले समझें कि वह किसलिए आया है।

## last-word play: खेल क्या रोकता है, और क्या दर्ज नहीं हो सका

play-nobody-yet = अभी तक किसी ने नहीं खेला; शुरू करें: last-word play <परिदृश्य>
play-nothing-to-continue = { $learner } की जारी रखने लायक कोई बातचीत नहीं है; नई शुरू करें: last-word play <परिदृश्य>
play-cannot-read-saved = सहेजा गया सेशन { $path } पढ़ा नहीं जा सका: { $reason }
play-cannot-resume = { $path } फिर शुरू नहीं हो सका: { $reason }
play-choice-failed = चुनाव { $index }: { $reason }
play-not-recorded = चेतावनी: यह खेल दर्ज नहीं हो रहा: { $reason }
play-statements-wait = { $count } xAPI स्टेटमेंट LRS के इंतज़ार में हैं ({ $problem }); ये अगली बार भेजे जाएँगे, या अभी `last-word lrs sync` से
choice-ended = बातचीत पहले ही ख़त्म हो चुकी है
choice-not-available = जवाब { $number } `{ $node }` पर उपलब्ध नहीं है; यहाँ के जवाब हैं { $available }
restore-wrong-scenario = सहेजा गया सेशन `{ $saved }` का है, `{ $given }` का नहीं
restore-scenario-changed = सेशन सहेजे जाने के बाद परिदृश्य बदल गया है, इसलिए इसे ठीक वैसे ही दोहराया नहीं जा सकता
restore-replay = सहेजे गए जवाब अब मेल नहीं खाते: { $reason }
resume-finished = प्रयास { $attempt } पहले ही ख़त्म हो चुका है; नया शुरू करें
resume-scenario-changed = यह प्रयास शुरू होने के बाद परिदृश्य `{ $scenario }` बदला गया है, इसलिए इसके जवाब दोहराए नहीं जा सकते; प्रयास आपके इतिहास में रहेगा, परिदृश्य नए सिरे से शुरू करें
resume-wrong-scenario = यह प्रयास `{ $recorded }` का है, `{ $given }` का नहीं
resume-replay = दर्ज जवाब अब मेल नहीं खाते: { $reason }
