# The game's screens (src/game/): title, learners, picker, play, debrief,
# progress, settings. English is the reference: every other language has
# exactly these messages.

## Language (Settings)

language-setting = భాష
language-setting-help = ఆట తెరలు, ఈ భాషలోకి అనువదించిన సన్నివేశాలు; ఇంకా అనువదించని సన్నివేశం అది రాసిన భాషలోనే ఆడబడుతుంది.
language-setting-system = సిస్టమ్ భాష ({ $language })
