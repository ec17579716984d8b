//! The core: everything Last Word knows about scenarios and customers, with
//! no engine, no terminal and no wording for a screen. Front ends (the
//! command line, the terminal game, the Bevy game) render what it returns.
//!
//! * [`scenario`] — the scenario format (the model a RON file describes).
//! * [`ron_spans`] — a RON reader that remembers where every value is, so
//!   messages can point at a line and column; [`diagnostic`] — those messages.
//! * [`load`] — reading scenario and principle files; [`validate`] — checking
//!   what they mean, and the only maker of a validated scenario;
//!   [`vocabulary`] — the principles replies are weighed by.
//! * [`graph`] and [`analysis`] — the dialogue graph, its endings, best and
//!   worst paths.
//! * [`mood`] — the mood rule; [`money`] — the money rule; [`session`] — the
//!   step API that plays a scenario, with timed mode and scoring;
//!   [`montecarlo`] — many simulated customers at once.
//! * [`facilitator`] — a workshop facilitator's notes per decision, in
//!   words, and a scenario's time budget.
//! * [`translation`] — a scenario's texts in another language, from a file
//!   beside it, laid over the original.

pub mod analysis;
pub mod diagnostic;
pub mod facilitator;
pub mod graph;
pub mod load;
pub mod money;
pub mod montecarlo;
pub mod mood;
pub mod ron_spans;
pub mod scenario;
pub mod session;
pub mod translation;
pub mod validate;
pub mod vocabulary;
