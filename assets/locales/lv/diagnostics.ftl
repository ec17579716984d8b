# Validatora ziņojumi par scenāriju, tulkojumu un principu failiem.
# Kodi (`unknown-target`), id, lauku un failu nosaukumi paliek, kā rakstīti.

diag-unreadable-file = šo failu nevar nolasīt: { $error }
diag-unreadable-file-hint = pārbaudi ceļu un to, vai tev ir tiesības lasīt failu
diag-too-large = šis fails ir { $bytes } baitu liels; scenāriju failu ierobežojums ir { $limit } baiti (1 MiB)
diag-too-large-hint = sadali scenāriju mazākos, vai pārbaudi, vai tas ir domātais fails
diag-not-utf8 = šis fails nav UTF-8 teksts (nederīgs baits pozīcijā { $offset })
diag-not-utf8-hint = saglabā failu redaktorā kā UTF-8
diag-unwritable = scenāriju nevar ierakstīt RON formātā: { $error }
diag-unwritable-hint = pārbaudi scenārija skaitļus: RON nevar saturēt jebkuru vērtību
diag-principles-shape = principu failā ir principu saraksts
diag-principles-shape-hint = raksti `[ (id: "fix-fast", name: "...", summary: "..."), ... ]`
diag-unreadable-folder = šo mapi nevar nolasīt: { $error }
diag-unreadable-folder-hint = pārbaudi ceļu un tā atļaujas
diag-not-found = šāda faila vai mapes nav
diag-not-found-hint = norādi scenārija failu (`scenarios/coffee-dry-cappuccino.ron`) vai scenāriju mapi (`scenarios/`)
diag-duplicate-scenario-id = scenārija id `{ $id }` jau izmanto { $file }
diag-duplicate-scenario-id-hint = dod katram scenārijam savu id; spēlētāji un skripti izvēlas scenārijus pēc id
diag-scenario-shape = scenārija failā ir viens `Scenario( ... )` ar nosauktiem laukiem
diag-scenario-shape-hint = sāc failu ar `Scenario(` un raksti laukus kā `id: "my-scenario",`
diag-did-you-mean = vai domāji `{ $near }`?
diag-scenario-fields = scenārija lauki ir: { $fields }
diag-unknown-scenario-field = scenārijam nav lauka `{ $field }`
diag-missing-field = scenārijā nav `{ $field }`
diag-missing-field-hint = pievieno `{ $field }: ...` (ko tas satur, skaidro scenarios/README.md)
diag-expected-list = šeit jābūt sarakstam ({ $what }) iekavās `[ ... ]`
diag-expected-list-hint = raksti elementus kvadrātiekavās, atdalot ar komatiem
diag-missing-struct-field-in = trūkst lauka `{ $field }` ({ $what })
diag-missing-struct-field = trūkst lauka `{ $field }` ({ $what })
diag-missing-struct-field-hint = pievieno `{ $field }: ...`; scenarios/README.md uzskaita visus laukus
diag-fields-here = lauki šeit ir: { $fields }
diag-no-such-field-in = lauka `{ $field }` nav ({ $what })
diag-no-such-field = lauka `{ $field }` nav ({ $what })
diag-did-you-mean-choices = vai domāji `{ $near }`? Iespējamās izvēles: { $choices }
diag-choices = iespējamās izvēles: { $choices }
diag-no-such-choice = `{ $found }` šeit nav starp iespējamajām izvēlēm
diag-duplicate-field = lauks `{ $field }` ierakstīts divreiz
diag-duplicate-field-hint = atstāj vienu no tiem
diag-unexpected-text = { $what }: šeit negaidīts teksts
diag-unexpected-text-hint = lauks, kas skaita veselas lietas (spēles minūtes, horizon_years, talks_to, principu svari), prasa veselu skaitli, piemēram, 5, nevis 5.5; citādi meklē trūkstošu komatu
diag-integer-out-of-bounds = { $what }: šis skaitlis ir ārpus lauka diapazona
diag-integer-out-of-bounds-hint = skaiti, piemēram, talks_to, spēles minūtes un svari, nevar būt negatīvi vai milzīgi; diapazoni ir scenarios/README.md
diag-expected-string = { $what }: jābūt tekstam dubultpēdiņās
diag-expected-string-hint = raksti tekstus un id dubultpēdiņās, piemēram, "fix-fast"
diag-expected-number = { $what }: jābūt skaitlim
diag-expected-number-hint = raksti skaitli bez pēdiņām, piemēram, 12 vai 2.5
diag-ron-other = { $what }: { $error }
diag-ron-other-hint = salīdzini ar scenarios/coffee-dry-cappuccino.ron, pilnu piemēru

## What a message is about (a `what` the core names in English).

