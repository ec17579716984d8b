# The workshop: the game's facilitator screens (src/game/screens/workshop/),
# the phone page and the exported record (src/workshop/). English is the
# reference: every other language has exactly these messages.

# Two items of a list: "1 and 2"; longer lists put ", " between the others.
ws-and = { $first } and { $last }
# A customer's line, quoted (the projector and the phones).
ws-quote = “{ $line }”

## How the room votes (the set-up screen)

ws-voting-phones = Phones
ws-voting-hands = Show of hands
ws-voting-teams = Teams
ws-voting-phones-explained = Everyone votes from a phone; the room decides as one.
ws-voting-hands-explained = No phones: count the hands for each reply and type the counts in.
ws-voting-teams-explained = Two to eight teams, each with its own customer, voting from their phones.

## The set-up screen

ws-setup-title = Run a workshop
ws-setup-intro = You run the projector; the room decides each reply together. Pick the scenarios in the order to run them, and how the room votes.
ws-setup-order = Running order
# After a scenario's title, how long it takes in a workshop.
ws-setup-minutes = about { $minutes } min
ws-setup-voting = How the room votes
ws-setup-teams = Team names, separated by commas (type to change):
# The team names offered at first; the facilitator types over them.
ws-setup-default-teams = Red, Blue
ws-setup-address = Phones will join at http://{ $address }/ while the workshop runs (on this network only; --bind chooses the address).
ws-setup-start = Start the workshop
ws-setup-back = Back
ws-setup-no-scenario = no scenario `{ $id }` is ready in the scenarios folder; pick from the list
ws-plan-no-scenarios = pick at least one scenario to run
ws-plan-team-count = teams need { $min } to { $max } names; { $given } given (separate them with commas)
ws-plan-team-name = the team name `{ $name }` must have 1 to { $max } characters
ws-plan-duplicate-team = two teams are called `{ $name }`; give each its own name
ws-plan-teams-not-voting = team names are only used when the room votes in teams
ws-cannot-listen = cannot listen for phones on { $address }: { $error }. Pick this machine's address on the room's network with --bind ADDRESS:PORT

## The projector: the strip along the top

ws-top-scenario = { $title }  ·  scenario { $place } of { $count }
ws-top-join = { $address }  ·  code { $code }  ·  { $joined } joined
ws-notes-on-screen = NOTES ON SCREEN · N hides

## The projector: phones joining

ws-join-heading = Join on your phone
ws-join-wifi = 1. Connect to this room's Wi-Fi.
ws-join-open = 2. Scan the code, or open this address:
ws-join-code = 3. Type the room code:
ws-joined = { $count ->
        [one] { $count } phone has joined
       *[other] { $count } phones have joined
    }
ws-join-next = When everyone is in, press Next to bring in the first customer.
ws-late-join = Not in yet? Scan, or open
ws-room-code = Room code { $code }

## The projector: a decision

ws-step-reading = Read and think
ws-step-voting = Vote open  ·  { $clock }
ws-step-locked = Vote locked
ws-step-revealed = What happened
ws-team-finished = This team's customer has finished. Watch the other teams.
ws-reading-hint = Let the room read the line and the replies. Next opens the vote.
ws-hands-counted = { $count } { $count ->
        [one] hand
       *[other] hands
    } counted
ws-turnout = { $voted } of { $members } { $members ->
        [one] phone
       *[other] phones
    } voted
ws-hands-hint = Type each reply's count (Up and Down move between replies). Next locks the vote.
ws-phones-hint = Votes can change until the lock. Next locks the vote.
ws-room-choice = The room's choice
ws-override-hint = Press a reply's number (or click it) to play it instead; Left undoes that. Next plays the choice.
# How the room's choice was reached; replies are named by their place on screen.
ws-choice-majority = Reply { $chosen }, the majority: { $votes } of { $total } { $total ->
        [one] vote
       *[other] votes
    }.
# $tied: the tied replies' places, as a list ("1 and 2").
ws-choice-tie = A tie between replies { $tied } ({ $votes } { $votes ->
        [one] vote
       *[other] votes
    } each): reply { $chosen }, shown first, is played unless you choose another.
