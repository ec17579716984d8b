//! The translation model: every text has a key, the overlay changes texts
//! only, the template reads back and merges.

use std::path::Path;

use super::*;
use crate::core::load::{self, Vocabulary};
use crate::core::session::{Options, Session, fingerprint};

fn shipped(id: &str) -> Scenario {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("scenarios/{id}.ron"));
    load::load_file(&path, &Vocabulary::builtin())
        .scenario
        .expect("the shipped scenario reads")
}

/// Every string a scenario holds that is not an id, a reference or a tag,
/// found by walking its serialised form: what a reader sees.
fn readable_strings(v: &serde_json::Value, field: &str, out: &mut Vec<String>) {
    const NOT_TEXT: &[&str] = &[
        "id",
        "start",
        "next",
        "walk_out",
        "tags",
        "Visited",
        "NotVisited",
        "difficulty",
        "outcome",
        "counts",
    ];
    match v {
        serde_json::Value::String(s) if !NOT_TEXT.contains(&field) && !s.trim().is_empty() => {
            out.push(s.clone())
        }
        serde_json::Value::Array(items) => {
            for item in items {
                readable_strings(item, field, out);
            }
        }
        serde_json::Value::Object(map) => {
            for (k, item) in map {
                readable_strings(item, k, out);
            }
        }
        _ => {}
    }
}

/// The translation of every text of `s` as `f` makes it.
fn translate_all(s: &Scenario, f: impl Fn(&str) -> String) -> Translation {
    Translation {
        language: "it".into(),
        entries: texts(s)
            .into_iter()
            .map(|t| {
                let e = Entry {
                    text: f(&t.original),
                    from: text_fingerprint(&t.original),
                    key_span: 0..0,
                    from_span: 0..0,
                    text_span: 0..0,
                };
                (t.key, e)
            })
            .collect(),
    }
}

#[test]
fn every_readable_text_of_a_scenario_has_a_key() {
    for id in [
        "guest-house-review-fine",
        "coffee-dry-cappuccino",
        "the-plums",
    ] {
        let s = shipped(id);
        let keyed: Vec<String> = texts(&s).into_iter().map(|t| t.original).collect();
        let mut readable = Vec::new();
        readable_strings(&serde_json::to_value(&s).unwrap(), "", &mut readable);
        for text in &readable {
            assert!(keyed.contains(text), "{id}: no key for {text:?}");
        }
        assert_eq!(keyed.len(), readable.len(), "{id}: one key per text");
    }
}

#[test]
fn keys_are_unique_and_name_nodes_replies_and_notes() {
    let s = shipped("guest-house-review-fine");
    let all = texts(&s);
    let keys: BTreeSet<&str> = all.iter().map(|t| t.key.as_str()).collect();
    assert_eq!(keys.len(), all.len());
    for key in [
        "title",
        "customer.description",
        "node.checkout.mood-line.1",
        "node.the-deal.reply.5",
        "node.the-deal.reply.5.coaching",
        "ending.the-storm",
        "debrief.question.5",
        "debrief.money",
        "facilitator.checkout.tempting.4",
        "facilitator.the-friends.ask",
    ] {
        assert!(keys.contains(key), "{key}");
    }
    // The radiator node has no narration: nothing to translate, no key.
    assert!(!keys.contains("node.radiator.narration"));
}

#[test]
fn the_overlay_changes_texts_only_and_keeps_the_fingerprint() {
    let s = shipped("guest-house-review-fine");
    let t = translate_all(&s, |o| format!("[it] {o}"));
    let shown = overlay(&s, &t);
    assert_eq!(shown.title, "[it] The $500 Review");
    assert!(
        shown.nodes[0].replies[2]
            .feedback
            .coaching
            .starts_with("[it] ")
    );
    assert_eq!(fingerprint(&shown), fingerprint(&s));
    let untranslated = &shown.translated.as_ref().unwrap().untranslated;
    assert!(untranslated.is_empty(), "{untranslated:?}");
    // Blank every text on both sides: what is left is identical.
    let blank = |mut x: Scenario| {
        visit_texts(&mut x, &mut |_, text| text.clear());
        x.translated = None;
        x
    };
    assert_eq!(blank(shown), blank(s));
}

#[test]
fn missing_empty_and_stale_entries_stay_in_the_original_and_are_listed() {
    let s = shipped("guest-house-review-fine");
    let mut t = translate_all(&s, |o| format!("[it] {o}"));
    t.entries.remove("title");
    t.entries.get_mut("setting").unwrap().text.clear();
    t.entries.get_mut("ending.uneasy").unwrap().from = "00000000".into();
    let shown = overlay(&s, &t);
    assert_eq!(shown.title, s.title);
    assert_eq!(shown.setting, s.setting);
    assert_eq!(shown.endings[2].text, s.endings[2].text, "stale: not used");
    assert!(shown.lesson.starts_with("[it] "));
    for key in ["title", "setting", "ending.uneasy"] {
        assert!(shown.is_untranslated(key), "{key}");
    }
    assert!(!shown.is_untranslated("lesson"));
    assert!(!s.is_untranslated("title"), "an original is never marked");
}

