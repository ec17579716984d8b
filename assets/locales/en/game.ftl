# The game's screens (src/game/): title, learners, picker, play, debrief,
# progress, settings. English is the reference: every other language has
# exactly these messages.

## Language (Settings)

language-setting = Language
language-setting-help = The game's screens, and the scenarios translated into it; a scenario not yet translated plays as it was written.
language-setting-system = The system's ({ $language })