ws-choice-no-votes = Nobody voted: reply { $chosen }, shown first, is played unless you choose another.
ws-choice-overridden = Reply { $chosen }, chosen by the facilitator (the vote chose reply { $by-vote }).
# $moved is signed ("+5"); $band is a mood band (band-*).
ws-mood = Mood { $before } to { $after } ({ $moved }), { $band }
# $moved: dollars-moved.
ws-worth = Customer's worth: { $moved }
# $points: the points message ("+3 points").
ws-coaching = Coaching  ·  { $points }
ws-coaching-held = Coaching held back: let the room argue first. Next reveals it.
ws-timer = Discussion { $clock }  ·  { $state ->
        [over] discussion over
        [running] running · T pauses, S skips
       *[paused] T starts it
    }
ws-notes-title = Facilitator's notes  ·  about { $minutes } min
# $points is signed ("+3").
ws-notes-model = Model answer: reply { $reply } ({ $points }). { $note }
ws-notes-tempting = Tempting: reply { $reply } ({ $points }). { $note }
ws-notes-ask = Ask the room: { $question }
ws-strip-finished = finished
ws-strip-voted = { $voted }/{ $members } voted
ws-strip-reply = reply { $reply }
ws-strip-mood = mood { $mood }
ws-strip-hint = Up/Down: show another team

## The projector: the buttons along the bottom

ws-next-start = Start
ws-next-open = Open the vote
ws-next-lock = Lock the vote
ws-next-play = Play it
ws-next-reveal = Reveal the coaching
ws-next-decision = Next decision
ws-next-debrief = The debrief
ws-next-standings = Standings
ws-next-end = End the workshop
ws-next-scenario = Next scenario
ws-back = Back
ws-timer-pause = Pause timer
ws-timer-start = Start timer
ws-notes-show = Notes
ws-notes-hide = Hide notes
ws-end = End workshop
ws-end-really = Really end?
ws-keys = Next: Right, Space, Enter, Page Down  ·  Back: Left, Page Up  ·  T timer  ·  N notes  ·  Esc twice ends

## The projector: the debrief, the standings and the end

ws-debrief-room = The room's debrief  ·  { $title }
ws-debrief-team = Team { $team }'s debrief  ·  { $title }
ws-grade = Grade { $grade }  ·  score { $score } of 100
# $outcome: outcome-*; $ending: the ending's own text.
ws-customer-was = The customer was { $outcome }. { $ending }
ws-debrief-money = Worth on arrival { $arrival }, kept { $kept }, lost { $lost }
ws-talk-it-over = Talk it over
ws-debrief-teams-hint = Up/Down: another team's debrief
ws-mark-played = played
ws-mark-best = best
# $how: majority, tie, none or facilitator; $best: yes or no; $points: the
# points message.
ws-played = Played { $how ->
        [majority] by majority
        [tie] after a tie
        [none] with no votes
       *[facilitator] by the facilitator
    }: { $best ->
        [yes] the best reply
       *[no] not the best reply
    }, { $points }.
ws-standings = Standings
ws-standings-after = After { $done } of { $count } { $count ->
        [one] scenario
       *[other] scenarios
    }: scores summed, then money kept.
ws-did-not-finish = did not finish
ws-latest = { $outcome } ({ $grade }, { $score })
ws-leader = { $place }.  { $team }   ·   { $score } { $score ->
        [one] point
       *[other] points
    }   ·   { $kept } kept   ·   last customer { $latest }
ws-ended = Thank you: the workshop is over
# $voting: hands, or phones with $phones.
ws-ended-summary = { $scenarios } { $scenarios ->
        [one] scenario
       *[other] scenarios
    } with { $voting ->
        [hands] a show of hands.
       *[phones] { $phones } { $phones ->
            [one] phone
           *[other] phones
        }. The phones' server has stopped.
    }
ws-result-ended = grade { $grade } ({ $outcome }), { $kept } kept
ws-result-stopped = stopped after { $decisions } { $decisions ->
        [one] decision
       *[other] decisions
    }
