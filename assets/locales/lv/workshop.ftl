# Darbnīca: vadītāja ekrāni spēlē (src/game/screens/workshop/), tālruņu
# lapa un eksportētais pārskats (src/workshop/). Atsauce ir angļu valoda:
# katrā citā valodā ir tieši šie ziņojumi.

ws-and = { $first } un { $last }
ws-quote = “{ $line }”

## Kā zāle balso (sagatavošanas ekrāns)

ws-voting-phones = Tālruņi
ws-voting-hands = Roku pacelšana
ws-voting-teams = Komandas
ws-voting-phones-explained = Katrs balso savā tālrunī; zāle lemj kopīgi.
ws-voting-hands-explained = Bez tālruņiem: saskaiti paceltās rokas par katru atbildi un ieraksti skaitu.
ws-voting-teams-explained = No divām līdz astoņām komandām, katrai savs klients; balso tālruņos.

## Sagatavošanas ekrāns

ws-setup-title = Vadīt darbnīcu
ws-setup-intro = Tu vadi projektoru; zāle katru atbildi izlemj kopā. Izvēlies scenārijus tādā secībā, kādā tos spēlēsiet, un to, kā zāle balsos.
ws-setup-order = Secība
ws-setup-minutes = apmēram { $minutes } min
ws-setup-voting = Kā zāle balso
ws-setup-teams = Komandu nosaukumi, atdalīti ar komatiem (raksti, lai mainītu):
ws-setup-default-teams = Sarkanie, Zilie
ws-setup-address = Kamēr darbnīca notiek, tālruņi pievienosies adresē http://{ $address }/ (tikai šajā tīklā; adresi izvēlas ar --bind).
ws-setup-start = Sākt darbnīcu
ws-setup-back = Atpakaļ
ws-setup-no-scenario = scenārijs `{ $id }` scenāriju mapē nav gatavs; izvēlies no saraksta
ws-plan-no-scenarios = izvēlies vismaz vienu scenāriju
ws-plan-team-count = komandām vajag no { $min } līdz { $max } nosaukumiem; norādīti: { $given } (atdali tos ar komatiem)
ws-plan-team-name = komandas nosaukumā `{ $name }` jābūt no 1 līdz { $max } rakstzīmēm
ws-plan-duplicate-team = divas komandas sauc `{ $name }`; dod katrai savu nosaukumu
ws-plan-teams-not-voting = komandu nosaukumus izmanto tikai tad, ja zāle balso komandās
ws-cannot-listen = nevar gaidīt tālruņus adresē { $address }: { $error }. Norādi šī datora adresi zāles tīklā ar --bind ADRESE:PORTS

## Projektors: josla augšā

ws-top-scenario = { $title }  ·  { $place }. scenārijs no { $count }
ws-top-join = { $address }  ·  kods { $code }  ·  pievienojušies: { $joined }
ws-notes-on-screen = PIEZĪMES UZ EKRĀNA · N paslēpj

## Projektors: tālruņi pievienojas

ws-join-heading = Pievienojies ar savu tālruni
ws-join-wifi = 1. Pieslēdzies šīs telpas Wi-Fi.
ws-join-open = 2. Noskenē kodu vai atver šo adresi:
ws-join-code = 3. Ieraksti zāles kodu:
ws-joined = { $count ->
        [one] Pievienojies { $count } tālrunis
       *[other] Pievienojušies { $count } tālruņi
    }
ws-join-next = Kad visi ir klāt, spied “Tālāk”, un ienāks pirmais klients.
ws-late-join = Vēl neesi pievienojies? Noskenē vai atver
ws-room-code = Zāles kods { $code }

## Projektors: lēmums

ws-step-reading = Lasiet un domājiet
ws-step-voting = Balsošana atvērta  ·  { $clock }
ws-step-locked = Balsošana slēgta
ws-step-revealed = Kas notika
ws-team-finished = Šīs komandas klients ir pabeidzis. Sekojiet pārējām komandām.
ws-reading-hint = Ļauj zālei izlasīt repliku un atbildes. “Tālāk” atver balsošanu.
ws-hands-counted = { $count ->
        [one] Saskaitīta { $count } roka
       *[other] Saskaitītas { $count } rokas
    }
