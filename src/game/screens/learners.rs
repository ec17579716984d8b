//! Who is playing: the learners on this computer, to pick from, and a name
//! field to add a new one. Shown at the first start (nobody chosen yet)
//! and from the title's "Change learner". Typing goes to the name field
//! (a letter typed anywhere on the screen moves there); Enter adds the
//! name and plays as it; an empty or taken name is said under the field.
//! Esc goes back to the title, which plays as the last learner, else as one
//! named after the system user.

use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::input_focus::InputFocus;
use bevy::input_focus::tab_navigation::TabIndex;
use bevy::prelude::*;
use bevy::ui_widgets::{Activate, observe};

use crate::game::Screen;
use crate::game::fonts::Fonts;
use crate::game::records::GameRecords;
use crate::game::theme::widget::{self, ButtonKind};
use crate::game::theme::{palette, size, space};
use crate::records::{Learner, learners::default_name};
use crate::text::i18n::{tr, tr_args};
use crate::text::progress::date;

use super::scroll;

/// The longest name the field takes.
const MOST_CHARS: usize = 40;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Learners), spawn)
        .add_systems(
            Update,
            (type_name, show_draft, ring_the_field)
                .chain()
                .run_if(in_state(Screen::Learners)),
        );
}

/// The name being typed, and what was wrong with the last one tried.
#[derive(Resource, Debug, Default, Clone, PartialEq)]
pub struct Draft {
    pub name: String,
    pub error: Option<String>,
}

/// The name field (focusable, so Tab reaches it).
#[derive(Component, Debug)]
struct NameField;

/// The text inside the name field.
#[derive(Component, Debug)]
struct DraftText;

/// The line under the field that says what is wrong.
#[derive(Component, Debug)]
struct DraftError;

fn spawn(mut commands: Commands, fonts: Res<Fonts>, mut records: ResMut<GameRecords>) {
    commands.insert_resource(Draft::default());
    let root = commands
        .spawn((
            widget::screen_root(Screen::Learners),
            super::BackTo(Screen::Title),
        ))
        .id();
    let heading = commands
        .spawn(widget::heading(&fonts, tr("learners-heading")))
        .id();
    let sub = commands
        .spawn(widget::muted(&fonts, tr("learners-intro")))
        .id();
    let (frame, area) = scroll::scroll_frame(&mut commands, &fonts);
    let columns = commands.spawn(widget::columns()).id();
    commands.entity(area).add_child(columns);
    let learners = records.learners();
    let playing = records.learner().map(|l| l.id);
    let (list, first) = learner_list(&mut commands, &fonts, &learners, playing);
    let (new, field) = new_learner(&mut commands, &fonts);
    commands.entity(columns).add_children(&[list, new]);
    let back = back_row(&mut commands, &fonts, records.needs_learner());
    commands
        .entity(root)
        .add_children(&[heading, sub, frame, back]);
    super::focus(&mut commands, first.unwrap_or(field));
}

/// "Change learner": to this screen, from the title and the progress
/// screen.
pub(super) fn change_learner(fonts: &Fonts) -> impl Bundle {
    super::back_button(fonts, tr("learners-change"), Screen::Learners)
}

/// A panel that shares the width with the other, titled.
fn column(commands: &mut Commands, title: &str, fonts: &Fonts) -> Entity {
    commands
        .spawn((
            Node {
                padding: UiRect::all(px(space::L)),
                border_radius: BorderRadius::all(px(12)),
                ..widget::column()
            },
            BackgroundColor(palette::SURFACE),
            children![widget::subheading(fonts, title)],
        ))
        .id()
}

