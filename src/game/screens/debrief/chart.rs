//! The debrief's mood chart: one bar per moment of the timeline, coloured by
//! band, on labelled axes (mood 0–100 up the side, minutes since the
//! customer arrived along the bottom), with the walk-out line marked.

use bevy::prelude::*;

use crate::core::mood::{Band, GONE_BELOW};
use crate::core::session::Debrief;
use crate::game::fonts::Fonts;
use crate::game::screens::bars::{BarChart, bar_chart};
use crate::game::theme::palette;
use crate::text::i18n::{number, tr, tr_args};
use crate::text::{band_label, minutes_number};

/// The chart, its axes and a caption, for the panel `panel`.
pub(crate) fn mood_chart(commands: &mut Commands, fonts: &Fonts, panel: Entity, d: &Debrief) {
    let chart = BarChart {
        title: tr("debrief-chart-title").into(),
        bars: d
            .mood_timeline
            .iter()
            .map(|p| {
                (
                    p.mood as f32,
                    palette::band(p.band),
                    number(&minutes_number(p.minutes)),
                )
            })
            .collect(),
        lines: vec![
            (50.0, palette::BORDER),
            (100.0, palette::BORDER.with_alpha(0.5)),
            (GONE_BELOW as f32, palette::BAD.with_alpha(0.6)),
        ],
        x_title: tr("debrief-chart-axis").into(),
        caption: caption(d),
    };
    bar_chart(commands, fonts, panel, chart);
}

fn caption(d: &Debrief) -> String {
    let first = d.mood_timeline.first().map_or(0.0, |p| p.mood);
    tr_args(
        "debrief-chart-caption",
        &[
            ("start", format!("{first:.0}").into()),
            ("start-band", band_label(Band::of(first)).into()),
            ("end", format!("{:.0}", d.final_mood).into()),
            ("end-band", band_label(Band::of(d.final_mood)).into()),
            ("minutes", whole(d.minutes).into()),
            ("moments", d.mood_timeline.len().into()),
        ],
    )
}

/// `m` to the whole number shown (as `{:.0}` writes it), as a number the
/// message's plural can choose by.
fn whole(m: f64) -> f64 {
    format!("{m:.0}").parse().unwrap_or(0.0)
}
