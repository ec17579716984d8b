# Apmācītāju rīki (src/cli/): translate, pass-mark, lrs, report,
# workshops, komandrindas palīdzība un kļūdas; principu nosaukumi.
# Atsauce: ../en/tools.ftl.

## Rindas stderr: kas nogāja greizi, ko darīt, kas jāzina

line-error = kļūda: { $message }
line-help = padoms: { $message }
line-note = piezīme: { $message }

## Scenārija un tā tulkojuma atrašana

no-such-scenario = nav ne scenārija faila, ne scenārija ar id `{ $what }` (meklēts mapē { $dir })
did-you-mean = vai domāji `{ $id }`?
no-scenarios-there = tur nav neviena scenārija; norādi --dir vai faila ceļu
scenarios-are = scenāriji: { $ids }
scenario-has-errors = scenārijā ir kļūdas; izlabo tās un mēģini vēlreiz
scenario-not-valid = { $path } nav derīgs scenārijs
no-translation = `{ $id }` nav tulkojuma { $language } valodā (nav faila { $path })
no-translation-none = tam vēl nav neviena tulkojuma; sāc tulkot ar: last-word translate { $id } --lang { $lang }
no-translation-others = tas ir tulkots šādās valodās: { $languages }; vai sāc šo tulkojumu ar: last-word translate { $id } --lang { $lang }
translation-has-errors = tulkojumā ir kļūdas; izlabo tās vai spēlē bez --lang
translation-partial = netulkoti teksti { $language } valodā: { $missing } no { $texts }{ $stale ->
        [0] {""}
       *[other] {" "}(novecojuši: { $stale })
    }; tie parādīti tā, kā tos uzrakstīja scenārija autors (`last-word validate { $path }` tos uzskaita)
language-with-tag = { $name } ({ $tag })
language-name-en = angļu
language-name-it = itāļu
language-name-lv = latviešu
language-name-mn = mongoļu
language-name-hi = hindi
language-name-te = telugu
cannot-write = nevar ierakstīt { $path }: { $reason }

## last-word translate

translate-unknown-tag = `{ $tag }` nav valodas kods, ko Last Word zina
translate-give-a-tag = norādi BCP 47 kodu: `it` (itāļu), `lv` (latviešu), `mn` (mongoļu), `hi` (hindi), `te` (telugu), `pt-BR`
translate-wrote = { $updated ->
        [yes] atjaunināts
       *[no] ierakstīts
    } { $path }: teksti: { $texts }, iztulkoti: { $translated }, novecojuši: { $stale }, jātulko: { $missing } ({ $percent }%)
translate-next = Iztulko katru `text` (oriģināls ir komentārā virs tā), tad pārbaudi ar: last-word validate { $path }
translate-fix-first = failā { $path } ir kļūdas; vispirms izlabo tās, lai nezustu neviens tajā esošais tulkojums

## last-word pass-mark

pass-mark-all = Ieskaites slieksnis visiem scenārijiem: { $mark }
pass-mark-cleared = `{ $id }` tagad izmanto visu scenāriju ieskaites slieksni.
pass-mark-none-to-clear = `{ $id }` nebija sava ieskaites sliekšņa.
pass-mark-set-one = `{ $id }` ir apgūts, sākot no { $mark } punktiem.
pass-mark-set-all = Scenāriji bez sava sliekšņa ir apgūti, sākot no { $mark } punktiem.

## Ierakstu kļūdas

records-database = ierakstu datubāze: { $reason }
records-folder = nevar izveidot mapi { $path } ierakstiem: { $reason }; iestati { $variable } uz mapi, kurā vari rakstīt
records-newer = ierakstus rakstījusi jaunāka Last Word versija (shēma { $found }; šī zina līdz { $known }); atjaunini Last Word, lai tos atvērtu
records-empty-name = apmācāmajam vajag vārdu; ieraksti vismaz vienu burtu
records-name-taken = apmācāmais ar vārdu { $name } jau ir; izvēlies viņu sarakstā vai ieraksti citu vārdu
records-no-learner-yet = nav apmācāmā `{ $name }`, un vēl neviens nav ierakstīts; vispirms nospēlē kādu scenāriju
records-no-learner = nav apmācāmā `{ $name }`; apmācāmie: { $known }
records-no-attempt = nav mēģinājuma { $attempt }
records-out-of-step = mēģinājums { $attempt } tagad gaida atbildi nr. { $expected }, nevis nr. { $given }; sāc jaunu mēģinājumu
records-already-started = sesijā jau ir atbildes: { $replies }; sāc mēģinājumu pirms pirmās atbildes
records-no-workshop-yet = nav darbnīcas `{ $id }`, un vēl neviena nav saglabāta; novadi darbnīcu ar `last-word workshop`
records-no-workshop = nav darbnīcas `{ $id }`; saglabātās, jaunākās vispirms: { $known }
records-damaged-workshop = saglabāto darbnīcu { $id } nevar nolasīt ({ $reason }); iespējams, to rakstījusi jaunāka Last Word versija

## last-word lrs

