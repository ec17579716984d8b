# Il terminale (last-word play) e i riepiloghi degli strumenti per i
# formatori (src/cli/). Riferimento: ../en/terminal.ftl.

language-unknown = nota: Last Word non parla ancora `{ $asked }`, quindi resta in inglese (parla { $known }).

## Un momento della conversazione

mood-clock = Umore { $bar }   Orologio { $clock }
at-stake = In gioco: { $yearly } all'anno; { $loyal } in { $years } anni se resta fedele, { $now } attesi con questo umore
based-on = Tratto da: { $source }
seed-note = Seme { $seed } (rigioca lo stesso cliente con --seed { $seed }).
you-said-line = Tu: «{ $reply }»
mood-moved = Umore { $before } { $band-before } -> { $after } { $band-after } ({ $moved }), passati { $minutes }
what-happened = Cosa è successo: { $happened }
coaching = Consiglio: { $text }
principles = Principi: { $list }
principles-repeat = Principi: { $list } (già scelta prima: niente punti questa volta)
walks-out = Il cliente ne ha abbastanza e se ne va.
timed-intro = Gioco a tempo: il prompt mostra quanto tempo hai per rispondere. Ogni volta che scade, il cliente aspetta { $more } (pazienza { $patience } punti d'umore al minuto).
kept-waiting = Hai impiegato { $seconds } s: il cliente ha aspettato { $more }. Umore { $before } { $band-before } -> { $after } { $band-after }.
tired-of-waiting = Stanco di aspettare una risposta, il cliente se ne va.
more-minutes = { $count ->
        [one] { $minutes } minuto in più
       *[other] { $minutes } minuti in più
    }
left-before-a-word = Il cliente ha perso la pazienza e se n'è andato prima che potessi dire una parola.
not-translated = (Non ancora tradotto, mostrato com'è scritto: { $parts }.)
not-translated-narration = la narrazione
not-translated-line = la battuta di { $customer }
not-translated-replies = { $count ->
        [one] la risposta { $numbers }
       *[other] le risposte { $numbers }
    }

## Il prompt e le risposte non valide

prompt = La tua risposta ({ $numbers }; q per salvare e uscire):{" "}
prompt-timed = La tua risposta ({ $numbers }; { $seconds } s prima che il cliente si spazientisca; q per salvare e uscire):{" "}
type-one-of = { $error }. Scrivi uno tra: { $numbers }.
no-such-reply = Qui non c'è una risposta { $n }. Scrivi uno tra: { $numbers }.
type-a-number = Scrivi il numero della tua risposta: { $numbers }.
not-a-number = «{ $answer }» non è il numero di una risposta. Scrivi uno tra: { $numbers }, oppure q per salvare e uscire.

## Il debriefing

debrief-title = == Debriefing: { $title } ==
ending = Finale: { $outcome }. { $text }
score = Punteggio: { $score }/100, voto { $grade } (punti dei principi { $raw }; massimo possibile { $best }, minimo { $worst })
principles-heading = Principi
column-you = tu
column-best = migliore
mood-across = L'umore nel corso della conversazione:
lesson = La lezione
for-discussion = Da discutere
money-explained = Il denaro, spiegato
your-replies = Le tue risposte
no-replies = Nessuna: il cliente se n'è andato prima che parlassi.
best-path = Il percorso migliore
best-path-none = Nessuna.
replay-yours = Rigioca il tuo: last-word play { $scenario } --seed { $seed } --choices { $choices }
replay-best = Rigioca il percorso migliore: last-word play { $scenario } --choices { $choices }
you-said = Hai detto
best-reply = Risposta migliore

## last-word play

continued-after = == { $title } == (ripresa dopo la risposta { $reply })
continue-hint = Oppure continua la conversazione di { $learner } con: last-word play --continue
recorded-for = Registrato per { $learner }; vedi i progressi con: last-word progress
saved-resume = Salvato. Riprendi con: last-word play --resume { $path }{ $hint }
input-ended = errore: l'input è finito prima della conversazione; la sessione è salvata, riprendi con: last-word play --resume { $path }{ $hint }
choices-ran-out = errore: le scelte sono finite a `{ $node }` prima di un finale; aggiungi a --choices una delle risposte { $numbers }
note = Nota: { $note }.

## last-word validate e list

validate-summary = { $files ->
        [one] controllato 1 file di scenario
       *[other] controllati { $files } file di scenario
    }{ $translations ->
        [0] {""}
        [one] {" "}e 1 traduzione
       *[other] {" "}e { $translations } traduzioni
    }: { $valid } { $valid ->
        [one] valido
       *[other] validi
    }, { $errors } { $errors ->
        [one] errore
       *[other] errori
    }, { $warnings } { $warnings ->
        [one] avviso
       *[other] avvisi
    }
coverage-heading = traduzioni:
coverage-missing = { $count ->
        [one] 1 mancante
       *[other] { $count } mancanti
    }
coverage-stale = { $count ->
        [one] 1 non aggiornata
       *[other] { $count } non aggiornate
    }
coverage-extra = { $count ->
        [one] 1 in più
       *[other] { $count } in più
    }
list-broken = { $count ->
        [one] 1 file di scenario
       *[other] { $count } file di scenario
    } in { $dir } non si { $count ->
        [one] è potuto
       *[other] sono potuti
    } caricare; esegui `last-word validate { $dir }` per vedere perché
list-none = nessuno scenario trovato in { $dir }

## last-word analyze

analyze-counts = { $nodes } { $nodes ->
        [one] nodo
       *[other] nodi
    } ({ $reachable } raggiungibili), { $replies } { $replies ->
        [one] risposta
       *[other] risposte
    }, { $endings } { $endings ->
        [one] finale
       *[other] finali
    }
analyze-paths = percorsi: { $exact ->
        [yes] { $count }
       *[no] almeno { $count }
    } partite distinte{ $loops ->
        [yes] {" "}che non passano due volte dallo stesso nodo (lo scenario ha dei cicli)
       *[no] {""}
    }
analyze-endings = Finali:
ending-reachable = raggiungibile
ending-unreachable = IRRAGGIUNGIBILE
analyze-best = Punteggio migliore: { $score } (risposte { $replies }, finale `{ $ending }`)
analyze-worst = Punteggio peggiore: { $score } (risposte { $replies }, finale `{ $ending }`)
analyze-step = risposta { $reply } ({ $points }): { $text }
analyze-footer = Una risposta dà punti la prima volta che viene scelta; gioca un percorso con `last-word play { $id } --choices <risposte>`.
analyze-reply-numbers = I numeri delle risposte sono le loro posizioni nel file, in qualunque ordine una partita le mostri.
mc-heading = Clienti simulati ({ $runs } per strategia, seme { $seed }):
mc-random = Risposte a caso
mc-best = Percorso migliore
mc-score = punteggio: media { $mean }, mediana { $median }, 10%–90% { $p10 }–{ $p90 }, intervallo { $min }–{ $max }
mc-outcomes = esiti: { $list }
mc-walked-out = se ne sono andati: { $share }
mc-lost = perso per cliente, rispetto al suo valore all'arrivo: media { $mean }, mediana { $median }, 10%–90% { $p10 }–{ $p90 }
mc-kept = valore trattenuto per cliente: media { $mean }

## last-word progress

progress-nobody = Nessuno ha ancora giocato. Comincia con: last-word play <scenario>
progress-of = Progressi di { $learner }
progress-no-attempts = Ancora nessun tentativo. Comincia con: last-word play <scenario>
progress-scenarios = Scenari giocati ({ $mastered } su { $played } padroneggiati)
progress-best = migliore { $score } ({ $grade })
progress-not-finished = non ancora finito
progress-mastered = padroneggiato (soglia { $mark })
progress-not-mastered = non padroneggiato (soglia { $mark })
progress-attempts = { $attempts } { $attempts ->
        [one] tentativo
       *[other] tentativi
    } ({ $finished } finiti)
progress-principles = Principi (punti guadagnati sui punti dei percorsi migliori, tentativi finiti; l'andamento confronta la prima metà dei tentativi con la seconda)
progress-earned-of = { $earned } su { $best }
progress-trend = { $trend } ({ $earlier } poi { $later })
progress-history = Tentativi nel tempo ({ $count } finiti, dal più vecchio)
progress-unfinished = Non finito: { $scenario } dopo { $replies } { $replies ->
        [one] risposta
       *[other] risposte
    }; continua con: last-word play --continue
progress-next = Prossimo: { $title }; giocalo con: last-word play { $scenario }
