# Spēles ekrāni (src/game/): sākums, apmācāmie, scenārija izvēle, spēle,
# izvērtējums, progress, iestatījumi. Atsauce: ../en/game.ftl.

## Kopīgi vairākiem ekrāniem

game-back = Atpakaļ
game-back-esc = Atpakaļ (Esc)
game-quoted = “{ $text }”

## Pirms logs atveras (rakstīts terminālī)

game-no-display = Lai atvērtu savu logu, Last Word vajadzīgs grafiskais displejs, bet šim datoram tāda nav (DISPLAY nav iestatīts). Spēlē terminālī: `last-word list` parāda scenārijus, un `last-word play <scenārijs>` sāk vienu no tiem.
game-display-unreachable = Last Word nevar sasniegt displeju { $display } (adresē { $socket } neklausās neviens X serveris). Palaid to vai spēlē terminālī: `last-word play <scenārijs>`.
game-no-scenarios-folder = kļūda: scenāriju mape { $folder } neeksistē; palaid Last Word no tā mapes vai norādi --dir

## Sākuma ekrāns

title-promise = Apkalpo klientus īstos stāstos par sliktu apkalpošanu un redzi, ko maksā katra atbilde: viņu noskaņojumu, lojalitāti un naudu.
title-playing-as = Spēlē: { $name }
title-continue = Turpināt
title-unfinished = { $title }, pēc { $replies } { $replies ->
        [one] atbildes
       *[other] atbildēm
    }
title-play = Spēlēt
title-workshop = Darbnīca
title-progress = Progress
title-settings = Iestatījumi
title-quit = Iziet
title-keys = Pele vai tastatūra: Tab pārvietojas, Enter izvēlas, Esc atgriežas.
title-resume-gone = Scenārija `{ $scenario }` vairs nav scenāriju mapē, tāpēc šo sarunu nevar turpināt.
title-resume-edited = “{ $title }” ir labots, kopš tu to atstāji, tāpēc šo sarunu nevar turpināt. Tā paliek tavā vēsturē; spēlē scenāriju no sākuma.
title-resume-failed = Šo sarunu nevar turpināt: { $reason }.

## Kas spēlē (apmācāmo ekrāns)

learners-heading = Kas spēlē?
learners-intro = Katra apmācāmā progress šajā datorā tiek glabāts zem viņa vārda. Izvēlies savu vārdu vai ieraksti jaunu.
learners-change = Mainīt apmācāmo
learners-on-this-computer = Apmācāmie šajā datorā
learners-nobody = Vēl neviena nav. Ieraksti savu vārdu, lai sāktu savu uzskaiti.
learners-playing-now = Spēlē tagad
learners-since = kopš { $date }
learners-new = Jauns apmācāmais
learners-your-name = Tavs vārds
learners-hint = Ieraksti savu vārdu un nospied Enter. Backspace izdzēš burtu.
learners-add = Pievienot un spēlēt (Enter)
learners-skip = Izlaist (Esc)
learners-skipping = Izlaižot spēlē kā “{ $name }”.
learners-no-records = Uzskaiti nevarēja atvērt, tāpēc apmācāmo nevar pievienot; spēle turpinās bez uzskaites.
learners-name-empty = Apmācāmajam vajadzīgs vārds; ieraksti vismaz vienu burtu.
learners-name-taken = Apmācāmais ar vārdu { $name } jau ir; izvēlies viņu sarakstā vai ieraksti citu vārdu.
learners-not-added = Apmācāmo nevarēja pievienot: { $error }.

## Scenārija izvēle

picker-heading = Izvēlies scenāriju
picker-intro = Katrs balstīts uz īstu stāstu par sliktu apkalpošanu. Izvēlies vienu un apkalpo klientu.
picker-your-progress = Tavs progress
picker-empty = Neviens scenārijs nav atrasts. Ieliec scenāriju failus (*.ron) mapē scenarios; scenarios/README.md parāda, kā tādu uzrakstīt.
picker-loading = Ielādē…
picker-play-next = Spēlē nākamo
picker-best = Labākā: { $grade }
picker-mastered = Apgūts
picker-needs-fixing = Jālabo
picker-errors = { $errors ->
        [one] { $errors } kļūda
       *[other] { $errors } kļūdas
    } failā { $file }. Atver to, lai redzētu, kas jālabo.

## Scenārija fails ar kļūdām

