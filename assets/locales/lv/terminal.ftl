# Terminālis (last-word play) un apmācītāju rīku kopsavilkumi (src/cli/).
# Atsauce: ../en/terminal.ftl.

language-unknown = piezīme: Last Word vēl nerunā `{ $asked }`, tāpēc paliek angliski (tas runā { $known }).

## Sarunas brīdis

mood-clock = Noskaņojums { $bar }   Pulkstenis { $clock }
at-stake = Uz spēles: { $yearly } gadā; { $loyal } { $years } gados, ja paliek lojāls, { $now } sagaidāms šajā noskaņojumā
based-on = Pamatā: { $source }
seed-note = Sēkla { $seed } (to pašu klientu atkārto ar --seed { $seed }).
you-said-line = Tu: “{ $reply }”
mood-moved = Noskaņojums { $before } { $band-before } -> { $after } { $band-after } ({ $moved }), pagāja { $minutes }
what-happened = Kas notika: { $happened }
coaching = Padoms: { $text }
principles = Principi: { $list }
principles-repeat = Principi: { $list } (jau izvēlēts iepriekš: šoreiz bez punktiem)
walks-out = Klientam pietiek, un viņš aiziet.
timed-intro = Spēle uz laiku: uzvedne rāda, cik ilgi tev ir laiks atbildēt. Katru reizi, kad tas beidzas, klients gaida { $more } (pacietība { $patience } noskaņojuma punkti minūtē).
kept-waiting = Tev vajadzēja { $seconds } s: klients gaidīja { $more }. Noskaņojums { $before } { $band-before } -> { $after } { $band-after }.
tired-of-waiting = Noguris gaidīt atbildi, klients aiziet.
more-minutes = vēl { $minutes } { $count ->
        [one] minūti
       *[other] minūtes
    }
left-before-a-word = Klientam beidzās pacietība, un viņš aizgāja, pirms tu paspēji ko teikt.
not-translated = (Vēl nav tulkots, parādīts, kā rakstīts: { $parts }.)
not-translated-narration = stāstījums
not-translated-line = { $customer } teiktais
not-translated-replies = { $count ->
        [one] atbilde { $numbers }
       *[other] atbildes { $numbers }
    }

## Uzvedne un nepareizas atbildes

prompt = Tava atbilde ({ $numbers }; q — saglabāt un iziet):{" "}
prompt-timed = Tava atbilde ({ $numbers }; { $seconds } s, līdz klients kļūst nepacietīgs; q — saglabāt un iziet):{" "}
type-one-of = { $error }. Ieraksti vienu no: { $numbers }.
no-such-reply = Šeit nav { $n }. atbildes. Ieraksti vienu no: { $numbers }.
type-a-number = Ieraksti savas atbildes numuru: { $numbers }.
not-a-number = “{ $answer }” nav atbildes numurs. Ieraksti vienu no: { $numbers } vai q, lai saglabātu un izietu.

## Izvērtējums

debrief-title = == Izvērtējums: { $title } ==
ending = Beigas: { $outcome }. { $text }
score = Rezultāts: { $score }/100, atzīme { $grade } (principu punkti { $raw }; labākais iespējamais { $best }, sliktākais { $worst })
principles-heading = Principi
column-you = tu
column-best = labākais
mood-across = Noskaņojums sarunas gaitā:
lesson = Mācība
for-discussion = Pārrunām
money-explained = Nauda, izskaidrota
your-replies = Tavas atbildes
no-replies = Nav: klients aizgāja, pirms tu ierunājies.
best-path = Labākais ceļš
best-path-none = Nav.
replay-yours = Atkārto savu: last-word play { $scenario } --seed { $seed } --choices { $choices }
replay-best = Atkārto labāko ceļu: last-word play { $scenario } --choices { $choices }
you-said = Tu teici
best-reply = Labākā atbilde

## last-word play

continued-after = == { $title } == (turpināts pēc { $reply }. atbildes)
continue-hint = Vai turpini { $learner } sarunu ar: last-word play --continue
recorded-for = Ierakstīts lietotājam { $learner }; progresu skati ar: last-word progress
saved-resume = Saglabāts. Turpini ar: last-word play --resume { $path }{ $hint }
input-ended = kļūda: ievade beidzās pirms sarunas; sesija ir saglabāta, turpini ar: last-word play --resume { $path }{ $hint }
choices-ran-out = kļūda: izvēles beidzās pie `{ $node }` pirms beigām; pievieno --choices vienu no atbildēm { $numbers }
note = Piezīme: { $note }.

