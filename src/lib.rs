//! Last Word: a customer-service training game.
//!
//! This library is the game's core, free of any engine: the scenario format
//! and its loader ([`load`]), the validator ([`validate`]), the analysis of a
//! scenario's paths and scores ([`analysis`]), and the trainers' command-line
//! tools ([`cli`]). The Bevy game is a front end over it.

pub mod analysis;
pub mod cli;
pub mod diagnostic;
#[cfg(feature = "gui")]
pub mod game;
pub mod generate;
pub mod graph;
pub mod load;
pub mod money;
pub mod montecarlo;
pub mod mood;
pub mod play;
pub mod scenario;
pub mod session;
pub mod source;
pub mod terminal;
pub mod validate;
