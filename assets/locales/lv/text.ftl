# Vārdi kodola datiem: etiķetes, pārskats, progress un naudas aritmētika
# (src/text/). Atsauce: ../en/text.ftl.

## Noskaņojuma joslas

band-gone = zaudēts
band-angry = dusmīgs
band-irritated = aizkaitināts
band-neutral = neitrāls
band-content = apmierināts
band-delighted = sajūsmā

## Iznākumi

outcome-kept-loyal = noturēts un lojāls
outcome-kept-at-risk = noturēts, bet riskā
outcome-lost = zaudēts
outcome-lost-and-telling = zaudēts un stāsta visiem

## Grūtība

difficulty-easy = viegls
difficulty-medium = vidējs
difficulty-hard = grūts

## Pulkstenis un noskaņojuma gaita

minutes = { $minutes } min
event-arrived = ierodas
event-waited = gaida { $minutes } min
event-replied = { $step }. atbilde pie { $node }
event-kept-waiting = likts gaidīt { $minutes } min

unused-choices = { $walked ->
        [yes] klients aizgāja
       *[no] saruna nonāca līdz beigām
    } pēc { $played } { $played ->
        [one] atbildes
       *[other] atbildēm
    }, tāpēc { $unused ->
        [one] pēdējā izvēle netika izmantota
       *[other] pēdējās { $unused } izvēles netika izmantotas
    }

## Vērtēšanas režīms un pārskats

assessment-note = Vērtēšana: pēc katras atbildes nav ne padomu, ne punktu. Izvērtējumā katrs lēmums tiek parādīts blakus labākajai atbildei, ar padomiem.
held-back = Vērtēšana: padomi un punkti gaida izvērtējumā.
review-title = Lēmums pa lēmumam
review-intro-assessment = Vērtēšana: padomi līdz šim tika aizturēti. Katra tevis izvēlētā atbilde blakus labākajai piedāvātajai.
review-intro-practice = Katra tevis izvēlētā atbilde blakus labākajai piedāvātajai.
mode-practice = Vingrināšanās
mode-assessment = Vērtēšana
verdict-best = Labākā piedāvātā atbilde.
verdict-better = Tika piedāvāta labāka atbilde:
verdict-unknown = Labāko atbildi šeit nevarēja noteikt (cilpa ir pārāk liela).
points = { $points ->
        [0] nav punktu
        [one] { $signed } punkts
       *[other] { $signed } punkti
    }
best-count = Labākās piedāvātās atbildes: { $best } no { $total }.

## Progress

trend-improving = uzlabojas
trend-steady = stabils
trend-slipping = pasliktinās
trend-too-few = par maz mēģinājumu, lai spriestu
mastered-line = Apgūti scenāriji: { $mastered } no { $library }
next-no-scenarios = Vēl nav neviena scenārija, ko spēlēt: ieliec scenāriju failus (*.ron) mapē scenarios.
next-all-mastered = Tu esi apguvis visus { $library } scenārijus. Spēlē jebkuru no tiem vēlreiz vai izmēģini vērtēšanas režīmu.
reason-first-steps = Tu vēl neesi pabeidzis nevienu scenāriju, tāpēc sāc ar “{ $title }”: vieglāko ({ $difficulty }, { $minutes } min).
reason-weakest = Tavs vājākais princips ir “{ $name }”: tu nopelnīji { $earned } no { $best } punktiem, ko nopelna labākie ceļi ({ $share }). No scenārijiem, ko vēl neesi apguvis, “{ $title }” to vingrina visvairāk: tā labākais ceļš tajā nopelna { $points }.
reason-next-unmastered = Katrā līdz šim sastaptajā principā tu saņem maksimumu; “{ $title }” ir vieglākais scenārijs, ko vēl neesi apguvis ({ $difficulty }, { $minutes } min).

## Nauda: virsraksti

money-heading-revenue = Nauda (šī klienta paša ieņēmumi)
money-heading-profit = Nauda (šī klienta paša peļņa)
money-heading-caller = Nauda (zvanītāja paša izmaksas, nevis pārdošana)
wom-heading-revenue = Mutvārdu reklāma (atsevišķs novērtējums, neietilpst iepriekš minētajos ieņēmumos)
wom-heading-profit = Mutvārdu reklāma (atsevišķs novērtējums, neietilpst iepriekš minētajā peļņā)
wom-heading-caller = Mutvārdu reklāma (atsevišķs novērtējums, neietilpst iepriekš minētajās zvanītāja izmaksās)
own-revenue = šī klienta paša ieņēmumiem
own-profit = šī klienta paša peļņas
own-caller = šī zvanītāja paša izmaksām

