# Gli strumenti per i formatori (src/cli/): translate, pass-mark, lrs,
# report, workshops, l'aiuto e gli errori della riga di comando; i nomi dei
# principi. Riferimento: ../en/tools.ftl.

## Righe su stderr: cosa non va, cosa fare, cosa sapere

line-error = errore: { $message }
line-help = suggerimento: { $message }
line-note = nota: { $message }

## Trovare uno scenario e la sua traduzione

no-such-scenario = nessun file di scenario né id di scenario `{ $what }` (cercato in { $dir })
did-you-mean = forse intendevi `{ $id }`?
no-scenarios-there = lì non ci sono scenari; indica --dir o il percorso di un file
scenarios-are = gli scenari sono: { $ids }
scenario-has-errors = lo scenario contiene errori; correggili e riprova
scenario-not-valid = { $path } non è uno scenario valido
no-translation = `{ $id }` non ha una traduzione in { $language } (manca { $path })
no-translation-none = non ha ancora traduzioni; iniziane una con: last-word translate { $id } --lang { $lang }
no-translation-others = è tradotto in: { $languages }; oppure inizia questa con: last-word translate { $id } --lang { $lang }
translation-has-errors = la traduzione contiene errori; correggili, oppure gioca senza --lang
translation-partial = { $missing } testi su { $texts } non sono tradotti in { $language }{ $stale ->
        [0] {""}
        [one] {" "}(1 non aggiornato)
       *[other] {" "}({ $stale } non aggiornati)
    }; sono mostrati come li ha scritti l'autore dello scenario (`last-word validate { $path }` li elenca)
language-with-tag = { $name } ({ $tag })
language-name-en = inglese
language-name-it = italiano
language-name-lv = lettone
language-name-mn = mongolo
language-name-hi = hindi
language-name-te = telugu
cannot-write = impossibile scrivere { $path }: { $reason }

## last-word translate

translate-unknown-tag = `{ $tag }` non è un codice di lingua che Last Word conosce
translate-give-a-tag = indica un codice BCP 47: `it` (italiano), `lv` (lettone), `mn` (mongolo), `hi` (hindi), `te` (telugu), `pt-BR`
translate-wrote = { $updated ->
        [yes] aggiornato
       *[no] scritto
    } { $path }: { $texts } { $texts ->
        [one] testo
       *[other] testi
    }, { $translated } { $translated ->
        [one] tradotto
       *[other] tradotti
    }, { $stale } non { $stale ->
        [one] aggiornato
       *[other] aggiornati
    }, { $missing } da tradurre ({ $percent }%)
