//! The customer's mood: a number from 0 to 100, shown as named bands.
//!
//! The model (documented for trainers in `scenarios/README.md`):
//!
//! * A reply moves mood by its `mood`, with a random spread: the change is
//!   drawn uniformly from `mood - spread ..= mood + spread`.
//! * **Damage cuts deeper when the customer is already upset:** a loss is
//!   multiplied by `1 + LOSS_AMPLIFY × (1 - mood/100)` — ×1 for a delighted
//!   customer at 100, ×1.5 for one at 0.
//! * **Recovery is slower than damage:** a gain is multiplied by
//!   `GAIN_FLOOR + (1 - GAIN_FLOOR) × mood/100` — ×1 at 100, ×0.6 at 0.
//! * **Waiting wears mood down:** every minute on the clock costs `patience`
//!   points (a node's `minutes` before the customer speaks, a reply's
//!   `minutes` while it happens).
//! * **Gone means gone:** below [`GONE_BELOW`] the customer walks out at once.

use serde::{Deserialize, Serialize};

use crate::core::scenario::{MOOD_MAX, MOOD_MIN};

/// How much deeper a loss cuts at mood 0 than at mood 100.
pub const LOSS_AMPLIFY: f64 = 0.5;
/// How much of a gain lands at mood 0 (all of it lands at mood 100).
pub const GAIN_FLOOR: f64 = 0.6;
/// Below this mood the customer walks out.
pub const GONE_BELOW: f64 = 10.0;

/// The named bands of the mood scale, lowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Band {
    Gone,
    Angry,
    Irritated,
    Neutral,
    Content,
    Delighted,
}

impl Band {
    /// Lower bounds of each band, lowest first.
    pub const LOWER_BOUNDS: [(Band, f64); 6] = [
        (Band::Gone, 0.0),
        (Band::Angry, GONE_BELOW),
        (Band::Irritated, 25.0),
        (Band::Neutral, 45.0),
        (Band::Content, 60.0),
        (Band::Delighted, 80.0),
    ];

    pub fn of(mood: f64) -> Band {
        Band::LOWER_BOUNDS
            .iter()
            .rev()
            .find(|(_, low)| mood >= *low)
            .map_or(Band::Gone, |(b, _)| *b)
    }
}

/// Clamps a mood to the scale.
pub fn clamp(mood: f64) -> f64 {
    mood.clamp(MOOD_MIN, MOOD_MAX)
}

/// The change a reply's raw effect `delta` actually makes at `mood`.
pub fn effective_change(mood: f64, delta: f64) -> f64 {
    let share = clamp(mood) / MOOD_MAX;
    if delta < 0.0 {
        delta * (1.0 + LOSS_AMPLIFY * (1.0 - share))
    } else {
        delta * (GAIN_FLOOR + (1.0 - GAIN_FLOOR) * share)
    }
}

/// The mood after a reply's raw effect `delta`.
pub fn apply(mood: f64, delta: f64) -> f64 {
    clamp(mood + effective_change(mood, delta))
}

/// The mood after waiting `minutes` with this `patience`.
pub fn wait(mood: f64, patience: f64, minutes: f64) -> f64 {
    clamp(mood - patience * minutes)
}

pub fn is_gone(mood: f64) -> bool {
    mood < GONE_BELOW
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_cover_the_scale_at_their_edges() {
        assert_eq!(Band::of(0.0), Band::Gone);
        assert_eq!(Band::of(9.99), Band::Gone);
        assert_eq!(Band::of(10.0), Band::Angry);
        assert_eq!(Band::of(44.9), Band::Irritated);
        assert_eq!(Band::of(45.0), Band::Neutral);
        assert_eq!(Band::of(60.0), Band::Content);
        assert_eq!(Band::of(100.0), Band::Delighted);
    }

    #[test]
    fn damage_cuts_deeper_when_already_upset() {
        let calm = 80.0 - apply(80.0, -10.0);
        let upset = 20.0 - apply(20.0, -10.0);
        assert!((calm - 11.0).abs() < 1e-9, "{calm}");
        assert!((upset - 14.0).abs() < 1e-9, "{upset}");
    }

    #[test]
    fn recovery_is_slower_than_damage() {
        let gain = apply(30.0, 10.0) - 30.0;
        let loss = 30.0 - apply(30.0, -10.0);
        assert!(gain < loss, "gain {gain} loss {loss}");
        assert!((gain - 7.2).abs() < 1e-9, "{gain}");
    }

    #[test]
    fn waiting_28_minutes_on_hold_costs_patience_per_minute() {
        assert!((wait(60.0, 1.0, 28.0) - 32.0).abs() < 1e-9);
        assert_eq!(wait(5.0, 3.0, 10.0), 0.0);
    }
}
