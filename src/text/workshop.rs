//! A workshop's words: on the projector (how the room's choice was made,
//! the turnout, the discussion clock, the voting kinds), in the set-up's
//! complaints about a plan, and on the phones (the waiting notices, the
//! refusals the server sends, the page's fixed words).
//!
//! The phones' words take the [`Locale`] to speak in: the server answers
//! from its own threads, in the language the workshop started in.

use fluent_bundle::FluentValue;

use super::i18n::{Locale, number, tr, tr_args};
use crate::workshop::plan::{PlanError, TEAM_NAME_MAX, TEAMS_MAX, TEAMS_MIN};
use crate::workshop::record::VotingKind;
use crate::workshop::{ChoiceRule, JoinError, Notice, PhoneError, RoomChoice, VoteError};

/// Items as a list in the current language: "1", "1 and 2", "1, 2 and 3".
pub fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => tr_args(
            "ws-and",
            &[
                ("first", rest.join(", ").into()),
                ("last", last.as_str().into()),
            ],
        ),
    }
}

/// How the room's choice was reached, naming replies by the place they are
/// shown at (`place` maps a stable reply number to it).
pub fn choice_sentence(choice: &RoomChoice, place: impl Fn(usize) -> usize) -> String {
    let chosen = place(choice.chosen);
    let votes = choice.tally.votes_for(choice.chosen);
    match &choice.rule {
        ChoiceRule::Majority => tr_args(
            "ws-choice-majority",
            &[
                ("chosen", chosen.into()),
                ("votes", votes.into()),
                ("total", choice.tally.total.into()),
            ],
        ),
        ChoiceRule::Tie { tied } => {
            let names: Vec<String> = tied.iter().map(|&n| place(n).to_string()).collect();
            tr_args(
                "ws-choice-tie",
                &[
                    ("tied", and_list(&names).into()),
                    ("votes", votes.into()),
                    ("chosen", chosen.into()),
                ],
            )
        }
        ChoiceRule::NoVotes => tr_args("ws-choice-no-votes", &[("chosen", chosen.into())]),
        ChoiceRule::Overridden { by_vote } => tr_args(
            "ws-choice-overridden",
            &[
                ("chosen", chosen.into()),
                ("by-vote", place(*by_vote).into()),
            ],
        ),
    }
}

/// "14 of 23 phones voted".
pub fn turnout(voted: u32, members: usize) -> String {
    tr_args(
        "ws-turnout",
        &[("voted", voted.into()), ("members", members.into())],
    )
}

/// A share of the votes, "40%" (none: "0%"), with the language's decimal
/// separator.
pub fn vote_share(votes: u32, total: u32) -> String {
    match total {
        0 => "0%".into(),
        _ => format!(
            "{}%",
            number(&format!(
                "{:.0}",
                100.0 * f64::from(votes) / f64::from(total)
            ))
        ),
    }
}

/// Seconds on a clock, "1:05".
pub fn clock(seconds: f64) -> String {
    let s = seconds.max(0.0).ceil() as u64;
    format!("{}:{:02}", s / 60, s % 60)
}

/// The voting kinds as the set-up screen names them.
pub fn voting_label(kind: VotingKind) -> &'static str {
    tr(match kind {
        VotingKind::Phones => "ws-voting-phones",
        VotingKind::Hands => "ws-voting-hands",
        VotingKind::Teams => "ws-voting-teams",
    })
}

/// What each voting kind means, in a line.
pub fn voting_explained(kind: VotingKind) -> &'static str {
    tr(match kind {
        VotingKind::Phones => "ws-voting-phones-explained",
        VotingKind::Hands => "ws-voting-hands-explained",
        VotingKind::Teams => "ws-voting-teams-explained",
    })
}

/// Why a plan cannot start, for the set-up screen.
pub fn plan_error(e: &PlanError) -> String {
    match e {
        PlanError::NoScenarios => tr("ws-plan-no-scenarios").into(),
        PlanError::TeamCount { given } => tr_args(
            "ws-plan-team-count",
            &[
                ("min", TEAMS_MIN.into()),
                ("max", TEAMS_MAX.into()),
                ("given", (*given).into()),
            ],
        ),
        PlanError::TeamName { name } => tr_args(
            "ws-plan-team-name",
            &[
                ("name", name.as_str().into()),
                ("max", TEAM_NAME_MAX.into()),
            ],
        ),
        PlanError::DuplicateTeam { name } => {
            tr_args("ws-plan-duplicate-team", &[("name", name.as_str().into())])
        }
        PlanError::TeamsNotVoting => tr("ws-plan-teams-not-voting").into(),
    }
}

