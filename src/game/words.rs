//! The game's sentences that mix styles: a translated message cut around
//! the values a screen shows in their own font or colour ("Playing as
//! **Ana**", "Mood **54 neutral** to **59 content**"). Each language puts
//! the values where its word order wants them; the screen styles the
//! pieces.

use bevy::prelude::*;
use fluent_bundle::FluentValue;

use crate::game::theme::widget;
use crate::text::i18n::tr_args;

/// What a piece of a sentence is: the message's own words, or the value
/// at this index of the `marked` list given to [`pieces`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece {
    Words,
    Value(usize),
}

/// The first of the private-use characters that stand in for the marked
/// values while the message is formatted.
const MARK: u32 = 0xE000;

/// Message `id` formatted with `args`, and each of `marked` (a variable's
/// name and its text) as its own piece, in the order the language puts
/// them. A marked value is text: a selector in the message sees the
/// stand-in, so counts belong in `args`.
pub fn pieces(
    id: &str,
    args: &[(&str, FluentValue<'_>)],
    marked: &[(&str, &str)],
) -> Vec<(Piece, String)> {
    let mut all: Vec<(&str, FluentValue<'_>)> = args.to_vec();
    for (i, (name, _)) in marked.iter().enumerate() {
        let stand_in = char::from_u32(MARK + i as u32).expect("a private-use character");
        all.push((name, stand_in.to_string().into()));
    }
    let mut out = Vec::new();
    let mut words = String::new();
    for c in tr_args(id, &all).chars() {
        let index = (c as u32).checked_sub(MARK).map(|i| i as usize);
        match index.filter(|i| *i < marked.len()) {
            Some(i) => {
                if !words.is_empty() {
                    out.push((Piece::Words, std::mem::take(&mut words)));
                }
                out.push((Piece::Value(i), marked[i].1.to_string()));
            }
            None => words.push(c),
        }
    }
    if !words.is_empty() {
        out.push((Piece::Words, words));
    }
    out
}

/// How one piece of a [`rich`] text looks.
#[derive(Debug, Clone)]
pub struct Style {
    pub font: Handle<Font>,
    pub size: f32,
    pub color: Color,
}

impl Style {
    pub fn new(font: &Handle<Font>, size: f32, color: Color) -> Style {
        Style {
            font: font.clone(),
            size,
            color,
        }
    }
}

/// A text made of `pieces`, each in `words` style or, for a marked value,
/// in `values[index]`'s: the first piece is the text, the rest its spans.
pub fn rich(pieces: Vec<(Piece, String)>, words: &Style, values: &[Style]) -> impl Bundle + use<> {
    let style_of = |piece: &Piece| match piece {
        Piece::Words => words.clone(),
        Piece::Value(i) => values.get(*i).unwrap_or(words).clone(),
    };
    let mut pieces = pieces.into_iter();
    let (first, first_style) = match pieces.next() {
        Some((piece, text)) => (text, style_of(&piece)),
        None => (String::new(), words.clone()),
    };
    let spans: Vec<(String, Style)> = pieces
        .map(|(piece, text)| {
            let style = style_of(&piece);
            (text, style)
        })
        .collect();
    (
        widget::text_of(first, first_style.font, first_style.size, first_style.color),
        Children::spawn(SpawnIter(
            spans
                .into_iter()
                .map(|(text, s)| widget::span_of(text, s.font, s.size, s.color)),
        )),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::i18n::{Language, with_language};

    #[test]
    fn a_sentence_is_cut_around_its_marked_values() {
        let cut = with_language(Language::English, || {
            pieces("title-playing-as", &[], &[("name", "Ana")])
        });
        assert_eq!(
            cut,
            vec![
                (Piece::Words, "Playing as ".to_string()),
                (Piece::Value(0), "Ana".to_string()),
            ]
        );
        let cut = with_language(Language::English, || {
            pieces(
                "play-mood-change",
                &[],
                &[("before", "54 neutral"), ("after", "59 content")],
            )
        });
        let text: String = cut.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(text, "Mood 54 neutral to 59 content");
        assert_eq!(cut[1], (Piece::Value(0), "54 neutral".into()));
        assert_eq!(cut[3], (Piece::Value(1), "59 content".into()));
    }

    #[test]
    fn each_language_puts_the_values_where_its_word_order_wants_them() {
        // Hindi names the learner first: "Ana के रूप में खेल रहे हैं".
        let cut = with_language(Language::Hindi, || {
            pieces("title-playing-as", &[], &[("name", "Ana")])
        });
        assert_eq!(cut[0], (Piece::Value(0), "Ana".to_string()));
        assert!(matches!(cut[1], (Piece::Words, ref w) if w.contains("खेल")));
        // Arguments that are not marked are formatted as usual.
        let cut = with_language(Language::English, || {
            pieces("learners-since", &[("date", "2026-11-25".into())], &[])
        });
        assert_eq!(cut, vec![(Piece::Words, "since 2026-11-25".to_string())]);
    }
}
