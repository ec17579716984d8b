# Тоглоомын дэлгэцүүд (src/game/): нүүр, суралцагчид, хувилбар сонгох,
# тоглолт, дүгнэлт, ахиц, тохиргоо. Эх: ../en/game.ftl.

## Хэд хэдэн дэлгэцэд нийтлэг

game-back = Буцах
game-back-esc = Буцах (Esc)
game-quoted = «{ $text }»

## Цонх нээгдэхээс өмнө (терминалд бичнэ)

game-no-display = Last Word цонхоо нээхэд график дэлгэц хэрэгтэй, харин энэ машинд алга (DISPLAY тохируулаагүй). Оронд нь терминалд тоглоорой: `last-word list` хувилбаруудыг харуулж, `last-word play <хувилбар>` нэгийг тоглуулна.
game-display-unreachable = Last Word { $display } дэлгэцэд хүрч чадсангүй ({ $socket } дээр X сервер сонсохгүй байна). Серверээ асаах, эсвэл терминалд тоглоорой: `last-word play <хувилбар>`.
game-no-scenarios-folder = алдаа: { $folder } хувилбарын хавтас байхгүй байна; Last Word-г өөрийнх нь хавтаснаас ажиллуулах, эсвэл --dir өгнө үү

## Нүүр дэлгэц

title-promise = Муу үйлчилгээний бодит түүхүүдээс хэрэглэгчдэд үйлчилж, хариулт бүр юу үнэтэйг хараарай: тэдний сэтгэл санаа, үнэнч байдал, мөнгө.
title-playing-as = Тоглогч: { $name }
title-continue = Үргэлжлүүлэх
title-unfinished = { $title }, { $replies } хариултын дараа
title-play = Тоглох
title-workshop = Семинар
title-progress = Ахиц
title-settings = Тохиргоо
title-quit = Гарах
title-keys = Хулгана эсвэл гар: Tab шилжинэ, Enter сонгоно, Esc буцна.
title-resume-gone = `{ $scenario }` хувилбар хувилбарын хавтсанд байхгүй болсон тул тэр яриаг үргэлжлүүлэх боломжгүй.
title-resume-edited = Таныг орхисноос хойш «{ $title }»-г зассан тул тэр яриаг үргэлжлүүлэх боломжгүй. Энэ нь таны түүхэнд үлдэнэ; хувилбарыг шинээр тоглоорой.
title-resume-failed = Тэр яриаг үргэлжлүүлэх боломжгүй: { $reason }.

## Хэн тоглож байна (суралцагчийн дэлгэц)

learners-heading = Хэн тоглож байна?
learners-intro = Суралцагч бүрийн ахицыг энэ компьютер дээр нэрээр нь хадгална. Нэрээ сонгох, эсвэл шинэ нэр бичнэ үү.
learners-change = Суралцагч солих
learners-on-this-computer = Энэ компьютер дээрх суралцагчид
learners-nobody = Хараахан хэн ч алга. Бүртгэлээ эхлүүлэхийн тулд нэрээ бичнэ үү.
learners-playing-now = Одоо тоглож байна
learners-since = { $date }-с хойш
learners-new = Шинэ суралцагч
learners-your-name = Таны нэр
learners-hint = Нэрээ бичээд Enter дарна уу. Backspace нэг үсэг устгана.
learners-add = Нэмээд тоглох (Enter)
learners-skip = Алгасах (Esc)
learners-skipping = Алгасвал «{ $name }» нэрээр тоглоно.
learners-no-records = Бүртгэлийг нээж чадсангүй тул суралцагч нэмэх боломжгүй; тоглоом бүртгэлгүйгээр үргэлжилнэ.
learners-name-empty = Суралцагчид нэр хэрэгтэй; дор хаяж нэг үсэг бичнэ үү.
learners-name-taken = { $name } нэртэй суралцагч аль хэдийн байна; жагсаалтаас сонгох, эсвэл өөр нэр бичнэ үү.
learners-not-added = Суралцагчийг нэмж чадсангүй: { $error }.

## Хувилбар сонгох

picker-heading = Хувилбар сонгоно уу
picker-intro = Бүгд муу үйлчилгээний бодит түүхээс сэдэвлэсэн. Нэгийг сонгоод хэрэглэгчид үйлчилээрэй.
picker-your-progress = Таны ахиц
picker-empty = Хувилбар олдсонгүй. Хувилбарын файлуудыг (*.ron) scenarios хавтсанд хийнэ үү; хэрхэн бичихийг scenarios/README.md харуулна.
picker-loading = Ачаалж байна…
picker-play-next = Дараа нь тоглох
picker-best = Шилдэг: { $grade }
picker-mastered = Эзэмшсэн
picker-needs-fixing = Засах шаардлагатай
picker-errors = { $file } файлд { $errors } алдаа байна. Юу засахыг харахын тулд нээнэ үү.

## Алдаатай хувилбарын файл

