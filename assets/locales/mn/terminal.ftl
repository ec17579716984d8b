# Терминал (last-word play) ба сургагчийн хэрэгслүүдийн хураангуй
# (src/cli/). Лавлах: ../en/terminal.ftl.

language-unknown = тэмдэглэл: Last Word `{ $asked }` хэлээр хараахан ярьдаггүй тул англиар үлдэнэ ({ $known } хэлээр ярьдаг).

## Ярианы агшин

mood-clock = Сэтгэл санаа { $bar }   Цаг { $clock }
at-stake = Эрсдэлд буй: жилд { $yearly }; үнэнч үлдвэл { $years } жилд { $loyal }, энэ сэтгэл санаагаар { $now } хүлээгдэж байна
based-on = Эх сурвалж: { $source }
seed-note = Үр { $seed } (ижил хэрэглэгчийг --seed { $seed }-ээр дахин тогло).
you-said-line = Та: «{ $reply }»
mood-moved = Сэтгэл санаа { $before } { $band-before } -> { $after } { $band-after } ({ $moved }), { $minutes } өнгөрөв
what-happened = Юу болов: { $happened }
coaching = Зөвлөгөө: { $text }
principles = Зарчмууд: { $list }
principles-repeat = Зарчмууд: { $list } (өмнө нь сонгосон: энэ удаа оноогүй)
walks-out = Хэрэглэгчийн тэвчээр барагдаж, гарч явлаа.
timed-intro = Хугацаатай тоглолт: хариулахад хэр хугацаа байгааг асуулт харуулна. Тэр дуусах бүрт хэрэглэгч { $more } хүлээнэ (тэвчээр минутад { $patience } оноо).
kept-waiting = Та { $seconds } с зарцууллаа: хэрэглэгч { $more } хүлээв. Сэтгэл санаа { $before } { $band-before } -> { $after } { $band-after }.
tired-of-waiting = Хариулт хүлээж ядарсан хэрэглэгч гарч явлаа.
more-minutes = дахин { $minutes } минут
left-before-a-word = Таныг үг хэлэхээс өмнө хэрэглэгчийн тэвчээр барагдаж, явчихлаа.
not-translated = (Хараахан орчуулаагүй, бичсэнээр нь харуулав: { $parts }.)
not-translated-narration = өгүүлэмж
not-translated-line = { $customer }-ийн үг
not-translated-replies = хариулт { $numbers }

## Асуулт ба буруу хариу

prompt = Таны хариулт ({ $numbers }; q — хадгалаад гарах):{" "}
prompt-timed = Таны хариулт ({ $numbers }; хэрэглэгч тэвчээр алдахаас өмнө { $seconds } с; q — хадгалаад гарах):{" "}
type-one-of = { $error }. Аль нэгийг бичнэ үү: { $numbers }.
no-such-reply = Энд { $n } дугаар хариулт алга. Аль нэгийг бичнэ үү: { $numbers }.
type-a-number = Хариултынхаа дугаарыг бичнэ үү: { $numbers }.
not-a-number = «{ $answer }» нь хариултын дугаар биш. Аль нэгийг бичнэ үү: { $numbers }, эсвэл q — хадгалаад гарах.

## Дүгнэлт

debrief-title = == Дүгнэлт: { $title } ==
ending = Төгсгөл: { $outcome }. { $text }
score = Оноо: { $score }/100, үнэлгээ { $grade } (зарчмын оноо { $raw }; хамгийн сайн боломжит { $best }, хамгийн муу { $worst })
principles-heading = Зарчмууд
column-you = та
column-best = шилдэг
mood-across = Ярианы туршид сэтгэл санаа:
lesson = Сургамж
for-discussion = Ярилцах асуулт
money-explained = Мөнгийг тайлбарлавал
your-replies = Таны хариултууд
no-replies = Байхгүй: таныг ярихаас өмнө хэрэглэгч явчихсан.
best-path = Хамгийн сайн зам
best-path-none = Байхгүй.
replay-yours = Өөрийнхөө замыг дахин тогло: last-word play { $scenario } --seed { $seed } --choices { $choices }
replay-best = Хамгийн сайн замыг тогло: last-word play { $scenario } --choices { $choices }
you-said = Таны хэлсэн
best-reply = Хамгийн сайн хариулт

## last-word play