broken-back = Atpakaļ pie scenārijiem (Esc)
broken-heading = { $file } jālabo
broken-intro = Atrastās kļūdas: { $errors }. Izlabo failu savā redaktorā un saglabā: šī lapa atjaunojas pati. `last-word validate` rāda tos pašus ziņojumus.
broken-fixed = { $file } ir izlabots
broken-valid-now = “{ $title }” tagad ir derīgs.
broken-principles-fixed = Mapes scenāriji tagad izmanto tās principus.
broken-play = Spēlēt to
broken-reading = Lasa failu…
broken-gone = { $file } vairs nav scenāriju mapē.
broken-error = kļūda
broken-warning = brīdinājums
broken-how-to-fix = Kā to izlabot: { $hint }
broken-here = (šeit)
library-unreadable = šo failu nevar nolasīt: { $error }
library-unreadable-hint = pārbaudi failu un tā atļaujas

## Ritināšana

scroll-more-below = Lejāk vēl: ritini vai nospied Page Down

## Spēle

play-guide = Rāda labāko ceļu: izceltā atbilde ir tā, ko tas izvēlas.
play-clock = Pulkstenis { $minutes }
play-scenarios = Scenāriji
play-stake = Uz spēles: { $yearly } gadā · { $loyal } { $years } { $years ->
        [one] gadā
       *[other] gados
    } · tagad vērts { $now }
play-stake-yearly = Uz spēles: { $yearly } gadā
play-mood = Noskaņojums: { $band } ({ $mood })
play-patience = Pacietība, kamēr tu domā
play-prompt = Tava atbilde (nospied tās numuru vai noklikšķini uz tās):
play-best-path = Labākais ceļš
play-you-said = Tu: “{ $reply }”
play-mood-change = Noskaņojums no { $before } uz { $after }
play-mood-value = { $mood } { $band }
play-mood-moved = ({ $delta }, pagāja { $minutes })
play-what-happened = Kas notika
play-coaching = Padoms
play-taken-before = (jau izvēlēts iepriekš: šoreiz bez punktiem)
play-value = Šī klienta sagaidāmā vērtība: { $value }
play-walks-out = Klientam pietiek, un viņš aiziet. { $text }
play-conversation-ends = Saruna beidzas ({ $outcome }). { $text }
play-continue = Turpināt  (Enter)
play-see-debrief = Uz izvērtējumu  (Enter)
play-kept-waiting = Tu liki klientam gaidīt pārāk ilgi. Klients aiziet.

## Izvērtējums

debrief-nothing = Nav pabeigtas sarunas, ko izvērtēt.
debrief-heading = Izvērtējums: { $title }
debrief-score = Rezultāts { $score }/100 · principu punkti { $raw } (labākais { $best }, sliktākais { $worst })
debrief-customer = Klients { $outcome }.
debrief-walked-out = Klients aizgāja.
debrief-principles = Princips pa principam
debrief-column-you = Tu
debrief-column-best = Labākais
debrief-mood = Noskaņojums sarunas gaitā
debrief-your-replies = Tavas atbildes
debrief-no-replies = Nav: klients aizgāja, pirms tu ierunājies.
debrief-best-path = Labākais ceļš
debrief-best-path-none = Nav.
debrief-money-explained = Nauda, izskaidrota
debrief-lesson = Mācība
debrief-discussion = Pārrunām
debrief-show-best = Parādi man labāko ceļu (B)
debrief-play-again = Spēlēt vēlreiz (R)
debrief-scenarios = Scenāriji (Esc)
debrief-chart-title = Noskaņojums, 0–100
debrief-chart-axis = Minūtes kopš klienta ierašanās
debrief-chart-caption = No { $start } ({ $start-band }) līdz { $end } ({ $end-band }) { $minutes } { $minutes ->
        [one] minūtes
       *[other] minūšu
    } laikā; mirkļi: { $moments }. Sarkanā līnija rāda, kur klients aiziet.
debrief-no-decisions = Nav lēmumu: klients aizgāja, pirms tu ierunājies.
debrief-you-said-best = Tu teici: labākā piedāvātā atbilde
debrief-you-said = Tu teici
debrief-best-offered = Labākā piedāvātā atbilde

## Apmācāmā progress

