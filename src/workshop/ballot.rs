//! One decision's vote: the facilitator opens it on the replies offered,
//! each phone votes (and may change its vote) until the facilitator locks
//! it, and the lock gives the room's choice.
//!
//! The room's choice ([`Ballot::lock`]) is the reply with the most votes.
//! When that is not one reply, the rule that chose is part of the answer
//! ([`ChoiceRule`]) so the facilitator sees it and can override it:
//!
//! - a **tie**: the tied reply shown first on the screen;
//! - **no votes**: the reply shown first.
//!
//! With a show of hands the facilitator types the counts instead
//! ([`Ballot::from_counts`]); everything after is the same.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::Token;

/// Why a vote was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VoteError {
    /// The facilitator has locked the vote.
    Locked,
    /// No reply with that number is offered at this decision.
    NotOffered { number: usize },
}

impl std::fmt::Display for VoteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            VoteError::Locked => write!(f, "the vote is closed"),
            VoteError::NotOffered { number } => {
                write!(f, "reply {number} is not one of the replies on the screen")
            }
        }
    }
}

impl std::error::Error for VoteError {}

/// Votes per reply, in the order the replies are shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tally {
    /// `(stable reply number, votes)`, in shown order.
    pub counts: Vec<(usize, u32)>,
    /// Votes cast: the sum of `counts`.
    pub total: u32,
}

impl Tally {
    /// The votes for reply `number`.
    pub fn votes_for(&self, number: usize) -> u32 {
        self.counts
            .iter()
            .find(|(n, _)| *n == number)
            .map_or(0, |(_, v)| *v)
    }
}

/// How the room's choice was reached.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "rule")]
pub enum ChoiceRule {
    /// One reply had the most votes.
    Majority,
    /// These replies tied for the most votes; the one shown first of them
    /// was taken.
    Tie { tied: Vec<usize> },
    /// Nobody voted; the reply shown first was taken.
    NoVotes,
    /// The facilitator chose this reply instead.
    Overridden { by_vote: usize },
}

/// The vote's result: the tally and the reply the room plays.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoomChoice {
    pub tally: Tally,
    /// The stable number of the reply played.
    pub chosen: usize,
    pub rule: ChoiceRule,
}

impl RoomChoice {
    /// The facilitator plays reply `number` instead; refused if it was not
    /// offered. Overriding back to the vote's own choice undoes it.
    pub fn overridden(&self, number: usize) -> Result<RoomChoice, VoteError> {
        if self.tally.counts.iter().all(|(n, _)| *n != number) {
            return Err(VoteError::NotOffered { number });
        }
        let (by_vote, rule) = match &self.rule {
            ChoiceRule::Overridden { by_vote } => (*by_vote, None),
            rule => (self.chosen, Some(rule.clone())),
        };
        let rule = if number == by_vote {
            rule.unwrap_or_else(|| decide(&self.tally).1)
        } else {
            ChoiceRule::Overridden { by_vote }
        };
        Ok(RoomChoice {
            tally: self.tally.clone(),
            chosen: number,
            rule,
        })
    }
}

/// One decision's votes.
#[derive(Debug, Clone)]
pub struct Ballot {
    /// Stable reply numbers, in shown order.
    offered: Vec<usize>,
    votes: HashMap<Token, usize>,
    /// Counts typed by the facilitator (a show of hands), if any.
    hands: Option<Vec<u32>>,
    locked: bool,
}

impl Ballot {
    /// A vote on `offered` (stable reply numbers, in the order shown).
    pub fn open(offered: Vec<usize>) -> Ballot {
        Ballot {
            offered,
            votes: HashMap::new(),
            hands: None,
            locked: false,
        }
    }

    /// A show of hands: `counts` per reply, in the order shown.
    pub fn from_counts(offered: Vec<usize>, counts: &[u32]) -> Ballot {
        let mut hands = vec![0; offered.len()];
        for (h, c) in hands.iter_mut().zip(counts) {
            *h = *c;
        }
        Ballot {
            hands: Some(hands),
            ..Ballot::open(offered)
        }
    }

    pub fn offered(&self) -> &[usize] {
        &self.offered
    }

    pub fn is_locked(&self) -> bool {
        self.locked
    }

    /// Records `token`'s vote for reply `number`, replacing its earlier
    /// vote.
    pub fn vote(&mut self, token: &Token, number: usize) -> Result<(), VoteError> {
        if self.locked {
            return Err(VoteError::Locked);
        }
        if !self.offered.contains(&number) {
            return Err(VoteError::NotOffered { number });
        }
        self.votes.insert(token.clone(), number);
        Ok(())
    }

    /// The reply `token` voted for, if it voted.
    pub fn vote_of(&self, token: &Token) -> Option<usize> {
        self.votes.get(token).copied()
    }