ws-esc-title = Esc returns to the title screen.
ws-kept-unrecorded = Not saved or exported: this game plays unrecorded.
ws-kept-saved = Saved with the learners' records.
ws-kept-not-saved = Not saved: the records could not be opened.
# $kept: ws-kept-saved or ws-kept-not-saved; $files: the files, as a list.
ws-kept-exported = { $kept } Exported for mailing round: { $files }
ws-kept-not-exported = { $kept } Not exported: { $error }.

## The phone page

ws-phone-title = Last Word — vote
ws-phone-join-title = Join the workshop
ws-phone-code = Room code (on the screen)
ws-phone-nickname = Your name (optional)
ws-phone-team = Your team
ws-phone-join = Join
# Beside the nickname at the top.
ws-phone-who-team = team { $team }
ws-phone-server-answered = The server answered { $status }
ws-phone-welcome = You're in. Watch the big screen: the first customer arrives soon.
ws-phone-reading = Look up: read the customer's line on the big screen. The vote opens soon.
ws-phone-team-done = Your customer's conversation is over. Watch the big screen.
ws-phone-debrief = The room is talking it over. The next customer arrives soon.
ws-phone-over = The workshop is over. Thank you for taking part.
ws-phone-tap = Tap the reply you would give.
ws-phone-counted = Your vote is counted. Tap another reply to change it.
ws-phone-locked = Voting is closed. The room's choice is marked; watch the screen.
ws-phone-unknown = this phone is not in the room; join again
ws-phone-not-voting = no vote is open right now
ws-phone-vote-closed = the vote is closed
ws-phone-not-offered = reply { $number } is not one of the replies on the screen
ws-phone-wrong-code = that is not the room code on the screen; check it and try again ({ $left } { $left ->
        [one] try
       *[other] tries
    } left)
ws-phone-too-many = too many wrong codes; wait { $seconds } { $seconds ->
        [one] second
       *[other] seconds
    } and try again
ws-phone-no-team = pick one of the teams on the screen
ws-phone-full = the room is full

## last-word workshops

ws-list-none = No workshop is saved yet: run one with `last-word workshop`.
ws-list-heading = Workshops, newest first:
ws-list-voting-phones = phones
ws-list-voting-hands = hands
ws-list-voting-teams = teams
ws-list-phones = { $count } { $count ->
        [one] phone
       *[other] phones
    }
ws-list-size = { $scenarios } { $scenarios ->
        [one] scenario
       *[other] scenarios
    }, { $decisions } { $decisions ->
        [one] decision
       *[other] decisions
    }
ws-list-ran = ran { $duration }
ws-list-not-finished = not finished
ws-list-export-hint = Export one: last-word workshops export { $latest } --out workshop.html (or .csv; an id or its start picks another)
ws-export-wrote = Wrote workshop { $id } ({ $date }) to { $path }
ws-export-cannot-write = cannot write { $path }: { $error }
ws-export-which-format = say which format: --format csv or --format html, or give --out a file ending in .csv or .html
ws-export-none-saved = no workshop is saved yet: run one with `last-word workshop` first
ws-export-no-such = there is no workshop `{ $wanted }`; the saved ones, newest first: { $ids } (or say `{ $latest }`)
ws-export-ambiguous = `{ $wanted }` starts more than one workshop id: { $ids }; give more of it
# Lengths of time: "40 s", "12 min", "1 h 05 min" ($minutes is two digits there).
ws-duration-seconds = { $seconds } s
ws-duration-minutes = { $minutes } min
ws-duration-minutes-seconds = { $minutes } min { $seconds } s
ws-duration-hours = { $hours } h { $minutes } min

## The exported page (workshops export --format html)

ws-export-title = Workshop, { $date }
ws-export-room-phones = The room voting from { $phones } { $phones ->
        [one] phone
       *[other] phones
    }
ws-export-room-hands = The room voting by a show of hands
ws-export-room-teams = { $teams } teams ({ $names }) voting from { $phones } { $phones ->
        [one] phone
       *[other] phones
    }
