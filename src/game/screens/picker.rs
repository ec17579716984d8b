//! The scenario picker: a card per scenario file, by mouse or keyboard
//! (Tab or the arrow keys move, Enter opens). Updates live as trainers edit
//! the files. Each card shows the learner's best grade, from the records
//! (so it lasts between runs), and whether the scenario is mastered; the
//! scenario the progress screen recommends is marked "Play next".

use std::collections::HashMap;

use bevy::input_focus::InputFocus;
use bevy::input_focus::tab_navigation::{NavAction, TabNavigation};
use bevy::prelude::*;
use bevy::ui_widgets::{Activate, observe};

use crate::game::Screen;
use crate::game::conversation::{Action, BestGrades};
use crate::game::fonts::Fonts;
use crate::game::library::{Entry, Library, Status};
use crate::game::records::GameRecords;
use crate::game::theme::interaction::Highlight;
use crate::game::theme::widget::{self, ButtonKind};
use crate::game::theme::{palette, size, space};
use crate::text::i18n::{tr, tr_args};
use crate::text::{difficulty_label, minutes_label};

use super::scroll;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Picker), spawn).add_systems(
        Update,
        (
            keys.run_if(in_state(Screen::Picker)),
            rebuild
                .run_if(in_state(Screen::Picker))
                .run_if(resource_changed::<Library>),
        ),
    );
}

#[derive(Component)]
struct Cards;

/// Which file a card opens.
#[derive(Component, Debug, Clone)]
pub struct Card(pub String);

fn spawn(
    mut commands: Commands,
    fonts: Res<Fonts>,
    library: Res<Library>,
    (grades, records): (Res<BestGrades>, Res<GameRecords>),
) {
    let root = commands
        .spawn((
            widget::screen_root(Screen::Picker),
            super::BackTo(Screen::Title),
        ))
        .id();
    let header = commands
        .spawn(Node {
            flex_direction: FlexDirection::Row,
            align_items: AlignItems::Center,
            justify_content: JustifyContent::SpaceBetween,
            flex_shrink: 0.0,
            ..default()
        })
        .id();
    let titles = commands
        .spawn(Node {
            flex_direction: FlexDirection::Column,
            ..default()
        })
        .id();
    let heading = commands
        .spawn(widget::heading(&fonts, tr("picker-heading")))
        .id();
    let sub = commands
        .spawn(widget::muted(&fonts, tr("picker-intro")))
        .id();
    commands.entity(titles).add_children(&[heading, sub]);
    let buttons = commands.spawn(widget::button_row()).id();
    let progress = commands
        .spawn(super::back_button(
            &fonts,
            tr("picker-your-progress"),
            Screen::Progress,
        ))
        .id();
    let back = commands
        .spawn(super::back_button(&fonts, tr("game-back"), Screen::Title))
        .id();
    commands.entity(buttons).add_children(&[progress, back]);
    commands.entity(header).add_children(&[titles, buttons]);
    let area = commands.spawn(scroll::scroll_area()).id();
    let cards = commands
        .spawn((
            Cards,
            Node {
                flex_direction: FlexDirection::Row,
                flex_wrap: FlexWrap::Wrap,
                column_gap: px(space::M),
                row_gap: px(space::M),
                padding: UiRect::all(px(space::XS)),
                ..default()
            },
        ))
        .id();
    commands.entity(area).add_child(cards);
    commands.entity(root).add_children(&[header, area]);
    let best = best(&grades, &records, &library);
    let spawned = fill(&mut commands, cards, &fonts, &library, &best);
    if let Some((_, first)) = spawned.first() {
        super::focus(&mut commands, *first);
    }
}

fn rebuild(
    mut commands: Commands,
    fonts: Res<Fonts>,
    library: Res<Library>,
    (grades, records): (Res<BestGrades>, Res<GameRecords>),
    cards: Query<Entity, With<Cards>>,
    focused: Option<Res<InputFocus>>,
    card_files: Query<&Card>,
) {
    // Keep focus on the same scenario across a rebuild.
    let was = focused
        .as_ref()
        .and_then(|f| f.get())
        .and_then(|e| card_files.get(e).ok())
        .map(|c| c.0.clone());
    for cards in &cards {
        commands.entity(cards).despawn_children();
        let spawned = fill(
            &mut commands,
            cards,
            &fonts,
            &library,
            &best(&grades, &records, &library),
        );
        let target = spawned
            .iter()
            .find(|(file, _)| Some(file) == was.as_ref())
            .or(spawned.first());
        if let Some((_, entity)) = target {
            super::focus(&mut commands, *entity);
        }
    }
}

/// What the cards show from the learner's record.
struct Best {
    /// Per scenario id: the best grade, and whether it is mastered.
    grades: HashMap<String, (char, bool)>,
    /// The scenario to play next.
    next: Option<String>,
}

