//! The interface's languages: every shipped locale has every message
//! English has, and no other; the terminal speaks the language chosen by
//! `--lang` or the system locale, beside the scenario's own translation.

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

use last_word::text::i18n::{self, Language, message_ids};

/// Locales still being translated: their files may lack messages (English
/// shows for those). Shrink this to empty; a locale not listed here must
/// have every message.
const UNFINISHED: &[Language] = &[];

#[test]
fn every_finished_locale_has_every_english_message_and_no_other() {
    let english = message_ids(Language::English);
    assert!(english.len() > 100, "{} English messages", english.len());
    for language in Language::ALL {
        let ids = message_ids(language);
        let missing: Vec<&String> = english.iter().filter(|id| !ids.contains(id)).collect();
        let extra: Vec<&String> = ids.iter().filter(|id| !english.contains(id)).collect();
        assert!(
            extra.is_empty(),
            "assets/locales/{}/ has messages English lacks: {extra:?}",
            language.tag()
        );
        if UNFINISHED.contains(&language) {
            continue;
        }
        assert!(
            missing.is_empty(),
            "assets/locales/{}/ lacks {} messages: {missing:?}",
            language.tag(),
            missing.len()
        );
    }
}

#[test]
fn every_message_of_every_locale_formats_without_errors() {
    for language in Language::ALL {
        let locale = i18n::get(language);
        for id in message_ids(language) {
            assert!(locale.has(&id), "{}: `{id}` does not parse", language.tag());
        }
    }
}

#[test]
fn the_unfinished_list_names_only_locales_with_messages_missing() {
    let english = message_ids(Language::English);
    for language in UNFINISHED {
        let ids = message_ids(*language);
        assert!(
            english.iter().any(|id| !ids.contains(id)),
            "{} is complete: take it off UNFINISHED",
            language.tag()
        );
    }
}

fn play(lang_env: &str, extra: &[&str]) -> String {
    let data = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_last-word"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["play", "guest-house-review-fine", "--choices", "1,1,1"])
        .args(extra)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang_env)
        .env("NO_COLOR", "1")
        .env("LAST_WORD_DATA_DIR", data.path())
        .output()
        .expect("last-word runs");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_system_locale_plays_in_italian_interface_and_scenario_alike() {
    let out = play("it_IT.UTF-8", &[]);
    // The interface's words.
    for words in [
        "Tu: «",
        "Umore ",
        "Cosa è successo: ",
        "Da discutere",
        "== Debriefing: ",
        "Finale: ",
        "Le tue risposte",
        "Il percorso migliore",
        " all'anno",
    ] {
        assert!(out.contains(words), "no {words:?} in:\n{out}");
    }
    // The scenario's own texts, from its Italian translation.
    assert!(out.contains("La recensione da 500 dollari"), "{out}");
    assert!(!out.contains("The $500 Review"), "{out}");
    assert!(!out.contains("What happened"), "{out}");
}

#[test]
fn the_lang_flag_beats_the_system_locale() {
    let out = play("it_IT.UTF-8", &["--lang", "en"]);
    assert!(out.contains("What happened: "), "{out}");
    assert!(out.contains("== Debrief: The $500 Review =="), "{out}");
    assert!(!out.contains("Cosa è successo"), "{out}");
}

#[test]
fn an_unknown_language_plays_in_english_with_a_note() {
    let out = Command::new(env!("CARGO_BIN_EXE_last-word"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["list", "--lang", "pt-BR"])
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .expect("last-word runs");
    assert!(out.status.success(), "{out:?}");
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("pt-BR") && err.contains("English"), "{err}");
}

/// Each message of `language`'s files with the variables it uses
/// (`$name`), read from the files' text.
fn variables(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    let mut all: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current = None;
    for text in i18n::sources(language) {
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            if let Some((id, _)) = line.split_once(" =")
                && !line.starts_with(' ')
            {
                current = Some(id.to_string());
            }
            let Some(id) = &current else { continue };
            let uses = all.entry(id.clone()).or_default();
            for (i, _) in line.match_indices('$') {
                let name: String = line[i + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .collect();
                if !name.is_empty() {
                    uses.insert(name);
                }
            }
        }
    }
    all
}

