# I messaggi del validatore sui file di scenario, di traduzione e dei principi.
# Codici (`unknown-target`), id, nomi dei campi e dei file restano come sono scritti.

diag-unreadable-file = impossibile leggere questo file: { $error }
diag-unreadable-file-hint = controlla il percorso e di avere il permesso di leggere il file
diag-too-large = questo file è di { $bytes } byte; i file di scenario hanno un limite di { $limit } byte (1 MiB)
diag-too-large-hint = dividi lo scenario in scenari più piccoli, o controlla che sia il file giusto
diag-not-utf8 = questo file non è testo UTF-8 (byte non valido alla posizione { $offset })
diag-not-utf8-hint = salva il file come UTF-8 nel tuo editor
diag-unwritable = lo scenario non si può scrivere in RON: { $error }
diag-unwritable-hint = controlla i numeri dello scenario: RON non può contenere ogni valore
diag-principles-shape = un file dei principi contiene un elenco di principi
diag-principles-shape-hint = scrivi `[ (id: "fix-fast", name: "...", summary: "..."), ... ]`
diag-unreadable-folder = impossibile leggere questa cartella: { $error }
diag-unreadable-folder-hint = controlla il percorso e i suoi permessi
diag-not-found = file o cartella inesistente
diag-not-found-hint = indica un file di scenario (`scenarios/coffee-dry-cappuccino.ron`) o una cartella di scenari (`scenarios/`)
diag-duplicate-scenario-id = l'id di scenario `{ $id }` è già usato da { $file }
diag-duplicate-scenario-id-hint = dai a ogni scenario un id tutto suo; giocatori e script scelgono gli scenari per id
diag-scenario-shape = un file di scenario contiene un solo `Scenario( ... )` con campi nominati
diag-scenario-shape-hint = inizia il file con `Scenario(` e scrivi i campi come `id: "my-scenario",`
diag-did-you-mean = forse intendevi `{ $near }`?
diag-scenario-fields = i campi di uno scenario sono: { $fields }
diag-unknown-scenario-field = uno scenario non ha il campo `{ $field }`
diag-missing-field = nello scenario manca `{ $field }`
diag-missing-field-hint = aggiungi `{ $field }: ...` (scenarios/README.md spiega cosa contiene)
diag-expected-list = qui ci vuole un elenco ({ $what }) in `[ ... ]`
diag-expected-list-hint = scrivi gli elementi tra parentesi quadre, separati da virgole
diag-missing-struct-field-in = manca il campo `{ $field }` ({ $what })
diag-missing-struct-field = manca il campo `{ $field }` ({ $what })
diag-missing-struct-field-hint = aggiungi `{ $field }: ...`; scenarios/README.md elenca tutti i campi
diag-fields-here = i campi qui sono: { $fields }
diag-no-such-field-in = il campo `{ $field }` non esiste ({ $what })
diag-no-such-field = il campo `{ $field }` non esiste ({ $what })
diag-did-you-mean-choices = forse intendevi `{ $near }`? Le scelte possibili sono: { $choices }
diag-choices = le scelte possibili sono: { $choices }
diag-no-such-choice = `{ $found }` non è una delle scelte possibili qui
diag-duplicate-field = il campo `{ $field }` è scritto due volte
diag-duplicate-field-hint = tienine uno solo
diag-unexpected-text = { $what }: testo inatteso qui
diag-unexpected-text-hint = un campo che conta cose intere (minuti di gioco, horizon_years, talks_to, pesi dei principi) vuole un numero intero come 5, non 5.5; altrimenti cerca una virgola mancante
diag-integer-out-of-bounds = { $what }: questo numero è fuori dall'intervallo del suo campo
diag-integer-out-of-bounds-hint = conteggi come talks_to, minuti di gioco e pesi non possono essere negativi o enormi; vedi gli intervalli in scenarios/README.md
diag-expected-string = { $what }: ci vuole un testo tra virgolette doppie
diag-expected-string-hint = scrivi testi e id tra virgolette doppie, per esempio "fix-fast"
diag-expected-number = { $what }: ci vuole un numero
diag-expected-number-hint = scrivi un numero senza virgolette, per esempio 12 o 2.5
diag-ron-other = { $what }: { $error }
diag-ron-other-hint = confronta con scenarios/coffee-dry-cappuccino.ron, un esempio completo

## What a message is about (a `what` the core names in English).

