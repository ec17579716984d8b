# Сургагч багшийн хэрэгслүүд (src/cli/): translate, pass-mark, lrs,
# report, workshops, тушаалын мөрийн тусламж ба алдаанууд; зарчмуудын
# нэрс. Эх: ../en/tools.ftl.

## stderr дээрх мөрүүд: юу буруу болсон, юу хийх, юуг мэдэх

line-error = алдаа: { $message }
line-help = зөвлөмж: { $message }
line-note = тэмдэглэл: { $message }

## Хувилбар болон түүний орчуулгыг олох

no-such-scenario = `{ $what }` нэртэй хувилбарын файл ч, хувилбарын id ч алга ({ $dir } дотор хайсан)
did-you-mean = `{ $id }` гэж хэлэх гэсэн үү?
no-scenarios-there = тэнд хувилбар алга; --dir эсвэл файлын замыг заа
scenarios-are = хувилбарууд: { $ids }
scenario-has-errors = хувилбарт алдаа байна; засаад дахин оролдоно уу
scenario-not-valid = { $path } хүчинтэй хувилбар биш
no-translation = `{ $id }` хувилбар { $language } хэл рүү орчуулагдаагүй ({ $path } файл алга)
no-translation-none = үүнд одоогоор орчуулга алга; орчуулгыг эхлүүлэх: last-word translate { $id } --lang { $lang }
no-translation-others = орчуулагдсан хэлнүүд: { $languages }; эсвэл энэ орчуулгыг эхлүүлэх: last-word translate { $id } --lang { $lang }
translation-has-errors = орчуулгад алдаа байна; засах эсвэл --lang-гүйгээр тогло
translation-partial = { $language } хэл рүү орчуулаагүй текст: { $texts }-с { $missing }{ $stale ->
        [0] {""}
       *[other] {" "}(үүнээс хуучирсан нь: { $stale })
    }; эдгээрийг хувилбарын зохиогчийн бичсэнээр харуулна (`last-word validate { $path }` тэдгээрийг жагсаана)
language-with-tag = { $name } ({ $tag })
language-name-en = англи
language-name-it = итали
language-name-lv = латви
language-name-mn = монгол
language-name-hi = хинди
language-name-te = тэлүгү
cannot-write = { $path } файлыг бичиж чадсангүй: { $reason }

## last-word translate

translate-unknown-tag = `{ $tag }` нь Last Word-ийн мэдэх хэлний код биш
translate-give-a-tag = BCP 47 код заа: `it` (итали), `lv` (латви), `mn` (монгол), `hi` (хинди), `te` (тэлүгү), `pt-BR`
translate-wrote = { $updated ->
        [yes] шинэчилсэн
       *[no] бичсэн
    } { $path }: текст: { $texts }, орчуулсан: { $translated }, хуучирсан: { $stale }, орчуулах: { $missing } ({ $percent }%)
translate-next = `text` бүрийг орчуул (эх нь дээрх тайлбарт бий), дараа нь шалга: last-word validate { $path }
translate-fix-first = { $path } файлд алдаа байна; доторх орчуулга алдагдахгүйн тулд эхлээд засна уу

## last-word pass-mark

pass-mark-all = Бүх хувилбарын тэнцэх оноо: { $mark }
pass-mark-cleared = `{ $id }` одоо бүх хувилбарын тэнцэх оноог ашиглана.
pass-mark-none-to-clear = `{ $id }` өөрийн тэнцэх оноогүй байсан.
pass-mark-set-one = `{ $id }` хувилбарыг { $mark } ба түүнээс дээш оноогоор эзэмшсэнд тооцно.
pass-mark-set-all = Өөрийн тэнцэх оноогүй хувилбаруудыг { $mark } ба түүнээс дээш оноогоор эзэмшсэнд тооцно.

## Бүртгэлийн алдаанууд

records-database = бүртгэлийн өгөгдлийн сан: { $reason }
records-folder = бүртгэлд зориулж { $path } хавтсыг үүсгэж чадсангүй: { $reason }; { $variable }-г бичих эрхтэй хавтас руу заа
records-newer = бүртгэлийг Last Word-ийн шинэ хувилбар бичсэн (схем { $found }; энэ нь { $known } хүртэлхийг мэднэ); нээхийн тулд Last Word-ийг шинэчил
records-empty-name = суралцагчид нэр хэрэгтэй; ядаж нэг үсэг бич
records-name-taken = { $name } нэртэй суралцагч аль хэдийн байна; түүнийг жагсаалтаас сонго, эсвэл өөр нэр бич
records-no-learner-yet = `{ $name }` нэртэй суралцагч алга, мөн одоогоор хэн ч бүртгэгдээгүй; эхлээд нэг хувилбар тогло
records-no-learner = `{ $name }` нэртэй суралцагч алга; суралцагчид: { $known }
records-no-attempt = { $attempt } дугаартай оролдлого алга
records-out-of-step = { $attempt } дугаартай оролдлого дараагийн хариултаар { $given }-г биш, { $expected }-г хүлээж байна; шинэ оролдлого эхлүүл
records-already-started = сесст аль хэдийн хариулт байна: { $replies }; оролдлогыг эхний хариултаас өмнө эхлүүл
records-no-workshop-yet = `{ $id }` семинар алга, мөн одоогоор нэг ч хадгалагдаагүй; `last-word workshop`-оор семинар явуул
records-no-workshop = `{ $id }` семинар алга; хадгалсан семинарууд, хамгийн сүүлийнх нь эхэндээ: { $known }
records-damaged-workshop = хадгалсан { $id } семинарыг уншиж чадсангүй ({ $reason }); магадгүй Last Word-ийн шинэ хувилбар бичсэн байх

## last-word lrs