broken-back = Хувилбарууд руу буцах (Esc)
broken-heading = Засах шаардлагатай: { $file }
broken-intro = Олдсон алдаа: { $errors }. Файлаа засварлагч дээрээ засаад хадгална уу: энэ хуудас өөрөө шинэчлэгдэнэ. `last-word validate` ижил мэдэгдлүүдийг харуулна.
broken-fixed = Засагдсан: { $file }
broken-valid-now = «{ $title }» одоо хүчинтэй.
broken-principles-fixed = Хавтсан дахь хувилбарууд одоо түүний зарчмуудыг ашиглаж байна.
broken-play = Тоглох
broken-reading = Файлыг уншиж байна…
broken-gone = { $file } хувилбарын хавтсанд байхгүй болсон.
broken-error = алдаа
broken-warning = анхааруулга
broken-how-to-fix = Хэрхэн засах: { $hint }
broken-here = (энд)
library-unreadable = энэ файлыг уншиж чадсангүй: { $error }
library-unreadable-hint = файл болон түүний зөвшөөрлийг шалгана уу

## Гүйлгэх

scroll-more-below = Доор үргэлжлэл бий: гүйлгэх, эсвэл Page Down дарна уу

## Тоглолт

play-guide = Хамгийн сайн замыг харуулж байна: тодруулсан хариулт нь түүний сонгох хариулт.
play-clock = Цаг { $minutes }
play-scenarios = Хувилбарууд
play-stake = Эрсдэлд буй: жилд { $yearly } · { $years } жилд { $loyal } · одоо { $now } үнэтэй
play-stake-yearly = Эрсдэлд буй: жилд { $yearly }
play-mood = Сэтгэл санаа: { $band } ({ $mood })
play-patience = Таныг бодох зуурх тэвчээр
play-prompt = Таны хариулт (дугаарыг нь дарах, эсвэл дээр нь товшино уу):
play-best-path = Хамгийн сайн зам
play-you-said = Та: «{ $reply }»
play-mood-change = Сэтгэл санаа { $before } байснаа { $after } болсон
play-mood-value = { $mood } { $band }
play-mood-moved = ({ $delta }, { $minutes } өнгөрөв)
play-what-happened = Юу болов
play-coaching = Зөвлөгөө
play-taken-before = (өмнө нь сонгосон: энэ удаа оноогүй)
play-value = Энэ хэрэглэгчийн хүлээгдэж буй үнэ цэнэ: { $value }
play-walks-out = Хэрэглэгчийн тэвчээр барагдаж, гарч явлаа. { $text }
play-conversation-ends = Яриа дуусав ({ $outcome }). { $text }
play-continue = Үргэлжлүүлэх  (Enter)
play-see-debrief = Дүгнэлт харах  (Enter)
play-kept-waiting = Та хэт удаан хүлээлгэлээ. Хэрэглэгч гарч явлаа.

## Дүгнэлт

debrief-nothing = Дүгнэх дууссан яриа алга.
debrief-heading = Дүгнэлт: { $title }
debrief-score = Оноо { $score }/100 · зарчмын оноо { $raw } (хамгийн сайн { $best }, хамгийн муу { $worst })
debrief-customer = Хэрэглэгч: { $outcome }.
debrief-walked-out = Хэрэглэгч гарч явсан.
debrief-principles = Зарчим зарчмаар
debrief-column-you = Та
debrief-column-best = Шилдэг
debrief-mood = Ярианы туршид сэтгэл санаа
debrief-your-replies = Таны хариултууд
debrief-no-replies = Байхгүй: таныг ярихаас өмнө хэрэглэгч явчихсан.
debrief-best-path = Хамгийн сайн зам
debrief-best-path-none = Байхгүй.
debrief-money-explained = Мөнгийг тайлбарлавал
debrief-lesson = Сургамж
debrief-discussion = Ярилцах асуулт
debrief-show-best = Хамгийн сайн замыг харуулах (B)
debrief-play-again = Дахин тоглох (R)
debrief-scenarios = Хувилбарууд (Esc)
debrief-chart-title = Сэтгэл санаа, 0–100
debrief-chart-axis = Хэрэглэгч ирснээс хойшхи минут
debrief-chart-caption = { $minutes } минутын турш сэтгэл санаа { $start } ({ $start-band }) байснаа { $end } ({ $end-band }) болсон; агшин: { $moments }. Улаан шугамаас доош орвол хэрэглэгч гарч явдаг.
debrief-no-decisions = Шийдвэр алга: таныг ярихаас өмнө хэрэглэгч явчихсан.
debrief-you-said-best = Таны хэлсэн: санал болгосноос хамгийн сайн хариулт
debrief-you-said = Таны хэлсэн
debrief-best-offered = Санал болгосноос хамгийн сайн хариулт

## Суралцагчийн ахиц

