//! Front-end wording, in the current language ([`i18n`]): what the core's values read as on a
//! screen. Labels for bands, outcomes and difficulties, minutes on the
//! clock, the events of the mood timeline, the shipped principles' names
//! ([`labels`]); dollars and the
//! money's arithmetic as sentences ([`money`]); assessment mode and the
//! debrief's review ([`review`]); a learner's progress and what to play
//! next, from the records ([`progress`]); what went wrong with the records
//! or the LRS ([`errors`]); a file's problems for its author ([`diagnostics`]); a workshop on the projector
//! ([`workshop`]).
//!
//! This is the one place the game's words for data live — the only place
//! `$` and thousands separators are written — and it holds no rules: the
//! numbers all come from [`crate::core`]. The words themselves live in
//! Fluent message files (`assets/locales/<lang>/*.ftl`).

pub mod diagnostics;
pub mod errors;
pub mod i18n;
pub mod labels;
pub mod money;
pub mod progress;
pub mod review;
pub mod workshop;

pub use labels::{
    band_label, difficulty_label, event_label, language_label, minutes_label, minutes_number,
    mood_moved, outcome_label, principle_label, principle_name, principle_summary, unused_choices,
};
pub use money::{
    Counted, dollars, dollars_moved, money_heading, revenue_arithmetic, step_sentence,
    word_of_mouth_arithmetic, word_of_mouth_heading, yearly_range,
};

/// `text` escaped for HTML content and attribute values: the reports, the
/// workshop's page and the phones' page all write through it.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
