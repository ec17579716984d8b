# The validator's messages about scenario, translation and principles files.
# Codes (`unknown-target`), ids, field names and file names stay as written.

diag-unreadable-file = cannot read this file: { $error }
diag-unreadable-file-hint = check the path and that you may read the file
diag-too-large = this file is { $bytes } bytes; scenario files are limited to { $limit } bytes (1 MiB)
diag-too-large-hint = split the scenario into smaller ones, or check that this is the file you meant
diag-not-utf8 = this file is not UTF-8 text (bad byte at offset { $offset })
diag-not-utf8-hint = save the file as UTF-8 in your editor
diag-unwritable = the scenario cannot be written as RON: { $error }
diag-unwritable-hint = check the scenario's numbers: RON cannot hold every value
diag-principles-shape = a principles file holds a list of principles
diag-principles-shape-hint = write `[ (id: "fix-fast", name: "...", summary: "..."), ... ]`
diag-unreadable-folder = cannot read this folder: { $error }
diag-unreadable-folder-hint = check the path and its permissions
diag-not-found = no such file or folder
diag-not-found-hint = give a scenario file (`scenarios/coffee-dry-cappuccino.ron`) or a folder of them (`scenarios/`)
diag-duplicate-scenario-id = the scenario id `{ $id }` is already used by { $file }
diag-duplicate-scenario-id-hint = give each scenario its own id; players and scripts pick scenarios by id
diag-scenario-shape = a scenario file holds one `Scenario( ... )` with named fields
diag-scenario-shape-hint = start the file with `Scenario(` and write fields as `id: "my-scenario",`
diag-did-you-mean = did you mean `{ $near }`?
diag-scenario-fields = a scenario's fields are: { $fields }
diag-unknown-scenario-field = a scenario has no field `{ $field }`
diag-missing-field = the scenario has no `{ $field }`
diag-missing-field-hint = add `{ $field }: ...` (see scenarios/README.md for what it holds)
diag-expected-list = expected a list of { $what }s in `[ ... ]`
diag-expected-list-hint = write the items inside square brackets, separated by commas
diag-missing-struct-field-in = this { $what } is missing the field `{ $field }`
diag-missing-struct-field = { $what } is missing the field `{ $field }`
diag-missing-struct-field-hint = add `{ $field }: ...`; scenarios/README.md lists every field
diag-fields-here = the fields here are: { $fields }
diag-no-such-field-in = a { $what } has no field `{ $field }`
diag-no-such-field = { $what } has no field `{ $field }`
diag-did-you-mean-choices = did you mean `{ $near }`? The choices are: { $choices }
diag-choices = the choices are: { $choices }
diag-no-such-choice = `{ $found }` is not one of the choices here
diag-duplicate-field = the field `{ $field }` is written twice
diag-duplicate-field-hint = keep one of them
diag-unexpected-text = in { $what }: unexpected text here
diag-unexpected-text-hint = a field that counts whole things (minutes of play, horizon_years, talks_to, principle weights) takes a whole number such as 5, not 5.5; otherwise look for a missing comma
diag-integer-out-of-bounds = in { $what }: this number is out of range for its field
diag-integer-out-of-bounds-hint = counts such as talks_to, minutes of play and weights cannot be negative or huge; see the ranges in scenarios/README.md
diag-expected-string = in { $what }: expected text in double quotes
diag-expected-string-hint = write text and ids in double quotes, e.g. "fix-fast"
diag-expected-number = in { $what }: expected a number
diag-expected-number-hint = write a number without quotes, e.g. 12 or 2.5
diag-ron-other = in { $what }: { $error }
diag-ron-other-hint = compare with scenarios/coffee-dry-cappuccino.ron, a complete example

## What a message is about (a `what` the core names in English).

diag-what-principle = principle
diag-what-the-scenario-id = the scenario id
diag-what-the-title = the title
diag-what-the-source-story = the source story
diag-what-the-setting = the setting
diag-what-the-difficulty = the difficulty
diag-what-the-minutes = the minutes
diag-what-the-lesson = the lesson
diag-what-the-customer = the customer
diag-what-the-start-node-id = the start node id
diag-what-the-debrief = the debrief
diag-what-a-node = a node
diag-what-an-ending = an ending
diag-what-the-tags = the tags
diag-what-the-walk-out-ending = the walk-out ending
diag-what-the-economics = the economics
diag-what-the-facilitator-s-notes = the facilitator's notes
diag-what-node = node
diag-what-reply = reply
diag-what-ending = ending
diag-what-customer = customer
diag-what-economics = economics
diag-what-feedback = feedback
diag-what-debrief = debrief
diag-what-facilitator = facilitator's notes

## Scenario checks.

