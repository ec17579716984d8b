# Сургалт: тоглоом дахь чиглүүлэгчийн дэлгэцүүд
# (src/game/screens/workshop/), утасны хуудас болон экспортолсон тайлан
# (src/workshop/). Англи хэл нь жишиг: бусад хэл бүрд яг эдгээр мессеж
# байна. Монгол хэлэнд тооны дараах нэр үг хувирдаггүй тул олон тооны
# сонголт хэрэггүй.

ws-and = { $first } болон { $last }
ws-quote = «{ $line }»

## Танхим хэрхэн санал өгөх (бэлтгэлийн дэлгэц)

ws-voting-phones = Утас
ws-voting-hands = Гар өргөх
ws-voting-teams = Багууд
ws-voting-phones-explained = Хүн бүр утаснаасаа санал өгнө; танхим нэгдсэн шийдвэр гаргана.
ws-voting-hands-explained = Утасгүй: хариулт бүрд өргөсөн гарыг тоолоод тоог нь оруулна.
ws-voting-teams-explained = Хоёроос найман баг, баг бүр өөрийн хэрэглэгчтэй, утаснаасаа санал өгнө.

## Бэлтгэлийн дэлгэц

ws-setup-title = Сургалт явуулах
ws-setup-intro = Та проекторыг удирдана; танхим хариулт бүрийг хамтдаа шийднэ. Хувилбаруудыг явуулах дарааллаар нь сонгоод, танхим хэрхэн санал өгөхийг сонгоно уу.
ws-setup-order = Явуулах дараалал
ws-setup-minutes = ойролцоогоор { $minutes } мин
ws-setup-voting = Танхим хэрхэн санал өгөх вэ
ws-setup-teams = Багийн нэрс, таслалаар тусгаарлана (өөрчлөх бол бичнэ үү):
ws-setup-default-teams = Улаан, Цэнхэр
ws-setup-address = Сургалт явагдах хугацаанд утаснууд http://{ $address }/ хаягаар нэгдэнэ (зөвхөн энэ сүлжээнээс; хаягийг --bind сонгоно).
ws-setup-start = Сургалтыг эхлүүлэх
ws-setup-back = Буцах
ws-setup-no-scenario = `{ $id }` хувилбар scenarios хавтсанд бэлэн биш байна; жагсаалтаас сонгоно уу
ws-plan-no-scenarios = явуулах дор хаяж нэг хувилбар сонгоно уу
ws-plan-team-count = багуудад { $min }–{ $max } нэр хэрэгтэй; өгсөн нь: { $given } (таслалаар тусгаарлана уу)
ws-plan-team-name = `{ $name }` багийн нэр 1–{ $max } тэмдэгттэй байх ёстой
ws-plan-duplicate-team = хоёр баг `{ $name }` гэсэн нэртэй байна; баг бүрд өөр нэр өгнө үү
ws-plan-teams-not-voting = багийн нэрийг зөвхөн танхим багаар санал өгөх үед ашиглана
ws-cannot-listen = { $address } хаяг дээр утаснуудыг хүлээж авч чадсангүй: { $error }. Танхимын сүлжээн дэх энэ компьютерийн хаягийг --bind ХАЯГ:ПОРТ гэж зааж өгнө үү

## Проектор: дээд мөр

ws-top-scenario = { $title }  ·  хувилбар { $place }/{ $count }
ws-top-join = { $address }  ·  код { $code }  ·  нэгдсэн: { $joined }
ws-notes-on-screen = ТЭМДЭГЛЭЛ ДЭЛГЭЦЭНД · N нууна

## Проектор: утаснууд нэгдэх

ws-join-heading = Утаснаасаа нэгдээрэй
ws-join-wifi = 1. Энэ танхимын Wi-Fi-д холбогдоно уу.
ws-join-open = 2. Кодыг уншуулах эсвэл энэ хаягийг нээнэ үү:
ws-join-code = 3. Танхимын кодыг бичнэ үү:
ws-joined = { $count } утас нэгдсэн
ws-join-next = Бүгд нэгдсэний дараа «Дараах» товчийг дарж эхний хэрэглэгчийг оруулна уу.
ws-late-join = Нэгдээгүй байна уу? Уншуулах эсвэл нээх:
ws-room-code = Танхимын код { $code }

