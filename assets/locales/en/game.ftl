# The game's screens (src/game/): title, learners, picker, play, debrief,
# progress, settings. English is the reference: every other language has
# exactly these messages.

## Shared by several screens

game-back = Back
game-back-esc = Back (Esc)
# A line of a scenario, a reply or a customer, quoted.
game-quoted = “{ $text }”

## Before the window opens (printed in the terminal)

game-no-display = Last Word needs a graphical display to open its window, and this machine has none (DISPLAY is not set). Play in the terminal instead: `last-word list` shows the scenarios and `last-word play <scenario>` plays one.
game-display-unreachable = Last Word cannot reach the display { $display } (no X server is listening at { $socket }). Start one, or play in the terminal: `last-word play <scenario>`.
game-no-scenarios-folder = error: the scenarios folder { $folder } does not exist; run Last Word from its folder, or pass --dir

## The title screen

title-promise = Serve customers from real bad-service stories, and see what every reply costs: their mood, their loyalty, their money.
# $name is shown in bold, wherever the sentence puts it.
title-playing-as = Playing as { $name }
title-continue = Continue
# Under "Continue": the unfinished conversation it goes on with.
title-unfinished = { $title }, after { $replies } { $replies ->
        [one] reply
       *[other] replies
    }
title-play = Play
title-workshop = Workshop
title-progress = Progress
title-settings = Settings
title-quit = Quit
title-keys = Mouse or keyboard: Tab moves, Enter chooses, Esc goes back.
# Why "Continue" could not go on; $reason is the records' own words.
title-resume-gone = The scenario `{ $scenario }` is no longer in the scenarios folder, so that conversation cannot go on.
title-resume-edited = “{ $title }” has been edited since you left it, so that conversation cannot go on. It stays in your history; play it afresh.
title-resume-failed = That conversation cannot go on: { $reason }.

## Who is playing (the learner screen)

learners-heading = Who is playing?
learners-intro = Each learner's progress is kept under their name on this computer. Pick your name, or type a new one.
learners-change = Change learner
learners-on-this-computer = Learners on this computer
learners-nobody = Nobody yet. Type your name to start your record.
learners-playing-now = Playing now
# $date is a day of the calendar: 2026-11-25.
learners-since = since { $date }
learners-new = New learner
learners-your-name = Your name
learners-hint = Type your name, then press Enter. Backspace deletes a letter.
learners-add = Add and play (Enter)
learners-skip = Skip (Esc)
learners-skipping = Skipping plays as “{ $name }”.
learners-no-records = The records could not be opened, so no learner can be added; the game plays unrecorded.
learners-name-empty = A learner needs a name; type at least one letter.
learners-name-taken = There is already a learner called { $name }; pick them from the list, or type another name.
# $error is the records' own words.
learners-not-added = The learner could not be added: { $error }.

## Choosing a scenario (the picker)

picker-heading = Choose a scenario
picker-intro = Each one is drawn from a real bad-service story. Pick one to serve the customer.
picker-your-progress = Your progress
picker-empty = No scenarios found. Put scenario files (*.ron) in the scenarios folder; scenarios/README.md shows how to write one.
picker-loading = Loading…
picker-play-next = Play next
picker-best = Best: { $grade }
picker-mastered = Mastered
picker-needs-fixing = Needs fixing
picker-errors = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    } in { $file }. Open it to see what to fix.

## A scenario file with errors

broken-back = Back to scenarios (Esc)
broken-heading = { $file } needs fixing
broken-intro = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    } found. Fix the file in your editor and save it: this page updates by itself. `last-word validate` shows the same messages.
broken-fixed = { $file } is fixed
broken-valid-now = “{ $title }” is valid now.
broken-principles-fixed = The scenarios in the folder use its principles now.
broken-play = Play it
broken-reading = Reading the file…
broken-gone = { $file } is no longer in the scenarios folder.
broken-error = error
broken-warning = warning
broken-how-to-fix = How to fix it: { $hint }
# Marks the place of a problem when it has no text of its own.
broken-here = (here)
library-unreadable = cannot read this file: { $error }
library-unreadable-hint = check the file and its permissions

## Scrolling

scroll-more-below = More below: scroll, or press Page Down

## Playing

play-guide = Showing the best path: the highlighted reply is the one it takes.
# $minutes is already written with its unit: "2 min".
play-clock = Clock { $minutes }
play-scenarios = Scenarios
play-stake = At stake: { $yearly } a year · { $loyal } over { $years } { $years ->
        [one] year
       *[other] years
    } · now worth { $now }
play-stake-yearly = At stake: { $yearly } a year
# $band is the mood in words, $mood the figure.
play-mood = Mood: { $band } ({ $mood })
play-patience = Patience while you think
play-prompt = Your reply (press its number, or click it):
play-best-path = Best path
play-you-said = You: “{ $reply }”
# $before and $after are play-mood-value, each in its band's colour.
play-mood-change = Mood { $before } to { $after }
play-mood-value = { $mood } { $band }
# $delta is signed ("+5"); $minutes is written with its unit.
play-mood-moved = ({ $delta }, { $minutes } passed)
play-what-happened = What happened
play-coaching = Coaching
play-taken-before = (taken before: no points this time)
# $value is shown in bold: "$10,715 to $13,702 (+$2,987)".
play-value = Expected value of this customer: { $value }
play-walks-out = The customer has had enough and walks out. { $text }
play-conversation-ends = The conversation ends ({ $outcome }). { $text }
play-continue = Continue  (Enter)
play-see-debrief = See the debrief  (Enter)
play-kept-waiting = You kept them waiting too long. The customer walks out.