ws-turnout = Nobalsojuši { $voted } no { $members } { $members ->
        [one] tālruņa
       *[other] tālruņiem
    }
ws-hands-hint = Ieraksti katras atbildes roku skaitu (ar Augšup un Lejup pārvietojies starp atbildēm). “Tālāk” slēdz balsošanu.
ws-phones-hint = Balsis var mainīt līdz slēgšanai. “Tālāk” slēdz balsošanu.
ws-room-choice = Zāles izvēle
ws-override-hint = Nospied atbildes numuru (vai noklikšķini uz tās), lai spēlētu to; Pa kreisi to atsauc. “Tālāk” spēlē izvēli.
ws-choice-majority = { $chosen }. atbilde, vairākums: { $votes } no { $total } { $total ->
        [one] balss
       *[other] balsīm
    }.
ws-choice-tie = Neizšķirts starp atbildēm { $tied } (katrai { $votes } { $votes ->
        [one] balss
       *[other] balsis
    }): tiks spēlēta { $chosen }. atbilde, kas parādīta pirmā, ja vien neizvēlēsies citu.
ws-choice-no-votes = Neviens nebalsoja: tiks spēlēta { $chosen }. atbilde, kas parādīta pirmā, ja vien neizvēlēsies citu.
ws-choice-overridden = { $chosen }. atbilde, ko izvēlējās vadītājs (balsojumā tika izvēlēta { $by-vote }. atbilde).
ws-mood = Noskaņojums no { $before } uz { $after } ({ $moved }), { $band }
ws-worth = Klienta vērtība: { $moved }
ws-coaching = Padoms  ·  { $points }
ws-coaching-held = Padoms aizturēts: lai zāle vispirms izdiskutē. “Tālāk” to atklāj.
ws-timer = Diskusija { $clock }  ·  { $state ->
        [over] diskusija beigusies
        [running] notiek · T pauzē, S izlaiž
       *[paused] T to sāk
    }
ws-notes-title = Vadītāja piezīmes  ·  apmēram { $minutes } min
ws-notes-model = Paraugatbilde: { $reply }. atbilde ({ $points }). { $note }
ws-notes-tempting = Vilinoša: { $reply }. atbilde ({ $points }). { $note }
ws-notes-ask = Pajautā zālei: { $question }
ws-strip-finished = pabeigts
ws-strip-voted = nobalsojuši { $voted }/{ $members }
ws-strip-reply = { $reply }. atbilde
ws-strip-mood = noskaņojums { $mood }
ws-strip-hint = Augšup/Lejup: rādīt citu komandu

## Projektors: pogas apakšā

ws-next-start = Sākt
ws-next-open = Atvērt balsošanu
ws-next-lock = Slēgt balsošanu
ws-next-play = Spēlēt izvēli
ws-next-reveal = Atklāt padomu
ws-next-decision = Nākamais lēmums
ws-next-debrief = Izvērtējums
ws-next-standings = Kopvērtējums
ws-next-end = Beigt darbnīcu
ws-next-scenario = Nākamais scenārijs
ws-back = Atpakaļ
ws-timer-pause = Pauzēt taimeri
ws-timer-start = Sākt taimeri
ws-notes-show = Piezīmes
ws-notes-hide = Paslēpt piezīmes
ws-end = Beigt darbnīcu
ws-end-really = Tiešām beigt?
ws-keys = Tālāk: Pa labi, Atstarpe, Enter, Page Down  ·  Atpakaļ: Pa kreisi, Page Up  ·  T taimeris  ·  N piezīmes  ·  Esc divreiz — beigt

## Projektors: izvērtējums, kopvērtējums un beigas