/// The learners as buttons, the one playing marked; returns the panel and
/// the button to focus first (the one playing, else the first).
fn learner_list(
    commands: &mut Commands,
    fonts: &Fonts,
    learners: &[Learner],
    playing: Option<crate::records::LearnerId>,
) -> (Entity, Option<Entity>) {
    let panel = column(commands, tr("learners-on-this-computer"), fonts);
    if learners.is_empty() {
        commands
            .entity(panel)
            .with_child(widget::muted(fonts, tr("learners-nobody")));
        return (panel, None);
    }
    let mut focus = None;
    for learner in learners {
        let now = playing == Some(learner.id);
        let button = learner_button(commands, fonts, learner, now);
        commands.entity(panel).add_child(button);
        if now || focus.is_none() {
            focus = Some(button);
        }
    }
    (panel, focus)
}

/// One learner: the name, since when, and "Playing now" for the current.
fn learner_button(commands: &mut Commands, fonts: &Fonts, learner: &Learner, now: bool) -> Entity {
    let chosen = learner.clone();
    let button = commands
        .spawn((
            widget::button_base(ButtonKind::Secondary),
            Node {
                flex_direction: FlexDirection::Row,
                align_items: AlignItems::Center,
                justify_content: JustifyContent::SpaceBetween,
                column_gap: px(space::M),
                padding: UiRect::axes(px(space::M), px(10)),
                border: UiRect::all(px(2)),
                border_radius: BorderRadius::all(px(10)),
                ..default()
            },
            observe(
                move |_: On<Activate>,
                      mut records: ResMut<GameRecords>,
                      mut next: ResMut<NextState<Screen>>| {
                    records.choose(chosen.clone());
                    next.set(Screen::Title);
                },
            ),
        ))
        .id();
    let name = commands
        .spawn(widget::text(
            learner.name.clone(),
            &fonts.bold,
            size::BODY,
            palette::TEXT,
        ))
        .id();
    let right = commands
        .spawn(widget::chip_row())
        .insert(Node {
            flex_direction: FlexDirection::Row,
            align_items: AlignItems::Center,
            column_gap: px(space::S),
            ..default()
        })
        .id();
    if now {
        let chip = commands
            .spawn(widget::chip(
                fonts,
                tr("learners-playing-now"),
                palette::GOOD,
            ))
            .id();
        commands.entity(right).add_child(chip);
    }
    let since = commands
        .spawn(widget::note(
            fonts,
            tr_args(
                "learners-since",
                &[("date", date(learner.created_at).into())],
            ),
        ))
        .id();
    commands.entity(right).add_child(since);
    commands.entity(button).add_children(&[name, right]);
    button
}

/// The name field, its hint and error line, and the button that adds the
/// name; returns the panel and the field.
fn new_learner(commands: &mut Commands, fonts: &Fonts) -> (Entity, Entity) {
    let panel = column(commands, tr("learners-new"), fonts);
    let label = commands
        .spawn(widget::muted(fonts, tr("learners-your-name")))
        .id();
    let field = commands
        .spawn((
            NameField,
            TabIndex(0),
            Node {
                padding: UiRect::axes(px(space::M), px(10)),
                border: UiRect::all(px(2)),
                border_radius: BorderRadius::all(px(10)),
                min_height: px(48),
                align_items: AlignItems::Center,
                ..default()
            },
            BackgroundColor(palette::BACKGROUND),
            BorderColor::all(palette::BORDER),
            observe(
                |_: On<Pointer<Click>>,
                 fields: Query<Entity, With<NameField>>,
                 mut focus: ResMut<InputFocus>| {
                    if let Ok(field) = fields.single() {
                        focus.set(field, bevy::input_focus::FocusCause::Navigated);
                    }
                },
            ),
        ))
        .id();
    let text = commands
        .spawn((
            DraftText,
            widget::text("", &fonts.regular, size::SUBHEADING, palette::TEXT),
        ))
        .id();
    commands.entity(field).add_child(text);
    let error = commands
        .spawn((DraftError, widget::small(fonts, "", palette::BAD)))
        .id();
    let hint = commands
        .spawn(widget::note(fonts, tr("learners-hint")))
        .id();
    let row = commands.spawn(Node::default()).id();
    let create = commands
        .spawn((
            widget::button(fonts, tr("learners-add"), ButtonKind::Primary),
            observe(|_: On<Activate>, mut commands: Commands| {
                commands.run_system_cached(create);
            }),
        ))
        .id();
    commands.entity(row).add_child(create);
    commands
        .entity(panel)
        .add_children(&[label, field, hint, error, row]);
    (panel, field)
}