lrs-not-set-up = LRS nav iestatīts; iestati to ar `last-word lrs configure --endpoint URL --key KEY --secret SECRET`
lrs-off = Tagad LRS nav iestatīts: paziņojumi paliek izsūtnē, līdz tāds būs (`last-word lrs configure`).
lrs-configured = Paziņojumi tiek sūtīti uz LRS adresē { $endpoint }.
lrs-configured-test = Pārbaudi savienojumu ar `last-word lrs test`.
lrs-named-account = Apmācāmos identificē ar kontu vietnē { $home } (apmācāmā vārds).
lrs-named-mbox = Apmācāmos identificē ar e-pasta adresi domēnā { $domain } (mailto:vards.uzvards@{ $domain }).
lrs-bad-endpoint = `{ $text }` nav LRS galapunkts; norādi tā adresi ar http:// vai https://, piem., --endpoint https://lrs.example.org/xAPI/
lrs-bad-home-page = `{ $text }` nav adrese; norādi mājaslapu, kurai pieder apmācāmo konti, piem., --account-home-page https://learning.example.org
lrs-bad-domain = `{ $text }` nav pasta domēns; norādi to, kas apmācāmo adresēs seko aiz @, piem., --mbox-domain example.org
lrs-status-lrs = LRS: { $endpoint } (atslēga { $key })
lrs-status-none = LRS: nav iestatīts (`last-word lrs configure` to iestata)
lrs-status-outbox = Izsūtne: gaida { $waiting }, nosūtīti { $sent }, noraidīti { $refused }
lrs-status-waiting = Gaida: { $problem }.
lrs-status-failed = Neizdevās (mēģinājumi: { $tries }); { $next }, vai nosūti tos tūlīt ar `last-word lrs sync`.
lrs-next-try = nākamais mēģinājums { $when }
lrs-next-run = tie aizies, kad nākamreiz palaidīs spēli vai spēlēs terminālī
lrs-status-refused = LRS noraidītie (jaunākie vispirms; tos vairs nesūta):
lrs-status-refusal = { $statement } (mēģinājums { $attempt }), { $when }: { $message }
lrs-status-more = un vēl { $count }
when-now = tikko
when-in = pēc { $amount } { $unit ->
        [s] s
        [min] min
        [h] h
       *[days] { $amount ->
            [one] dienas
           *[other] dienām
        }
    }
when-ago = pirms { $amount } { $unit ->
        [s] s
        [min] min
        [h] h
       *[days] { $amount ->
            [one] dienas
           *[other] dienām
        }
    }
lrs-checking = Pārbauda LRS adresē { $endpoint } ...
lrs-check-about = /about: xAPI { $versions }
lrs-check-no-about = /about: netiek piedāvāts (tas ir atļauts; zemāk redzamā nolasīšana rāda, ka tas ir xAPI)
lrs-check-accepted = atslēga un noslēpums: pieņemti (LRS ļāva ar tiem nolasīt savus paziņojumus)
lrs-check-ready = LRS ir gatavs: paziņojumi tiks sūtīti uz to.
lrs-sync-nothing = Nav ko sūtīt: izsūtne ir tukša.
lrs-sync-bar = sūta [bar] [done]/[total] paziņojumus
lrs-sync-sent = Nosūtīti paziņojumi: { $sent }{ $refused ->
        [0] {""}
       *[other] ; LRS noraidīja: { $refused } (`last-word lrs status` rāda, kāpēc)
    }.
lrs-sync-trouble = { $trouble }. Paziņojumi vēl gaida: { $count }; spēle tos nosūtīs, kad LRS atkal darbosies, vai arī vēlreiz palaid `last-word lrs sync`

## Kāpēc LRS neatbildēja, kā vajag

lrs-trouble-unreachable = LRS nevarēja sasniegt adresē { $url }: { $reason }; pārbaudi galapunktu ar `last-word lrs test` un tīklu
lrs-trouble-unavailable = LRS atbildēja { $status }: tas ir noslogots vai kļūdās; paziņojumi gaida un vēlāk tiks sūtīti vēlreiz
lrs-trouble-unavailable-said = LRS atbildēja { $status } ({ $message }): tas ir noslogots vai kļūdās; paziņojumi gaida un vēlāk tiks sūtīti vēlreiz
lrs-trouble-credentials = LRS noraidīja atslēgu/noslēpumu ({ $status }); iestati pareizos ar `last-word lrs configure`
lrs-check-unreachable = nevar savienoties ar { $url }: { $reason }. Pārbaudi, vai galapunkts uzrakstīts pareizi un vai LRS darbojas un ir sasniedzams no šejienes
lrs-check-not-xapi = { $url } atbildēja { $status }, bet ne tā, kā atbild xAPI LRS: galapunkts, visticamāk, ir nepareizs. Tā ir adrese, zem kuras publicē paziņojumus (bez `statements`), bieži beidzas ar /xAPI/; iestati to ar `last-word lrs configure --endpoint URL ...`
lrs-check-credentials = LRS noraidīja atslēgu/noslēpumu ({ $status }). Nokopē tos vēlreiz no LRS un iestati ar `last-word lrs configure`
lrs-check-version = LRS runā xAPI { $versions }, bet Last Word sūta xAPI 1.0.3. Izmanto LRS (vai tā galapunktu), kas pieņem 1.0.3
lrs-check-other = LRS atbildēja { $status } uz savu paziņojumu nolasīšanu ({ $message }); pajautā tā administratoram, ko tas sagaida

## last-word report (CSV paliek angliski izklājlapām un skriptiem)

