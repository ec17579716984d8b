# The words for the core's data: labels, the review, progress and the
# money's arithmetic (src/text/). English is the reference: every other
# language has exactly these messages.

## Mood bands

band-gone = gone
band-angry = angry
band-irritated = irritated
band-neutral = neutral
band-content = content
band-delighted = delighted

## Endings

outcome-kept-loyal = kept and loyal
outcome-kept-at-risk = kept but at risk
outcome-lost = lost
outcome-lost-and-telling = lost and telling everyone

## Difficulty

difficulty-easy = easy
difficulty-medium = medium
difficulty-hard = hard

## The clock and the mood timeline

# $minutes is already written as a number ("2", "2.7").
minutes = { $minutes } min
event-arrived = arrives
event-waited = waits { $minutes } min
event-replied = reply { $step } at { $node }
event-kept-waiting = kept waiting { $minutes } min

# Why scripted replies went unused; $played and $unused are counts.
unused-choices = { $walked ->
        [yes] the customer walked out
       *[no] the conversation reached an ending
    } after { $played } { $played ->
        [one] reply
       *[other] replies
    }, so { $unused ->
        [one] the last choice
       *[other] the last { $unused } choices
    } went unused

## Assessment mode and the review

assessment-note = Assessment: no coaching or points after each reply. The debrief replays every decision beside the best reply, with the coaching.
held-back = Assessment: the coaching and points wait for the debrief.
review-title = Decision by decision
review-intro-assessment = An assessment: the coaching was held back until now. Each reply you chose, beside the best one offered.
review-intro-practice = Each reply you chose, beside the best one offered.
mode-practice = Practice
mode-assessment = Assessment
verdict-best = The best reply offered.
verdict-better = A better reply was offered:
verdict-unknown = The best reply here could not be worked out (the loop is too large).
# $points is the number (for the plural), $signed the same with its sign.
points = { $points ->
        [0] no points
        [one] { $signed } point
       *[other] { $signed } points
    }
best-count = { $best } of { $total } { $total ->
        [one] reply was
       *[other] replies were
    } the best offered.

## Progress

trend-improving = improving
trend-steady = steady
trend-slipping = slipping
trend-too-few = too few attempts to tell
mastered-line = { $mastered } of { $library } { $library ->
        [one] scenario
       *[other] scenarios
    } mastered
next-no-scenarios = There is no scenario to play yet: put scenario files (*.ron) in the scenarios folder.
next-all-mastered = You have mastered all { $library } scenarios. Play any of them again, or try assessment mode.
reason-first-steps = You have not finished a scenario yet, so start with “{ $title }”: the easiest ({ $difficulty }, { $minutes } min).
reason-weakest = Your weakest principle is “{ $name }”: you earned { $earned } of the { $best } points the best paths earn ({ $share }). “{ $title }” practises it most of the scenarios you have not mastered: its best path earns { $points } in it.
reason-next-unmastered = You earn full marks in every principle you have met so far; “{ $title }” is the easiest scenario you have not mastered ({ $difficulty }, { $minutes } min).

## Money: headings

money-heading-revenue = Money (this customer's own revenue)
money-heading-profit = Money (this customer's own profit)
money-heading-caller = Money (this caller's own costs, not sales)
wom-heading-revenue = Word of mouth (a separate estimate, not part of the revenue above)
wom-heading-profit = Word of mouth (a separate estimate, not part of the profit above)
wom-heading-caller = Word of mouth (a separate estimate, not part of the caller's costs above)
own-revenue = this customer's own revenue
own-profit = this customer's own profit
own-caller = this caller's own costs

## Money: the arithmetic, one sentence per step. Every sentence with a sum
## reads "what: calculation = result" and then words without another "=",
## so a reader can redo it on a calculator. $calc is the calculation.

step-at-stake = At stake: { $calc }.
step-this-caller = This caller: { $calc }.
step-this-customer = This customer: { $calc }.
step-profit = Profit: { $calc }.
step-retention-arrival = Retention as they came in, at mood { $mood }: { $calc }.
step-retention-arrival-none = Retention as they came in, at mood { $mood }: none; a customer this unhappy does not come back.
step-retention-end = Retention at their final mood of { $mood }: { $calc }.
step-retention-end-none = Retention at their final mood of { $mood }: none; a customer this unhappy does not come back.
step-lost-revenue = Revenue lost against their worth as they came in: { $calc }.
step-lost-profit = Profit lost against their worth as they came in: { $calc }.
step-lost-caller = Trust lost, as costs the caller now expects to pay elsewhere: { $calc }.
step-even = Neither gained nor lost against their worth as they came in: { $calc }.
step-gained-revenue = Revenue gained against their worth as they came in: { $calc }.
step-gained-profit = Profit gained against their worth as they came in: { $calc }.
step-gained-caller = Trust gained, as costs the caller now expects to save: { $calc }.
step-per-listener = Each listener, as the game assumes: { $calc }. (American Express, 2011, found that 70% would spend 13% more with excellent service; that a listener spends what this customer does and moves by that much for a year, up for a good story or down for a bad one, is the game's assumption.)
# $result: neither, won or lost; $own: whose money it is apart from (own-*).
step-estimate = Estimate, the game's assumption: { $calc } { $result ->
        [neither] neither won nor lost
        [won] won
       *[lost] lost
    }, apart from { $own }.
bounds-none = The ending ({ $ending }) leaves no chance they come back: retention is { $r }.
# $verb: rises, falls or stays.
bounds = The ending ({ $ending }) holds retention between { $low } and { $high }: r { $verb ->
        [rises] rises to
        [falls] falls to
       *[stays] stays
    } { $r }.
worth-arrival = Worth as they came in ({ $years } years at a { $rate } discount rate): { $calc }.
worth-end-none = Worth after this conversation: { $worth }, since they are not coming back.
worth-end = Worth after this conversation: { $calc }.
tells-loyal = A loyal customer tells { $people } a good story.
tells-at-risk = A customer kept at risk has no story to tell either way (the game's assumption).
tells-lost = A customer lost quietly still tells about a bad experience (American Express, 2011, found bad experiences are told to about twice as many people as good ones): { $calc }.
tells-angry = A customer who leaves angry tells about a bad experience (American Express, 2011, found bad experiences are told to about twice as many people as good ones): { $calc }.
nobody-told = Nobody hears a story, so word of mouth neither wins nor loses anything.
# Words in a calculation: "$15 a day × 365 days".
op-of = of
unit-a-day = { $amount } a day
unit-a-visit = { $amount } a visit
unit-a-year = { $amount } a year
# $amount is the figure as written, $count its value for the plural.
unit-days = { $amount } { $count ->
        [one] day
       *[other] days
    }
unit-visits = { $amount } { $count ->
        [one] visit a year
       *[other] visits a year
    }
unit-years = { $amount } { $count ->
        [one] year
       *[other] years
    }
unit-people = { $amount } { $count ->
        [one] person
       *[other] people
    }
# A value that moved: "$10,715 to $13,702 (+$2,987)".
dollars-moved = { $before } to { $after } ({ $change })