ws-export-scenarios = { $count } { $count ->
        [one] scenario
       *[other] scenarios
    }
ws-export-finished = Started { $start } UTC, finished { $end } UTC ({ $duration }) · workshop { $id }
ws-export-unfinished = Started { $start } UTC, not finished (saved up to its last scenario) · workshop { $id }
ws-export-empty = The workshop ended before its first scenario: nothing was voted on.
ws-export-decisions-voted = decisions voted
ws-export-in-conversations = in { $count } { $count ->
        [one] conversation
       *[other] conversations
    }
ws-export-votes-cast = votes cast
ws-export-phones-joined = { $count } { $count ->
        [one] phone
       *[other] phones
    } joined
ws-export-of = { $count } of { $total }
ws-export-best-played = best reply played
ws-export-no-best = no decision with a best reply
ws-export-of-decisions = { $share } of decisions
ws-export-money-kept = money kept
ws-export-at-stake = of { $stake } at stake
ws-export-money-lost = money lost
ws-export-reached-ending = { $ended } of { $count } { $count ->
        [one] conversation
       *[other] conversations
    } reached an ending
ws-export-session = Session
ws-export-session-note = The scenarios in the order they were run. Voting: from opening each vote to locking it; discussion: the discussion timer after each reveal; both added up over the scenario's decisions (of every team).
ws-export-col-no = No.
ws-export-col-scenario = Scenario
ws-export-col-seed = Seed
ws-export-col-decisions = Decisions
ws-export-col-votes = Votes
ws-export-col-voting = Voting
ws-export-col-discussion = Discussion
ws-export-col-endings = Endings
ws-export-grade-score = grade { $grade } · { $score }
ws-export-no-ending = no ending reached
ws-export-walked-out = walked out
ws-export-the-room = The room
ws-export-room-result = The room's result
ws-export-team-standings = Team standings
ws-export-standings-note = Score: the endings' scores added up (each out of 100). Money: the customers' lifetime value kept and lost against what they were worth on arrival, over the scenarios that reached an ending.
ws-export-col-rank = Rank
ws-export-col-team = Team
ws-export-col-score = Score
ws-export-col-outcomes = Outcomes
ws-export-col-kept = Money kept
ws-export-col-lost = Lost
ws-export-without-ending = { $count } without an ending
ws-export-of-stake = of { $stake }
ws-export-seed = seed { $seed }
# $best and $played are the two tags (ws-export-tag-best, ws-export-tag-played).
ws-export-scenario-note = Each decision: how the room's votes split over the replies shown (in the order shown), the reply played and how it was chosen. { $best } marks the best reply there by the analysis, { $played } the room's choice.
ws-export-tag-best = Best
ws-export-tag-played = Played
ws-export-moved-on = The workshop moved on before this conversation reached an ending.
# $ending is the ending's id, in code type.
ws-export-ending = ending { $ending }
ws-export-ending-facts = score { $score } / 100 · kept { $kept } · lost { $lost }
ws-export-decision = Decision { $number }
ws-export-votes = { $count } { $count ->
        [one] vote
       *[other] votes
    }
# $share is empty when nobody voted, else " (57.1%)".
ws-export-best-votes = best reply { $votes } of { $total }{ $share }
# $how: ws-how-*.
ws-export-played = Played reply { $reply }: { $how } · points { $points } · mood { $before } to { $after } · voting { $voting } · discussion { $discussion }
ws-how-majority = the most votes
ws-how-tie = a tie between replies { $tied }: the one shown first
ws-how-no-votes = nobody voted: the reply shown first
ws-how-overridden = the facilitator's choice (the vote chose reply { $by-vote })
ws-export-about = About this page
# $id, $command and $csv are in code type.
ws-export-about-note = Every vote share is the reply's votes over the votes cast at that decision, shown beside both. The best reply is the one that starts the best path from that moment, by the scenario's analysis. Ties and empty votes were resolved as shown to the facilitator, who could override the vote. Times are UTC. Workshop { $id }, made by { $command }; { $csv } gives one row per decision for a spreadsheet.
