# The trainers' tools (src/cli/): translate, pass-mark, lrs, report,
# workshops, command-line help and errors; the principles' names. English is
# the reference: every other language has exactly these messages.

## Lines on stderr: what went wrong, what to do, what to know

line-error = error: { $message }
line-help = help: { $message }
line-note = note: { $message }

## Finding a scenario and its translation (play, analyze, translate,
## pass-mark)

no-such-scenario = no scenario file or scenario id `{ $what }` (looked in { $dir })
did-you-mean = did you mean `{ $id }`?
no-scenarios-there = there are no scenarios there; pass --dir or a file path
scenarios-are = the scenarios are: { $ids }
scenario-has-errors = the scenario has errors; fix them and try again
scenario-not-valid = { $path } is not a valid scenario
# $language: the language's name and tag, "Latvian (lv)".
no-translation = `{ $id }` has no translation into { $language } (no { $path })
no-translation-none = it has no translations yet; start one with: last-word translate { $id } --lang { $lang }
no-translation-others = it is translated into: { $languages }; or start this one with: last-word translate { $id } --lang { $lang }
translation-has-errors = the translation has errors; fix them, or play without --lang
# $missing of $texts are counts; $stale how many of the missing are stale.
translation-partial = { $missing } of { $texts } texts are not translated into { $language }{ $stale ->
        [0] {""}
       *[other] {" "}({ $stale } of them stale)
    }; they are shown as the scenario's author wrote them (`last-word validate { $path }` lists them)
# A language in a message: its name, then its tag.
language-with-tag = { $name } ({ $tag })
language-name-en = English
language-name-it = Italian
language-name-lv = Latvian
language-name-mn = Mongolian
language-name-hi = Hindi
language-name-te = Telugu
cannot-write = cannot write { $path }: { $reason }

## last-word translate

translate-unknown-tag = `{ $tag }` is not a language tag Last Word knows
translate-give-a-tag = give a BCP 47 tag: `it` (Italian), `lv` (Latvian), `mn` (Mongolian), `hi` (Hindi), `te` (Telugu), `pt-BR`
# $updated: yes when the file was there before.
translate-wrote = { $updated ->
        [yes] updated
       *[no] wrote
    } { $path }: { $texts } { $texts ->
        [one] text
       *[other] texts
    }, { $translated } translated, { $stale } stale, { $missing } to translate ({ $percent }%)
translate-next = Translate each `text` (the original is the comment above it), then check with: last-word validate { $path }
translate-fix-first = { $path } has errors; fix them first, so no translation in it is lost

## last-word pass-mark

pass-mark-all = Pass mark for every scenario: { $mark }
pass-mark-cleared = `{ $id }` now uses the pass mark of every scenario.
pass-mark-none-to-clear = `{ $id }` had no pass mark of its own.
pass-mark-set-one = `{ $id }` is mastered from a score of { $mark }.
pass-mark-set-all = Scenarios without a mark of their own are mastered from a score of { $mark }.

## The records' errors ($reason: the system's own words)

records-database = the records database: { $reason }
records-folder = cannot make the folder { $path } for the records: { $reason }; set { $variable } to a folder you can write
records-newer = the records were written by a newer Last Word (schema { $found }; this one knows up to { $known }); update Last Word to open them
records-empty-name = a learner needs a name; type at least one letter
records-name-taken = there is already a learner called { $name }; pick them from the list, or type another name
records-no-learner-yet = there is no learner `{ $name }`, and none is recorded yet; play a scenario first
records-no-learner = there is no learner `{ $name }`; the learners are: { $known }
records-no-attempt = there is no attempt { $attempt }
records-out-of-step = attempt { $attempt } expects reply { $expected } next, not { $given }; start a new attempt
records-already-started = the session already has { $replies } replies; start the attempt before the first one
records-no-workshop-yet = there is no workshop `{ $id }`, and none is saved yet; run one with `last-word workshop`
records-no-workshop = there is no workshop `{ $id }`; the saved ones, newest first: { $known }
records-damaged-workshop = the saved workshop { $id } cannot be read ({ $reason }); it may have been written by a newer Last Word

## last-word lrs

