# Хувилбар, орчуулга, зарчмын файлын тухай шалгагчийн мэдэгдлүүд.
# Код (`unknown-target`), id, талбар ба файлын нэр бичигдсэнээрээ үлдэнэ.

diag-unreadable-file = энэ файлыг уншиж чадсангүй: { $error }
diag-unreadable-file-hint = замыг болон файлыг унших эрхтэй эсэхээ шалгана уу
diag-too-large = энэ файл { $bytes } байт; хувилбарын файл { $limit } байтаас (1 MiB) хэтрэхгүй
diag-too-large-hint = хувилбарыг жижиг хэсгүүдэд хуваах, эсвэл зөв файл эсэхийг шалгана уу
diag-not-utf8 = энэ файл UTF-8 текст биш ({ $offset } байрлалд буруу байт)
diag-not-utf8-hint = засварлагчдаа файлыг UTF-8-аар хадгална уу
diag-unwritable = хувилбарыг RON-оор бичиж чадсангүй: { $error }
diag-unwritable-hint = хувилбарын тоонуудыг шалгана уу: RON бүх утгыг хадгалж чадахгүй
diag-principles-shape = зарчмын файлд зарчмуудын жагсаалт байна
diag-principles-shape-hint = ингэж бичнэ: `[ (id: "fix-fast", name: "...", summary: "..."), ... ]`
diag-unreadable-folder = энэ хавтсыг уншиж чадсангүй: { $error }
diag-unreadable-folder-hint = зам болон түүний эрхийг шалгана уу
diag-not-found = ийм файл ч, хавтас ч алга
diag-not-found-hint = хувилбарын файл (`scenarios/coffee-dry-cappuccino.ron`) эсвэл хувилбаруудын хавтас (`scenarios/`) өгнө үү
diag-duplicate-scenario-id = `{ $id }` хувилбарын id-г { $file } аль хэдийн ашигласан
diag-duplicate-scenario-id-hint = хувилбар бүрт өөрийн id өг; тоглогчид ба скриптүүд хувилбарыг id-аар сонгоно
diag-scenario-shape = хувилбарын файлд нэртэй талбаруудтай ганц `Scenario( ... )` байна
diag-scenario-shape-hint = файлыг `Scenario(`-оор эхлүүлж, талбаруудыг `id: "my-scenario",` гэж бич
diag-did-you-mean = `{ $near }` гэж хэлэх гэсэн үү?
diag-scenario-fields = хувилбарын талбарууд: { $fields }
diag-unknown-scenario-field = хувилбарт `{ $field }` талбар байхгүй
diag-missing-field = хувилбарт `{ $field }` алга
diag-missing-field-hint = `{ $field }: ...` нэм (юу агуулдгийг scenarios/README.md-ээс үз)
diag-expected-list = энд `[ ... ]` доторх жагсаалт ({ $what }) байх ёстой
diag-expected-list-hint = зүйлсийг дөрвөлжин хаалтад таслалаар тусгаарлан бич
diag-missing-struct-field-in = `{ $field }` талбар дутуу ({ $what })
diag-missing-struct-field = `{ $field }` талбар дутуу ({ $what })
diag-missing-struct-field-hint = `{ $field }: ...` нэм; бүх талбарыг scenarios/README.md-д жагсаасан
diag-fields-here = энд байх талбарууд: { $fields }
diag-no-such-field-in = `{ $field }` талбар байхгүй ({ $what })
diag-no-such-field = `{ $field }` талбар байхгүй ({ $what })
diag-did-you-mean-choices = `{ $near }` гэж хэлэх гэсэн үү? Сонголтууд: { $choices }
diag-choices = сонголтууд: { $choices }
diag-no-such-choice = `{ $found }` энд байх сонголтуудын нэг биш
diag-duplicate-field = `{ $field }` талбар хоёр удаа бичигдсэн
diag-duplicate-field-hint = нэгийг нь үлдээ
diag-unexpected-text = { $what }: энд санаандгүй текст байна
diag-unexpected-text-hint = бүхэл зүйл тоолдог талбар (тоглох минут, horizon_years, talks_to, зарчмын жин) 5.5 биш, 5 шиг бүхэл тоо авна; эс бөгөөс дутуу таслал хай
diag-integer-out-of-bounds = { $what }: энэ тоо талбарынхаа хязгаараас гадуур байна
diag-integer-out-of-bounds-hint = talks_to, тоглох минут, жин зэрэг тоо сөрөг эсвэл асар их байж болохгүй; хязгаарыг scenarios/README.md-ээс үз
diag-expected-string = { $what }: давхар хашилтад текст байх ёстой
diag-expected-string-hint = текст ба id-г давхар хашилтад бич, жишээ нь "fix-fast"
diag-expected-number = { $what }: тоо байх ёстой
diag-expected-number-hint = тоог хашилтгүй бич, жишээ нь 12 эсвэл 2.5
diag-ron-other = { $what }: { $error }
diag-ron-other-hint = бүрэн жишээ болох scenarios/coffee-dry-cappuccino.ron-той харьцуул