report-wrote = Pārskats (mēģinājumi: { $attempts }, apmācāmie: { $learners }) ierakstīts failā { $path }
report-not-a-folder = { $dir } nav scenāriju mape; norādi --dir scenāriju mapi vai izlaid to
report-file-missing = { $file }: šāda faila nav; norādi ierakstu faila ceļu (records.sqlite3 no apmācāmā datu mapes)
report-file-unreadable = { $file }: nevar nolasīt kā Last Word ierakstus ({ $reason }); pārbaudi, vai tas ir pilnībā nokopēts records.sqlite3
report-file-not-records = { $file }: tajā nav Last Word ierakstu; norādi records.sqlite3 no apmācāmā datu mapes
report-file-newer = { $file }: rakstījusi jaunāka Last Word versija (shēma { $found }; šī nolasa līdz { $known }); atjaunini Last Word, lai par to izveidotu pārskatu
report-percent = { $value }%
duration-seconds = { $s } s
duration-minutes = { $min } min
duration-hours = { $h } h { $min } min
report-none-in-period = Šajā laikā neviens mēģinājums netika sākts.
report-none-yet = Vēl nav ierakstīts neviens mēģinājums: apmācāmie spēlē ar `last-word play` vai spēlē.
report-coverage = Mēģinājumi: { $attempts }, apmācāmie: { $learners }, faili: { $files }{ $shared ->
        [0] {""}
       *[other] {" "}(atrasti vairākos failos, skaitīti vienreiz: { $shared })
    }{ $since ->
        [none] {""}
       *[other] , sākti { $since } vai vēlāk
    }{ $played ->
        [day] ; spēlēts { $first }
        [days] ; spēlēts no { $first } līdz { $last }
       *[none] {""}
    }
report-title-text = Last Word apmācību pārskats
report-made-text = Izveidots { $made } UTC: { $coverage }
report-files = Faili
report-col-file = Fails
report-col-schema = Shēma
report-col-attempts = Mēģinājumi
report-col-shared = Arī agrākā failā
report-learners = Apmācāmie
report-col-learner = Apmācāmais
report-col-finished = Pabeigti
report-col-scenarios = Scenāriji
report-col-mastered = Apgūti
report-col-average = Vidējais rezultāts
report-col-best = Labākais
report-col-time = Pavadītais laiks
report-col-scenario = Scenārijs
report-col-learners = Apmācāmie
report-col-passed = Nokārtoti
report-col-loyal = Lojāli
report-col-at-risk = Riskā
report-col-lost = Zaudēti
report-col-telling = Stāsta
report-col-walked-out = Aizgāja
report-scenarios-text = Scenāriji (pabeigtie mēģinājumi pēc iznākuma: klients noturēts un lojāls, noturēts, bet riskā, zaudēts, zaudēts un visiem stāsta)
report-principles-text = Principi (pabeigtajos mēģinājumos nopelnītie punkti no tā, ko nopelna labākie ceļi)
report-col-principle = Princips
report-col-earned = Nopelnīts
report-col-share = Daļa
report-choices-text = Izvēles katrā lēmuma punktā (atbildes, kas izvēlējās katru variantu; * labākā atbilde)
report-at-moment = pie `{ $node }`
report-moment-unknown-text = brīdis nav ierakstīts (atbildes no laika, pirms Last Word to saglabāja)
report-chosen-of = { $chosen } no { $answers }
report-html-title = Apmācību pārskats, { $made } UTC
report-heading = Apmācību pārskats
report-made = Izveidots { $made } UTC
report-card-learners = { $count ->
        [one] apmācāmais
       *[other] apmācāmie
    }
report-card-learners-detail = scenāriji ierakstos: { $scenarios }
report-card-attempts = { $count ->
        [one] mēģinājums
       *[other] mēģinājumi
    }
report-card-attempts-detail = pabeigti: { $finished }
report-card-average = vidējais rezultāts
report-card-average-detail = { $total } punkti / pabeigti: { $finished }
report-card-passed = { $count ->
        [one] nokārtots
       *[other] nokārtoti
    }
report-card-passed-detail = no pabeigtajiem mēģinājumiem: { $finished }
report-card-mastered = { $count ->
        [one] apgūts scenārijs
       *[other] apgūti scenāriji
    }
report-card-mastered-detail = no spēlētajiem apmācāmā–scenārija pāriem: { $played }
report-learners-note = Vidējais pa pabeigtajiem mēģinājumiem (punkti / pabeigtie). Apgūti: scenāriji, kuros ir mēģinājums ar rezultātu, kas sasniedz ieskaites slieksni. Pavadītais laiks: no sākuma līdz katrai atbildei un beigām, katru pauzi skaitot līdz 5 minūtēm.
report-no-finished-attempt = nav pabeigta mēģinājuma
report-scenarios = Scenāriji
report-scenarios-note = Kā beidzās katra scenārija pabeigtie mēģinājumi: klients noturēts vai zaudēts. Nokārtoti: pabeigti ar rezultātu, kas sasniedz ieskaites slieksni.
report-col-outcomes = Pabeigto mēģinājumu iznākumi
report-none-finished = neviens nav pabeigts
report-walked-out = aizgāja: { $count }
report-of-total = no { $total }
report-principles = Principi
report-principles-note = Katram principam pabeigtajos mēģinājumos nopelnītie punkti salīdzinājumā ar punktiem, ko nopelna to pašu scenāriju labākās atbildes. Daļa = nopelnītie / labākie; zem nulles princips pārkāpts vairāk nekā ievērots.
report-col-share-of-best = Daļa no labākā
report-choices = Izvēles katrā lēmuma punktā
report-choices-note = Katrā brīdī, kad apmācāmajam bija jāatbild klientam: cik atbilžu izvēlējās katru variantu. Ja saruna atgriezās pie tā paša brīža, tiek skaitīta katra atbilde.
report-best-note = { $tag } apzīmē atbildi, ar kuru no šī brīža sākas labākais ceļš.
report-best-tag = Labākā
report-moment = Brīdis { $node }
report-moment-unknown = Brīdis nav ierakstīts (atbildes no laika, pirms Last Word to saglabāja)
report-answers = atbildes: { $count }
report-best-chosen = labāko atbildi izvēlējās { $chosen } no { $answers } ({ $share })
report-about = Par šo pārskatu
report-col-records-file = Ierakstu fails
report-about-note = Mēģinājums, kas atrasts vairākos failos (ar vienu un to pašu globālo id), tiek skaitīts vienreiz, no tā pilnīgākās kopijas. Apmācāmos saskaņo pēc vārda, neievērojot lielos un mazos burtus. Laiks ir UTC. Izveidots ar `last-word report`; `--format csv` dod vienu rindu katram mēģinājumam izklājlapai.