diag-read-by-players = players read it
diag-read-by-facilitator = the facilitator reads it
diag-empty-text = { $what } is empty
diag-empty-text-hint = write { $what }; { $readers }
diag-out-of-range = { $what } is { $value }, outside { $low }..={ $high }
diag-out-of-range-hint = use a value from { $low } to { $high }
diag-low-end = the low end of { $what }
diag-high-end = the high end of { $what }
diag-range-reversed = { $what } runs from { $low } down to { $high }
diag-range-reversed-hint = write the range low first: ({ $high }, { $low })
diag-bad-id = { $what } `{ $id }` is not a usable id
diag-bad-id-hint = ids use letters, digits, `-` and `_`, e.g. `remake-the-drink`
diag-id-of = the id of { $what }
diag-play-minutes = a scenario taking { $minutes } minutes is outside 1..=240
diag-play-minutes-hint = estimate the minutes a trainee needs to play it, from 1 to 240
diag-no-questions = the debrief has no discussion questions
diag-no-questions-hint = add at least one question for a workshop to discuss
diag-horizon = a horizon of { $years } years is outside 1..=50
diag-horizon-hint = count from 1 to 50 years of the customer's future
diag-duplicate-id = the id `{ $id }` is used twice
diag-duplicate-id-hint = it is first used on line { $line }; nodes and endings share one set of ids, so rename one of them
diag-no-nodes = the scenario has no nodes
diag-no-nodes-hint = add at least one node: the customer's first line and the player's replies
diag-no-endings = the scenario has no endings
diag-no-endings-hint = add endings, e.g. one where the customer stays and one where they leave
diag-start-is-ending = the conversation starts at `{ $id }`, which is an ending
diag-start-is-ending-hint = start at a node, where the customer speaks first
diag-name-start = name the id of the node where the conversation begins
diag-unknown-start = the start node `{ $id }` does not exist
diag-name-node = name a node of this scenario
diag-condition-not-node = the condition names `{ $id }`, which is not a node
diag-no-replies = the node `{ $id }` has no replies, and it is not an ending
diag-no-replies-hint = give the player something to say here, or, if the conversation ends here, move it to `endings` with an outcome
diag-no-open-reply = every reply of the node `{ $id }` has a condition
diag-no-open-reply-hint = give at least one reply no `when:`, so the player is never left with nothing to say
diag-missing-feedback = reply { $reply } of node `{ $node }` has no feedback on { $what }
diag-missing-feedback-hint = add `feedback: (happened: "...", coaching: "...")`; { $what } is what the trainee learns from
diag-unknown-principle = `{ $id }` is not a known principle
diag-unknown-principle-hint = use a principle from { $origin }, or add this one there
diag-bad-weight = the weight of `{ $id }` is { $weight }
diag-bad-weight-hint = weights run from -5 (breaks it badly) to 5 (honors it fully), and are never 0
diag-name-node-or-ending = name a node or an ending of this scenario
diag-unknown-next = reply { $reply } of node `{ $node }` leads to `{ $id }`, which is neither a node nor an ending
diag-duplicate-principle = reply { $reply } of node `{ $node }` weighs the principle `{ $id }` twice
diag-duplicate-principle-hint = keep one weight per principle; only the last one would count
diag-name-ending = name one of this scenario's endings
diag-unknown-walk-out = the walk-out ending `{ $id }` is not an ending
diag-bad-walk-out = the walk-out ending `{ $id }` keeps the customer
diag-bad-walk-out-hint = a customer who walks out is lost: name an ending with outcome `Lost` or `LostAndTelling`
diag-no-walk-out = no ending says what happens when the customer walks out
diag-no-walk-out-hint = add an ending with outcome `Lost` or `LostAndTelling`, or name one with `walk_out: "..."`
diag-unreachable-node = no path from the start reaches the node `{ $id }`
diag-unreachable-node-hint = point a reply's `next` here, or remove the node
diag-dead-end = from the node `{ $id }` no ending can be reached
diag-dead-end-hint = give one of the replies here, or of the nodes it leads to, a `next` that is an ending
diag-unreachable-ending = no path from the start reaches the ending `{ $id }`
diag-unreachable-ending-hint = point a reply's `next` here, or remove the ending
diag-loop-too-many-replies = the loop through `{ $id }` ({ $nodes } nodes) holds { $scored } scored replies; at most { $max } can be analyzed exactly
diag-loop-too-large = the loop through `{ $id }` ({ $nodes } nodes, { $scored } scored replies, entered from many places) is too large to analyze exactly
diag-loop-hint = split the loop: let some replies move the conversation forward instead of back
diag-no-start = the conversation has no start node to analyze from
diag-cannot-finish-hint = give one of the replies here a `next` that is an ending
diag-duplicate-principle-definition = the principle `{ $id }` is defined twice
diag-duplicate-principle-definition-hint = it is first defined as item { $item }; keep one

## Facilitator notes.