lrs-not-set-up = LRS тохируулаагүй байна; тохируулах: `last-word lrs configure --endpoint URL --key KEY --secret SECRET`
lrs-off = Одоо LRS тохируулаагүй: тохируулах хүртэл мэдэгдлүүд илгээх дараалалд үлдэнэ (`last-word lrs configure`).
lrs-configured = Мэдэгдлүүдийг { $endpoint } хаягтай LRS руу илгээнэ.
lrs-configured-test = Холболтыг шалгах: `last-word lrs test`.
lrs-named-account = Суралцагчдыг { $home } дээрх бүртгэлээр (суралцагчийн нэрээр) тодорхойлно.
lrs-named-mbox = Суралцагчдыг { $domain } домэйн дээрх и-мэйл хаягаар тодорхойлно (mailto:ner.ovog@{ $domain }).
lrs-bad-endpoint = `{ $text }` нь LRS-ийн төгсгөлийн цэг биш; хаягийг http:// эсвэл https://-тэй заа, ж.нь --endpoint https://lrs.example.org/xAPI/
lrs-bad-home-page = `{ $text }` нь хаяг биш; суралцагчдын бүртгэл харьяалагдах нүүр хуудсыг заа, ж.нь --account-home-page https://learning.example.org
lrs-bad-domain = `{ $text }` нь шуудангийн домэйн биш; суралцагчдын хаягт @-ийн дараа ирэх хэсгийг заа, ж.нь --mbox-domain example.org
lrs-status-lrs = LRS: { $endpoint } (түлхүүр { $key })
lrs-status-none = LRS: тохируулаагүй (`last-word lrs configure` тохируулна)
lrs-status-outbox = Илгээх дараалал: хүлээж буй { $waiting }, илгээсэн { $sent }, татгалзсан { $refused }
lrs-status-waiting = Хүлээж байна: { $problem }.
lrs-status-failed = { $tries } удаа бүтэлгүйтсэн; { $next }, эсвэл одоо илгээх: `last-word lrs sync`.
lrs-next-try = дараагийн оролдлого { $when }
lrs-next-run = тоглоом эсвэл тоглолт дараа нь эхлэхэд илгээгдэнэ
lrs-status-refused = LRS татгалзсан (хамгийн сүүлийнх нь эхэндээ; дахин илгээхгүй):
lrs-status-refusal = { $statement } (оролдлого { $attempt }), { $when }: { $message }
lrs-status-more = бас { $count }
when-now = саяхан
when-in = { $amount } { $unit ->
        [s] секундын
        [min] минутын
        [h] цагийн
       *[days] хоногийн
    } дараа
when-ago = { $amount } { $unit ->
        [s] секундын
        [min] минутын
        [h] цагийн
       *[days] хоногийн
    } өмнө
lrs-checking = { $endpoint } хаягтай LRS-ийг шалгаж байна ...
lrs-check-about = /about: xAPI { $versions }
lrs-check-no-about = /about: санал болгодоггүй (зөвшөөрөгдөнө; доорх уншилт нь xAPI гэдгийг харуулна)
lrs-check-accepted = түлхүүр ба нууц: хүлээн авсан (LRS тэдгээрээр мэдэгдлээ уншихыг зөвшөөрсөн)
lrs-check-ready = LRS бэлэн: мэдэгдлүүдийг түүн рүү илгээнэ.
lrs-sync-nothing = Илгээх зүйл алга: илгээх дараалал хоосон.
lrs-sync-bar = илгээж байна [bar] [done]/[total] мэдэгдэл
lrs-sync-sent = Илгээсэн мэдэгдэл: { $sent }{ $refused ->
        [0] {""}
       *[other] ; LRS татгалзсан: { $refused } (`last-word lrs status` шалтгааныг харуулна)
    }.
lrs-sync-trouble = { $trouble }. Хүлээж буй мэдэгдэл: { $count }; LRS сэргэхэд тоглоом тэдгээрийг илгээнэ, эсвэл `last-word lrs sync`-ийг дахин ажиллуул

## LRS яагаад хүлээн авсангүй

lrs-trouble-unreachable = { $url } хаягт LRS-д хүрч чадсангүй: { $reason }; төгсгөлийн цэгийг `last-word lrs test`-ээр, мөн сүлжээг шалга
lrs-trouble-unavailable = LRS { $status } гэж хариулсан: ачаалалтай эсвэл алдаатай байна; мэдэгдлүүд хүлээж, дараа нь дахин илгээгдэнэ
lrs-trouble-unavailable-said = LRS { $status } гэж хариулсан ({ $message }): ачаалалтай эсвэл алдаатай байна; мэдэгдлүүд хүлээж, дараа нь дахин илгээгдэнэ
lrs-trouble-credentials = LRS түлхүүр/нууцыг хүлээн авсангүй ({ $status }); зөвийг нь `last-word lrs configure`-ээр тохируул
lrs-check-unreachable = { $url } руу холбогдож чадсангүй: { $reason }. Төгсгөлийн цэгийн бичлэгийг, мөн LRS ажиллаж байгаа, эндээс хүрэх боломжтой эсэхийг шалга
lrs-check-not-xapi = { $url } { $status } гэж хариулсан ч xAPI LRS шиг биш: төгсгөлийн цэг буруу байх магадлалтай. Энэ нь мэдэгдлүүдийг илгээдэг хаяг (`statements`-гүйгээр), ихэвчлэн /xAPI/-ээр төгсдөг; `last-word lrs configure --endpoint URL ...`-ээр тохируул
lrs-check-credentials = LRS түлхүүр/нууцыг хүлээн авсангүй ({ $status }). Тэдгээрийг LRS-ээс дахин хуулж, `last-word lrs configure`-ээр тохируул
lrs-check-version = LRS xAPI { $versions } хэлээр ярьдаг, харин Last Word xAPI 1.0.3 илгээдэг. 1.0.3-ыг хүлээн авдаг LRS (эсвэл түүний төгсгөлийн цэг) ашигла
lrs-check-other = LRS мэдэгдлээ уншихад { $status } гэж хариулсан ({ $message }); юу хүлээж байгааг админаас нь асуу

## last-word report (CSV нь хүснэгт, скриптэд зориулж англиар үлдэнэ)

