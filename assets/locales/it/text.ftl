# Le parole per i dati del nucleo: etichette, revisione, progressi e
# l'aritmetica del denaro (src/text/). Riferimento: ../en/text.ftl.

## Fasce d'umore

band-gone = perso
band-angry = arrabbiato
band-irritated = irritato
band-neutral = neutrale
band-content = soddisfatto
band-delighted = entusiasta

## Esiti

outcome-kept-loyal = trattenuto e fedele
outcome-kept-at-risk = trattenuto ma a rischio
outcome-lost = perso
outcome-lost-and-telling = perso e lo racconta a tutti

## Difficoltà

difficulty-easy = facile
difficulty-medium = media
difficulty-hard = difficile

## L'orologio e l'andamento dell'umore

minutes = { $minutes } min
event-arrived = arriva
event-waited = aspetta { $minutes } min
event-replied = risposta { $step } a { $node }
event-kept-waiting = fatto aspettare { $minutes } min

unused-choices = { $walked ->
        [yes] il cliente se n'è andato
       *[no] la conversazione è arrivata a un finale
    } dopo { $played } { $played ->
        [one] risposta
       *[other] risposte
    }, quindi { $unused ->
        [one] l'ultima scelta è rimasta inutilizzata
       *[other] le ultime { $unused } scelte sono rimaste inutilizzate
    }

## Modalità valutazione e revisione

assessment-note = Valutazione: niente consigli né punti dopo ogni risposta. Il debriefing ripercorre ogni decisione accanto alla risposta migliore, con i consigli.
held-back = Valutazione: consigli e punti arrivano nel debriefing.
review-title = Decisione per decisione
review-intro-assessment = Una valutazione: i consigli sono stati trattenuti fino a ora. Ogni risposta che hai scelto, accanto alla migliore tra quelle offerte.
review-intro-practice = Ogni risposta che hai scelto, accanto alla migliore tra quelle offerte.
mode-practice = Esercizio
mode-assessment = Valutazione
verdict-best = La risposta migliore tra quelle offerte.
verdict-better = Era offerta una risposta migliore:
verdict-unknown = Qui non è stato possibile stabilire la risposta migliore (il ciclo è troppo grande).
points = { $points ->
        [0] nessun punto
        [one] { $signed } punto
       *[other] { $signed } punti
    }
best-count = Risposte migliori tra quelle offerte: { $best } su { $total }.

## Progressi

trend-improving = in miglioramento
trend-steady = stabile
trend-slipping = in calo
trend-too-few = troppo pochi tentativi per dirlo
mastered-line = Scenari padroneggiati: { $mastered } su { $library }
next-no-scenarios = Non c'è ancora nessuno scenario da giocare: metti i file degli scenari (*.ron) nella cartella scenarios.
next-all-mastered = Hai padroneggiato tutti i { $library } scenari. Rigiocane uno qualsiasi, oppure prova la modalità valutazione.
reason-first-steps = Non hai ancora finito uno scenario, quindi comincia da «{ $title }»: il più facile ({ $difficulty }, { $minutes } min).
reason-weakest = Il tuo principio più debole è «{ $name }»: hai guadagnato { $earned } dei { $best } punti che guadagnano i percorsi migliori ({ $share }). «{ $title }» è, tra gli scenari che non hai ancora padroneggiato, quello che lo esercita di più: il suo percorso migliore vi guadagna { $points }.
reason-next-unmastered = Ottieni il massimo in ogni principio incontrato finora; «{ $title }» è lo scenario più facile che non hai ancora padroneggiato ({ $difficulty }, { $minutes } min).

## Denaro: titoli

money-heading-revenue = Denaro (i ricavi di questo cliente)
money-heading-profit = Denaro (il profitto di questo cliente)
money-heading-caller = Denaro (i costi di chi chiama, non vendite)
wom-heading-revenue = Passaparola (una stima separata, non compresa nei ricavi qui sopra)
wom-heading-profit = Passaparola (una stima separata, non compresa nel profitto qui sopra)
wom-heading-caller = Passaparola (una stima separata, non compresa nei costi di chi chiama qui sopra)
own-revenue = i ricavi di questo cliente
own-profit = il profitto di questo cliente
own-caller = i costi di chi chiama

