//! The subcommands, one file each.

pub mod analyze;
pub mod list;
pub mod lrs;
pub mod pass_mark;
pub mod play;
pub mod progress;
pub mod report;
pub mod translate;
pub mod validate;
pub mod workshops;
