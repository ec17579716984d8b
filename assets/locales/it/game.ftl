# Le schermate del gioco (src/game/): titolo, allievi, scelta dello
# scenario, partita, debriefing, progressi, impostazioni.
# Riferimento: ../en/game.ftl.

## Comuni a più schermate

game-back = Indietro
game-back-esc = Indietro (Esc)
game-quoted = «{ $text }»

## Prima che si apra la finestra (scritto nel terminale)

game-no-display = Last Word ha bisogno di uno schermo grafico per aprire la sua finestra, e questa macchina non ne ha (DISPLAY non è impostato). Gioca invece nel terminale: `last-word list` mostra gli scenari e `last-word play <scenario>` ne avvia uno.
game-display-unreachable = Last Word non riesce a raggiungere lo schermo { $display } (nessun server X è in ascolto su { $socket }). Avviane uno, oppure gioca nel terminale: `last-word play <scenario>`.
game-no-scenarios-folder = errore: la cartella degli scenari { $folder } non esiste; avvia Last Word dalla sua cartella, oppure usa --dir

## La schermata del titolo

title-promise = Servi i clienti in storie vere di pessimo servizio, e scopri quanto costa ogni risposta: il loro umore, la loro fedeltà, il loro denaro.
title-playing-as = Giochi come { $name }
title-continue = Continua
title-unfinished = { $title }, dopo { $replies } { $replies ->
        [one] risposta
       *[other] risposte
    }
title-play = Gioca
title-workshop = Workshop
title-progress = Progressi
title-settings = Impostazioni
title-quit = Esci
title-keys = Mouse o tastiera: Tab si sposta, Invio sceglie, Esc torna indietro.
title-resume-gone = Lo scenario `{ $scenario }` non è più nella cartella degli scenari, quindi quella conversazione non può continuare.
title-resume-edited = «{ $title }» è stato modificato da quando l'hai lasciato, quindi quella conversazione non può continuare. Resta nella tua cronologia; rigiocalo da capo.
title-resume-failed = Quella conversazione non può continuare: { $reason }.

## Chi gioca (la schermata degli allievi)

learners-heading = Chi gioca?
learners-intro = I progressi di ogni allievo sono salvati a suo nome su questo computer. Scegli il tuo nome, oppure scrivine uno nuovo.
learners-change = Cambia allievo
learners-on-this-computer = Allievi su questo computer
learners-nobody = Ancora nessuno. Scrivi il tuo nome per iniziare il tuo registro.
learners-playing-now = Sta giocando
learners-since = dal { $date }
learners-new = Nuovo allievo
learners-your-name = Il tuo nome
learners-hint = Scrivi il tuo nome, poi premi Invio. Backspace cancella una lettera.
learners-add = Aggiungi e gioca (Invio)
learners-skip = Salta (Esc)
learners-skipping = Saltando si gioca come «{ $name }».
learners-no-records = Non è stato possibile aprire il registro, quindi non si possono aggiungere allievi; il gioco continua senza registrare.
learners-name-empty = Un allievo ha bisogno di un nome; scrivi almeno una lettera.
learners-name-taken = Esiste già un allievo di nome { $name }; sceglilo dall'elenco, oppure scrivi un altro nome.
learners-not-added = Non è stato possibile aggiungere l'allievo: { $error }.

## Scegliere uno scenario

picker-heading = Scegli uno scenario
picker-intro = Ognuno è tratto da una storia vera di pessimo servizio. Scegline uno per servire il cliente.
picker-your-progress = I tuoi progressi
picker-empty = Nessuno scenario trovato. Metti i file degli scenari (*.ron) nella cartella scenarios; scenarios/README.md spiega come scriverne uno.
picker-loading = Caricamento…
picker-play-next = Il prossimo
picker-best = Migliore: { $grade }
picker-mastered = Padroneggiato
picker-needs-fixing = Da correggere
picker-errors = { $errors ->
        [one] 1 errore
       *[other] { $errors } errori
    } in { $file }. Aprilo per vedere cosa correggere.

## Un file di scenario con errori

