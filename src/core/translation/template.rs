//! The translation template `last-word translate` writes: every text of the
//! scenario in file order, each with its original as a comment, the
//! fingerprint of that original in `from`, and `text` empty until it is
//! translated. Written over an existing translation it keeps what is
//! translated, adds what is new, and marks what went stale; entries for
//! texts the scenario no longer has are kept at the end, marked.

use std::fmt::Write as _;

use super::{Translation, file::describe, text_fingerprint, texts};
use crate::core::scenario::Scenario;

/// Width the originals are wrapped to in comments.
const COMMENT_WIDTH: usize = 92;

/// The template for translating `s` into `language`, keeping the entries of
/// `existing` (the translation as it stands, if there is one).
pub fn template(s: &Scenario, language: &str, existing: Option<&Translation>) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "// {} texts of the scenario `{}`.",
        describe(language),
        s.id
    );
    o.push_str(concat!(
        "// Write each translation in `text`; an empty `text` is not translated yet and\n",
        "// plays in the original language. `from` is the fingerprint of the original the\n",
        "// text translates: leave it as written. When the original changes, the entry is\n",
        "// stale: `last-word validate` says so, and `last-word translate` run again marks\n",
        "// it with the new original and the `from` to set once the text is updated.\n",
        "// Numbers, ids and money stay in the scenario file; keep dollar amounts as they are.\n",
    ));
    o.push_str("Translation(\n    texts: {\n");
    let all = texts(s);
    for t in &all {
        let now = text_fingerprint(&t.original);
        let kept = existing.and_then(|x| x.entries.get(&t.key));
        o.push('\n');
        match kept {
            Some(e) if e.is_translated() && e.from != now => {
                comment(
                    &mut o,
                    &format!(
                        "STALE: the original changed since this was translated. It now reads: {}",
                        t.original
                    ),
                );
                comment(
                    &mut o,
                    &format!("Update the text, then set from: \"{now}\"."),
                );
                entry(&mut o, &t.key, &e.text, &e.from);
            }
            Some(e) if e.is_translated() => {
                comment(&mut o, &t.original);
                entry(&mut o, &t.key, &e.text, &e.from);
            }
            _ => {
                comment(&mut o, &t.original);
                entry(&mut o, &t.key, "", &now);
            }
        }
    }
    if let Some(x) = existing {
        let gone: Vec<_> = x
            .entries
            .iter()
            .filter(|(k, e)| e.is_translated() && !all.iter().any(|t| &t.key == *k))
            .collect();
        if !gone.is_empty() {
            o.push('\n');
            comment(
                &mut o,
                "NOT IN THE SCENARIO ANY MORE: kept so no translation is lost. Move each text to its new key, or delete it.",
            );
            for (key, e) in gone {
                entry(&mut o, key, &e.text, &e.from);
            }
        }
    }
    o.push_str("    },\n)\n");
    o
}

/// A comment above an entry, wrapped.
fn comment(o: &mut String, text: &str) {
    for line in text.lines() {
        let mut current = String::new();
        for word in line.split_whitespace() {
            if !current.is_empty()
                && current.chars().count() + 1 + word.chars().count() > COMMENT_WIDTH
            {
                let _ = writeln!(o, "        // {current}");
                current.clear();
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        let _ = writeln!(o, "        // {current}");
    }
}

/// One entry.
fn entry(o: &mut String, key: &str, text: &str, from: &str) {
    let _ = writeln!(
        o,
        "        {}: (\n            text: {},\n            from: {},\n        ),",
        quoted(key),
        quoted(text),
        quoted(from)
    );
}

/// A RON string literal.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
