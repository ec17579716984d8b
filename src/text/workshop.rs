//! A workshop's words on the projector: how the room's choice was made,
//! the turnout, the discussion clock and the voting kinds.

use crate::workshop::record::VotingKind;
use crate::workshop::{ChoiceRule, RoomChoice};

/// How the room's choice was reached, naming replies by the place they are
/// shown at (`place` maps a stable reply number to it).
pub fn choice_sentence(choice: &RoomChoice, place: impl Fn(usize) -> usize) -> String {
    let chosen = place(choice.chosen);
    let votes = choice.tally.votes_for(choice.chosen);
    match &choice.rule {
        ChoiceRule::Majority => format!(
            "Reply {chosen}, the majority: {votes} of {} votes.",
            choice.tally.total
        ),
        ChoiceRule::Tie { tied } => {
            let names: Vec<String> = tied.iter().map(|&n| place(n).to_string()).collect();
            format!(
                "A tie between replies {} ({votes} votes each): reply {chosen}, shown first, is played unless you choose another.",
                names.join(" and ")
            )
        }
        ChoiceRule::NoVotes => format!(
            "Nobody voted: reply {chosen}, shown first, is played unless you choose another."
        ),
        ChoiceRule::Overridden { by_vote } => format!(
            "Reply {chosen}, chosen by the facilitator (the vote chose reply {}).",
            place(*by_vote)
        ),
    }
}

/// "14 of 23 phones voted".
pub fn turnout(voted: u32, members: usize) -> String {
    match members {
        1 => format!("{voted} of 1 phone voted"),
        _ => format!("{voted} of {members} phones voted"),
    }
}

/// A share of the votes, "40%" (none: "0%").
pub fn vote_share(votes: u32, total: u32) -> String {
    match total {
        0 => "0%".into(),
        _ => format!("{:.0}%", 100.0 * f64::from(votes) / f64::from(total)),
    }
}

/// Seconds on a clock, "1:05".
pub fn clock(seconds: f64) -> String {
    let s = seconds.max(0.0).ceil() as u64;
    format!("{}:{:02}", s / 60, s % 60)
}

/// The voting kinds as the set-up screen names them.
pub fn voting_label(kind: VotingKind) -> &'static str {
    match kind {
        VotingKind::Phones => "Phones",
        VotingKind::Hands => "Show of hands",
        VotingKind::Teams => "Teams",
    }
}

/// What each voting kind means, in a line.
pub fn voting_explained(kind: VotingKind) -> &'static str {
    match kind {
        VotingKind::Phones => "Everyone votes from a phone; the room decides as one.",
        VotingKind::Hands => "No phones: count the hands for each reply and type the counts in.",
        VotingKind::Teams => {
            "Two to eight teams, each with its own customer, voting from their phones."
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
    }
}
