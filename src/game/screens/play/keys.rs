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
    const DIGITS: [(KeyCode, KeyCode); 9] = [
        (KeyCode::Digit1, KeyCode::Numpad1),
        (KeyCode::Digit2, KeyCode::Numpad2),
        (KeyCode::Digit3, KeyCode::Numpad3),
        (KeyCode::Digit4, KeyCode::Numpad4),
        (KeyCode::Digit5, KeyCode::Numpad5),
        (KeyCode::Digit6, KeyCode::Numpad6),
        (KeyCode::Digit7, KeyCode::Numpad7),
        (KeyCode::Digit8, KeyCode::Numpad8),
        (KeyCode::Digit9, KeyCode::Numpad9),
    ];
    if let Some(view) = game
        .filter(|g| g.phase == Phase::Speaking)
        .and_then(|g| g.session.view())
    {
        for (i, (a, b)) in DIGITS.iter().enumerate() {
            if keys.any_just_pressed([*a, *b]) {
                if let Some(number) = view.number_shown_at(i + 1) {
                    actions.write(Action::Choose(number));
                }
                return;
            }
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