## Проектор: шийдвэр

ws-step-reading = Уншаад бод
ws-step-voting = Санал хураалт нээлттэй  ·  { $clock }
ws-step-locked = Санал хураалт хаагдсан
ws-step-revealed = Юу болов
ws-team-finished = Энэ багийн хэрэглэгчтэй яриа дууссан. Бусад багийг ажиглаарай.
ws-reading-hint = Танхимд хэрэглэгчийн үг, хариултуудыг уншуул. «Дараах» санал хураалтыг нээнэ.
ws-hands-counted = { $count } гар тоологдсон
ws-turnout = { $members } утаснаас { $voted } нь санал өгсөн
ws-hands-hint = Хариулт бүрийн тоог бичнэ үү (Дээш, Доош товч хариултуудын хооронд шилжинэ). «Дараах» санал хураалтыг хаана.
ws-phones-hint = Хаагдах хүртэл саналаа өөрчилж болно. «Дараах» санал хураалтыг хаана.
ws-room-choice = Танхимын сонголт
ws-override-hint = Өөр хариулт тоглуулах бол түүний дугаарыг дарна уу (эсвэл дээр нь товшино уу); Зүүн товч үүнийг буцаана. «Дараах» сонголтыг тоглуулна.
ws-choice-majority = Хариулт { $chosen }, олонх: нийт { $total } саналаас { $votes }.
ws-choice-tie = { $tied } дугаар хариултууд тэнцсэн (тус бүр { $votes } санал): та өөрийг сонгохгүй бол эхэнд харуулсан { $chosen } дугаар хариултыг тоглуулна.
ws-choice-no-votes = Хэн ч санал өгсөнгүй: та өөрийг сонгохгүй бол эхэнд харуулсан { $chosen } дугаар хариултыг тоглуулна.
ws-choice-overridden = Хариулт { $chosen }, чиглүүлэгчийн сонголт (санал хураалтаар { $by-vote } дугаар хариулт сонгогдсон).
ws-mood = Сэтгэл санаа { $before }-с { $after } ({ $moved }), { $band }
ws-worth = Хэрэглэгчийн үнэ цэнэ: { $moved }
ws-coaching = Зөвлөгөө  ·  { $points }
ws-coaching-held = Зөвлөгөөг түр нуусан: эхлээд танхимд маргалдах боломж олго. «Дараах» түүнийг нээнэ.
ws-timer = Хэлэлцүүлэг { $clock }  ·  { $state ->
        [over] хэлэлцүүлэг дууслаа
        [running] явагдаж байна · T түр зогсооно, S алгасна
       *[paused] T эхлүүлнэ
    }
ws-notes-title = Чиглүүлэгчийн тэмдэглэл  ·  ойролцоогоор { $minutes } мин
ws-notes-model = Жишиг хариулт: хариулт { $reply } ({ $points }). { $note }
ws-notes-tempting = Уруу татахуйц: хариулт { $reply } ({ $points }). { $note }
ws-notes-ask = Танхимаас асуу: { $question }
ws-strip-finished = дууссан
ws-strip-voted = { $voted }/{ $members } санал өгсөн
ws-strip-reply = хариулт { $reply }
ws-strip-mood = сэтгэл санаа { $mood }
ws-strip-hint = Дээш/Доош: өөр баг харуулах

## Проектор: доод товчнууд

ws-next-start = Эхлэх
ws-next-open = Санал хураалт нээх
ws-next-lock = Санал хураалт хаах
ws-next-play = Тоглуулах
ws-next-reveal = Зөвлөгөөг нээх
ws-next-decision = Дараагийн шийдвэр
ws-next-debrief = Дүгнэлт
ws-next-standings = Байр эзлэлт
ws-next-end = Сургалтыг дуусгах
ws-next-scenario = Дараагийн хувилбар
ws-back = Буцах
ws-timer-pause = Цагийг зогсоох
ws-timer-start = Цагийг эхлүүлэх
ws-notes-show = Тэмдэглэл
ws-notes-hide = Тэмдэглэл нуух
ws-end = Сургалтыг дуусгах
ws-end-really = Үнэхээр дуусгах уу?
ws-keys = Дараах: Баруун, Space, Enter, Page Down  ·  Буцах: Зүүн, Page Up  ·  T цаг  ·  N тэмдэглэл  ·  Esc хоёр удаа — дуусгах

