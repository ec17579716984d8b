//! Timed mode: a patience bar that drains while the player thinks, once
//! the customer's line is out; each time it empties the customer has waited
//! another minute.

use bevy::prelude::*;

use crate::core::session::{ThinkingClock, ThinkingRule, View};
use crate::game::conversation::Action;
use crate::game::fonts::Fonts;
use crate::game::redraw::Animating;
use crate::game::theme::{palette, widget};
use crate::text::i18n::tr;

use super::{PlaySystems, Typewriter};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, drain_patience.in_set(PlaySystems::Patience));
}

/// Timed mode: the customer's patience while the player thinks.
#[derive(Component, Debug)]
struct PatienceFill {
    left: f32,
    total: f32,
}

/// The patience bar under its label, full, with the thinking time for
/// `view` (or a default when there is none).
pub(super) fn patience_bar(
    commands: &mut Commands,
    fonts: &Fonts,
    view: Option<&View>,
) -> [Entity; 2] {
    let label = commands
        .spawn(widget::note(fonts, tr("play-patience")))
        .id();
    let budget = view.map_or(15.0, thinking_time);
    let bar = commands
        .spawn(widget::meter(
            1.0,
            palette::WARN,
            8.0,
            PatienceFill {
                left: budget,
                total: budget,
            },
        ))
        .id();
    [label, bar]
}

/// Seconds to think before the customer's patience runs out: time to read
/// the replies, plus a little.
fn thinking_time(view: &View) -> f32 {
    ThinkingRule::DEFAULT.budget(view) as f32
}

fn drain_patience(
    mut commands: Commands,
    time: Res<Time>,
    typing: Query<(), With<Typewriter>>,
    mut bars: Query<(Entity, &mut PatienceFill, &mut Node)>,
    mut actions: MessageWriter<Action>,
) {
    for (entity, mut bar, mut node) in &mut bars {
        commands.entity(entity).insert(Animating);
        if !typing.is_empty() {
            continue;
        }
        // Every time the bar empties, the customer has waited another
        // minute for an answer (the core's timed-mode rule).
        let mut clock = ThinkingClock::resume(
            ThinkingRule::DEFAULT,
            f64::from(bar.total),
            f64::from(bar.left),
        );
        for _ in 0..clock.run(f64::from(time.delta_secs())) {
            actions.write(Action::Hesitate(clock.rule().minutes_per_overrun));
        }
        bar.left = clock.left() as f32;
        node.width = percent(100.0 * clock.share_left() as f32);
    }
}
