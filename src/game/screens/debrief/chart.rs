//! The debrief's mood chart: one bar per moment of the timeline, coloured by
//! band, on labelled axes (mood 0–100 up the side, minutes since the
//! customer arrived along the bottom), with the walk-out line marked.

use bevy::prelude::*;

use crate::core::mood::{Band, GONE_BELOW};
use crate::core::session::Debrief;
use crate::game::fonts::Fonts;
use crate::game::screens::bars::{BarChart, bar_chart};
use crate::game::theme::palette;
use crate::text::{band_label, minutes_number};

/// The chart, its axes and a caption, for the panel `panel`.
pub(crate) fn mood_chart(commands: &mut Commands, fonts: &Fonts, panel: Entity, d: &Debrief) {
    let chart = BarChart {
        title: "Mood, 0–100".into(),
        bars: d
            .mood_timeline
            .iter()
            .map(|p| {
                (
                    p.mood as f32,
                    palette::band(p.band),
                    minutes_number(p.minutes),
                )
            })
            .collect(),
        lines: vec![
            (50.0, palette::BORDER),
            (100.0, palette::BORDER.with_alpha(0.5)),
            (GONE_BELOW as f32, palette::BAD.with_alpha(0.6)),
        ],
        x_title: "Minutes since the customer arrived".into(),
        caption: caption(d),
    };
    bar_chart(commands, fonts, panel, chart);
}

fn caption(d: &Debrief) -> String {
    let first = d.mood_timeline.first().map_or(0.0, |p| p.mood);
    format!(
        "From {:.0} ({}) to {:.0} ({}) over {:.0} minutes, {} moments. The red line is where a customer walks out.",
        first,
        band_label(Band::of(first)),
        d.final_mood,
        band_label(Band::of(d.final_mood)),
        d.minutes,
        d.mood_timeline.len()
    )
}
