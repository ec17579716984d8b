//! Translated scenarios through the library and the binary: the shipped
//! translations are complete and current, `translate` writes and updates a
//! template, `validate` reports what a translation lacks with file and line,
//! and `play`/`analyze --lang` show the translated texts while recording
//! nothing different.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use last_word::core::load;
use last_word::core::translation;
use serde_json::Value;

const GUEST_HOUSE: &str = "guest-house-review-fine";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the binary in `dir` with its own data folder.
fn run_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_last-word"))
        .args(args)
        .current_dir(dir)
        .env("LAST_WORD_DATA_DIR", dir.join("data"))
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8")
}

fn show(o: &Output) -> String {
    format!(
        "exit {:?}\n--- stdout\n{}--- stderr\n{}",
        o.status.code(),
        text(&o.stdout),
        text(&o.stderr)
    )
}

/// A folder holding a copy of the guest-house scenario, to edit.
fn scratch() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let scenarios = dir.path().join("scenarios");
    std::fs::create_dir(&scenarios).unwrap();
    for name in [format!("{GUEST_HOUSE}.ron"), "principles.ron".into()] {
        std::fs::copy(root().join("scenarios").join(&name), scenarios.join(&name)).unwrap();
    }
    (dir, scenarios)
}

/// Edits the copied scenario's title, so its translation goes stale.
fn edit_the_title(scenarios: &Path) {
    let scenario = scenarios.join(format!("{GUEST_HOUSE}.ron"));
    let original = std::fs::read_to_string(&scenario).unwrap();
    let edited = original.replacen(
        "title: \"The $500 Review\"",
        "title: \"The $500 Review Fine\"",
        1,
    );
    assert_ne!(edited, original);
    std::fs::write(&scenario, edited).unwrap();
}

/// The 1-based line of the only place `needle` occurs in `text`.
fn line_of(text: &str, needle: &str) -> usize {
    assert_eq!(text.matches(needle).count(), 1, "{needle:?} once");
    text[..text.find(needle).unwrap()].matches('\n').count() + 1
}

#[test]
fn every_shipped_translation_is_complete_and_current() {
    let library = load::load_paths(&[root().join("scenarios")]);
    assert!(
        !library.translations.is_empty(),
        "at least the Italian one ships"
    );
    for t in &library.translations {
        let rendered: Vec<String> = t
            .diagnostics
            .iter()
            .map(|d| d.render_plain(t.source.as_ref()))
            .collect();
        assert!(rendered.is_empty(), "{}", rendered.join("\n"));
        let c = t
            .coverage
            .as_ref()
            .unwrap_or_else(|| panic!("{} was checked", t.path.display()));
        assert!(c.is_complete(), "{c:?}");
        assert_eq!(c.percent, 100);
        assert!(translation::is_known(&t.language), "{}", t.language);
    }
    let italian = library
        .coverage()
        .into_iter()
        .find(|c| c.scenario == GUEST_HOUSE && c.language == "it")
        .expect("the guest house ships in Italian");
    assert!(italian.texts > 100, "{italian:?}");
}

#[test]
fn play_in_italian_shows_italian_and_records_the_same_game() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("data")).unwrap();
    let scenarios = root().join("scenarios");
    let dir_arg = scenarios.to_str().unwrap();
    let play = |lang: Option<&str>| {
        let mut args = vec![
            "play",
            GUEST_HOUSE,
            "--dir",
            dir_arg,
            "--seed",
            "3",
            "--choices",
            "3,2,3,5",
            "--json",
        ];
        if let Some(l) = lang {
            args.extend(["--lang", l]);
        }
        let o = run_in(dir.path(), &args);
        assert_eq!(o.status.code(), Some(0), "{}", show(&o));
        (
            serde_json::from_slice::<Value>(&o.stdout).unwrap(),
            text(&o.stderr),
        )
    };
    let (english, _) = play(None);
    let (italian, notes) = play(Some("it"));
    assert_eq!(notes, "", "a complete translation needs no note");
    assert!(
        italian["ending"]["text"]
            .as_str()
            .unwrap()
            .starts_with("La sua recensione esce quella sera"),
        "{}",
        italian["ending"]
    );
    for same in ["score", "grade", "principles", "revenue"] {
        assert_eq!(english[same], italian[same], "{same}");
    }
    assert_ne!(english["ending"]["text"], italian["ending"]["text"]);
}