progress-heading = Ахиц
progress-heading-learner = { $learner }-ийн ахиц
progress-summary = Дууссан оролдлого: { $finished }, тоглосон хувилбар: { $played } · { $mastered }
progress-play-next = Дараа нь тоглох: { $title }
progress-all-mastered = Бүх хувилбарыг эзэмшсэн
progress-nothing-yet = Тоглох зүйл хараахан алга
progress-play = Тоглох
progress-play-title = «{ $title }» тоглох
progress-over-time = Цаг хугацааны туршид хийсэн оролдлогууд
progress-by-principle = Зарчим зарчмаар
progress-unrecorded = Ахицыг бүртгэхгүй байна: бүртгэлийг нээж чадсангүй (шалтгааныг лог харуулна). Тоглоом бүртгэлгүйгээр үргэлжилнэ.
progress-no-finished = Дууссан оролдлого хараахан алга: хувилбарыг эцэс хүртэл нь тоглоход оноо нь энд гарна.
progress-chart-title = Дууссан оролдлого бүрийн оноо, 0–100
progress-chart-axis = Оролдлого, тоглосон дарааллаар
progress-chart-caption = { $shown ->
        [1] { $total }-с { $first }-р оролдлого
       *[other] { $total }-с { $first }–{ $last }-р оролдлогууд
    }: оноо { $low }–{ $high }, дунджаар { $average }. Өнгө нь үнэлгээг заана.
progress-no-principles = Зарчим хараахан алга: оролдлого төгсгөлдөө хүрэхэд тэдгээрт оноо өгнө.
progress-legend = Хамгийн сайн замуудын авах онооноос авсан оноо, дууссан оролдлогууд. Ногоон: баримталсан; улаан: зөрчсөнөөр алдсан; саарал: алдсан боломж. Чиг хандлага нь таны оролдлогын эхний хагасын хувийг сүүлийн хагасынхтай харьцуулна.
progress-figures = { $best }-с { $earned } · { $share }
progress-figures-no-share = { $best }-с { $earned }
progress-too-few = дүгнэхэд хангалтгүй
progress-trend-shares = { $trend } · { $earlier }, дараа нь { $later }

## Тохиргоо

settings-heading = Тохиргоо
settings-on = Асаалттай
settings-off = Унтраалттай
settings-text-size = Текстийн хэмжээ
settings-text-size-help = Сургалтын танхимын проекторт зориулсан том текст.
settings-text-speed = Текстийн хурд
settings-text-speed-help = Хэрэглэгчийн үг хэр хурдан гарч ирэх. Enter эсвэл Space дарахад мөрийг бүтнээр нь шууд харуулна.
settings-speed-slow = Удаан
settings-speed-normal = Хэвийн
settings-speed-fast = Хурдан
settings-speed-instant = Шууд
settings-timed = Хугацаатай горим
settings-timed-help = Таныг бодох зуур хэрэглэгчийн тэвчээр барагдана; завсарлага бүр түүнд нэг минутын хүлээлт болно.
settings-shuffle = Хариултыг холих
settings-shuffle-help = Яриа бүр хариултуудыг өөрийн дарааллаар харуулдаг тул эхнийх нь үргэлж хамгийн сайн биш. Унтраалттай: хувилбарын дараалал, семинарт зориулсан.
settings-mode = Дасгал эсвэл үнэлгээ
settings-mode-help = Дасгал заана: хариулт бүрийн дараа зөвлөгөө. Үнэлгээ шалгана, шинэ ажилтны дадлагын адил: зөвлөгөө дүгнэлтэд гарч, шийдвэр бүрийг хамгийн сайн хариулттай нь зэрэгцүүлж харуулна.
settings-fullscreen = Бүтэн дэлгэц
settings-fullscreen-help = Семинарт зориулж дэлгэцийг дүүргэнэ.
settings-lrs = Сургалтын бүртгэлийн сан (LRS)
settings-lrs-closed = Бүртгэл нээлттэй биш тул юу ч бүртгэгдэхгүй, илгээгдэхгүй.
settings-lrs-not-set-up = Тохируулаагүй: оролдлого бүр бүртгэлд хадгалагдаж, илгээхэд бэлэн байна. Байгууллагынхаа LRS руу илгээхийн тулд `last-word lrs configure` ажиллуулна уу.
settings-lrs-counts = Илгээсэн xAPI мэдэгдэл: { $sent }, хүлээгдэж буй: { $waiting }, татгалзсан: { $refused }.
settings-lrs-error = { $error } тул хүлээж байна; дахин оролдоно.
settings-saved-to = Хадгалсан газар: { $path }
settings-not-saved = Энэ системд тохиргооны хавтас алга; тохиргоо таныг гарах хүртэл хадгалагдана.

## Language (Settings)

language-setting = Хэл
language-setting-help = Тоглоомын дэлгэцүүд болон энэ хэл рүү орчуулсан хувилбарууд; хараахан орчуулаагүй хувилбар анх бичигдсэн хэлээрээ тоглогдоно.
language-setting-system = Системийн хэл ({ $language })