report-wrote = Тайланг (оролдлого: { $attempts }, суралцагч: { $learners }) { $path } файлд бичлээ
report-not-a-folder = { $dir } нь хувилбаруудын хавтас биш; --dir-д хувилбаруудын хавтсыг заа, эсвэл орхи
report-file-missing = { $file }: ийм файл алга; бүртгэлийн файлын замыг заа (суралцагчийн өгөгдлийн хавтас дахь records.sqlite3)
report-file-unreadable = { $file }: Last Word-ийн бүртгэл болгон уншиж чадсангүй ({ $reason }); бүтнээр нь хуулсан records.sqlite3 эсэхийг шалга
report-file-not-records = { $file }: Last Word-ийн бүртгэл агуулаагүй; суралцагчийн өгөгдлийн хавтас дахь records.sqlite3-ийг заа
report-file-newer = { $file }: Last Word-ийн шинэ хувилбар бичсэн (схем { $found }; энэ нь { $known } хүртэл уншина); тайлан гаргахын тулд Last Word-ийг шинэчил
report-percent = { $value }%
duration-seconds = { $s } с
duration-minutes = { $min } мин
duration-hours = { $h } ц { $min } мин
report-none-in-period = Тэр хугацаанд нэг ч оролдлого эхлээгүй.
report-none-yet = Одоогоор нэг ч оролдлого бүртгэгдээгүй: суралцагчид `last-word play`-ээр эсвэл тоглоомд тоглодог.
report-coverage = Оролдлого: { $attempts }, суралцагч: { $learners }, файл: { $files }{ $shared ->
        [0] {""}
       *[other] {" "}(нэгээс олон файлд олдсон ч нэг удаа тоолсон: { $shared })
    }{ $since ->
        [none] {""}
       *[other] , { $since }-нд буюу түүнээс хойш эхэлсэн
    }{ $played ->
        [day] ; тоглосон өдөр: { $first }
        [days] ; тоглосон хугацаа: { $first } – { $last }
       *[none] {""}
    }
report-title-text = Last Word сургалтын тайлан
report-made-text = Гаргасан { $made } UTC: { $coverage }
report-files = Файлууд
report-col-file = Файл
report-col-schema = Схем
report-col-attempts = Оролдлого
report-col-shared = Өмнөх файлд бас бий
report-learners = Суралцагчид
report-col-learner = Суралцагч
report-col-finished = Дууссан
report-col-scenarios = Хувилбар
report-col-mastered = Эзэмшсэн
report-col-average = Дундаж оноо
report-col-best = Шилдэг
report-col-time = Зарцуулсан хугацаа
report-col-scenario = Хувилбар
report-col-learners = Суралцагч
report-col-passed = Тэнцсэн
report-col-loyal = Үнэнч
report-col-at-risk = Эрсдэлтэй
report-col-lost = Алдсан
report-col-telling = Ярьж буй
report-col-walked-out = Гарч явсан
report-scenarios-text = Хувилбарууд (дууссан оролдлогууд үр дүнгээр: хэрэглэгчийг хадгалсан, үнэнч; хадгалсан ч эрсдэлтэй; алдсан; алдсан бөгөөд бүгдэд ярьж байгаа)
report-principles-text = Зарчмууд (дууссан оролдлогуудад авсан оноо, хамгийн сайн замуудын авдаг онооноос)
report-col-principle = Зарчим
report-col-earned = Авсан
report-col-share = Хувь
report-choices-text = Шийдвэрийн цэг бүр дээрх сонголт (хувилбар бүрийг сонгосон хариулт; * хамгийн сайн хариулт)
report-at-moment = `{ $node }` дээр
report-moment-unknown-text = агшин бүртгэгдээгүй (Last Word үүнийг хадгалж эхлэхээс өмнөх хариултууд)
report-chosen-of = { $answers }-с { $chosen }
report-html-title = Сургалтын тайлан, { $made } UTC
report-heading = Сургалтын тайлан
report-made = Гаргасан { $made } UTC
report-card-learners = суралцагч
report-card-learners-detail = бүртгэл дэх хувилбар: { $scenarios }
report-card-attempts = оролдлого
report-card-attempts-detail = дууссан: { $finished }
report-card-average = дундаж оноо
report-card-average-detail = { $total } оноо / дууссан { $finished }
report-card-passed = тэнцсэн
report-card-passed-detail = дууссан { $finished } оролдлогоос
report-card-mastered = эзэмшсэн хувилбар
report-card-mastered-detail = тоглосон { $played } суралцагч–хувилбар хосоос
report-learners-note = Дууссан оролдлогуудын дундаж (оноо / дууссан). Эзэмшсэн: тэнцэх оноонд хүрсэн буюу давсан оролдлоготой хувилбарууд. Зарцуулсан хугацаа: эхлэлээс хариулт бүр болон төгсгөл хүртэл, завсарлага бүрийг 5 минут хүртэл тоолно.
report-no-finished-attempt = дууссан оролдлого алга
report-scenarios = Хувилбарууд
report-scenarios-note = Хувилбар бүрийн дууссан оролдлогууд хэрхэн төгссөн: хэрэглэгчийг хадгалсан эсвэл алдсан. Тэнцсэн: тэнцэх оноонд хүрсэн буюу давж дууссан.
report-col-outcomes = Дууссан оролдлогуудын үр дүн
report-none-finished = нэг ч дуусаагүй
report-walked-out = гарч явсан: { $count }
report-of-total = нийт { $total }-с
report-principles = Зарчмууд
report-principles-note = Дууссан оролдлогуудад зарчим бүрт авсан оноог тухайн хувилбаруудын хамгийн сайн хариултуудын авдаг оноотой харьцуулав. Хувь = авсан / хамгийн сайн; тэгээс доош бол зарчмыг баримталснаасаа илүү зөрчсөн.
report-col-share-of-best = Хамгийн сайнаас авсан хувь
report-choices = Шийдвэрийн цэг бүр дээрх сонголт
report-choices-note = Суралцагч хэрэглэгчид хариулах ёстой байсан агшин бүрт: хувилбар бүрийг хэдэн хариулт сонгосон. Яриа нэг агшин руу буцаж ирвэл хариулт бүрийг тоолно.
report-best-note = { $tag } нь тухайн агшнаас хамгийн сайн замыг эхлүүлдэг хариултыг тэмдэглэнэ.
report-best-tag = Шилдэг
report-moment = Агшин { $node }
report-moment-unknown = Агшин бүртгэгдээгүй (Last Word үүнийг хадгалж эхлэхээс өмнөх хариултууд)
report-answers = хариулт: { $count }
report-best-chosen = хамгийн сайн хариултыг { $answers }-с { $chosen } удаа сонгосон ({ $share })
report-about = Энэ тайлангийн тухай
report-col-records-file = Бүртгэлийн файл
report-about-note = Хэд хэдэн файлд олдсон оролдлогыг (ижил глобал id) хамгийн бүрэн хуулбараас нь нэг удаа тоолно. Суралцагчдыг том жижиг үсгийг үл харгалзан нэрээр нь тааруулна. Цаг нь UTC. `last-word report`-оор гаргасан; `--format csv` хүснэгтэд зориулж оролдлого бүрт нэг мөр гаргана.