## What a message is about (a `what` the core names in English).

diag-what-principle = зарчим
diag-what-the-scenario-id = хувилбарын id
diag-what-the-title = гарчиг
diag-what-the-source-story = эх түүх
diag-what-the-setting = орчин
diag-what-the-difficulty = хүндрэл
diag-what-the-minutes = минут
diag-what-the-lesson = сургамж
diag-what-the-customer = үйлчлүүлэгч
diag-what-the-start-node-id = эхлэх зангилааны id
diag-what-the-debrief = хэлэлцүүлэг
diag-what-a-node = зангилаа
diag-what-an-ending = төгсгөл
diag-what-the-tags = шошго
diag-what-the-walk-out-ending = орхиж явах төгсгөл
diag-what-the-economics = эдийн засаг
diag-what-the-facilitator-s-notes = чиглүүлэгчийн тэмдэглэл
diag-what-node = зангилаа
diag-what-reply = хариулт
diag-what-ending = төгсгөл
diag-what-customer = үйлчлүүлэгч
diag-what-economics = эдийн засаг
diag-what-feedback = санал
diag-what-debrief = хэлэлцүүлэг
diag-what-facilitator = чиглүүлэгчийн тэмдэглэл

## Scenario checks.

diag-read-by-players = үүнийг тоглогчид уншина
diag-read-by-facilitator = үүнийг чиглүүлэгч уншина
diag-empty-text = { $what }: текст хоосон байна
diag-empty-text-hint = текстийг бич ({ $what }); { $readers }
diag-out-of-range = { $what }: { $value } нь { $low }..={ $high } хязгаараас гадуур байна
diag-out-of-range-hint = { $low }-аас { $high } хүртэлх утга ашигла
diag-low-end = доод хязгаар ({ $what })
diag-high-end = дээд хязгаар ({ $what })
diag-range-reversed = { $what }: муж { $low }-аас доош { $high } хүртэл байна
diag-range-reversed-hint = мужийг багаас нь эхэлж бич: ({ $high }, { $low })
diag-bad-id = { $what }: `{ $id }` нь ашиглах боломжтой id биш
diag-bad-id-hint = id нь үсэг, цифр, `-`, `_` ашиглана, жишээ нь `remake-the-drink`
diag-id-of = id ({ $what })
diag-play-minutes = { $minutes } минут үргэлжлэх хувилбар 1..=240 хязгаараас гадуур байна
diag-play-minutes-hint = оролцогч үүнийг тоглоход хэдэн минут хэрэгтэйг 1-ээс 240 хүртэл тооцоол
diag-no-questions = хэлэлцүүлэгт ярилцах асуулт алга
diag-no-questions-hint = семинарт ярилцах дор хаяж нэг асуулт нэм
diag-horizon = { $years } жилийн хугацаа 1..=50 хязгаараас гадуур байна
diag-horizon-hint = үйлчлүүлэгчийн ирээдүйн 1-ээс 50 жилийг тоол
diag-duplicate-id = `{ $id }` id хоёр удаа ашиглагдсан
diag-duplicate-id-hint = анх { $line }-р мөрөнд ашиглагдсан; зангилаа ба төгсгөл нэг id-ийн багцтай тул аль нэгийг нь өөр нэрлэ
diag-no-nodes = хувилбарт зангилаа алга
diag-no-nodes-hint = дор хаяж нэг зангилаа нэм: үйлчлүүлэгчийн эхний үг ба тоглогчийн хариултууд
diag-no-endings = хувилбарт төгсгөл алга
diag-no-endings-hint = төгсгөлүүд нэм, жишээ нь үйлчлүүлэгч үлдэх ба явах төгсгөл
diag-start-is-ending = яриа `{ $id }`-ээс эхэлж байгаа ч энэ нь төгсгөл
diag-start-is-ending-hint = үйлчлүүлэгч эхэлж ярьдаг зангилаанаас эхлүүл
diag-name-start = яриа эхлэх зангилааны id-г бич
diag-unknown-start = `{ $id }` эхлэх зангилаа байхгүй
diag-name-node = энэ хувилбарын зангилааг нэрлэ
diag-condition-not-node = нөхцөл `{ $id }`-г нэрлэсэн ч энэ нь зангилаа биш
diag-no-replies = `{ $id }` зангилаанд хариулт алга, бас төгсгөл биш
diag-no-replies-hint = тоглогчид энд хэлэх зүйл өг, эсвэл яриа энд дуусдаг бол үүнийг үр дүнтэйгээр `endings` руу шилжүүл
diag-no-open-reply = `{ $id }` зангилааны бүх хариулт нөхцөлтэй
diag-no-open-reply-hint = дор хаяж нэг хариултыг `when:`-гүй үлдээ, тэгвэл тоглогч хэлэх үггүй үлдэхгүй
diag-missing-feedback = `{ $node }` зангилааны { $reply }-р хариултад санал алга ({ $what })
diag-missing-feedback-hint = `feedback: (happened: "...", coaching: "...")` нэм; оролцогч үүнээс ({ $what }) суралцана
diag-unknown-principle = `{ $id }` нь мэдэгдэх зарчим биш
diag-unknown-principle-hint = { $origin }-ээс зарчим ашигла, эсвэл энийг тэнд нэм
diag-bad-weight = `{ $id }`-ийн жин { $weight } байна
diag-bad-weight-hint = жин -5 (ноцтой зөрчдөг)-аас 5 (бүрэн баримталдаг) хүртэл, хэзээ ч 0 биш
diag-name-node-or-ending = энэ хувилбарын зангилаа эсвэл төгсгөлийг нэрлэ
diag-unknown-next = `{ $node }` зангилааны { $reply }-р хариулт `{ $id }` руу хөтөлдөг ч энэ нь зангилаа ч, төгсгөл ч биш
diag-duplicate-principle = `{ $node }` зангилааны { $reply }-р хариулт `{ $id }` зарчмыг хоёр удаа жигнэсэн
diag-duplicate-principle-hint = зарчим бүрт нэг жин үлдээ; зөвхөн сүүлийнх нь тооцогдоно
diag-name-ending = энэ хувилбарын төгсгөлүүдийн нэгийг нэрлэ
diag-unknown-walk-out = орхиж явах төгсгөл `{ $id }` нь төгсгөл биш
diag-bad-walk-out = орхиж явах төгсгөл `{ $id }` үйлчлүүлэгчийг үлдээдэг
diag-bad-walk-out-hint = орхиж явсан үйлчлүүлэгч алдагдсан: `Lost` эсвэл `LostAndTelling` үр дүнтэй төгсгөлийг нэрлэ
diag-no-walk-out = үйлчлүүлэгч орхиж явахад юу болохыг ямар ч төгсгөл хэлэхгүй байна
diag-no-walk-out-hint = `Lost` эсвэл `LostAndTelling` үр дүнтэй төгсгөл нэм, эсвэл `walk_out: "..."`-ээр нэрлэ
diag-unreachable-node = эхлэлээс `{ $id }` зангилаанд хүрэх зам алга
diag-unreachable-node-hint = аль нэг хариултын `next`-ийг энд чиглүүл, эсвэл зангилааг устга
diag-dead-end = `{ $id }` зангилаанаас ямар ч төгсгөлд хүрэхгүй
diag-dead-end-hint = энэ эсвэл цааших зангилааны аль нэг хариултад төгсгөл рүү заасан `next` өг
diag-unreachable-ending = эхлэлээс `{ $id }` төгсгөлд хүрэх зам алга
diag-unreachable-ending-hint = аль нэг хариултын `next`-ийг энд чиглүүл, эсвэл төгсгөлийг устга
diag-loop-too-many-replies = `{ $id }`-ээр дамжих давталт ({ $nodes } зангилаа) { $scored } оноотой хариулттай; хамгийн ихдээ { $max }-г яг шинжилж болно
diag-loop-too-large = `{ $id }`-ээр дамжих давталт ({ $nodes } зангилаа, { $scored } оноотой хариулт, олон газраас ордог) яг шинжлэхэд хэт том
diag-loop-hint = давталтыг хуваа: зарим хариулт яриаг буцаах биш урагшлуулдаг болго
diag-no-start = ярианд шинжилгээ эхлэх зангилаа алга
diag-cannot-finish-hint = энд байгаа хариултын аль нэгэнд төгсгөл рүү заасан `next` өг
diag-duplicate-principle-definition = `{ $id }` зарчим хоёр удаа тодорхойлогдсон
diag-duplicate-principle-definition-hint = анх { $item }-р зүйлээр тодорхойлогдсон; нэгийг үлдээ

