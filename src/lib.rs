//! Last Word: a customer-service training game.
//!
//! Three parts, and only the first is shared:
//!
//! * [`core`] — the rules, free of any engine and of any wording: the
//!   scenario format, loading and validation, analysis, the mood, money and
//!   timed-mode rules, scoring and the `Session` step API. It returns data;
//!   it never formats text for a screen.
//! * [`cli`] — the command line: the trainers' tools (`validate`, `list`,
//!   `analyze`) and the terminal game (`play`).
//! * `game` — the Bevy game, behind the default `gui` feature.
//!
//! `cli` and `game` use `core`; `core` uses neither.

pub mod cli;
pub mod core;
#[cfg(feature = "gui")]
pub mod game;
