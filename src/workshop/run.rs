//! The facilitator's flow: a workshop as a state machine over the core's
//! [`Session`]s, which drives what the phones see ([`Live`]) and fills the
//! [`WorkshopRecord`] as it goes.
//!
//! ## The flow
//! For each scenario of the running order, each decision goes
//! [`Step::Reading`] → [`Step::Voting`] → [`Step::Locked`] (the room's
//! choice from the ballot, which the facilitator may override) →
//! [`Step::Revealed`] (the choice played through [`Session::choose`]; the
//! consequence, mood and money shown, the coaching held back until the
//! facilitator reveals it, a discussion timer) → the next decision, or the
//! scenario's [`Step::Debrief`] once every customer's conversation is over
//! → the teams' [`Step::Standings`] (teams only) → the next scenario, or
//! [`Step::Ended`]. Phones join first ([`Step::Joining`]); a show of hands
//! starts at the first decision.
//!
//! [`Workshop::next`] takes the one step forward from wherever the flow is
//! (the presenter remote's button); [`Workshop::back`] the step back where
//! one makes sense.
//!
//! ## Teams
//! Each team plays its own copy of the customer (the same seed), voting
//! from its own phones; the flow moves every team together, and a team
//! whose conversation ended waits for the others.
//!
//! Time is passed in ([`Workshop::tick`]): no system clock here.

use std::sync::Arc;

use super::plan::Plan;
use super::record::{
    DecisionRecord, EndingRecord, ReplyVotes, ScenarioRun, TeamRun, VotingKind, WorkshopRecord,
};
use super::timer::{DEFAULT_MINUTES, DiscussionTimer};
use super::{Ballot, Live, Notice, Phase, ReplyButton, RoomChoice, Stage, Tally, VoteError};
use crate::core::session::{Coaching, Consequences, Debrief, Prepared, Session, View, fingerprint};

/// Where the flow is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Phones join; the first scenario has not begun.
    Joining,
    /// A decision is on the screen; the vote is not open yet.
    Reading,
    /// Phones vote (or the facilitator types the show of hands).
    Voting,
    /// The vote is closed; the room's choice waits to be played.
    Locked,
    /// The choice was played; the coaching is shown once `coaching`.
    Revealed {
        coaching: bool,
    },
    /// The scenario's debrief.
    Debrief,
    /// The teams' standings after a scenario.
    Standings,
    Ended,
}

/// Why the facilitator's request does not apply now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FlowError {
    /// Not at the step the request belongs to.
    WrongStep { step: Step },
    /// No such team.
    NoTeam { team: usize },
    /// Typed counts are for a show of hands only.
    NotHands,
    /// The override names a reply not offered.
    Vote(VoteError),
}