## last-word analyze --notes un simulācijas progresa josla

mc-bar = simulē [bar] [done]/[total] klientus (atlicis [eta])
notes-none = Vadītāja piezīmes: nav. Pievieno bloku `facilitator` (scenarios/README.md rāda, kā).
notes-heading = Vadītāja piezīmes (tikai vadītājam):
notes-time = Laiks pa labāko ceļu: { $decisions } { $decisions ->
        [one] lēmums
       *[other] lēmumi
    } un izvērtējums, { $sum } = { $total } min.
notes-off-path = Ārpus labākā ceļa:
notes-decision = [{ $node }] { $minutes } min: “{ $line }”
notes-model-answer = Paraugatbilde: { $reply }. atbilde ({ $points }): { $text }
notes-tempting = Kārdinoša: { $reply }. atbilde ({ $points }): { $text }
notes-other-best = (Pēc analīzes labākā šeit ir { $reply }. atbilde; piezīmes iestājas par citu.)
notes-ask = Pajautā auditorijai: { $question }

## Komandrinda: kas vajadzīgs argumentam vai spēles logam

translate-say-which = norādi, kurā valodā tulkot, piem., last-word translate { $scenario } --lang it
no-game-window = Šai Last Word versijai nav spēles loga (tā ir kompilēta bez funkcijas `gui`). Spēlē terminālī ar `last-word play <scenārijs>`; `last-word list` parāda scenārijus.
arg-not-a-reply = `{ $text }` nav atbildes numurs; raksti atbildes kā ar komatiem atdalītus skaitļus, piem., 2,1,3, vai "", ja nevienu
arg-not-a-size = `{ $text }` nav izmērs; raksti to kā PLATUMSxAUGSTUMS, piem., 1920x1080
arg-not-a-side = `{ $text }` nav platums vai augstums no 320 līdz 8192
arg-not-an-address = `{ $text }` nav adrese; raksti šī datora adresi telpas tīklā, piem., 192.168.1.5 vai 192.168.1.5:8000
arg-not-a-date = `{ $text }` nav datums; raksti to kā GGGG-MM-DD, piem., 2026-03-01 (dienas sākas 00:00 UTC)
arg-not-a-day = `{ $text }` nav kalendāra diena; pārbaudi mēnesi un dienu

## Komandrindas palīdzība: clap vārdi. Lietojuma rinda, opciju un vērtību
## nosaukumi (<SCENARIO>, [OPTIONS]) paliek, kā tos raksta.

help-usage = Lietojums:
help-heading-commands = Komandas
help-heading-arguments = Argumenti
help-heading-options = Opcijas
help-flag = Parādīt palīdzību
help-flag-summary = Parādīt palīdzību (vairāk ar '--help')
help-flag-more = Parādīt palīdzību (kopsavilkums ar '-h')
help-version = Parādīt versiju
help-about-help = Parādīt šo ziņojumu vai norādīto apakškomandu palīdzību
help-default = [noklusējums: { $value }]
help-possible-values = [iespējamās vērtības: { $values }]
help-possible-values-heading = Iespējamās vērtības:

## Komandrindas kļūdas

clap-error = kļūda:
clap-tip = padoms:
clap-more = Lai uzzinātu vairāk, mēģini '{ $help }'.
clap-unknown-argument = negaidīts arguments '{ $arg }'
clap-unknown-command = neatpazīta apakškomanda '{ $command }'
clap-missing = nav norādīti šie obligātie argumenti:{ $list }
clap-missing-command = '{ $command }' vajag apakškomandu, bet tā nav norādīta
clap-commands-list = [apakškomandas: { $commands }]
clap-invalid-value = nederīga vērtība '{ $value }' argumentam '{ $arg }'
clap-value-required = '{ $arg }' vajag vērtību, bet tā nav norādīta
clap-no-equals = piešķirot vērtības argumentam '{ $arg }', vajag vienādības zīmi
clap-too-many = negaidīta vērtība '{ $value }' argumentam '{ $arg }'; vairāk vērtību nebija paredzēts
clap-too-few = '{ $arg }' vajag vērtības: { $expected }; norādītas tikai: { $actual }
clap-wrong-count = '{ $arg }' vajag vērtības: { $expected }, bet norādītas: { $actual }
clap-used-twice = argumentu '{ $arg }' nevar izmantot vairākas reizes
clap-conflict = argumentu '{ $arg }' nevar izmantot kopā ar{ $with ->
        [list] :{ $others }
        [one] {" "}'{ $others }'
       *[unknown] {" "}vienu vai vairākiem citiem norādītajiem argumentiem
    }