ws-debrief-room = Zāles izvērtējums  ·  { $title }
ws-debrief-team = Komandas { $team } izvērtējums  ·  { $title }
ws-grade = Atzīme { $grade }  ·  rezultāts { $score } no 100
ws-customer-was = Klients: { $outcome }. { $ending }
ws-debrief-money = Vērtība ierodoties { $arrival }, noturēts { $kept }, zaudēts { $lost }
ws-talk-it-over = Pārrunājiet
ws-debrief-teams-hint = Augšup/Lejup: citas komandas izvērtējums
ws-mark-played = spēlēta
ws-mark-best = labākā
ws-played = Spēlēta { $how ->
        [majority] ar balsu vairākumu
        [tie] pēc neizšķirta
        [none] bez balsīm
       *[facilitator] pēc vadītāja izvēles
    }: { $best ->
        [yes] labākā atbilde
       *[no] ne labākā atbilde
    }, { $points }.
ws-standings = Kopvērtējums
ws-standings-after = Pēc { $done } no { $count } { $count ->
        [one] scenārija
       *[other] scenārijiem
    }: rezultātu summa, tad noturētā nauda.
ws-did-not-finish = nepabeidza
ws-latest = { $outcome } ({ $grade }, { $score })
ws-leader = { $place }.  { $team }   ·   { $score } { $score ->
        [one] punkts
       *[other] punkti
    }   ·   noturēts { $kept }   ·   pēdējais klients: { $latest }
ws-ended = Paldies: darbnīca ir beigusies
ws-ended-summary = { $scenarios } { $scenarios ->
        [one] scenārijs
       *[other] scenāriji
    } { $voting ->
        [hands] ar roku pacelšanu.
       *[phones] ar { $phones } { $phones ->
            [one] tālruni
           *[other] tālruņiem
        }. Tālruņu serveris ir apturēts.
    }
ws-result-ended = atzīme { $grade } ({ $outcome }), noturēts { $kept }
ws-result-stopped = apstājās pēc { $decisions } { $decisions ->
        [one] lēmuma
       *[other] lēmumiem
    }
ws-esc-title = Ar Esc atgriezies sākuma ekrānā.
ws-kept-unrecorded = Nav ne saglabāts, ne eksportēts: šī spēle netiek reģistrēta.
ws-kept-saved = Saglabāts kopā ar dalībnieku ierakstiem.
ws-kept-not-saved = Nav saglabāts: ierakstus nevarēja atvērt.
ws-kept-exported = { $kept } Eksportēts izsūtīšanai: { $files }
ws-kept-not-exported = { $kept } Nav eksportēts: { $error }.

## Tālruņu lapa

ws-phone-title = Last Word — balsošana
ws-phone-join-title = Pievienoties darbnīcai
ws-phone-code = Zāles kods (uz ekrāna)
ws-phone-nickname = Tavs vārds (nav obligāts)
ws-phone-team = Tava komanda
ws-phone-join = Pievienoties
ws-phone-who-team = komanda { $team }
ws-phone-server-answered = Serveris atbildēja ar { $status }
ws-phone-welcome = Tu esi iekšā. Skaties uz lielo ekrānu: pirmais klients drīz ieradīsies.
ws-phone-reading = Paskaties augšup: izlasi klienta repliku uz lielā ekrāna. Balsošana drīz sāksies.
ws-phone-team-done = Tava klienta saruna ir beigusies. Skaties uz lielo ekrānu.
ws-phone-debrief = Zāle to pārrunā. Nākamais klients drīz ieradīsies.
ws-phone-over = Darbnīca ir beigusies. Paldies par piedalīšanos!
ws-phone-tap = Pieskaries atbildei, ko tu sniegtu.
ws-phone-counted = Tava balss ir ieskaitīta. Pieskaries citai atbildei, lai to mainītu.
ws-phone-locked = Balsošana ir slēgta. Zāles izvēle ir atzīmēta; skaties uz ekrānu.
ws-phone-unknown = šis tālrunis nav zālē; pievienojies vēlreiz
ws-phone-not-voting = pašlaik nav atvērta neviena balsošana
ws-phone-vote-closed = balsošana ir slēgta
ws-phone-not-offered = { $number }. atbilde nav starp atbildēm uz ekrāna
ws-phone-wrong-code = tas nav zāles kods no ekrāna; pārbaudi to un mēģini vēlreiz ({ $left ->
        [one] atlicis { $left } mēģinājums
       *[other] atlikuši { $left } mēģinājumi
    })
