//! The customer's hair: long hair falling behind the shoulders, drawn
//! before the body, and the hair on top of the head (short, long or a bun),
//! drawn after it.

use bevy::prelude::*;

use super::Pose;
use super::look::{HairStyle, Look};
use super::shapes::{put, rotated, shape};

/// Long hair falls behind the shoulders; other styles have nothing here.
pub(super) fn behind(commands: &mut Commands, parts: &mut Vec<Entity>, pose: Pose, look: Look) {
    let Pose { lean, shift, .. } = pose;
    if look.style == HairStyle::Long {
        put(
            commands,
            parts,
            (
                shape(
                    52.0 + shift,
                    34.0,
                    116.0,
                    150.0,
                    BorderRadius::all(px(50)),
                    look.hair,
                ),
                rotated(lean),
            ),
        );
    }
}

/// Hair on top of the head.
pub(super) fn on_top(commands: &mut Commands, parts: &mut Vec<Entity>, pose: Pose, look: Look) {
    let Pose { lean, shift, .. } = pose;
    match look.style {
        HairStyle::Short | HairStyle::Long => put(
            commands,
            parts,
            (
                shape(
                    51.0 + shift,
                    30.0,
                    118.0,
                    46.0,
                    BorderRadius::new(px(59), px(59), px(14), px(14)),
                    look.hair,
                ),
                rotated(lean),
            ),
        ),
        HairStyle::Bun => {
            put(
                commands,
                parts,
                (
                    shape(88.0 + shift, 12.0, 44.0, 36.0, BorderRadius::MAX, look.hair),
                    rotated(lean),
                ),
            );
            put(
                commands,
                parts,
                (
                    shape(
                        53.0 + shift,
                        32.0,
                        114.0,
                        40.0,
                        BorderRadius::new(px(57), px(57), px(10), px(10)),
                        look.hair,
                    ),
                    rotated(lean),
                ),
            );
        }
    }
}
