//! Words for the core's enums and the clock, in the current language.

use super::i18n::{self, Language, number, tr, tr_args};
use crate::core::mood::Band;
use crate::core::scenario::{Difficulty, Outcome, Principle};
use crate::core::session::{Event, MoodPoint};

/// A mood band as players read it: "neutral".
pub fn band_label(band: Band) -> &'static str {
    tr(match band {
        Band::Gone => "band-gone",
        Band::Angry => "band-angry",
        Band::Irritated => "band-irritated",
        Band::Neutral => "band-neutral",
        Band::Content => "band-content",
        Band::Delighted => "band-delighted",
    })
}

/// An ending's outcome: "kept and loyal".
pub fn outcome_label(outcome: Outcome) -> &'static str {
    tr(match outcome {
        Outcome::KeptLoyal => "outcome-kept-loyal",
        Outcome::KeptAtRisk => "outcome-kept-at-risk",
        Outcome::Lost => "outcome-lost",
        Outcome::LostAndTelling => "outcome-lost-and-telling",
    })
}

/// A scenario's difficulty: "medium".
pub fn difficulty_label(difficulty: Difficulty) -> &'static str {
    tr(match difficulty {
        Difficulty::Easy => "difficulty-easy",
        Difficulty::Medium => "difficulty-medium",
        Difficulty::Hard => "difficulty-hard",
    })
}

/// A principle's name in the current language: a principle shipped with
/// Last Word reads as its translation (`principle-name-<id>`); a trainer's
/// own principle, or a shipped one whose name the trainer changed, keeps
/// the name its file gives.
pub fn principle_name(principle: &Principle) -> String {
    principle_label(&principle.id, &principle.name)
}

/// A principle's summary in the current language, as
/// [`principle_name`] translates its name (`principle-about-<id>`).
pub fn principle_summary(principle: &Principle) -> String {
    shipped("principle-about", &principle.id, &principle.summary)
}

/// A principle's name from its id and the name written for it (in a
/// vocabulary file, a debrief or the records), in the current language:
/// the translation when the name is the shipped principle's English one,
/// else the name as written.
pub fn principle_label(id: &str, name: &str) -> String {
    shipped("principle-name", id, name)
}

/// The message `<prefix>-<id>` in the current language when `written` is
/// its English text (the principle as shipped), else `written` itself.
fn shipped(prefix: &str, id: &str, written: &str) -> String {
    let key = format!("{prefix}-{id}");
    let english = i18n::get(Language::English);
    if english.has(&key) && english.tr(&key) == written.trim() {
        tr(&key).to_string()
    } else {
        written.to_string()
    }
}

/// A language tag in a message, for the scenario translations' language:
/// `Latvian (lv)` in English; in another interface language the language's
/// name in it when Last Word speaks it (`lettone (lv)`), else the tag.
pub fn language_label(tag: &str) -> String {
    if i18n::current().language() == Language::English {
        return crate::core::translation::describe(tag);
    }
    match Language::from_tag(tag) {
        Some(language) => tr_args(
            "language-with-tag",
            &[
                (
                    "name",
                    tr(&format!("language-name-{}", language.tag())).into(),
                ),
                ("tag", tag.into()),
            ],
        ),
        _ => format!("`{tag}`"),
    }
}

/// Minutes on the clock as shown to players: "2 min", "2.7 min".
pub fn minutes_label(m: f64) -> String {
    let shown = if (m - m.round()).abs() < 0.05 {
        format!("{:.0}", m)
    } else {
        format!("{m:.1}")
    };
    tr_args("minutes", &[("minutes", number(&shown).into())])
}

/// A point of the mood timeline: "arrives", "waits 28 min", "reply 2 at
/// counter", "kept waiting 1 min". A reply is numbered by its place in the
/// conversation (the debrief's list of replies numbers them the same way),
/// not by where it was shown or where it stands in the file.
pub fn event_label(point: &MoodPoint) -> String {
    let minutes = |id, m: f64| tr_args(id, &[("minutes", number(&minutes_number(m)).into())]);
    match &point.kind {
        Event::Arrived => tr("event-arrived").to_string(),
        Event::Waited { minutes: m } => minutes("event-waited", *m),
        Event::Replied { node, .. } => tr_args(
            "event-replied",
            &[("step", point.step.into()), ("node", node.as_str().into())],
        ),
        Event::KeptWaiting { minutes: m } => minutes("event-kept-waiting", *m),
    }
}