translate-next = Traduci ogni `text` (l'originale è nel commento sopra), poi controlla con: last-word validate { $path }
translate-fix-first = { $path } contiene errori; correggili prima, così nessuna traduzione che contiene va persa

## last-word pass-mark

pass-mark-all = Soglia per tutti gli scenari: { $mark }
pass-mark-cleared = `{ $id }` ora usa la soglia di tutti gli scenari.
pass-mark-none-to-clear = `{ $id }` non aveva una soglia propria.
pass-mark-set-one = `{ $id }` è padroneggiato da un punteggio di { $mark }.
pass-mark-set-all = Gli scenari senza una soglia propria sono padroneggiati da un punteggio di { $mark }.

## Gli errori dei registri

records-database = il database dei registri: { $reason }
records-folder = impossibile creare la cartella { $path } per i registri: { $reason }; imposta { $variable } su una cartella in cui puoi scrivere
records-newer = i registri sono stati scritti da una versione più recente di Last Word (schema { $found }; questa arriva fino a { $known }); aggiorna Last Word per aprirli
records-empty-name = un allievo ha bisogno di un nome; scrivi almeno una lettera
records-name-taken = c'è già un allievo di nome { $name }; sceglilo dall'elenco, oppure scrivi un altro nome
records-no-learner-yet = non c'è nessun allievo `{ $name }`, e non ne è ancora registrato nessuno; gioca prima uno scenario
records-no-learner = non c'è nessun allievo `{ $name }`; gli allievi sono: { $known }
records-no-attempt = non c'è nessun tentativo { $attempt }
records-out-of-step = il tentativo { $attempt } si aspetta ora la risposta { $expected }, non la { $given }; inizia un nuovo tentativo
records-already-started = la sessione ha già { $replies } { $replies ->
        [one] risposta
       *[other] risposte
    }; inizia il tentativo prima della prima
records-no-workshop-yet = non c'è nessun workshop `{ $id }`, e non ne è ancora salvato nessuno; conducine uno con `last-word workshop`
records-no-workshop = non c'è nessun workshop `{ $id }`; quelli salvati, dal più recente: { $known }
records-damaged-workshop = il workshop salvato { $id } non si può leggere ({ $reason }); forse è stato scritto da una versione più recente di Last Word

## last-word lrs

lrs-not-set-up = nessun LRS configurato; configurane uno con `last-word lrs configure --endpoint URL --key KEY --secret SECRET`
lrs-off = Ora non c'è nessun LRS configurato: le dichiarazioni restano nella coda d'invio finché non se ne configura uno (`last-word lrs configure`).
lrs-configured = Le dichiarazioni vanno all'LRS su { $endpoint }.
lrs-configured-test = Verifica la connessione con `last-word lrs test`.
lrs-named-account = Gli allievi sono identificati da un account su { $home } (il nome dell'allievo).
lrs-named-mbox = Gli allievi sono identificati da un indirizzo email su { $domain } (mailto:nome.cognome@{ $domain }).
lrs-bad-endpoint = `{ $text }` non è un endpoint LRS; indica il suo indirizzo con http:// o https://, ad es. --endpoint https://lrs.example.org/xAPI/
lrs-bad-home-page = `{ $text }` non è un indirizzo; indica la home page a cui appartengono gli account degli allievi, ad es. --account-home-page https://learning.example.org
lrs-bad-domain = `{ $text }` non è un dominio di posta; indica ciò che segue la @ negli indirizzi degli allievi, ad es. --mbox-domain example.org
lrs-status-lrs = LRS: { $endpoint } (chiave { $key })
lrs-status-none = LRS: nessuno configurato (`last-word lrs configure` ne configura uno)
lrs-status-outbox = Coda d'invio: { $waiting } in attesa, { $sent } { $sent ->
        [one] inviata
       *[other] inviate
    }, { $refused } { $refused ->
        [one] rifiutata
       *[other] rifiutate
    }
lrs-status-waiting = In attesa: { $problem }.
lrs-status-failed = Non riuscito { $tries } { $tries ->
        [one] volta
       *[other] volte
    }; { $next }, oppure inviale subito con `last-word lrs sync`.
lrs-next-try = prossimo tentativo { $when }
lrs-next-run = partono la prossima volta che si avvia il gioco o una partita
lrs-status-refused = Rifiutate dall'LRS (dalla più recente; non vengono inviate di nuovo):
lrs-status-refusal = { $statement } (tentativo { $attempt }), { $when }: { $message }
lrs-status-more = e altre { $count }
when-now = proprio ora
when-in = tra { $amount } { $unit ->
        [s] s
        [min] min
        [h] h
       *[days] { $amount ->
            [one] giorno
           *[other] giorni
        }
    }
when-ago = { $amount } { $unit ->
        [s] s
        [min] min
        [h] h
       *[days] { $amount ->
            [one] giorno
           *[other] giorni
        }
    } fa
lrs-checking = Verifico l'LRS su { $endpoint } ...
lrs-check-about = /about: xAPI { $versions }
lrs-check-no-about = /about: non offerto (è ammesso; la lettura qui sotto mostra che è xAPI)
lrs-check-accepted = chiave e segreto: accettati (l'LRS ha permesso di leggere le sue dichiarazioni)
lrs-check-ready = L'LRS è pronto: le dichiarazioni gli verranno inviate.
lrs-sync-nothing = Niente da inviare: la coda d'invio è vuota.
lrs-sync-bar = invio [bar] [done]/[total] dichiarazioni
lrs-sync-sent = { $sent ->
        [one] Inviata 1 dichiarazione
       *[other] Inviate { $sent } dichiarazioni
    }{ $refused ->
        [0] {""}
        [one] ; 1 rifiutata dall'LRS (`last-word lrs status` mostra perché)
       *[other] ; { $refused } rifiutate dall'LRS (`last-word lrs status` mostra perché)
    }.
lrs-sync-trouble = { $trouble }. { $count ->
        [one] 1 dichiarazione è ancora in attesa
       *[other] { $count } dichiarazioni sono ancora in attesa
    }: il gioco le invia quando l'LRS torna disponibile, oppure esegui di nuovo `last-word lrs sync`

## Perché l'LRS non ha risposto come doveva

lrs-trouble-unreachable = l'LRS non è raggiungibile su { $url }: { $reason }; controlla l'endpoint con `last-word lrs test` e la rete
lrs-trouble-unavailable = l'LRS ha risposto { $status }: è sovraccarico o in errore; le dichiarazioni aspettano e verranno ritentate più tardi
lrs-trouble-unavailable-said = l'LRS ha risposto { $status } ({ $message }): è sovraccarico o in errore; le dichiarazioni aspettano e verranno ritentate più tardi
lrs-trouble-credentials = l'LRS ha rifiutato chiave/segreto ({ $status }); imposta quelli giusti con `last-word lrs configure`
lrs-check-unreachable = impossibile connettersi a { $url }: { $reason }. Controlla come è scritto l'endpoint e che l'LRS sia in funzione e raggiungibile da qui
lrs-check-not-xapi = { $url } ha risposto { $status }, non come risponde un LRS xAPI: probabilmente l'endpoint è sbagliato. È l'indirizzo sotto cui si pubblicano le dichiarazioni (senza `statements`), spesso termina con /xAPI/; impostalo con `last-word lrs configure --endpoint URL ...`
lrs-check-credentials = l'LRS ha rifiutato chiave/segreto ({ $status }). Copiali di nuovo dall'LRS e impostali con `last-word lrs configure`
lrs-check-version = l'LRS parla xAPI { $versions }, e Last Word invia xAPI 1.0.3. Usa un LRS (o un suo endpoint) che accetti la 1.0.3
lrs-check-other = l'LRS ha risposto { $status } alla lettura delle sue dichiarazioni ({ $message }); chiedi al suo amministratore cosa si aspetta

## last-word report (il CSV resta in inglese, per fogli di calcolo e script)

report-wrote = Report scritto ({ $attempts } { $attempts ->
        [one] tentativo
       *[other] tentativi
    } di { $learners } { $learners ->
        [one] allievo
       *[other] allievi
    }) in { $path }
report-not-a-folder = { $dir } non è una cartella di scenari; indica a --dir la cartella degli scenari, oppure omettilo
report-file-missing = { $file }: file inesistente; indica il percorso di un file di registri (records.sqlite3 dalla cartella dati di un allievo)
report-file-unreadable = { $file }: non si può leggere come registri di Last Word ({ $reason }); controlla che sia un records.sqlite3 copiato per intero
report-file-not-records = { $file }: non contiene registri di Last Word; indica un records.sqlite3 dalla cartella dati di un allievo
report-file-newer = { $file }: scritto da una versione più recente di Last Word (schema { $found }; questa legge fino a { $known }); aggiorna Last Word per farne il report
report-percent = { $value }%
duration-seconds = { $s } s
duration-minutes = { $min } min
duration-hours = { $h } h { $min } min
report-none-in-period = Nessun tentativo è stato iniziato in quel periodo.
report-none-yet = Non è ancora registrato nessun tentativo: gli allievi giocano con `last-word play` o nel gioco.
report-coverage = { $attempts } { $attempts ->
        [one] tentativo
       *[other] tentativi
    } di { $learners } { $learners ->
        [one] allievo
       *[other] allievi
    } da { $files } file{ $shared ->
        [0] {""}
        [one] {" "}(1 trovato in più di un file, contato una volta sola)
       *[other] {" "}({ $shared } trovati in più di un file, contati una volta sola)
    }{ $since ->
        [none] {""}
       *[other] , iniziati dal { $since } in poi
    }{ $played ->
        [day] ; giocati il { $first }
        [days] ; giocati dal { $first } al { $last }
       *[none] {""}
    }
report-title-text = Report di formazione di Last Word
report-made-text = Creato il { $made } UTC: { $coverage }
report-files = File
report-col-file = File
report-col-schema = Schema
report-col-attempts = Tentativi
report-col-shared = Anche in un file precedente
report-learners = Allievi
report-col-learner = Allievo
report-col-finished = Finiti
report-col-scenarios = Scenari
report-col-mastered = Padroneggiati
report-col-average = Punteggio medio
report-col-best = Migliore
report-col-time = Tempo impiegato
report-col-scenario = Scenario
report-col-learners = Allievi
report-col-passed = Superati
report-col-loyal = Fedeli
report-col-at-risk = A rischio
report-col-lost = Persi
report-col-telling = Lo raccontano
report-col-walked-out = Andati via
report-scenarios-text = Scenari (tentativi finiti per esito: cliente trattenuto e fedele, trattenuto ma a rischio, perso, perso e lo racconta a tutti)
report-principles-text = Principi (punti guadagnati nei tentativi finiti, su quelli dei percorsi migliori)
report-col-principle = Principio
report-col-earned = Guadagnati
report-col-share = Quota
report-choices-text = Scelte a ogni punto di decisione (risposte date per ciascuna opzione; * la risposta migliore)
report-at-moment = in `{ $node }`
report-moment-unknown-text = momento non registrato (risposte di prima che Last Word lo registrasse)
report-chosen-of = { $chosen } su { $answers }
report-html-title = Report di formazione, { $made } UTC
report-heading = Report di formazione
report-made = Creato il { $made } UTC
report-card-learners = { $count ->
        [one] allievo
       *[other] allievi
    }
report-card-learners-detail = { $scenarios } { $scenarios ->
        [one] scenario
       *[other] scenari
    } nei registri
report-card-attempts = { $count ->
        [one] tentativo
       *[other] tentativi
    }
report-card-attempts-detail = { $finished } { $finished ->
        [one] finito
       *[other] finiti
    }
report-card-average = punteggio medio
report-card-average-detail = { $total } punti / { $finished } { $finished ->
        [one] finito
       *[other] finiti
    }
report-card-passed = { $count ->
        [one] superato
       *[other] superati
    }
report-card-passed-detail = su { $finished } { $finished ->
        [one] tentativo finito
       *[other] tentativi finiti
    }
report-card-mastered = { $count ->
        [one] scenario padroneggiato
       *[other] scenari padroneggiati
    }
report-card-mastered-detail = su { $played } { $played ->
        [one] coppia allievo–scenario giocata
       *[other] coppie allievo–scenario giocate
    }
report-learners-note = Media sui tentativi finiti (punti / finiti). Padroneggiati: scenari con un tentativo pari o superiore alla soglia. Tempo impiegato: dall'inizio a ogni risposta e al finale, con ogni pausa contata fino a 5 minuti.
report-no-finished-attempt = nessun tentativo finito
report-scenarios = Scenari
report-scenarios-note = Come sono finiti i tentativi di ogni scenario, con il cliente trattenuto o perso. Superati: finiti con un punteggio pari o superiore alla soglia.
report-col-outcomes = Esiti dei tentativi finiti
report-none-finished = nessuno finito
report-walked-out = { $count ->
        [one] 1 andato via
       *[other] { $count } andati via
    }
report-of-total = su { $total }
report-principles = Principi
report-principles-note = Punti guadagnati per ogni principio nei tentativi finiti, rispetto ai punti che guadagnano le risposte migliori degli stessi scenari. Quota = guadagnati / migliori; sotto zero, il principio è stato violato più che rispettato.
report-col-share-of-best = Quota del migliore
report-choices = Scelte a ogni punto di decisione
report-choices-note = A ogni momento in cui un allievo doveva rispondere al cliente: quante risposte hanno scelto ciascuna opzione. Una conversazione tornata su un momento conta ogni risposta.
report-best-note = { $tag } indica la risposta che apre il percorso migliore da quel momento.
report-best-tag = Migliore
report-moment = Momento { $node }
report-moment-unknown = Momento non registrato (risposte di prima che Last Word lo registrasse)
report-answers = { $count } { $count ->
        [one] risposta
       *[other] risposte
    }
report-best-chosen = risposta migliore scelta { $chosen } volte su { $answers } ({ $share })
report-about = Informazioni su questo report
report-col-records-file = File di registri
report-about-note = Un tentativo trovato in più file (lo stesso id globale) è contato una volta sola, dalla sua copia più completa. Gli allievi sono riconosciuti per nome, senza distinguere maiuscole e minuscole. Gli orari sono in UTC. Creato da `last-word report`; `--format csv` dà una riga per tentativo per un foglio di calcolo.

## last-word analyze --notes, e la barra di avanzamento della simulazione

mc-bar = simulazione [bar] [done]/[total] clienti (ancora [eta])
notes-none = Note per il facilitatore: nessuna. Aggiungi un blocco `facilitator` (scenarios/README.md spiega come).
notes-heading = Note per il facilitatore (solo per il facilitatore):
notes-time = Tempo lungo il percorso migliore: { $decisions } { $decisions ->
        [one] decisione
       *[other] decisioni
    } e il debriefing, { $sum } = { $total } minuti.
notes-off-path = Fuori dal percorso migliore:
notes-decision = [{ $node }] { $minutes } min: «{ $line }»
notes-model-answer = Risposta modello: risposta { $reply } ({ $points }): { $text }
notes-tempting = Tentazione: risposta { $reply } ({ $points }): { $text }
notes-other-best = (Per l'analisi la migliore qui è la risposta { $reply }; le note ne sostengono un'altra.)
notes-ask = Chiedi alla sala: { $question }

## La riga di comando: cosa richiede un argomento, o la finestra del gioco

translate-say-which = indica in quale lingua tradurre, ad es. last-word translate { $scenario } --lang it
no-game-window = Questa versione di Last Word non ha la finestra del gioco (è stata compilata senza la funzionalità `gui`). Gioca nel terminale con `last-word play <scenario>`; `last-word list` mostra gli scenari.
arg-not-a-reply = `{ $text }` non è il numero di una risposta; scrivi le risposte come numeri separati da virgole, ad es. 2,1,3, oppure "" per nessuna
arg-not-a-size = `{ $text }` non è una dimensione; scrivila come LARGHEZZAxALTEZZA, ad es. 1920x1080
arg-not-a-side = `{ $text }` non è una larghezza o un'altezza tra 320 e 8192
arg-not-an-address = `{ $text }` non è un indirizzo; scrivi l'indirizzo di questo computer sulla rete della sala, ad es. 192.168.1.5 oppure 192.168.1.5:8000
arg-not-a-date = `{ $text }` non è una data; scrivila come AAAA-MM-GG, ad es. 2026-03-01 (i giorni iniziano alle 00:00 UTC)
arg-not-a-day = `{ $text }` non è un giorno del calendario; controlla il mese e il giorno

## L'aiuto della riga di comando: le parole di clap. La riga d'uso, i nomi
## delle opzioni e dei valori (<SCENARIO>, [OPTIONS]) restano come si
## scrivono.

help-usage = Utilizzo:
help-heading-commands = Comandi
help-heading-arguments = Argomenti
help-heading-options = Opzioni
help-flag = Mostra l'aiuto
help-flag-summary = Mostra l'aiuto (di più con '--help')
help-flag-more = Mostra l'aiuto (un riepilogo con '-h')
help-version = Mostra la versione
help-about-help = Mostra questo messaggio o l'aiuto dei sottocomandi indicati
help-default = [predefinito: { $value }]
help-possible-values = [valori possibili: { $values }]
help-possible-values-heading = Valori possibili:

## Gli errori della riga di comando

clap-error = errore:
clap-tip = suggerimento:
clap-more = Per saperne di più, prova '{ $help }'.
clap-unknown-argument = argomento inatteso '{ $arg }'
clap-unknown-command = sottocomando non riconosciuto '{ $command }'
clap-missing = mancano questi argomenti obbligatori:{ $list }
clap-missing-command = '{ $command }' richiede un sottocomando, ma non ne è stato indicato nessuno
clap-commands-list = [sottocomandi: { $commands }]
clap-invalid-value = valore '{ $value }' non valido per '{ $arg }'
clap-value-required = '{ $arg }' richiede un valore, ma non ne è stato indicato nessuno
clap-no-equals = serve il segno di uguale per assegnare valori a '{ $arg }'
clap-too-many = valore inatteso '{ $value }' per '{ $arg }'; non ne erano previsti altri
clap-too-few = '{ $arg }' richiede { $expected } valori; { $count ->
        [one] ne è stato indicato solo { $actual }
       *[other] ne sono stati indicati solo { $actual }
    }
clap-wrong-count = '{ $arg }' richiede { $expected } valori, ma { $count ->
        [one] ne è stato indicato { $actual }
       *[other] ne sono stati indicati { $actual }
    }
clap-used-twice = l'argomento '{ $arg }' non si può usare più di una volta
clap-conflict = l'argomento '{ $arg }' non si può usare con{ $with ->
        [list] :{ $others }
        [one] {" "}'{ $others }'
       *[unknown] {" "}uno o più degli altri argomenti indicati
    }
clap-conflict-command = il sottocomando '{ $arg }' non si può usare con{ $with ->
        [list] :{ $others }
        [one] {" "}'{ $others }'
       *[unknown] {" "}uno o più degli altri argomenti indicati
    }
clap-similar-command = { $count ->
        [one] esiste un sottocomando simile
       *[other] esistono sottocomandi simili
    }: { $list }
clap-similar-argument = { $count ->
        [one] esiste un argomento simile
       *[other] esistono argomenti simili
    }: { $list }
clap-similar-value = { $count ->
        [one] esiste un valore simile
       *[other] esistono valori simili
    }: { $list }
clap-tip-pass-as-value = per passare '{ $arg }' come valore, usa '{ $use }'
clap-tip-exists = esiste '{ $arg }'
clap-tip-remove-dashes = il sottocomando '{ $command }' esiste; per usarlo, togli il '--' che lo precede

## L'aiuto della riga di comando: la descrizione di ogni comando e l'aiuto
## di ogni argomento.

help-about = Last Word: un gioco per la formazione al servizio clienti, e gli strumenti per scriverne gli scenari.
help-long-about =
    Last Word: un gioco per la formazione al servizio clienti, costruito su storie vere di pessimo servizio.

    Senza comando apre il gioco. I formatori scrivono gli scenari come file RON in scenarios/ (vedi scenarios/README.md); i comandi li controllano, li elencano, li analizzano e li fanno giocare nel terminale.
help-arg-dir = La cartella da cui si leggono gli scenari
help-arg-scenario = Apri subito questo scenario (il suo id)
help-arg-choices = Gioca subito queste risposte, ad es. `--choices 1,2`: numeri di risposta stabili (la posizione di ogni risposta nel file dello scenario, in qualunque ordine sia mostrata); `--choices ""` non ne gioca nessuna. Una conversazione che finisce prima dell'elenco si ferma lì, con una nota
help-arg-no-shuffle = Mostra le risposte nell'ordine del file invece che mescolate (solo in questa esecuzione; la schermata delle impostazioni ha l'interruttore permanente)
help-arg-screenshot = Salva un PNG della finestra quando la schermata si è stabilizzata, poi esci
help-arg-screen = La schermata da catturare con --screenshot: title, picker, settings, play (predefinita con --scenario), debrief, learners, progress, oppure una schermata del workshop: workshop (il proiettore), workshop-setup, standings, workshop-end (con --scenarios e --teams o --hands di `last-word workshop`, oppure con --scenario)
help-value-screen-workshop = Il proiettore del workshop: con --scenario, la sua prima decisione con il conteggio in diretta dei voti di telefoni simulati
help-value-screen-workshop-setup = La preparazione del workshop, precompilata come dicono le opzioni di `last-word workshop`
help-value-screen-standings = La classifica delle squadre dopo il primo scenario, con squadre simulate che votano (richiede `last-word workshop --teams`)
help-value-screen-workshop-end = La fine di un workshop giocato fino in fondo da telefoni simulati
help-arg-seed = Seme per la casualità del cliente
help-arg-window-size = La dimensione della finestra in pixel logici, ad es. `1920x1080`
help-arg-continuous = Disegna ogni fotogramma, anche quando non cambia nulla (per confronto nel benchmark a riposo)
help-arg-bench-idle = Misura il tempo fino al primo fotogramma interattivo e la CPU a riposo per questi secondi, stampali ed esci
help-arg-lang = La lingua in cui mostrare Last Word, in ogni comando: un codice come `it`, `lv`, `mn`, `hi`, `te` o `en` (predefinita: quella del sistema, da LC_ALL, LC_MESSAGES o LANG, altrimenti l'inglese). `play` e `analyze` vi mostrano anche i testi dello scenario, dal file di traduzione accanto; i testi non tradotti restano come scritti. La lingua non cambia nulla di ciò che viene registrato
help-about-validate = Controlla se i file di scenario contengono errori (esce con 0 se sono tutti validi, con 1 altrimenti)
help-arg-validate-paths = File di scenario o cartelle che li contengono
help-arg-validate-format = Formato dell'output
help-arg-validate-coverage = Con --format json: stampa un oggetto con `diagnostics` (l'array stampato senza questa opzione) e `translations`, la copertura di ogni traduzione
help-about-list = Elenca gli scenari trovati: id, titolo, difficoltà, minuti
help-arg-list-dir = La cartella in cui cercare
help-about-analyze = Mostra i finali di uno scenario, i punteggi e i percorsi migliori e peggiori (numeri di risposta stabili, che `play --choices` rigioca qualunque sia l'ordine mescolato); con --runs, gioca anche molti clienti simulati
help-arg-analyze-scenario = L'id di uno scenario (cercato in --dir) o il percorso di un file di scenario
help-arg-analyze-json = Stampa l'analisi come JSON
help-arg-analyze-dir = La cartella in cui si cercano gli id
help-arg-analyze-runs = Gioca questo numero di clienti con risposte a caso, e altrettanti lungo il percorso migliore, e riporta la distribuzione di punteggio, esito e denaro
help-arg-analyze-seed = Seme per --runs (lo stesso seme dà lo stesso report)
help-arg-analyze-notes = Aggiungi le note per il facilitatore: per ogni decisione la risposta modello, perché le risposte sbagliate tentano, la domanda per la sala e i minuti, poi il tempo previsto per la sessione
help-about-play = Gioca uno scenario nel terminale (registrato nei progressi dell'allievo)
help-arg-play-scenario = { help-arg-analyze-scenario }
help-arg-play-seed = Seme per la casualità del cliente (predefinito: uno nuovo ogni volta, stampato perché la partita si possa rigiocare)
help-arg-play-choices = Gioca queste risposte senza chiedere, ad es. `--choices 2,1,3`. Sono numeri di risposta stabili: la posizione di ogni risposta nel file dello scenario, in qualunque ordine sia mostrata, come `analyze` stampa i percorsi e come li dà la riga per rigiocare del debriefing. `--choices ""` non ne gioca nessuna. Se la conversazione finisce prima (il cliente se ne va, o si raggiunge un finale), le altre restano inutilizzate e una nota lo dice
help-arg-play-json = Stampa solo il debriefing, come JSON (richiede --choices fino a un finale)
help-arg-play-no-shuffle = Mostra le risposte nell'ordine del file invece che nell'ordine mescolato di questa partita (una partita ripresa mantiene l'ordine con cui è stata salvata)
help-arg-play-dir = { help-arg-analyze-dir }
help-arg-play-resume = Riprendi una sessione salvata all'uscita
help-arg-play-timed = Gioco a tempo: il tempo per pensare costa pazienza. Ogni momento ti dà 10 s più il tempo per leggerlo; ogni volta che scade prima che tu risponda, il cliente aspetta un altro minuto. Le risposte date con --choices non sono a tempo
help-arg-play-assess = Valutazione: trattieni il consiglio e i punti dei principi di ogni risposta fino al debriefing, che ripercorre ogni decisione accanto alla migliore risposta offerta. Una sessione ripresa mantiene la modalità con cui è stata salvata
help-arg-play-learner = L'allievo per cui si registra questa partita (creato se nuovo; ricordato per la volta successiva). Predefinito: l'ultimo, o uno con il tuo nome
help-arg-play-continue = Continua l'ultima conversazione non finita dell'allievo, registrata risposta per risposta, dal punto in cui si è fermata (anche dopo un crash)
help-about-translate = Scrivi il modello per tradurre uno scenario: ogni testo che mostra, con l'originale accanto, in `<id>.<lang>.ron` accanto allo scenario (`--lang` indica la lingua in cui tradurre: un codice come `it`, `lv`, `mn`, `hi`, `te` o `pt-BR`). Eseguito di nuovo su una traduzione esistente, mantiene ciò che è tradotto, aggiunge ciò che è nuovo e segna ciò che non è più aggiornato
help-arg-translate-scenario = { help-arg-analyze-scenario }
help-arg-translate-out = Scrivi qui invece che in `<id>.<lang>.ron` accanto allo scenario
help-arg-translate-dir = { help-arg-analyze-dir }
help-about-progress = I progressi di un allievo: per scenario i tentativi, il voto migliore e se è padroneggiato; per principio i punti guadagnati e l'andamento; i tentativi nel tempo; e cosa giocare dopo, e perché
help-arg-progress-learner = L'allievo (predefinito: l'ultimo che ha giocato)
help-arg-progress-json = Stampalo come JSON
help-arg-progress-dir = La libreria di scenari da cui sceglie il consiglio
help-about-pass-mark = Mostra o imposta la soglia che un tentativo finito deve raggiungere perché il suo scenario conti come padroneggiato (predefinita 80): per tutti gli scenari, o con --scenario per uno
help-arg-pass-mark-mark = La nuova soglia, da 0 a 100 (nessuna: mostra le soglie in vigore)
help-arg-pass-mark-scenario = Lo scenario a cui si applica la soglia (predefinito: tutti gli scenari senza una propria)
help-arg-pass-mark-clear = Togli la soglia propria dello scenario, così vale quella generale
help-arg-pass-mark-dir = La cartella con cui si confrontano gli id degli scenari
help-about-lrs = Il learning record store (xAPI) dell'organizzazione: configuralo, verifica la connessione, guarda e invia le dichiarazioni che lo aspettano
help-about-lrs-configure = Imposta l'LRS a cui si inviano le dichiarazioni, e come vi sono identificati gli allievi; `--off` ferma l'invio (le dichiarazioni aspettano nella coda d'invio)
help-arg-lrs-configure-endpoint = L'endpoint xAPI dell'LRS, l'indirizzo sotto cui si pubblicano le dichiarazioni, ad es. https://lrs.example.org/xAPI/
help-arg-lrs-configure-key = La chiave (nome utente) che l'LRS ha dato a Last Word
help-arg-lrs-configure-secret = Il segreto (password) che va con la chiave
help-arg-lrs-configure-account-home-page = Identifica gli allievi con un account su questa home page (il predefinito, su urn:last-word:learners)
help-arg-lrs-configure-mbox-domain = Identifica gli allievi con un indirizzo email in questo dominio (mailto:nome.cognome@DOMINIO)
help-arg-lrs-configure-off = Dimentica l'LRS: non si invia nulla finché non se ne configura di nuovo uno
help-about-lrs-status = L'LRS configurato, e le dichiarazioni in attesa, inviate e rifiutate (con i messaggi dell'LRS)
help-about-lrs-test = Verifica la connessione all'LRS, senza scrivere nulla, e di' cosa non va se non riesce
help-about-lrs-sync = Invia subito le dichiarazioni in attesa, con una barra di avanzamento (esce con 1 se ne restano in attesa perché l'LRS non ha risposto)
help-about-report = Un report per i responsabili: per allievo, per scenario, per principio, e la quota di risposte che ha scelto ogni opzione a ogni punto di decisione. Unisce file di registri raccolti da più computer, contando ogni tentativo una volta sola; non ci scrive mai
help-arg-report-databases = File di registri (records.sqlite3) su cui fare il report, ad es. copiati dai portatili dell'inserimento. Predefinito: quello di questo computer
help-arg-report-format = text, csv (una riga per tentativo) o html (una pagina autonoma). Predefinito: dall'estensione di --out (.csv, .html, .htm), altrimenti text
help-arg-report-since = Solo i tentativi iniziati in questo giorno o dopo (AAAA-MM-GG, UTC)
help-arg-report-out = Scrivi il report in questo file invece di stamparlo
help-arg-report-dir = La libreria di scenari, per i titoli, le battute del cliente, le risposte che nessuno ha scelto e la risposta migliore (predefinita: scenarios/ se c'è)
help-about-workshops = I workshop salvati con i registri, dal più recente; `workshops export` ne scrive uno come CSV (una riga per decisione) o come una pagina HTML
help-arg-workshops-json = Stampa l'elenco come JSON
help-about-workshops-export = Scrivi un workshop come CSV o come una pagina HTML autonoma
help-arg-workshops-export-workshop = L'id del workshop (o i suoi primi caratteri), oppure `latest`
help-arg-workshops-export-format = csv (una riga per decisione) o html (una pagina da inviare per email). Predefinito: dall'estensione di --out (.csv, .html, .htm)
help-arg-workshops-export-out = Scrivi in questo file (sostituito per intero) invece di stampare
help-about-workshop = Conduci un workshop: il gioco si apre sulla preparazione del workshop (precompilata da queste opzioni), che un facilitatore conduce sul proiettore mentre la sala vota dai telefoni
help-arg-workshop-scenarios = Gli scenari da giocare, in ordine (id), ad es. `--scenarios a,b,c`
help-arg-workshop-teams = Gioca a squadre con questi nomi, ad es. `--teams Rossi,Blu` (da 2 a 8)
help-arg-workshop-hands = Niente telefoni: il facilitatore inserisce il voto per alzata di mano
help-arg-workshop-bind = Dove ascolta il server dei telefoni: un indirizzo (porta 8421) o INDIRIZZO:PORTA. Predefinito: l'indirizzo di questo computer sulla rete locale
help-arg-workshop-open = Salta la preparazione: inizia subito e apri il voto della prima decisione (richiede --scenarios; per una prova, e il benchmark a riposo)
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

## I principi forniti in scenarios/principles.ron: nome e sintesi di
## ciascuno, per id.

principle-name-flexible-policy = Regole flessibili e umane
principle-about-flexible-policy = Le regole non sono uno scherzo. Mantieni quelle che proteggono sia l'azienda sia il cliente, e piegale quando danneggiano il rapporto.
principle-name-say-what-you-can-do = Di' cosa puoi fare, non qual è la procedura
principle-about-say-what-you-can-do = I clienti vogliono sentire cosa puoi fare per loro, non cosa devono fare loro per te.
principle-name-own-hard-questions = Fatti carico delle domande difficili
principle-about-own-hard-questions = Sii pronto ad aiutare qualunque sia la complessità; raggiungi chi sa rispondere, fino ai progettisti del prodotto o all'amministratore delegato.
principle-name-efficient-systems = Sistemi efficienti, niente vendite aggiuntive mentre aspettano
principle-about-efficient-systems = Sistemi e procedure devono rendere rapido fare affari con te; non proporre altro a un cliente che l'attesa ha già irritato.
principle-name-respect-privacy = Personalizza senza essere invadente
principle-about-respect-privacy = Usa ciò che sai per servire il cliente, mai per metterlo a disagio; proteggi i suoi dati.
principle-name-be-reachable = Fatti raggiungere da una persona
principle-about-be-reachable = Fatti trovare dove i clienti ti cercano: telefono, e-mail, social media, una persona con cui parlare.
principle-name-no-last-word = Non fargli notare l'errore; non avere l'ultima parola
principle-about-no-last-word = Una volta risolto il problema, fermati. Vincere la discussione fa perdere il cliente.
principle-name-fix-fast = Rimedia subito, senza interrogatori
principle-about-fix-fast = Quando la colpa è tua, rimedia in fretta e senza fastidi, senza sottoporre il cliente a un interrogatorio.
principle-name-respond-quickly = Rispondi in fretta
principle-about-respond-quickly = Abbastanza personale in sala, alla cassa e al telefono; una gestione rapida impedisce ai reclami di degenerare.
principle-name-know-the-product = Conosci il prodotto
principle-about-know-the-product = Un personale cortese, competente e ben formato è il volto e la voce pubblica dell'azienda.
principle-name-keep-your-word = Mantieni la parola data
principle-about-keep-your-word = Non promettere ciò che non puoi mantenere, nemmeno quando la promessa farebbe vendere; sii onesto su ciò che puoi fare.
principle-name-listen = Ascolta, e cambia ciò che ai clienti non piace
principle-about-listen = Capisci cosa vuole davvero il cliente, e sii pronto a fare marcia indietro su ciò che non piace a molti clienti.
principle-name-make-it-right = Rimborsa e risarcisci
principle-about-make-it-right = Le scuse vanno accompagnate dai soldi: rimborsa, risarcisci, copri i costi che hai causato, il più in fretta possibile.
principle-name-greet = Saluta il cliente
principle-about-greet = Un cliente salutato subito si sente ben disposto; uno ignorato si prepara a un cattivo servizio.
principle-name-quality-at-speed = Mantieni la qualità anche andando veloce
principle-about-quality-at-speed = La velocità non deve costare qualità; un prodotto scadente costa più in reclami e resi di quanto abbia fatto risparmiare.
principle-name-set-a-limit = Metti un limite, poi aiuta
principle-about-set-a-limit = Quando un cliente diventa offensivo, di' con calma cosa non accetti e, nello stesso momento, cosa farai per lui. Non cedere, e non rispondere per le rime.
principle-name-read-the-context = Leggi il contesto
principle-about-read-the-context = Il buon servizio è negli occhi del cliente; capisci per cosa è venuto prima di applicare una regola.

## last-word play: cosa ferma una partita, e cosa non ha potuto registrare

play-nobody-yet = nessuno ha ancora giocato; comincia con: last-word play <scenario>
play-nothing-to-continue = { $learner } non ha nessuna conversazione da continuare; iniziane una con: last-word play <scenario>
play-cannot-read-saved = impossibile leggere la sessione salvata { $path }: { $reason }
play-cannot-resume = impossibile riprendere { $path }: { $reason }
play-choice-failed = scelta { $index }: { $reason }
play-not-recorded = attenzione: questa partita non viene registrata: { $reason }
play-statements-wait = { $count ->
        [one] 1 dichiarazione xAPI aspetta
       *[other] { $count } dichiarazioni xAPI aspettano
    } l'LRS ({ $problem }); verranno inviate la prossima volta, o subito con `last-word lrs sync`
choice-ended = la conversazione è già finita
choice-not-available = la risposta { $number } non è disponibile in `{ $node }`; le risposte qui sono { $available }
restore-wrong-scenario = la sessione salvata è per `{ $saved }`, non per `{ $given }`
restore-scenario-changed = lo scenario è cambiato da quando la sessione è stata salvata, quindi non si può rigiocare esattamente
restore-replay = le risposte salvate non corrispondono più: { $reason }
resume-finished = il tentativo { $attempt } è già finito; iniziane uno nuovo
resume-scenario-changed = lo scenario `{ $scenario }` è stato modificato dopo l'inizio di questo tentativo, quindi le sue risposte non si possono rigiocare; il tentativo resta nella tua cronologia, ricomincia lo scenario da capo
resume-wrong-scenario = il tentativo è per `{ $recorded }`, non per `{ $given }`
resume-replay = le risposte registrate non corrispondono più: { $reason }
