# Not translated yet: every message falls back to English (see
# tests/locales.rs, UNFINISHED).