## last-word analyze --notes, загварчлалын явцын мөр

mc-bar = загварчилж байна [bar] [done]/[total] хэрэглэгч ([eta] үлдсэн)
notes-none = Хөтлөгчийн тэмдэглэл: алга. `facilitator` хэсэг нэм (scenarios/README.md-д яаж хийхийг харуулсан).
notes-heading = Хөтлөгчийн тэмдэглэл (зөвхөн хөтлөгчид):
notes-time = Хамгийн сайн замын дагуух хугацаа: { $decisions } шийдвэр ба дүгнэлт, { $sum } = { $total } минут.
notes-off-path = Хамгийн сайн замаас гадуур:
notes-decision = [{ $node }] { $minutes } мин: «{ $line }»
notes-model-answer = Жишиг хариулт: хариулт { $reply } ({ $points }): { $text }
notes-tempting = Уруу татах: хариулт { $reply } ({ $points }): { $text }
notes-other-best = (Шинжилгээгээр энд хамгийн сайн нь { $reply }-р хариулт; тэмдэглэл өөр хариултыг дэмжиж байна.)
notes-ask = Танхимаас асуу: { $question }

## Тушаалын мөр: аргумент эсвэл тоглоомын цонхонд юу хэрэгтэй

translate-say-which = аль хэл рүү орчуулахаа заа, ж.нь last-word translate { $scenario } --lang it
no-game-window = Last Word-ийн энэ хувилбарт тоглоомын цонх алга (`gui` боломжгүйгээр бүтээгдсэн). Терминал дээр тогло: `last-word play <хувилбар>`; `last-word list` хувилбаруудыг харуулна.
arg-not-a-reply = `{ $text }` нь хариултын дугаар биш; хариултуудыг таслалаар тусгаарласан тоогоор бич, ж.нь 2,1,3, эсвэл нэгийг ч үгүй бол ""
arg-not-a-size = `{ $text }` нь хэмжээ биш; ӨРГӨНxӨНДӨР хэлбэрээр бич, ж.нь 1920x1080
arg-not-a-side = `{ $text }` нь 320-оос 8192 хүртэлх өргөн эсвэл өндөр биш
arg-not-an-address = `{ $text }` нь хаяг биш; энэ компьютерийн танхимын сүлжээн дэх хаягийг бич, ж.нь 192.168.1.5 эсвэл 192.168.1.5:8000
arg-not-a-date = `{ $text }` нь огноо биш; ЖЖЖЖ-СС-ӨӨ хэлбэрээр бич, ж.нь 2026-03-01 (өдөр 00:00 UTC-д эхэлнэ)
arg-not-a-day = `{ $text }` нь хуанлийн өдөр биш; сар, өдрөө шалга

## Тушаалын мөрийн тусламж: clap-ийн үгс. Хэрэглээний мөр, сонголт ба
## утгын нэрс (<SCENARIO>, [OPTIONS]) бичигдсэнээрээ үлдэнэ.

help-usage = Хэрэглээ:
help-heading-commands = Тушаалууд
help-heading-arguments = Аргументууд
help-heading-options = Сонголтууд
help-flag = Тусламж харуулах
help-flag-summary = Тусламж харуулах (дэлгэрэнгүйг '--help'-ээр)
help-flag-more = Тусламж харуулах (товчийг '-h'-ээр)
help-version = Програмын хувилбарын дугаар харуулах
help-about-help = Энэ мэдээлэл эсвэл заасан дэд тушаалуудын тусламжийг харуулах
help-default = [анхдагч: { $value }]
help-possible-values = [боломжит утгууд: { $values }]
help-possible-values-heading = Боломжит утгууд:

## Тушаалын мөрийн алдаанууд

clap-error = алдаа:
clap-tip = зөвлөмж:
clap-more = Дэлгэрэнгүйг '{ $help }'-ээр үзнэ үү.
clap-unknown-argument = санаанд ороогүй аргумент '{ $arg }' олдлоо
clap-unknown-command = танигдаагүй дэд тушаал '{ $command }'
clap-missing = дараах заавал шаардлагатай аргументуудыг өгөөгүй:{ $list }
clap-missing-command = '{ $command }' дэд тушаал шаарддаг ч өгөөгүй
clap-commands-list = [дэд тушаалууд: { $commands }]
clap-invalid-value = '{ $arg }'-ийн утга '{ $value }' буруу
clap-value-required = '{ $arg }' утга шаарддаг ч өгөөгүй
clap-no-equals = '{ $arg }'-д утга оноохдоо тэнцүүгийн тэмдэг хэрэгтэй
clap-too-many = '{ $arg }'-д санаанд ороогүй утга '{ $value }' олдлоо; өөр утга хүлээгээгүй
clap-too-few = '{ $arg }' { $expected } утга шаарддаг; зөвхөн { $actual } өгсөн
clap-wrong-count = '{ $arg }' { $expected } утга шаарддаг ч { $actual } өгсөн
clap-used-twice = '{ $arg }' аргументыг нэгээс олон удаа ашиглаж болохгүй
clap-conflict = '{ $arg }' аргументыг{ $with ->
        [list] {" "}дараахтай хамт ашиглаж болохгүй:{ $others }
        [one] {" "}'{ $others }'-тэй хамт ашиглаж болохгүй
       *[unknown] {" "}өгсөн бусад аргументуудын нэг буюу хэд хэдэнтэй хамт ашиглаж болохгүй
    }