#[test]
fn a_partial_translation_plays_with_a_note_and_the_originals() {
    let (dir, scenarios) = scratch();
    let translate = run_in(dir.path(), &["translate", GUEST_HOUSE, "--lang", "lv"]);
    assert_eq!(translate.status.code(), Some(0), "{}", show(&translate));
    let file = scenarios.join(format!("{GUEST_HOUSE}.lv.ron"));
    let template = std::fs::read_to_string(&file).unwrap();
    let filled = template.replacen(
        "\"title\": (\n            text: \"\",",
        "\"title\": (\n            text: \"Atsauksme par 500 dolāriem\",",
        1,
    );
    assert_ne!(filled, template);
    std::fs::write(&file, filled).unwrap();
    let o = run_in(
        dir.path(),
        &["analyze", GUEST_HOUSE, "--lang", "lv", "--json"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", show(&o));
    let analysis: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(analysis["title"], "Atsauksme par 500 dolāriem");
    let total = translation::texts(
        load::load_paths(&[scenarios.join(format!("{GUEST_HOUSE}.ron"))]).scenarios[0]
            .scenario
            .as_ref()
            .unwrap(),
    )
    .len();
    let note = text(&o.stderr);
    let interactive = Command::new(env!("CARGO_BIN_EXE_last-word"))
        .args([
            "play",
            GUEST_HOUSE,
            "--lang",
            "lv",
            "--no-shuffle",
            "--seed",
            "1",
        ])
        .current_dir(dir.path())
        .env("LAST_WORD_DATA_DIR", dir.path().join("data"))
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write as _;
            child.stdin.take().unwrap().write_all(b"q\n")?;
            child.wait_with_output()
        })
        .unwrap();
    let screen = text(&interactive.stdout).replace('\n', " ");
    assert!(
        screen.contains("== Atsauksme par 500 dolāriem =="),
        "{screen}"
    );
    assert!(
        // The interface speaks Latvian too.
        screen.contains(
            "(Vēl nav tulkots, parādīts, kā rakstīts: stāstījums, Carol teiktais, atbildes 1, 2, 3, 4, 5.)"
        ),
        "{screen}"
    );
    // The note too, in the interface's language.
    assert!(
        note.contains(&format!(
            "piezīme: netulkoti teksti latviešu (lv) valodā: {} no {total}",
            total - 1
        )),
        "{note}"
    );
}

#[test]
fn a_language_with_no_translation_is_refused_with_the_ones_there_are() {
    let o = run_in(
        root(),
        &["play", GUEST_HOUSE, "--lang", "lv", "--choices", "3"],
    );
    assert_eq!(o.status.code(), Some(1), "{}", show(&o));
    let err = text(&o.stderr);
    // Said in Latvian, the interface's language that --lang asks for.
    assert!(
        err.contains("kļūda: `guest-house-review-fine` nav tulkojuma latviešu (lv) valodā"),
        "{err}"
    );
    assert!(
        err.contains("tas ir tulkots šādās valodās: it, te"),
        "{err}"
    );
    // A language the interface does not speak: English, naming it.
    let o = run_in(
        root(),
        &["play", GUEST_HOUSE, "--lang", "pt-BR", "--choices", "3"],
    );
    assert_eq!(o.status.code(), Some(1), "{}", show(&o));
    let english = text(&o.stderr);
    assert!(
        english.contains(
            "error: `guest-house-review-fine` has no translation into Portuguese (pt-BR)"
        ),
        "{english}"
    );
    assert!(
        english.contains("help: it is translated into: it, te"),
        "{english}"
    );
    assert!(
        err.contains("last-word translate guest-house-review-fine --lang lv"),
        "{err}"
    );
}