## Nauda: aritmētika, viens teikums katram solim ("kas: aprēķins = rezultāts").

step-at-stake = Uz spēles: { $calc }.
step-this-caller = Šis zvanītājs: { $calc }.
step-this-customer = Šis klients: { $calc }.
step-profit = Peļņa: { $calc }.
step-retention-arrival = Noturēšana ierašanās brīdī, noskaņojums { $mood }: { $calc }.
step-retention-arrival-none = Noturēšana ierašanās brīdī, noskaņojums { $mood }: nekāda; tik neapmierināts klients neatgriežas.
step-retention-end = Noturēšana ar beigu noskaņojumu { $mood }: { $calc }.
step-retention-end-none = Noturēšana ar beigu noskaņojumu { $mood }: nekāda; tik neapmierināts klients neatgriežas.
step-lost-revenue = Zaudētie ieņēmumi salīdzinājumā ar vērtību ierašanās brīdī: { $calc }.
step-lost-profit = Zaudētā peļņa salīdzinājumā ar vērtību ierašanās brīdī: { $calc }.
step-lost-caller = Zaudētā uzticēšanās — izmaksas, ko zvanītājs tagad sagaida maksāt citur: { $calc }.
step-even = Ne iegūts, ne zaudēts salīdzinājumā ar vērtību ierašanās brīdī: { $calc }.
step-gained-revenue = Iegūtie ieņēmumi salīdzinājumā ar vērtību ierašanās brīdī: { $calc }.
step-gained-profit = Iegūtā peļņa salīdzinājumā ar vērtību ierašanās brīdī: { $calc }.
step-gained-caller = Iegūtā uzticēšanās — izmaksas, ko zvanītājs tagad sagaida ietaupīt: { $calc }.
step-per-listener = Katrs klausītājs, kā pieņem spēle: { $calc }. (American Express, 2011, atklāja, ka 70% izcilas apkalpošanas dēļ tērētu par 13% vairāk; ka klausītājs tērē tikpat, cik šis klients, un gadu mainās par tik — uz augšu pēc laba stāsta vai uz leju pēc slikta —, ir spēles pieņēmums.)
step-estimate = Novērtējums, spēles pieņēmums: { $calc } { $result ->
        [neither] ne iegūts, ne zaudēts
        [won] iegūts
       *[lost] zaudēts
    }, papildus { $own }.
bounds-none = Beigas ({ $ending }) neatstāj iespēju, ka viņš atgriezīsies: noturēšana ir { $r }.
bounds = Beigas ({ $ending }) notur noturēšanu starp { $low } un { $high }: r { $verb ->
        [rises] pieaug līdz
        [falls] samazinās līdz
       *[stays] paliek
    } { $r }.
worth-arrival = Vērtība ierašanās brīdī ({ $years } gadi ar { $rate } diskonta likmi): { $calc }.
worth-end-none = Vērtība pēc šīs sarunas: { $worth }, jo viņš neatgriezīsies.
worth-end = Vērtība pēc šīs sarunas: { $calc }.
tells-loyal = Lojāls klients labu stāstu izstāsta: { $people }.
tells-at-risk = Noturētam, bet riskā esošam klientam nav ko stāstīt ne labu, ne sliktu (spēles pieņēmums).
tells-lost = Klusi zaudēts klients tomēr stāsta par sliktu pieredzi (American Express, 2011, atklāja, ka par sliktu pieredzi stāsta aptuveni divreiz vairāk cilvēkiem nekā par labu): { $calc }.
tells-angry = Klients, kas aiziet dusmīgs, stāsta par sliktu pieredzi (American Express, 2011, atklāja, ka par sliktu pieredzi stāsta aptuveni divreiz vairāk cilvēkiem nekā par labu): { $calc }.
nobody-told = Neviens stāstu nedzird, tāpēc mutvārdu reklāma neko nedod un neko neatņem.
op-of = no
unit-a-day = { $amount } dienā
unit-a-visit = { $amount } par apmeklējumu
unit-a-year = { $amount } gadā
unit-days = { $amount } { $count ->
        [one] diena
       *[other] dienas
    }
unit-visits = { $amount } { $count ->
        [one] apmeklējums gadā
       *[other] apmeklējumi gadā
    }
unit-years = { $amount } { $count ->
        [one] gads
       *[other] gadi
    }
unit-people = { $amount } { $count ->
        [one] cilvēks
       *[other] cilvēki
    }
dollars-moved = no { $before } līdz { $after } ({ $change })
