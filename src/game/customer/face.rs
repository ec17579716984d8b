//! The head and its face: eyes, eyebrows and mouth, each following the
//! mood, from closed smiling eyes and a grin to a scowl, to heavy eyes
//! looking aside.

use bevy::prelude::*;

use crate::core::mood::Band;

use super::Pose;
use super::look::{BLUSH, FEATURE, Look};
use super::shapes::{arc, pair, put, rotated, shape};

/// The head, with its face as children.
pub(super) fn head(commands: &mut Commands, parts: &mut Vec<Entity>, pose: Pose, look: Look) {
    let Pose { band, lean, shift } = pose;
    let head = commands
        .spawn((
            shape(
                55.0 + shift,
                36.0,
                110.0,
                124.0,
                BorderRadius::all(px(55)),
                look.skin,
            ),
            rotated(lean),
        ))
        .id();
    parts.push(head);
    let mut face: Vec<Entity> = Vec::new();
    eyes(commands, &mut face, band);
    brows(commands, &mut face, band, look);
    mouth(commands, &mut face, band);
    commands.entity(head).add_children(&face);
}

fn eyes(commands: &mut Commands, face: &mut Vec<Entity>, band: Band) {
    // Eyes look aside when the customer has given up.
    let look_aside = if band == Band::Gone { -6.0 } else { 0.0 };
    match band {
        // Eyes closed in a smile.
        Band::Delighted => pair(commands, face, [24.0, 66.0], |x| {
            arc(x, 48.0, 20.0, 10.0, 3.0, true)
        }),
        // Heavy, half-closed eyes.
        Band::Gone => pair(
            commands,
            face,
            [24.0 + look_aside, 66.0 + look_aside],
            |x| shape(x, 54.0, 20.0, 4.0, BorderRadius::all(px(2)), FEATURE),
        ),
        _ => pair(commands, face, [28.0, 70.0], |x| {
            shape(x, 50.0, 12.0, 13.0, BorderRadius::MAX, FEATURE)
        }),
    }
}

/// Eyebrows: level when calm, drawn together and down when angry.
fn brows(commands: &mut Commands, face: &mut Vec<Entity>, band: Band, look: Look) {
    let (brow, brow_top) = match band {
        Band::Delighted | Band::Content => (-6.0, 36.0),
        Band::Neutral => (0.0, 38.0),
        Band::Irritated => (10.0, 39.0),
        Band::Angry => (22.0, 41.0),
        Band::Gone => (-4.0, 42.0),
    };
    // The right brow mirrors the left: the same tilt, the other way.
    for (left, tilt) in [(22.0, brow), (64.0, -brow)] {
        let colour = look.hair.darker(0.1);
        let bar = shape(left, brow_top, 24.0, 5.0, BorderRadius::all(px(3)), colour);
        put(commands, face, (bar, rotated(tilt)));
    }
}

/// The mouth, with flushed cheeks when delighted or angry.
fn mouth(commands: &mut Commands, face: &mut Vec<Entity>, band: Band) {
    match band {
        Band::Delighted => {
            put(commands, face, arc(30.0, 72.0, 50.0, 26.0, 5.0, false));
            blush(commands, face);
        }
        Band::Content => put(commands, face, arc(36.0, 80.0, 38.0, 16.0, 4.0, false)),
        Band::Neutral => put(
            commands,
            face,
            shape(39.0, 92.0, 32.0, 4.0, BorderRadius::all(px(2)), FEATURE),
        ),
        Band::Irritated => put(commands, face, arc(38.0, 90.0, 34.0, 10.0, 4.0, true)),
        Band::Angry => {
            put(commands, face, arc(34.0, 88.0, 42.0, 16.0, 5.0, true));
            blush(commands, face);
        }
        Band::Gone => put(
            commands,
            face,
            (
                shape(34.0, 94.0, 28.0, 4.0, BorderRadius::all(px(2)), FEATURE),
                rotated(-6.0),
            ),
        ),
    }
}

/// Flushed cheeks.
fn blush(commands: &mut Commands, face: &mut Vec<Entity>) {
    pair(commands, face, [12.0, 82.0], |x| {
        shape(x, 74.0, 16.0, 10.0, BorderRadius::MAX, BLUSH)
    });
}