## Facilitator notes.

diag-no-facilitator-notes = `{ $id }` хувилбарт чиглүүлэгчийн тэмдэглэл алга
diag-no-facilitator-notes-hint = хэлэлцүүлгийн дараа { $example } нэм; бүрэн жишээг scenarios/README.md-ээс үз
diag-empty-tempting = { $reply }-р хариулт яагаад татам болох тухай тэмдэглэл хоосон
diag-empty-tempting-hint = танхим үүнийг яагаад сонгож болох, яагаад бүтэлгүйтэхийг бич; үүнийг чиглүүлэгч уншина
diag-notes-for-ending = тэмдэглэл `{ $id }`-д зориулагдсан ч энэ нь шийдвэр биш, төгсгөл
diag-notes-for-ending-hint = танхим хариулт сонгодог зангилаанд тэмдэглэл бич; төгсгөлийн түүх хураангуйд багтана
diag-notes-unknown-node = тэмдэглэл `{ $id }` зангилаанд зориулагдсан ч ийм зангилаа байхгүй
diag-unknown-reply = `{ $id }` зангилаанд { $reply }-р хариулт алга
diag-unknown-reply-hint = `{ $id }` зангилаа 1-ээс { $count } хүртэлх хариулт санал болгодог: дугаар нь `replies` жагсаалт дахь байрлал, 1-ээс тоолно
diag-model-answer-not-best = `{ $id }` дээрх жишиг хариулт нь { $model }-р хариулт, харин шинжилгээний хамгийн сайн нь { $best }-р хариулт
diag-model-answer-not-best-hint = эндээс { $model }-р хариулт хамгийн ихдээ { $model-points } оноо, { $best }-р хариулт { $best-points } оноо өгнө; { $best }-р хариултыг нэрлэ, эсвэл { $model }-р хариулт хамгийн сайн байх ёстой бол зарчмын жинг өөрчил (`last-word analyze` замуудыг харуулна)
diag-missing-decision-notes = чиглүүлэгчийн тэмдэглэл хамгийн сайн зам дээрх шийдвэр болох `{ $id }`-г алгассан
diag-missing-decision-notes-hint = `facilitator.decisions`-д `"{ $id }": (model_answer: { $reply }, why: "...", minutes: 3)` нэм
diag-duplicate-notes = чиглүүлэгчийн тэмдэглэлд `{ $id }` ({ $what }) хоёр удаа байна
diag-duplicate-notes-hint = хоёр тэмдэглэлийг нэгтгэ; зөвхөн сүүлийнх нь тооцогдоно
diag-minutes-out-of-range = { $what }: { $value } нь { $low }..={ $high } хязгаараас гадуур байна
diag-minutes-out-of-range-hint = { $low }-аас { $high } хүртэлх бүхэл минут санал болго

