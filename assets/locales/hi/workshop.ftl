# The workshop: the game's facilitator screens (src/game/screens/workshop/),
# the phone page and the exported record (src/workshop/). English is the
# reference: every other language has exactly these messages.
