//! Words for assessment mode and the debrief's decision-by-decision review.

use super::i18n::{tr, tr_args};
use crate::core::session::{Decision, SessionMode};

/// What assessment mode does, said before the first moment.
pub fn assessment_note() -> &'static str {
    tr("assessment-note")
}

/// Said after a reply in assessment mode, where the coaching would be.
pub fn held_back() -> &'static str {
    tr("held-back")
}

/// The review's title.
pub fn review_title() -> &'static str {
    tr("review-title")
}

/// The line under the review's title: what it is for, by mode.
pub fn review_intro(mode: SessionMode) -> &'static str {
    tr(match mode {
        SessionMode::Assessment => "review-intro-assessment",
        SessionMode::Practice => "review-intro-practice",
    })
}

/// A session mode as players read it.
pub fn mode_label(mode: SessionMode) -> &'static str {
    tr(match mode {
        SessionMode::Practice => "mode-practice",
        SessionMode::Assessment => "mode-assessment",
    })
}

/// Whether the decision took the best reply, in words.
pub fn verdict(d: &Decision) -> &'static str {
    tr(match (&d.best, d.chose_best) {
        (_, true) => "verdict-best",
        (Some(_), false) => "verdict-better",
        (None, false) => "verdict-unknown",
    })
}

/// "+3 points", "-1 point", "no points".
pub fn points_label(points: i64) -> String {
    tr_args(
        "points",
        &[
            ("points", points.into()),
            ("signed", format!("{points:+}").into()),
        ],
    )
}

/// How many decisions took the best reply: "3 of 4 replies were the best offered."
pub fn best_count(review: &[Decision]) -> String {
    let best = review.iter().filter(|d| d.chose_best).count();
    tr_args(
        "best-count",
        &[("best", best.into()), ("total", review.len().into())],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_read_with_their_sign_and_number() {
        assert_eq!(points_label(0), "no points");
        assert_eq!(points_label(1), "+1 point");
        assert_eq!(points_label(-3), "-3 points");
    }
}