## Translation files.

diag-translation-did-you-mean = `{ $near }` гэж хэлэх гэсэн үү? Файлыг `{ $near }.{ $lang }.ron` гэж нэрлэ
diag-translation-name-file = файлыг `<хувилбарын id>.<хэл>.ron` гэж нэрлээд хувилбарын хажууд тавь
diag-translation-no-scenario = энэ бол `{ $id }`-ийн орчуулга, гэхдээ энд ийм id-тай хувилбар алга
diag-unknown-language = `{ $lang }` нь Last Word-ийн мэдэх хэлний шошго биш
diag-unknown-language-hint = файлыг BCP 47 шошготойгоор `<хувилбарын id>.<хэл>.ron` гэж нэрлэ: `it`, `lv`, `mn`, `hi`, `te`, `pt-BR`
diag-translation-holds-scenario = энэ файл орчуулга шиг нэртэй (`<id>.<хэл>.ron`) ч дотор нь хувилбар байна
diag-translation-holds-scenario-hint = хувилбарын файлын нэрэнд `.ron`-ийн өмнө цэг байдаггүй: нэрийг нь солих, жишээ нь `my-scenario.ron`
diag-not-a-translation = энэ бол орчуулга биш
diag-not-a-translation-hint = орчуулгын файлд { $example } байна; `last-word translate <ID> --lang <LANG>` үүнийг бичнэ
diag-translation-key = түлхүүр нь давхар хашилтад бичсэн текстийн id
diag-translation-key-hint = түлхүүрийг `"node.checkout.line"` гэж бич; `last-word translate` бүх түлхүүрийг бичнэ
diag-duplicate-entry = `{ $key }` хоёр удаа орчуулагдсан (анх { $line }-р мөрөнд)
diag-duplicate-entry-hint = хоёр бичлэгийн нэгийг үлдээ
diag-translation-entry = `{ $key }`-ийн бичлэг `(text: "...", from: "...")` хэлбэртэй биш
diag-translation-entry-hint = орчуулгыг `text`-д бичээд `last-word translate`-ийн бичсэн `from` хээг үлдээ
diag-translation-missing = `{ $key }` орчуулагдаагүй; эх хэлээрээ харагдана
diag-translation-missing-hint = `"{ $key }": (text: "...", from: "{ $from }")` нэм, эсвэл дутуу бүх бичлэгийг нэмэхийн тулд `last-word translate { $id } --lang { $lang }` ажиллуул
diag-translation-extra = `{ $key }` нь `{ $id }`-ийн текст биш
diag-translation-extra-hint = `{ $id }`-д ийм текст алга; бичлэгийг устга
diag-translation-empty = `{ $key }` хараахан орчуулагдаагүй; эх хэлээрээ харагдана
diag-translation-empty-hint = орчуулгыг `text`-д бич
diag-translation-stale = `{ $key }`-ийн эх орчуулснаас хойш өөрчлөгдсөн; орчуулгыг шинэчлэх хүртэл эх хэлээрээ харагдана
diag-translation-stale-hint = эх нь одоо: "{ $original }"; `text`-ийг шинэчлээд `from: "{ $from }"` гэж тавь (эсвэл `last-word translate`-ийг дахин ажиллуул, тэр үүнийг тэмдэглэнэ)

