# कोर के डेटा के शब्द: लेबल, समीक्षा, प्रगति और पैसों का हिसाब (src/text/)।
# संदर्भ: ../en/text.ftl

## मूड के स्तर

band-gone = जा चुका
band-angry = गुस्से में
band-irritated = चिढ़ा हुआ
band-neutral = सामान्य
band-content = संतुष्ट
band-delighted = बहुत ख़ुश

## अंत

outcome-kept-loyal = बना रहा और वफ़ादार
outcome-kept-at-risk = बना रहा पर जोखिम में
outcome-lost = खो दिया
outcome-lost-and-telling = खो दिया और सबको बता रहा है

## कठिनाई

difficulty-easy = आसान
difficulty-medium = मध्यम
difficulty-hard = कठिन

## घड़ी और मूड का सफ़र

minutes = { $minutes } मिनट
event-arrived = आता है
event-waited = { $minutes } मिनट इंतज़ार
event-replied = { $node } पर जवाब { $step }
event-kept-waiting = { $minutes } मिनट इंतज़ार कराया

unused-choices = { $played } { $played ->
        [one] जवाब
       *[other] जवाबों
    } के बाद { $walked ->
        [yes] ग्राहक चला गया
       *[no] बातचीत अपने अंत तक पहुँच गई
    }, इसलिए { $unused ->
        [one] आख़िरी विकल्प इस्तेमाल नहीं हुआ
       *[other] आख़िरी { $unused } विकल्प इस्तेमाल नहीं हुए
    }

## आकलन मोड और समीक्षा

assessment-note = आकलन: हर जवाब के बाद न कोचिंग, न अंक। डीब्रीफ़ हर फ़ैसले को सबसे अच्छे जवाब के साथ, कोचिंग सहित, दोबारा दिखाता है।
held-back = आकलन: कोचिंग और अंक डीब्रीफ़ में मिलेंगे।
review-title = फ़ैसला दर फ़ैसला
review-intro-assessment = एक आकलन: कोचिंग अब तक रोकी गई थी। आपका चुना हर जवाब, दिए गए सबसे अच्छे जवाब के साथ।
review-intro-practice = आपका चुना हर जवाब, दिए गए सबसे अच्छे जवाब के साथ।
mode-practice = अभ्यास
mode-assessment = आकलन
verdict-best = दिए गए जवाबों में सबसे अच्छा।
verdict-better = इससे बेहतर जवाब मौजूद था:
verdict-unknown = यहाँ सबसे अच्छा जवाब तय नहीं हो सका (लूप बहुत बड़ा है)।
points = { $points ->
        [0] कोई अंक नहीं
       *[other] { $signed } अंक
    }
best-count = दिए गए सबसे अच्छे जवाब: { $total } में से { $best }।

## प्रगति

trend-improving = सुधार हो रहा है
trend-steady = स्थिर
trend-slipping = गिरावट
trend-too-few = कहने के लिए बहुत कम प्रयास
mastered-line = महारत हासिल परिदृश्य: { $library } में से { $mastered }
next-no-scenarios = खेलने के लिए अभी कोई परिदृश्य नहीं है: परिदृश्य फ़ाइलें (*.ron) scenarios फ़ोल्डर में रखें।
next-all-mastered = आपने सभी { $library } परिदृश्यों में महारत हासिल कर ली है। इनमें से कोई भी फिर से खेलें, या आकलन मोड आज़माएँ।
reason-first-steps = आपने अभी तक कोई परिदृश्य पूरा नहीं किया है, इसलिए “{ $title }” से शुरू करें: सबसे आसान ({ $difficulty }, { $minutes } मिनट)।
reason-weakest = आपका सबसे कमज़ोर सिद्धांत “{ $name }” है: सबसे अच्छे रास्ते जो { $best } अंक कमाते हैं, उनमें से आपने { $earned } कमाए ({ $share })। जिन परिदृश्यों में आपने महारत हासिल नहीं की, उनमें “{ $title }” इसका सबसे ज़्यादा अभ्यास कराता है: इसका सबसे अच्छा रास्ता इसमें { $points } कमाता है।
reason-next-unmastered = अब तक मिले हर सिद्धांत में आपको पूरे अंक मिलते हैं; “{ $title }” वह सबसे आसान परिदृश्य है जिसमें आपने अभी महारत हासिल नहीं की ({ $difficulty }, { $minutes } मिनट)।

## पैसा: शीर्षक

money-heading-revenue = पैसा (इस ग्राहक का अपना राजस्व)
money-heading-profit = पैसा (इस ग्राहक का अपना मुनाफ़ा)
money-heading-caller = पैसा (कॉल करने वाले का अपना ख़र्च, बिक्री नहीं)
wom-heading-revenue = ज़ुबानी प्रचार (अलग अनुमान, ऊपर के राजस्व में शामिल नहीं)
wom-heading-profit = ज़ुबानी प्रचार (अलग अनुमान, ऊपर के मुनाफ़े में शामिल नहीं)
wom-heading-caller = ज़ुबानी प्रचार (अलग अनुमान, ऊपर के कॉलर के ख़र्च में शामिल नहीं)
own-revenue = इस ग्राहक के अपने राजस्व
own-profit = इस ग्राहक के अपने मुनाफ़े
own-caller = इस कॉलर के अपने ख़र्च