clap-conflict-command = apakškomandu '{ $arg }' nevar izmantot kopā ar{ $with ->
        [list] :{ $others }
        [one] {" "}'{ $others }'
       *[unknown] {" "}vienu vai vairākiem citiem norādītajiem argumentiem
    }
clap-similar-command = { $count ->
        [one] ir līdzīga apakškomanda
       *[other] ir līdzīgas apakškomandas
    }: { $list }
clap-similar-argument = { $count ->
        [one] ir līdzīgs arguments
       *[other] ir līdzīgi argumenti
    }: { $list }
clap-similar-value = { $count ->
        [one] ir līdzīga vērtība
       *[other] ir līdzīgas vērtības
    }: { $list }
clap-tip-pass-as-value = lai nodotu '{ $arg }' kā vērtību, izmanto '{ $use }'
clap-tip-exists = ir '{ $arg }'
clap-tip-remove-dashes = apakškomanda '{ $command }' pastāv; lai to izmantotu, noņem '--' pirms tās

## Komandrindas palīdzība: katras komandas apraksts un katra argumenta
## palīdzība.

help-about = Last Word: klientu apkalpošanas apmācību spēle un rīki tās scenāriju rakstīšanai.
help-long-about =
    Last Word: klientu apkalpošanas apmācību spēle, kas veidota pēc patiesiem sliktas apkalpošanas stāstiem.

    Bez komandas atver spēli. Apmācītāji raksta scenārijus kā RON failus mapē scenarios/ (skat. scenarios/README.md); komandas tos pārbauda, uzskaita, analizē un ļauj spēlēt terminālī.
