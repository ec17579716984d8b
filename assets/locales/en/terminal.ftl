# The terminal (last-word play) and the trainers' tools' summaries
# (src/cli/). English is the reference.

language-unknown = note: Last Word does not speak `{ $asked }` yet, so it stays in English (it speaks { $known }).

## A moment of the conversation

mood-clock = Mood { $bar }   Clock { $clock }
at-stake = At stake: { $yearly } a year; { $loyal } over { $years } years if they stay loyal, { $now } expected in this mood
based-on = Based on: { $source }
seed-note = Seed { $seed } (replay the same customer with --seed { $seed }).
you-said-line = You: “{ $reply }”
mood-moved = Mood { $before } { $band-before } -> { $after } { $band-after } ({ $moved }), { $minutes } passed
what-happened = What happened: { $happened }
coaching = Coaching: { $text }
principles = Principles: { $list }
principles-repeat = Principles: { $list } (taken before: no points this time)
walks-out = The customer has had enough and walks out.
timed-intro = Timed play: the prompt shows how long you have to answer. Each time that runs out, the customer waits { $more } (patience { $patience } mood points a minute).
kept-waiting = You took { $seconds } s: the customer waited { $more }. Mood { $before } { $band-before } -> { $after } { $band-after }.
tired-of-waiting = Tired of waiting for an answer, the customer walks out.
# $minutes as written, $count its value for the plural.
more-minutes = { $minutes } more { $count ->
        [one] minute
       *[other] minutes
    }
left-before-a-word = The customer ran out of patience and left before you could say a word.
not-translated = (Not translated yet, shown as written: { $parts }.)
not-translated-narration = the narration
not-translated-line = { $customer }'s line
not-translated-replies = { $count ->
        [one] reply { $numbers }
       *[other] replies { $numbers }
    }

## The prompt and what a wrong answer hears

prompt = Your reply ({ $numbers }; q to save and quit):{" "}
prompt-timed = Your reply ({ $numbers }; { $seconds } s before the customer grows impatient; q to save and quit):{" "}
type-one-of = { $error }. Type one of: { $numbers }.
no-such-reply = There is no reply { $n } here. Type one of: { $numbers }.
type-a-number = Type the number of your reply: { $numbers }.
not-a-number = “{ $answer }” is not a reply number. Type one of: { $numbers }, or q to save and quit.

## The debrief

debrief-title = == Debrief: { $title } ==
ending = Ending: { $outcome }. { $text }
score = Score: { $score }/100, grade { $grade } (principle points { $raw }; best possible { $best }, worst { $worst })
principles-heading = Principles
column-you = you
column-best = best
mood-across = Mood across the conversation:
lesson = Lesson
for-discussion = For discussion
money-explained = The money, explained
your-replies = Your replies
no-replies = None: the customer left before you spoke.
best-path = The best path
best-path-none = None.
replay-yours = Replay yours: last-word play { $scenario } --seed { $seed } --choices { $choices }
replay-best = Replay the best path: last-word play { $scenario } --choices { $choices }
you-said = You said
best-reply = Best reply

## last-word play

continued-after = == { $title } == (continued after reply { $reply })
continue-hint = Or continue { $learner }'s conversation with: last-word play --continue
recorded-for = Recorded for { $learner }; see the progress with: last-word progress
saved-resume = Saved. Resume with: last-word play --resume { $path }{ $hint }
input-ended = error: the input ended before the conversation did; the session is saved, resume with: last-word play --resume { $path }{ $hint }
choices-ran-out = error: the choices ran out at `{ $node }` before an ending; add one of the replies { $numbers } to --choices
note = Note: { $note }.

## last-word validate and list

validate-summary = checked { $files } scenario { $files ->
        [one] file
       *[other] files
    }{ $translations ->
        [0] {""}
        [one] {" "}and 1 translation
       *[other] {" "}and { $translations } translations
    }: { $valid } valid, { $errors } { $errors ->
        [one] error
       *[other] errors
    }, { $warnings } { $warnings ->
        [one] warning
       *[other] warnings
    }
coverage-heading = translations:
coverage-missing = { $count } missing
coverage-stale = { $count } stale
coverage-extra = { $count } extra
list-broken = { $count } scenario { $count ->
        [one] file
       *[other] files
    } in { $dir } could not be loaded; run `last-word validate { $dir }` to see why
list-none = no scenarios found in { $dir }

## last-word analyze

analyze-counts = { $nodes } { $nodes ->
        [one] node
       *[other] nodes
    } ({ $reachable } reachable), { $replies } { $replies ->
        [one] reply
       *[other] replies
    }, { $endings } { $endings ->
        [one] ending
       *[other] endings
    }
# $exact and $loops: yes or no.
analyze-paths = paths: { $exact ->
        [yes] { $count }
       *[no] at least { $count }
    } distinct playthroughs{ $loops ->
        [yes] {" "}that visit no node twice (the scenario has loops)
       *[no] {""}
    }
analyze-endings = Endings:
ending-reachable = reachable
ending-unreachable = UNREACHABLE
analyze-best = Best score: { $score } (replies { $replies }, ending `{ $ending }`)
analyze-worst = Worst score: { $score } (replies { $replies }, ending `{ $ending }`)
analyze-step = reply { $reply } ({ $points }): { $text }
analyze-footer = A reply scores the first time it is taken; play a path with `last-word play { $id } --choices <replies>`.
analyze-reply-numbers = Reply numbers are places in the file, whatever order a game shows the replies in.
mc-heading = Simulated customers ({ $runs } per policy, seed { $seed }):
mc-random = Random replies
mc-best = Best path
mc-score = score: mean { $mean }, median { $median }, 10%–90% { $p10 }–{ $p90 }, range { $min }–{ $max }
mc-outcomes = outcomes: { $list }
mc-walked-out = walked out: { $share }
mc-lost = lost per customer, against their worth as they came in: mean { $mean }, median { $median }, 10%–90% { $p10 }–{ $p90 }
mc-kept = worth kept per customer: mean { $mean }

## last-word progress

progress-nobody = Nobody has played yet. Start with: last-word play <scenario>
progress-of = Progress of { $learner }
progress-no-attempts = No attempts yet. Start with: last-word play <scenario>
progress-scenarios = Scenarios played ({ $mastered } of { $played } mastered)
progress-best = best { $score } ({ $grade })
progress-not-finished = not finished yet
progress-mastered = mastered (pass mark { $mark })
progress-not-mastered = not mastered (pass mark { $mark })
progress-attempts = { $attempts } { $attempts ->
        [one] attempt
       *[other] attempts
    } ({ $finished } finished)
progress-principles = Principles (points earned of the best paths' points, finished attempts; the trend compares the earlier half of the attempts with the later)
progress-earned-of = { $earned } of { $best }
progress-trend = { $trend } ({ $earlier } then { $later })
progress-history = Attempts over time ({ $count } finished, oldest first)
progress-unfinished = Unfinished: { $scenario } after { $replies } { $replies ->
        [one] reply
       *[other] replies
    }; continue with: last-word play --continue
progress-next = Next: { $title }; play it with: last-word play { $scenario }