clap-conflict-command = '{ $arg }' дэд тушаалыг{ $with ->
        [list] {" "}дараахтай хамт ашиглаж болохгүй:{ $others }
        [one] {" "}'{ $others }'-тэй хамт ашиглаж болохгүй
       *[unknown] {" "}өгсөн бусад аргументуудын нэг буюу хэд хэдэнтэй хамт ашиглаж болохгүй
    }
clap-similar-command = төстэй дэд тушаал бий: { $list }
clap-similar-argument = төстэй аргумент бий: { $list }
clap-similar-value = төстэй утга бий: { $list }
clap-tip-pass-as-value = '{ $arg }'-г утга болгон дамжуулахын тулд '{ $use }' ашигла
clap-tip-exists = '{ $arg }' бий
clap-tip-remove-dashes = '{ $command }' дэд тушаал бий; ашиглахын тулд өмнөх '--'-г арилга

## Тушаалын мөрийн тусламж: тушаал бүрийн тайлбар, аргумент бүрийн
## тусламж.

help-about = Last Word: хэрэглэгчийн үйлчилгээний сургалтын тоглоом, мөн түүний хувилбаруудыг бичих хэрэгслүүд.
help-long-about =
    Last Word: муу үйлчилгээний бодит түүхүүд дээр суурилсан хэрэглэгчийн үйлчилгээний сургалтын тоглоом.

    Тушаалгүйгээр тоглоомыг нээнэ. Сургагч багш нар хувилбаруудыг scenarios/ хавтсанд RON файл болгон бичдэг (scenarios/README.md-г үз); тушаалууд тэдгээрийг шалгаж, жагсааж, шинжилж, терминал дээр тоглуулна.
