//! Translating a scenario without copying its graph.
//!
//! A translation is a file beside the scenario, `<id>.<lang>.ron` (`lang` a
//! BCP 47 tag such as `it` or `pt-BR`), holding every text a player or a
//! facilitator reads, each under a stable key (`node.checkout.reply.2`,
//! `ending.the-storm`, …) with a short fingerprint of the original text it
//! translates. The numbers, the graph, the principles and the money stay in
//! the original; [`overlay`] lays the translated texts over it.
//!
//! * [`texts`] — every text of a scenario, keyed, in file order; [`key`]
//!   makes the keys, so a front end can ask whether a text it shows is
//!   still in the original ([`Scenario::is_untranslated`]).
//! * [`text_fingerprint`] — the fingerprint an entry records, so an original
//!   edited since the translation shows up as **stale**.
//! * [`overlay`] — the scenario with the translated texts in place; texts
//!   missing, empty or stale stay in the original language and are listed
//!   in [`Translated::untranslated`]. The content fingerprint
//!   ([`crate::core::session::fingerprint`]) stays the original's, so
//!   records, resumes and statements do not depend on the language.
//! * `file.rs` reads a translation file and checks it against its scenario;
//!   `template.rs` writes the template `last-word translate` produces;
//!   `languages.rs` knows the language tags.

mod file;
mod languages;
mod template;

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::path::Path;

use serde::Serialize;

use crate::core::scenario::Scenario;
use crate::core::session::View;

pub use file::{LoadedTranslation, check, describe, read, read_as};
pub use languages::{is_known, language_name};
pub use template::template;

/// One text of a scenario: its stable key and the original words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub key: String,
    pub original: String,
}

/// Every non-empty text of a scenario a player or a facilitator reads, in
/// file order, under its stable key.
pub fn texts(s: &Scenario) -> Vec<Text> {
    let mut copy = s.clone();
    let mut out = Vec::new();
    visit_texts(&mut copy, &mut |key, text| {
        out.push(Text {
            key,
            original: text.clone(),
        });
    });
    out
}

/// Calls `f` with the key and the text of every non-empty text of the
/// scenario, in file order.
fn visit_texts(s: &mut Scenario, f: &mut dyn FnMut(String, &mut String)) {
    let mut put = |key: String, text: &mut String| {
        if !text.trim().is_empty() {
            f(key, text);
        }
    };
    put("title".into(), &mut s.title);
    put("source".into(), &mut s.source);
    put("setting".into(), &mut s.setting);
    put("lesson".into(), &mut s.lesson);
    put("customer.name".into(), &mut s.customer.name);
    put("customer.description".into(), &mut s.customer.description);
    for node in &mut s.nodes {
        put(key::narration(&node.id), &mut node.narration);
        put(key::line(&node.id, None), &mut node.line);
        for (i, m) in node.mood_lines.iter_mut().enumerate() {
            put(key::line(&node.id, Some(i + 1)), &mut m.line);
        }
        for (i, r) in node.replies.iter_mut().enumerate() {
            let number = i + 1;
            put(key::reply(&node.id, number), &mut r.text);
            put(key::happened(&node.id, number), &mut r.feedback.happened);
            put(key::coaching(&node.id, number), &mut r.feedback.coaching);
        }
    }
    for e in &mut s.endings {
        put(key::ending(&e.id), &mut e.text);
    }
    put("debrief.lesson".into(), &mut s.debrief.lesson);
    for (i, q) in s.debrief.questions.iter_mut().enumerate() {
        put(key::question(i + 1), q);
    }
    put("debrief.money".into(), &mut s.debrief.money);
    if let Some(notes) = &mut s.facilitator {
        put("facilitator.summary".into(), &mut notes.summary);
        for (node, d) in &mut notes.decisions {
            put(format!("facilitator.{node}.why"), &mut d.why);
            for (n, t) in &mut d.tempting {
                put(format!("facilitator.{node}.tempting.{n}"), t);
            }
            if let Some(ask) = &mut d.ask {
                put(format!("facilitator.{node}.ask"), ask);
            }
        }
    }
}

/// The keys of the texts a front end shows during play, to ask
/// [`Scenario::is_untranslated`] whether to mark one. Reply numbers are
/// stable reply numbers (1-based places in the node's `replies`); mood lines
/// and questions are numbered from 1 in file order too. The rest are fixed:
/// `title`, `source`, `setting`, `lesson`, `customer.name`,
/// `customer.description`, `debrief.lesson`, `debrief.money`,
/// `facilitator.summary`, `facilitator.<node>.why`,
/// `facilitator.<node>.tempting.<reply>` and `facilitator.<node>.ask`.
pub mod key {
    /// `node.<id>.narration`.
    pub fn narration(node: &str) -> String {
        format!("node.{node}.narration")
    }

    /// `node.<id>.line`, or `node.<id>.mood-line.<n>` for the node's `n`th
    /// mood line.
    pub fn line(node: &str, mood_line: Option<usize>) -> String {
        match mood_line {
            None => format!("node.{node}.line"),
            Some(n) => format!("node.{node}.mood-line.{n}"),
        }
    }

    /// `node.<id>.reply.<n>`: the reply's text.
    pub fn reply(node: &str, number: usize) -> String {
        format!("node.{node}.reply.{number}")
    }

    /// `node.<id>.reply.<n>.happened`.
    pub fn happened(node: &str, number: usize) -> String {
        format!("node.{node}.reply.{number}.happened")
    }

    /// `node.<id>.reply.<n>.coaching`.
    pub fn coaching(node: &str, number: usize) -> String {
        format!("node.{node}.reply.{number}.coaching")
    }

    /// `ending.<id>`.
    pub fn ending(id: &str) -> String {
        format!("ending.{id}")
    }