## Denaro: l'aritmetica, una frase per passaggio ("cosa: calcolo = risultato").

step-at-stake = In gioco: { $calc }.
step-this-caller = Chi chiama: { $calc }.
step-this-customer = Questo cliente: { $calc }.
step-profit = Profitto: { $calc }.
step-retention-arrival = Fedeltà all'arrivo, con umore { $mood }: { $calc }.
step-retention-arrival-none = Fedeltà all'arrivo, con umore { $mood }: nessuna; un cliente così scontento non torna.
step-retention-end = Fedeltà con l'umore finale di { $mood }: { $calc }.
step-retention-end-none = Fedeltà con l'umore finale di { $mood }: nessuna; un cliente così scontento non torna.
step-lost-revenue = Ricavi persi rispetto al suo valore all'arrivo: { $calc }.
step-lost-profit = Profitto perso rispetto al suo valore all'arrivo: { $calc }.
step-lost-caller = Fiducia persa, come costi che chi chiama ora si aspetta di pagare altrove: { $calc }.
step-even = Né guadagnato né perso rispetto al suo valore all'arrivo: { $calc }.
step-gained-revenue = Ricavi guadagnati rispetto al suo valore all'arrivo: { $calc }.
step-gained-profit = Profitto guadagnato rispetto al suo valore all'arrivo: { $calc }.
step-gained-caller = Fiducia guadagnata, come costi che chi chiama ora si aspetta di risparmiare: { $calc }.
step-per-listener = Ogni ascoltatore, secondo l'ipotesi del gioco: { $calc }. (American Express, 2011, ha rilevato che il 70% spenderebbe il 13% in più con un servizio eccellente; che un ascoltatore spenda quanto questo cliente e cambi di tanto per un anno, in più per una bella storia o in meno per una brutta, è un'ipotesi del gioco.)
step-estimate = Stima, ipotesi del gioco: { $calc } { $result ->
        [neither] né guadagnati né persi
        [won] guadagnati
       *[lost] persi
    }, oltre a { $own }.
bounds-none = Il finale ({ $ending }) non lascia alcuna possibilità che torni: la fedeltà è { $r }.
bounds = Il finale ({ $ending }) tiene la fedeltà tra { $low } e { $high }: r { $verb ->
        [rises] sale a
        [falls] scende a
       *[stays] resta
    } { $r }.
worth-arrival = Valore all'arrivo ({ $years } anni a un tasso di sconto del { $rate }): { $calc }.
worth-end-none = Valore dopo questa conversazione: { $worth }, perché non tornerà.
worth-end = Valore dopo questa conversazione: { $calc }.
tells-loyal = Un cliente fedele racconta una bella storia a { $people }.
tells-at-risk = Un cliente trattenuto ma a rischio non ha storie da raccontare, né belle né brutte (ipotesi del gioco).
tells-lost = Un cliente perso in silenzio racconta comunque una brutta esperienza (American Express, 2011, ha rilevato che le brutte esperienze si raccontano a circa il doppio delle persone rispetto alle belle): { $calc }.
tells-angry = Un cliente che se ne va arrabbiato racconta una brutta esperienza (American Express, 2011, ha rilevato che le brutte esperienze si raccontano a circa il doppio delle persone rispetto alle belle): { $calc }.
nobody-told = Nessuno sente una storia, quindi il passaparola non fa guadagnare né perdere nulla.
op-of = di
unit-a-day = { $amount } al giorno
unit-a-visit = { $amount } a visita
unit-a-year = { $amount } all'anno
unit-days = { $amount } { $count ->
        [one] giorno
       *[other] giorni
    }
unit-visits = { $amount } { $count ->
        [one] visita all'anno
       *[other] visite all'anno
    }
unit-years = { $amount } { $count ->
        [one] anno
       *[other] anni
    }
unit-people = { $amount } { $count ->
        [one] persona
       *[other] persone
    }
dollars-moved = da { $before } a { $after } ({ $change })
