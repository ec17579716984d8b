//! The customer's line, revealed a character at a time at the text speed
//! the player chose; when it is out, the replies take focus.

use bevy::prelude::*;

use crate::game::redraw::Animating;
use crate::game::settings::Settings;
use crate::game::theme::interaction::Highlight;

use super::{PlaySystems, ReplyButton};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, type_out.in_set(PlaySystems::TypeOut));
}

/// The customer's line, revealed a character at a time.
#[derive(Component, Debug)]
pub struct Typewriter {
    pub full: String,
    pub(super) shown: f32,
}

impl Typewriter {
    pub(super) fn new(full: String) -> Self {
        Typewriter { full, shown: 0.0 }
    }
}

fn type_out(
    mut commands: Commands,
    time: Res<Time>,
    settings: Res<Settings>,
    mut lines: Query<(Entity, &mut Typewriter, &mut Text)>,
    replies: Query<(Entity, Has<Highlight>), With<ReplyButton>>,
) {
    let speed = settings.text_speed.chars_per_second();
    for (entity, mut typewriter, mut text) in &mut lines {
        let total = typewriter.full.chars().count();
        typewriter.shown = match speed {
            Some(cps) => typewriter.shown + time.delta_secs() * cps,
            None => total as f32,
        };
        let shown = (typewriter.shown as usize).min(total);
        let visible: String = typewriter.full.chars().take(shown).collect();
        if text.0 != visible {
            text.0 = visible;
        }
        if shown >= total {
            finish_line(&mut commands, entity, &replies);
        }
    }
}

/// The line is out: stop animating and hand focus to the replies.
fn finish_line(
    commands: &mut Commands,
    line: Entity,
    replies: &Query<(Entity, Has<Highlight>), With<ReplyButton>>,
) {
    commands.entity(line).remove::<(Typewriter, Animating)>();
    let target = replies
        .iter()
        .find(|(_, highlighted)| *highlighted)
        .or(replies.iter().next())
        .map(|(e, _)| e);
    if let Some(target) = target {
        super::focus(commands, target);
    }
}