help-arg-dir = Хувилбаруудыг уншдаг хавтас
help-arg-scenario = Энэ хувилбарыг (түүний id) шууд нээх
help-arg-choices = Эдгээр хариултыг шууд тоглох, ж.нь `--choices 1,2`: тогтвортой хариултын дугаарууд (хариулт бүрийн хувилбарын файл дахь байрлал, ямар дарааллаар харуулахаас үл хамаарна); `--choices ""` нэгийг ч тоглохгүй. Жагсаалтаас өмнө дууссан яриа тэнд зогсож, тэмдэглэл үлдээнэ
help-arg-no-shuffle = Хариултуудыг холилгүй файлын дарааллаар харуулах (зөвхөн энэ удаа; байнгын унтраалга тохиргооны дэлгэцэнд бий)
help-arg-screenshot = Дэлгэц тогтворжсоны дараа цонхны PNG зургийг хадгалаад гарах
help-arg-screen = --screenshot-оор авах дэлгэц: title, picker, settings, play (--scenario-той үед анхдагч), debrief, learners, progress, эсвэл семинарын дэлгэц: workshop (проектор), workshop-setup, standings, workshop-end (`last-word workshop`-ийн --scenarios болон --teams эсвэл --hands-тэй, эсвэл --scenario-той)
help-value-screen-workshop = Семинарын проектор: --scenario-той үед эхний шийдвэр нь загварчилсан утаснуудын саналын шууд тооллоготой
help-value-screen-workshop-setup = Семинарын бэлтгэлийн дэлгэц, `last-word workshop`-ийн сонголтоор урьдчилан бөглөсөн
help-value-screen-standings = Эхний хувилбарын дараах багуудын байр эзлэлт, загварчилсан багууд санал өгнө (`last-word workshop --teams` хэрэгтэй)
help-value-screen-workshop-end = Загварчилсан утаснууд эхнээс нь дуустал тоглосон семинарын төгсгөл
help-arg-seed = Хэрэглэгчийн санамсаргүй байдлын үр
help-arg-window-size = Цонхны хэмжээ логик пикселээр, ж.нь `1920x1080`
help-arg-continuous = Юу ч өөрчлөгдөөгүй үед ч кадр бүрийг зурах (сул зогсолтын хэмжилтэд харьцуулахад)
help-arg-bench-idle = Эхний интерактив кадр хүртэлх хугацаа болон сул зогсолтын CPU-г энэ олон секундын турш хэмжиж, хэвлээд гарах
help-arg-lang = Last Word-ийг харуулах хэл, бүх тушаалд: `it`, `lv`, `mn`, `hi`, `te` эсвэл `en` гэх мэт код (анхдагч: системийнх, LC_ALL, LC_MESSAGES эсвэл LANG-аас, үгүй бол англи). `play` болон `analyze` хувилбарын текстийг ч хажуудах орчуулгын файлаас нь энэ хэлээр харуулна; орчуулаагүй текст бичигдсэнээрээ үлдэнэ. Хэл бүртгэгдэх зүйлд юу ч өөрчлөхгүй
help-about-validate = Хувилбарын файлуудын алдааг шалгах (бүгд хүчинтэй бол 0, үгүй бол 1-ээр гарна)
help-arg-validate-paths = Хувилбарын файлууд эсвэл тэдгээрийн хавтаснууд
help-arg-validate-format = Гаралтын формат
help-arg-validate-coverage = --format json-той үед: `diagnostics` (энэ сонголтгүйгээр хэвлэдэг массив) болон `translations` (орчуулга бүрийн хамрах хүрээ) бүхий объект хэвлэх
help-about-list = Олдсон хувилбаруудыг жагсаах: id, гарчиг, хүндрэл, минут
help-arg-list-dir = Хайх хавтас
help-about-analyze = Хувилбарын төгсгөлүүд, хамгийн сайн ба муу оноо, замуудыг харуулах (тогтвортой хариултын дугаарууд, `play --choices` холилтоос үл хамааран давтана); --runs-тэй үед олон загварчилсан хэрэглэгчийг бас тоглуулах
help-arg-analyze-scenario = Хувилбарын id (--dir дотор хайна) эсвэл хувилбарын файлын зам
help-arg-analyze-json = Шинжилгээг JSON хэлбэрээр хэвлэх
help-arg-analyze-dir = id-г хайх хавтас
help-arg-analyze-runs = Ийм олон хэрэглэгчийг санамсаргүй хариултаар, мөн төдий чинээг хамгийн сайн замаар тоглуулж, оноо, үр дүн, мөнгөний тархалтыг харуулах
help-arg-analyze-seed = --runs-ийн үр (ижил үр ижил тайлан өгнө)
help-arg-analyze-notes = Хөтлөгчийн тэмдэглэл нэмэх: шийдвэр бүрт жишиг хариулт, уруу татах хариултууд яагаад татдаг, танхимд тавих асуулт ба минут, дараа нь сессийн цагийн төсөв
help-about-play = Хувилбарыг терминал дээр тоглох (суралцагчийн ахицад бүртгэгдэнэ)
help-arg-play-scenario = { help-arg-analyze-scenario }
help-arg-play-seed = Хэрэглэгчийн санамсаргүй байдлын үр (анхдагч: тоглолтыг давтаж болохоор хэвлэгдэх шинэ үр удаа бүр)
help-arg-play-choices = Эдгээр хариултыг асуулгүй тоглох, ж.нь `--choices 2,1,3`. Эдгээр нь тогтвортой хариултын дугаарууд: хариулт бүрийн хувилбарын файл дахь байрлал, ямар дарааллаар харуулахаас үл хамаарна; `analyze` замуудыг ингэж хэвлэдэг, дүгнэлтийн давтах мөр ч ингэж өгдөг. `--choices ""` нэгийг ч тоглохгүй. Яриа эрт дуусвал (хэрэглэгч гарч явах эсвэл төгсгөлд хүрэх), үлдсэн нь ашиглагдахгүй бөгөөд тэмдэглэл үүнийг хэлнэ
help-arg-play-json = Зөвхөн дүгнэлтийг JSON хэлбэрээр хэвлэх (төгсгөл хүртэл --choices хэрэгтэй)
help-arg-play-no-shuffle = Хариултуудыг энэ тоглолтын холисон дарааллаар биш, файлын дарааллаар харуулах (үргэлжлүүлсэн тоглолт хадгалагдсан дараалалдаа үлдэнэ)
help-arg-play-dir = { help-arg-analyze-dir }
help-arg-play-resume = Гарахдаа хадгалсан сессийг үргэлжлүүлэх
help-arg-play-timed = Цагтай тоглолт: бодох хугацаа тэвчээр зарцуулна. Агшин бүр 10 с дээр нь уншихад хэрэгтэй хугацааг өгнө; хариулахаас өмнө дуусах бүрд хэрэглэгч дахиад нэг минут хүлээнэ. --choices-оор өгсөн хариултад хугацаа хэмжихгүй
help-arg-play-assess = Үнэлгээ: хариулт бүрийн зөвлөгөө, зарчмын оноог дүгнэлт хүртэл нууна; дүгнэлт шийдвэр бүрийг санал болгосон хамгийн сайн хариулттай зэрэгцүүлж давтана. Үргэлжлүүлсэн сесс хадгалагдсан горимоо хадгална
help-arg-play-learner = Энэ тоглолтыг бүртгэх суралцагч (шинэ бол үүсгэнэ; дараагийн удаад санана). Анхдагч: сүүлийнх, эсвэл таны нэрээр нэрлэсэн нэг
help-arg-play-continue = Суралцагчийн хариулт бүрээр бүртгэгдсэн сүүлийн дуусаагүй яриаг зогссон газраас нь үргэлжлүүлэх (гэнэтийн унасны дараа ч)
help-about-translate = Хувилбарыг орчуулах загварыг бичих: түүний харуулдаг текст бүрийг эхтэй нь зэрэгцүүлж, хувилбарын хажууд `<id>.<lang>.ron` файлд (`--lang` орчуулах хэлийг заана: `it`, `lv`, `mn`, `hi`, `te` эсвэл `pt-BR` гэх мэт код). Байгаа орчуулга дээр дахин ажиллуулахад орчуулсныг хадгалж, шинийг нэмж, хуучирсныг тэмдэглэнэ
help-arg-translate-scenario = { help-arg-analyze-scenario }
help-arg-translate-out = Хувилбарын хажуудах `<id>.<lang>.ron`-ий оронд энд бичих
help-arg-translate-dir = { help-arg-analyze-dir }
help-about-progress = Суралцагчийн ахиц: хувилбар бүрээр оролдлого, шилдэг дүн, эзэмшсэн эсэх; зарчим бүрээр авсан оноо ба чиг хандлага; цаг хугацааны туршид хийсэн оролдлогууд; дараа нь юу тоглох, яагаад
help-arg-progress-learner = Суралцагч (анхдагч: хамгийн сүүлд тоглосон нь)
help-arg-progress-json = JSON хэлбэрээр хэвлэх
help-arg-progress-dir = Зөвлөмж сонгох хувилбарын сан
help-about-pass-mark = Дууссан оролдлогын хувилбарыг эзэмшсэнд тооцоход хүрэх ёстой тэнцэх оноог харуулах буюу тохируулах (анхдагч 80): бүх хувилбарт, эсвэл --scenario-той бол нэгэнд
help-arg-pass-mark-mark = Шинэ тэнцэх оноо, 0-ээс 100 (өгөөгүй бол: хүчин төгөлдөр онооуудыг харуулна)
help-arg-pass-mark-scenario = Тэнцэх оноо хамаарах хувилбар (анхдагч: өөрийн оноогүй бүх хувилбар)
help-arg-pass-mark-clear = Хувилбарын өөрийн тэнцэх оноог арилгаж, ерөнхийг нь мөрдүүлэх
help-arg-pass-mark-dir = Хувилбарын id-г тулгах хавтас
help-about-lrs = Байгууллагын сургалтын бүртгэлийн сан (LRS, xAPI): тохируулах, холболтыг шалгах, түүнийг хүлээж буй мэдэгдлүүдийг харах ба илгээх
help-about-lrs-configure = Мэдэгдлүүдийг илгээх LRS-ийг, мөн тэдгээрт суралцагчдыг хэрхэн тодорхойлохыг тохируулах; `--off` илгээхийг зогсооно (мэдэгдлүүд илгээх дараалалд хүлээнэ)
help-arg-lrs-configure-endpoint = LRS-ийн xAPI төгсгөлийн цэг, мэдэгдлүүдийг илгээдэг хаяг, ж.нь https://lrs.example.org/xAPI/
help-arg-lrs-configure-key = LRS-ийн Last Word-д олгосон түлхүүр (хэрэглэгчийн нэр)
help-arg-lrs-configure-secret = Түлхүүртэй хамт явдаг нууц (нууц үг)
help-arg-lrs-configure-account-home-page = Суралцагчдыг энэ нүүр хуудас дээрх бүртгэлээр тодорхойлох (анхдагч нь urn:last-word:learners)
help-arg-lrs-configure-mbox-domain = Суралцагчдыг энэ домэйн дээрх и-мэйл хаягаар тодорхойлох (mailto:ner.ovog@DOMAIN)
help-arg-lrs-configure-off = LRS-ийг мартах: дахин тохируулах хүртэл юу ч илгээхгүй
help-about-lrs-status = Тохируулсан LRS, мөн хүлээж буй, илгээсэн, татгалзсан мэдэгдлүүд (LRS-ийн мессежтэй)
help-about-lrs-test = LRS-тэй холболтыг юу ч бичилгүйгээр шалгаж, бүтэлгүйтвэл юу буруу байгааг хэлэх
help-about-lrs-sync = Хүлээж буй мэдэгдлүүдийг одоо явцын мөртэйгээр илгээх (LRS бүтэлгүйтсэнээс хүлээлтэд үлдсэн нь байвал 1-ээр гарна)
help-about-report = Удирдлагад зориулсан тайлан: суралцагчаар, хувилбараар, зарчмаар, мөн шийдвэрийн цэг бүрт хувилбар бүрийг сонгосон хариултын хувь. Хэд хэдэн компьютерээс цуглуулсан бүртгэлийн файлуудыг нэгтгэж, оролдлого бүрийг нэг удаа тоолно; тэдгээрт хэзээ ч бичихгүй
help-arg-report-databases = Тайлан гаргах бүртгэлийн файлууд (records.sqlite3), ж.нь шинэ ажилтны зөөврийн компьютерээс хуулсан. Анхдагч: энэ компьютерийнх
help-arg-report-format = text, csv (оролдлого бүрт нэг мөр) эсвэл html (бие даасан нэг хуудас). Анхдагч: --out-ийн өргөтгөлөөс (.csv, .html, .htm), үгүй бол text
help-arg-report-since = Зөвхөн энэ өдөр буюу түүнээс хойш эхэлсэн оролдлогууд (ЖЖЖЖ-СС-ӨӨ, UTC)
help-arg-report-out = Тайланг хэвлэхийн оронд энэ файлд бичих
help-arg-report-dir = Гарчиг, хэрэглэгчийн үг, хэн ч сонгоогүй хариултууд ба хамгийн сайн хариултад зориулсан хувилбарын сан (анхдагч: байвал scenarios/)
help-about-workshops = Бүртгэлтэй хамт хадгалсан семинарууд, хамгийн сүүлийнх нь эхэндээ; `workshops export` нэгийг нь CSV (шийдвэр бүрт нэг мөр) эсвэл нэг HTML хуудас болгон бичнэ
help-arg-workshops-json = Жагсаалтыг JSON хэлбэрээр хэвлэх
help-about-workshops-export = Нэг семинарыг CSV эсвэл бие даасан HTML хуудас болгон бичих
help-arg-workshops-export-workshop = Семинарын id (эсвэл эхний тэмдэгтүүд), эсвэл `latest`
help-arg-workshops-export-format = csv (шийдвэр бүрт нэг мөр) эсвэл html (и-мэйлээр явуулах нэг хуудас). Анхдагч: --out-ийн өргөтгөлөөс (.csv, .html, .htm)
help-arg-workshops-export-out = Хэвлэхийн оронд энэ файлд бичих (бүтнээр нь солино)
help-about-workshop = Семинар явуулах: тоглоом семинарын бэлтгэл дээр нээгдэнэ (эдгээр сонголтоор урьдчилан бөглөсөн); хөтлөгч проектор дээр удирдаж, танхим утаснаасаа санал өгнө
help-arg-workshop-scenarios = Тоглох хувилбарууд, дарааллаар нь (id), ж.нь `--scenarios a,b,c`
help-arg-workshop-teams = Эдгээр нэртэй багаар тоглох, ж.нь `--teams Улаан,Цэнхэр` (2-оос 8)
help-arg-workshop-hands = Утасгүй: хөтлөгч гар өргөж өгсөн саналыг оруулна
help-arg-workshop-bind = Утасны сервер хаана сонсох вэ: хаяг (порт 8421) эсвэл ХАЯГ:ПОРТ. Анхдагч: энэ компьютерийн дотоод сүлжээн дэх хаяг
help-arg-workshop-open = Бэлтгэлийг алгасах: шууд эхэлж, эхний шийдвэрийн санал хураалтыг нээх (--scenarios хэрэгтэй; бэлтгэл сургуулилт болон сул зогсолтын хэмжилтэд)
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

