//! Words for assessment mode and the debrief's decision-by-decision review.

use crate::core::session::{Decision, SessionMode};

/// What assessment mode does, said before the first moment.
pub const ASSESSMENT_NOTE: &str = "Assessment: no coaching or points after each reply. \
    The debrief replays every decision beside the best reply, with the coaching.";

/// Said after a reply in assessment mode, where the coaching would be.
pub const HELD_BACK: &str = "Assessment: the coaching and points wait for the debrief.";

/// The review's title.
pub const REVIEW_TITLE: &str = "Decision by decision";

/// The line under the review's title: what it is for, by mode.
pub fn review_intro(mode: SessionMode) -> &'static str {
    match mode {
        SessionMode::Assessment => {
            "An assessment: the coaching was held back until now. Each reply you chose, beside the best one offered."
        }
        SessionMode::Practice => "Each reply you chose, beside the best one offered.",
    }
}

/// A session mode as players read it.
pub fn mode_label(mode: SessionMode) -> &'static str {
    match mode {
        SessionMode::Practice => "Practice",
        SessionMode::Assessment => "Assessment",
    }
}

/// Whether the decision took the best reply, in words.
pub fn verdict(d: &Decision) -> &'static str {
    match (&d.best, d.chose_best) {
        (_, true) => "The best reply offered.",
        (Some(_), false) => "A better reply was offered:",
        (None, false) => "The best reply here could not be worked out (the loop is too large).",
    }
}

/// "+3 points", "-1 point", "no points".
pub fn points_label(points: i64) -> String {
    match points {
        0 => "no points".to_string(),
        1 | -1 => format!("{points:+} point"),
        _ => format!("{points:+} points"),
    }
}

/// How many decisions took the best reply: "3 of 4 replies were the best offered."
pub fn best_count(review: &[Decision]) -> String {
    let best = review.iter().filter(|d| d.chose_best).count();
    format!(
        "{best} of {} {} the best offered.",
        review.len(),
        if review.len() == 1 {
            "reply was"
        } else {
            "replies were"
        }
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
