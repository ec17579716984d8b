//! Last Word: a customer-service training game.
//!
//! Six parts, layered `core ← text, records, workshop ← cli, game`:
//!
//! * [`core`] — the rules, free of any engine and of any wording: the
//!   scenario format, loading and validation, analysis, the mood, money and
//!   timed-mode rules, scoring and the `Session` step API. It returns data
//!   (labels as enums, events as typed values, the money's arithmetic as
//!   quantities and operations); it never formats text for a screen.
//! * [`text`] — the front ends' wording: labels, minutes, dollars, and the
//!   money's arithmetic as sentences. Words only, no rules; later the place
//!   translations plug in.
//! * [`records`] — the learners' records in an embedded SQLite database:
//!   attempts reply by reply, resuming, progress; and the atomic file
//!   writes every saved file goes through. Uses `core`, no engine.
//! * [`workshop`] — workshop mode's rules: the room phones join with a
//!   code, one vote per phone per decision, the tally and the room's
//!   choice. No engine, no network code.
//! * [`cli`] — the command line: the trainers' tools (`validate`, `list`,
//!   `analyze`) and the terminal game (`play`).
//! * `game` — the Bevy game, behind the default `gui` feature.
//!
//! `cli` and `game` use `core`, `text` and `records`; `text` and `records`
//! use `core`; `core` uses none of them.

pub mod cli;
pub mod core;
#[cfg(feature = "gui")]
pub mod game;
pub mod records;
pub mod text;
pub mod workshop;