help-arg-dir = Mape, no kuras nolasa scenārijus
help-arg-scenario = Uzreiz atvērt šo scenāriju (tā id)
help-arg-choices = Uzreiz nospēlēt šīs atbildes, piem., `--choices 1,2`: stabili atbilžu numuri (katras atbildes vieta scenārija failā neatkarīgi no tā, kādā secībā tā parādīta); `--choices ""` nenospēlē nevienu. Saruna, kas beidzas pirms saraksta, tur apstājas ar piezīmi
help-arg-no-shuffle = Rādīt atbildes faila secībā, nevis sajauktas (tikai šajā palaišanā; iestatījumu ekrānā ir pastāvīgais slēdzis)
help-arg-screenshot = Saglabāt loga PNG, kad ekrāns nostabilizējies, tad iziet
help-arg-screen = Ekrāns, ko uzņemt ar --screenshot: title, picker, settings, play (noklusējums ar --scenario), debrief, learners, progress vai kāds darbnīcas ekrāns: workshop (projektors), workshop-setup, standings, workshop-end (ar `last-word workshop` opcijām --scenarios un --teams vai --hands, vai ar --scenario)
help-value-screen-workshop = Darbnīcas projektors: ar --scenario tās pirmais lēmums ar simulētu tālruņu balsu skaitīšanu reāllaikā
help-value-screen-workshop-setup = Darbnīcas sagatavošanas ekrāns, aizpildīts tā, kā nosaka `last-word workshop` opcijas
help-value-screen-standings = Komandu kopvērtējums pēc pirmā scenārija, balsojot simulētām komandām (vajag `last-word workshop --teams`)
help-value-screen-workshop-end = Darbnīcas beigas, kad simulēti tālruņi to izspēlējuši līdz galam
help-arg-seed = Sēkla klienta nejaušībai
help-arg-window-size = Loga izmērs loģiskajos pikseļos, piem., `1920x1080`
help-arg-continuous = Zīmēt katru kadru, arī tad, ja nekas nemainās (salīdzināšanai dīkstāves etalontestā)
help-arg-bench-idle = Izmērīt laiku līdz pirmajam interaktīvajam kadram un dīkstāves CPU noslodzi tik sekunžu garumā, izdrukāt tos un iziet
help-arg-lang = Valoda, kurā rādīt Last Word, jebkurā komandā: kods, piemēram, `it`, `lv`, `mn`, `hi`, `te` vai `en` (noklusējums: sistēmas valoda no LC_ALL, LC_MESSAGES vai LANG, citādi angļu). `play` un `analyze` tajā rāda arī scenārija tekstus no tulkojuma faila blakus scenārijam; netulkotie teksti paliek, kā uzrakstīti. Valoda neko nemaina ierakstītajā
help-about-validate = Pārbaudīt, vai scenāriju failos nav kļūdu (iziet ar 0, ja visi ir derīgi, citādi ar 1)
help-arg-validate-paths = Scenāriju faili vai mapes ar tiem
help-arg-validate-format = Izvades formāts
help-arg-validate-coverage = Ar --format json: izdrukāt objektu ar `diagnostics` (masīvs, ko izdrukā bez šīs opcijas) un `translations`, katra tulkojuma pārklājumu
help-about-list = Uzskaitīt atrastos scenārijus: id, nosaukums, grūtība, minūtes
help-arg-list-dir = Mape, kurā meklēt
help-about-analyze = Parādīt scenārija beigas, labāko un sliktāko rezultātu un ceļus (stabili atbilžu numuri, ko `play --choices` atkārto neatkarīgi no sajaukšanas); ar --runs arī nospēlēt daudzus simulētus klientus
help-arg-analyze-scenario = Scenārija id (meklē mapē --dir) vai scenārija faila ceļš
help-arg-analyze-json = Izdrukāt analīzi kā JSON
help-arg-analyze-dir = Mape, kurā meklē id
help-arg-analyze-runs = Nospēlēt tik daudz klientu ar nejaušām atbildēm un tikpat pa labāko ceļu un parādīt rezultāta, iznākuma un naudas izkliedi
help-arg-analyze-seed = Sēkla opcijai --runs (tā pati sēkla dod to pašu pārskatu)
help-arg-analyze-notes = Pievienot vadītāja piezīmes: katram lēmumam paraugatbildi, kāpēc kārdinošās atbildes kārdina, jautājumu auditorijai un minūtes, pēc tam sesijas laika plānu
help-about-play = Spēlēt scenāriju terminālī (ierakstās apmācāmā progresā)
help-arg-play-scenario = { help-arg-analyze-scenario }
help-arg-play-seed = Sēkla klienta nejaušībai (noklusējums: katru reizi jauna, izdrukāta, lai spēli varētu atkārtot)
help-arg-play-choices = Nospēlēt šīs atbildes bez jautāšanas, piem., `--choices 2,1,3`. Tie ir stabili atbilžu numuri: katras atbildes vieta scenārija failā neatkarīgi no tā, kādā secībā tā parādīta, kā `analyze` izdrukā ceļus un kā tos dod izvērtējuma atkārtošanas rinda. `--choices ""` nenospēlē nevienu. Ja saruna beidzas agrāk (klients aiziet vai tiek sasniegtas beigas), pārējās paliek neizmantotas, un piezīme to pasaka
help-arg-play-json = Izdrukāt tikai izvērtējumu kā JSON (vajag --choices līdz beigām)
help-arg-play-no-shuffle = Rādīt atbildes faila secībā, nevis šīs spēles sajauktajā secībā (turpināta spēle saglabā secību, ar kādu tā tika saglabāta)
help-arg-play-dir = { help-arg-analyze-dir }
help-arg-play-resume = Turpināt sesiju, kas saglabāta, kad izgāji
help-arg-play-timed = Spēle uz laiku: domāšanas laiks maksā pacietību. Katrs brīdis dod 10 s un laiku tā izlasīšanai; katru reizi, kad tas beidzas, pirms atbildi, klients gaida vēl minūti. Ar --choices dotās atbildes netiek mērītas laikā
help-arg-play-assess = Vērtēšana: aizturēt katras atbildes padomu un principu punktus līdz izvērtējumam, kas atkārto katru lēmumu blakus labākajai piedāvātajai atbildei. Turpināta sesija saglabā režīmu, kādā tā tika saglabāta
help-arg-play-learner = Apmācāmais, kam šī spēle tiek ierakstīta (izveido, ja jauns; atceras nākamajai reizei). Noklusējums: pēdējais vai tāds, kas nosaukts tavā vārdā
help-arg-play-continue = Turpināt apmācāmā pēdējo nepabeigto sarunu, kas ierakstīta atbildi pa atbildei, no vietas, kur tā apstājās (arī pēc avārijas)
help-about-translate = Ierakstīt scenārija tulkošanas veidni: katru tekstu, ko tas rāda, ar oriģinālu blakus, failā `<id>.<lang>.ron` blakus scenārijam (`--lang` norāda valodu, kurā tulkot: kods, piemēram, `it`, `lv`, `mn`, `hi`, `te` vai `pt-BR`). Palaista vēlreiz uz esoša tulkojuma, tā saglabā iztulkoto, pievieno jauno un atzīmē novecojušo
help-arg-translate-scenario = { help-arg-analyze-scenario }
help-arg-translate-out = Rakstīt šeit, nevis `<id>.<lang>.ron` blakus scenārijam
help-arg-translate-dir = { help-arg-analyze-dir }
help-about-progress = Apmācāmā progress: katram scenārijam mēģinājumi, labākā atzīme un vai tas ir apgūts; katram principam nopelnītie punkti un tendence; mēģinājumi laika gaitā; un ko spēlēt tālāk un kāpēc
help-arg-progress-learner = Apmācāmais (noklusējums: pēdējais, kas spēlēja)
help-arg-progress-json = Izdrukāt to kā JSON
help-arg-progress-dir = Scenāriju bibliotēka, no kuras izvēlas ieteikumu
help-about-pass-mark = Parādīt vai iestatīt ieskaites slieksni, kas pabeigtam mēģinājumam jāsasniedz, lai tā scenārijs skaitītos apgūts (noklusējums 80): visiem scenārijiem vai ar --scenario vienam
help-arg-pass-mark-mark = Jaunais slieksnis no 0 līdz 100 (ja nav: parādīt spēkā esošos sliekšņus)
help-arg-pass-mark-scenario = Scenārijs, kam slieksnis paredzēts (noklusējums: visi scenāriji bez sava sliekšņa)
help-arg-pass-mark-clear = Noņemt scenārija savu slieksni, lai būtu spēkā vispārējais
help-arg-pass-mark-dir = Mape, ar kuru salīdzina scenāriju id
help-about-lrs = Organizācijas mācību ierakstu krātuve (LRS, xAPI): iestatīt to, pārbaudīt savienojumu, skatīt un sūtīt paziņojumus, kas to gaida
help-about-lrs-configure = Iestatīt LRS, uz kuru sūta paziņojumus, un kā tajos identificē apmācāmos; `--off` aptur sūtīšanu (paziņojumi gaida izsūtnē)
help-arg-lrs-configure-endpoint = LRS xAPI galapunkts, adrese, zem kuras publicē paziņojumus, piem., https://lrs.example.org/xAPI/
help-arg-lrs-configure-key = Atslēga (lietotājvārds), ko LRS izsniedza Last Word
help-arg-lrs-configure-secret = Noslēpums (parole), kas der pie atslēgas
help-arg-lrs-configure-account-home-page = Identificēt apmācāmos ar kontu šajā mājaslapā (noklusējums: urn:last-word:learners)
help-arg-lrs-configure-mbox-domain = Identificēt apmācāmos ar e-pasta adresi šajā domēnā (mailto:vards.uzvards@DOMĒNS)
help-arg-lrs-configure-off = Aizmirst LRS: nekas netiek sūtīts, līdz tas atkal iestatīts
help-about-lrs-status = Iestatītais LRS un paziņojumi, kas gaida, nosūtīti un noraidīti (ar LRS ziņojumiem)
help-about-lrs-test = Pārbaudīt savienojumu ar LRS, neko neierakstot, un pateikt, kas nav kārtībā, ja neizdodas
help-about-lrs-sync = Nosūtīt gaidošos paziņojumus tūlīt, ar progresa joslu (iziet ar 1, ja daži paliek gaidīt, jo LRS neatbildēja)
help-about-report = Pārskats vadītājiem: pa apmācāmajiem, pa scenārijiem, pa principiem un to atbilžu daļa, kas katrā lēmuma punktā izvēlējās katru variantu. Apvieno no vairākiem datoriem savāktus ierakstu failus, katru mēģinājumu skaitot vienreiz; tajos nekad neraksta
help-arg-report-databases = Ierakstu faili (records.sqlite3), par kuriem veidot pārskatu, piem., nokopēti no jauno darbinieku klēpjdatoriem. Noklusējums: šī datora fails
help-arg-report-format = text, csv (viena rinda katram mēģinājumam) vai html (viena patstāvīga lapa). Noklusējums: pēc --out paplašinājuma (.csv, .html, .htm), citādi text
help-arg-report-since = Tikai mēģinājumi, kas sākti šajā dienā vai vēlāk (GGGG-MM-DD, UTC)
help-arg-report-out = Ierakstīt pārskatu šajā failā, nevis izdrukāt
help-arg-report-dir = Scenāriju bibliotēka nosaukumiem, klienta replikām, atbildēm, ko neviens neizvēlējās, un labākajai atbildei (noklusējums: scenarios/, ja tāda ir)
help-about-workshops = Ar ierakstiem saglabātās darbnīcas, jaunākās vispirms; `workshops export` ieraksta vienu kā CSV (viena rinda katram lēmumam) vai kā HTML lapu
help-arg-workshops-json = Izdrukāt sarakstu kā JSON
help-about-workshops-export = Ierakstīt vienu darbnīcu kā CSV vai kā patstāvīgu HTML lapu
help-arg-workshops-export-workshop = Darbnīcas id (vai tā pirmās rakstzīmes) vai `latest`
help-arg-workshops-export-format = csv (viena rinda katram lēmumam) vai html (viena lapa izsūtīšanai). Noklusējums: pēc --out paplašinājuma (.csv, .html, .htm)
help-arg-workshops-export-out = Rakstīt šajā failā (to aizstāj pilnībā), nevis izdrukāt
help-about-workshop = Novadīt darbnīcu: spēle atveras darbnīcas sagatavošanā (aizpildīta no šīm opcijām), ko vadītājs vada uz projektora, kamēr telpa balso no tālruņiem
help-arg-workshop-scenarios = Scenāriji, ko spēlēt, secībā (id), piem., `--scenarios a,b,c`
help-arg-workshop-teams = Spēlēt komandās ar šiem nosaukumiem, piem., `--teams Sarkanie,Zilie` (no 2 līdz 8)
help-arg-workshop-hands = Bez tālruņiem: vadītājs ievada balsojumu ar roku pacelšanu
help-arg-workshop-bind = Kur klausās tālruņu serveris: adrese (ports 8421) vai ADRESE:PORTS. Noklusējums: šī datora adrese lokālajā tīklā
help-arg-workshop-open = Izlaist sagatavošanu: sākt uzreiz un atvērt pirmā lēmuma balsojumu (vajag --scenarios; mēģinājumam un dīkstāves etalontestam)
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

