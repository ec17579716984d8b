//! Sending xAPI statements to the organisation's learning record store.
//!
//! The records keep the statements in an outbox
//! ([`records::outbox`](crate::records::outbox)) and where the LRS is
//! ([`records::lrs`](crate::records::lrs)); this module takes them out.
//! Free of any engine: the game and the terminal use the same pieces.
//!
//! - [`client`]: HTTP(S) to an xAPI 1.0.3 LRS, with Basic authentication
//!   and timeouts.
//! - [`sync`]: one round of sending the outbox in batches, each statement
//!   marked sent, refused (with the LRS's message) or left to wait.
//! - [`backoff`]: how long statements wait after the LRS failed.
//! - [`sender`]: a background thread that sends while a front end runs.
//! - [`check`]: what `last-word lrs test` asks the LRS, and what is wrong.

pub mod backoff;
pub mod check;
pub mod client;
pub mod sender;
pub mod sync;

pub use check::{CheckProblem, Checked, check};
pub use client::Client;
pub use sender::{Sender, SenderStatus};
pub use sync::{Round, Trouble, send_due};

/// Seconds since 1970, the records' clock.
pub use crate::records::now as unix_now;