lrs-not-set-up = no LRS is set up; set one with `last-word lrs configure --endpoint URL --key KEY --secret SECRET`
lrs-off = No LRS is set up now: statements stay in the outbox until one is (`last-word lrs configure`).
lrs-configured = Statements go to the LRS at { $endpoint }.
lrs-configured-test = Check the connection with `last-word lrs test`.
lrs-named-account = Learners are named by an account on { $home } (the learner's name).
lrs-named-mbox = Learners are named by an email address at { $domain } (mailto:first.last@{ $domain }).
lrs-bad-endpoint = `{ $text }` is not an LRS endpoint; give its address with http:// or https://, e.g. --endpoint https://lrs.example.org/xAPI/
lrs-bad-home-page = `{ $text }` is not an address; give the home page learners' accounts belong to, e.g. --account-home-page https://learning.example.org
lrs-bad-domain = `{ $text }` is not a mail domain; give what follows the @ in the learners' addresses, e.g. --mbox-domain example.org
lrs-status-lrs = LRS: { $endpoint } (key { $key })
lrs-status-none = LRS: none set up (`last-word lrs configure` sets one)
lrs-status-outbox = Outbox: { $waiting } waiting, { $sent } sent, { $refused } refused
# $problem: what went wrong, as recorded when it happened.
lrs-status-waiting = Waiting: { $problem }.
# $next: lrs-next-try or lrs-next-run.
lrs-status-failed = Failed { $tries } { $tries ->
        [one] time
       *[other] times
    }; { $next }, or send them now with `last-word lrs sync`.
lrs-next-try = next try { $when }
lrs-next-run = they go when the game or a play next runs
lrs-status-refused = Refused by the LRS (newest first; they are not sent again):
lrs-status-refusal = { $statement } (attempt { $attempt }), { $when }: { $message }
lrs-status-more = and { $count } more
# A moment from now: $unit is s, min, h or days, $amount how many.
when-now = just now
when-in = in { $amount } { $unit ->
        [s] s
        [min] min
        [h] h
       *[days] { $amount ->
            [one] day
           *[other] days
        }
    }
when-ago = { $amount } { $unit ->
        [s] s
        [min] min
        [h] h
       *[days] { $amount ->
            [one] day
           *[other] days
        }
    } ago
lrs-checking = Checking the LRS at { $endpoint } ...
lrs-check-about = /about: xAPI { $versions }
lrs-check-no-about = /about: not offered (allowed; the read below shows it is xAPI)
lrs-check-accepted = key and secret: accepted (the LRS let them read its statements)
lrs-check-ready = The LRS is ready: statements will be sent to it.
lrs-sync-nothing = Nothing to send: the outbox is empty.
# The progress bar: [bar], [done] and [total] stand where they are drawn.
lrs-sync-bar = sending [bar] [done]/[total] statements
lrs-sync-sent = Sent { $sent } { $sent ->
        [one] statement
       *[other] statements
    }{ $refused ->
        [0] {""}
       *[other] ; { $refused } refused by the LRS (`last-word lrs status` shows why)
    }.
# $trouble: one of the lrs-trouble messages; $count statements still wait.
lrs-sync-trouble = { $trouble }. { $count } { $count ->
        [one] statement still waits
       *[other] statements still wait
    }: the game sends them when the LRS is back, or run `last-word lrs sync` again

## Why the LRS failed ($reason, $message: the system's or the LRS's words)

lrs-trouble-unreachable = the LRS could not be reached at { $url }: { $reason }; check the endpoint with `last-word lrs test` and the network
lrs-trouble-unavailable = the LRS answered { $status }: it is busy or failing; the statements wait and are tried again later
lrs-trouble-unavailable-said = the LRS answered { $status } ({ $message }): it is busy or failing; the statements wait and are tried again later
lrs-trouble-credentials = the LRS refused the key/secret ({ $status }); set the right ones with `last-word lrs configure`
lrs-check-unreachable = cannot connect to { $url }: { $reason }. Check the endpoint's spelling and that the LRS is running and reachable from here
lrs-check-not-xapi = { $url } answered { $status }, not as an xAPI LRS does: the endpoint is probably wrong. It is the address statements are posted under (without `statements`), often ending in /xAPI/; set it with `last-word lrs configure --endpoint URL ...`
lrs-check-credentials = the LRS refused the key/secret ({ $status }). Copy them again from the LRS and set them with `last-word lrs configure`
lrs-check-version = the LRS speaks xAPI { $versions }, and Last Word sends xAPI 1.0.3. Use an LRS (or an endpoint of it) that accepts 1.0.3
lrs-check-other = the LRS answered { $status } to a read of its statements ({ $message }); ask its administrator what it expects

## last-word report: the words of every format but CSV (whose header and
## values stay English, for spreadsheets and scripts)

report-wrote = Wrote the report ({ $attempts } { $attempts ->
        [one] attempt
       *[other] attempts
    } by { $learners } { $learners ->
        [one] learner
       *[other] learners
    }) to { $path }
report-not-a-folder = { $dir } is not a folder of scenarios; give --dir the scenarios folder, or leave it out
report-file-missing = { $file }: no such file; give the path of a records file (records.sqlite3 from a learner's data folder)
report-file-unreadable = { $file }: cannot be read as Last Word records ({ $reason }); check it is a records.sqlite3 copied whole
report-file-not-records = { $file }: holds no Last Word records; give a records.sqlite3 from a learner's data folder
report-file-newer = { $file }: written by a newer Last Word (schema { $found }; this one reads up to { $known }); update Last Word to report on it
# $value is already written as a number.
report-percent = { $value }%
duration-seconds = { $s } s
duration-minutes = { $min } min
# $min has two digits: "1 h 05 min".
duration-hours = { $h } h { $min } min
report-none-in-period = No attempts were started in that period.
report-none-yet = No attempts are recorded yet: learners play with `last-word play` or in the game.
# What the report covers. $since: a date, or none; $played: day (all on
# $first), days ($first to $last) or none.
report-coverage = { $attempts } { $attempts ->
        [one] attempt
       *[other] attempts
    } by { $learners } { $learners ->
        [one] learner
       *[other] learners
    } from { $files } { $files ->
        [one] file
       *[other] files
    }{ $shared ->
        [0] {""}
       *[other] {" "}({ $shared } found in more than one file, counted once)
    }{ $since ->
        [none] {""}
       *[other] , started on or after { $since }
    }{ $played ->
        [day] ; played on { $first }
        [days] ; played { $first } to { $last }
       *[none] {""}
    }
report-title-text = Last Word training report
# $made: a date and time; $coverage: report-coverage.
report-made-text = Made { $made } UTC: { $coverage }
report-files = Files
report-col-file = File
report-col-schema = Schema
report-col-attempts = Attempts
report-col-shared = Also in an earlier file
report-learners = Learners
report-col-learner = Learner
report-col-finished = Finished
report-col-scenarios = Scenarios
report-col-mastered = Mastered
report-col-average = Average score
report-col-best = Best
report-col-time = Time spent
report-col-scenario = Scenario
report-col-learners = Learners
report-col-passed = Passed
# Narrow column headings for the outcomes, and the walk-outs.
report-col-loyal = Loyal
report-col-at-risk = At risk
report-col-lost = Lost
report-col-telling = Telling
report-col-walked-out = Walked out
report-scenarios-text = Scenarios (finished attempts by outcome: the customer kept and loyal, kept but at risk, lost, lost and telling everyone)
report-principles-text = Principles (points earned in finished attempts, of what the best paths earn)
report-col-principle = Principle
report-col-earned = Earned
report-col-share = Share
report-choices-text = Choices at each decision point (answers that chose each reply; * the best reply)
report-at-moment = at `{ $node }`
report-moment-unknown-text = moment not recorded (replies from before Last Word kept it)
# $chosen answers chose this reply, of $answers.
report-chosen-of = { $chosen } of { $answers }
# The HTML report. $made: a date and time (UTC).
report-html-title = Training report, { $made } UTC
report-heading = Training report
report-made = Made { $made } UTC
# The headline figures: a number, what it counts ($count, for the plural)
# and the figures behind it.
report-card-learners = { $count ->
        [one] learner
       *[other] learners
    }
report-card-learners-detail = { $scenarios } { $scenarios ->
        [one] scenario
       *[other] scenarios
    } in the records
report-card-attempts = { $count ->
        [one] attempt
       *[other] attempts
    }
report-card-attempts-detail = { $finished } finished
report-card-average = average score
report-card-average-detail = { $total } points / { $finished } finished
# $count is the number above, for languages whose word for it agrees.
report-card-passed = { $count ->
       *[other] passed
    }
report-card-passed-detail = of { $finished } finished { $finished ->
        [one] attempt
       *[other] attempts
    }
report-card-mastered = { $count ->
        [one] scenario mastered
       *[other] scenarios mastered
    }
report-card-mastered-detail = of { $played } learner–scenario { $played ->
        [one] pair
       *[other] pairs
    } played
report-learners-note = Average over finished attempts (points / finished). Mastered: scenarios with an attempt at or above the pass mark. Time spent: from the start to each reply and the ending, a pause counted up to 5 minutes.
report-no-finished-attempt = no finished attempt
report-scenarios = Scenarios
report-scenarios-note = How each scenario's finished attempts ended, the customer kept or lost. Passed: finished at or above the pass mark.
report-col-outcomes = Outcomes of finished attempts
report-none-finished = none finished
report-walked-out = { $count } walked out
report-of-total = of { $total }
report-principles = Principles
report-principles-note = Points earned for each principle across finished attempts, against the points the best replies of the same scenarios earn. Share = earned / best; below zero, the principle was broken more than honoured.
report-col-share-of-best = Share of the best
report-choices = Choices at each decision point
report-choices-note = At every moment a learner had to answer the customer: how many answers chose each reply. A conversation that came back to a moment counts each answer.
# $tag: the tag drawn beside the best reply (report-best-tag).
report-best-note = { $tag } marks the reply that starts the best path from that moment.
report-best-tag = Best
# $node: the moment's id, drawn as code.
report-moment = Moment { $node }
report-moment-unknown = Moment not recorded (replies from before Last Word kept it)
report-answers = { $count } { $count ->
        [one] answer
       *[other] answers
    }
# $share is already written as a percentage.
report-best-chosen = best reply chosen { $chosen } of { $answers } ({ $share })
report-about = About this report
report-col-records-file = Records file
# Text between backticks is shown as code.
report-about-note = An attempt found in several files (the same global id) is counted once, from its most complete copy. Learners are matched by name, ignoring case. Times are UTC. Made by `last-word report`; `--format csv` gives one row per attempt for a spreadsheet.

## last-word analyze --notes, and the simulation's progress bar

# [bar], [done], [total] and [eta] stand where they are drawn.
mc-bar = simulating [bar] [done]/[total] customers ([eta] left)
notes-none = Facilitator's notes: none. Add a `facilitator` block (scenarios/README.md shows how).
notes-heading = Facilitator's notes (for the facilitator only):
# $sum: each decision's minutes and the debrief's, "3 + 3 + 2 + 4".
notes-time = Time along the best path: { $decisions } { $decisions ->
        [one] decision
       *[other] decisions
    } and the debrief, { $sum } = { $total } minutes.
notes-off-path = Off the best path:
notes-decision = [{ $node }] { $minutes } min: "{ $line }"
notes-model-answer = Model answer: reply { $reply } ({ $points }): { $text }
notes-tempting = Tempting: reply { $reply } ({ $points }): { $text }
notes-other-best = (The analysis's best here is reply { $reply }; the notes argue for another.)
notes-ask = Ask the room: { $question }

## The command line: what an argument or the game window needs

translate-say-which = say which language to translate into, e.g. last-word translate { $scenario } --lang it
no-game-window = This build of Last Word has no game window (it was built without the `gui` feature). Play in the terminal with `last-word play <scenario>`; `last-word list` shows the scenarios.
arg-not-a-reply = `{ $text }` is not a reply number; write the replies as numbers separated by commas, e.g. 2,1,3, or "" for none
arg-not-a-size = `{ $text }` is not a size; write it as WIDTHxHEIGHT, e.g. 1920x1080
arg-not-a-side = `{ $text }` is not a width or height from 320 to 8192
arg-not-an-address = `{ $text }` is not an address; write this machine's address on the room's network, e.g. 192.168.1.5 or 192.168.1.5:8000
arg-not-a-date = `{ $text }` is not a date; write it as YYYY-MM-DD, e.g. 2026-03-01 (days start at 00:00 UTC)
arg-not-a-day = `{ $text }` is not a day of the calendar; check the month and the day

## The command line's help: clap's own words. The usage line, option
## names and value names (<SCENARIO>, [OPTIONS]) stay as they are typed.

help-usage = Usage:
help-heading-commands = Commands
help-heading-arguments = Arguments
help-heading-options = Options
help-flag = Print help
help-flag-summary = Print help (see more with '--help')
help-flag-more = Print help (see a summary with '-h')
help-version = Print version
help-about-help = Print this message or the help of the given subcommand(s)
# $value: the value used when none is given.
help-default = [default: { $value }]
help-possible-values = [possible values: { $values }]
help-possible-values-heading = Possible values:

## The command line's errors. Quoted $arg, $value, $command: what was
## typed; $list and $others start each item on its own line.

clap-error = error:
clap-tip = tip:
clap-more = For more information, try '{ $help }'.
clap-unknown-argument = unexpected argument '{ $arg }' found
clap-unknown-command = unrecognized subcommand '{ $command }'
clap-missing = the following required arguments were not provided:{ $list }
clap-missing-command = '{ $command }' requires a subcommand but one was not provided
clap-commands-list = [subcommands: { $commands }]
clap-invalid-value = invalid value '{ $value }' for '{ $arg }'
clap-value-required = a value is required for '{ $arg }' but none was supplied
clap-no-equals = equal sign is needed when assigning values to '{ $arg }'
clap-too-many = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
clap-too-few = { $expected } values required by '{ $arg }'; only { $actual } { $count ->
        [one] was provided
       *[other] were provided
    }
clap-wrong-count = { $expected } values required for '{ $arg }' but { $actual } { $count ->
        [one] was provided
       *[other] were provided
    }
clap-used-twice = the argument '{ $arg }' cannot be used multiple times
# $with: list ($others on lines of their own), one ($others is one
# argument) or unknown.
clap-conflict = the argument '{ $arg }' cannot be used with{ $with ->
        [list] :{ $others }
        [one] {" "}'{ $others }'
       *[unknown] {" "}one or more of the other specified arguments
    }
clap-conflict-command = the subcommand '{ $arg }' cannot be used with{ $with ->
        [list] :{ $others }
        [one] {" "}'{ $others }'
       *[unknown] {" "}one or more of the other specified arguments
    }
clap-similar-command = { $count ->
        [one] a similar subcommand exists
       *[other] some similar subcommands exist
    }: { $list }
clap-similar-argument = { $count ->
        [one] a similar argument exists
       *[other] some similar arguments exist
    }: { $list }
clap-similar-value = { $count ->
        [one] a similar value exists
       *[other] some similar values exist
    }: { $list }
clap-tip-pass-as-value = to pass '{ $arg }' as a value, use '{ $use }'
clap-tip-exists = '{ $arg }' exists
clap-tip-remove-dashes = subcommand '{ $command }' exists; to use it, remove the '--' before it

## The command line's help: each command's description (help-about-*)
## and each argument's help (help-arg-<command>-<argument>). English is
## the doc comments of src/cli/args.rs word for word (a test checks it).

help-about = Last Word: a customer-service training game, and the tools to write its scenarios.
help-long-about =
    Last Word: a customer-service training game built on real bad-service stories.

    With no command, opens the game. Trainers write scenarios as RON files in scenarios/ (see scenarios/README.md); the commands check, list, analyze and play them in the terminal.
help-arg-dir = The folder scenarios are read from
help-arg-scenario = Open this scenario (its id) at once
help-arg-choices = Play these replies at once, e.g. `--choices 1,2`: stable reply numbers (each reply's position in the scenario file, whatever order it is shown in); `--choices ""` plays none. A conversation that ends before the list does stops there, with a note
help-arg-no-shuffle = Show replies in file order instead of shuffled (this run only; the settings screen has the lasting switch)
help-arg-screenshot = Save a PNG of the window once the screen settles, then exit
help-arg-screen = The screen to capture with --screenshot: title, picker, settings, play (default with --scenario), debrief, learners, progress, or a workshop's screens: workshop (the projector), workshop-setup, standings, workshop-end (with `last-word workshop`'s --scenarios and --teams or --hands, or --scenario)
help-value-screen-workshop = The workshop's projector: with --scenario, its first decision with a live tally of simulated phones' votes
help-value-screen-workshop-setup = The workshop's set-up screen, prefilled as `last-word workshop`'s options say
help-value-screen-standings = The teams' standings after the first scenario, simulated teams voting (needs `last-word workshop --teams`)
help-value-screen-workshop-end = The end of a workshop played through by simulated phones
help-arg-seed = Seed for the customer's randomness
help-arg-window-size = The window's size in logical pixels, e.g. `1920x1080`
help-arg-continuous = Draw every frame, even when nothing changes (for comparison in the idle benchmark)
help-arg-bench-idle = Measure time to the first interactive frame and idle CPU over this many seconds, print them and exit
help-arg-lang = The language to show Last Word in, on every command: a tag such as `it`, `lv`, `mn`, `hi`, `te` or `en` (default: the system's, from LC_ALL, LC_MESSAGES or LANG, else English). `play` and `analyze` also show the scenario's texts in it, from its translation file beside it; texts not translated stay as written. The language changes nothing recorded
help-about-validate = Check scenario files for errors (exit 0 when all are valid, 1 otherwise)
help-arg-validate-paths = Scenario files or folders of them
help-arg-validate-format = Output format
help-arg-validate-coverage = With --format json: print an object with `diagnostics` (the array printed without this flag) and `translations`, each translation's coverage
help-about-list = List the scenarios found: id, title, difficulty, minutes
help-arg-list-dir = The folder to look in
help-about-analyze = Show a scenario's endings, best and worst scores and paths (stable reply numbers, which `play --choices` replays whatever the shuffle); with --runs, also play many simulated customers
help-arg-analyze-scenario = A scenario id (looked up in --dir) or a path to a scenario file
help-arg-analyze-json = Print the analysis as JSON
help-arg-analyze-dir = The folder ids are looked up in
help-arg-analyze-runs = Play this many customers with random replies, and as many along the best path, and report the spread of score, outcome and money
help-arg-analyze-seed = Seed for --runs (the same seed gives the same report)
help-arg-analyze-notes = Add the facilitator's notes: per decision the model answer, why the tempting replies tempt, the question for the room and the minutes, then the session's time budget
help-about-play = Play a scenario in the terminal (recorded in the learner's progress)
help-arg-play-scenario = { help-arg-analyze-scenario }
help-arg-play-seed = Seed for the customer's randomness (default: a new one each time, printed so the game can be replayed)
help-arg-play-choices = Play these replies without asking, e.g. `--choices 2,1,3`. They are stable reply numbers: each reply's position in the scenario file, whatever order it is shown in, as `analyze` prints paths and the debrief's replay line gives them. `--choices ""` plays none. If the conversation ends first (the customer walks out, or an ending is reached), the rest go unused and a note says so
help-arg-play-json = Print only the debrief, as JSON (needs --choices up to an ending)
help-arg-play-no-shuffle = Show replies in file order instead of in this game's shuffled order (a resumed game keeps the order it was saved with)
help-arg-play-dir = { help-arg-analyze-dir }
help-arg-play-resume = Resume a session saved when you quit
help-arg-play-timed = Timed play: thinking time costs patience. Each moment gives you 10 s plus time to read it; every time that runs out before you answer, the customer waits another minute. Replies given with --choices are not timed
help-arg-play-assess = Assessment: hold each reply's coaching and principle points back until the debrief, which replays every decision beside the best reply offered. A resumed session keeps the mode it was saved in
help-arg-play-learner = The learner this play is recorded for (created if new; remembered for next time). Default: the last one, or one named after you
help-arg-play-continue = Continue the learner's last unfinished conversation, recorded reply by reply, where it stopped (even after a crash)
help-about-translate = Write the template for translating a scenario: every text it shows, the original beside each, to `<id>.<lang>.ron` beside it (`--lang` names the language to translate into: a tag such as `it`, `lv`, `mn`, `hi`, `te` or `pt-BR`). Run again on an existing translation, it keeps what is translated, adds what is new and marks what went stale
help-arg-translate-scenario = { help-arg-analyze-scenario }
help-arg-translate-out = Write here instead of `<id>.<lang>.ron` beside the scenario
help-arg-translate-dir = { help-arg-analyze-dir }
help-about-progress = A learner's progress: per scenario the attempts, best grade and whether it is mastered; per principle the points earned and the trend; the attempts over time; and what to play next, and why
help-arg-progress-learner = The learner (default: the last one who played)
help-arg-progress-json = Print it as JSON
help-arg-progress-dir = The scenario library the recommendation chooses from
help-about-pass-mark = Show or set the pass mark a finished attempt needs for its scenario to count as mastered (default 80): for every scenario, or with --scenario for one
help-arg-pass-mark-mark = The new mark, 0 to 100 (none: show the marks in force)
help-arg-pass-mark-scenario = The scenario the mark is for (default: every scenario without its own)
help-arg-pass-mark-clear = Remove the scenario's own mark, so the global one applies
help-arg-pass-mark-dir = The folder scenario ids are checked against
help-about-lrs = The organisation's learning record store (xAPI): set it up, check the connection, see and send the statements waiting for it
help-about-lrs-configure = Set the LRS statements are sent to, and how learners are named in them; `--off` stops sending (statements wait in the outbox)
help-arg-lrs-configure-endpoint = The LRS's xAPI endpoint, the address statements are posted under, e.g. https://lrs.example.org/xAPI/
help-arg-lrs-configure-key = The key (user name) the LRS gave for Last Word
help-arg-lrs-configure-secret = The secret (password) that goes with the key
help-arg-lrs-configure-account-home-page = Name learners by an account on this home page (the default, on urn:last-word:learners)
help-arg-lrs-configure-mbox-domain = Name learners by an email address at this domain (mailto:first.last@DOMAIN)
help-arg-lrs-configure-off = Forget the LRS: nothing is sent until one is set up again
help-about-lrs-status = The LRS set up, and the statements waiting, sent and refused (with the LRS's messages)
help-about-lrs-test = Check the connection to the LRS, writing nothing, and say what is wrong if it fails
help-about-lrs-sync = Send the waiting statements now, with a progress bar (exit 1 if any are left waiting because the LRS failed)
help-about-report = A report for managers: per learner, per scenario, per principle, and the share of answers that chose each reply at every decision point. Merges records files collected from several machines, counting each attempt once; never writes to them
help-arg-report-databases = Records files (records.sqlite3) to report on, e.g. copied from onboarding laptops. Default: this machine's
help-arg-report-format = text, csv (one row per attempt) or html (one self-contained page). Default: from --out's extension (.csv, .html, .htm), else text
help-arg-report-since = Only attempts started on or after this day (YYYY-MM-DD, UTC)
help-arg-report-out = Write the report to this file instead of printing it
help-arg-report-dir = The scenario library, for titles, the customer's lines, replies nobody chose and the best reply (default: scenarios/ if there)
help-about-workshops = Workshops saved with the records, newest first; `workshops export` writes one as CSV (one row per decision) or one HTML page
help-arg-workshops-json = Print the list as JSON
help-about-workshops-export = Write one workshop as CSV or as a self-contained HTML page
help-arg-workshops-export-workshop = The workshop's id (or its first characters), or `latest`
help-arg-workshops-export-format = csv (one row per decision) or html (one page to mail round). Default: from --out's extension (.csv, .html, .htm)
help-arg-workshops-export-out = Write to this file (replaced whole) instead of printing
help-about-workshop = Run a workshop: the game opens on the workshop's set-up (prefilled from these options) for a facilitator to run on the projector while the room votes from their phones
help-arg-workshop-scenarios = The scenarios to run, in order (ids), e.g. `--scenarios a,b,c`
help-arg-workshop-teams = Play in teams with these names, e.g. `--teams Red,Blue` (2 to 8)
help-arg-workshop-hands = No phones: the facilitator types in a show of hands
help-arg-workshop-bind = Where the phones' server listens: an address (port 8421) or ADDRESS:PORT. Default: this machine's address on the local network
help-arg-workshop-open = Skip the set-up: start at once and open the first decision's vote (needs --scenarios; for a rehearsal, and the idle benchmark)
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

## The principles shipped in scenarios/principles.ron: each one's name and
## summary, by id. English is the file's text word for word; a principle a
## trainer adds, or one whose name they change, shows as their file writes it.

principle-name-flexible-policy = Flexible, humane policy
principle-about-flexible-policy = Policies are not jokes. Keep the ones that protect both the business and the customer, and bend them when they hurt the relationship.
principle-name-say-what-you-can-do = Talk about what you can do, not your process
principle-about-say-what-you-can-do = Customers want to hear what you can do for them, not what they must do for you.
principle-name-own-hard-questions = Own the hard questions
principle-about-own-hard-questions = Be ready to help whatever the complexity; reach whoever can answer, up to the product designers or the CEO.
principle-name-efficient-systems = Efficient systems, no upsell while they wait
principle-about-efficient-systems = Systems and processes must make doing business with you quick; don't pitch to a customer the wait has already annoyed.
principle-name-respect-privacy = Personalize without creeping
principle-about-respect-privacy = Use what you know to serve the customer, never to unsettle them; guard their data.
principle-name-be-reachable = Be reachable by a human
principle-about-be-reachable = Be where customers want you: phone, e-mail, social media, a person to talk to.
principle-name-no-last-word = Don't point out their mistake; don't take the last word
principle-about-no-last-word = Once the problem is solved, stop. Winning the argument loses the customer.
principle-name-fix-fast = Fix fast, no twenty questions
principle-about-fix-fast = When the fault is yours, put it right quickly and painlessly, without an interrogation.
principle-name-respond-quickly = Respond quickly
principle-about-respond-quickly = Enough staff on the floor, at the till and on the phones; quick handling stops complaints from escalating.
principle-name-know-the-product = Know the product
principle-about-know-the-product = Courteous, knowledgeable, well-trained staff are the company's public face and voice.
principle-name-keep-your-word = Keep your word
principle-about-keep-your-word = Don't promise what you can't deliver, even when the promise would make a sale; be honest about what you can do.
principle-name-listen = Listen, and change what customers dislike
principle-about-listen = Hear what the customer actually wants, and be ready to roll back what enough customers dislike.
principle-name-make-it-right = Refund and compensate
principle-about-make-it-right = An apology is backed by money: refund, compensate, cover the costs you caused, as fast as you can.
principle-name-greet = Greet the customer
principle-about-greet = A customer greeted at once feels positive; one ignored braces for bad service.
principle-name-quality-at-speed = Keep quality while being fast
principle-about-quality-at-speed = Speed must not cost quality; a poor product costs more in complaints and returns than it saved.
principle-name-set-a-limit = Set a limit, then help
principle-about-set-a-limit = When a customer turns abusive, say calmly what you won't accept and, in the same breath, what you will do for them. Don't cave in, and don't hit back.
principle-name-read-the-context = Read the context
principle-about-read-the-context = Good service is in the eye of the customer; know what they came for before applying a rule.

## last-word play: what stops a play, and what it could not record

play-nobody-yet = nobody has played yet; start with: last-word play <scenario>
play-nothing-to-continue = { $learner } has no conversation to continue; start one with: last-word play <scenario>
# $reason: why the file could not be read, in the system's words.
play-cannot-read-saved = cannot read the saved session { $path }: { $reason }
play-cannot-resume = cannot resume { $path }: { $reason }
# $index: which of the --choices; $reason: choice-ended or choice-not-available.
play-choice-failed = choice { $index }: { $reason }
play-not-recorded = warning: this play is not recorded: { $reason }
# $problem: what went wrong, in the words recorded when it did.
play-statements-wait = { $count } xAPI { $count ->
        [one] statement waits
       *[other] statements wait
    } for the LRS ({ $problem }); they are sent next time, or now with `last-word lrs sync`
choice-ended = the conversation has already ended
choice-not-available = reply { $number } is not available at `{ $node }`; the replies here are { $available }
restore-wrong-scenario = the saved session is for `{ $saved }`, not `{ $given }`
restore-scenario-changed = the scenario has changed since the session was saved, so it cannot be replayed exactly
restore-replay = the saved replies no longer fit: { $reason }
resume-finished = attempt { $attempt } has already ended; start a new one
resume-scenario-changed = the scenario `{ $scenario }` has been edited since this attempt started, so its replies cannot be replayed; the attempt stays in your history, start the scenario afresh
resume-wrong-scenario = the attempt is for `{ $recorded }`, not `{ $given }`
resume-replay = the recorded replies no longer fit: { $reason }