## The debrief

debrief-nothing = There is no finished conversation to debrief.
debrief-heading = Debrief: { $title }
# $raw, $best and $worst are signed: "+7".
debrief-score = Score { $score }/100 · principle points { $raw } (best { $best }, worst { $worst })
# In bold and the outcome's colour; what happened follows.
debrief-customer = Customer { $outcome }.
debrief-walked-out = The customer walked out.
debrief-principles = Principle by principle
debrief-column-you = You
debrief-column-best = Best
debrief-mood = Mood across the conversation
debrief-your-replies = Your replies
debrief-no-replies = None: the customer left before you spoke.
debrief-best-path = The best path
debrief-best-path-none = None.
debrief-money-explained = The money, explained
debrief-lesson = The lesson
debrief-discussion = For discussion
debrief-show-best = Show me the best path (B)
debrief-play-again = Play again (R)
debrief-scenarios = Scenarios (Esc)
debrief-chart-title = Mood, 0–100
debrief-chart-axis = Minutes since the customer arrived
# $start and $end are moods (0–100), each with its band in words.
debrief-chart-caption = From { $start } ({ $start-band }) to { $end } ({ $end-band }) over { $minutes } { $minutes ->
        [one] minute
       *[other] minutes
    }, { $moments } { $moments ->
        [one] moment
       *[other] moments
    }. The red line is where a customer walks out.
debrief-no-decisions = No decisions: the customer left before you spoke.
debrief-you-said-best = You said: the best reply offered
debrief-you-said = You said
debrief-best-offered = Best reply offered

## The learner's progress

progress-heading = Progress
progress-heading-learner = Progress of { $learner }
# $mastered is the line "4 of 15 scenarios mastered".
progress-summary = { $finished } { $finished ->
        [one] attempt
       *[other] attempts
    } finished across { $played } { $played ->
        [one] scenario
       *[other] scenarios
    } · { $mastered }
progress-play-next = Play next: { $title }
progress-all-mastered = Every scenario mastered
progress-nothing-yet = Nothing to play yet
progress-play = Play
progress-play-title = Play “{ $title }”
progress-over-time = Attempts over time
progress-by-principle = Principle by principle
progress-unrecorded = Progress is not being recorded: the records could not be opened (the log says why). The game plays on, unrecorded.
progress-no-finished = No finished attempts yet: play a scenario to its end and its score shows here.
progress-chart-title = Score of each finished attempt, 0–100
progress-chart-axis = Attempt, in the order played
# $shown attempts drawn, numbered $first to $last of $total; $average is
# already rounded.
progress-chart-caption = { $shown ->
        [1] Attempt { $first } of { $total }
       *[other] Attempts { $first }–{ $last } of { $total }
    }: scores from { $low } to { $high }, { $average } on average. The colour is the grade.
progress-no-principles = No principles yet: they are scored when an attempt reaches its end.
progress-legend = Points earned of what the best paths earn, finished attempts. Green: honoured; red: lost by breaking it; grey: missed. The trend compares the share in your earlier half of attempts with the later half.
# $earned and $best are signed ("+3"), $share a percentage.
progress-figures = { $earned } of { $best } · { $share }
progress-figures-no-share = { $earned } of { $best }
progress-too-few = too few to tell
# $trend in words, then the share in the earlier and the later half.
progress-trend-shares = { $trend } · { $earlier } then { $later }

## Settings

settings-heading = Settings
settings-on = On
settings-off = Off
settings-text-size = Text size
settings-text-size-help = Larger text for a projector in a training room.
settings-text-speed = Text speed
settings-text-speed-help = How fast the customer's words appear. Enter or Space shows the whole line at once.
settings-speed-slow = Slow
settings-speed-normal = Normal
settings-speed-fast = Fast
settings-speed-instant = Instant
settings-timed = Timed mode
settings-timed-help = The customer's patience drains while you think; every pause costs them a minute of waiting.
settings-shuffle = Shuffle replies
settings-shuffle-help = Each conversation shows the replies in its own order, so the first is not always the best. Off: the scenario's order, for a workshop.
settings-mode = Practice or assessment
settings-mode-help = Practice teaches: coaching after every reply. Assessment tests, as onboarding does: the coaching waits for the debrief, which replays every decision beside the best reply.
settings-fullscreen = Fullscreen
settings-fullscreen-help = Fill the screen, for workshops.
settings-lrs = Learning record store
settings-lrs-closed = The records are not open, so nothing is recorded or sent.
settings-lrs-not-set-up = Not set up: every attempt is kept in the records, ready to send. To send them to your organisation's LRS, run `last-word lrs configure`.
settings-lrs-counts = Statements sent: { $sent }, waiting: { $waiting }, refused: { $refused }.
# Follows settings-lrs-counts; $error is the sender's own words.
settings-lrs-error = Waiting because { $error }; they are tried again.
settings-saved-to = Saved to { $path }
settings-not-saved = This system has no config folder; settings last until you quit.
## Language (Settings)

language-setting = Language
language-setting-help = The game's screens, and the scenarios translated into it; a scenario not yet translated plays as it was written.
language-setting-system = The system's ({ $language })
