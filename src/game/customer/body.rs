//! The customer's body: torso and neck in their clothes, and the arms,
//! whose posture follows the mood (open arms, hands on hips, crossed arms).

use bevy::prelude::*;

use crate::core::mood::Band;

use super::Pose;
use super::look::Look;
use super::shapes::{put, rotated, shape};

/// The torso, in the customer's clothes, and the neck.
pub(super) fn torso(commands: &mut Commands, parts: &mut Vec<Entity>, pose: Pose, look: Look) {
    let Pose { lean, shift, .. } = pose;
    put(
        commands,
        parts,
        (
            shape(
                35.0 + shift,
                168.0,
                150.0,
                82.0,
                BorderRadius::top(px(64)),
                look.clothes,
            ),
            rotated(lean / 2.0),
        ),
    );
    put(
        commands,
        parts,
        shape(
            94.0 + shift,
            140.0,
            32.0,
            34.0,
            BorderRadius::all(px(8)),
            look.skin,
        ),
    );
}

/// The arms, by posture.
pub(super) fn arms(commands: &mut Commands, parts: &mut Vec<Entity>, pose: Pose, look: Look) {
    let Pose { band, lean, shift } = pose;
    let sleeve = look.clothes.darker(0.08);
    match band {
        Band::Angry => {
            // Arms crossed over the chest.
            put(
                commands,
                parts,
                (
                    shape(48.0, 196.0, 124.0, 26.0, BorderRadius::all(px(13)), sleeve),
                    rotated(-10.0),
                ),
            );
            put(
                commands,
                parts,
                (
                    shape(
                        48.0,
                        200.0,
                        124.0,
                        26.0,
                        BorderRadius::all(px(13)),
                        sleeve.darker(0.06),
                    ),
                    rotated(10.0),
                ),
            );
        }
        Band::Irritated => {
            // Hands on hips.
            put(
                commands,
                parts,
                (
                    shape(18.0, 188.0, 26.0, 62.0, BorderRadius::all(px(13)), sleeve),
                    rotated(22.0),
                ),
            );
            put(
                commands,
                parts,
                (
                    shape(176.0, 188.0, 26.0, 62.0, BorderRadius::all(px(13)), sleeve),
                    rotated(-22.0),
                ),
            );
        }
        Band::Delighted => {
            // Open, welcoming arms.
            put(
                commands,
                parts,
                (
                    shape(20.0, 178.0, 26.0, 66.0, BorderRadius::all(px(13)), sleeve),
                    rotated(-28.0),
                ),
            );
            put(
                commands,
                parts,
                (
                    shape(174.0, 178.0, 26.0, 66.0, BorderRadius::all(px(13)), sleeve),
                    rotated(28.0),
                ),
            );
        }
        _ => {
            put(
                commands,
                parts,
                (
                    shape(
                        30.0 + shift,
                        186.0,
                        24.0,
                        64.0,
                        BorderRadius::all(px(12)),
                        sleeve,
                    ),
                    rotated(6.0 + lean),
                ),
            );
            put(
                commands,
                parts,
                (
                    shape(
                        166.0 + shift,
                        186.0,
                        24.0,
                        64.0,
                        BorderRadius::all(px(12)),
                        sleeve,
                    ),
                    rotated(-6.0 + lean),
                ),
            );
        }
    }
}
