//! Words for a learner's progress ([`crate::records`]): the trend of a
//! principle, a share as a percentage, and the recommendation's reason as
//! a sentence built from the figures it rests on.

use crate::records::{Next, Outlook, Reason, Trend};

use super::i18n::{number, tr, tr_args};
use super::{difficulty_label, principle_label};

/// A principle's trend as the learner reads it: "improving".
pub fn trend_label(trend: Trend) -> &'static str {
    tr(match trend {
        Trend::Improving => "trend-improving",
        Trend::Steady => "trend-steady",
        Trend::Slipping => "trend-slipping",
        Trend::TooFew => "trend-too-few",
    })
}

/// A share as a whole percentage: "63%", "-25%".
pub fn percent(share: f64) -> String {
    format!("{}%", number(&format!("{:.0}", share * 100.0)))
}

/// A day from the records' clock (seconds since 1970, UTC): "2026-11-25".
pub fn date(seconds: i64) -> String {
    crate::records::date::Date::of(seconds).to_string()
}

/// "3 of 15 scenarios mastered".
pub fn mastered_line(o: &Outlook) -> String {
    tr_args(
        "mastered-line",
        &[
            ("mastered", o.mastered.into()),
            ("library", o.library.into()),
        ],
    )
}

/// What to play next, in a sentence with its reason.
pub fn next_sentence(o: &Outlook) -> String {
    match &o.next {
        Next::NoScenarios => tr("next-no-scenarios").to_string(),
        Next::AllMastered => tr_args("next-all-mastered", &[("library", o.library.into())]),
        Next::Play { title, reason, .. } => reason_sentence(title, reason),
    }
}

/// Why `title` is next, with the figures behind it.
pub fn reason_sentence(title: &str, reason: &Reason) -> String {
    match reason {
        Reason::FirstSteps {
            difficulty,
            minutes,
        } => tr_args(
            "reason-first-steps",
            &[
                ("title", title.into()),
                ("difficulty", difficulty_label(*difficulty).into()),
                ("minutes", (*minutes).into()),
            ],
        ),
        Reason::WeakestPrinciple {
            principle,
            name,
            earned,
            best,
            share,
            scenario_points,
            ..
        } => tr_args(
            "reason-weakest",
            &[
                ("name", principle_label(principle, name).into()),
                ("earned", format!("{earned:+}").into()),
                ("best", format!("{best:+}").into()),
                ("share", percent(*share).into()),
                ("title", title.into()),
                ("points", format!("{scenario_points:+}").into()),
            ],
        ),
        Reason::NextUnmastered {
            difficulty,
            minutes,
        } => tr_args(
            "reason-next-unmastered",
            &[
                ("title", title.into()),
                ("difficulty", difficulty_label(*difficulty).into()),
                ("minutes", (*minutes).into()),
            ],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::scenario::Difficulty;

    fn outlook(next: Next) -> Outlook {
        Outlook {
            mastered: 2,
            library: 5,
            next,
        }
    }

    #[test]
    fn the_weakest_principle_reason_gives_its_figures() {
        let o = outlook(Next::Play {
            scenario: "faulty-cd".into(),
            title: "The Faulty CD".into(),
            reason: Reason::WeakestPrinciple {
                principle: "own".into(),
                name: "Own the hard questions".into(),
                earned: 3,
                best: 12,
                share: 0.25,
                scenario_points: 4,
            },
        });
        assert_eq!(
            next_sentence(&o),
            "Your weakest principle is \u{201c}Own the hard questions\u{201d}: you earned +3 of the +12 points the best paths earn (25%). \u{201c}The Faulty CD\u{201d} practises it most of the scenarios you have not mastered: its best path earns +4 in it."
        );
        assert_eq!(mastered_line(&o), "2 of 5 scenarios mastered");
    }

    #[test]
    fn first_steps_all_mastered_and_no_scenarios_are_sentences_too() {
        let first = outlook(Next::Play {
            scenario: "coffee".into(),
            title: "The Dry Cappuccino".into(),
            reason: Reason::FirstSteps {
                difficulty: Difficulty::Easy,
                minutes: 5,
            },
        });
        assert!(
            next_sentence(&first).contains(
                "start with \u{201c}The Dry Cappuccino\u{201d}: the easiest (easy, 5 min)"
            )
        );
        assert!(next_sentence(&outlook(Next::AllMastered)).contains("mastered all 5 scenarios"));
        assert!(next_sentence(&outlook(Next::NoScenarios)).contains("scenarios folder"));
        assert_eq!(percent(-0.25), "-25%");
    }

    #[test]
    fn dates_are_days_of_the_calendar() {
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(951_782_400), "2000-02-29");
        assert_eq!(date(1_795_651_200 - 1), "2026-11-25");
    }
}
