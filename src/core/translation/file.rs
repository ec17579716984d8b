//! Reading a translation file (`<id>.<lang>.ron`) and checking it against
//! its scenario. A file that cannot be read or has the wrong shape is an
//! error; everything a translation lacks or no longer fits (missing, extra
//! and stale entries, a language tag not known, no such scenario) is a
//! warning, with the file, line and column and what to do.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::{
    Coverage, Entry, Translation, file_name_parts, language_name, text_fingerprint, texts,
};
use crate::core::diagnostic::{Diagnostic, Severity, Words, did_you_mean, nearest};
use crate::core::load::read_source;
use crate::core::ron_spans::{self, Kind, SourceText, Spanned};
use crate::core::scenario::Scenario;

/// A translation file as read: its text, the translation when its shape is
/// right, its problems, and (once checked) its coverage.
#[derive(Debug, Clone)]
pub struct LoadedTranslation {
    pub path: PathBuf,
    /// The scenario id the file's name gives.
    pub scenario: String,
    /// The language tag the file's name gives.
    pub language: String,
    pub source: Option<SourceText>,
    pub translation: Option<Translation>,
    pub diagnostics: Vec<Diagnostic>,
    /// Filled in by [`check`] when the scenario is known.
    pub coverage: Option<Coverage>,
}

impl LoadedTranslation {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// Where a problem about the whole file is reported: the start of its
    /// value (`Translation(`), after the comments above it.
    fn opening(&self) -> Option<(&SourceText, std::ops::Range<usize>)> {
        let src = self.source.as_ref()?;
        let start = ron_spans::parse(&src.text).map_or(0, |tree| tree.span.start);
        Some((src, start..(start + 1).min(src.text.len())))
    }

    /// A warning about the whole translation, at its opening.
    fn warn_file(&mut self, code: &'static str, message: Words, hint: Words) {
        let d = match self.opening() {
            Some((src, span)) => Diagnostic::at(src, span, Severity::Warning, code, message)
                .with_hint(hint)
                .with_label("this translation"),
            None => {
                let mut d =
                    Diagnostic::whole_file(&self.path.display().to_string(), code, message, hint);
                d.severity = Severity::Warning;
                d
            }
        };
        self.diagnostics.push(d.with_id(self.scenario.clone()));
    }

    /// Warns that the scenario this file translates does not exist, naming
    /// the nearest of `ids`.
    pub fn report_no_scenario<'a>(&mut self, ids: impl IntoIterator<Item = &'a str>) {
        let hint = match nearest(&self.scenario, ids) {
            Some(near) => Words::new(
                "diag-translation-did-you-mean",
                format!(
                    "did you mean `{near}`? Name the file `{near}.{}.ron`",
                    self.language
                ),
            )
            .arg("near", near)
            .arg("lang", &self.language),
            None => Words::new(
                "diag-translation-name-file",
                "name the file `<scenario id>.<language>.ron`, beside the scenario",
            ),
        };
        let message = Words::new(
            "diag-translation-no-scenario",
            format!(
                "this translation is of `{}`, and there is no scenario with that id here",
                self.scenario
            ),
        )
        .arg("id", &self.scenario);
        self.warn_file("translation-no-scenario", message, hint);
    }
}

/// Reads a translation file: the id and language from its name, the
/// entries from its text. The language tag is checked here.
pub fn read(path: &Path) -> LoadedTranslation {
    let (scenario, language) = file_name_parts(path).unwrap_or_default();
    read_as(path, scenario, language)
}

/// Reads a translation file of scenario `scenario` into `language`,
/// whatever its name.
pub fn read_as(path: &Path, scenario: String, language: String) -> LoadedTranslation {
    let mut loaded = LoadedTranslation {
        path: path.to_path_buf(),
        scenario,
        language,
        source: None,
        translation: None,
        diagnostics: Vec::new(),
        coverage: None,
    };
    match read_source(path) {
        Ok(src) => {
            let (translation, problems) = parse(&src, &loaded.language);
            loaded.translation = translation;
            loaded.diagnostics = problems;
            loaded.source = Some(src);
        }
        Err(d) => loaded.diagnostics.push(*d),
    }
    if !super::is_known(&loaded.language) {
        let message = Words::new(
            "diag-unknown-language",
            format!(
                "`{}` is not a language tag Last Word knows",
                loaded.language
            ),
        )
        .arg("lang", &loaded.language);
        let hint = Words::new(
            "diag-unknown-language-hint",
            "name the file `<scenario id>.<language>.ron` with a BCP 47 tag: `it`, `lv`, `mn`, `hi`, `te`, `pt-BR`",
        );
        loaded.warn_file("unknown-language", message, hint);
    }
    loaded
}