diag-what-principle = princips
diag-what-the-scenario-id = scenārija id
diag-what-the-title = nosaukums
diag-what-the-source-story = avota stāsts
diag-what-the-setting = vide
diag-what-the-difficulty = grūtība
diag-what-the-minutes = minūtes
diag-what-the-lesson = mācība
diag-what-the-customer = klients
diag-what-the-start-node-id = sākuma mezgla id
diag-what-the-debrief = pārrunas
diag-what-a-node = mezgls
diag-what-an-ending = beigas
diag-what-the-tags = birkas
diag-what-the-walk-out-ending = aiziešanas beigas
diag-what-the-economics = ekonomika
diag-what-the-facilitator-s-notes = vadītāja piezīmes
diag-what-node = mezgls
diag-what-reply = atbilde
diag-what-ending = beigas
diag-what-customer = klients
diag-what-economics = ekonomika
diag-what-feedback = atgriezeniskā saite
diag-what-debrief = pārrunas
diag-what-facilitator = vadītāja piezīmes

## Scenario checks.

diag-read-by-players = to lasa spēlētāji
diag-read-by-facilitator = to lasa vadītājs
diag-empty-text = { $what }: tukšs teksts
diag-empty-text-hint = uzraksti tekstu ({ $what }); { $readers }
diag-out-of-range = { $what }: { $value } ir ārpus { $low }..={ $high }
diag-out-of-range-hint = izmanto vērtību no { $low } līdz { $high }
diag-low-end = apakšējā robeža ({ $what })
diag-high-end = augšējā robeža ({ $what })
diag-range-reversed = { $what }: diapazons iet no { $low } lejup līdz { $high }
diag-range-reversed-hint = raksti diapazonu ar mazāko vispirms: ({ $high }, { $low })
diag-bad-id = { $what }: `{ $id }` nav derīgs id
diag-bad-id-hint = id izmanto burtus, ciparus, `-` un `_`, piemēram, `remake-the-drink`
diag-id-of = id ({ $what })
diag-play-minutes = scenārijs, kas aizņem { $minutes } minūtes, ir ārpus 1..=240
diag-play-minutes-hint = novērtē, cik minūšu dalībniekam vajag, lai to izspēlētu, no 1 līdz 240
diag-no-questions = pārrunām nav diskusijas jautājumu
diag-no-questions-hint = pievieno vismaz vienu jautājumu, ko apspriest darbnīcā
diag-horizon = { $years } gadu horizonts ir ārpus 1..=50
diag-horizon-hint = skaiti no 1 līdz 50 klienta nākotnes gadiem
diag-duplicate-id = id `{ $id }` izmantots divreiz
diag-duplicate-id-hint = pirmoreiz tas izmantots { $line }. rindā; mezgliem un beigām ir kopīga id kopa, tāpēc pārdēvē vienu no tiem
diag-no-nodes = scenārijā nav mezglu
diag-no-nodes-hint = pievieno vismaz vienu mezglu: klienta pirmo repliku un spēlētāja atbildes
diag-no-endings = scenārijā nav beigu
diag-no-endings-hint = pievieno beigas, piemēram, vienas, kurās klients paliek, un vienas, kurās aiziet
diag-start-is-ending = saruna sākas pie `{ $id }`, kas ir beigas
diag-start-is-ending-hint = sāc pie mezgla, kur klients runā pirmais
diag-name-start = norādi tā mezgla id, kurā saruna sākas
diag-unknown-start = sākuma mezgls `{ $id }` neeksistē
diag-name-node = norādi šī scenārija mezglu
diag-condition-not-node = nosacījums min `{ $id }`, kas nav mezgls
diag-no-replies = mezglam `{ $id }` nav atbilžu, un tas nav beigas
diag-no-replies-hint = dod spēlētājam šeit ko teikt vai, ja saruna šeit beidzas, pārcel to uz `endings` ar iznākumu
diag-no-open-reply = visām mezgla `{ $id }` atbildēm ir nosacījums
diag-no-open-reply-hint = atstāj vismaz vienu atbildi bez `when:`, lai spēlētājam vienmēr būtu, ko teikt
diag-missing-feedback = mezgla `{ $node }` { $reply }. atbildei nav atgriezeniskās saites ({ $what })
diag-missing-feedback-hint = pievieno `feedback: (happened: "...", coaching: "...")`; no tā ({ $what }) dalībnieks mācās
diag-unknown-principle = `{ $id }` nav zināms princips
diag-unknown-principle-hint = izmanto principu no { $origin } vai pievieno šo tur
diag-bad-weight = `{ $id }` svars ir { $weight }
diag-bad-weight-hint = svari ir no -5 (to rupji pārkāpj) līdz 5 (to pilnībā ievēro) un nekad nav 0
diag-name-node-or-ending = norādi šī scenārija mezglu vai beigas
diag-unknown-next = mezgla `{ $node }` { $reply }. atbilde ved uz `{ $id }`, kas nav ne mezgls, ne beigas
diag-duplicate-principle = mezgla `{ $node }` { $reply }. atbilde principu `{ $id }` vērtē divreiz
diag-duplicate-principle-hint = atstāj vienu svaru katram principam; skaitītos tikai pēdējais
diag-name-ending = norādi vienas no šī scenārija beigām
diag-unknown-walk-out = aiziešanas beigas `{ $id }` nav beigas
diag-bad-walk-out = aiziešanas beigās `{ $id }` klients paliek
diag-bad-walk-out-hint = klients, kas aiziet, ir zaudēts: norādi beigas ar iznākumu `Lost` vai `LostAndTelling`
diag-no-walk-out = nevienas beigas nesaka, kas notiek, kad klients aiziet
diag-no-walk-out-hint = pievieno beigas ar iznākumu `Lost` vai `LostAndTelling` vai norādi tās ar `walk_out: "..."`
diag-unreachable-node = neviens ceļš no sākuma nenonāk līdz mezglam `{ $id }`
diag-unreachable-node-hint = novirzi šurp kādas atbildes `next` vai izdzēs mezglu
diag-dead-end = no mezgla `{ $id }` nevar sasniegt nevienas beigas
diag-dead-end-hint = dod kādai no šejienes atbildēm vai no mezgliem, uz kuriem tā ved, `next`, kas ir beigas
diag-unreachable-ending = neviens ceļš no sākuma nenonāk līdz beigām `{ $id }`
diag-unreachable-ending-hint = novirzi šurp kādas atbildes `next` vai izdzēs beigas
diag-loop-too-many-replies = cilpā caur `{ $id }` ({ $nodes } mezgli) ir { $scored } vērtētas atbildes; precīzi var analizēt ne vairāk kā { $max }
diag-loop-too-large = cilpa caur `{ $id }` ({ $nodes } mezgli, { $scored } vērtētas atbildes, ieejas no daudzām vietām) ir par lielu precīzai analīzei
diag-loop-hint = sadali cilpu: lai dažas atbildes virza sarunu uz priekšu, nevis atpakaļ
diag-no-start = sarunai nav sākuma mezgla, no kura analizēt
diag-cannot-finish-hint = dod kādai no šejienes atbildēm `next`, kas ir beigas
diag-duplicate-principle-definition = princips `{ $id }` definēts divreiz
diag-duplicate-principle-definition-hint = pirmoreiz tas definēts kā { $item }. elements; atstāj vienu