#[test]
fn every_translation_uses_the_variables_english_gives_it() {
    let english = variables(Language::English);
    for language in Language::ALL {
        for (id, uses) in variables(language) {
            let given = english.get(&id).cloned().unwrap_or_default();
            let unknown: Vec<&String> = uses.difference(&given).collect();
            assert!(
                unknown.is_empty(),
                "assets/locales/{}/: `{id}` uses {unknown:?}, which English does not give it",
                language.tag()
            );
        }
    }
}

#[test]
fn no_message_is_defined_twice_in_a_language() {
    // Fluent keeps the first definition, so a second one (in another file)
    // would never show.
    for language in Language::ALL {
        let mut seen = BTreeSet::new();
        let twice: Vec<String> = message_ids(language)
            .into_iter()
            .filter(|id| !seen.insert(id.clone()))
            .collect();
        assert!(
            twice.is_empty(),
            "assets/locales/{}/ defines these more than once: {twice:?}",
            language.tag()
        );
    }
}

/// Every `.rs` file under `dir`, with its text.
fn rust_files(dir: &std::path::Path) -> Vec<(std::path::PathBuf, String)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            out.push((path, text));
        }
    }
    out
}

/// The message ids a source file asks for: the first string of every
/// `tr(`, `tr_args(` and `pieces(` call, and every string shaped like an
/// id of the game's own messages (`title-…`, `play-…`), as match arms
/// and `if`s choose them.
fn ids_asked_for(text: &str, game_prefixes: &BTreeSet<String>) -> BTreeSet<String> {
    let is_id = |s: &str| {
        !s.is_empty()
            && s.contains('-')
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    };
    // Escaped quotes inside a string do not end it.
    let text = text.replace("\\\"", "").replace("'\"'", "");
    let mut ids = BTreeSet::new();
    let literals = text.split('"').enumerate().filter(|(i, _)| i % 2 == 1);
    let pieces: Vec<&str> = text.split('"').collect();
    for (i, literal) in literals {
        let before = pieces[i - 1].trim_end();
        let called = ["tr(", "tr_args(", "pieces("]
            .iter()
            .any(|call| before.ends_with(call));
        let ours = literal
            .split('-')
            .next()
            .is_some_and(|prefix| game_prefixes.contains(prefix));
        if is_id(literal) && (called || ours) {
            ids.insert(literal.to_string());
        }
    }
    ids
}

#[test]
fn every_message_the_game_asks_for_exists_in_english() {
    let english: BTreeSet<String> = message_ids(Language::English).into_iter().collect();
    // The prefixes of the game's screens' messages (assets/locales/en/game.ftl).
    let game_file = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/locales/en/game.ftl"),
    )
    .unwrap();
    let game_prefixes: BTreeSet<String> = game_file
        .lines()
        .filter_map(|line| line.split_once(" = ").map(|(id, _)| id))
        .filter_map(|id| id.split('-').next())
        .map(str::to_string)
        .collect();
    assert!(game_prefixes.contains("title") && game_prefixes.contains("debrief"));
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/game");
    let mut asked = 0;
    for (path, text) in rust_files(&src) {
        for id in ids_asked_for(&text, &game_prefixes) {
            asked += 1;
            assert!(
                english.contains(&id),
                "{} asks for `{id}`, which assets/locales/en/ does not define",
                path.display()
            );
        }
    }
    assert!(asked > 100, "only {asked} message ids found in src/game");
}

#[test]
fn the_id_scan_finds_calls_and_chosen_ids() {
    let prefixes: BTreeSet<String> = ["play".to_string()].into();
    let text = r#"tr("title-quit"); tr_args(
            "picker-best", &[("grade", g)]); tr(match x { A => "play-continue", B => "play-see-debrief" });
            let not_an_id = "start-band"; let word = "Best";"#;
    let ids = ids_asked_for(text, &prefixes);
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    assert_eq!(
        ids,
        [
            "picker-best",
            "play-continue",
            "play-see-debrief",
            "title-quit"
        ]
    );
}

