//! The play screen's keys: 1–9 choose the reply shown at that position;
//! Enter or Space, with nothing focused, finish the customer's line at once.

use bevy::input_focus::InputFocus;
use bevy::prelude::*;

use crate::game::conversation::{Action, CurrentGame, Phase};

use super::{PlaySystems, Typewriter};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, keys.in_set(PlaySystems::Keys));
}

fn keys(
    keys: Res<ButtonInput<KeyCode>>,
    focus: Option<Res<InputFocus>>,
    mut lines: Query<&mut Typewriter>,
    game: Option<Res<CurrentGame>>,
    mut actions: MessageWriter<Action>,
) {
    if let Some(view) = game
        .filter(|g| g.phase == Phase::Speaking)
        .and_then(|g| g.session.view())
    {
        let pressed = keys
            .get_just_pressed()
            .find_map(|k| super::super::digit(*k));
        if let Some(shown) = pressed.filter(|&d| d > 0) {
            if let Some(number) = view.number_shown_at(shown as usize) {
                actions.write(Action::Choose(number));
            }
            return;
        }
    }
    // Enter and Space activate the focused button themselves; with nothing
    // focused they finish the customer's line.
    let nothing_focused = focus.is_none_or(|f| f.get().is_none());
    if nothing_focused
        && keys.any_just_pressed([KeyCode::Enter, KeyCode::Space, KeyCode::NumpadEnter])
    {
        // The typewriter shows the whole line on its next step.
        for mut typewriter in &mut lines {
            typewriter.shown = typewriter.full.chars().count() as f32;
        }
    }
}
