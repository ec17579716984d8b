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