broken-back = Torna agli scenari (Esc)
broken-heading = { $file } va corretto
broken-intro = { $errors ->
        [one] Trovato 1 errore
       *[other] Trovati { $errors } errori
    }. Correggi il file nel tuo editor e salvalo: questa pagina si aggiorna da sola. `last-word validate` mostra gli stessi messaggi.
broken-fixed = { $file } è corretto
broken-valid-now = «{ $title }» ora è valido.
broken-principles-fixed = Ora gli scenari della cartella usano i suoi principi.
broken-play = Giocalo
broken-reading = Lettura del file…
broken-gone = { $file } non è più nella cartella degli scenari.
broken-error = errore
broken-warning = avviso
broken-how-to-fix = Come correggerlo: { $hint }
broken-here = (qui)
library-unreadable = impossibile leggere questo file: { $error }
library-unreadable-hint = controlla il file e i suoi permessi

## Scorrimento

scroll-more-below = Altro qui sotto: scorri, oppure premi Pagina giù

## La partita

play-guide = Ecco il percorso migliore: la risposta evidenziata è quella che sceglie.
play-clock = Orologio { $minutes }
play-scenarios = Scenari
play-stake = In gioco: { $yearly } all'anno · { $loyal } in { $years } { $years ->
        [one] anno
       *[other] anni
    } · ora vale { $now }
play-stake-yearly = In gioco: { $yearly } all'anno
play-mood = Umore: { $band } ({ $mood })
play-patience = Pazienza mentre pensi
play-prompt = La tua risposta (premi il suo numero, oppure cliccala):
play-best-path = Percorso migliore
play-you-said = Tu: «{ $reply }»
play-mood-change = Umore da { $before } a { $after }
play-mood-value = { $mood } { $band }
play-mood-moved = ({ $delta }, passati { $minutes })
play-what-happened = Cosa è successo
play-coaching = Consiglio
play-taken-before = (già scelta prima: niente punti questa volta)
play-value = Valore atteso di questo cliente: { $value }
play-walks-out = Il cliente ne ha abbastanza e se ne va. { $text }
play-conversation-ends = La conversazione finisce ({ $outcome }). { $text }
play-continue = Continua  (Invio)
play-see-debrief = Vai al debriefing  (Invio)
play-kept-waiting = L'hai fatto aspettare troppo. Il cliente se ne va.

## Il debriefing

debrief-nothing = Non c'è nessuna conversazione finita da discutere.
debrief-heading = Debriefing: { $title }
debrief-score = Punteggio { $score }/100 · punti dei principi { $raw } (massimo { $best }, minimo { $worst })
debrief-customer = Cliente { $outcome }.
debrief-walked-out = Il cliente se n'è andato.
debrief-principles = Principio per principio
debrief-column-you = Tu
debrief-column-best = Migliore
debrief-mood = L'umore nel corso della conversazione
debrief-your-replies = Le tue risposte
debrief-no-replies = Nessuna: il cliente se n'è andato prima che parlassi.
debrief-best-path = Il percorso migliore
debrief-best-path-none = Nessuna.
debrief-money-explained = Il denaro, spiegato
debrief-lesson = La lezione
debrief-discussion = Da discutere
debrief-show-best = Mostrami il percorso migliore (B)
debrief-play-again = Gioca di nuovo (R)
debrief-scenarios = Scenari (Esc)
debrief-chart-title = Umore, 0–100
debrief-chart-axis = Minuti dall'arrivo del cliente
debrief-chart-caption = Da { $start } ({ $start-band }) a { $end } ({ $end-band }) in { $minutes } { $minutes ->
        [one] minuto
       *[other] minuti
    }, { $moments } { $moments ->
        [one] momento
       *[other] momenti
    }. La linea rossa è il punto in cui un cliente se ne va.
debrief-no-decisions = Nessuna decisione: il cliente se n'è andato prima che parlassi.
debrief-you-said-best = Hai detto: la risposta migliore tra quelle offerte
debrief-you-said = Hai detto
debrief-best-offered = La risposta migliore offerta

## I progressi dell'allievo