## More of what a message is about.

diag-what-a-tag = шошго
diag-what-the-debrief-s-lesson = хэлэлцүүлгийн сургамж
diag-what-the-debrief-s-money-explanation = хэлэлцүүлгийн мөнгөний тайлбар
diag-what-a-discussion-question = ярилцах асуулт
diag-what-the-margin = ашгийн хувь
diag-what-the-discount-rate = хямдруулалтын хүү
diag-what-the-customer-s-name = үйлчлүүлэгчийн нэр
diag-what-the-customer-s-description = үйлчлүүлэгчийн тайлбар
diag-what-the-starting-mood = эхний сэтгэл санаа
diag-what-the-patience-mood-lost-per-minute-of-waiting = тэвчээр (хүлээлтийн минут тутамд алдах сэтгэл санаа)
diag-what-the-spend-per-visit = нэг удаагийн зарцуулалт
diag-what-the-visits-per-year = жилд ирэх удаа
diag-what-the-people-they-talk-to = ярьж өгөх хүмүүс
diag-what-the-mood-in-this-condition = энэ нөхцөл дэх сэтгэл санаа
diag-what-the-customer-s-line = үйлчлүүлэгчийн үг
diag-what-the-minutes-that-pass = өнгөрөх минут
diag-what-a-mood-line = сэтгэл санааны үг
diag-what-the-reply-s-text = хариултын текст
diag-what-the-mood-change = сэтгэл санааны өөрчлөлт
diag-what-the-spread = тархалт
diag-what-what-happened = юу болсон
diag-what-the-coaching = зөвлөгөө
diag-what-the-ending-s-text = төгсгөлийн текст
diag-what-the-principle-id = зарчмын id
diag-what-the-principle-s-name = зарчмын нэр
diag-what-the-principle-s-summary = зарчмын хураангуй
diag-what-the-facilitator-s-summary = чиглүүлэгчийн хураангуй
diag-what-the-debrief-s-minutes = хэлэлцүүлгийн минут
diag-what-decision = шийдвэр
diag-what-tempting-reply = татам хариулт
diag-what-the-reason-for-the-model-answer = жишиг хариултын шалтгаан
diag-what-the-question-for-the-room = танхимд тавих асуулт
diag-what-the-decision-s-minutes = шийдвэрийн минут