## Facilitator notes.

diag-no-facilitator-notes = scenārijam `{ $id }` nav vadītāja piezīmju
diag-no-facilitator-notes-hint = pievieno { $example } aiz pārrunām; pilns piemērs ir scenarios/README.md
diag-empty-tempting = piezīme par to, kāpēc { $reply }. atbilde vilina, ir tukša
diag-empty-tempting-hint = uzraksti, kāpēc zāle to varētu izvēlēties un kāpēc tā neder; to lasa vadītājs
diag-notes-for-ending = piezīmes ir par `{ $id }`, kas ir beigas, nevis lēmums
diag-notes-for-ending-hint = raksti piezīmes mezgliem, kur zāle izvēlas atbildi; beigu stāsts pieder kopsavilkumam
diag-notes-unknown-node = piezīmes ir par mezglu `{ $id }`, kas neeksistē
diag-unknown-reply = mezglam `{ $id }` nav { $reply }. atbildes
diag-unknown-reply-hint = mezgls `{ $id }` piedāvā atbildes no 1 līdz { $count }: skaitļi ir vietas tā `replies` sarakstā, skaitot no 1
diag-model-answer-not-best = paraugatbilde pie `{ $id }` ir { $model }. atbilde, bet analīzes labākā ir { $best }. atbilde
diag-model-answer-not-best-hint = no šejienes { $model }. atbilde dod ne vairāk kā { $model-points } punktus, bet { $best }. atbilde { $best-points }; norādi { $best }. atbildi vai, ja labākajai jābūt { $model }. atbildei, maini principu svarus (`last-word analyze` rāda ceļus)
diag-missing-decision-notes = vadītāja piezīmes izlaiž `{ $id }`, lēmumu labākajā ceļā
diag-missing-decision-notes-hint = pievieno `"{ $id }": (model_answer: { $reply }, why: "...", minutes: 3)` sadaļai `facilitator.decisions`
diag-duplicate-notes = vadītāja piezīmēs `{ $id }` ({ $what }) ir divreiz
diag-duplicate-notes-hint = apvieno abas piezīmes vienā; skaitītos tikai pēdējā
diag-minutes-out-of-range = { $what }: { $value } ir ārpus { $low }..={ $high }
diag-minutes-out-of-range-hint = iesaki veselas minūtes no { $low } līdz { $high }

## Translation files.

