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
