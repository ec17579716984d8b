//! Last Word: a customer-service training game.
//!
//! Seven parts, layered `core ← records ← text, lrs ← cli, game`, with
//! `workshop` beside `records`:
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
//! * [`workshop`] — workshop mode: the room phones join with a code, one
//!   vote per phone per decision, the tally and the room's choice, and the
//!   web server and page the phones use. Uses `core`, no engine.
//! * [`lrs`] — sending the records' xAPI statements to the organisation's
//!   learning record store: the HTTP client, rounds of sending with
//!   backoff, a background sender, and the connection check. Uses
//!   `records`, no engine.
//! * [`cli`] — the command line: the trainers' tools (`validate`, `list`,
//!   `analyze`) and the terminal game (`play`).
//! * `game` — the Bevy game, behind the default `gui` feature.
//!
//! `cli` and `game` use all of them; `text` and `lrs` use `records`;
//! `records` and `workshop` use `core` (and `records` keeps `workshop`'s
//! record of a finished workshop); `core` uses none of them.

pub mod cli;
pub mod core;
#[cfg(feature = "gui")]
pub mod game;
pub mod lrs;
pub mod records;
pub mod text;
pub mod workshop;