## Проектор: дүгнэлт, байр эзлэлт, төгсгөл

ws-debrief-room = Танхимын дүгнэлт  ·  { $title }
ws-debrief-team = { $team } багийн дүгнэлт  ·  { $title }
ws-grade = Үнэлгээ { $grade }  ·  оноо { $score }/100
ws-customer-was = Хэрэглэгч: { $outcome }. { $ending }
ws-debrief-money = Ирэх үеийн үнэ цэнэ { $arrival }, хадгалсан { $kept }, алдсан { $lost }
ws-talk-it-over = Ярилцъя
ws-debrief-teams-hint = Дээш/Доош: өөр багийн дүгнэлт
ws-mark-played = тоглосон
ws-mark-best = шилдэг
ws-played = Тоглосон { $how ->
        [majority] олонхын саналаар
        [tie] тэнцсэний дараа
        [none] санал өгөөгүй тул
       *[facilitator] чиглүүлэгчийн сонголтоор
    }: { $best ->
        [yes] хамгийн сайн хариулт
       *[no] хамгийн сайн хариулт биш
    }, { $points }.
ws-standings = Байр эзлэлт
ws-standings-after = { $count } хувилбараас { $done } нь дууссаны дараа: оноог нэмж, дараа нь хадгалсан мөнгөөр.
ws-did-not-finish = дуусгаагүй
ws-latest = { $outcome } ({ $grade }, { $score })
ws-leader = { $place }.  { $team }   ·   { $score } оноо   ·   хадгалсан { $kept }   ·   сүүлийн хэрэглэгч: { $latest }
ws-ended = Баярлалаа: сургалт дууслаа
ws-ended-summary = { $scenarios } хувилбар, { $voting ->
        [hands] гар өргөж санал өгсөн.
       *[phones] { $phones } утаснаас санал өгсөн. Утасны сервер зогслоо.
    }
ws-result-ended = үнэлгээ { $grade } ({ $outcome }), хадгалсан { $kept }
ws-result-stopped = { $decisions } шийдвэрийн дараа зогссон
ws-esc-title = Esc дарж эхлэлийн дэлгэц рүү буцна.
ws-kept-unrecorded = Хадгалаагүй, экспортлоогүй: энэ тоглоом бүртгэлгүй явагдаж байна.
ws-kept-saved = Суралцагчдын бүртгэлтэй хамт хадгаллаа.
ws-kept-not-saved = Хадгалсангүй: бүртгэлийг нээж чадсангүй.
ws-kept-exported = { $kept } Илгээхэд бэлэн болгож экспортлов: { $files }
ws-kept-not-exported = { $kept } Экспортолсонгүй: { $error }.

## Утасны хуудас

ws-phone-title = Last Word — санал өгөх
ws-phone-join-title = Сургалтад нэгдэх
ws-phone-code = Танхимын код (дэлгэц дээр)
ws-phone-nickname = Таны нэр (заавал биш)
ws-phone-team = Таны баг
ws-phone-join = Нэгдэх
ws-phone-who-team = { $team } баг
ws-phone-server-answered = Сервер { $status } гэж хариулав
ws-phone-welcome = Та нэгдлээ. Том дэлгэцийг ажиглаарай: эхний хэрэглэгч удахгүй ирнэ.
ws-phone-reading = Дээшээ хараарай: том дэлгэц дээрх хэрэглэгчийн үгийг уншаарай. Санал хураалт удахгүй нээгдэнэ.
ws-phone-team-done = Танай хэрэглэгчтэй яриа дууслаа. Том дэлгэцийг ажиглаарай.
ws-phone-debrief = Танхим үүнийг хэлэлцэж байна. Дараагийн хэрэглэгч удахгүй ирнэ.
ws-phone-over = Сургалт дууслаа. Оролцсонд баярлалаа.
ws-phone-tap = Өөрийн өгөх хариултаа товшино уу.
ws-phone-counted = Таны санал тоологдлоо. Өөрчлөх бол өөр хариулт товшино уу.
ws-phone-locked = Санал хураалт хаагдлаа. Танхимын сонголтыг тэмдэглэсэн; дэлгэцийг ажиглаарай.
ws-phone-unknown = энэ утас танхимд алга; дахин нэгдэнэ үү
ws-phone-not-voting = одоогоор нээлттэй санал хураалт алга
ws-phone-vote-closed = санал хураалт хаагдсан
ws-phone-not-offered = { $number } дугаар хариулт дэлгэц дээрх хариултуудын дунд алга
ws-phone-wrong-code = энэ нь дэлгэц дээрх танхимын код биш; шалгаад дахин оролдоно уу ({ $left } оролдлого үлдсэн)
ws-phone-too-many = буруу код хэт олон удаа оруулсан; { $seconds } секунд хүлээгээд дахин оролдоно уу
ws-phone-no-team = дэлгэц дээрх багуудаас нэгийг сонгоно уу
ws-phone-full = танхим дүүрсэн