diag-translation-did-you-mean = vai domāji `{ $near }`? Nosauc failu `{ $near }.{ $lang }.ron`
diag-translation-name-file = nosauc failu `<scenārija id>.<valoda>.ron` un novieto blakus scenārijam
diag-translation-no-scenario = šis ir `{ $id }` tulkojums, bet šeit nav scenārija ar šādu id
diag-unknown-language = `{ $lang }` nav Last Word zināms valodas tags
diag-unknown-language-hint = nosauc failu `<scenārija id>.<valoda>.ron` ar BCP 47 tagu: `it`, `lv`, `mn`, `hi`, `te`, `pt-BR`
diag-translation-holds-scenario = šis fails nosaukts kā tulkojums (`<id>.<valoda>.ron`), bet satur scenāriju
diag-translation-holds-scenario-hint = scenārija faila nosaukumā pirms `.ron` nav punkta: pārdēvē to, piemēram, par `my-scenario.ron`
diag-not-a-translation = tas nav tulkojums
diag-not-a-translation-hint = tulkojuma failā ir { $example }; `last-word translate <ID> --lang <LANG>` to uzraksta
diag-translation-key = atslēga ir teksta id dubultpēdiņās
diag-translation-key-hint = raksti atslēgas kā `"node.checkout.line"`; `last-word translate` uzraksta visas atslēgas
diag-duplicate-entry = `{ $key }` iztulkots divreiz (pirmoreiz { $line }. rindā)
diag-duplicate-entry-hint = atstāj vienu no abiem ierakstiem
diag-translation-entry = ieraksts `{ $key }` nav `(text: "...", from: "...")`
diag-translation-entry-hint = raksti tulkojumu laukā `text` un atstāj `from` nospiedumu, ko uzrakstīja `last-word translate`
diag-translation-missing = `{ $key }` nav iztulkots; to rāda oriģinālvalodā
diag-translation-missing-hint = pievieno `"{ $key }": (text: "...", from: "{ $from }")` vai palaid `last-word translate { $id } --lang { $lang }`, lai pievienotu visus trūkstošos ierakstus
diag-translation-extra = `{ $key }` nav `{ $id }` teksts
diag-translation-extra-hint = `{ $id }` nav šāda teksta; izdzēs ierakstu
diag-translation-empty = `{ $key }` vēl nav iztulkots; to rāda oriģinālvalodā
diag-translation-empty-hint = uzraksti tulkojumu laukā `text`
diag-translation-stale = `{ $key }` oriģināls mainījies kopš tulkošanas; to rāda oriģinālvalodā, līdz tulkojumu atjaunina
diag-translation-stale-hint = tagad oriģināls ir: "{ $original }"; atjaunini `text`, tad iestati `from: "{ $from }"` (vai vēlreiz palaid `last-word translate`, kas to atzīmē)

## More of what a message is about.

diag-what-a-tag = birka
diag-what-the-debrief-s-lesson = pārrunu mācība
diag-what-the-debrief-s-money-explanation = pārrunu naudas skaidrojums
diag-what-a-discussion-question = diskusijas jautājums
diag-what-the-margin = peļņas norma
diag-what-the-discount-rate = diskonta likme
diag-what-the-customer-s-name = klienta vārds
diag-what-the-customer-s-description = klienta apraksts
diag-what-the-starting-mood = sākuma noskaņojums
diag-what-the-patience-mood-lost-per-minute-of-waiting = pacietība (noskaņojuma zudums par gaidīšanas minūti)
diag-what-the-spend-per-visit = tēriņi vienā apmeklējumā
diag-what-the-visits-per-year = apmeklējumi gadā
diag-what-the-people-they-talk-to = cilvēki, kuriem klients stāsta
diag-what-the-mood-in-this-condition = noskaņojums šajā nosacījumā
diag-what-the-customer-s-line = klienta replika
diag-what-the-minutes-that-pass = minūtes, kas paiet
diag-what-a-mood-line = noskaņojuma replika
diag-what-the-reply-s-text = atbildes teksts
diag-what-the-mood-change = noskaņojuma maiņa
diag-what-the-spread = izplatība
diag-what-what-happened = kas notika
diag-what-the-coaching = padoms
diag-what-the-ending-s-text = beigu teksts
diag-what-the-principle-id = principa id
diag-what-the-principle-s-name = principa nosaukums
diag-what-the-principle-s-summary = principa kopsavilkums
diag-what-the-facilitator-s-summary = vadītāja kopsavilkums
diag-what-the-debrief-s-minutes = pārrunu minūtes
diag-what-decision = lēmums
diag-what-tempting-reply = vilinoša atbilde
diag-what-the-reason-for-the-model-answer = paraugatbildes pamatojums
diag-what-the-question-for-the-room = jautājums zālei
diag-what-the-decision-s-minutes = lēmuma minūtes