## scenarios/principles.ron дахь зарчмууд: тус бүрийн нэр ба товч агуулга,
## id-аар.

principle-name-flexible-policy = Уян хатан, хүнлэг журам
principle-about-flexible-policy = Журам бол тоглоом биш. Бизнесийг ч, хэрэглэгчийг ч хамгаалдаг журмыг мөрд, харилцааг гэмтээх үед уян хатан хандаарай.
principle-name-say-what-you-can-do = Журмаа биш, юу хийж чадахаа хэл
principle-about-say-what-you-can-do = Хэрэглэгч таны төлөө юу хийх ёстойгоо биш, та түүний төлөө юу хийж чадахыг сонсохыг хүсдэг.
principle-name-own-hard-questions = Хэцүү асуултыг өөртөө хүлээ
principle-about-own-hard-questions = Хэчнээн төвөгтэй ч туслахад бэлэн бай; хариулж чадах хүнд, бүтээгдэхүүний зохион бүтээгч эсвэл гүйцэтгэх захирал хүртэл хандаарай.
principle-name-efficient-systems = Үр ашигтай систем, хүлээж байхад нь нэмэлт зүйл бүү санал болго
principle-about-efficient-systems = Систем, үйл явц нь тантай харилцахыг хурдан болгох ёстой; хүлээлтэд аль хэдийн бухимдсан хэрэглэгчид юм санал болгох хэрэггүй.
principle-name-respect-privacy = Хувь хүнд тохируул, гэхдээ бүү халд
principle-about-respect-privacy = Мэдэж байгаа зүйлээ хэрэглэгчид үйлчлэхэд ашигла, хэзээ ч түүнийг түгшээхэд бүү ашигла; түүний мэдээллийг хамгаал.
principle-name-be-reachable = Хүнтэй холбогдох боломжтой бай
principle-about-be-reachable = Хэрэглэгчийн хүссэн газар бай: утас, и-мэйл, нийгмийн сүлжээ, ярилцах хүн.
principle-name-no-last-word = Алдааг нь бүү заа; сүүлчийн үгийг бүү хэл
principle-about-no-last-word = Асуудал шийдэгдмэгц зогс. Маргаанд ялвал хэрэглэгчээ алдана.
principle-name-fix-fast = Хурдан засаж, байцаалт бүү хий
principle-about-fix-fast = Буруу нь танд байвал байцаалт хийлгүйгээр хурдан, өвдөлтгүй засаарай.
principle-name-respond-quickly = Хурдан хариу үйлдэл үзүүл
principle-about-respond-quickly = Танхимд, кассанд, утсан дээр хангалттай ажилтан байх; хурдан шийдвэрлэвэл гомдол даамжрахгүй.
principle-name-know-the-product = Бүтээгдэхүүнээ мэд
principle-about-know-the-product = Эелдэг, мэдлэгтэй, сайн сургагдсан ажилтнууд бол компанийн олон нийтэд харагдах нүүр царай, дуу хоолой юм.
principle-name-keep-your-word = Амлалтдаа хүрэх
principle-about-keep-your-word = Борлуулалт хийхэд тус болох байсан ч биелүүлж чадахгүй зүйлээ бүү амла; юу хийж чадахаа шударгаар хэл.
principle-name-listen = Сонсож, хэрэглэгчдийн дургүй зүйлийг өөрчил
principle-about-listen = Хэрэглэгч үнэхээр юу хүсэж байгааг сонс, олон хэрэглэгчийн дургүй зүйлээс татгалзахад бэлэн бай.
principle-name-make-it-right = Мөнгийг буцааж, нөхөн төлбөр олго
principle-about-make-it-right = Уучлалтыг мөнгөөр баталгаажуулна: аль болох хурдан мөнгийг буцаа, нөхөн төлбөр олго, учруулсан зардлыг нөхөж өг.
principle-name-greet = Хэрэглэгчтэй мэндэл
principle-about-greet = Шууд мэндчилгээ авсан хэрэглэгч эерэг сэтгэгдэлтэй болдог; үл тоомсорлогдсон нь муу үйлчилгээнд бэлтгэдэг.
principle-name-quality-at-speed = Хурдан байхдаа чанараа хадгал
principle-about-quality-at-speed = Хурд чанарын үнээр байж болохгүй; муу бүтээгдэхүүн гомдол, буцаалтаар хэмнэснээсээ илүү зардал гаргадаг.
principle-name-set-a-limit = Хязгаар тогтоо, тэгээд туслаарай
principle-about-set-a-limit = Хэрэглэгч доромжилж эхэлбэл юуг хүлээн зөвшөөрөхгүйгээ тайван хэлж, тэр дор нь түүний төлөө юу хийхээ хэл. Бүү бууж өг, бүү хариу дайр.
principle-name-read-the-context = Нөхцөл байдлыг ойлго
principle-about-read-the-context = Сайн үйлчилгээг хэрэглэгч л тодорхойлно; дүрэм хэрэглэхээсээ өмнө тэр юуны төлөө ирснийг ойлго.