progress-heading = Progress
progress-heading-learner = { $learner } progress
progress-summary = Pabeigti mēģinājumi: { $finished }, spēlēti scenāriji: { $played } · { $mastered }
progress-play-next = Spēlē nākamo: { $title }
progress-all-mastered = Visi scenāriji apgūti
progress-nothing-yet = Vēl nav ko spēlēt
progress-play = Spēlēt
progress-play-title = Spēlēt “{ $title }”
progress-over-time = Mēģinājumi laika gaitā
progress-by-principle = Princips pa principam
progress-unrecorded = Progress netiek uzskaitīts: uzskaiti nevarēja atvērt (žurnālā redzams, kāpēc). Spēle turpinās bez uzskaites.
progress-no-finished = Vēl nav pabeigtu mēģinājumu: nospēlē scenāriju līdz galam, un tā rezultāts parādīsies šeit.
progress-chart-title = Katra pabeigtā mēģinājuma rezultāts, 0–100
progress-chart-axis = Mēģinājums spēlēšanas secībā
progress-chart-caption = { $shown ->
        [1] { $first }. mēģinājums no { $total }
       *[other] { $first }.–{ $last }. mēģinājums no { $total }
    }: rezultāti no { $low } līdz { $high }, vidēji { $average }. Krāsa rāda atzīmi.
progress-no-principles = Vēl nav principu: tos novērtē, kad mēģinājums nonāk līdz beigām.
progress-legend = Nopelnītie punkti no tā, ko nopelna labākie ceļi, pabeigtie mēģinājumi. Zaļš: ievērots; sarkans: zaudēts, to pārkāpjot; pelēks: palaists garām. Tendence salīdzina daļu tavu mēģinājumu pirmajā pusē ar otro pusi.
progress-figures = { $earned } no { $best } · { $share }
progress-figures-no-share = { $earned } no { $best }
progress-too-few = par maz, lai spriestu
progress-trend-shares = { $trend } · { $earlier }, tad { $later }

## Iestatījumi

settings-heading = Iestatījumi
settings-on = Ieslēgts
settings-off = Izslēgts
settings-text-size = Teksta lielums
settings-text-size-help = Lielāks teksts projektoram mācību telpā.
settings-text-speed = Teksta ātrums
settings-text-speed-help = Cik ātri parādās klienta vārdi. Enter vai atstarpe uzreiz parāda visu teikumu.
settings-speed-slow = Lēns
settings-speed-normal = Parasts
settings-speed-fast = Ātrs
settings-speed-instant = Uzreiz
settings-timed = Spēle uz laiku
settings-timed-help = Klienta pacietība sarūk, kamēr tu domā; katra pauze viņam maksā gaidīšanas minūti.
settings-shuffle = Jaukt atbildes
settings-shuffle-help = Katra saruna rāda atbildes savā secībā, tāpēc pirmā ne vienmēr ir labākā. Izslēgts: scenārija secība, darbnīcai.
settings-mode = Vingrināšanās vai vērtēšana
settings-mode-help = Vingrināšanās māca: padoms pēc katras atbildes. Vērtēšana pārbauda, kā ievadapmācībā: padomi gaida izvērtējumā, kur katrs lēmums tiek parādīts blakus labākajai atbildei.
settings-fullscreen = Pilnekrāns
settings-fullscreen-help = Aizpilda ekrānu, darbnīcām.
settings-lrs = Mācību ierakstu krātuve (LRS)
settings-lrs-closed = Uzskaite nav atvērta, tāpēc nekas netiek ne uzskaitīts, ne nosūtīts.
settings-lrs-not-set-up = Nav iestatīta: katrs mēģinājums tiek glabāts uzskaitē, gatavs nosūtīšanai. Lai tos nosūtītu savas organizācijas LRS, palaid `last-word lrs configure`.
settings-lrs-counts = xAPI ieraksti nosūtīti: { $sent }, gaida: { $waiting }, noraidīti: { $refused }.
settings-lrs-error = Gaida, jo { $error }; tie tiks sūtīti vēlreiz.
settings-saved-to = Saglabāts: { $path }
settings-not-saved = Šai sistēmai nav konfigurācijas mapes; iestatījumi saglabājas, līdz tu izej.

## Language (Settings)

language-setting = Valoda
language-setting-help = Spēles ekrāni un scenāriji, kas tulkoti šajā valodā; vēl netulkots scenārijs tiek spēlēts tā, kā tas uzrakstīts.
language-setting-system = Sistēmas valoda ({ $language })