progress-heading = Progressi
progress-heading-learner = Progressi di { $learner }
progress-summary = { $finished } { $finished ->
        [one] tentativo finito
       *[other] tentativi finiti
    } in { $played } { $played ->
        [one] scenario
       *[other] scenari
    } · { $mastered }
progress-play-next = Il prossimo: { $title }
progress-all-mastered = Tutti gli scenari padroneggiati
progress-nothing-yet = Ancora niente da giocare
progress-play = Gioca
progress-play-title = Gioca «{ $title }»
progress-over-time = Tentativi nel tempo
progress-by-principle = Principio per principio
progress-unrecorded = I progressi non vengono registrati: non è stato possibile aprire il registro (il log spiega perché). Il gioco continua senza registrare.
progress-no-finished = Ancora nessun tentativo finito: gioca uno scenario fino alla fine e il suo punteggio comparirà qui.
progress-chart-title = Punteggio di ogni tentativo finito, 0–100
progress-chart-axis = Tentativo, nell'ordine in cui è stato giocato
progress-chart-caption = { $shown ->
        [1] Tentativo { $first } di { $total }
       *[other] Tentativi { $first }–{ $last } di { $total }
    }: punteggi da { $low } a { $high }, { $average } in media. Il colore è il voto.
progress-no-principles = Ancora nessun principio: ricevono punti quando un tentativo arriva alla fine.
progress-legend = Punti guadagnati su quelli che guadagnano i percorsi migliori, tentativi finiti. Verde: rispettato; rosso: perso violandolo; grigio: mancato. L'andamento confronta la quota nella prima metà dei tuoi tentativi con quella nella seconda.
progress-figures = { $earned } su { $best } · { $share }
progress-figures-no-share = { $earned } su { $best }
progress-too-few = troppo pochi per dirlo
progress-trend-shares = { $trend } · { $earlier } poi { $later }

## Impostazioni

settings-heading = Impostazioni
settings-on = Attivo
settings-off = Disattivato
settings-text-size = Dimensione del testo
settings-text-size-help = Testo più grande per un proiettore in un'aula di formazione.
settings-text-speed = Velocità del testo
settings-text-speed-help = Quanto velocemente compaiono le parole del cliente. Invio o Spazio mostrano subito tutta la battuta.
settings-speed-slow = Lenta
settings-speed-normal = Normale
settings-speed-fast = Veloce
settings-speed-instant = Immediata
settings-timed = Modalità a tempo
settings-timed-help = La pazienza del cliente si consuma mentre pensi; ogni pausa gli costa un minuto di attesa.
settings-shuffle = Risposte in ordine casuale
settings-shuffle-help = Ogni conversazione mostra le risposte in un suo ordine, così la prima non è sempre la migliore. Disattivato: l'ordine dello scenario, per un workshop.
settings-mode = Esercizio o valutazione
settings-mode-help = L'esercizio insegna: un consiglio dopo ogni risposta. La valutazione mette alla prova, come in un percorso di onboarding: i consigli aspettano il debriefing, che ripercorre ogni decisione accanto alla risposta migliore.
settings-fullscreen = Schermo intero
settings-fullscreen-help = Riempie lo schermo, per i workshop.
settings-lrs = Learning record store (LRS)
settings-lrs-closed = Il registro non è aperto, quindi niente viene registrato né inviato.
settings-lrs-not-set-up = Non configurato: ogni tentativo resta nel registro, pronto da inviare. Per inviarli all'LRS della tua organizzazione, esegui `last-word lrs configure`.
settings-lrs-counts = Statement xAPI inviati: { $sent }, in attesa: { $waiting }, rifiutati: { $refused }.
settings-lrs-error = In attesa perché { $error }; verranno inviati di nuovo.
settings-saved-to = Salvate in { $path }
settings-not-saved = Questo sistema non ha una cartella di configurazione; le impostazioni durano finché non esci.

## Language (Settings)

language-setting = Lingua
language-setting-help = Le schermate del gioco e gli scenari tradotti in questa lingua; uno scenario non ancora tradotto si gioca nella lingua in cui è stato scritto.
language-setting-system = Quella del sistema ({ $language })
