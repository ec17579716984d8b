//! A scenario's, translation's or principles file's problems
//! ([`Diagnostic`]) in the interface language: the core keeps each message
//! and hint as data ([`Words`]: a message id in `diagnostics.ftl` and its
//! arguments) beside its English, and these functions say them. English,
//! and words with no id, read as the core wrote them; so does anything a
//! script reads (`validate --format json` serialises the English fields).

use codespan_reporting::term::termcolor::WriteColor;

use crate::core::diagnostic::{Arg, Diagnostic, Rendered, Words};
use crate::core::ron_spans::SourceText;
use crate::text::i18n::{self, Language};

/// The problem, in the current language.
pub fn message(d: &Diagnostic) -> String {
    say(&d.message_words)
}

/// How to fix it, in the current language; empty when there is no hint.
pub fn hint(d: &Diagnostic) -> String {
    say(&d.hint_words)
}

/// What the caret under the source says, in the current language: the
/// label the core wrote, known to `diagnostics.ftl` as
/// `diag-label-<the English, dashed>`.
pub fn label(d: &Diagnostic) -> String {
    phrase("diag-label", &d.label)
}

/// [`Diagnostic::render`] in the current language: the message with a
/// source excerpt, rustc style.
pub fn render(d: &Diagnostic, source: Option<&SourceText>, out: &mut dyn WriteColor) {
    let (message, hint, label) = (message(d), hint(d), label(d));
    let words = Rendered {
        message: &message,
        hint: &hint,
        label: &label,
    };
    d.render_as(&words, source, out);
    let _ = out.flush();
}

/// `words` in the current language.
pub fn say(words: &Words) -> String {
    let locale = i18n::current();
    if words.id.is_empty() || locale.language() == Language::English || !locale.has(words.id) {
        return words.english.clone();
    }
    let args: Vec<(&str, String)> = words
        .args
        .iter()
        .map(|(name, value)| (*name, argument(name, value)))
        .collect();
    let fluent: Vec<(&str, fluent_bundle::FluentValue<'_>)> = args
        .iter()
        .map(|(name, value)| (*name, value.as_str().into()))
        .collect();
    locale.tr_args(words.id, &fluent)
}

/// One argument in the current language. A `what` given as plain English
/// (the thing a message is about, such as "the title") is said in the
/// language's words for it when `diagnostics.ftl` names it as
/// `diag-what-<the English, dashed>`.
fn argument(name: &str, value: &Arg) -> String {
    match value {
        Arg::Words(words) => say(words),
        Arg::Text(text) if name == "what" => phrase("diag-what", text),
        Arg::Text(text) => text.clone(),
    }
}

/// An English phrase the core wrote, in the current language when
/// `diagnostics.ftl` has it as `<prefix>-<the English, dashed>`.
fn phrase(prefix: &str, english: &str) -> String {
    let id = format!("{prefix}-{}", dashed(english));
    let locale = i18n::current();
    if english.is_empty() || locale.language() == Language::English || !locale.has(&id) {
        english.to_string()
    } else {
        i18n::tr(&id).to_string()
    }
}

/// "the walk-out ending" as `the-walk-out-ending`; "the customer's name" as
/// `the-customer-s-name`.
fn dashed(english: &str) -> String {
    let mut out = String::new();
    for c in english.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::i18n::with_language;

    #[test]
    fn english_reads_as_the_core_wrote_it_and_other_languages_translate() {
        let words =
            Words::new("diag-missing-field", "the scenario has no `lesson`").arg("field", "lesson");
        assert_eq!(
            with_language(Language::English, || say(&words)),
            "the scenario has no `lesson`"
        );
        let italian = with_language(Language::Italian, || say(&words));
        assert_ne!(italian, words.english);
        assert!(italian.contains("`lesson`"), "{italian}");
    }

    #[test]
    fn words_without_an_id_stay_english() {
        let words = Words::from("something only English says");
        assert_eq!(
            with_language(Language::Italian, || say(&words)),
            "something only English says"
        );
    }

    #[test]
    fn a_what_is_said_in_the_language() {
        assert_eq!(dashed("the customer's name"), "the-customer-s-name");
        let words = Words::new("diag-expected-number", "in the minutes: expected a number")
            .arg("what", "the minutes");
        let italian = with_language(Language::Italian, || say(&words));
        assert!(!italian.contains("the minutes"), "{italian}");
    }

    #[test]
    fn labels_are_said_in_the_language_and_unknown_ones_as_written() {
        let src = SourceText::new("s.ron", "(next: \"nowhere\")");
        let d = Diagnostic::at(
            &src,
            7..16,
            crate::core::diagnostic::Severity::Error,
            "unknown-target",
            "no such node",
        );
        let known = d.clone().with_label("no such node");
        assert_eq!(
            with_language(Language::English, || label(&known)),
            "no such node"
        );
        let italian = with_language(Language::Italian, || label(&known));
        assert_ne!(italian, "no such node");
        let unknown = d.with_label("something new");
        assert_eq!(
            with_language(Language::Italian, || label(&unknown)),
            "something new"
        );
    }

    /// Every `"diag-..."` id the core names, from its sources.
    fn ids_in_core() -> Vec<String> {
        fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).expect("src/core is readable") {
                let path = entry.expect("an entry").path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).expect("UTF-8 source");
                    for piece in text.split("\"diag-").skip(1) {
                        let name: String = piece
                            .chars()
                            .take_while(|c| {
                                c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-'
                            })
                            .collect();
                        if piece[name.len()..].starts_with('"') {
                            out.push(format!("diag-{name}"));
                        }
                    }
                }
            }
        }
        let mut out = Vec::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core"),
            &mut out,
        );
        out
    }

    #[test]
    fn every_id_the_core_names_is_in_the_english_file() {
        let ids = ids_in_core();
        assert!(ids.len() > 100, "only {} ids found", ids.len());
        let english = i18n::get(Language::English);
        for id in ids {
            assert!(
                english.has(&id),
                "the core names `{id}`, which diagnostics.ftl lacks"
            );
        }
    }
}
