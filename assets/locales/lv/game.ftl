# The game's screens (src/game/): title, learners, picker, play, debrief,
# progress, settings. English is the reference: every other language has
# exactly these messages.

## Language (Settings)

language-setting = Valoda
language-setting-help = Spēles ekrāni un scenāriji, kas tulkoti šajā valodā; vēl netulkots scenārijs tiek spēlēts tā, kā tas uzrakstīts.
language-setting-system = Sistēmas valoda ({ $language })
