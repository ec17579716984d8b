//! The subcommands, one file each.

pub mod analyze;
pub mod list;
pub mod play;
pub mod progress;
pub mod report;
pub mod validate;