#[test]
fn validate_reports_stale_missing_extra_and_unknown_with_lines() {
    let (dir, scenarios) = scratch();
    let shipped =
        std::fs::read_to_string(root().join(format!("scenarios/{GUEST_HOUSE}.it.ron"))).unwrap();
    // A typo in one key, one entry gone.
    let edited = shipped
        .replacen("\"ending.uneasy\"", "\"ending.uneasyy\"", 1)
        .replacen(
            "\"customer.name\": (\n            text: \"Carol\",",
            "\"customer.name\": (\n            text: \"\",",
            1,
        );
    let it = scenarios.join(format!("{GUEST_HOUSE}.it.ron"));
    std::fs::write(&it, &edited).unwrap();
    // The original edited since: the title's entry goes stale.
    edit_the_title(&scenarios);
    // A tag nobody knows, for a scenario that does not exist.
    std::fs::write(
        scenarios.join("guest-house-reveiw-fine.xx.ron"),
        "Translation(texts: {})",
    )
    .unwrap();

    let o = run_in(
        dir.path(),
        &["validate", "scenarios", "--format", "json", "--coverage"],
    );
    assert_eq!(o.status.code(), Some(0), "warnings only: {}", show(&o));
    let out: Value = serde_json::from_slice(&o.stdout).unwrap();
    let find = |code: &str, id: &str| -> Value {
        out["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["code"] == code && d["id"] == id)
            .unwrap_or_else(|| panic!("{code} {id} in {out:#}"))
            .clone()
    };
    let file = format!("scenarios/{GUEST_HOUSE}.it.ron");
    let stale = find("translation-stale", "title");
    assert_eq!(stale["severity"], "warning");
    assert_eq!(stale["file"], file.as_str());
    let title_entry = line_of(&edited, "\"title\": (");
    assert_eq!(stale["line"], title_entry + 2, "at the entry's `from`");
    assert!(
        stale["hint"]
            .as_str()
            .unwrap()
            .contains("The $500 Review Fine"),
        "{stale}"
    );
    let extra = find("translation-extra", "ending.uneasyy");
    assert_eq!(extra["line"], line_of(&edited, "\"ending.uneasyy\""));
    assert!(
        extra["hint"]
            .as_str()
            .unwrap()
            .contains("did you mean `ending.uneasy`?"),
        "{extra}"
    );
    let empty = find("translation-missing", "customer.name");
    assert_eq!(empty["line"], line_of(&edited, "\"customer.name\": (") + 1);
    let absent = find("translation-missing", "ending.uneasy");
    assert!(absent["line"].as_u64().unwrap() >= 1, "{absent}");
    let unknown = find("unknown-language", "guest-house-reveiw-fine");
    assert_eq!(unknown["severity"], "warning");
    let orphan = find("translation-no-scenario", "guest-house-reveiw-fine");
    assert!(
        orphan["hint"]
            .as_str()
            .unwrap()
            .contains("did you mean `guest-house-review-fine`?"),
        "{orphan}"
    );

    let coverage = out["translations"].as_array().unwrap();
    assert_eq!(coverage.len(), 1, "{coverage:?}");
    let c = &coverage[0];
    let texts = c["texts"].as_u64().unwrap();
    assert_eq!(
        (
            c["missing"].as_u64(),
            c["stale"].as_u64(),
            c["extra"].as_u64()
        ),
        (Some(2), Some(1), Some(1))
    );
    assert_eq!(c["translated"].as_u64().unwrap(), texts - 3);
    assert_eq!(c["percent"].as_u64().unwrap(), (texts - 3) * 100 / texts);

    let human = run_in(dir.path(), &["validate", "scenarios"]);
    let printed = text(&human.stdout);
    let line = format!(
        "  {GUEST_HOUSE}: it {}% (2 missing, 1 stale, 1 extra)",
        (texts - 3) * 100 / texts
    );
    assert!(printed.contains(&line), "{}", show(&human));
    assert!(
        text(&human.stderr).contains(&format!("{file}:{}:", title_entry + 2)),
        "{}",
        show(&human)
    );
}

#[test]
fn translate_again_keeps_the_translation_and_marks_what_went_stale() {
    let (dir, scenarios) = scratch();
    let it = scenarios.join(format!("{GUEST_HOUSE}.it.ron"));
    std::fs::copy(root().join(format!("scenarios/{GUEST_HOUSE}.it.ron")), &it).unwrap();
    edit_the_title(&scenarios);

    let o = run_in(dir.path(), &["translate", GUEST_HOUSE, "--lang", "it"]);
    assert_eq!(o.status.code(), Some(0), "{}", show(&o));
    assert!(
        text(&o.stdout).contains("1 stale, 0 to translate"),
        "{}",
        show(&o)
    );
    let updated = std::fs::read_to_string(&it).unwrap();
    assert!(updated.contains("La recensione da 500 dollari"), "kept");
    assert!(
        updated.contains("It now reads: The $500 Review Fine"),
        "{updated}"
    );
    assert!(
        updated.contains("Carol sbatte le palpebre"),
        "the rest kept"
    );

    // A file with errors is never overwritten.
    std::fs::write(&it, "Translation(texts: {").unwrap();
    let o = run_in(dir.path(), &["translate", GUEST_HOUSE, "--lang", "it"]);
    assert_eq!(o.status.code(), Some(1), "{}", show(&o));
    assert_eq!(
        std::fs::read_to_string(&it).unwrap(),
        "Translation(texts: {"
    );
}

#[test]
fn translate_over_a_complete_translation_changes_nothing() {
    let (dir, scenarios) = scratch();
    let it = scenarios.join(format!("{GUEST_HOUSE}.it.ron"));
    let shipped = root().join(format!("scenarios/{GUEST_HOUSE}.it.ron"));
    std::fs::copy(&shipped, &it).unwrap();
    let o = run_in(dir.path(), &["translate", GUEST_HOUSE, "--lang", "it"]);
    assert_eq!(o.status.code(), Some(0), "{}", show(&o));
    assert!(text(&o.stdout).contains("(100%)"), "{}", show(&o));
    assert_eq!(
        std::fs::read_to_string(&it).unwrap(),
        std::fs::read_to_string(&shipped).unwrap(),
        "the shipped translation is exactly what translate writes"
    );
}

#[test]
fn translate_refuses_a_language_it_does_not_know() {
    let (dir, scenarios) = scratch();
    let o = run_in(dir.path(), &["translate", GUEST_HOUSE, "--lang", "italian"]);
    assert_eq!(o.status.code(), Some(1), "{}", show(&o));
    assert!(
        text(&o.stderr).contains("`italian` is not a language tag"),
        "{}",
        show(&o)
    );
    assert_eq!(
        std::fs::read_dir(&scenarios).unwrap().count(),
        2,
        "nothing written"
    );
}