#[test]
fn a_translated_session_saves_and_resumes_as_the_original() {
    let valid = load::check(&shipped("guest-house-review-fine"), &Vocabulary::builtin()).unwrap();
    let t = translate_all(&valid, |o| format!("[it] {o}"));
    let english = crate::core::session::Prepared::new(valid.clone(), &Vocabulary::builtin());
    let italian = crate::core::session::Prepared::new(valid.translated(&t), &Vocabulary::builtin());
    let mut played = Session::new_with(english, 7, Options::default());
    played.choose(3).unwrap();
    let saved = played.save();
    let resumed = Session::restore(italian, &saved).expect("the language changes nothing saved");
    assert_eq!(resumed.save(), saved);
    assert!(resumed.scenario().title.starts_with("[it] "));
}

#[test]
fn the_template_reads_back_with_every_text_empty_and_fingerprinted() {
    let s = shipped("guest-house-review-fine");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("guest-house-review-fine.it.ron");
    std::fs::write(&path, template(&s, "it", None)).unwrap();
    let mut loaded = read(&path);
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let t = loaded.translation.clone().unwrap();
    let all = texts(&s);
    assert_eq!(t.entries.len(), all.len());
    for text in &all {
        let e = &t.entries[&text.key];
        assert_eq!(e.text, "");
        assert!(e.is_current(&text.original), "{}", text.key);
    }
    check(&mut loaded, &s);
    let c = loaded.coverage.as_ref().unwrap();
    assert_eq!((c.translated, c.missing, c.percent), (0, all.len(), 0));
    assert!(
        loaded
            .diagnostics
            .iter()
            .all(|d| d.code == "translation-missing" && !d.is_error())
    );
}

#[test]
fn the_template_over_a_translation_keeps_it_adds_the_new_and_marks_the_stale() {
    let mut s = shipped("guest-house-review-fine");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("guest-house-review-fine.it.ron");
    let mut t = translate_all(&s, |o| format!("«{o}»"));
    t.entries.remove("debrief.money");
    let old = t.entries["title"].from.clone();
    t.entries.insert(
        "node.gone.line".into(),
        Entry {
            text: "Una battuta sparita".into(),
            ..t.entries["title"].clone()
        },
    );
    s.title = "The $500 Review Fine".into();
    std::fs::write(&path, template(&s, "it", Some(&t))).unwrap();
    let written = std::fs::read_to_string(&path).unwrap();
    assert!(
        written.contains("// STALE: the original changed"),
        "{written}"
    );
    assert!(written.contains("«The $500 Review»"), "kept, though stale");
    assert!(written.contains(&format!("from: \"{old}\"")));
    assert!(written.contains("// NOT IN THE SCENARIO ANY MORE"));
    assert!(written.contains("Una battuta sparita"));

    let mut loaded = read(&path);
    check(&mut loaded, &s);
    let c = loaded.coverage.clone().unwrap();
    assert_eq!((c.stale, c.missing, c.extra), (1, 1, 1), "{c:?}");
    assert_eq!(c.translated, c.texts - 2);
    assert_eq!(
        c.percent,
        u32::try_from(c.translated * 100 / c.texts).unwrap()
    );
    let money = &loaded.translation.as_ref().unwrap().entries["debrief.money"];
    assert_eq!(money.text, "", "added, empty");
    assert!(money.is_current(&s.debrief.money));
}

#[test]
fn file_names_give_the_scenario_and_the_language() {
    assert_eq!(
        file_name_parts(Path::new("scenarios/the-plums.mn.ron")),
        Some(("the-plums".into(), "mn".into()))
    );
    assert_eq!(
        file_name_parts(Path::new("x/the-plums.pt-BR.ron")),
        Some(("the-plums".into(), "pt-BR".into()))
    );
    assert!(!is_translation_file(Path::new("scenarios/the-plums.ron")));
    assert!(!is_translation_file(Path::new("scenarios/principles.ron")));
}

#[test]
fn a_text_fingerprint_is_short_and_follows_the_text() {
    let a = text_fingerprint("The $500 Review");
    assert_eq!(a.len(), 8);
    assert_eq!(a, text_fingerprint("The $500 Review"));
    assert_ne!(a, text_fingerprint("The $500 review"));
}

#[test]
fn a_moment_says_which_of_its_texts_are_still_in_the_original() {
    let valid = load::check(&shipped("guest-house-review-fine"), &Vocabulary::builtin()).unwrap();
    let mut t = translate_all(&valid, |o| format!("[it] {o}"));
    t.entries.remove("node.checkout.line");
    t.entries.remove("node.checkout.reply.4");
    let prepared =
        crate::core::session::Prepared::new(valid.translated(&t), &Vocabulary::builtin());
    let session = Session::new_with(prepared, 5, Options::default());
    let view = session.view().unwrap();
    let shown = shown_untranslated(session.scenario(), &view);
    let fourth = view.replies.iter().find(|r| r.number == 4).unwrap().shown;
    assert_eq!(
        shown,
        ShownUntranslated {
            narration: false,
            line: true,
            replies: vec![fourth],
        }
    );
    let original = Session::new_with(
        crate::core::session::Prepared::new(
            load::check(&shipped("guest-house-review-fine"), &Vocabulary::builtin()).unwrap(),
            &Vocabulary::builtin(),
        ),
        5,
        Options::default(),
    );
    assert!(shown_untranslated(original.scenario(), &original.view().unwrap()).is_empty());
}
