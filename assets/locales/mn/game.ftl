# The game's screens (src/game/): title, learners, picker, play, debrief,
# progress, settings. English is the reference: every other language has
# exactly these messages.

## Language (Settings)

language-setting = Хэл
language-setting-help = Тоглоомын дэлгэцүүд болон энэ хэл рүү орчуулсан хувилбарууд; хараахан орчуулаагүй хувилбар анх бичигдсэн хэлээрээ тоглогдоно.
language-setting-system = Системийн хэл ({ $language })