continued-after = == { $title } == ({ $reply }-р хариултын дараа үргэлжлүүлэв)
continue-hint = Эсвэл { $learner }-ийн яриаг үргэлжлүүл: last-word play --continue
recorded-for = { $learner }-д бүртгэв; ахицыг харах: last-word progress
saved-resume = Хадгаллаа. Үргэлжлүүлэх: last-word play --resume { $path }{ $hint }
input-ended = алдаа: яриа дуусахаас өмнө оролт дууссан; сесс хадгалагдсан, үргэлжлүүлэх: last-word play --resume { $path }{ $hint }
choices-ran-out = алдаа: сонголтууд `{ $node }` дээр төгсгөлөөс өмнө дууссан; --choices-д { $numbers } хариултын аль нэгийг нэм
note = Тэмдэглэл: { $note }.

## last-word validate ба list

validate-summary = шалгасан хувилбарын файл: { $files }{ $translations ->
        [0] {""}
       *[other] {""}, орчуулга: { $translations }
    }; хүчинтэй: { $valid }, алдаа: { $errors }, анхааруулга: { $warnings }
coverage-heading = орчуулгууд:
coverage-missing = дутуу: { $count }
coverage-stale = хуучирсан: { $count }
coverage-extra = илүү: { $count }
list-broken = { $dir } доторх { $count } хувилбарын файлыг ачаалж чадсангүй; шалтгааныг харахын тулд `last-word validate { $dir }` ажиллуул
list-none = { $dir } дотор хувилбар олдсонгүй

## last-word analyze

analyze-counts = зангилаа: { $nodes } (хүрэх боломжтой: { $reachable }), хариулт: { $replies }, төгсгөл: { $endings }
analyze-paths = замууд: { $exact ->
        [yes] { $count }
       *[no] дор хаяж { $count }
    } ялгаатай тоглолт{ $loops ->
        [yes] {" "}нэг зангилаагаар хоёр удаа дайрахгүй (хувилбарт давталт бий)
       *[no] {""}
    }
analyze-endings = Төгсгөлүүд:
ending-reachable = хүрэх боломжтой
ending-unreachable = ХҮРЭХ БОЛОМЖГҮЙ
analyze-best = Хамгийн сайн оноо: { $score } (хариултууд { $replies }, төгсгөл `{ $ending }`)
analyze-worst = Хамгийн муу оноо: { $score } (хариултууд { $replies }, төгсгөл `{ $ending }`)
analyze-step = хариулт { $reply } ({ $points }): { $text }
analyze-footer = Хариулт анх сонгогдохдоо оноо авна; замыг `last-word play { $id } --choices <хариултууд>`-аар тогло.
analyze-reply-numbers = Хариултын дугаар нь тоглоом ямар дарааллаар харуулахаас үл хамааран файл дахь байрлал юм.
mc-heading = Загварчилсан хэрэглэгчид (бодлого тус бүрд { $runs }, үр { $seed }):
mc-random = Санамсаргүй хариултууд
mc-best = Хамгийн сайн зам
mc-score = оноо: дундаж { $mean }, медиан { $median }, 10%–90% { $p10 }–{ $p90 }, хүрээ { $min }–{ $max }
mc-outcomes = төгсгөлүүд: { $list }
mc-walked-out = гарч явсан: { $share }
mc-lost = хэрэглэгч тутамд, ирэх үеийн үнэ цэнээс алдсан: дундаж { $mean }, медиан { $median }, 10%–90% { $p10 }–{ $p90 }
mc-kept = хэрэглэгч тутамд хадгалсан үнэ цэнэ: дундаж { $mean }

## last-word progress

progress-nobody = Хараахан хэн ч тоглоогүй. Эхлэх: last-word play <хувилбар>
progress-of = { $learner }-ийн ахиц
progress-no-attempts = Оролдлого алга. Эхлэх: last-word play <хувилбар>
progress-scenarios = Тоглосон хувилбарууд ({ $played }-с { $mastered } эзэмшсэн)
progress-best = шилдэг { $score } ({ $grade })
progress-not-finished = хараахан дуусаагүй
progress-mastered = эзэмшсэн (тэнцэх оноо { $mark })
progress-not-mastered = эзэмшээгүй (тэнцэх оноо { $mark })
progress-attempts = оролдлого: { $attempts } (дууссан: { $finished })
progress-principles = Зарчмууд (хамгийн сайн замын онооноос авсан оноо, дууссан оролдлогууд; чиг хандлага нь оролдлогын эхний хагасыг сүүлийнхтэй харьцуулна)
progress-earned-of = { $best }-с { $earned }
progress-trend = { $trend } ({ $earlier }, дараа нь { $later })
progress-history = Цаг хугацааны туршид хийсэн оролдлогууд (дууссан: { $count }, хамгийн эртнийх эхэндээ)
progress-unfinished = Дуусаагүй: { $scenario }, { $replies } хариултын дараа; үргэлжлүүлэх: last-word play --continue
progress-next = Дараагийнх: { $title }; тоглох: last-word play { $scenario }