## पैसा: हिसाब, हर क़दम का एक वाक्य ("क्या: हिसाब = नतीजा")।

step-at-stake = दाँव पर: { $calc }।
step-this-caller = यह कॉलर: { $calc }।
step-this-customer = यह ग्राहक: { $calc }।
step-profit = मुनाफ़ा: { $calc }।
step-retention-arrival = आते समय लौटने की संभावना, मूड { $mood } पर: { $calc }।
step-retention-arrival-none = आते समय लौटने की संभावना, मूड { $mood } पर: कोई नहीं; इतना नाख़ुश ग्राहक वापस नहीं आता।
step-retention-end = आख़िरी मूड { $mood } पर लौटने की संभावना: { $calc }।
step-retention-end-none = आख़िरी मूड { $mood } पर लौटने की संभावना: कोई नहीं; इतना नाख़ुश ग्राहक वापस नहीं आता।
step-lost-revenue = आते समय की क़ीमत के मुक़ाबले खोया राजस्व: { $calc }।
step-lost-profit = आते समय की क़ीमत के मुक़ाबले खोया मुनाफ़ा: { $calc }।
step-lost-caller = खोया भरोसा, उन ख़र्चों के रूप में जो कॉलर अब कहीं और चुकाने की उम्मीद करता है: { $calc }।
step-even = आते समय की क़ीमत के मुक़ाबले न कुछ पाया, न खोया: { $calc }।
step-gained-revenue = आते समय की क़ीमत के मुक़ाबले पाया राजस्व: { $calc }।
step-gained-profit = आते समय की क़ीमत के मुक़ाबले पाया मुनाफ़ा: { $calc }।
step-gained-caller = पाया भरोसा, उन ख़र्चों के रूप में जो कॉलर अब बचाने की उम्मीद करता है: { $calc }।
step-per-listener = हर सुनने वाला, खेल की मान्यता के अनुसार: { $calc }। (American Express, 2011, ने पाया कि 70% लोग बेहतरीन सेवा पर 13% ज़्यादा ख़र्च करेंगे; सुनने वाला इस ग्राहक जितना ख़र्च करता है और एक साल तक इतना ही बदलता है, अच्छी कहानी पर ऊपर या बुरी पर नीचे, यह खेल की मान्यता है।)
step-estimate = अनुमान, खेल की मान्यता: { $calc } { $result ->
        [neither] न पाया न खोया
        [won] पाया
       *[lost] खोया
    }, { $own } से अलग।
bounds-none = अंत ({ $ending }) उसके लौटने की कोई गुंजाइश नहीं छोड़ता: लौटने की संभावना { $r } है।
bounds = अंत ({ $ending }) लौटने की संभावना को { $low } और { $high } के बीच रखता है: r { $r } { $verb ->
        [rises] तक बढ़ता है
        [falls] तक घटता है
       *[stays] पर बना रहता है
    }।
worth-arrival = आते समय की क़ीमत ({ $years } साल, { $rate } छूट दर पर): { $calc }।
worth-end-none = इस बातचीत के बाद की क़ीमत: { $worth }, क्योंकि वह वापस नहीं आ रहा।
worth-end = इस बातचीत के बाद की क़ीमत: { $calc }।
tells-loyal = एक वफ़ादार ग्राहक { $people } को अच्छी कहानी सुनाता है।
tells-at-risk = जोखिम में बने ग्राहक के पास सुनाने को न अच्छी कहानी है, न बुरी (खेल की मान्यता)।
tells-lost = चुपचाप खोया ग्राहक भी बुरे अनुभव के बारे में बताता है (American Express, 2011, ने पाया कि बुरे अनुभव अच्छे अनुभवों से लगभग दोगुने लोगों को बताए जाते हैं): { $calc }।
tells-angry = गुस्से में जाने वाला ग्राहक बुरे अनुभव के बारे में बताता है (American Express, 2011, ने पाया कि बुरे अनुभव अच्छे अनुभवों से लगभग दोगुने लोगों को बताए जाते हैं): { $calc }।
nobody-told = कोई कहानी नहीं सुनता, इसलिए ज़ुबानी प्रचार से न कुछ मिलता है, न कुछ जाता है।
op-of = ×
unit-a-day = { $amount } प्रति दिन
unit-a-visit = { $amount } प्रति विज़िट
unit-a-year = { $amount } प्रति साल
unit-days = { $amount } दिन
unit-visits = { $amount } विज़िट प्रति साल
unit-years = { $amount } साल
unit-people = { $amount } { $count ->
        [one] व्यक्ति
       *[other] लोग
    }
dollars-moved = { $before } से { $after } ({ $change })