## Principi no scenarios/principles.ron: katra nosaukums un kopsavilkums
## pēc id.

principle-name-flexible-policy = Elastīgi, cilvēcīgi noteikumi
principle-about-flexible-policy = Noteikumi nav joks. Saglabā tos, kas aizsargā gan uzņēmumu, gan klientu, un atkāpies no tiem, ja tie kaitē attiecībām.
principle-name-say-what-you-can-do = Runā par to, ko vari izdarīt, nevis par procedūru
principle-about-say-what-you-can-do = Klienti grib dzirdēt, ko tu vari izdarīt viņu labā, nevis ko viņiem jādara tavā labā.
principle-name-own-hard-questions = Uzņemies atbildību par grūtajiem jautājumiem
principle-about-own-hard-questions = Esi gatavs palīdzēt, lai cik sarežģīti būtu; sazinies ar to, kurš var atbildēt, līdz pat produkta izstrādātājiem vai valdes priekšsēdētājam.
principle-name-efficient-systems = Efektīvas sistēmas, nekādas papildpārdošanas, kamēr klients gaida
principle-about-efficient-systems = Sistēmām un procesiem jāpadara sadarbība ar tevi ātra; nepiedāvā neko klientam, kuru gaidīšana jau ir sakaitinājusi.
principle-name-respect-privacy = Personalizē, bet neuzmācies
principle-about-respect-privacy = Izmanto to, ko zini, lai apkalpotu klientu, nekad — lai viņu satrauktu; sargā viņa datus.
principle-name-be-reachable = Esi sasniedzams cilvēkam
principle-about-be-reachable = Esi tur, kur klienti tevi meklē: tālrunī, e-pastā, sociālajos tīklos, ar cilvēku, ar ko runāt.
principle-name-no-last-word = Nenorādi uz viņu kļūdu; nepaturi pēdējo vārdu
principle-about-no-last-word = Kad problēma ir atrisināta, apstājies. Uzvarot strīdā, zaudē klientu.
principle-name-fix-fast = Labo ātri, bez pratināšanas
principle-about-fix-fast = Ja vaina ir tava, izlabo to ātri un nesāpīgi, nepratinot klientu.
principle-name-respond-quickly = Reaģē ātri
principle-about-respond-quickly = Pietiekami daudz darbinieku zālē, pie kases un pie tālruņiem; ātra rīcība neļauj sūdzībām saasināties.
principle-name-know-the-product = Pārzini produktu
principle-about-know-the-product = Pieklājīgi, zinoši, labi apmācīti darbinieki ir uzņēmuma publiskā seja un balss.
principle-name-keep-your-word = Turi vārdu
principle-about-keep-your-word = Nesoli to, ko nevari izpildīt, pat ja solījums palīdzētu pārdot; esi godīgs par to, ko vari izdarīt.
principle-name-listen = Uzklausi un maini to, kas klientiem nepatīk
principle-about-listen = Sadzirdi, ko klients patiesībā grib, un esi gatavs atteikties no tā, kas nepatīk pietiekami daudziem klientiem.
principle-name-make-it-right = Atmaksā un kompensē
principle-about-make-it-right = Atvainošanos apliecina nauda: atmaksā, kompensē, sedz izmaksas, ko esi radījis, cik ātri vien iespējams.
principle-name-greet = Sasveicinies ar klientu
principle-about-greet = Klients, ar kuru uzreiz sasveicinās, jūtas labi; ignorēts klients gatavojas sliktai apkalpošanai.
principle-name-quality-at-speed = Saglabā kvalitāti arī steigā
principle-about-quality-at-speed = Ātrums nedrīkst maksāt kvalitāti; slikts produkts sūdzībās un atgriešanā izmaksā vairāk, nekā ietaupīja.
principle-name-set-a-limit = Novelc robežu, tad palīdzi
principle-about-set-a-limit = Kad klients kļūst aizvainojošs, mierīgi pasaki, ko tu nepieņemsi, un tajā pašā elpas vilcienā — ko tu viņa labā darīsi. Nepiekāpies un necērt pretī.
principle-name-read-the-context = Izproti kontekstu
principle-about-read-the-context = Labu apkalpošanu vērtē klients; saproti, pēc kā viņš atnācis, pirms piemēro noteikumu.

