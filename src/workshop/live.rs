//! What the room and the facilitator share while a workshop runs: the
//! room, what each team's phones show ([`Stage`]), and each team's ballot.
//!
//! The facilitator's side (the game) sets the stage and opens, locks and
//! reveals; the phones' side (the web server) joins and votes. Both go
//! through [`Live`], which the server keeps behind a lock; every change
//! bumps [`Live::version`], which the server uses to push the new state to
//! phones and to wake the game.
//!
//! A phone sees its team's stage (the only stage when the room does not
//! play in teams) as a [`PhoneState`]: the line and the replies while it
//! may vote, its own vote, the room's choice once locked and the customer's
//! reaction once revealed. Never the tally's names, never the coaching
//! (that is the facilitator's to reveal on the projector).

use serde::Serialize;

use super::{Ballot, JoinError, Phone, Room, RoomChoice, Token, VoteError};

/// A reply as a phone shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReplyButton {
    /// The stable reply number: what a vote names.
    pub number: usize,
    pub text: String,
}

/// What phones show between decisions: which moment it is, not words
/// (the phone page words it in the workshop's language).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Notice {
    /// Phones join; the first customer is on the way.
    Welcome,
    /// The room reads the customer's line on the projector; the vote opens
    /// soon.
    Reading,
    /// This team's customer's conversation is over; the others go on.
    TeamDone,
    /// The debrief and the standings; the next customer is on the way.
    Debrief,
}

/// Where a decision is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "phase")]
pub enum Phase {
    /// Between decisions (joining, the debrief, a discussion).
    Waiting { notice: Notice },
    /// Phones may vote.
    Voting,
    /// The vote is closed; the room's choice is played.
    Locked { chosen: usize },
    /// The customer's reaction to the room's choice is on the projector.
    Revealed { chosen: usize, happened: String },
    /// The workshop is over.
    Ended,
}

/// One team's moment (the room's, without teams).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stage {
    pub scenario: String,
    pub customer: String,
    pub line: String,
    /// In the order shown on the projector.
    pub replies: Vec<ReplyButton>,
    #[serde(flatten)]
    pub phase: Phase,
}

impl Stage {
    /// A stage with nothing to vote on yet.
    pub fn waiting(notice: Notice) -> Stage {
        Stage {
            scenario: String::new(),
            customer: String::new(),
            line: String::new(),
            replies: Vec::new(),
            phase: Phase::Waiting { notice },
        }
    }
}

/// What one phone is shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PhoneState {
    /// Changes whenever anything does; a polling phone sends it back.
    pub version: u64,
    pub nickname: Option<String>,
    /// The phone's team's name.
    pub team: Option<String>,
    pub stage: Stage,
    /// The reply this phone voted for in the current decision.
    pub my_vote: Option<usize>,
}

/// Why a request from a phone was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhoneError {
    /// The token is not one this room gave out (or the workshop was
    /// restarted): join again.
    UnknownPhone,
    /// No vote is open.
    NotVoting,
    Vote(VoteError),
    Join(JoinError),
}

