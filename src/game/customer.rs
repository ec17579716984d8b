//! The customer, drawn with UI shapes: face and posture follow the mood
//! band, from a beaming smile with relaxed arms to crossed arms and a scowl,
//! to a figure turning away. Each scenario's customer gets a look of their
//! own (skin, hair, clothes) from its id.

use bevy::prelude::*;

use crate::core::mood::Band;

/// The portrait's size in logical pixels.
pub const WIDTH: f32 = 220.0;
pub const HEIGHT: f32 = 250.0;

const SKIN: [Color; 5] = [
    Color::srgb(0.98, 0.85, 0.74),
    Color::srgb(0.91, 0.74, 0.60),
    Color::srgb(0.78, 0.58, 0.43),
    Color::srgb(0.60, 0.42, 0.30),
    Color::srgb(0.42, 0.29, 0.21),
];
const HAIR: [Color; 5] = [
    Color::srgb(0.17, 0.13, 0.11),
    Color::srgb(0.42, 0.27, 0.16),
    Color::srgb(0.80, 0.62, 0.35),
    Color::srgb(0.62, 0.62, 0.64),
    Color::srgb(0.55, 0.20, 0.12),
];
const CLOTHES: [Color; 5] = [
    Color::srgb(0.25, 0.45, 0.70),
    Color::srgb(0.55, 0.30, 0.50),
    Color::srgb(0.25, 0.55, 0.45),
    Color::srgb(0.70, 0.45, 0.25),
    Color::srgb(0.40, 0.40, 0.48),
];
const FEATURE: Color = Color::srgb(0.16, 0.12, 0.12);
const BLUSH: Color = Color::srgba(0.95, 0.45, 0.45, 0.55);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HairStyle {
    Short,
    Long,
    Bun,
}

/// How a customer looks, chosen from their scenario's id.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Look {
    skin: Color,
    hair: Color,
    clothes: Color,
    style: HairStyle,
}

impl Look {
    pub fn for_id(id: &str) -> Look {
        let hash = id.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
        let pick = |shift: u32, n: usize| ((hash >> shift) as usize) % n;
        Look {
            skin: SKIN[pick(0, SKIN.len())],
            hair: HAIR[pick(8, HAIR.len())],
            clothes: CLOTHES[pick(16, CLOTHES.len())],
            style: [HairStyle::Short, HairStyle::Long, HairStyle::Bun][pick(24, 3)],
        }
    }
}

/// An absolutely placed shape.
fn shape(
    left: f32,
    top: f32,
    width: f32,
    height: f32,
    radius: BorderRadius,
    color: Color,
) -> impl Bundle {
    (
        Node {
            position_type: PositionType::Absolute,
            left: px(left),
            top: px(top),
            width: px(width),
            height: px(height),
            border_radius: radius,
            ..default()
        },
        BackgroundColor(color),
    )
}

fn rotated(degrees: f32) -> UiTransform {
    UiTransform {
        rotation: Rot2::degrees(degrees),
        ..default()
    }
}

/// An arc drawn as the visible edge of a rounded box: a smile (`up` false
/// draws the bottom edge) or a frown (`up` true draws the top edge).
fn arc(left: f32, top: f32, width: f32, height: f32, thickness: f32, up: bool) -> impl Bundle {
    let (border, radius) = if up {
        (
            UiRect::top(px(thickness)),
            BorderRadius::top(px(width / 2.0)),
        )
    } else {
        (
            UiRect::bottom(px(thickness)),
            BorderRadius::bottom(px(width / 2.0)),
        )
    };
    (
        Node {
            position_type: PositionType::Absolute,
            left: px(left),
            top: px(top),
            width: px(width),
            height: px(height),
            border,
            border_radius: radius,
            ..default()
        },
        BorderColor::all(FEATURE),
    )
}

