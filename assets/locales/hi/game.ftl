# The game's screens (src/game/): title, learners, picker, play, debrief,
# progress, settings. English is the reference: every other language has
# exactly these messages.

## Language (Settings)

language-setting = भाषा
language-setting-help = खेल की स्क्रीनें, और इस भाषा में अनूदित परिदृश्य; जिस परिदृश्य का अनुवाद अभी नहीं हुआ, वह उसी भाषा में चलता है जिसमें लिखा गया था।
language-setting-system = सिस्टम की भाषा ({ $language })