impl std::fmt::Display for FlowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FlowError::WrongStep { step } => write!(f, "not possible now ({step:?})"),
            FlowError::NoTeam { team } => write!(f, "there is no team {}", team + 1),
            FlowError::NotHands => write!(f, "counts are typed only for a show of hands"),
            FlowError::Vote(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for FlowError {}

/// One team's conversation in the current scenario (the room's, without
/// teams).
#[derive(Debug, Clone)]
pub struct Side {
    pub name: Option<String>,
    pub session: Session,
    /// The decision on the screen; `None` once the conversation is over.
    pub view: Option<View>,
    /// Counts typed for a show of hands, in shown order.
    pub hands: Vec<u32>,
    /// The room's choice once locked.
    pub choice: Option<RoomChoice>,
    /// What the last choice did (kept until the next decision).
    pub played: Option<Consequences>,
}

impl Side {
    fn new(name: Option<String>, prepared: &Arc<Prepared>, seed: u64) -> Side {
        let session = Session::new(Arc::clone(prepared), seed);
        Side {
            name,
            view: session.view(),
            session,
            hands: Vec::new(),
            choice: None,
            played: None,
        }
    }

    /// Whether this side votes at the current decision.
    pub fn in_play(&self) -> bool {
        self.view.is_some()
    }

    /// The scenario's debrief for this side, once its conversation is over.
    pub fn debrief(&self) -> Option<Debrief> {
        self.session.debrief()
    }

    fn stage(&self, phase: Phase) -> Stage {
        let view = self.view.as_ref();
        Stage {
            scenario: self.session.scenario().title.clone(),
            customer: view.map_or(String::new(), |v| v.customer.clone()),
            line: view.map_or(String::new(), |v| v.line.clone()),
            replies: view.map_or(Vec::new(), |v| {
                v.replies
                    .iter()
                    .map(|r| ReplyButton {
                        number: r.number,
                        text: r.text.clone(),
                    })
                    .collect()
            }),
            phase,
        }
    }

    fn offered(&self) -> Vec<usize> {
        self.view
            .as_ref()
            .map_or(Vec::new(), |v| v.replies.iter().map(|r| r.number).collect())
    }
}

/// A running workshop; see the module.
#[derive(Debug, Clone)]
pub struct Workshop {
    plan: Plan,
    record: WorkshopRecord,
    /// The scenario of the running order now on.
    scenario: usize,
    sides: Vec<Side>,
    step: Step,
    /// Seconds since the workshop started.
    clock: f64,
    /// When the current vote opened, on `clock`.
    opened_at: f64,
    timer: DiscussionTimer,
}

impl Workshop {
    /// Starts a workshop: phones join first, a show of hands goes straight
    /// to the first decision. `id` is the record's unique id, `started_at`
    /// seconds since 1970.
    pub fn new(plan: Plan, id: String, started_at: i64, live: &mut Live) -> Workshop {
        let record = WorkshopRecord {
            id,
            started_at,
            finished_at: None,
            voting: plan.voting,
            teams: plan.teams.clone(),
            phones_joined: 0,
            scenarios: Vec::new(),
        };
        let mut workshop = Workshop {
            plan,
            record,
            scenario: 0,
            sides: Vec::new(),
            step: Step::Joining,
            clock: 0.0,
            opened_at: 0.0,
            timer: DiscussionTimer::new(DEFAULT_MINUTES),
        };
        if workshop.plan.voting == VotingKind::Hands {
            workshop.begin_scenario(live);
        }
        workshop
    }

    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    pub fn step(&self) -> Step {
        self.step
    }

    /// What the workshop has left behind so far.
    pub fn record(&self) -> &WorkshopRecord {
        &self.record
    }

    /// The scenario now on, and its place in the running order (0-based).
    pub fn scenario(&self) -> (&Arc<Prepared>, usize) {
        (&self.plan.scenarios[self.scenario], self.scenario)
    }

    /// One per team (one for the room without teams), in team order.
    pub fn sides(&self) -> &[Side] {
        &self.sides
    }

    pub fn timer(&self) -> &DiscussionTimer {
        &self.timer
    }

    /// Whether this is the last scenario of the running order.
    pub fn is_last_scenario(&self) -> bool {
        self.scenario + 1 == self.plan.scenarios.len()
    }

    /// `seconds` pass: the discussion timer runs if started.
    pub fn tick(&mut self, seconds: f64) {
        self.clock += seconds.max(0.0);
        self.timer.run(seconds);
    }

    /// Seconds since the vote opened (0 when none is open).
    pub fn seconds_voting(&self) -> f64 {
        match self.step {
            Step::Voting => self.clock - self.opened_at,
            _ => 0.0,
        }
    }

    /// Team `team`'s votes now: the phones' (from `live`) or the typed
    /// hands; after the lock, the tally the choice was made on.
    pub fn tally(&self, live: &Live, team: usize) -> Option<Tally> {
        let side = self.sides.get(team)?;
        if let Some(choice) = &side.choice {
            return Some(choice.tally.clone());
        }
        match self.plan.voting {
            VotingKind::Hands => side
                .in_play()
                .then(|| Ballot::from_counts(side.offered(), &side.hands).tally()),
            _ => live.tally(team),
        }
    }

    /// The coaching of team `team`'s last reply, once the facilitator has
    /// revealed it (held back until then).
    pub fn coaching(&self, team: usize) -> Option<&Coaching> {
        match self.step {
            Step::Revealed { coaching: true } => {
                self.sides.get(team)?.played.as_ref()?.coaching.as_ref()
            }
            _ => None,
        }
    }

    // ---- the steps ----

    /// One step forward from wherever the flow is.
    pub fn next(&mut self, live: &mut Live) -> Result<(), FlowError> {
        match self.step {
            Step::Joining => self.begin(live),
            Step::Reading => self.open_vote(live),
            Step::Voting => self.lock(live),
            Step::Locked => self.reveal(live),
            Step::Revealed { coaching: false } => self.reveal_coaching(),
            Step::Revealed { coaching: true } => self.move_on(live),
            Step::Debrief | Step::Standings => self.after_debrief(live),
            Step::Ended => Err(self.wrong()),
        }
    }

    /// One step back where that makes sense: a vote opened by mistake is
    /// closed (its votes dropped), an override undone, the coaching hidden.
    pub fn back(&mut self, live: &mut Live) -> Result<(), FlowError> {
        match self.step {
            Step::Voting => {
                self.show_reading(live);
                Ok(())
            }
            Step::Locked => {
                for side in &mut self.sides {
                    if let Some(choice) = &side.choice
                        && let super::ChoiceRule::Overridden { by_vote } = choice.rule
                    {
                        side.choice = Some(choice.overridden(by_vote).map_err(FlowError::Vote)?);
                    }
                }
                Ok(())
            }
            Step::Revealed { coaching: true } => {
                self.step = Step::Revealed { coaching: false };
                Ok(())
            }
            _ => Err(self.wrong()),
        }
    }

    /// Joining is over: the first scenario's first decision.
    pub fn begin(&mut self, live: &mut Live) -> Result<(), FlowError> {
        self.expect(Step::Joining)?;
        self.record.phones_joined = live.room().len() as u32;
        self.begin_scenario(live);
        Ok(())
    }

    /// Opens the vote on every team's decision.
    pub fn open_vote(&mut self, live: &mut Live) -> Result<(), FlowError> {
        self.expect(Step::Reading)?;
        for (team, side) in self.sides.iter_mut().enumerate() {
            side.hands = vec![0; side.offered().len()];
            if side.in_play() {
                live.show(team, side.stage(Phase::Voting));
            }
        }
        self.opened_at = self.clock;
        self.step = Step::Voting;
        Ok(())
    }

    /// The show of hands for `team`: `counts` per reply, in shown order.
    pub fn set_hands(&mut self, team: usize, counts: &[u32]) -> Result<(), FlowError> {
        if self.plan.voting != VotingKind::Hands {
            return Err(FlowError::NotHands);
        }
        self.expect(Step::Voting)?;
        let side = self.sides.get_mut(team).ok_or(FlowError::NoTeam { team })?;
        for (h, c) in side.hands.iter_mut().zip(counts) {
            *h = *c;
        }
        Ok(())
    }

    /// Closes every team's vote and takes the room's choice.
    pub fn lock(&mut self, live: &mut Live) -> Result<(), FlowError> {
        self.expect(Step::Voting)?;
        let hands = self.plan.voting == VotingKind::Hands;
        for (team, side) in self.sides.iter_mut().enumerate() {
            if !side.in_play() {
                continue;
            }
            let by_phones = live.lock(team);
            side.choice = if hands {
                Some(Ballot::from_counts(side.offered(), &side.hands).lock())
            } else {
                by_phones
            };
        }
        self.step = Step::Locked;
        Ok(())
    }

    /// The facilitator plays reply `number` for `team` instead of the
    /// room's choice (naming the room's choice again undoes it).
    pub fn override_choice(&mut self, team: usize, number: usize) -> Result<(), FlowError> {
        self.expect(Step::Locked)?;
        let side = self.sides.get_mut(team).ok_or(FlowError::NoTeam { team })?;
        let choice = side.choice.as_ref().ok_or(FlowError::NoTeam { team })?;
        side.choice = Some(choice.overridden(number).map_err(FlowError::Vote)?);
        Ok(())
    }

    /// Plays every team's choice through its session and shows what
    /// happened; the coaching stays back.
    pub fn reveal(&mut self, live: &mut Live) -> Result<(), FlowError> {
        self.expect(Step::Locked)?;
        let seconds_voting = (self.clock - self.opened_at).round() as u32;
        let mut minutes = 0;
        for team in 0..self.sides.len() {
            let Some(choice) = self.sides[team].choice.clone() else {
                continue;
            };
            let node = self.sides[team].view.as_ref().map(|v| v.node.clone());
            if let Some(node) = node {
                let notes = self.sides[team].session.prepared().decision_notes(&node);
                minutes = minutes.max(notes.map_or(0, |n| n.minutes));
            }
            let played = self.play(team, &choice, seconds_voting);
            live.reveal(team, choice.chosen, &played.happened);
            self.sides[team].played = Some(played);
        }
        self.timer = DiscussionTimer::new(if minutes == 0 {
            DEFAULT_MINUTES
        } else {
            minutes
        });
        self.step = Step::Revealed { coaching: false };
        Ok(())
    }

    /// Shows the coaching the room argued about.
    pub fn reveal_coaching(&mut self) -> Result<(), FlowError> {
        self.expect(Step::Revealed { coaching: false })?;
        self.step = Step::Revealed { coaching: true };
        Ok(())
    }

    /// Starts the discussion timer, or pauses it.
    pub fn toggle_timer(&mut self) -> Result<(), FlowError> {
        self.revealed()?;
        self.timer.toggle();
        Ok(())
    }

    /// Ends the discussion now.
    pub fn skip_timer(&mut self) -> Result<(), FlowError> {
        self.revealed()?;
        self.timer.skip();
        Ok(())
    }

    /// After a reveal: the next decision, or the debrief once every
    /// customer's conversation is over.
    pub fn move_on(&mut self, live: &mut Live) -> Result<(), FlowError> {
        self.revealed()?;
        self.note_discussion();
        for side in &mut self.sides {
            side.view = side.session.view();
            side.choice = None;
        }
        if self.sides.iter().any(Side::in_play) {
            self.show_reading(live);
        } else {
            for team in 0..self.sides.len() {
                live.wait(team, Notice::Debrief);
            }
            self.step = Step::Debrief;
        }
        Ok(())
    }

    /// After the debrief: the standings (teams), then the next scenario or
    /// the end.
    fn after_debrief(&mut self, live: &mut Live) -> Result<(), FlowError> {
        if self.step == Step::Debrief && self.plan.voting == VotingKind::Teams {
            self.step = Step::Standings;
            return Ok(());
        }
        if self.is_last_scenario() {
            self.step = Step::Ended;
            live.end();
        } else {
            self.scenario += 1;
            self.begin_scenario(live);
        }
        Ok(())
    }

    /// Ends the workshop now (at the end of the running order, or early):
    /// phones show it is over and the record is complete.
    pub fn finish(&mut self, live: &mut Live, finished_at: i64) -> &WorkshopRecord {
        if matches!(self.step, Step::Revealed { .. }) {
            self.note_discussion();
        }
        if self.step == Step::Joining {
            self.record.phones_joined = live.room().len() as u32;
        }
        self.step = Step::Ended;
        self.record.finished_at = Some(finished_at);
        live.end();
        &self.record
    }

    // ---- inside the steps ----

    fn begin_scenario(&mut self, live: &mut Live) {
        let prepared = Arc::clone(&self.plan.scenarios[self.scenario]);
        let seed = self.plan.seed;
        let names: Vec<Option<String>> = match self.plan.teams.is_empty() {
            true => vec![None],
            false => self.plan.teams.iter().cloned().map(Some).collect(),
        };
        self.sides = names
            .iter()
            .map(|name| Side::new(name.clone(), &prepared, seed))
            .collect();
        self.record.scenarios.push(ScenarioRun {
            scenario: prepared.scenario.id.clone(),
            title: prepared.scenario.title.clone(),
            fingerprint: fingerprint(&prepared.scenario),
            seed,
            teams: names
                .into_iter()
                .map(|team| TeamRun {
                    team,
                    decisions: Vec::new(),
                    ending: None,
                })
                .collect(),
        });
        self.show_reading(live);
    }

    /// Every team's decision on the phones, the vote not yet open.
    fn show_reading(&mut self, live: &mut Live) {
        for (team, side) in self.sides.iter().enumerate() {
            match side.in_play() {
                true => live.show(
                    team,
                    side.stage(Phase::Waiting {
                        notice: Notice::Reading,
                    }),
                ),
                false => live.wait(team, Notice::TeamDone),
            }
        }
        self.step = Step::Reading;
    }

    /// Plays `choice` for `team` and records the decision (and the ending,
    /// if it came).
    fn play(&mut self, team: usize, choice: &RoomChoice, seconds_voting: u32) -> Consequences {
        let side = &mut self.sides[team];
        let view = side.view.clone().expect("a side with a choice is in play");
        let played = side
            .session
            .choose(choice.chosen)
            .expect("the ballot offers only the replies the session offers");
        let best = side
            .session
            .review()
            .last()
            .and_then(|d| d.best.as_ref().map(|b| b.number));
        let decision = DecisionRecord {
            node: view.node.clone(),
            line: view.line.clone(),
            replies: view
                .replies
                .iter()
                .map(|r| ReplyVotes {
                    number: r.number,
                    text: r.text.clone(),
                    votes: choice.tally.votes_for(r.number),
                })
                .collect(),
            chosen: choice.chosen,
            rule: choice.rule.clone(),
            best,
            points: played.coaching.as_ref().map_or(0, |c| c.points),
            mood_before: played.mood_before,
            mood_after: played.mood_after,
            seconds_voting,
            seconds_discussing: 0,
        };
        let ending = side.session.debrief().map(|d| ending_record(&d));
        let run = self.team_run(team);
        run.decisions.push(decision);
        if ending.is_some() {
            run.ending = ending;
        }
        played
    }

    /// Writes how long the discussion ran into the decisions just revealed.
    fn note_discussion(&mut self) {
        let seconds = self.timer.seconds_run();
        let played: Vec<bool> = self.sides.iter().map(|s| s.choice.is_some()).collect();
        for (team, was_played) in played.into_iter().enumerate() {
            if was_played && let Some(last) = self.team_run(team).decisions.last_mut() {
                last.seconds_discussing = seconds;
            }
        }
    }

    fn team_run(&mut self, team: usize) -> &mut TeamRun {
        let run = self.record.scenarios.last_mut().expect("a scenario is on");
        &mut run.teams[team]
    }

    fn revealed(&self) -> Result<(), FlowError> {
        match self.step {
            Step::Revealed { .. } => Ok(()),
            _ => Err(self.wrong()),
        }
    }

    fn expect(&self, step: Step) -> Result<(), FlowError> {
        match self.step == step {
            true => Ok(()),
            false => Err(self.wrong()),
        }
    }

    fn wrong(&self) -> FlowError {
        FlowError::WrongStep { step: self.step }
    }
}

/// How a conversation ended, as the record keeps it.
fn ending_record(d: &Debrief) -> EndingRecord {
    EndingRecord {
        ending: d.ending.id.clone(),
        outcome: d.ending.outcome,
        walked_out: d.ending.walked_out,
        score: d.score,
        grade: d.grade,
        kept: d.revenue.kept,
        lost: d.revenue.lost,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use std::path::Path;

    use super::*;
    use crate::core::load::{self, Vocabulary};
    use crate::workshop::plan::Plan;
    use crate::workshop::{ChoiceRule, Room, RoomCode, Token};

    pub(crate) fn shipped(file: &str) -> Arc<Prepared> {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("scenarios")
            .join(file);
        let loaded = load::load_file(&path, &Vocabulary::builtin());
        Prepared::new(loaded.into_valid().expect("valid"), &Vocabulary::builtin())
    }

    pub(crate) fn coffee() -> Arc<Prepared> {
        shipped("coffee-dry-cappuccino.ron")
    }

    fn code() -> RoomCode {
        let mut rng = <rand_chacha::ChaCha8Rng as rand::SeedableRng>::seed_from_u64(5);
        RoomCode::generate(&mut rng)
    }

    /// A workshop with a live room of `teams` (empty: one room).
    fn workshop(voting: VotingKind, teams: &[&str], scenarios: usize) -> (Workshop, Live) {
        let teams: Vec<String> = teams.iter().map(|t| t.to_string()).collect();
        let plan = Plan::new(vec![coffee(); scenarios], voting, teams.clone(), 7).unwrap();
        let mut live = Live::new(Room::new(code(), teams));
        let w = Workshop::new(plan, "id".into(), 100, &mut live);
        (w, live)
    }

    fn join(live: &mut Live, who: &str, team: Option<usize>) -> Token {
        let code = live.room().code().clone();
        live.join(who, code.as_str(), who, team, 0).unwrap().0
    }

    /// The stable number of the reply shown at `shown` (1-based) to `team`.
    fn shown(w: &Workshop, team: usize, shown: usize) -> usize {
        w.sides()[team]
            .view
            .as_ref()
            .unwrap()
            .number_shown_at(shown)
            .unwrap()
    }

    /// The best reply at `team`'s decision now.
    fn best_now(w: &Workshop, team: usize) -> usize {
        let side = &w.sides()[team];
        let mut copy = side.session.clone();
        let path = copy.prepared().best_choices();
        let step = copy.choices().len();
        let n = path[step];
        copy.choose(n).unwrap();
        n
    }

    #[test]
    fn phones_join_then_each_decision_goes_read_vote_lock_reveal_coach_next() {
        let (mut w, mut live) = workshop(VotingKind::Phones, &[], 1);
        assert_eq!(w.step(), Step::Joining);
        let a = join(&mut live, "a", None);
        let b = join(&mut live, "b", None);
        let c = join(&mut live, "c", None);
        assert_eq!(
            w.open_vote(&mut live).unwrap_err(),
            FlowError::WrongStep {
                step: Step::Joining
            }
        );
        w.next(&mut live).unwrap();
        assert_eq!(w.step(), Step::Reading);
        assert_eq!(w.record().phones_joined, 3);
        let seen = live.phone_state(&a).unwrap().stage;
        assert!(matches!(seen.phase, Phase::Waiting { .. }));
        assert!(!seen.line.is_empty(), "the line is on the phones' stage");
        w.next(&mut live).unwrap();
        assert_eq!(w.step(), Step::Voting);
        w.tick(12.4);
        let best = best_now(&w, 0);
        let other = shown(&w, 0, 1).max(shown(&w, 0, 2));
        let other = if other == best {
            shown(&w, 0, 1).min(shown(&w, 0, 2))
        } else {
            other
        };
        live.vote(&a, best).unwrap();
        live.vote(&b, best).unwrap();
        live.vote(&c, other).unwrap();
        assert_eq!(w.tally(&live, 0).unwrap().total, 3);
        w.next(&mut live).unwrap();
        assert_eq!(w.step(), Step::Locked);
        let choice = w.sides()[0].choice.clone().unwrap();
        assert_eq!((choice.chosen, choice.rule), (best, ChoiceRule::Majority));
        assert!(live.vote(&c, best).is_err(), "late votes are refused");
        w.next(&mut live).unwrap();
        assert_eq!(w.step(), Step::Revealed { coaching: false });
        assert!(w.coaching(0).is_none(), "coaching is held back");
        assert!(matches!(
            live.phone_state(&a).unwrap().stage.phase,
            Phase::Revealed { chosen, .. } if chosen == best
        ));
        w.toggle_timer().unwrap();
        w.tick(20.0);
        w.next(&mut live).unwrap();
        assert!(
            w.coaching(0).is_some(),
            "revealed on the facilitator's word"
        );
        w.tick(10.0);
        w.next(&mut live).unwrap();
        assert_eq!(w.step(), Step::Reading);
        let d = &w.record().scenarios[0].teams[0].decisions[0];
        assert_eq!(
            (d.chosen, d.best, d.rule.clone()),
            (best, Some(best), ChoiceRule::Majority)
        );
        assert_eq!(d.replies.iter().map(|r| r.votes).sum::<u32>(), 3);
        assert_eq!(
            d.replies.iter().find(|r| r.number == best).unwrap().votes,
            2
        );
        assert_eq!((d.seconds_voting, d.seconds_discussing), (12, 30));
        assert!(d.points > 0, "the best reply earns points");
        assert_eq!(w.sides()[0].session.choices(), &[best]);
    }

    /// Plays the scenario to its end along the best path, nobody voting
    /// but the facilitator's overrides.
    fn play_best_to_the_end(w: &mut Workshop, live: &mut Live) {
        while w.step() == Step::Reading {
            w.open_vote(live).unwrap();
            w.lock(live).unwrap();
            for team in 0..w.sides().len() {
                if w.sides()[team].in_play() {
                    let best = best_now(w, team);
                    w.override_choice(team, best).unwrap();
                }
            }
            w.reveal(live).unwrap();
            w.move_on(live).unwrap();
        }
    }

    #[test]
    fn an_empty_vote_takes_the_first_reply_shown_and_says_so() {
        let (mut w, mut live) = workshop(VotingKind::Phones, &[], 1);
        w.begin(&mut live).unwrap();
        w.open_vote(&mut live).unwrap();
        w.lock(&mut live).unwrap();
        let choice = w.sides()[0].choice.clone().unwrap();
        assert_eq!(
            (choice.chosen, choice.rule),
            (shown(&w, 0, 1), ChoiceRule::NoVotes)
        );
    }

    #[test]
    fn a_tie_is_marked_and_the_facilitator_overrides_it_and_can_undo() {
        let (mut w, mut live) = workshop(VotingKind::Phones, &[], 1);
        let a = join(&mut live, "a", None);
        let b = join(&mut live, "b", None);
        w.begin(&mut live).unwrap();
        w.open_vote(&mut live).unwrap();
        let (first, second, third) = (shown(&w, 0, 1), shown(&w, 0, 2), shown(&w, 0, 3));
        live.vote(&a, second).unwrap();
        live.vote(&b, first).unwrap();
        w.lock(&mut live).unwrap();
        let tie = w.sides()[0].choice.clone().unwrap();
        assert_eq!(tie.chosen, first, "the tied reply shown first");
        assert!(matches!(tie.rule, ChoiceRule::Tie { ref tied } if tied == &[first, second]));
        assert!(matches!(
            w.override_choice(0, 999),
            Err(FlowError::Vote(VoteError::NotOffered { number: 999 }))
        ));
        w.override_choice(0, third).unwrap();
        let over = w.sides()[0].choice.clone().unwrap();
        assert_eq!(
            (over.chosen, over.rule),
            (third, ChoiceRule::Overridden { by_vote: first })
        );
        w.back(&mut live).unwrap();
        assert_eq!(
            w.sides()[0].choice.as_ref().unwrap(),
            &tie,
            "back undoes it"
        );
        w.override_choice(0, third).unwrap();
        w.reveal(&mut live).unwrap();
        let d = &w.record().scenarios[0].teams[0].decisions[0];
        assert_eq!(
            (d.chosen, d.rule.clone()),
            (third, ChoiceRule::Overridden { by_vote: first })
        );
        assert_eq!(
            w.sides()[0].session.choices(),
            &[third],
            "the override was played"
        );
    }

    #[test]
    fn back_closes_a_vote_opened_by_mistake_and_hides_the_coaching() {
        let (mut w, mut live) = workshop(VotingKind::Phones, &[], 1);
        let a = join(&mut live, "a", None);
        w.begin(&mut live).unwrap();
        w.open_vote(&mut live).unwrap();
        live.vote(&a, shown(&w, 0, 2)).unwrap();
        w.back(&mut live).unwrap();
        assert_eq!(w.step(), Step::Reading);
        assert!(
            live.vote(&a, shown(&w, 0, 2)).is_err(),
            "the vote is closed"
        );
        w.open_vote(&mut live).unwrap();
        assert_eq!(w.tally(&live, 0).unwrap().total, 0, "its votes are gone");
        w.lock(&mut live).unwrap();
        w.reveal(&mut live).unwrap();
        assert!(
            w.back(&mut live).is_err(),
            "a played reply cannot be taken back"
        );
        w.reveal_coaching().unwrap();
        w.back(&mut live).unwrap();
        assert_eq!(w.step(), Step::Revealed { coaching: false });
    }

    #[test]
    fn a_show_of_hands_starts_at_once_and_plays_the_typed_counts() {
        let (mut w, mut live) = workshop(VotingKind::Hands, &[], 1);
        assert_eq!(w.step(), Step::Reading);
        assert_eq!(
            w.set_hands(0, &[1]).unwrap_err(),
            FlowError::WrongStep {
                step: Step::Reading
            }
        );
        w.next(&mut live).unwrap();
        w.set_hands(0, &[2, 9, 1]).unwrap();
        assert_eq!(w.tally(&live, 0).unwrap().total, 12);
        assert_eq!(
            w.set_hands(3, &[1]).unwrap_err(),
            FlowError::NoTeam { team: 3 }
        );
        w.next(&mut live).unwrap();
        let choice = w.sides()[0].choice.clone().unwrap();
        assert_eq!(
            (choice.chosen, choice.rule),
            (shown(&w, 0, 2), ChoiceRule::Majority)
        );
        w.next(&mut live).unwrap();
        let d = &w.record().scenarios[0].teams[0].decisions[0];
        assert_eq!(d.replies[1].votes, 9);
        assert_eq!(w.record().phones_joined, 0);
        let (mut phones, mut live2) = workshop(VotingKind::Phones, &[], 1);
        phones.begin(&mut live2).unwrap();
        phones.open_vote(&mut live2).unwrap();
        assert_eq!(phones.set_hands(0, &[1]).unwrap_err(), FlowError::NotHands);
    }

    #[test]
    fn teams_play_their_own_customer_and_vote_only_for_their_team() {
        let (mut w, mut live) = workshop(VotingKind::Teams, &["Red", "Blue"], 1);
        let red = join(&mut live, "r", Some(0));
        let blue = join(&mut live, "b", Some(1));
        w.begin(&mut live).unwrap();
        assert_eq!(w.sides().len(), 2);
        assert_eq!(
            w.sides()[0].view,
            w.sides()[1].view,
            "the same seed: the same customer and order"
        );
        w.open_vote(&mut live).unwrap();
        let best = best_now(&w, 0);
        let worst = *w.sides()[1]
            .session
            .prepared()
            .worst_choices()
            .first()
            .unwrap();
        live.vote(&red, best).unwrap();
        live.vote(&blue, worst).unwrap();
        assert_eq!(w.tally(&live, 0).unwrap().votes_for(worst), 0);
        w.lock(&mut live).unwrap();
        w.reveal(&mut live).unwrap();
        let run = &w.record().scenarios[0];
        assert_eq!(run.teams[0].team.as_deref(), Some("Red"));
        assert_eq!(run.teams[0].decisions[0].chosen, best);
        assert_eq!(run.teams[1].decisions[0].chosen, worst);
        assert!(w.sides()[0].session.mood() > w.sides()[1].session.mood());
        w.move_on(&mut live).unwrap();
        play_best_to_the_end(&mut w, &mut live);
        assert_eq!(w.step(), Step::Debrief);
        let run = &w.record().scenarios[0];
        assert!(run.teams.iter().all(|t| t.ending.is_some()));
        assert!(
            run.teams[0].ending.as_ref().unwrap().score
                > run.teams[1].ending.as_ref().unwrap().score
        );
        w.next(&mut live).unwrap();
        assert_eq!(w.step(), Step::Standings, "teams see the standings");
        w.next(&mut live).unwrap();
        assert_eq!(w.step(), Step::Ended);
        assert_eq!(live.phone_state(&red).unwrap().stage.phase, Phase::Ended);
    }

    #[test]
    fn a_team_whose_customer_left_waits_while_the_others_play_on() {
        let (mut w, mut live) = workshop(VotingKind::Teams, &["Red", "Blue"], 1);
        let blue = join(&mut live, "b", Some(1));
        w.begin(&mut live).unwrap();
        // Red plays the worst path (its customer leaves early), Blue the best.
        let mut red_done_at = None;
        let mut decisions = 0;
        while w.step() == Step::Reading {
            w.open_vote(&mut live).unwrap();
            w.lock(&mut live).unwrap();
            if w.sides()[0].in_play() {
                let worst = w.sides()[0].session.prepared().worst_choices()
                    [w.sides()[0].session.choices().len()];
                w.override_choice(0, worst).unwrap();
            } else {
                assert!(w.sides()[0].choice.is_none(), "a finished team has no vote");
            }
            if w.sides()[1].in_play() {
                let best = best_now(&w, 1);
                w.override_choice(1, best).unwrap();
            }
            w.reveal(&mut live).unwrap();
            decisions += 1;
            if red_done_at.is_none() && w.sides()[0].session.view().is_none() {
                red_done_at = Some(decisions);
            }
            w.move_on(&mut live).unwrap();
        }
        let run = &w.record().scenarios[0];
        assert_eq!(run.teams[0].decisions.len(), red_done_at.unwrap());
        assert_eq!(
            run.teams[1].decisions.len(),
            w.sides()[1].session.choices().len()
        );
        assert!(
            run.teams[1].ending.as_ref().unwrap().kept > run.teams[0].ending.as_ref().unwrap().kept
        );
        assert_eq!(
            live.phone_state(&blue).unwrap().stage.phase,
            Phase::Waiting {
                notice: Notice::Debrief
            }
        );
    }

    #[test]
    fn the_running_order_plays_each_scenario_and_the_record_keeps_them_all() {
        let plan = Plan::new(
            vec![coffee(), shipped("faulty-cd.ron")],
            VotingKind::Hands,
            vec![],
            3,
        )
        .unwrap();
        let mut live = Live::new(Room::new(code(), vec![]));
        let mut w = Workshop::new(plan, "id".into(), 100, &mut live);
        play_best_to_the_end(&mut w, &mut live);
        assert_eq!(w.step(), Step::Debrief);
        assert!(!w.is_last_scenario());
        w.next(&mut live).unwrap();
        assert_eq!(w.step(), Step::Reading, "no standings without teams");
        assert_eq!(w.scenario().1, 1);
        assert_eq!(w.scenario().0.scenario.id, "faulty-cd");
        play_best_to_the_end(&mut w, &mut live);
        w.next(&mut live).unwrap();
        assert_eq!(w.step(), Step::Ended);
        let record = w.finish(&mut live, 200).clone();
        assert_eq!(record.finished_at, Some(200));
        let ids: Vec<&str> = record
            .scenarios
            .iter()
            .map(|s| s.scenario.as_str())
            .collect();
        assert_eq!(ids, ["coffee-dry-cappuccino", "faulty-cd"]);
        for run in &record.scenarios {
            let ending = run.teams[0].ending.as_ref().unwrap();
            assert_eq!(
                (ending.score, ending.grade),
                (100, 'A'),
                "the best path played"
            );
            assert!(
                run.teams[0]
                    .decisions
                    .iter()
                    .all(|d| d.best == Some(d.chosen))
            );
            assert_eq!(run.seed, 3);
        }
    }

    #[test]
    fn ending_early_keeps_what_was_played_and_the_discussion_so_far() {
        let (mut w, mut live) = workshop(VotingKind::Hands, &[], 2);
        w.open_vote(&mut live).unwrap();
        w.lock(&mut live).unwrap();
        w.reveal(&mut live).unwrap();
        assert!(
            w.tally(&live, 0).is_some(),
            "the tally the choice was made on"
        );
        w.skip_timer().unwrap();
        w.toggle_timer().unwrap();
        w.tick(5.0);
        assert!(w.timer().is_over() && !w.timer().is_running());
        let record = w.finish(&mut live, 300).clone();
        assert_eq!(w.step(), Step::Ended);
        assert_eq!(record.scenarios.len(), 1, "the second scenario never began");
        let team = &record.scenarios[0].teams[0];
        assert_eq!((team.decisions.len(), team.ending.clone()), (1, None));
        assert!(w.next(&mut live).is_err());
        assert!(w.toggle_timer().is_err());
    }
}