## last-word play: тоглолтыг юу зогсоодог, юуг бүртгэж чадаагүй

play-nobody-yet = хараахан хэн ч тоглоогүй; эхлэх: last-word play <хувилбар>
play-nothing-to-continue = { $learner }-д үргэлжлүүлэх яриа алга; шинээр эхлэх: last-word play <хувилбар>
play-cannot-read-saved = хадгалсан сесс { $path }-г уншиж чадсангүй: { $reason }
play-cannot-resume = { $path }-г үргэлжлүүлж чадсангүй: { $reason }
play-choice-failed = { $index }-р сонголт: { $reason }
play-not-recorded = анхааруулга: энэ тоглолт бүртгэгдэхгүй: { $reason }
play-statements-wait = LRS-ийг хүлээж буй xAPI мэдэгдэл: { $count } ({ $problem }); дараагийн удаа, эсвэл одоо `last-word lrs sync`-ээр илгээгдэнэ
choice-ended = яриа аль хэдийн дууссан
choice-not-available = { $number }-р хариулт `{ $node }` дээр байхгүй; энд байгаа хариултууд: { $available }
restore-wrong-scenario = хадгалсан сесс `{ $given }` биш, `{ $saved }` хувилбарынх
restore-scenario-changed = сессийг хадгалснаас хойш хувилбар өөрчлөгдсөн тул яг адилхан давтах боломжгүй
restore-replay = хадгалсан хариултууд таарахаа больсон: { $reason }
resume-finished = { $attempt } дугаартай оролдлого аль хэдийн дууссан; шинийг эхлүүл
resume-scenario-changed = энэ оролдлого эхэлснээс хойш `{ $scenario }` хувилбарыг засварласан тул хариултуудыг нь давтах боломжгүй; оролдлого таны түүхэнд үлдэнэ, хувилбарыг шинээр эхлүүл
resume-wrong-scenario = оролдлого `{ $given }` биш, `{ $recorded }` хувилбарынх
resume-replay = бүртгэсэн хариултууд таарахаа больсон: { $reason }