diag-what-principle = principio
diag-what-the-scenario-id = id dello scenario
diag-what-the-title = titolo
diag-what-the-source-story = storia di origine
diag-what-the-setting = ambientazione
diag-what-the-difficulty = difficoltà
diag-what-the-minutes = minuti
diag-what-the-lesson = lezione
diag-what-the-customer = cliente
diag-what-the-start-node-id = id del nodo iniziale
diag-what-the-debrief = debriefing
diag-what-a-node = nodo
diag-what-an-ending = finale
diag-what-the-tags = etichette
diag-what-the-walk-out-ending = finale di abbandono
diag-what-the-economics = economia
diag-what-the-facilitator-s-notes = note del facilitatore
diag-what-node = nodo
diag-what-reply = risposta
diag-what-ending = finale
diag-what-customer = cliente
diag-what-economics = economia
diag-what-feedback = feedback
diag-what-debrief = debriefing
diag-what-facilitator = note del facilitatore

## Scenario checks.

diag-read-by-players = lo leggono i giocatori
diag-read-by-facilitator = lo legge il facilitatore
diag-empty-text = { $what }: testo vuoto
diag-empty-text-hint = scrivi il testo ({ $what }); { $readers }
diag-out-of-range = { $what }: { $value } è fuori da { $low }..={ $high }
diag-out-of-range-hint = usa un valore da { $low } a { $high }
diag-low-end = estremo inferiore ({ $what })
diag-high-end = estremo superiore ({ $what })
diag-range-reversed = { $what }: l'intervallo va da { $low } in giù fino a { $high }
diag-range-reversed-hint = scrivi prima l'estremo inferiore: ({ $high }, { $low })
diag-bad-id = { $what }: `{ $id }` non è un id utilizzabile
diag-bad-id-hint = gli id usano lettere, cifre, `-` e `_`, per esempio `remake-the-drink`
diag-id-of = id ({ $what })
diag-play-minutes = uno scenario di { $minutes } minuti è fuori da 1..=240
diag-play-minutes-hint = stima i minuti che servono a un partecipante per giocarlo, da 1 a 240
diag-no-questions = il debriefing non ha domande di discussione
diag-no-questions-hint = aggiungi almeno una domanda da discutere in un workshop
diag-horizon = un orizzonte di { $years } anni è fuori da 1..=50
diag-horizon-hint = conta da 1 a 50 anni del futuro del cliente
diag-duplicate-id = l'id `{ $id }` è usato due volte
diag-duplicate-id-hint = è usato la prima volta alla riga { $line }; nodi e finali condividono gli stessi id, quindi rinominane uno
diag-no-nodes = lo scenario non ha nodi
diag-no-nodes-hint = aggiungi almeno un nodo: la prima battuta del cliente e le risposte del giocatore
diag-no-endings = lo scenario non ha finali
diag-no-endings-hint = aggiungi dei finali, per esempio uno in cui il cliente resta e uno in cui se ne va
diag-start-is-ending = la conversazione inizia da `{ $id }`, che è un finale
diag-start-is-ending-hint = inizia da un nodo, dove il cliente parla per primo
diag-name-start = indica l'id del nodo da cui inizia la conversazione
diag-unknown-start = il nodo iniziale `{ $id }` non esiste
diag-name-node = indica un nodo di questo scenario
diag-condition-not-node = la condizione nomina `{ $id }`, che non è un nodo
diag-no-replies = il nodo `{ $id }` non ha risposte e non è un finale
diag-no-replies-hint = dai al giocatore qualcosa da dire qui oppure, se la conversazione finisce qui, spostalo in `endings` con un esito
diag-no-open-reply = tutte le risposte del nodo `{ $id }` hanno una condizione
diag-no-open-reply-hint = lascia almeno una risposta senza `when:`, così il giocatore ha sempre qualcosa da dire
diag-missing-feedback = la risposta { $reply } del nodo `{ $node }` non ha feedback ({ $what })
diag-missing-feedback-hint = aggiungi `feedback: (happened: "...", coaching: "...")`; da questo ({ $what }) il partecipante impara
diag-unknown-principle = `{ $id }` non è un principio noto
diag-unknown-principle-hint = usa un principio di { $origin }, o aggiungi lì questo
diag-bad-weight = il peso di `{ $id }` è { $weight }
diag-bad-weight-hint = i pesi vanno da -5 (lo viola gravemente) a 5 (lo rispetta pienamente) e non sono mai 0
diag-name-node-or-ending = indica un nodo o un finale di questo scenario
diag-unknown-next = la risposta { $reply } del nodo `{ $node }` porta a `{ $id }`, che non è né un nodo né un finale
diag-duplicate-principle = la risposta { $reply } del nodo `{ $node }` pesa due volte il principio `{ $id }`
diag-duplicate-principle-hint = tieni un solo peso per principio; conterebbe solo l'ultimo
diag-name-ending = indica uno dei finali di questo scenario
diag-unknown-walk-out = il finale di abbandono `{ $id }` non è un finale
diag-bad-walk-out = il finale di abbandono `{ $id }` trattiene il cliente
diag-bad-walk-out-hint = un cliente che se ne va è perso: indica un finale con esito `Lost` o `LostAndTelling`
diag-no-walk-out = nessun finale dice cosa succede quando il cliente se ne va
diag-no-walk-out-hint = aggiungi un finale con esito `Lost` o `LostAndTelling`, o indicane uno con `walk_out: "..."`
diag-unreachable-node = nessun percorso dall'inizio raggiunge il nodo `{ $id }`
diag-unreachable-node-hint = fai puntare qui il `next` di una risposta, o elimina il nodo
diag-dead-end = dal nodo `{ $id }` non si raggiunge nessun finale
diag-dead-end-hint = dai a una delle risposte qui, o dei nodi a cui porta, un `next` che sia un finale
diag-unreachable-ending = nessun percorso dall'inizio raggiunge il finale `{ $id }`
diag-unreachable-ending-hint = fai puntare qui il `next` di una risposta, o elimina il finale
diag-loop-too-many-replies = il ciclo che passa da `{ $id }` ({ $nodes } nodi) contiene { $scored } risposte con punteggio; se ne possono analizzare esattamente al massimo { $max }
diag-loop-too-large = il ciclo che passa da `{ $id }` ({ $nodes } nodi, { $scored } risposte con punteggio, con ingressi da molti punti) è troppo grande per un'analisi esatta
diag-loop-hint = spezza il ciclo: fai sì che alcune risposte portino avanti la conversazione invece che indietro
diag-no-start = la conversazione non ha un nodo iniziale da cui analizzarla
diag-cannot-finish-hint = dai a una delle risposte qui un `next` che sia un finale
diag-duplicate-principle-definition = il principio `{ $id }` è definito due volte
diag-duplicate-principle-definition-hint = è definito la prima volta come elemento { $item }; tienine uno