/// Parses a translation's text: `Translation(texts: { "key": (text: "…",
/// from: "…"), … })`. Entries with the wrong shape are reported and left
/// out.
fn parse(src: &SourceText, language: &str) -> (Option<Translation>, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    let tree = match ron_spans::parse(&src.text) {
        Ok(tree) => tree,
        Err(e) => {
            let d = Diagnostic::at(src, e.span, Severity::Error, "syntax", e.words.0)
                .with_hint(e.words.1)
                .with_label("here");
            return (None, vec![d]);
        }
    };
    let shape_hint = "a translation file holds `Translation(texts: { \"title\": (text: \"...\", from: \"...\"), ... })`; `last-word translate <ID> --lang <LANG>` writes one";
    let map = match &tree.kind {
        Kind::Struct { name, fields } if name.as_deref().is_none_or(|n| n == "Translation") => {
            fields.iter().find(|f| f.name == "texts").map(|f| &f.value)
        }
        _ => None,
    };
    let Some(Spanned {
        kind: Kind::Map(items),
        ..
    }) = map
    else {
        let scenario = matches!(&tree.kind, Kind::Struct { name: Some(n), .. } if n == "Scenario");
        let (message, hint) = if scenario {
            (
                Words::new(
                    "diag-translation-holds-scenario",
                    "this file is named like a translation (`<id>.<language>.ron`) but holds a scenario",
                ),
                Words::new(
                    "diag-translation-holds-scenario-hint",
                    "a scenario file's name has no dot before `.ron`: rename it, e.g. `my-scenario.ron`",
                ),
            )
        } else {
            (
                Words::new("diag-not-a-translation", "this is not a translation"),
                Words::new("diag-not-a-translation-hint", shape_hint).arg(
                    "example",
                    "`Translation(texts: { \"title\": (text: \"...\", from: \"...\"), ... })`",
                ),
            )
        };
        let d = Diagnostic::at(
            src,
            tree.span.start..tree.span.start + 1,
            Severity::Error,
            "translation-shape",
            message,
        )
        .with_hint(hint)
        .with_label("expected `Translation(texts: { ... })`");
        return (None, vec![d]);
    };
    let mut entries = BTreeMap::new();
    for (key, value) in items {
        let Kind::Str(name) = &key.kind else {
            problems.push(
                Diagnostic::at(src, key.span.clone(), Severity::Error, "translation-shape", Words::new("diag-translation-key", "a key is a text's id in double quotes"))
                    .with_hint(Words::new("diag-translation-key-hint", "write keys as `\"node.checkout.line\"`; `last-word translate` writes every key"))
                    .with_label("not a key"),
            );
            continue;
        };
        if let Some(first) = entries.get(name).map(|e: &Entry| e.key_span.start) {
            let (line, _) = src.line_col(first);
            problems.push(
                Diagnostic::at(
                    src,
                    key.span.clone(),
                    Severity::Error,
                    "duplicate-entry",
                    Words::new(
                        "diag-duplicate-entry",
                        format!("`{name}` is translated twice (first on line {line})"),
                    )
                    .arg("key", name)
                    .arg("line", line),
                )
                .with_id(name.clone())
                .with_hint(Words::new(
                    "diag-duplicate-entry-hint",
                    "keep one of the two entries",
                ))
                .with_label("written twice"),
            );
            continue;
        }
        match entry(value, key) {
            Some(e) => {
                entries.insert(name.clone(), e);
            }
            None => problems.push(
                Diagnostic::at(src, value.span.clone(), Severity::Error, "translation-shape", Words::new("diag-translation-entry", format!("the entry for `{name}` is not `(text: \"...\", from: \"...\")`")).arg("key", name))
                    .with_id(name.clone())
                    .with_hint(Words::new("diag-translation-entry-hint", "write the translation as `text` and keep the `from` fingerprint `last-word translate` wrote"))
                    .with_label("expected `(text: \"...\", from: \"...\")`"),
            ),
        }
    }
    let translation = Translation {
        language: language.to_string(),
        entries,
    };
    (Some(translation), problems)
}

/// An entry's `text` and `from`, with where they are written.
fn entry(value: &Spanned, key: &Spanned) -> Option<Entry> {
    let Kind::Struct { fields, .. } = &value.kind else {
        return None;
    };
    if fields.len() != 2 {
        return None;
    }
    let string = |name: &str| {
        fields
            .iter()
            .find(|f| f.name == name)
            .and_then(|f| match &f.value.kind {
                Kind::Str(s) => Some((s.clone(), f.value.span.clone())),
                _ => None,
            })
    };
    let (text, text_span) = string("text")?;
    let (from, from_span) = string("from")?;
    Some(Entry {
        text,
        from,
        key_span: key.span.clone(),
        from_span,
        text_span,
    })
}

