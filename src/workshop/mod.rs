//! Workshop mode's rules: a facilitator runs scenarios in front of a room,
//! and the room decides each reply by voting from their phones (or by a
//! show of hands the facilitator types in, or in teams).
//!
//! Free of any engine: the game's projector screens call these with plain
//! values and show what they return; the phones reach them through the
//! web server in [`server`], the only module here that knows of a network.
//!
//! - [`room`]: who is in the room. A short room code to join with, a
//!   token per phone, nicknames within limits, teams, and a limit on wrong
//!   guesses of the code.
//! - [`ballot`]: one decision's vote. Opened on the replies offered, one
//!   vote per phone that it may change until the facilitator locks it; the
//!   tally; and the room's choice when locked: the majority, or for a tie
//!   or an empty vote a choice the facilitator sees marked as such and can
//!   override.
//! - [`live`]: what the facilitator and the phones share while the
//!   workshop runs: what each team's phones show and their ballots.
//! - [`record`]: what a workshop leaves behind, as plain data.
//! - [`server`]: the web server and page the phones use, around [`Live`].
//! - [`run`]: the facilitator's flow, a state machine over the core's
//!   sessions that drives [`Live`] and fills the record; its [`plan`]
//!   (running order, voting, teams), the discussion [`timer`] and the
//!   teams' [`standings`].

pub mod ballot;
pub mod live;
pub mod plan;
pub mod record;
pub mod room;
pub mod run;
pub mod server;
pub mod standings;
pub mod timer;

pub use ballot::{Ballot, ChoiceRule, RoomChoice, Tally, VoteError};
pub use live::{Live, Notice, Phase, PhoneError, PhoneState, ReplyButton, Stage};
pub use plan::{Plan, PlanError};
pub use room::{JoinError, Phone, Room, RoomCode, Token};
pub use run::{FlowError, Side, Step, Workshop};
pub use standings::{Standing, standings};
pub use timer::DiscussionTimer;
