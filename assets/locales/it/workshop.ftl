# Il workshop: le schermate del facilitatore nel gioco
# (src/game/screens/workshop/), la pagina dei telefoni e il resoconto
# esportato (src/workshop/). L'inglese è il riferimento: ogni altra lingua
# ha esattamente questi messaggi.

ws-and = { $first } e { $last }
ws-quote = «{ $line }»

## Come vota la sala (la schermata di preparazione)

ws-voting-phones = Telefoni
ws-voting-hands = Alzata di mano
ws-voting-teams = Squadre
ws-voting-phones-explained = Ognuno vota dal proprio telefono; la sala decide come un'unica persona.
ws-voting-hands-explained = Niente telefoni: conta le mani alzate per ogni risposta e scrivi i numeri.
ws-voting-teams-explained = Da due a otto squadre, ognuna con il proprio cliente, che votano dai telefoni.

## La schermata di preparazione

ws-setup-title = Conduci un workshop
ws-setup-intro = Tu gestisci il proiettore; la sala decide insieme ogni risposta. Scegli gli scenari nell'ordine in cui svolgerli e come vota la sala.
ws-setup-order = Scaletta
ws-setup-minutes = circa { $minutes } min
ws-setup-voting = Come vota la sala
ws-setup-teams = Nomi delle squadre, separati da virgole (scrivi per cambiarli):
ws-setup-default-teams = Rossi, Blu
ws-setup-address = I telefoni si collegheranno a http://{ $address }/ finché il workshop è in corso (solo da questa rete; --bind sceglie l'indirizzo).
ws-setup-start = Inizia il workshop
ws-setup-back = Indietro
ws-setup-no-scenario = nessuno scenario `{ $id }` è pronto nella cartella degli scenari; scegli dall'elenco
ws-plan-no-scenarios = scegli almeno uno scenario da svolgere
ws-plan-team-count = le squadre hanno bisogno di { $min }–{ $max } nomi; { $given ->
        [one] ne è stato dato { $given }
       *[other] ne sono stati dati { $given }
    } (separali con virgole)
ws-plan-team-name = il nome di squadra `{ $name }` deve avere da 1 a { $max } caratteri
ws-plan-duplicate-team = due squadre si chiamano `{ $name }`; dai a ciascuna un nome diverso
ws-plan-teams-not-voting = i nomi delle squadre servono solo quando la sala vota a squadre
ws-cannot-listen = impossibile ricevere i telefoni su { $address }: { $error }. Indica l'indirizzo di questo computer sulla rete della sala con --bind INDIRIZZO:PORTA

## Il proiettore: la striscia in alto

ws-top-scenario = { $title }  ·  scenario { $place } di { $count }
ws-top-join = { $address }  ·  codice { $code }  ·  collegati: { $joined }
ws-notes-on-screen = NOTE SULLO SCHERMO · N le nasconde

## Il proiettore: i telefoni si collegano

ws-join-heading = Partecipa dal tuo telefono
ws-join-wifi = 1. Collegati al Wi-Fi di questa sala.
ws-join-open = 2. Inquadra il codice QR, oppure apri questo indirizzo:
ws-join-code = 3. Scrivi il codice della sala:
ws-joined = { $count ->
        [one] { $count } telefono collegato
       *[other] { $count } telefoni collegati
    }
ws-join-next = Quando ci sono tutti, premi Avanti per far entrare il primo cliente.
ws-late-join = Non sei ancora dentro? Inquadra il codice, oppure apri
ws-room-code = Codice della sala { $code }

## Il proiettore: una decisione

ws-step-reading = Leggete e riflettete
ws-step-voting = Votazione aperta  ·  { $clock }
ws-step-locked = Votazione chiusa
ws-step-revealed = Cosa è successo
ws-team-finished = Il cliente di questa squadra ha finito. Seguite le altre squadre.
ws-reading-hint = Lascia che la sala legga la battuta e le risposte. Avanti apre la votazione.
ws-hands-counted = { $count ->
        [one] { $count } mano contata
       *[other] { $count } mani contate
    }
ws-turnout = { $voted } { $voted ->
        [one] telefono su { $members } ha votato
       *[other] telefoni su { $members } hanno votato
    }