    /// `debrief.question.<n>`.
    pub fn question(n: usize) -> String {
        format!("debrief.question.{n}")
    }
}

/// The fingerprint a translation entry records of the original it
/// translates: eight hex digits of FNV-1a over the text's bytes.
pub fn text_fingerprint(text: &str) -> String {
    let hash = crate::core::session::fnv1a(text.as_bytes());
    format!("{:08x}", hash >> 32)
}

/// A translation as read from its file: the language and the entries by
/// key. Entries keep where they are written, for messages.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Translation {
    /// The BCP 47 tag from the file's name.
    pub language: String,
    pub entries: BTreeMap<String, Entry>,
}

/// One translated text.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The translation; empty while it is not translated yet.
    pub text: String,
    /// The fingerprint of the original it translates.
    pub from: String,
    /// Where the key is written.
    pub key_span: Range<usize>,
    /// Where `from` is written.
    pub from_span: Range<usize>,
    /// Where `text` is written.
    pub text_span: Range<usize>,
}

impl Entry {
    /// Whether this entry translates `original` as it reads now.
    pub fn is_current(&self, original: &str) -> bool {
        self.from == text_fingerprint(original)
    }

    pub fn is_translated(&self) -> bool {
        !self.text.trim().is_empty()
    }
}

/// How a scenario shown in another language came to be: kept on the
/// scenario an [`overlay`] returns (never written to a file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translated {
    /// The BCP 47 tag of the language shown.
    pub language: String,
    /// The original's content fingerprint, which the translated scenario
    /// keeps.
    pub fingerprint: String,
    /// The keys of the texts shown in the original language: no entry, an
    /// empty one, or one whose original changed since (stale).
    pub untranslated: BTreeSet<String>,
}

/// The scenario with `translation`'s texts in place of the originals. A text
/// with no entry, an empty one or a stale one stays in the original
/// language and its key is listed in the result's `translated`. Nothing but
/// texts changes: ids, numbers, the graph and the content fingerprint are
/// the original's.
pub fn overlay(s: &Scenario, translation: &Translation) -> Scenario {
    let fingerprint = crate::core::session::fingerprint(s);
    let mut out = s.clone();
    let mut untranslated = BTreeSet::new();
    visit_texts(
        &mut out,
        &mut |key, text| match translation.entries.get(&key) {
            Some(e) if e.is_translated() && e.is_current(text) => *text = e.text.clone(),
            _ => {
                untranslated.insert(key);
            }
        },
    );
    out.translated = Some(Box::new(Translated {
        language: translation.language.clone(),
        fingerprint,
        untranslated,
    }));
    out
}

/// Which of the texts a moment shows are still in the original language,
/// so a front end can mark them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ShownUntranslated {
    pub narration: bool,
    /// The customer's line (or the mood line shown in its place).
    pub line: bool,
    /// The replies shown, by the place they are shown at (1-based).
    pub replies: Vec<usize>,
}

impl ShownUntranslated {
    pub fn is_empty(&self) -> bool {
        !self.narration && !self.line && self.replies.is_empty()
    }
}

/// The texts of `view` that `s` (translated) still shows in the original
/// language; nothing for a scenario shown as written.
pub fn shown_untranslated(s: &Scenario, view: &View) -> ShownUntranslated {
    let Some(node) = s.nodes.iter().find(|n| n.id == view.node) else {
        return ShownUntranslated::default();
    };
    let mood_line = node
        .mood_lines
        .iter()
        .position(|m| m.line == view.line && node.line != view.line)
        .map(|i| i + 1);
    ShownUntranslated {
        narration: !view.narration.is_empty() && s.is_untranslated(&key::narration(&node.id)),
        line: s.is_untranslated(&key::line(&node.id, mood_line)),
        replies: view
            .replies
            .iter()
            .filter(|r| s.is_untranslated(&key::reply(&node.id, r.number)))
            .map(|r| r.shown)
            .collect(),
    }
}

/// How much of a scenario a translation covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Coverage {
    pub scenario: String,
    pub language: String,
    /// The translation file.
    pub file: String,
    /// Texts in the scenario.
    pub texts: usize,
    /// Texts translated and not stale.
    pub translated: usize,
    /// Texts with no entry or an empty one.
    pub missing: usize,
    /// Texts whose original changed since they were translated.
    pub stale: usize,
    /// Entries for texts the scenario does not have.
    pub extra: usize,
    /// `translated` out of `texts`, rounded down (100 only when complete).
    pub percent: u32,
}

impl Coverage {
    /// Complete and up to date: every text translated, nothing stale or
    /// extra.
    pub fn is_complete(&self) -> bool {
        self.translated == self.texts && self.stale == 0 && self.extra == 0
    }
}

/// The scenario id and language a translation file's name gives
/// (`<id>.<lang>.ron`), or `None` for a name of another shape. Scenario ids
/// have no dots, so any `*.ron` file with a dot before `.ron` is taken for a
/// translation.
pub fn file_name_parts(path: &Path) -> Option<(String, String)> {
    let name = path.file_name()?.to_str()?;
    let stem = name.strip_suffix(".ron")?;
    let (id, lang) = stem.rsplit_once('.')?;
    Some((id.to_string(), lang.to_string()))
}

/// Whether a file in a scenarios folder is a translation (`<id>.<lang>.ron`)
/// rather than a scenario.
pub fn is_translation_file(path: &Path) -> bool {
    file_name_parts(path).is_some()
}

/// The translation file of scenario `id` into `language` in `dir`.
pub fn file_path(dir: &Path, id: &str, language: &str) -> std::path::PathBuf {
    dir.join(format!("{id}.{language}.ron"))
}

#[cfg(test)]
mod tests;
