//! How a customer looks: the colour tables for skin, hair and clothes, the
//! colours of the face's features, and the hair styles; each scenario's
//! customer gets one of each from its id.

use bevy::prelude::*;

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
/// Eyes, closed eyes and mouths.
pub(super) const FEATURE: Color = Color::srgb(0.16, 0.12, 0.12);
/// Flushed cheeks, when delighted or angry.
pub(super) const BLUSH: Color = Color::srgba(0.95, 0.45, 0.45, 0.55);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum HairStyle {
    Short,
    Long,
    Bun,
}

/// How a customer looks, chosen from their scenario's id.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Look {
    pub(super) skin: Color,
    pub(super) hair: Color,
    pub(super) clothes: Color,
    pub(super) style: HairStyle,
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
