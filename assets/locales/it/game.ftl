# The game's screens (src/game/): title, learners, picker, play, debrief,
# progress, settings. English is the reference: every other language has
# exactly these messages.

## Language (Settings)

language-setting = Lingua
language-setting-help = Le schermate del gioco e gli scenari tradotti in questa lingua; uno scenario non ancora tradotto si gioca nella lingua in cui è stato scritto.
language-setting-system = Quella del sistema ({ $language })