diag-no-facilitator-notes = the scenario `{ $id }` has no facilitator notes
diag-no-facilitator-notes-hint = add { $example } after the debrief; scenarios/README.md shows a complete example
diag-empty-tempting = the note on why reply { $reply } tempts is empty
diag-empty-tempting-hint = write why the room might choose it, and why it fails; the facilitator reads it
diag-notes-for-ending = the notes are for `{ $id }`, which is an ending, not a decision
diag-notes-for-ending-hint = write notes for nodes, where the room chooses a reply; the ending's story belongs in the summary
diag-notes-unknown-node = the notes are for the node `{ $id }`, which does not exist
diag-unknown-reply = the node `{ $id }` has no reply { $reply }
diag-unknown-reply-hint = the node `{ $id }` offers replies 1 to { $count }: numbers are places in its `replies` list, counting from 1
diag-model-answer-not-best = the model answer at `{ $id }` is reply { $model }, but the analysis's best is reply { $best }
diag-model-answer-not-best-hint = from here reply { $model } leads to at most { $model-points } points and reply { $best } to { $best-points }; name reply { $best } or, if reply { $model } should be best, change the principle weights (`last-word analyze` shows the paths)
diag-missing-decision-notes = the facilitator's notes skip `{ $id }`, a decision on the best path
diag-missing-decision-notes-hint = add `"{ $id }": (model_answer: { $reply }, why: "...", minutes: 3)` to `facilitator.decisions`
diag-duplicate-notes = the facilitator's notes hold the { $what } `{ $id }` twice
diag-duplicate-notes-hint = merge the two notes into one; only the last would count
diag-minutes-out-of-range = { $what } are { $value }, outside { $low }..={ $high }
diag-minutes-out-of-range-hint = suggest whole minutes from { $low } to { $high }

## Translation files.

diag-translation-did-you-mean = did you mean `{ $near }`? Name the file `{ $near }.{ $lang }.ron`
diag-translation-name-file = name the file `<scenario id>.<language>.ron`, beside the scenario
diag-translation-no-scenario = this translation is of `{ $id }`, and there is no scenario with that id here
diag-unknown-language = `{ $lang }` is not a language tag Last Word knows
diag-unknown-language-hint = name the file `<scenario id>.<language>.ron` with a BCP 47 tag: `it`, `lv`, `mn`, `hi`, `te`, `pt-BR`
diag-translation-holds-scenario = this file is named like a translation (`<id>.<language>.ron`) but holds a scenario
diag-translation-holds-scenario-hint = a scenario file's name has no dot before `.ron`: rename it, e.g. `my-scenario.ron`
diag-not-a-translation = this is not a translation
diag-not-a-translation-hint = a translation file holds { $example }; `last-word translate <ID> --lang <LANG>` writes one
diag-translation-key = a key is a text's id in double quotes
diag-translation-key-hint = write keys as `"node.checkout.line"`; `last-word translate` writes every key
diag-duplicate-entry = `{ $key }` is translated twice (first on line { $line })
diag-duplicate-entry-hint = keep one of the two entries
diag-translation-entry = the entry for `{ $key }` is not `(text: "...", from: "...")`
diag-translation-entry-hint = write the translation as `text` and keep the `from` fingerprint `last-word translate` wrote
diag-translation-missing = `{ $key }` is not translated; it plays in the original language
diag-translation-missing-hint = add `"{ $key }": (text: "...", from: "{ $from }")`, or run `last-word translate { $id } --lang { $lang }` to add every missing entry
diag-translation-extra = `{ $key }` is not a text of `{ $id }`
diag-translation-extra-hint = `{ $id }` has no such text; remove the entry
diag-translation-empty = `{ $key }` is not translated yet; it plays in the original language
diag-translation-empty-hint = write the translation in `text`
diag-translation-stale = the original of `{ $key }` changed since it was translated; it plays in the original language until the translation is updated
diag-translation-stale-hint = the original now reads: "{ $original }"; update `text`, then set `from: "{ $from }"` (or run `last-word translate` again, which marks it)

## More of what a message is about.

diag-what-a-tag = a tag
diag-what-the-debrief-s-lesson = the debrief's lesson
diag-what-the-debrief-s-money-explanation = the debrief's money explanation
diag-what-a-discussion-question = a discussion question
diag-what-the-margin = the margin
diag-what-the-discount-rate = the discount rate
diag-what-the-customer-s-name = the customer's name
diag-what-the-customer-s-description = the customer's description
diag-what-the-starting-mood = the starting mood
diag-what-the-patience-mood-lost-per-minute-of-waiting = the patience (mood lost per minute of waiting)
diag-what-the-spend-per-visit = the spend per visit
diag-what-the-visits-per-year = the visits per year
diag-what-the-people-they-talk-to = the people they talk to
diag-what-the-mood-in-this-condition = the mood in this condition
diag-what-the-customer-s-line = the customer's line
diag-what-the-minutes-that-pass = the minutes that pass
diag-what-a-mood-line = a mood line
diag-what-the-reply-s-text = the reply's text
diag-what-the-mood-change = the mood change
diag-what-the-spread = the spread
diag-what-what-happened = what happened
diag-what-the-coaching = the coaching
diag-what-the-ending-s-text = the ending's text
diag-what-the-principle-id = the principle id
diag-what-the-principle-s-name = the principle's name
diag-what-the-principle-s-summary = the principle's summary
diag-what-the-facilitator-s-summary = the facilitator's summary
diag-what-the-debrief-s-minutes = the debrief's minutes
diag-what-decision = decision
diag-what-tempting-reply = tempting reply
diag-what-the-reason-for-the-model-answer = the reason for the model answer
diag-what-the-question-for-the-room = the question for the room
diag-what-the-decision-s-minutes = the decision's minutes
