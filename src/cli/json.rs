//! The JSON the command line prints: the core's values, plus the English
//! wording the JSON contract has always carried beside them (the debrief's
//! arithmetic as sentences, outcome labels, timeline events). The JSON is
//! for scripts: its wording stays English whatever language is shown.

use serde_json::{Value, json};

use crate::core::montecarlo::{PolicyReport, Report};
use crate::core::session::Debrief;
use crate::text;
use crate::text::i18n::{Language, with_language};

/// The debrief as JSON: every field of [`Debrief`] (the arithmetic as
/// `steps`, the timeline's `kind`), plus its wording: `revenue.arithmetic`,
/// `revenue.yearly_range`, `revenue.heading`, `word_of_mouth.arithmetic`,
/// `word_of_mouth.heading`,
/// `ending.outcome_label` and each `mood_timeline[].event`.
pub fn debrief(d: &Debrief) -> Value {
    with_language(Language::English, || english_debrief(d))
}

fn english_debrief(d: &Debrief) -> Value {
    let mut v = serde_json::to_value(d).expect("a debrief serialises");
    v["revenue"]["arithmetic"] = json!(text::revenue_arithmetic(&d.revenue));
    v["revenue"]["yearly_range"] = json!(text::yearly_range(&d.revenue));
    v["revenue"]["heading"] = json!(text::money_heading(&d.revenue));
    v["word_of_mouth"]["heading"] = json!(text::word_of_mouth_heading(&d.revenue));
    v["word_of_mouth"]["arithmetic"] =
        json!(text::word_of_mouth_arithmetic(&d.word_of_mouth, &d.revenue));
    v["ending"]["outcome_label"] = json!(text::outcome_label(d.ending.outcome));
    if let Some(points) = v["mood_timeline"].as_array_mut() {
        for (point, m) in points.iter_mut().zip(&d.mood_timeline) {
            point["event"] = json!(text::event_label(m));
        }
    }
    v
}

/// The Monte Carlo report as JSON, each policy's outcomes keyed by label
/// ("kept and loyal").
pub fn monte_carlo(r: &Report) -> Value {
    let mut v = serde_json::to_value(r).expect("a report serialises");
    for (name, p) in [("random", &r.random), ("best", &r.best)] {
        v[name]["outcomes"] = with_language(Language::English, || outcomes_by_label(p));
    }
    v
}

fn outcomes_by_label(p: &PolicyReport) -> Value {
    p.outcomes
        .iter()
        .map(|(o, share)| (text::outcome_label(*o).to_string(), json!(share)))
        .collect::<serde_json::Map<_, _>>()
        .into()
}
