//! Source text and where things are in it.
//!
//! RON deserialisation tells us what a value *is* but not where it was
//! written. To point a trainer at the exact line of a bad id, the loader first
//! reads the file into a light syntax tree that keeps the byte span of every
//! value (`Spanned`), then deserialises each piece with `ron`. The tree also
//! bounds nesting depth, so a hostile file cannot overflow the stack.

use std::ops::Range;

use crate::core::diagnostic::Words;

/// Deepest nesting of brackets accepted in a scenario file. Real scenarios
/// use about eight levels.
pub const MAX_DEPTH: usize = 48;

/// A file's text with a line index, for turning byte offsets into lines.
#[derive(Debug, Clone)]
pub struct SourceText {
    /// The name shown in messages (the path as the user gave it).
    pub name: String,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceText {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        SourceText {
            name: name.into(),
            text,
            line_starts,
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = self.floor_char_boundary(offset.min(self.text.len()));
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let col = self.text[self.line_starts[line]..offset].chars().count() + 1;
        (line + 1, col)
    }

    /// Byte offset of a 1-based line and column (in characters) within
    /// `self.text[base..]`, as an absolute offset. Used to place errors that
    /// `ron` reports relative to a slice.
    pub fn offset_in_slice(&self, base: usize, line: usize, col: usize) -> usize {
        let slice = &self.text[base..];
        let mut offset = 0;
        for _ in 1..line.max(1) {
            match slice[offset..].find('\n') {
                Some(i) => offset += i + 1,
                None => return self.text.len(),
            }
        }
        let rest = &slice[offset..];
        let within: usize = rest
            .char_indices()
            .nth(col.saturating_sub(1))
            .map_or(rest.len(), |(i, _)| i);
        base + offset + within
    }

    fn floor_char_boundary(&self, mut i: usize) -> usize {
        while !self.text.is_char_boundary(i) {
            i -= 1;
        }
        i
    }
}

/// A value in the file with its byte span.
#[derive(Debug, Clone, PartialEq)]
pub struct Spanned {
    pub span: Range<usize>,
    pub kind: Kind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// `Name(field: value, ...)` or `(field: value, ...)`.
    Struct {
        name: Option<String>,
        fields: Vec<Field>,
    },
    /// `Name(a, b)`, `(a, b)` or `()`.
    Tuple {
        name: Option<String>,
        items: Vec<Spanned>,
    },
    /// `[a, b]`.
    List(Vec<Spanned>),
    /// `{ key: value }`.
    Map(Vec<(Spanned, Spanned)>),
    /// A string literal, unescaped.
    Str(String),
    /// A bare identifier: `Easy`, `true`, `None`.
    Ident(String),
    /// Numbers and characters, kept as written.
    Atom,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub name: String,
    pub name_span: Range<usize>,
    pub value: Spanned,
}

/// One step into a value.
#[derive(Debug, Clone, PartialEq)]
pub enum Seg<'a> {
    Field(&'a str),
    Index(usize),
    /// The key of a map entry (the span of the key itself).
    Key(&'a str),
    /// The value of the map entry with this text key.
    Value(&'a str),
}

impl Spanned {
    pub fn field(&self, name: &str) -> Option<&Field> {
        match &self.kind {
            Kind::Struct { fields, .. } => fields.iter().find(|f| f.name == name),
            // `Some(...)` and newtype wrappers are looked through.
            Kind::Tuple { items, .. } if items.len() == 1 => items[0].field(name),
            _ => None,
        }
    }

    pub fn items(&self) -> Option<&[Spanned]> {
        match &self.kind {
            Kind::List(items) => Some(items),
            Kind::Tuple { items, .. } if items.len() == 1 => items[0].items(),
            _ => None,
        }
    }

    /// The key and value of the map entry whose key is the text `key`.
    pub fn entry(&self, key: &str) -> Option<(&Spanned, &Spanned)> {
        match &self.kind {
            Kind::Map(entries) => entries
                .iter()
                .find(|(k, _)| matches!(&k.kind, Kind::Str(s) if s == key))
                .map(|(k, v)| (k, v)),
            Kind::Tuple { items, .. } if items.len() == 1 => items[0].entry(key),
            _ => None,
        }
    }

    /// The value at exactly this path, if the file writes it out.
    pub fn find(&self, path: &[Seg]) -> Option<&Spanned> {
        let mut here = self;
        for seg in path {
            here = match seg {
                Seg::Field(name) => &here.field(name)?.value,
                Seg::Index(i) => here.items()?.get(*i)?,
                Seg::Key(_) => return None,
                Seg::Value(key) => here.entry(key)?.1,
            };
        }
        Some(here)
    }

    /// Follows a path as far as the file goes and returns the deepest value
    /// found, so a message still lands near the problem when the exact value
    /// is not written out (a defaulted field, say).
    pub fn locate(&self, path: &[Seg]) -> Range<usize> {
        let mut here = self;
        for seg in path {
            let next = match seg {
                Seg::Field(name) => here.field(name).map(|f| &f.value),
                Seg::Index(i) => here.items().and_then(|items| items.get(*i)),
                Seg::Key(key) => here.entry(key).map(|(k, _)| k),
                Seg::Value(key) => here.entry(key).map(|(_, v)| v),
            };
            match next {
                Some(value) => here = value,
                None => break,
            }
        }
        here.span.clone()
    }
}

/// A syntax error in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub span: Range<usize>,
    pub message: String,
    pub hint: String,
    /// `message` and `hint` as data for translation.
    pub words: Box<(Words, Words)>,
}

/// Reads the whole text as one value (attributes such as
/// `#![enable(implicit_some)]` at the top are allowed and skipped).
pub fn parse(text: &str) -> Result<Spanned, SyntaxError> {
    let mut p = Parser {
        src: text,
        bytes: text.as_bytes(),
        pos: 0,
    };
    p.skip_trivia()?;
    while p.peek() == Some(b'#') {
        p.skip_attribute()?;
        p.skip_trivia()?;
    }
    if p.pos >= p.bytes.len() {
        return Err(p.error(
            p.pos..p.pos,
            Words::new("diag-syntax-empty", "the file is empty"),
            Words::new(
                "diag-syntax-empty-hint",
                "a scenario file holds one value: `Scenario( id: \"...\", ... )`",
            ),
        ));
    }
    let value = p.value(0)?;
    p.skip_trivia()?;
    if p.pos < p.bytes.len() {
        return Err(p.error(
            p.pos..p.pos + 1,
            Words::new(
                "diag-syntax-trailing",
                "unexpected text after the end of the value",
            ),
            Words::new(
                "diag-syntax-trailing-hint",
                "a file holds exactly one value; check for an extra closing bracket above",
            ),
        ));
    }
    Ok(value)
}

struct Parser<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn error(&self, span: Range<usize>, message: Words, hint: Words) -> SyntaxError {
        let end = span.end.min(self.src.len());
        let start = span.start.min(end);
        SyntaxError {
            span: start..end,
            message: message.english.clone(),
            hint: hint.english.clone(),
            words: Box::new((message, hint)),
        }
    }

    fn char_span(&self) -> Range<usize> {
        let len = self.src[self.pos..]
            .chars()
            .next()
            .map_or(0, char::len_utf8);
        self.pos..self.pos + len
    }

    fn skip_trivia(&mut self) -> Result<(), SyntaxError> {
        loop {
            match self.peek() {
                Some(b' ' | b'\t' | b'\n' | b'\r') => self.pos += 1,
                Some(b'/') if self.bytes.get(self.pos + 1) == Some(&b'/') => {
                    while let Some(c) = self.peek() {
                        if c == b'\n' {
                            break;
                        }
                        self.pos += 1;
                    }
                }
                Some(b'/') if self.bytes.get(self.pos + 1) == Some(&b'*') => {
                    let start = self.pos;
                    self.pos += 2;
                    let mut depth = 1usize;
                    while depth > 0 {
                        if self.pos >= self.bytes.len() {
                            return Err(self.error(
                                start..start + 2,
                                Words::new("diag-syntax-comment", "this comment is never closed"),
                                Words::new("diag-syntax-comment-hint", "close it with `*/`"),
                            ));
                        }
                        if self.bytes[self.pos..].starts_with(b"/*") {
                            depth += 1;
                            self.pos += 2;
                        } else if self.bytes[self.pos..].starts_with(b"*/") {
                            depth -= 1;
                            self.pos += 2;
                        } else {
                            self.pos += 1;
                        }
                    }
                }
                _ => return Ok(()),
            }
        }
    }

    fn skip_attribute(&mut self) -> Result<(), SyntaxError> {
        let start = self.pos;
        while let Some(c) = self.peek() {
            self.pos += 1;
            if c == b']' {
                return Ok(());
            }
        }
        Err(self.error(
            start..start + 1,
            Words::new("diag-syntax-attribute", "this attribute is never closed"),
            Words::new(
                "diag-syntax-attribute-hint",
                "write it as `#![enable(implicit_some)]`",
            ),
        ))
    }

    fn value(&mut self, depth: usize) -> Result<Spanned, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error(
                self.char_span(),
                Words::new(
                    "diag-syntax-too-deep",
                    format!("values are nested more than {MAX_DEPTH} levels deep here"),
                )
                .arg("max", MAX_DEPTH),
                Words::new(
                    "diag-syntax-too-deep-hint",
                    "a scenario needs far fewer levels; look for brackets that are opened and never closed",
                ),
            ));
        }
        let start = self.pos;
        match self.peek() {
            None => Err(self.error(
                self.pos..self.pos,
                Words::new(
                    "diag-syntax-end-before-value",
                    "the file ends where a value was expected",
                ),
                Words::new(
                    "diag-syntax-end-before-value-hint",
                    "finish the value and close every bracket that is open",
                ),
            )),
            Some(b'"') => self.string(),
            Some(b'r') if matches!(self.bytes.get(self.pos + 1), Some(b'"' | b'#')) => {
                self.raw_string()
            }
            Some(b'[') => {
                self.pos += 1;
                let items = self.sequence(b']', depth)?;
                Ok(Spanned {
                    span: start..self.pos,
                    kind: Kind::List(items),
                })
            }
            Some(b'{') => self.map(depth),
            Some(b'(') => self.parens(None, start, depth),
            Some(b'\'') => self.char_literal(),
            Some(c) if c.is_ascii_digit() || c == b'-' || c == b'+' || c == b'.' => {
                self.number()
            }
            Some(c) if c.is_ascii_alphabetic() || c == b'_' => {
                let name = self.ident();
                let after = self.pos;
                self.skip_trivia()?;
                if self.peek() == Some(b'(') {
                    self.parens(Some(name), start, depth)
                } else {
                    self.pos = after;
                    Ok(Spanned {
                        span: start..after,
                        kind: Kind::Ident(name),
                    })
                }
            }
            Some(_) => Err(self.error(
                self.char_span(),
                Words::new(
                    "diag-syntax-unexpected",
                    format!(
                        "unexpected `{}` where a value was expected",
                        self.src[self.pos..].chars().next().unwrap_or(' ')
                    ),
                )
                .arg(
                    "found",
                    self.src[self.pos..]
                        .chars()
                        .next()
                        .unwrap_or(' ')
                        .to_string(),
                ),
                Words::new(
                    "diag-syntax-unexpected-hint",
                    "a value is a \"string\", a number, a name such as `Easy`, `( ... )`, `[ ... ]` or `{ ... }`",
                )
                .arg("shapes", "`( ... )`, `[ ... ]`, `{ ... }`"),
            )),
        }
    }

    fn ident(&mut self) -> String {
        let start = self.pos;
        if self.bytes[self.pos..].starts_with(b"r#") {
            self.pos += 2;
        }
        while let Some(c) = self.peek() {
            if c.is_ascii_alphanumeric() || c == b'_' {
                self.pos += 1;
            } else {
                break;
            }
        }
        self.src[start..self.pos].to_string()
    }

    fn string(&mut self) -> Result<Spanned, SyntaxError> {
        let start = self.pos;
        self.pos += 1;
        let mut out = String::new();
        loop {
            let Some(c) = self.src[self.pos..].chars().next() else {
                return Err(self.error(
                    start..start + 1,
                    Words::new("diag-syntax-string", "this string is never closed"),
                    Words::new(
                        "diag-syntax-string-hint",
                        "end it with a `\"`; a `\"` inside the text is written `\\\"`",
                    ),
                ));
            };
            self.pos += c.len_utf8();
            match c {
                '"' => break,
                '\\' => {
                    let esc_start = self.pos - 1;
                    let Some(e) = self.src[self.pos..].chars().next() else {
                        continue;
                    };
                    self.pos += e.len_utf8();
                    match e {
                        'n' => out.push('\n'),
                        't' => out.push('\t'),
                        'r' => out.push('\r'),
                        '0' => out.push('\0'),
                        '\\' | '"' | '\'' => out.push(e),
                        '\n' => {
                            while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
                                self.pos += 1;
                            }
                        }
                        'u' | 'x' => {
                            // Kept loosely: `ron` checks the escape itself.
                            while let Some(c) = self.peek() {
                                if c.is_ascii_hexdigit() || c == b'{' || c == b'}' {
                                    self.pos += 1;
                                } else {
                                    break;
                                }
                            }
                        }
                        _ => {
                            return Err(self.error(
                                esc_start..self.pos,
                                Words::new(
                                    "diag-syntax-escape",
                                    format!("`\\{e}` is not an escape a string can hold"),
                                )
                                .arg("escape", format!("\\{e}")),
                                Words::new(
                                    "diag-syntax-escape-hint",
                                    "write a backslash as `\\\\`, a quote as `\\\"`, a line break as `\\n`",
                                ),
                            ));
                        }
                    }
                }
                c => out.push(c),
            }
        }
        Ok(Spanned {
            span: start..self.pos,
            kind: Kind::Str(out),
        })
    }

    fn raw_string(&mut self) -> Result<Spanned, SyntaxError> {
        let start = self.pos;
        self.pos += 1;
        let mut hashes = 0;
        while self.peek() == Some(b'#') {
            hashes += 1;
            self.pos += 1;
        }
        if self.peek() != Some(b'"') {
            // `r#ident`: a raw identifier.
            self.pos = start;
            let name = self.ident();
            return Ok(Spanned {
                span: start..self.pos,
                kind: Kind::Ident(name),
            });
        }
        self.pos += 1;
        let close: String = std::iter::once('"')
            .chain(std::iter::repeat_n('#', hashes))
            .collect();
        match self.src[self.pos..].find(&close) {
            Some(i) => {
                let text = self.src[self.pos..self.pos + i].to_string();
                self.pos += i + close.len();
                Ok(Spanned {
                    span: start..self.pos,
                    kind: Kind::Str(text),
                })
            }
            None => Err(self.error(
                start..start + 2,
                Words::new("diag-syntax-raw-string", "this raw string is never closed"),
                Words::new(
                    "diag-syntax-raw-string-hint",
                    format!("end it with `{close}`"),
                )
                .arg("close", close.to_string()),
            )),
        }
    }

    fn char_literal(&mut self) -> Result<Spanned, SyntaxError> {
        let start = self.pos;
        self.pos += 1;
        if self.peek() == Some(b'\\') {
            self.pos += 1;
        }
        if let Some(c) = self.src[self.pos..].chars().next() {
            self.pos += c.len_utf8();
        }
        if self.peek() != Some(b'\'') {
            return Err(self.error(
                start..self.pos,
                Words::new("diag-syntax-char", "this character literal is not closed"),
                Words::new(
                    "diag-syntax-char-hint",
                    "text goes in double quotes: \"like this\"",
                ),
            ));
        }
        self.pos += 1;
        Ok(Spanned {
            span: start..self.pos,
            kind: Kind::Atom,
        })
    }

    fn number(&mut self) -> Result<Spanned, SyntaxError> {
        let start = self.pos;
        while let Some(c) = self.peek() {
            if c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'+' | b'-') {
                // A sign only starts a number or follows an exponent.
                if matches!(c, b'+' | b'-')
                    && self.pos != start
                    && !matches!(self.bytes[self.pos - 1], b'e' | b'E')
                {
                    break;
                }
                self.pos += 1;
            } else {
                break;
            }
        }
        Ok(Spanned {
            span: start..self.pos,
            kind: Kind::Atom,
        })
    }

    /// Items up to `close`, separated by commas (a trailing comma is fine).
    fn sequence(&mut self, close: u8, depth: usize) -> Result<Vec<Spanned>, SyntaxError> {
        let mut items = Vec::new();
        loop {
            self.skip_trivia()?;
            if self.peek() == Some(close) {
                self.pos += 1;
                return Ok(items);
            }
            items.push(self.value(depth + 1)?);
            self.end_of_item(close)?;
        }
    }

    fn end_of_item(&mut self, close: u8) -> Result<(), SyntaxError> {
        self.skip_trivia()?;
        match self.peek() {
            Some(b',') => {
                self.pos += 1;
                Ok(())
            }
            Some(c) if c == close => Ok(()),
            None => Err(self.error(
                self.pos..self.pos,
                Words::new(
                    "diag-syntax-unclosed",
                    format!("the file ends before this `{}` is closed", close as char),
                )
                .arg("close", (close as char).to_string()),
                Words::new(
                    "diag-syntax-unclosed-hint",
                    format!("add `{}` at the end", close as char),
                )
                .arg("close", (close as char).to_string()),
            )),
            Some(_) => Err(self.error(
                self.char_span(),
                Words::new(
                    "diag-syntax-comma",
                    format!("expected `,` or `{}` here", close as char),
                )
                .arg("close", (close as char).to_string()),
                Words::new(
                    "diag-syntax-comma-hint",
                    "separate items with commas; a missing comma at the end of the line above is the usual cause",
                ),
            )),
        }
    }

    fn map(&mut self, depth: usize) -> Result<Spanned, SyntaxError> {
        let start = self.pos;
        self.pos += 1;
        let mut entries = Vec::new();
        loop {
            self.skip_trivia()?;
            if self.peek() == Some(b'}') {
                self.pos += 1;
                break;
            }
            let key = self.value(depth + 1)?;
            self.skip_trivia()?;
            if self.peek() != Some(b':') {
                return Err(self.error(
                    self.char_span(),
                    Words::new("diag-syntax-key-colon", "expected `:` after this key"),
                    Words::new(
                        "diag-syntax-key-colon-hint",
                        "map entries are written `\"key\": value`",
                    ),
                ));
            }
            self.pos += 1;
            self.skip_trivia()?;
            let value = self.value(depth + 1)?;
            entries.push((key, value));
            self.end_of_item(b'}')?;
        }
        Ok(Spanned {
            span: start..self.pos,
            kind: Kind::Map(entries),
        })
    }

    /// After `(`: named fields if the first thing is `name:`, else a tuple.
    fn parens(
        &mut self,
        name: Option<String>,
        start: usize,
        depth: usize,
    ) -> Result<Spanned, SyntaxError> {
        self.pos += 1;
        self.skip_trivia()?;
        if !self.starts_field()? {
            let items = self.sequence(b')', depth)?;
            return Ok(Spanned {
                span: start..self.pos,
                kind: Kind::Tuple { name, items },
            });
        }
        let mut fields: Vec<Field> = Vec::new();
        loop {
            self.skip_trivia()?;
            if self.peek() == Some(b')') {
                self.pos += 1;
                break;
            }
            let name_start = self.pos;
            if !self
                .peek()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == b'_')
            {
                return Err(self.error(
                    self.char_span(),
                    Words::new("diag-syntax-field-name", "expected a field name here"),
                    Words::new(
                        "diag-syntax-field-name-hint",
                        "fields are written `name: value`, separated by commas",
                    ),
                ));
            }
            let field_name = self.ident();
            let name_span = name_start..self.pos;
            self.skip_trivia()?;
            if self.peek() != Some(b':') {
                return Err(self.error(
                    self.char_span(),
                    Words::new(
                        "diag-syntax-field-colon",
                        format!("expected `:` after the field name `{field_name}`"),
                    )
                    .arg("field", field_name),
                    Words::new(
                        "diag-syntax-field-colon-hint",
                        "fields are written `name: value`",
                    ),
                ));
            }
            self.pos += 1;
            self.skip_trivia()?;
            let value = self.value(depth + 1)?;
            fields.push(Field {
                name: field_name,
                name_span,
                value,
            });
            self.end_of_item(b')')?;
        }
        Ok(Spanned {
            span: start..self.pos,
            kind: Kind::Struct { name, fields },
        })
    }

    fn starts_field(&mut self) -> Result<bool, SyntaxError> {
        let save = self.pos;
        if !self
            .peek()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == b'_')
        {
            return Ok(false);
        }
        self.ident();
        self.skip_trivia()?;
        let is_field = self.peek() == Some(b':');
        self.pos = save;
        Ok(is_field)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_nested_values_by_path() {
        let text = "Scenario(\n  nodes: [\n    (id: \"a\", next: \"b\"),\n  ],\n)";
        let tree = parse(text).unwrap();
        let span = tree.locate(&[Seg::Field("nodes"), Seg::Index(0), Seg::Field("next")]);
        assert_eq!(&text[span], "\"b\"");
        let src = SourceText::new("x.ron", text);
        let span = tree.locate(&[Seg::Field("nodes"), Seg::Index(0), Seg::Field("next")]);
        assert_eq!(src.line_col(span.start), (3, 21));
    }

    #[test]
    fn a_missing_path_lands_on_the_deepest_value_found() {
        let text = "(nodes: [(id: \"a\")])";
        let tree = parse(text).unwrap();
        let span = tree.locate(&[Seg::Field("nodes"), Seg::Index(0), Seg::Field("line")]);
        assert_eq!(&text[span], "(id: \"a\")");
    }

    #[test]
    fn reports_a_missing_comma_where_it_is() {
        let text = "(a: 1\n b: 2)";
        let err = parse(text).unwrap_err();
        assert_eq!(&text[err.span], "b");
        assert!(err.message.contains("expected `,`"));
    }

    #[test]
    fn rejects_deep_nesting_without_overflowing() {
        let text = "[".repeat(100_000);
        let err = parse(&text).unwrap_err();
        assert!(err.message.contains("nested"));
    }

    #[test]
    fn offsets_in_slices_count_characters() {
        let src = SourceText::new("x", "ab\n\"é\" x\n");
        // Inside the slice starting at byte 3 (line 2), line 1 column 5 is `x`.
        let at = src.offset_in_slice(3, 1, 5);
        assert_eq!(&src.text[at..at + 1], "x");
    }
}