    /// Votes per reply so far.
    pub fn tally(&self) -> Tally {
        let counts: Vec<(usize, u32)> = match &self.hands {
            Some(hands) => self
                .offered
                .iter()
                .copied()
                .zip(hands.iter().copied())
                .collect(),
            None => self
                .offered
                .iter()
                .map(|&n| (n, self.votes.values().filter(|&&v| v == n).count() as u32))
                .collect(),
        };
        Tally {
            total: counts.iter().map(|(_, c)| c).sum(),
            counts,
        }
    }

    /// Closes the vote and gives the room's choice (see the module).
    pub fn lock(&mut self) -> RoomChoice {
        self.locked = true;
        let tally = self.tally();
        let (chosen, rule) = decide(&tally);
        RoomChoice {
            tally,
            chosen,
            rule,
        }
    }
}

/// The reply a tally chooses and the rule that chose it.
fn decide(tally: &Tally) -> (usize, ChoiceRule) {
    let most = tally.counts.iter().map(|(_, c)| *c).max().unwrap_or(0);
    let tied: Vec<usize> = tally
        .counts
        .iter()
        .filter(|(_, c)| *c == most)
        .map(|(n, _)| *n)
        .collect();
    let first = tied.first().copied().unwrap_or(0);
    match (most, tied.len()) {
        (0, _) => (first, ChoiceRule::NoVotes),
        (_, 1) => (first, ChoiceRule::Majority),
        _ => (first, ChoiceRule::Tie { tied }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(name: &str) -> Token {
        Token::from_sent(name)
    }

    #[test]
    fn one_vote_per_phone_which_it_may_change_until_the_lock() {
        let mut b = Ballot::open(vec![3, 1, 2]);
        b.vote(&t("a"), 1).unwrap();
        b.vote(&t("b"), 1).unwrap();
        b.vote(&t("a"), 2).unwrap();
        b.vote(&t("a"), 2).unwrap();
        assert_eq!(b.vote_of(&t("a")), Some(2));
        assert_eq!(
            b.tally(),
            Tally {
                counts: vec![(3, 0), (1, 1), (2, 1)],
                total: 2
            }
        );
        assert_eq!(b.vote(&t("c"), 4), Err(VoteError::NotOffered { number: 4 }));
        b.vote(&t("c"), 1).unwrap();
        let choice = b.lock();
        assert_eq!((choice.chosen, &choice.rule), (1, &ChoiceRule::Majority));
        assert_eq!(choice.tally.votes_for(1), 2);
        assert_eq!(b.vote(&t("d"), 2), Err(VoteError::Locked));
        assert_eq!(b.vote(&t("a"), 1), Err(VoteError::Locked));
        assert_eq!(b.tally().total, 3, "late votes change nothing");
    }

    #[test]
    fn a_tie_takes_the_tied_reply_shown_first_and_says_so() {
        let mut b = Ballot::open(vec![3, 1, 2]);
        b.vote(&t("a"), 2).unwrap();
        b.vote(&t("b"), 1).unwrap();
        let choice = b.lock();
        assert_eq!(choice.chosen, 1, "1 is shown before 2");
        assert_eq!(choice.rule, ChoiceRule::Tie { tied: vec![1, 2] });
    }

    #[test]
    fn an_empty_vote_takes_the_reply_shown_first_and_says_so() {
        let choice = Ballot::open(vec![3, 1, 2]).lock();
        assert_eq!((choice.chosen, choice.rule), (3, ChoiceRule::NoVotes));
        assert_eq!(choice.tally.total, 0);
    }

    #[test]
    fn the_facilitator_overrides_and_can_undo_it() {
        let mut b = Ballot::open(vec![1, 2, 3]);
        b.vote(&t("a"), 2).unwrap();
        b.vote(&t("b"), 3).unwrap();
        let vote = b.lock();
        let over = vote.overridden(2).unwrap();
        assert_eq!(
            over.rule,
            ChoiceRule::Tie { tied: vec![2, 3] },
            "2 was the vote's own"
        );
        let over = vote.overridden(3).unwrap();
        assert_eq!(
            (over.chosen, &over.rule),
            (3, &ChoiceRule::Overridden { by_vote: 2 })
        );
        let back = over.overridden(2).unwrap();
        assert_eq!(
            (back.chosen, back.rule),
            (2, ChoiceRule::Tie { tied: vec![2, 3] })
        );
        assert_eq!(vote.overridden(9), Err(VoteError::NotOffered { number: 9 }));
    }

    #[test]
    fn a_show_of_hands_counts_what_the_facilitator_typed() {
        let mut b = Ballot::from_counts(vec![2, 1, 3], &[4, 9, 9]);
        assert_eq!(b.tally().total, 22);
        let choice = b.lock();
        assert_eq!(choice.chosen, 1);
        assert_eq!(choice.rule, ChoiceRule::Tie { tied: vec![1, 3] });
        let b = Ballot::from_counts(vec![2, 1], &[5]);
        assert_eq!(b.tally().counts, [(2, 5), (1, 0)], "missing counts are 0");
    }
}