impl std::fmt::Display for PhoneError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PhoneError::UnknownPhone => write!(f, "this phone is not in the room; join again"),
            PhoneError::NotVoting => write!(f, "no vote is open right now"),
            PhoneError::Vote(e) => e.fmt(f),
            PhoneError::Join(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for PhoneError {}

/// The shared state; see the module.
#[derive(Debug)]
pub struct Live {
    room: Room,
    /// One per team (one for the room without teams).
    stages: Vec<Stage>,
    ballots: Vec<Option<Ballot>>,
    version: u64,
}

impl Live {
    /// A workshop for `room`, showing [`Notice::Welcome`] while phones
    /// join.
    pub fn new(room: Room) -> Live {
        let teams = room.teams().len().max(1);
        Live {
            room,
            stages: vec![Stage::waiting(Notice::Welcome); teams],
            ballots: vec![None; teams],
            version: 1,
        }
    }

    pub fn room(&self) -> &Room {
        &self.room
    }

    /// Counts every change; starts at 1.
    pub fn version(&self) -> u64 {
        self.version
    }

    fn changed(&mut self) {
        self.version += 1;
    }

    /// How many stages there are: the number of teams, or 1.
    pub fn stages(&self) -> usize {
        self.stages.len()
    }

    pub fn stage(&self, team: usize) -> &Stage {
        &self.stages[team]
    }

    // ---- the phones' side ----

    /// A phone joins; see [`Room::join`].
    pub fn join(
        &mut self,
        client: &str,
        code: &str,
        nickname: &str,
        team: Option<usize>,
        now_ms: u64,
    ) -> Result<(Token, Phone), PhoneError> {
        let joined = self
            .room
            .join(client, code, nickname, team, now_ms)
            .map_err(PhoneError::Join)?;
        self.changed();
        Ok(joined)
    }

    /// `token`'s vote for reply `number` in its team's open decision.
    pub fn vote(&mut self, token: &Token, number: usize) -> Result<(), PhoneError> {
        let team = self.team_of(token)?;
        let ballot = self.ballots[team].as_mut().ok_or(PhoneError::NotVoting)?;
        ballot.vote(token, number).map_err(PhoneError::Vote)?;
        self.changed();
        Ok(())
    }

    /// What `token`'s phone shows.
    pub fn phone_state(&self, token: &Token) -> Result<PhoneState, PhoneError> {
        let team = self.team_of(token)?;
        let phone = self.room.phone(token).ok_or(PhoneError::UnknownPhone)?;
        Ok(PhoneState {
            version: self.version,
            nickname: phone.nickname.clone(),
            team: phone.team.map(|t| self.room.teams()[t].clone()),
            stage: self.stages[team].clone(),
            my_vote: self.ballots[team].as_ref().and_then(|b| b.vote_of(token)),
        })
    }

    fn team_of(&self, token: &Token) -> Result<usize, PhoneError> {
        let phone = self.room.phone(token).ok_or(PhoneError::UnknownPhone)?;
        Ok(phone.team.unwrap_or(0))
    }

    // ---- the facilitator's side ----

    /// Shows `stage` to `team`'s phones: a new decision, whose vote is open
    /// if its phase is [`Phase::Voting`]; the last decision's votes are gone.
    pub fn show(&mut self, team: usize, stage: Stage) {
        self.ballots[team] = matches!(stage.phase, Phase::Voting).then(|| {
            let offered = stage.replies.iter().map(|r| r.number).collect();
            Ballot::open(offered)
        });
        self.stages[team] = stage;
        self.changed();
    }

    /// Opens the vote on `team`'s stage (its replies, as shown).
    pub fn open_vote(&mut self, team: usize) {
        let mut stage = self.stages[team].clone();
        stage.phase = Phase::Voting;
        self.show(team, stage);
    }

    /// The votes so far in `team`'s decision (`None` if none is open or
    /// locked).
    pub fn tally(&self, team: usize) -> Option<super::Tally> {
        self.ballots[team].as_ref().map(Ballot::tally)
    }

    /// Phones that have voted in `team`'s decision, of those in the team.
    pub fn turnout(&self, team: usize) -> (u32, usize) {
        let voted = self.tally(team).map_or(0, |t| t.total);
        let members = if self.room.teams().is_empty() {
            self.room.len()
        } else {
            self.room.per_team().get(team).copied().unwrap_or(0)
        };
        (voted, members)
    }

    /// Locks `team`'s vote and gives the room's choice; `None` if no vote
    /// was open.
    pub fn lock(&mut self, team: usize) -> Option<RoomChoice> {
        let choice = self.ballots[team].as_mut()?.lock();
        self.stages[team].phase = Phase::Locked {
            chosen: choice.chosen,
        };
        self.changed();
        Some(choice)
    }

    /// Tells `team`'s phones the customer's reaction to `chosen`.
    pub fn reveal(&mut self, team: usize, chosen: usize, happened: &str) {
        self.stages[team].phase = Phase::Revealed {
            chosen,
            happened: happened.to_string(),
        };
        self.changed();
    }

    /// Closes the decision and shows `notice` until the next one.
    pub fn wait(&mut self, team: usize, notice: Notice) {
        self.ballots[team] = None;
        self.stages[team] = Stage::waiting(notice);
        self.changed();
    }

    /// Ends the workshop: every phone shows that it is over.
    pub fn end(&mut self) {
        for team in 0..self.stages.len() {
            self.ballots[team] = None;
            self.stages[team].phase = Phase::Ended;
        }
        self.changed();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workshop::{ChoiceRule, RoomCode};

    fn stage(replies: &[usize]) -> Stage {
        Stage {
            scenario: "The Dry Cappuccino".into(),
            customer: "Dana".into(),
            line: "A cappuccino, please.".into(),
            replies: replies
                .iter()
                .map(|&n| ReplyButton {
                    number: n,
                    text: format!("reply {n}"),
                })
                .collect(),
            phase: Phase::Waiting {
                notice: Notice::Reading,
            },
        }
    }

    fn code() -> RoomCode {
        let mut rng = <rand_chacha::ChaCha8Rng as rand::SeedableRng>::seed_from_u64(3);
        RoomCode::generate(&mut rng)
    }

    #[test]
    fn phones_vote_on_the_open_decision_and_see_the_reveal() {
        let code = code();
        let mut live = Live::new(Room::new(code.clone(), vec![]));
        let (a, _) = live.join("1", code.as_str(), "Ana", None, 0).unwrap();
        let (b, _) = live.join("2", code.as_str(), "", None, 0).unwrap();
        assert_eq!(
            live.vote(&a, 1).unwrap_err(),
            PhoneError::NotVoting,
            "nothing open yet"
        );
        live.show(0, stage(&[2, 1, 3]));
        live.open_vote(0);
        let before = live.version();
        live.vote(&a, 3).unwrap();
        live.vote(&b, 3).unwrap();
        assert!(live.version() > before);
        assert_eq!(live.phone_state(&a).unwrap().my_vote, Some(3));
        assert_eq!(live.turnout(0), (2, 2));
        let choice = live.lock(0).unwrap();
        assert_eq!((choice.chosen, choice.rule), (3, ChoiceRule::Majority));
        assert_eq!(
            live.vote(&b, 1).unwrap_err(),
            PhoneError::Vote(VoteError::Locked)
        );
        live.reveal(0, 3, "Dana smiles.");
        let seen = live.phone_state(&b).unwrap();
        assert_eq!(
            seen.stage.phase,
            Phase::Revealed {
                chosen: 3,
                happened: "Dana smiles.".into()
            }
        );
        assert_eq!(seen.my_vote, Some(3));
        live.show(0, stage(&[1, 2]));
        assert_eq!(
            live.phone_state(&b).unwrap().my_vote,
            None,
            "a new decision"
        );
        assert_eq!(live.vote(&b, 1).unwrap_err(), PhoneError::NotVoting);
        live.wait(0, Notice::Debrief);
        assert!(live.phone_state(&Token::from_sent("x")).is_err());
    }

    #[test]
    fn each_team_votes_on_its_own_stage() {
        let code = code();
        let room = Room::new(code.clone(), vec!["Red".into(), "Blue".into()]);
        let mut live = Live::new(room);
        let (red, _) = live.join("1", code.as_str(), "", Some(0), 0).unwrap();
        let (blue, _) = live.join("2", code.as_str(), "", Some(1), 0).unwrap();
        live.show(0, stage(&[1, 2]));
        live.show(1, stage(&[4, 5]));
        live.open_vote(0);
        live.open_vote(1);
        assert_eq!(
            live.vote(&red, 4).unwrap_err(),
            PhoneError::Vote(VoteError::NotOffered { number: 4 })
        );
        live.vote(&red, 2).unwrap();
        live.vote(&blue, 4).unwrap();
        assert_eq!(live.tally(0).unwrap().counts, [(1, 0), (2, 1)]);
        assert_eq!(live.tally(1).unwrap().counts, [(4, 1), (5, 0)]);
        assert_eq!(
            live.phone_state(&blue).unwrap().team.as_deref(),
            Some("Blue")
        );
        assert_eq!(live.turnout(1), (1, 1));
        live.end();
        assert_eq!(live.phone_state(&red).unwrap().stage.phase, Phase::Ended);
    }
}