/// What phones show between decisions, in `locale`.
pub fn notice(locale: &'static Locale, notice: Notice) -> &'static str {
    locale.tr(match notice {
        Notice::Welcome => "ws-phone-welcome",
        Notice::Reading => "ws-phone-reading",
        Notice::TeamDone => "ws-phone-team-done",
        Notice::Debrief => "ws-phone-debrief",
    })
}

/// Why the server refused a phone's request, in words a person in the
/// room understands, in `locale`.
pub fn phone_error(locale: &'static Locale, e: &PhoneError) -> String {
    let plain = |id: &str| locale.tr(id).to_string();
    match e {
        PhoneError::UnknownPhone => plain("ws-phone-unknown"),
        PhoneError::NotVoting => plain("ws-phone-not-voting"),
        PhoneError::Vote(VoteError::Locked) => plain("ws-phone-vote-closed"),
        PhoneError::Vote(VoteError::NotOffered { number }) => {
            locale.tr_args("ws-phone-not-offered", &[("number", (*number).into())])
        }
        PhoneError::Join(JoinError::WrongCode { left }) => {
            locale.tr_args("ws-phone-wrong-code", &[("left", (*left).into())])
        }
        PhoneError::Join(JoinError::TooManyGuesses { retry_after_ms }) => locale.tr_args(
            "ws-phone-too-many",
            &[("seconds", retry_after_ms.div_ceil(1000).into())],
        ),
        PhoneError::Join(JoinError::NoSuchTeam) => plain("ws-phone-no-team"),
        PhoneError::Join(JoinError::Full) => plain("ws-phone-full"),
    }
}

/// The phone page's words that its script shows as the workshop moves,
/// in `locale`: `(key, text)`. A `{team}`, `{status}` or `{line}` in a
/// text is filled in by the page.
pub fn phone_script_words(locale: &'static Locale) -> Vec<(&'static str, String)> {
    let plain = |id: &str| locale.tr(id).to_string();
    let slot = |id: &str, name: &str| {
        let marker = format!("{{{name}}}");
        locale.tr_args(id, &[(name, FluentValue::from(marker))])
    };
    vec![
        ("who_team", slot("ws-phone-who-team", "team")),
        (
            "server_answered",
            slot("ws-phone-server-answered", "status"),
        ),
        ("quote", slot("ws-quote", "line")),
        ("welcome", notice(locale, Notice::Welcome).to_string()),
        ("reading", notice(locale, Notice::Reading).to_string()),
        ("team_done", notice(locale, Notice::TeamDone).to_string()),
        ("debrief", notice(locale, Notice::Debrief).to_string()),
        ("over", plain("ws-phone-over")),
        ("tap", plain("ws-phone-tap")),
        ("counted", plain("ws-phone-counted")),
        ("locked", plain("ws-phone-locked")),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::i18n::{Language, get, with_language};
    use crate::workshop::Tally;

    fn choice(rule: ChoiceRule, chosen: usize) -> RoomChoice {
        RoomChoice {
            tally: Tally {
                counts: vec![(3, 2), (1, 2), (2, 0)],
                total: 4,
            },
            chosen,
            rule,
        }
    }

    #[test]
    fn the_rule_is_said_with_the_replies_places_on_screen() {
        with_language(Language::English, || {
            let place = |n: usize| [0, 2, 3, 1][n];
            let tie = choice(ChoiceRule::Tie { tied: vec![3, 1] }, 3);
            assert_eq!(
                choice_sentence(&tie, place),
                "A tie between replies 1 and 2 (2 votes each): reply 1, shown first, is played unless you choose another."
            );
            let over = choice(ChoiceRule::Overridden { by_vote: 3 }, 2);
            assert_eq!(
                choice_sentence(&over, place),
                "Reply 3, chosen by the facilitator (the vote chose reply 1)."
            );
            assert_eq!(
                (vote_share(1, 3), vote_share(0, 0)),
                ("33%".into(), "0%".into())
            );
            assert_eq!((clock(65.0), clock(0.2)), ("1:05".into(), "0:01".into()));
            assert_eq!(turnout(3, 1), "3 of 1 phone voted");
            assert_eq!(
                and_list(&["a".into(), "b".into(), "c".into()]),
                "a, b and c"
            );
        });
    }

    #[test]
    fn counts_follow_each_languages_plurals() {
        let majority = choice(ChoiceRule::Majority, 3);
        let italian = with_language(Language::Italian, || {
            (choice_sentence(&majority, |n| n), turnout(1, 1))
        });
        assert!(italian.0.contains("2 voti su 4"), "{}", italian.0);
        assert!(italian.1.contains("1 telefono"), "{}", italian.1);
        // Latvian: 21 takes the singular, 11 the plural.
        let lv = get(Language::Latvian);
        let tries = |left: u32| phone_error(lv, &PhoneError::Join(JoinError::WrongCode { left }));
        assert!(tries(21).contains("atlicis 21 mēģinājums"), "{}", tries(21));
        assert!(
            tries(11).contains("atlikuši 11 mēģinājumi"),
            "{}",
            tries(11)
        );
    }

    #[test]
    fn the_end_says_the_phones_server_stopped_only_when_one_ran() {
        for language in Language::ALL {
            let locale = get(language);
            let said = |voting: &str| {
                locale.tr_args(
                    "ws-ended-summary",
                    &[
                        ("scenarios", 1.into()),
                        ("voting", voting.into()),
                        ("phones", 23.into()),
                    ],
                )
            };
            let (phones, hands) = (said("phones"), said("hands"));
            assert!(phones.contains("23"), "{language:?}: {phones}");
            assert!(
                phones.len() > hands.len() + 10 && !hands.contains("23"),
                "{language:?}: a show of hands ran no server: {hands} / {phones}"
            );
        }
        let english = get(Language::English);
        let hands = english.tr_args(
            "ws-ended-summary",
            &[
                ("scenarios", 1.into()),
                ("voting", "hands".into()),
                ("phones", 0.into()),
            ],
        );
        assert_eq!(hands, "1 scenario with a show of hands.");
    }

    #[test]
    fn the_phones_words_fill_their_slots_and_every_language_has_them() {
        for language in Language::ALL {
            let locale = get(language);
            let words = phone_script_words(locale);
            let who = &words.iter().find(|(k, _)| *k == "who_team").unwrap().1;
            assert!(who.contains("{team}"), "{language:?}: {who}");
            for (key, text) in &words {
                assert!(!text.is_empty() && !text.contains("[?]"), "{key}");
            }
            let refused = phone_error(
                locale,
                &PhoneError::Vote(VoteError::NotOffered { number: 9 }),
            );
            assert!(refused.contains('9'), "{language:?}: {refused}");
        }
        assert_eq!(
            phone_error(get(Language::English), &PhoneError::Vote(VoteError::Locked)),
            "the vote is closed"
        );
    }
}