/// "Back (Esc)", or with nobody chosen "Skip (Esc)" and whom that plays as.
fn back_row(commands: &mut Commands, fonts: &Fonts, skipping: bool) -> Entity {
    let row = commands
        .spawn(Node {
            flex_shrink: 0.0,
            ..widget::row()
        })
        .id();
    let label = tr(if skipping {
        "learners-skip"
    } else {
        "game-back-esc"
    });
    let back = commands
        .spawn(super::back_button(fonts, label, Screen::Title))
        .id();
    commands.entity(row).add_child(back);
    if skipping {
        let note = commands
            .spawn(widget::note(
                fonts,
                tr_args("learners-skipping", &[("name", default_name().into())]),
            ))
            .id();
        commands.entity(row).add_child(note);
    }
    row
}

/// Adds the typed name and plays as it, or says what is wrong.
fn create(
    mut draft: ResMut<Draft>,
    mut records: ResMut<GameRecords>,
    mut next: ResMut<NextState<Screen>>,
) {
    match records.create(&draft.name) {
        Ok(_) => next.set(Screen::Title),
        Err(message) => draft.error = Some(message),
    }
}

/// Keys typed into the name field: letters (a letter typed anywhere moves
/// to the field), space, Backspace, Enter to add.
fn type_name(
    mut keys: MessageReader<KeyboardInput>,
    mut draft: ResMut<Draft>,
    mut focus: ResMut<InputFocus>,
    fields: Query<Entity, With<NameField>>,
    mut commands: Commands,
) {
    let Ok(field) = fields.single() else {
        return;
    };
    for key in keys.read() {
        if key.state != ButtonState::Pressed {
            continue;
        }
        let in_field = focus.get() == Some(field);
        match &key.logical_key {
            Key::Character(typed) => {
                if !in_field {
                    focus.set(field, bevy::input_focus::FocusCause::Navigated);
                }
                push(&mut draft, typed);
            }
            Key::Space if in_field => push(&mut draft, " "),
            Key::Backspace if in_field => {
                draft.name.pop();
                draft.error = None;
            }
            Key::Enter if in_field && !key.repeat => {
                commands.run_system_cached(create);
            }
            _ => {}
        }
    }
}

/// Adds typed text to the name, up to [`MOST_CHARS`], without control
/// characters.
fn push(draft: &mut Draft, typed: &str) {
    let room = MOST_CHARS.saturating_sub(draft.name.chars().count());
    let typed: String = typed
        .chars()
        .filter(|c| !c.is_control())
        .take(room)
        .collect();
    if !typed.is_empty() {
        draft.name.push_str(&typed);
        draft.error = None;
    }
}

/// The field shows the name with a caret; the error line what is wrong.
fn show_draft(
    draft: Res<Draft>,
    mut texts: Query<&mut Text, (With<DraftText>, Without<DraftError>)>,
    mut errors: Query<&mut Text, (With<DraftError>, Without<DraftText>)>,
) {
    if !draft.is_changed() {
        return;
    }
    for mut text in &mut texts {
        text.0 = format!("{}|", draft.name);
    }
    for mut text in &mut errors {
        text.0 = draft.error.clone().unwrap_or_default();
    }
}

/// The field's border: the focus colour while typing goes there.
fn ring_the_field(
    focus: Res<InputFocus>,
    mut fields: Query<(Entity, &mut BorderColor), With<NameField>>,
) {
    for (field, mut border) in &mut fields {
        let color = if focus.get() == Some(field) {
            palette::FOCUS
        } else {
            palette::BORDER
        };
        border.set_if_neq(BorderColor::all(color));
    }
}