ws-hands-hint = Scrivi il numero di mani per ogni risposta (Su e Giù passano da una risposta all'altra). Avanti chiude la votazione.
ws-phones-hint = I voti si possono cambiare fino alla chiusura. Avanti chiude la votazione.
ws-room-choice = La scelta della sala
ws-override-hint = Premi il numero di una risposta (o fai clic su di essa) per giocare quella; Sinistra annulla. Avanti gioca la scelta.
ws-choice-majority = Risposta { $chosen }, la maggioranza: { $votes } { $votes ->
        [one] voto su { $total }
       *[other] voti su { $total }
    }.
ws-choice-tie = Parità tra le risposte { $tied } ({ $votes ->
        [one] { $votes } voto
       *[other] { $votes } voti
    } ciascuna): si gioca la risposta { $chosen }, mostrata per prima, a meno che tu non ne scelga un'altra.
ws-choice-no-votes = Nessuno ha votato: si gioca la risposta { $chosen }, mostrata per prima, a meno che tu non ne scelga un'altra.
ws-choice-overridden = Risposta { $chosen }, scelta dal facilitatore (la votazione aveva scelto la risposta { $by-vote }).
ws-mood = Umore da { $before } a { $after } ({ $moved }), { $band }
ws-worth = Valore del cliente: { $moved }
ws-coaching = Consiglio  ·  { $points }
ws-coaching-held = Consiglio trattenuto: lascia prima discutere la sala. Avanti lo rivela.
ws-timer = Discussione { $clock }  ·  { $state ->
        [over] discussione finita
        [running] in corso · T mette in pausa, S salta
       *[paused] T la avvia
    }
ws-notes-title = Note del facilitatore  ·  circa { $minutes } min
ws-notes-model = Risposta modello: risposta { $reply } ({ $points }). { $note }
ws-notes-tempting = Allettante: risposta { $reply } ({ $points }). { $note }
ws-notes-ask = Chiedi alla sala: { $question }
ws-strip-finished = finito
ws-strip-voted = votato { $voted }/{ $members }
ws-strip-reply = risposta { $reply }
ws-strip-mood = umore { $mood }
ws-strip-hint = Su/Giù: mostra un'altra squadra

## Il proiettore: i pulsanti in basso

ws-next-start = Inizia
ws-next-open = Apri la votazione
ws-next-lock = Chiudi la votazione
ws-next-play = Gioca la scelta
ws-next-reveal = Rivela il consiglio
ws-next-decision = Decisione successiva
ws-next-debrief = Il debriefing
ws-next-standings = Classifica
ws-next-end = Concludi il workshop
ws-next-scenario = Scenario successivo
ws-back = Indietro
ws-timer-pause = Pausa timer
ws-timer-start = Avvia timer
ws-notes-show = Note
ws-notes-hide = Nascondi note
ws-end = Termina workshop
ws-end-really = Terminare davvero?
ws-keys = Avanti: Destra, Spazio, Invio, Pag giù  ·  Indietro: Sinistra, Pag su  ·  T timer  ·  N note  ·  Esc due volte per terminare

## Il proiettore: il debriefing, la classifica e la fine

ws-debrief-room = Il debriefing della sala  ·  { $title }
ws-debrief-team = Il debriefing della squadra { $team }  ·  { $title }
ws-grade = Voto { $grade }  ·  punteggio { $score } su 100
ws-customer-was = Esito per il cliente: { $outcome }. { $ending }
ws-debrief-money = Valore all'arrivo { $arrival }, trattenuto { $kept }, perso { $lost }
ws-talk-it-over = Parliamone
ws-debrief-teams-hint = Su/Giù: il debriefing di un'altra squadra
ws-mark-played = giocata
ws-mark-best = migliore
ws-played = Giocata { $how ->
        [majority] a maggioranza
        [tie] dopo una parità
        [none] senza voti
       *[facilitator] dal facilitatore
    }: { $best ->
        [yes] la risposta migliore
       *[no] non la risposta migliore
    }, { $points }.
ws-standings = Classifica
ws-standings-after = Dopo { $done } { $done ->
        [one] scenario su { $count }
       *[other] scenari su { $count }
    }: somma dei punteggi, poi denaro trattenuto.
ws-did-not-finish = non ha finito
ws-latest = { $outcome } ({ $grade }, { $score })
ws-leader = { $place }.  { $team }   ·   { $score } { $score ->
        [one] punto
       *[other] punti
    }   ·   { $kept } trattenuti   ·   ultimo cliente: { $latest }
ws-ended = Grazie: il workshop è finito
ws-ended-summary = { $scenarios } { $scenarios ->
        [one] scenario
       *[other] scenari
    } { $voting ->
        [hands] per alzata di mano.
       *[phones] con { $phones } { $phones ->
            [one] telefono
           *[other] telefoni
        }. Il server dei telefoni si è fermato.
    }
ws-result-ended = voto { $grade } ({ $outcome }), { $kept } trattenuti
ws-result-stopped = fermato dopo { $decisions } { $decisions ->
        [one] decisione
       *[other] decisioni
    }
ws-esc-title = Esc torna alla schermata iniziale.
ws-kept-unrecorded = Non salvato né esportato: questa partita non viene registrata.
ws-kept-saved = Salvato con i registri dei partecipanti.
ws-kept-not-saved = Non salvato: non è stato possibile aprire i registri.
ws-kept-exported = { $kept } Esportato da inviare: { $files }
ws-kept-not-exported = { $kept } Non esportato: { $error }.

## La pagina dei telefoni

ws-phone-title = Last Word — vota
ws-phone-join-title = Partecipa al workshop
ws-phone-code = Codice della sala (sullo schermo)
ws-phone-nickname = Il tuo nome (facoltativo)
ws-phone-team = La tua squadra
ws-phone-join = Entra
ws-phone-who-team = squadra { $team }
ws-phone-server-answered = Il server ha risposto { $status }
ws-phone-welcome = Ci sei. Guarda lo schermo grande: il primo cliente arriva a momenti.
ws-phone-reading = Alza lo sguardo: leggi la battuta del cliente sullo schermo grande. La votazione si apre a momenti.
ws-phone-team-done = La conversazione del tuo cliente è finita. Guarda lo schermo grande.
ws-phone-debrief = La sala ne sta discutendo. Il prossimo cliente arriva a momenti.
ws-phone-over = Il workshop è finito. Grazie per aver partecipato.
ws-phone-tap = Tocca la risposta che daresti tu.
ws-phone-counted = Il tuo voto è stato contato. Tocca un'altra risposta per cambiarlo.
ws-phone-locked = La votazione è chiusa. La scelta della sala è segnata; guarda lo schermo.
ws-phone-unknown = questo telefono non è nella sala; entra di nuovo
ws-phone-not-voting = in questo momento non c'è nessuna votazione aperta
ws-phone-vote-closed = la votazione è chiusa
ws-phone-not-offered = la risposta { $number } non è tra quelle sullo schermo
ws-phone-wrong-code = questo non è il codice della sala sullo schermo; controllalo e riprova ({ $left ->
        [one] resta { $left } tentativo
       *[other] restano { $left } tentativi
    })
ws-phone-too-many = troppi codici sbagliati; aspetta { $seconds } { $seconds ->
        [one] secondo
       *[other] secondi
    } e riprova
ws-phone-no-team = scegli una delle squadre sullo schermo
ws-phone-full = la sala è piena

## last-word workshops

ws-list-none = Nessun workshop salvato finora: conducine uno con `last-word workshop`.
ws-list-heading = Workshop, dal più recente:
ws-list-voting-phones = telefoni
ws-list-voting-hands = alzata di mano
ws-list-voting-teams = squadre
ws-list-phones = { $count } { $count ->
        [one] telefono
       *[other] telefoni
    }
ws-list-size = { $scenarios } { $scenarios ->
        [one] scenario
       *[other] scenari
    }, { $decisions } { $decisions ->
        [one] decisione
       *[other] decisioni
    }
ws-list-ran = durata { $duration }
ws-list-not-finished = non finito
ws-list-export-hint = Esportane uno: last-word workshops export { $latest } --out workshop.html (o .csv; un id o il suo inizio ne sceglie un altro)
ws-export-wrote = Workshop { $id } ({ $date }) scritto in { $path }
ws-export-cannot-write = impossibile scrivere { $path }: { $error }
ws-export-which-format = indica il formato: --format csv o --format html, oppure dai a --out un file che finisce in .csv o .html
ws-export-none-saved = nessun workshop salvato finora: prima conducine uno con `last-word workshop`
ws-export-no-such = non esiste il workshop `{ $wanted }`; quelli salvati, dal più recente: { $ids } (oppure scrivi `{ $latest }`)
ws-export-ambiguous = `{ $wanted }` è l'inizio di più di un id di workshop: { $ids }; scrivine una parte più lunga
ws-duration-seconds = { $seconds } s
ws-duration-minutes = { $minutes } min
ws-duration-minutes-seconds = { $minutes } min { $seconds } s
ws-duration-hours = { $hours } h { $minutes } min

## La pagina esportata (workshops export --format html)

ws-export-title = Workshop, { $date }
ws-export-room-phones = La sala ha votato da { $phones } { $phones ->
        [one] telefono
       *[other] telefoni
    }
ws-export-room-hands = La sala ha votato per alzata di mano
ws-export-room-teams = { $teams } squadre ({ $names }) hanno votato da { $phones } { $phones ->
        [one] telefono
       *[other] telefoni
    }
ws-export-scenarios = { $count } { $count ->
        [one] scenario
       *[other] scenari
    }
ws-export-finished = Iniziato il { $start } UTC, finito il { $end } UTC ({ $duration }) · workshop { $id }
ws-export-unfinished = Iniziato il { $start } UTC, non finito (salvato fino al suo ultimo scenario) · workshop { $id }
ws-export-empty = Il workshop è finito prima del suo primo scenario: non si è votato nulla.
ws-export-decisions-voted = decisioni votate
ws-export-in-conversations = in { $count } { $count ->
        [one] conversazione
       *[other] conversazioni
    }
ws-export-votes-cast = voti espressi
ws-export-phones-joined = { $count } { $count ->
        [one] telefono collegato
       *[other] telefoni collegati
    }
ws-export-of = { $count } su { $total }
ws-export-best-played = risposta migliore giocata
ws-export-no-best = nessuna decisione con una risposta migliore
ws-export-of-decisions = { $share } delle decisioni
ws-export-money-kept = denaro trattenuto
ws-export-at-stake = su { $stake } in gioco
ws-export-money-lost = denaro perso
ws-export-reached-ending = { $ended } { $ended ->
        [one] conversazione su { $count } è arrivata
       *[other] conversazioni su { $count } sono arrivate
    } a un finale
ws-export-session = Sessione
ws-export-session-note = Gli scenari nell'ordine in cui sono stati svolti. Votazione: dall'apertura di ogni votazione alla sua chiusura; discussione: il timer di discussione dopo ogni rivelazione; entrambe sommate sulle decisioni dello scenario (di tutte le squadre).
ws-export-col-no = N.
ws-export-col-scenario = Scenario
ws-export-col-seed = Seme
ws-export-col-decisions = Decisioni
ws-export-col-votes = Voti
ws-export-col-voting = Votazione
ws-export-col-discussion = Discussione
ws-export-col-endings = Finali
ws-export-grade-score = voto { $grade } · { $score }
ws-export-no-ending = nessun finale raggiunto
ws-export-walked-out = se n'è andato
ws-export-the-room = La sala
ws-export-room-result = Il risultato della sala
ws-export-team-standings = Classifica delle squadre
ws-export-standings-note = Punteggio: la somma dei punteggi dei finali (ciascuno su 100). Denaro: il valore nel tempo dei clienti trattenuto e perso rispetto a quanto valevano all'arrivo, sugli scenari arrivati a un finale.
ws-export-col-rank = Posto
ws-export-col-team = Squadra
ws-export-col-score = Punteggio
ws-export-col-outcomes = Esiti
ws-export-col-kept = Denaro trattenuto
ws-export-col-lost = Perso
ws-export-without-ending = { $count } senza finale
ws-export-of-stake = su { $stake }
ws-export-seed = seme { $seed }
ws-export-scenario-note = Ogni decisione: come si sono divisi i voti della sala sulle risposte mostrate (nell'ordine mostrato), la risposta giocata e come è stata scelta. { $best } segna la risposta migliore in quel punto secondo l'analisi, { $played } la scelta della sala.
ws-export-tag-best = Migliore
ws-export-tag-played = Giocata
ws-export-moved-on = Il workshop è andato avanti prima che questa conversazione arrivasse a un finale.
ws-export-ending = finale { $ending }
ws-export-ending-facts = punteggio { $score } / 100 · trattenuto { $kept } · perso { $lost }
ws-export-decision = Decisione { $number }
ws-export-votes = { $count } { $count ->
        [one] voto
       *[other] voti
    }
ws-export-best-votes = risposta migliore { $votes } su { $total }{ $share }
ws-export-played = Risposta giocata { $reply }: { $how } · punti { $points } · umore da { $before } a { $after } · votazione { $voting } · discussione { $discussion }
ws-how-majority = il maggior numero di voti
ws-how-tie = parità tra le risposte { $tied }: quella mostrata per prima
ws-how-no-votes = nessuno ha votato: la risposta mostrata per prima
ws-how-overridden = la scelta del facilitatore (la votazione aveva scelto la risposta { $by-vote })
ws-export-about = Questa pagina
ws-export-about-note = Ogni quota di voti è il numero di voti della risposta diviso per i voti espressi in quella decisione, mostrati accanto a entrambi. La risposta migliore è quella che apre il percorso migliore da quel momento, secondo l'analisi dello scenario. Parità e votazioni senza voti sono state risolte come mostrato al facilitatore, che poteva scavalcare la votazione. Gli orari sono in UTC. Workshop { $id }, generato da { $command }; { $csv } dà una riga per decisione per un foglio di calcolo.