/// Checks a translation against its scenario: a warning for each text with
/// no entry or an empty one, each stale entry (its original changed since)
/// and each entry for a text the scenario does not have; then its coverage.
pub fn check(loaded: &mut LoadedTranslation, scenario: &Scenario) {
    let (Some(translation), Some(src)) = (&loaded.translation, &loaded.source) else {
        return;
    };
    let all = texts(scenario);
    let mut found = Vec::new();
    let (mut translated, mut missing, mut stale) = (0, Vec::new(), 0);
    for t in &all {
        match translation.entries.get(&t.key) {
            None => missing.push(t.key.as_str()),
            Some(e) if !e.is_translated() => {
                missing.push(t.key.as_str());
                found.push(empty_entry(src, &t.key, e));
            }
            Some(e) if !e.is_current(&t.original) => {
                stale += 1;
                found.push(stale_entry(src, t, e));
            }
            Some(_) => translated += 1,
        }
    }
    let absent: Vec<&str> = missing
        .iter()
        .copied()
        .filter(|k| !translation.entries.contains_key(*k))
        .collect();
    let opening = loaded.opening().map(|(_, span)| span);
    for key in &absent {
        let span = opening.clone().unwrap_or(0..0);
        found.push(
            Diagnostic::at(src, span, Severity::Warning, "translation-missing", Words::new("diag-translation-missing", format!("`{key}` is not translated; it plays in the original language")).arg("key", *key))
                .with_id(*key)
                .with_hint(Words::new("diag-translation-missing-hint", format!("add `\"{key}\": (text: \"...\", from: \"{}\")`, or run `last-word translate {} --lang {}` to add every missing entry", fingerprint_of(&all, key), scenario.id, loaded.language)).arg("key", *key).arg("from", fingerprint_of(&all, key)).arg("id", &scenario.id).arg("lang", &loaded.language))
                .with_label("in this translation"),
        );
    }
    let keys: Vec<&str> = all.iter().map(|t| t.key.as_str()).collect();
    let mut extra = 0;
    for (key, e) in &translation.entries {
        if keys.contains(&key.as_str()) {
            continue;
        }
        extra += 1;
        let hint = match nearest(key, keys.iter().copied()) {
            Some(near) => did_you_mean(near),
            None => Words::new(
                "diag-translation-extra-hint",
                format!("`{}` has no such text; remove the entry", scenario.id),
            )
            .arg("id", &scenario.id),
        };
        found.push(
            Diagnostic::at(
                src,
                e.key_span.clone(),
                Severity::Warning,
                "translation-extra",
                Words::new(
                    "diag-translation-extra",
                    format!("`{key}` is not a text of `{}`", scenario.id),
                )
                .arg("key", key)
                .arg("id", &scenario.id),
            )
            .with_id(key.clone())
            .with_hint(hint)
            .with_label("no such text"),
        );
    }
    let coverage = Coverage {
        scenario: scenario.id.clone(),
        language: loaded.language.clone(),
        file: src.name.clone(),
        texts: all.len(),
        translated,
        missing: missing.len(),
        stale,
        extra,
        percent: percent(translated, all.len()),
    };
    loaded.diagnostics.extend(found);
    loaded.diagnostics.sort_by_key(|d| (d.line, d.column));
    loaded.coverage = Some(coverage);
}

/// `part` of `whole` in percent, rounded down; 100 for nothing to translate.
fn percent(part: usize, whole: usize) -> u32 {
    (part * 100)
        .checked_div(whole)
        .map_or(100, |p| u32::try_from(p).unwrap_or(100))
}

fn fingerprint_of(all: &[super::Text], key: &str) -> String {
    all.iter()
        .find(|t| t.key == key)
        .map_or_else(String::new, |t| text_fingerprint(&t.original))
}

/// An entry whose text is still empty.
fn empty_entry(src: &SourceText, key: &str, e: &Entry) -> Diagnostic {
    Diagnostic::at(
        src,
        e.text_span.clone(),
        Severity::Warning,
        "translation-missing",
        Words::new(
            "diag-translation-empty",
            format!("`{key}` is not translated yet; it plays in the original language"),
        )
        .arg("key", key),
    )
    .with_id(key)
    .with_hint(Words::new(
        "diag-translation-empty-hint",
        "write the translation in `text`",
    ))
    .with_label("empty")
}

/// An entry whose original changed since it was translated.
fn stale_entry(src: &SourceText, t: &super::Text, e: &Entry) -> Diagnostic {
    let now = text_fingerprint(&t.original);
    Diagnostic::at(src, e.from_span.clone(), Severity::Warning, "translation-stale", Words::new("diag-translation-stale", format!("the original of `{}` changed since it was translated; it plays in the original language until the translation is updated", t.key)).arg("key", &t.key))
        .with_id(t.key.clone())
        .with_hint(Words::new("diag-translation-stale-hint", format!("the original now reads: \"{}\"; update `text`, then set `from: \"{now}\"` (or run `last-word translate` again, which marks it)", short(&t.original))).arg("original", short(&t.original)).arg("from", &now))
        .with_label("translated from an older original")
}

/// A text cut to a length a hint can hold.
fn short(text: &str) -> String {
    const MAX: usize = 160;
    if text.chars().count() <= MAX {
        text.to_string()
    } else {
        let cut: String = text.chars().take(MAX).collect();
        format!("{cut}…")
    }
}

/// The language's English name with its tag, for messages: `Italian (it)`.
pub fn describe(tag: &str) -> String {
    match language_name(tag) {
        Some(name) => format!("{name} ({tag})"),
        None => format!("`{tag}`"),
    }
}
