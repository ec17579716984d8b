//! Messages about a scenario file, in the style of rustc: what is wrong, where
//! (file, line, column, with the source line and a caret), and how to fix it.

use std::ops::Range;

use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, termcolor::WriteColor};
use serde::Serialize;

use crate::core::ron_spans::SourceText;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// Words of a diagnostic kept as data for the text layer: the id of a
/// message in the diagnostics file (`assets/locales/<lang>/diagnostics.ftl`),
/// its arguments, and the English the core wrote. An empty id means the words
/// exist only in English.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Words {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
    pub english: String,
}

/// An argument of [`Words`]: text shown as it is (ids, numbers, names), or
/// words of their own that the text layer translates too.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Words(Words),
}

impl Arg {
    /// The argument as the core writes it in English.
    pub fn english(&self) -> String {
        match self {
            Arg::Text(text) => text.clone(),
            Arg::Words(words) => words.english.clone(),
        }
    }
}

impl Words {
    /// Words with message `id`, reading `english` in English.
    pub fn new(id: &'static str, english: impl Into<String>) -> Self {
        Words {
            id,
            args: Vec::new(),
            english: english.into(),
        }
    }

    /// Adds argument `name`.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }
}

impl From<String> for Words {
    fn from(english: String) -> Self {
        Words::new("", english)
    }
}

impl From<&str> for Words {
    fn from(english: &str) -> Self {
        Words::new("", english)
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_string())
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

impl From<Words> for Arg {
    fn from(words: Words) -> Self {
        Arg::Words(words)
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Text(n.to_string())
            }
        }
    )*};
}
number_args!(f64, u32, usize, i64);

/// A diagnostic's words as they are shown: its message, hint and label.
#[derive(Debug, Clone, Copy)]
pub struct Rendered<'a> {
    pub message: &'a str,
    pub hint: &'a str,
    pub label: &'a str,
}

/// One problem found in a file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    pub file: String,
    /// 1-based line; 0 when the problem is the whole file (unreadable, too large).
    pub line: usize,
    /// 1-based column in characters; 0 with `line` 0.
    pub column: usize,
    pub severity: Severity,
    /// A stable name for the kind of problem, e.g. `unknown-target`.
    pub code: &'static str,
    pub message: String,
    /// The id the problem is about, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// How to fix it.
    pub hint: String,
    #[serde(skip)]
    pub span: Option<Range<usize>>,
    /// What the caret under the source points at.
    #[serde(skip)]
    pub label: String,
    /// `message` as data for translation (its `english` is `message`).
    #[serde(skip)]
    pub message_words: Words,
    /// `hint` as data for translation (its `english` is `hint`).
    #[serde(skip)]
    pub hint_words: Words,
}

impl Diagnostic {
    /// A problem about the whole file, with no position in it.
    pub fn whole_file(
        file: &str,
        code: &'static str,
        message: impl Into<Words>,
        hint: impl Into<Words>,
    ) -> Self {
        let message = message.into();
        let hint = hint.into();
        Diagnostic {
            file: file.to_string(),
            line: 0,
            column: 0,
            severity: Severity::Error,
            code,
            message: message.english.clone(),
            id: None,
            hint: hint.english.clone(),
            span: None,
            label: String::new(),
            message_words: message,
            hint_words: hint,
        }
    }

    /// A problem at a place in a file.
    pub fn at(
        src: &SourceText,
        span: Range<usize>,
        severity: Severity,
        code: &'static str,
        message: impl Into<Words>,
    ) -> Self {
        let message = message.into();
        let (line, column) = src.line_col(span.start);
        Diagnostic {
            file: src.name.clone(),
            line,
            column,
            severity,
            code,
            message: message.english.clone(),
            id: None,
            hint: String::new(),
            span: Some(span),
            label: String::new(),
            message_words: message,
            hint_words: Words::default(),
        }
    }

    pub fn with_id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }

    pub fn with_hint(mut self, hint: impl Into<Words>) -> Self {
        let hint = hint.into();
        self.hint = hint.english.clone();
        self.hint_words = hint;
        self
    }

    /// What the caret points at, in English; the text layer says it in the
    /// interface language when `diagnostics.ftl` has it as
    /// `diag-label-<the English, dashed>` (so is an English `what` argument,
    /// as `diag-what-<...>`).
    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = label.into();
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Writes the message with a source excerpt, rustc style. `source` is the
    /// file's text when there is one.
    pub fn render(&self, source: Option<&SourceText>, out: &mut dyn WriteColor) {
        let words = Rendered {
            message: &self.message,
            hint: &self.hint,
            label: &self.label,
        };
        self.render_as(&words, source, out);
    }

    /// [`Diagnostic::render`] with the message, hint and label in other
    /// words (the text layer's, in the interface language).
    pub fn render_as(
        &self,
        words: &Rendered,
        source: Option<&SourceText>,
        out: &mut dyn WriteColor,
    ) {
        let Rendered {
            message,
            hint,
            label,
        } = *words;
        let mut report = match self.severity {
            Severity::Error => Report::error(),
            Severity::Warning => Report::warning(),
        }
        .with_code(self.code)
        .with_message(message);
        let text = source.map_or("", |s| s.text.as_str());
        if let (Some(span), Some(_)) = (&self.span, source) {
            let span = span.start.min(text.len())..span.end.min(text.len());
            report = report.with_labels(vec![Label::primary((), span).with_message(label)]);
        } else {
            report = report.with_notes(vec![format!("in {}", self.file)]);
        }
        if !hint.is_empty() {
            report = report.with_notes(vec![format!("help: {hint}")]);
        }
        let file = SimpleFile::new(self.file.as_str(), text);
        let config = term::Config::default();
        // Writing to a terminal or a buffer; a failed write has nowhere to go.
        let _ = term::emit_to_write_style(out, &config, &file, &report);
    }

    /// The rendered message as plain text.
    pub fn render_plain(&self, source: Option<&SourceText>) -> String {
        let mut buf = term::termcolor::NoColor::new(Vec::new());
        self.render(source, &mut buf);
        String::from_utf8_lossy(&buf.into_inner()).into_owned()
    }
}

/// The hint naming the nearest id or field.
pub fn did_you_mean(near: &str) -> Words {
    Words::new("diag-did-you-mean", format!("did you mean `{near}`?")).arg("near", near)
}

/// The id from `candidates` nearest to `wanted`, if it is near enough to be a
/// likely typo.
pub fn nearest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::normalized_damerau_levenshtein(wanted, c), c))
        .filter(|(score, _)| *score >= 0.5)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_finds_a_typo_and_ignores_strangers() {
        let ids = ["greeting", "remake-drink", "lost-regulars"];
        assert_eq!(nearest("remake-drnik", ids), Some("remake-drink"));
        assert_eq!(nearest("zzz", ids), None);
    }

    #[test]
    fn renders_an_excerpt_with_a_caret_and_the_hint() {
        let src = SourceText::new("s.ron", "(\n  next: \"nowhere\",\n)");
        let d = Diagnostic::at(
            &src,
            10..19,
            Severity::Error,
            "unknown-target",
            "no such node",
        )
        .with_hint("use `somewhere`")
        .with_label("this id");
        let text = d.render_plain(Some(&src));
        assert!(
            text.contains("error[unknown-target]: no such node"),
            "{text}"
        );
        assert!(text.contains("s.ron:2:9"), "{text}");
        assert!(text.contains("^^^^^^^^^"), "{text}");
        assert!(text.contains("help: use `somewhere`"), "{text}");
    }
}
