//! The gauges around the conversation: the mood meter sliding from the
//! mood before a reply to the mood after it, the clock and the money at
//! stake.

use bevy::prelude::*;

use crate::core::mood::Band;
use crate::core::session::View;
use crate::game::conversation::CurrentGame;
use crate::game::redraw::Animating;
use crate::game::theme::{palette, widget};
use crate::text::dollars;
use crate::text::i18n::tr_args;

use super::PlaySystems;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, animate_meter.in_set(PlaySystems::Meters));
}

/// The mood meter's fill, sliding from one mood to another.
#[derive(Component, Debug)]
pub(super) struct MoodFill {
    from: f32,
    to: f32,
    t: f32,
}

/// The mood meter, filled to `from` and sliding to `to`.
pub(super) fn mood_meter(from: f64, to: f64) -> impl Bundle {
    widget::meter(
        (from / 100.0) as f32,
        palette::band(Band::of(from)),
        14.0,
        MoodFill {
            from: from as f32,
            to: to as f32,
            t: if from == to { 1.0 } else { 0.0 },
        },
    )
}

/// The clock when there is no view (the conversation just ended).
pub(super) fn mood_clock(game: &CurrentGame) -> f64 {
    game.session.debrief().map_or(0.0, |d| d.minutes)
}

pub(super) fn stake_text(session: &crate::core::session::Session, view: Option<&View>) -> String {
    let horizon = session.scenario().economics.horizon_years;
    match view {
        Some(v) => tr_args(
            "play-stake",
            &[
                ("yearly", dollars(v.stake.yearly).into()),
                ("loyal", dollars(v.stake.lifetime_loyal.round()).into()),
                ("years", horizon.into()),
                ("now", dollars(v.stake.lifetime_now.round()).into()),
            ],
        ),
        None => tr_args(
            "play-stake-yearly",
            &[("yearly", dollars(session.spending().yearly()).into())],
        ),
    }
}

fn animate_meter(
    mut commands: Commands,
    time: Res<Time>,
    mut fills: Query<(Entity, &mut MoodFill, &mut Node, &mut BackgroundColor)>,
) {
    const SECONDS: f32 = 0.9;
    for (entity, mut fill, mut node, mut color) in &mut fills {
        if fill.t >= 1.0 {
            commands.entity(entity).remove::<Animating>();
            let width = percent(fill.to);
            if node.width != width {
                node.width = width;
                color.0 = palette::band(Band::of(f64::from(fill.to)));
            }
            continue;
        }
        commands.entity(entity).insert(Animating);
        fill.t = (fill.t + time.delta_secs() / SECONDS).min(1.0);
        // Ease out: quick at first, settling gently.
        let eased = 1.0 - (1.0 - fill.t).powi(3);
        let mood = fill.from + (fill.to - fill.from) * eased;
        node.width = percent(mood);
        color.0 = palette::band(Band::of(f64::from(mood)));
    }
}