/// Per scenario id the best grade in the records (or this run's when
/// playing unrecorded), and the scenario to play next.
fn best(grades: &BestGrades, records: &GameRecords, library: &Library) -> Best {
    let mut best: HashMap<String, (char, bool)> = grades
        .0
        .iter()
        .map(|(id, grade)| (id.clone(), (*grade, false)))
        .collect();
    for p in records.progress() {
        if let Some(grade) = p.best_grade {
            best.insert(p.scenario.clone(), (grade, p.mastered));
        }
    }
    Best {
        grades: best,
        next: records.outlook(library).next.scenario().map(str::to_string),
    }
}

/// Spawns one card per entry; returns each card with its file.
fn fill(
    commands: &mut Commands,
    parent: Entity,
    fonts: &Fonts,
    library: &Library,
    best: &Best,
) -> Vec<(String, Entity)> {
    let mut spawned = Vec::new();
    if !library.entries.iter().any(Entry::is_listed) {
        let empty = commands.spawn(widget::body(fonts, tr("picker-empty"))).id();
        commands.entity(parent).add_child(empty);
        return spawned;
    }
    for entry in library.entries.iter().filter(|e| e.is_listed()) {
        let card = card(commands, fonts, entry, best);
        commands.entity(parent).add_child(card);
        spawned.push((entry.file.clone(), card));
    }
    spawned
}

/// One line of a story's source, shortened for a card.
fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.']))
}

fn card(commands: &mut Commands, fonts: &Fonts, entry: &Entry, best: &Best) -> Entity {
    let file = entry.file.clone();
    let card = commands
        .spawn((
            Card(file.clone()),
            widget::button_base(ButtonKind::Secondary),
            Node {
                width: px(282),
                min_height: px(168),
                flex_direction: FlexDirection::Column,
                row_gap: px(space::S),
                padding: UiRect::all(px(space::M)),
                border: UiRect::all(px(2)),
                border_radius: BorderRadius::all(px(14)),
                ..default()
            },
            observe(move |_: On<Activate>, mut actions: MessageWriter<Action>| {
                actions.write(Action::Open {
                    file: file.clone(),
                    seed: super::new_seed(),
                });
            }),
        ))
        .id();
    let title = commands
        .spawn(widget::text(
            entry.title(),
            &fonts.bold,
            size::SUBHEADING,
            palette::TEXT,
        ))
        .id();
    let (about, chips): (String, Vec<(String, Color)>) = match &entry.status {
        Status::Loading => (tr("picker-loading").into(), Vec::new()),
        // Not listed: a principles file without errors has nothing to show.
        Status::Principles => (String::new(), Vec::new()),
        Status::Ready(p) => {
            let s = &p.scenario;
            let mut chips = vec![
                (
                    difficulty_label(s.difficulty).to_string(),
                    palette::TEXT_MUTED,
                ),
                (minutes_label(f64::from(s.minutes)), palette::TEXT_MUTED),
            ];
            if best.next.as_deref() == Some(s.id.as_str()) {
                chips.insert(0, (tr("picker-play-next").into(), palette::ACCENT));
            }
            if let Some((grade, mastered)) = best.grades.get(&s.id) {
                chips.push((
                    tr_args("picker-best", &[("grade", grade.to_string().into())]),
                    palette::grade(*grade),
                ));
                if *mastered {
                    chips.push((tr("picker-mastered").into(), palette::GOOD));
                }
            }
            (short(&s.source, 120), chips)
        }
        Status::Broken { diagnostics, .. } => {
            let errors = diagnostics.iter().filter(|d| d.is_error()).count();
            (
                tr_args(
                    "picker-errors",
                    &[
                        ("errors", errors.into()),
                        ("file", entry.file.as_str().into()),
                    ],
                ),
                vec![(tr("picker-needs-fixing").into(), palette::BAD)],
            )
        }
    };
    let about = commands
        .spawn((
            widget::note(fonts, about),
            Node {
                flex_grow: 1.0,
                ..default()
            },
        ))
        .id();
    if best.next.as_deref() == entry.prepared().map(|p| p.scenario.id.as_str()) {
        commands.entity(card).insert(Highlight(palette::ACCENT));
    }
    let row = commands.spawn(widget::chip_row()).id();
    for (label, color) in chips {
        let chip = commands.spawn(widget::chip(fonts, label, color)).id();
        commands.entity(row).add_child(chip);
    }
    commands.entity(card).add_children(&[title, about, row]);
    card
}

fn keys(
    keys: Res<ButtonInput<KeyCode>>,
    nav: TabNavigation,
    mut focus: ResMut<InputFocus>,
    mut commands: Commands,
) {
    let action = if keys.any_just_pressed([KeyCode::ArrowRight, KeyCode::ArrowDown]) {
        NavAction::Next
    } else if keys.any_just_pressed([KeyCode::ArrowLeft, KeyCode::ArrowUp]) {
        NavAction::Previous
    } else {
        return;
    };
    if let Ok(entity) = nav.navigate(&focus, action) {
        focus.set(entity, bevy::input_focus::FocusCause::Navigated);
        commands.queue(super::show_focus_ring);
    }
}