#[test]
fn every_message_formats_with_the_arguments_english_gives_it() {
    let english = variables(Language::English);
    for language in Language::ALL {
        let locale = i18n::get(language);
        for id in message_ids(language) {
            let names = english.get(&id).cloned().unwrap_or_default();
            // A number and a word: numbers pick plural forms, words the
            // default variant of a selector on words.
            for value in [fluent_value_number(), fluent_bundle::FluentValue::from("x")] {
                let args: Vec<(&str, fluent_bundle::FluentValue)> =
                    names.iter().map(|n| (n.as_str(), value.clone())).collect();
                let text = locale.tr_args(&id, &args);
                assert!(
                    !text.contains('{') && !text.contains('}') && !text.trim().is_empty(),
                    "assets/locales/{}/: `{id}` formats as {text:?}",
                    language.tag()
                );
            }
        }
    }
}

fn fluent_value_number() -> fluent_bundle::FluentValue<'static> {
    fluent_bundle::FluentValue::from(3)
}

/// `last-word` with its records in `data`, no colour, and no language
/// from the environment but `lang` (a POSIX locale, or none).
fn tool(data: &std::path::Path, lang: Option<&str>) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_last-word"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("NO_COLOR", "1")
        .env("LAST_WORD_DATA_DIR", data);
    if let Some(lang) = lang {
        cmd.env("LANG", lang);
    }
    cmd
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8")
}

/// Asserts the words of `present` are in `out` and those of `absent` are
/// not, whatever the line breaks (help wraps long lines).
fn assert_words(out: &str, present: &[&str], absent: &[&str]) {
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let joined = flat(out);
    for words in present {
        assert!(joined.contains(&flat(words)), "no {words:?} in:\n{out}");
    }
    for words in absent {
        assert!(!out.contains(words), "{words:?} left in:\n{out}");
    }
}