## last-word workshops

ws-list-none = Хадгалсан сургалт алга: `last-word workshop` командаар нэгийг явуулаарай.
ws-list-heading = Сургалтууд, шинэ нь эхэндээ:
ws-list-voting-phones = утас
ws-list-voting-hands = гар өргөх
ws-list-voting-teams = баг
ws-list-phones = { $count } утас
ws-list-size = { $scenarios } хувилбар, { $decisions } шийдвэр
ws-list-ran = үргэлжилсэн { $duration }
ws-list-not-finished = дуусаагүй
ws-list-export-hint = Нэгийг экспортлох: last-word workshops export { $latest } --out workshop.html (эсвэл .csv; өөрийг нь id эсвэл түүний эхлэлээр сонгоно)
ws-export-wrote = { $id } сургалтыг ({ $date }) { $path } файлд бичлээ
ws-export-cannot-write = { $path } файлд бичиж чадсангүй: { $error }
ws-export-which-format = форматаа заана уу: --format csv эсвэл --format html, эсвэл --out сонголтод .csv эсвэл .html-ээр төгссөн файл өгнө үү
ws-export-none-saved = хадгалсан сургалт алга: эхлээд `last-word workshop` командаар нэгийг явуулаарай
ws-export-no-such = `{ $wanted }` сургалт алга; хадгалсан нь, шинэ нь эхэндээ: { $ids } (эсвэл `{ $latest }` гэж бичнэ үү)
ws-export-ambiguous = `{ $wanted }` гэж хэд хэдэн сургалтын id эхэлж байна: { $ids }; илүү урт хэсгийг нь бичнэ үү
ws-duration-seconds = { $seconds } с
ws-duration-minutes = { $minutes } мин
ws-duration-minutes-seconds = { $minutes } мин { $seconds } с
ws-duration-hours = { $hours } цаг { $minutes } мин

## Экспортолсон хуудас (workshops export --format html)