ws-phone-too-many = pārāk daudz nepareizu kodu; pagaidi { $seconds } { $seconds ->
        [one] sekundi
       *[other] sekundes
    } un mēģini vēlreiz
ws-phone-no-team = izvēlies vienu no komandām uz ekrāna
ws-phone-full = zāle ir pilna

## last-word workshops

ws-list-none = Vēl nav saglabāta neviena darbnīca: vadi kādu ar `last-word workshop`.
ws-list-heading = Darbnīcas, jaunākās vispirms:
ws-list-voting-phones = tālruņi
ws-list-voting-hands = rokas
ws-list-voting-teams = komandas
ws-list-phones = { $count } { $count ->
        [one] tālrunis
       *[other] tālruņi
    }
ws-list-size = { $scenarios } { $scenarios ->
        [one] scenārijs
       *[other] scenāriji
    }, { $decisions } { $decisions ->
        [one] lēmums
       *[other] lēmumi
    }
ws-list-ran = ilga { $duration }
ws-list-not-finished = nav pabeigta
ws-list-export-hint = Eksportē kādu: last-word workshops export { $latest } --out workshop.html (vai .csv; citu izvēlas ar id vai tā sākumu)
ws-export-wrote = Darbnīca { $id } ({ $date }) ierakstīta failā { $path }
ws-export-cannot-write = nevar ierakstīt { $path }: { $error }
ws-export-which-format = norādi formātu: --format csv vai --format html, vai dod --out failu, kas beidzas ar .csv vai .html
ws-export-none-saved = vēl nav saglabāta neviena darbnīca: vispirms vadi kādu ar `last-word workshop`
ws-export-no-such = nav darbnīcas `{ $wanted }`; saglabātās, jaunākās vispirms: { $ids } (vai raksti `{ $latest }`)
ws-export-ambiguous = ar `{ $wanted }` sākas vairāki darbnīcu id: { $ids }; norādi garāku daļu
ws-duration-seconds = { $seconds } s
ws-duration-minutes = { $minutes } min
ws-duration-minutes-seconds = { $minutes } min { $seconds } s
ws-duration-hours = { $hours } st. { $minutes } min

## Eksportētā lapa (workshops export --format html)

ws-export-title = Darbnīca, { $date }
ws-export-room-phones = Zāle balsoja ar { $phones } { $phones ->
        [one] tālruni
       *[other] tālruņiem
    }
ws-export-room-hands = Zāle balsoja, paceļot rokas
ws-export-room-teams = { $teams } komandas ({ $names }) balsoja ar { $phones } { $phones ->
        [one] tālruni
       *[other] tālruņiem
    }
ws-export-scenarios = { $count } { $count ->
        [one] scenārijs
       *[other] scenāriji
    }
ws-export-finished = Sākta { $start } UTC, beigta { $end } UTC ({ $duration }) · darbnīca { $id }
ws-export-unfinished = Sākta { $start } UTC, nav pabeigta (saglabāta līdz pēdējam scenārijam) · darbnīca { $id }
ws-export-empty = Darbnīca beidzās pirms pirmā scenārija: nekas netika nobalsots.
ws-export-decisions-voted = nobalsoti lēmumi
ws-export-in-conversations = { $count } { $count ->
        [one] sarunā
       *[other] sarunās
    }
ws-export-votes-cast = nodotās balsis
ws-export-phones-joined = pievienojušies tālruņi: { $count }
ws-export-of = { $count } no { $total }
ws-export-best-played = spēlēta labākā atbilde
ws-export-no-best = nav neviena lēmuma ar labāko atbildi
ws-export-of-decisions = { $share } lēmumu
ws-export-money-kept = noturētā nauda
ws-export-at-stake = no { $stake } uz spēles
ws-export-money-lost = zaudētā nauda
ws-export-reached-ending = { $ended } no { $count } { $count ->
        [one] sarunas
       *[other] sarunām
    } nonāca līdz beigām