## last-word play: kas aptur spēli un ko neizdevās ierakstīt

play-nobody-yet = vēl neviens nav spēlējis; sāc ar: last-word play <scenārijs>
play-nothing-to-continue = apmācāmajam { $learner } nav sarunas, ko turpināt; sāc jaunu ar: last-word play <scenārijs>
play-cannot-read-saved = nevar nolasīt saglabāto sesiju { $path }: { $reason }
play-cannot-resume = nevar turpināt { $path }: { $reason }
play-choice-failed = { $index }. izvēle: { $reason }
play-not-recorded = brīdinājums: šī spēle netiek ierakstīta: { $reason }
play-statements-wait = xAPI paziņojumi, kas gaida LRS: { $count } ({ $problem }); tie tiks nosūtīti nākamreiz vai tūlīt ar `last-word lrs sync`
choice-ended = saruna jau ir beigusies
choice-not-available = atbilde { $number } nav pieejama pie `{ $node }`; šeit ir atbildes { $available }
restore-wrong-scenario = saglabātā sesija ir scenārijam `{ $saved }`, nevis `{ $given }`
restore-scenario-changed = scenārijs ir mainījies kopš sesijas saglabāšanas, tāpēc to nevar precīzi atkārtot
restore-replay = saglabātās atbildes vairs neder: { $reason }
resume-finished = mēģinājums { $attempt } jau ir beidzies; sāc jaunu
resume-scenario-changed = scenārijs `{ $scenario }` ir rediģēts kopš šī mēģinājuma sākuma, tāpēc tā atbildes nevar atkārtot; mēģinājums paliek tavā vēsturē, sāc scenāriju no jauna
resume-wrong-scenario = mēģinājums ir scenārijam `{ $recorded }`, nevis `{ $given }`
resume-replay = ierakstītās atbildes vairs neder: { $reason }