/// Spawns `bundle` and remembers it as one of the parts.
fn put(commands: &mut Commands, parts: &mut Vec<Entity>, bundle: impl Bundle) {
    parts.push(commands.spawn(bundle).id());
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

    // The mood's colour as a halo behind the figure.
    let halo = crate::game::theme::palette::band(band).with_alpha(0.22);
    put(
        commands,
        &mut parts,
        shape(10.0, 10.0, 200.0, 200.0, BorderRadius::MAX, halo),
    );

    // Leaning away when gone.
    let lean = if band == Band::Gone { -7.0 } else { 0.0 };
    let shift = if band == Band::Gone { 12.0 } else { 0.0 };

    // Long hair falls behind the shoulders.
    if look.style == HairStyle::Long {
        put(
            commands,
            &mut parts,
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
    // Body and neck.
    put(
        commands,
        &mut parts,
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
        &mut parts,
        shape(
            94.0 + shift,
            140.0,
            32.0,
            34.0,
            BorderRadius::all(px(8)),
            look.skin,
        ),
    );

    // Arms, by posture.
    let sleeve = look.clothes.darker(0.08);
    match band {
        Band::Angry => {
            // Arms crossed over the chest.
            put(
                commands,
                &mut parts,
                (
                    shape(48.0, 196.0, 124.0, 26.0, BorderRadius::all(px(13)), sleeve),
                    rotated(-10.0),
                ),
            );
            put(
                commands,
                &mut parts,
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
                &mut parts,
                (
                    shape(18.0, 188.0, 26.0, 62.0, BorderRadius::all(px(13)), sleeve),
                    rotated(22.0),
                ),
            );
            put(
                commands,
                &mut parts,
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
                &mut parts,
                (
                    shape(20.0, 178.0, 26.0, 66.0, BorderRadius::all(px(13)), sleeve),
                    rotated(-28.0),
                ),
            );
            put(
                commands,
                &mut parts,
                (
                    shape(174.0, 178.0, 26.0, 66.0, BorderRadius::all(px(13)), sleeve),
                    rotated(28.0),
                ),
            );
        }
        _ => {
            put(
                commands,
                &mut parts,
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
                &mut parts,
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

    // The head, with its face as children.
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
    // Eyes look aside when the customer has given up.
    let look_aside = if band == Band::Gone { -6.0 } else { 0.0 };
    match band {
        Band::Delighted => {
            // Eyes closed in a smile.
            put(commands, &mut face, arc(24.0, 48.0, 20.0, 10.0, 3.0, true));
            put(commands, &mut face, arc(66.0, 48.0, 20.0, 10.0, 3.0, true));
        }
        Band::Gone => {
            // Heavy, half-closed eyes.
            put(
                commands,
                &mut face,
                shape(
                    24.0 + look_aside,
                    54.0,
                    20.0,
                    4.0,
                    BorderRadius::all(px(2)),
                    FEATURE,
                ),
            );
            put(
                commands,
                &mut face,
                shape(
                    66.0 + look_aside,
                    54.0,
                    20.0,
                    4.0,
                    BorderRadius::all(px(2)),
                    FEATURE,
                ),
            );
        }
        _ => {
            put(
                commands,
                &mut face,
                shape(28.0, 50.0, 12.0, 13.0, BorderRadius::MAX, FEATURE),
            );
            put(
                commands,
                &mut face,
                shape(70.0, 50.0, 12.0, 13.0, BorderRadius::MAX, FEATURE),
            );
        }
    }
    // Eyebrows: level when calm, drawn together and down when angry.
    let (brow, brow_top) = match band {
        Band::Delighted | Band::Content => (-6.0, 36.0),
        Band::Neutral => (0.0, 38.0),
        Band::Irritated => (10.0, 39.0),
        Band::Angry => (22.0, 41.0),
        Band::Gone => (-4.0, 42.0),
    };
    put(
        commands,
        &mut face,
        (
            shape(
                22.0,
                brow_top,
                24.0,
                5.0,
                BorderRadius::all(px(3)),
                look.hair.darker(0.1),
            ),
            rotated(brow),
        ),
    );
    put(
        commands,
        &mut face,
        (
            shape(
                64.0,
                brow_top,
                24.0,
                5.0,
                BorderRadius::all(px(3)),
                look.hair.darker(0.1),
            ),
            rotated(-brow),
        ),
    );
    // The mouth.
    match band {
        Band::Delighted => {
            put(commands, &mut face, arc(30.0, 72.0, 50.0, 26.0, 5.0, false));
            put(
                commands,
                &mut face,
                shape(12.0, 74.0, 16.0, 10.0, BorderRadius::MAX, BLUSH),
            );
            put(
                commands,
                &mut face,
                shape(82.0, 74.0, 16.0, 10.0, BorderRadius::MAX, BLUSH),
            );
        }
        Band::Content => put(commands, &mut face, arc(36.0, 80.0, 38.0, 16.0, 4.0, false)),
        Band::Neutral => put(
            commands,
            &mut face,
            shape(39.0, 92.0, 32.0, 4.0, BorderRadius::all(px(2)), FEATURE),
        ),
        Band::Irritated => put(commands, &mut face, arc(38.0, 90.0, 34.0, 10.0, 4.0, true)),
        Band::Angry => {
            put(commands, &mut face, arc(34.0, 88.0, 42.0, 16.0, 5.0, true));
            put(
                commands,
                &mut face,
                shape(12.0, 74.0, 16.0, 10.0, BorderRadius::MAX, BLUSH),
            );
            put(
                commands,
                &mut face,
                shape(82.0, 74.0, 16.0, 10.0, BorderRadius::MAX, BLUSH),
            );
        }
        Band::Gone => put(
            commands,
            &mut face,
            (
                shape(34.0, 94.0, 28.0, 4.0, BorderRadius::all(px(2)), FEATURE),
                rotated(-6.0),
            ),
        ),
    }
    commands.entity(head).add_children(&face);

    // Hair on top of the head.
    match look.style {
        HairStyle::Short | HairStyle::Long => put(
            commands,
            &mut parts,
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
                &mut parts,
                (
                    shape(88.0 + shift, 12.0, 44.0, 36.0, BorderRadius::MAX, look.hair),
                    rotated(lean),
                ),
            );
            put(
                commands,
                &mut parts,
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
    // Steam when angry.
    if band == Band::Angry {
        for (x, angle) in [(40.0, -20.0), (104.0, 0.0), (168.0, 20.0)] {
            put(
                commands,
                &mut parts,
                (
                    shape(
                        x,
                        4.0,
                        6.0,
                        22.0,
                        BorderRadius::all(px(3)),
                        crate::game::theme::palette::BAD,
                    ),
                    rotated(angle),
                ),
            );
        }
    }
    commands.entity(frame).add_children(&parts);
}