## last-word validate un list

validate-summary = pārbaudīti scenāriju faili: { $files }{ $translations ->
        [0] {""}
       *[other] {""}, tulkojumi: { $translations }
    }; derīgi: { $valid }, kļūdas: { $errors }, brīdinājumi: { $warnings }
coverage-heading = tulkojumi:
coverage-missing = trūkst: { $count }
coverage-stale = novecojuši: { $count }
coverage-extra = lieki: { $count }
list-broken = Scenāriju failus mapē { $dir } nevarēja ielādēt: { $count }; palaid `last-word validate { $dir }`, lai redzētu, kāpēc
list-none = mapē { $dir } nav atrasts neviens scenārijs

## last-word analyze

analyze-counts = mezgli: { $nodes } (sasniedzami: { $reachable }), atbildes: { $replies }, beigas: { $endings }
analyze-paths = ceļi: { $exact ->
        [yes] { $count }
       *[no] vismaz { $count }
    } atšķirīgas spēles{ $loops ->
        [yes] {" "}bez atkārtotiem mezgliem (scenārijā ir cilpas)
       *[no] {""}
    }
analyze-endings = Beigas:
ending-reachable = sasniedzamas
ending-unreachable = NESASNIEDZAMAS
analyze-best = Labākais rezultāts: { $score } (atbildes { $replies }, beigas `{ $ending }`)
analyze-worst = Sliktākais rezultāts: { $score } (atbildes { $replies }, beigas `{ $ending }`)
analyze-step = { $reply }. atbilde ({ $points }): { $text }
analyze-footer = Atbilde dod punktus pirmajā reizē, kad to izvēlas; ceļu spēlē ar `last-word play { $id } --choices <atbildes>`.
analyze-reply-numbers = Atbilžu numuri ir to vietas failā neatkarīgi no tā, kādā secībā spēle tās rāda.
mc-heading = Simulēti klienti ({ $runs } katrai stratēģijai, sēkla { $seed }):
mc-random = Nejaušas atbildes
mc-best = Labākais ceļš
mc-score = rezultāts: vidēji { $mean }, mediāna { $median }, 10%–90% { $p10 }–{ $p90 }, diapazons { $min }–{ $max }
mc-outcomes = iznākumi: { $list }
mc-walked-out = aizgāja: { $share }
mc-lost = zaudēts uz klientu salīdzinājumā ar vērtību ierašanās brīdī: vidēji { $mean }, mediāna { $median }, 10%–90% { $p10 }–{ $p90 }
mc-kept = noturētā vērtība uz klientu: vidēji { $mean }

## last-word progress

progress-nobody = Vēl neviens nav spēlējis. Sāc ar: last-word play <scenārijs>
progress-of = { $learner } progress
progress-no-attempts = Vēl nav mēģinājumu. Sāc ar: last-word play <scenārijs>
progress-scenarios = Spēlētie scenāriji (apgūti { $mastered } no { $played })
progress-best = labākais { $score } ({ $grade })
progress-not-finished = vēl nav pabeigts
progress-mastered = apgūts (ieskaites slieksnis { $mark })
progress-not-mastered = nav apgūts (ieskaites slieksnis { $mark })
progress-attempts = mēģinājumi: { $attempts } (pabeigti: { $finished })
progress-principles = Principi (nopelnītie punkti no labāko ceļu punktiem, pabeigtie mēģinājumi; tendence salīdzina mēģinājumu pirmo pusi ar otro)
progress-earned-of = { $earned } no { $best }
progress-trend = { $trend } ({ $earlier }, tad { $later })
progress-history = Mēģinājumi laika gaitā (pabeigti: { $count }, vecākie vispirms)
progress-unfinished = Nepabeigts: { $scenario } pēc atbildēm: { $replies }; turpini ar: last-word play --continue
progress-next = Nākamais: { $title }; spēlē to ar: last-word play { $scenario }