## Facilitator notes.

diag-no-facilitator-notes = lo scenario `{ $id }` non ha note per il facilitatore
diag-no-facilitator-notes-hint = aggiungi { $example } dopo il debriefing; scenarios/README.md mostra un esempio completo
diag-empty-tempting = la nota sul perché la risposta { $reply } è allettante è vuota
diag-empty-tempting-hint = scrivi perché la sala potrebbe sceglierla e perché non funziona; la legge il facilitatore
diag-notes-for-ending = le note sono per `{ $id }`, che è un finale, non una decisione
diag-notes-for-ending-hint = scrivi note per i nodi, dove la sala sceglie una risposta; la storia del finale va nel riepilogo
diag-notes-unknown-node = le note sono per il nodo `{ $id }`, che non esiste
diag-unknown-reply = il nodo `{ $id }` non ha una risposta { $reply }
diag-unknown-reply-hint = il nodo `{ $id }` offre le risposte da 1 a { $count }: i numeri sono posizioni nella sua lista `replies`, contando da 1
diag-model-answer-not-best = la risposta modello a `{ $id }` è la { $model }, ma la migliore secondo l'analisi è la { $best }
diag-model-answer-not-best-hint = da qui la risposta { $model } porta al massimo a { $model-points } punti e la risposta { $best } a { $best-points }; indica la risposta { $best } oppure, se la migliore deve essere la { $model }, cambia i pesi dei principi (`last-word analyze` mostra i percorsi)
diag-missing-decision-notes = le note del facilitatore saltano `{ $id }`, una decisione sul percorso migliore
diag-missing-decision-notes-hint = aggiungi `"{ $id }": (model_answer: { $reply }, why: "...", minutes: 3)` a `facilitator.decisions`
diag-duplicate-notes = le note del facilitatore contengono due volte `{ $id }` ({ $what })
diag-duplicate-notes-hint = unisci le due note in una; conterebbe solo l'ultima
diag-minutes-out-of-range = { $what }: { $value } è fuori da { $low }..={ $high }
diag-minutes-out-of-range-hint = proponi minuti interi da { $low } a { $high }

## Translation files.