/// Why scripted replies went unused: "the customer walked out after 2
/// replies, so the last choice went unused".
pub fn unused_choices(played: usize, unused: usize, walked_out: bool) -> String {
    tr_args(
        "unused-choices",
        &[
            ("walked", if walked_out { "yes" } else { "no" }.into()),
            ("played", played.into()),
            ("unused", unused.into()),
        ],
    )
}

/// Minutes as a bare number: whole minutes without a decimal point, others
/// to one decimal ("2", "2.7"), as a chart's axis labels them.
pub fn minutes_number(m: f64) -> String {
    if (m - m.round()).abs() < 1e-9 {
        format!("{}", m.round())
    } else {
        format!("{m:.1}")
    }
}

/// How far mood moved, as whole points worked out from the two moods as
/// shown (each to the nearest point), so "54 to 59 (+5)" adds up.
pub fn mood_moved(before: f64, after: f64) -> f64 {
    after.round() - before.round()
}

/// The sentence naming the texts of this moment still in the original
/// language, when `s` is shown translated and some are; `None` otherwise.
pub fn untranslated_note(
    s: &crate::core::scenario::Scenario,
    view: &crate::core::session::View,
) -> Option<String> {
    let shown = crate::core::translation::shown_untranslated(s, view);
    if shown.is_empty() {
        return None;
    }
    let mut parts = Vec::new();
    if shown.narration {
        parts.push(tr("not-translated-narration").to_string());
    }
    if shown.line {
        parts.push(tr_args(
            "not-translated-line",
            &[("customer", view.customer.as_str().into())],
        ));
    }
    let numbers: Vec<String> = shown.replies.iter().map(usize::to_string).collect();
    if !numbers.is_empty() {
        parts.push(tr_args(
            "not-translated-replies",
            &[
                ("count", numbers.len().into()),
                ("numbers", numbers.join(", ").into()),
            ],
        ));
    }
    Some(tr_args(
        "not-translated",
        &[("parts", parts.join(", ").into())],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(step: usize, kind: Event) -> MoodPoint {
        MoodPoint {
            step,
            minutes: 0.0,
            mood: 50.0,
            band: Band::Neutral,
            kind,
        }
    }

    #[test]
    fn mood_moves_by_the_difference_of_the_moods_shown() {
        // 54.4 and 58.6 show as 54 and 59: the move shown is +5.
        assert_eq!(mood_moved(54.4, 58.6), 5.0);
        assert_eq!(mood_moved(60.0, 49.5), -10.0);
    }

    #[test]
    fn events_read_as_the_timeline_shows_them() {
        assert_eq!(event_label(&at(0, Event::Arrived)), "arrives");
        assert_eq!(
            event_label(&at(0, Event::Waited { minutes: 28.0 })),
            "waits 28 min"
        );
        assert_eq!(
            event_label(&at(0, Event::Waited { minutes: 0.5 })),
            "waits 0.5 min"
        );
        // The second reply said, whatever its number in the file.
        assert_eq!(
            event_label(&at(
                2,
                Event::Replied {
                    number: 3,
                    node: "counter".into()
                }
            )),
            "reply 2 at counter"
        );
        assert_eq!(
            event_label(&at(1, Event::KeptWaiting { minutes: 1.0 })),
            "kept waiting 1 min"
        );
    }

    #[test]
    fn shipped_principles_read_in_the_language_shown_and_a_trainers_own_as_written() {
        use crate::text::i18n::with_language;
        let shipped = crate::core::vocabulary::Vocabulary::builtin();
        let listen = shipped.get("listen").expect("shipped");
        with_language(Language::Italian, || {
            assert_eq!(
                principle_name(listen),
                "Ascolta, e cambia ciò che ai clienti non piace"
            );
            assert!(principle_summary(listen).starts_with("Capisci cosa vuole"));
            // A principle a trainer added has no message: its own name.
            assert_eq!(principle_label("our-way", "Do it our way"), "Do it our way");
            // A shipped id whose name the trainer changed keeps their name.
            assert_eq!(principle_label("listen", "Listen first"), "Listen first");
            assert_eq!(language_label("lv"), "lettone (lv)");
            assert_eq!(language_label("pt-BR"), "`pt-BR`");
        });
        with_language(Language::English, || {
            assert_eq!(principle_name(listen), listen.name);
            assert_eq!(language_label("lv"), "Latvian (lv)");
        });
    }

    #[test]
    fn minutes_drop_the_decimal_when_whole() {
        assert_eq!(minutes_label(2.0), "2 min");
        assert_eq!(minutes_label(2.7), "2.7 min");
        assert_eq!(minutes_label(0.0), "0 min");
    }
}