ws-export-title = Сургалт, { $date }
ws-export-room-phones = Танхим { $phones } утаснаас санал өгсөн
ws-export-room-hands = Танхим гар өргөж санал өгсөн
ws-export-room-teams = { $teams } баг ({ $names }) { $phones } утаснаас санал өгсөн
ws-export-scenarios = { $count } хувилбар
ws-export-finished = Эхэлсэн { $start } UTC, дууссан { $end } UTC ({ $duration }) · сургалт { $id }
ws-export-unfinished = Эхэлсэн { $start } UTC, дуусаагүй (сүүлийн хувилбар хүртэл хадгалсан) · сургалт { $id }
ws-export-empty = Сургалт эхний хувилбараасаа өмнө дууссан: юу ч санал хураагаагүй.
ws-export-decisions-voted = санал хураасан шийдвэр
ws-export-in-conversations = { $count } ярианд
ws-export-votes-cast = өгсөн санал
ws-export-phones-joined = { $count } утас нэгдсэн
ws-export-of = { $total }-с { $count }
ws-export-best-played = шилдэг хариултыг тоглосон
ws-export-no-best = шилдэг хариулттай шийдвэр алга
ws-export-of-decisions = шийдвэрийн { $share }
ws-export-money-kept = хадгалсан мөнгө
ws-export-at-stake = нийт эрсдэлд: { $stake }
ws-export-money-lost = алдсан мөнгө
ws-export-reached-ending = { $count } ярианаас { $ended } нь төгсгөлдөө хүрсэн
ws-export-session = Сургалтын явц
ws-export-session-note = Хувилбарууд явуулсан дарааллаараа. Санал хураалт: санал хураалт бүрийг нээснээс хаах хүртэл; хэлэлцүүлэг: нээлт бүрийн дараах хэлэлцүүлгийн цаг; хоёулаа хувилбарын бүх шийдвэрээр (бүх багийнх) нэмэгдсэн.
ws-export-col-no = №
ws-export-col-scenario = Хувилбар
ws-export-col-seed = Үр
ws-export-col-decisions = Шийдвэр
ws-export-col-votes = Санал
ws-export-col-voting = Санал хураалт
ws-export-col-discussion = Хэлэлцүүлэг
ws-export-col-endings = Төгсгөл
ws-export-grade-score = үнэлгээ { $grade } · { $score }
ws-export-no-ending = төгсгөлд хүрээгүй
ws-export-walked-out = гарч явсан
ws-export-the-room = Танхим
ws-export-room-result = Танхимын үр дүн
ws-export-team-standings = Багуудын байр эзлэлт
ws-export-standings-note = Оноо: төгсгөлүүдийн оноог нэмсэн (тус бүр 100-аас). Мөнгө: төгсгөлдөө хүрсэн хувилбаруудад хэрэглэгчдийн ирэх үеийн үнэ цэнэтэй харьцуулан хадгалсан болон алдсан насан туршийн үнэ цэнэ.
ws-export-col-rank = Байр
ws-export-col-team = Баг
ws-export-col-score = Оноо
ws-export-col-outcomes = Төгсгөлүүд
ws-export-col-kept = Хадгалсан мөнгө
ws-export-col-lost = Алдсан
ws-export-without-ending = { $count } нь төгсгөлгүй
ws-export-of-stake = нийт { $stake }
ws-export-seed = үр { $seed }
ws-export-scenario-note = Шийдвэр бүр: танхимын санал харуулсан хариултуудад (харуулсан дарааллаар) хэрхэн хуваагдсан, аль хариултыг тоглосон, түүнийг хэрхэн сонгосон. { $best } нь шинжилгээгээр тухайн үеийн хамгийн сайн хариултыг, { $played } нь танхимын сонголтыг тэмдэглэнэ.
ws-export-tag-best = Шилдэг
ws-export-tag-played = Тоглосон
ws-export-moved-on = Энэ яриа төгсгөлдөө хүрэхээс өмнө сургалт цааш үргэлжилсэн.
ws-export-ending = төгсгөл { $ending }
ws-export-ending-facts = оноо { $score } / 100 · хадгалсан { $kept } · алдсан { $lost }
ws-export-decision = Шийдвэр { $number }
ws-export-votes = { $count } санал
ws-export-best-votes = шилдэг хариулт { $total }-с { $votes }{ $share }
ws-export-played = Тоглосон хариулт { $reply }: { $how } · оноо { $points } · сэтгэл санаа { $before } байснаа { $after } болсон · санал хураалт { $voting } · хэлэлцүүлэг { $discussion }
ws-how-majority = хамгийн олон санал
ws-how-tie = { $tied } дугаар хариултууд тэнцсэн: эхэнд харуулсан нь
ws-how-no-votes = хэн ч санал өгөөгүй: эхэнд харуулсан хариулт
ws-how-overridden = чиглүүлэгчийн сонголт (санал хураалтаар { $by-vote } дугаар хариулт сонгогдсон)
ws-export-about = Энэ хуудасны тухай
ws-export-about-note = Саналын хувь бүр нь тухайн шийдвэрт өгсөн нийт саналд хариултын авсан саналын эзлэх хувь бөгөөд хоёр тоог хажууд нь харуулсан. Шилдэг хариулт нь хувилбарын шинжилгээгээр тухайн мөчөөс хамгийн сайн замыг эхлүүлдэг хариулт юм. Тэнцсэн болон хоосон санал хураалтыг чиглүүлэгчид харуулсны дагуу шийдсэн бөгөөд чиглүүлэгч санал хураалтыг өөрчлөх боломжтой байсан. Цаг нь UTC-ээр. Сургалт { $id }, { $command } командаар үүсгэсэн; { $csv } нь хүснэгтэд зориулж шийдвэр бүрд нэг мөр гаргана.
