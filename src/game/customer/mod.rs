//! The customer, drawn with UI shapes: face and posture follow the mood
//! band, from a beaming smile with relaxed arms to crossed arms and a scowl,
//! to a figure turning away. Each scenario's customer gets a look of their
//! own (skin, hair, clothes) from its id.
//!
//! This file puts the portrait together, back to front; the parts live
//! beside it: the look and its colours (`look`), the drawing primitives
//! (`shapes`), the body and arms (`body`), the head and face (`face`) and
//! the hair (`hair`).

mod body;
mod face;
mod hair;
mod look;
mod shapes;

use bevy::prelude::*;

use crate::core::mood::Band;
use crate::game::theme::palette;

pub use look::Look;
use shapes::{put, rotated, shape};

/// The portrait's size in logical pixels.
pub const WIDTH: f32 = 220.0;
pub const HEIGHT: f32 = 250.0;

/// The mood band and how the figure stands: leaning and stepping aside
/// when the customer has gone.
#[derive(Debug, Clone, Copy)]
struct Pose {
    band: Band,
    lean: f32,
    shift: f32,
}

impl Pose {
    fn of(band: Band) -> Pose {
        let gone = band == Band::Gone;
        Pose {
            band,
            lean: if gone { -7.0 } else { 0.0 },
            shift: if gone { 12.0 } else { 0.0 },
        }
    }
}

/// Spawns the portrait under `parent`.
pub fn spawn_portrait(commands: &mut Commands, parent: Entity, band: Band, look: Look) {
    let frame = commands
        .spawn((
            Name::new("Customer"),
            Node {
                width: px(WIDTH),
                height: px(HEIGHT),
                flex_shrink: 0.0,
                align_self: AlignSelf::Center,
                ..default()
            },
        ))
        .id();
    commands.entity(parent).add_child(frame);
    let mut parts: Vec<Entity> = Vec::new();
    let pose = Pose::of(band);
    halo(commands, &mut parts, band);
    hair::behind(commands, &mut parts, pose, look);
    body::torso(commands, &mut parts, pose, look);
    body::arms(commands, &mut parts, pose, look);
    face::head(commands, &mut parts, pose, look);
    hair::on_top(commands, &mut parts, pose, look);
    if band == Band::Angry {
        steam(commands, &mut parts);
    }
    commands.entity(frame).add_children(&parts);
}

/// The mood's colour as a halo behind the figure.
fn halo(commands: &mut Commands, parts: &mut Vec<Entity>, band: Band) {
    let halo = palette::band(band).with_alpha(0.22);
    put(
        commands,
        parts,
        shape(10.0, 10.0, 200.0, 200.0, BorderRadius::MAX, halo),
    );
}

/// Steam rising from an angry customer.
fn steam(commands: &mut Commands, parts: &mut Vec<Entity>) {
    for (x, angle) in [(40.0, -20.0), (104.0, 0.0), (168.0, 20.0)] {
        put(
            commands,
            parts,
            (
                shape(x, 4.0, 6.0, 22.0, BorderRadius::all(px(3)), palette::BAD),
                rotated(angle),
            ),
        );
    }
}
