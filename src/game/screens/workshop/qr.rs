//! The QR code of the phones' address, as an image: one pixel per module
//! with a quiet zone of four around it, drawn without smoothing so it stays
//! sharp at any size.

use bevy::asset::RenderAssetUsages;
use bevy::image::ImageSampler;
use bevy::prelude::*;
use bevy::render::render_resource::{Extent3d, TextureDimension, TextureFormat};
use qrcode::{Color as Module, EcLevel, QrCode};

/// Blank modules around the code, as the standard asks.
const QUIET: usize = 4;

/// An image of `text`'s QR code; `None` if it cannot be encoded (too long).
pub fn image(text: &str, images: &mut Assets<Image>) -> Option<Handle<Image>> {
    let code = QrCode::with_error_correction_level(text, EcLevel::M).ok()?;
    let width = code.width();
    let side = width + 2 * QUIET;
    let modules = code.to_colors();
    let mut pixels = vec![255u8; side * side * 4];
    for (i, module) in modules.iter().enumerate() {
        if *module == Module::Dark {
            let (x, y) = (i % width + QUIET, i / width + QUIET);
            let at = (y * side + x) * 4;
            pixels[at..at + 3].copy_from_slice(&[0, 0, 0]);
        }
    }
    let mut image = Image::new(
        Extent3d {
            width: side as u32,
            height: side as u32,
            depth_or_array_layers: 1,
        },
        TextureDimension::D2,
        pixels,
        TextureFormat::Rgba8UnormSrgb,
        RenderAssetUsages::default(),
    );
    image.sampler = ImageSampler::nearest();
    Some(images.add(image))
}