diag-translation-did-you-mean = forse intendevi `{ $near }`? Chiama il file `{ $near }.{ $lang }.ron`
diag-translation-name-file = chiama il file `<id dello scenario>.<lingua>.ron`, accanto allo scenario
diag-translation-no-scenario = questa traduzione è di `{ $id }`, e qui non c'è nessuno scenario con quell'id
diag-unknown-language = `{ $lang }` non è un tag di lingua che Last Word conosce
diag-unknown-language-hint = chiama il file `<id dello scenario>.<lingua>.ron` con un tag BCP 47: `it`, `lv`, `mn`, `hi`, `te`, `pt-BR`
diag-translation-holds-scenario = questo file ha il nome di una traduzione (`<id>.<lingua>.ron`) ma contiene uno scenario
diag-translation-holds-scenario-hint = il nome di un file di scenario non ha punti prima di `.ron`: rinominalo, per esempio `my-scenario.ron`
diag-not-a-translation = questa non è una traduzione
diag-not-a-translation-hint = un file di traduzione contiene { $example }; `last-word translate <ID> --lang <LANG>` ne scrive uno
diag-translation-key = una chiave è l'id di un testo tra virgolette doppie
diag-translation-key-hint = scrivi le chiavi come `"node.checkout.line"`; `last-word translate` scrive tutte le chiavi
diag-duplicate-entry = `{ $key }` è tradotto due volte (la prima alla riga { $line })
diag-duplicate-entry-hint = tieni una sola delle due voci
diag-translation-entry = la voce per `{ $key }` non è `(text: "...", from: "...")`
diag-translation-entry-hint = scrivi la traduzione in `text` e lascia l'impronta `from` scritta da `last-word translate`
diag-translation-missing = `{ $key }` non è tradotto; si gioca nella lingua originale
diag-translation-missing-hint = aggiungi `"{ $key }": (text: "...", from: "{ $from }")`, o esegui `last-word translate { $id } --lang { $lang }` per aggiungere tutte le voci mancanti
diag-translation-extra = `{ $key }` non è un testo di `{ $id }`
diag-translation-extra-hint = `{ $id }` non ha questo testo; elimina la voce
diag-translation-empty = `{ $key }` non è ancora tradotto; si gioca nella lingua originale
diag-translation-empty-hint = scrivi la traduzione in `text`
diag-translation-stale = l'originale di `{ $key }` è cambiato dopo la traduzione; si gioca nella lingua originale finché la traduzione non viene aggiornata
diag-translation-stale-hint = ora l'originale dice: "{ $original }"; aggiorna `text`, poi imposta `from: "{ $from }"` (o esegui di nuovo `last-word translate`, che la segnala)

## More of what a message is about.

diag-what-a-tag = etichetta
diag-what-the-debrief-s-lesson = lezione del debriefing
diag-what-the-debrief-s-money-explanation = spiegazione economica del debriefing
diag-what-a-discussion-question = domanda di discussione
diag-what-the-margin = margine
diag-what-the-discount-rate = tasso di sconto
diag-what-the-customer-s-name = nome del cliente
diag-what-the-customer-s-description = descrizione del cliente
diag-what-the-starting-mood = umore iniziale
diag-what-the-patience-mood-lost-per-minute-of-waiting = pazienza (umore perso per minuto di attesa)
diag-what-the-spend-per-visit = spesa per visita
diag-what-the-visits-per-year = visite all'anno
diag-what-the-people-they-talk-to = persone a cui ne parla
diag-what-the-mood-in-this-condition = umore in questa condizione
diag-what-the-customer-s-line = battuta del cliente
diag-what-the-minutes-that-pass = minuti che passano
diag-what-a-mood-line = battuta d'umore
diag-what-the-reply-s-text = testo della risposta
diag-what-the-mood-change = variazione d'umore
diag-what-the-spread = passaparola
diag-what-what-happened = cosa è successo
diag-what-the-coaching = consiglio
diag-what-the-ending-s-text = testo del finale
diag-what-the-principle-id = id del principio
diag-what-the-principle-s-name = nome del principio
diag-what-the-principle-s-summary = sintesi del principio
diag-what-the-facilitator-s-summary = riepilogo del facilitatore
diag-what-the-debrief-s-minutes = minuti del debriefing
diag-what-decision = decisione
diag-what-tempting-reply = risposta allettante
diag-what-the-reason-for-the-model-answer = motivo della risposta modello
diag-what-the-question-for-the-room = domanda per la sala
diag-what-the-decision-s-minutes = minuti della decisione