ws-export-session = Sesija
ws-export-session-note = Scenāriji tādā secībā, kādā tos spēlēja. Balsošana: no katras balsošanas atvēršanas līdz slēgšanai; diskusija: diskusijas taimeris pēc katras atklāšanas; abi saskaitīti par visiem scenārija lēmumiem (visām komandām).
ws-export-col-no = Nr.
ws-export-col-scenario = Scenārijs
ws-export-col-seed = Sēkla
ws-export-col-decisions = Lēmumi
ws-export-col-votes = Balsis
ws-export-col-voting = Balsošana
ws-export-col-discussion = Diskusija
ws-export-col-endings = Beigas
ws-export-grade-score = atzīme { $grade } · { $score }
ws-export-no-ending = beigas netika sasniegtas
ws-export-walked-out = aizgāja
ws-export-the-room = Zāle
ws-export-room-result = Zāles rezultāts
ws-export-team-standings = Komandu kopvērtējums
ws-export-standings-note = Rezultāts: beigu rezultātu summa (katrs no 100). Nauda: klientu mūža vērtība, kas noturēta un zaudēta salīdzinājumā ar to, cik viņi bija vērti ierodoties, scenārijos, kas nonāca līdz beigām.
ws-export-col-rank = Vieta
ws-export-col-team = Komanda
ws-export-col-score = Rezultāts
ws-export-col-outcomes = Iznākumi
ws-export-col-kept = Noturētā nauda
ws-export-col-lost = Zaudēts
ws-export-without-ending = bez beigām: { $count }
ws-export-of-stake = no { $stake }
ws-export-seed = sēkla { $seed }
ws-export-scenario-note = Katrs lēmums: kā zāles balsis sadalījās starp parādītajām atbildēm (parādīšanas secībā), kura atbilde tika spēlēta un kā tā tika izvēlēta. { $best } atzīmē labāko atbildi šajā vietā pēc analīzes, { $played } — zāles izvēli.
ws-export-tag-best = Labākā
ws-export-tag-played = Spēlēta
ws-export-moved-on = Darbnīca turpinājās, pirms šī saruna nonāca līdz beigām.
ws-export-ending = beigas { $ending }
ws-export-ending-facts = rezultāts { $score } / 100 · noturēts { $kept } · zaudēts { $lost }
ws-export-decision = { $number }. lēmums
ws-export-votes = { $count } { $count ->
        [one] balss
       *[other] balsis
    }
ws-export-best-votes = labākā atbilde { $votes } no { $total }{ $share }
ws-export-played = Spēlēta { $reply }. atbilde: { $how } · punkti { $points } · noskaņojums no { $before } līdz { $after } · balsošana { $voting } · diskusija { $discussion }
ws-how-majority = visvairāk balsu
ws-how-tie = neizšķirts starp atbildēm { $tied }: tā, kas parādīta pirmā
ws-how-no-votes = neviens nebalsoja: atbilde, kas parādīta pirmā
ws-how-overridden = vadītāja izvēle (balsojumā tika izvēlēta { $by-vote }. atbilde)
ws-export-about = Par šo lapu
ws-export-about-note = Katra balsu daļa ir atbildes balsis pret šajā lēmumā nodotajām balsīm, un abi skaitļi ir parādīti blakus. Labākā atbilde ir tā, ar kuru no šī brīža sākas labākais ceļš pēc scenārija analīzes. Neizšķirtus un balsojumus bez balsīm atrisināja tā, kā tika parādīts vadītājam, kurš varēja balsojumu mainīt. Laiki ir UTC. Darbnīca { $id }, izveidota ar { $command }; { $csv } izklājlapai dod vienu rindu par katru lēmumu.