#[test]
fn help_speaks_the_language_asked_for() {
    let data = tempfile::tempdir().unwrap();
    let out = tool(data.path(), None)
        .args(["pass-mark", "--help", "--lang", "it"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert_words(
        &text(&out.stdout),
        &[
            "Mostra o imposta la soglia",
            "Utilizzo: last-word pass-mark [OPTIONS] [MARK]",
            "Argomenti:",
            "Opzioni:",
            "La nuova soglia, da 0 a 100",
            "[predefinito: scenarios]",
            "-h, --help",
            "Mostra l'aiuto",
        ],
        &[
            "Usage:",
            "Options:",
            "Arguments:",
            "Print help",
            "[default:",
            "The new mark",
        ],
    );
    // The system's language too, and the top level's list of commands.
    let out = tool(data.path(), Some("it_IT.UTF-8"))
        .arg("--help")
        .output()
        .unwrap();
    assert_words(
        &text(&out.stdout),
        &[
            "Comandi:",
            "Controlla se i file di scenario contengono errori",
        ],
        &["Commands:", "Check scenario files"],
    );
    // English stays clap's own.
    let out = tool(data.path(), None)
        .args(["pass-mark", "--help"])
        .output()
        .unwrap();
    assert_words(
        &text(&out.stdout),
        &[
            "Usage: last-word pass-mark [OPTIONS] [MARK]",
            "Options:",
            "The new mark, 0 to 100",
            "[default: scenarios]",
            "Print help",
        ],
        &["Utilizzo", "Opzioni"],
    );
}

#[test]
fn a_mistyped_scenario_is_explained_in_the_language_asked_for() {
    let data = tempfile::tempdir().unwrap();
    let out = tool(data.path(), Some("it_IT.UTF-8"))
        .args(["analyze", "coffee-dry-capuccino"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert_words(
        &text(&out.stderr),
        &[
            "errore: nessun file di scenario né id di scenario `coffee-dry-capuccino`",
            "suggerimento: forse intendevi `coffee-dry-cappuccino`?",
        ],
        &["error:", "did you mean", "help:"],
    );
    // Clap's own errors too, with what was typed kept as typed.
    let out = tool(data.path(), None)
        .args(["validate", "--format", "xml", "--lang", "it"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert_words(
        &text(&out.stderr),
        &[
            "errore: valore 'xml' non valido per '--format <FORMAT>'",
            "[valori possibili: human, json]",
            "Per saperne di più, prova '--help'.",
        ],
        &["error:", "invalid value", "For more information"],
    );
}

#[test]
fn pass_mark_speaks_the_language_asked_for() {
    let data = tempfile::tempdir().unwrap();
    let out = tool(data.path(), None)
        .args(["pass-mark", "90", "--lang", "it"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert_eq!(
        text(&out.stdout),
        "Gli scenari senza una soglia propria sono padroneggiati da un punteggio di 90.\n\
         Soglia per tutti gli scenari: 90\n"
    );
    let out = tool(data.path(), None).arg("pass-mark").output().unwrap();
    assert_eq!(text(&out.stdout), "Pass mark for every scenario: 90\n");
}

#[test]
fn principles_read_in_the_language_shown_and_stay_english_for_scripts() {
    let data = tempfile::tempdir().unwrap();
    let play = |extra: &[&str]| {
        let out = tool(data.path(), None)
            .args([
                "play",
                "guest-house-review-fine",
                "--choices",
                "1,1,1",
                "--lang",
                "it",
            ])
            .args(extra)
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        text(&out.stdout)
    };
    assert_words(
        &play(&[]),
        &["Regole flessibili e umane", "Rimborsa e risarcisci"],
        &["Flexible, humane policy", "Refund and compensate"],
    );
    let json: serde_json::Value = serde_json::from_str(&play(&["--json"])).unwrap();
    let names: Vec<&str> = json["principles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"Flexible, humane policy"), "{names:?}");
    let report = |args: &[&str]| {
        let out = tool(data.path(), None)
            .arg("report")
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        text(&out.stdout)
    };
    assert_words(
        &report(&["--lang", "it"]),
        &[
            "Report di formazione di Last Word",
            "Regole flessibili e umane",
        ],
        &["Flexible, humane policy", "Principles ("],
    );
    assert_words(
        &report(&["--lang", "it", "--format", "html"]),
        &[
            "<html lang=\"it\">",
            "Regole flessibili e umane",
            "Scelte a ogni punto di decisione",
        ],
        &["Flexible, humane policy", "Training report"],
    );
    // The CSV is for spreadsheets and scripts: its header and principles
    // stay English.
    assert_words(
        &report(&["--lang", "it", "--format", "csv"]),
        &["attempt,file,learner", "Flexible, humane policy"],
        &["Regole flessibili"],
    );
}

#[test]
fn every_shipped_principle_has_its_name_and_summary_in_every_language() {
    use last_word::core::vocabulary::Vocabulary;
    let english = i18n::get(Language::English);
    let shipped = Vocabulary::builtin().principles;
    assert!(shipped.len() >= 17, "{} principles", shipped.len());
    for p in &shipped {
        let name = format!("principle-name-{}", p.id);
        let about = format!("principle-about-{}", p.id);
        // English is the file's text, so the translations are of it.
        assert_eq!(english.tr(&name), p.name, "{name}");
        assert_eq!(english.tr(&about), p.summary, "{about}");
        for language in Language::ALL {
            let locale = i18n::get(language);
            for id in [&name, &about] {
                assert!(
                    locale.has(id),
                    "assets/locales/{}/ lacks {id}",
                    language.tag()
                );
                if language != Language::English {
                    assert_ne!(
                        locale.tr(id),
                        english.tr(id),
                        "{}: {id} is English",
                        language.tag()
                    );
                }
            }
        }
    }
}
