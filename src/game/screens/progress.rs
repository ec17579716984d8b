//! The learner's progress: what to play next and why (with a button that
//! plays it), how many scenarios of the library are mastered, the score of
//! every finished attempt over time as a chart, and each principle as a
//! bar of the points honoured, missed or broken, improving or not. Every
//! figure comes from the records ([`crate::records`]) against the
//! scenarios loaded; the screen rebuilds when the library changes.

mod chart;

use bevy::prelude::*;
use bevy::ui_widgets::{Activate, observe};

use crate::game::Screen;
use crate::game::conversation::Action;
use crate::game::fonts::Fonts;
use crate::game::library::Library;
use crate::game::records::GameRecords;
use crate::game::theme::widget::{self, ButtonKind};
use crate::game::theme::{palette, size, space};
use crate::records::{Next, Outlook, Progress, Reason};
use crate::text::i18n::{tr, tr_args};
use crate::text::progress::{mastered_line, next_sentence};

use super::scroll;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Progress), spawn)
        .add_systems(
            Update,
            rebuild
                .run_if(in_state(Screen::Progress))
                .run_if(resource_changed::<Library>),
        );
}

/// The screen's root, refilled when the library changes.
#[derive(Component, Debug)]
struct ProgressRoot;

fn spawn(
    mut commands: Commands,
    fonts: Res<Fonts>,
    library: Res<Library>,
    mut records: ResMut<GameRecords>,
) {
    // Reached with nobody chosen (a scripted run): the fallback learner.
    records.ensure_learner();
    let root = commands
        .spawn((
            widget::screen_root(Screen::Progress),
            super::BackTo(Screen::Title),
            ProgressRoot,
        ))
        .id();
    fill(&mut commands, root, &fonts, &library, &records);
}

fn rebuild(
    mut commands: Commands,
    fonts: Res<Fonts>,
    library: Res<Library>,
    records: Res<GameRecords>,
    roots: Query<Entity, With<ProgressRoot>>,
) {
    for root in &roots {
        commands.entity(root).despawn_children();
        fill(&mut commands, root, &fonts, &library, &records);
    }
}

fn fill(
    commands: &mut Commands,
    root: Entity,
    fonts: &Fonts,
    library: &Library,
    records: &GameRecords,
) {
    let outlook = records.outlook(library);
    let header = header(commands, fonts, records.record(), &outlook);
    commands.entity(root).add_child(header);
    let (frame, area) = scroll::scroll_frame(commands, fonts);
    let columns = commands
        .spawn(Node {
            padding: UiRect::vertical(px(space::S)),
            ..widget::columns()
        })
        .id();
    commands.entity(area).add_child(columns);
    let left = column(commands);
    let (next, play) = next_panel(commands, fonts, library, &outlook);
    commands.entity(left).add_child(next);
    commands.entity(columns).add_child(left);
    match records.record() {
        Some(progress) => {
            let attempts = section(commands, fonts, tr("progress-over-time"));
            chart::attempts_chart(commands, fonts, attempts, &progress.history);
            commands.entity(left).add_child(attempts);
            let right = principles_column(commands, fonts, progress, &outlook);
            commands.entity(columns).add_child(right);
        }
        None => {
            commands
                .entity(left)
                .with_child(widget::body(fonts, tr("progress-unrecorded")));
        }
    }
    commands.entity(root).add_child(frame);
    if let Some(play) = play {
        super::focus(commands, play);
    }
}

/// The right column: each principle's points and trend, the one the
/// recommendation works on marked.
fn principles_column(
    commands: &mut Commands,
    fonts: &Fonts,
    progress: &Progress,
    outlook: &Outlook,
) -> Entity {
    let right = column(commands);
    let principles = section(commands, fonts, tr("progress-by-principle"));
    let weakest = match &outlook.next {
        Next::Play {
            reason: Reason::WeakestPrinciple { principle, .. },
            ..
        } => Some(principle.as_str()),
        _ => None,
    };
    chart::principles_chart(commands, fonts, principles, &progress.principles, weakest);
    commands.entity(right).add_child(principles);
    right
}

/// "Progress of Ana", mastered out of the library and attempts finished;
/// "Change learner" and "Back".
fn header(
    commands: &mut Commands,
    fonts: &Fonts,
    progress: Option<&Progress>,
    outlook: &Outlook,
) -> Entity {
    let header = commands
        .spawn(Node {
            flex_direction: FlexDirection::Row,
            align_items: AlignItems::Center,
            justify_content: JustifyContent::SpaceBetween,
            column_gap: px(space::M),
            flex_shrink: 0.0,
            ..default()
        })
        .id();
    let titles = commands.spawn(widget::stack()).id();
    let name = progress.map_or(tr("progress-heading").to_string(), |p| {
        tr_args(
            "progress-heading-learner",
            &[("learner", p.learner.name.as_str().into())],
        )
    });
    let heading = commands.spawn(widget::heading(fonts, name)).id();
    let sub = commands
        .spawn(widget::muted(fonts, summary_line(progress, outlook)))
        .id();
    commands.entity(titles).add_children(&[heading, sub]);
    let buttons = commands.spawn(widget::button_row()).id();
    let change = commands.spawn(super::learners::change_learner(fonts)).id();
    let back = commands
        .spawn(super::back_button(
            fonts,
            tr("game-back-esc"),
            Screen::Title,
        ))
        .id();
    commands.entity(buttons).add_children(&[change, back]);
    commands.entity(header).add_children(&[titles, buttons]);
    header
}

/// "10 attempts finished across 5 scenarios, 4 of 15 scenarios mastered".
fn summary_line(progress: Option<&Progress>, outlook: &Outlook) -> String {
    let finished = progress.map_or(0, |p| p.history.len());
    let played = progress.map_or(0, |p| p.scenarios.iter().filter(|s| s.finished > 0).count());
    tr_args(
        "progress-summary",
        &[
            ("finished", finished.into()),
            ("played", played.into()),
            ("mastered", mastered_line(outlook).into()),
        ],
    )
}

/// What to play next: the scenario, the reason in a sentence, a bar of
/// the scenarios mastered, and the button that plays it (returned, to
/// focus).
fn next_panel(
    commands: &mut Commands,
    fonts: &Fonts,
    library: &Library,
    outlook: &Outlook,
) -> (Entity, Option<Entity>) {
    let panel = commands
        .spawn(widget::callout(palette::ACCENT, palette::SURFACE))
        .insert(Node {
            flex_direction: FlexDirection::Column,
            row_gap: px(space::S),
            padding: UiRect::all(px(space::M)),
            border: UiRect::left(px(4)),
            border_radius: BorderRadius::all(px(12)),
            flex_shrink: 0.0,
            ..default()
        })
        .id();
    let title = match &outlook.next {
        Next::Play { title, .. } => {
            tr_args("progress-play-next", &[("title", title.as_str().into())])
        }
        Next::AllMastered => tr("progress-all-mastered").to_string(),
        Next::NoScenarios => tr("progress-nothing-yet").to_string(),
    };
    let heading = commands
        .spawn(widget::text(
            title,
            &fonts.bold,
            size::SUBHEADING,
            palette::ACCENT,
        ))
        .id();
    let reason = commands
        .spawn(widget::body(fonts, next_sentence(outlook)))
        .id();
    commands.entity(panel).add_children(&[heading, reason]);
    let file = outlook
        .next
        .scenario()
        .and_then(|id| library.find_id(id))
        .map(|e| e.file.clone());
    let play = file.map(|file| {
        let label = match &outlook.next {
            Next::Play { title, .. } => {
                tr_args("progress-play-title", &[("title", title.as_str().into())])
            }
            _ => tr("progress-play").to_string(),
        };
        let row = commands
            .spawn(Node {
                margin: UiRect::top(px(space::XS)),
                ..default()
            })
            .id();
        let button = commands
            .spawn((
                widget::button(fonts, label, ButtonKind::Primary),
                observe(move |_: On<Activate>, mut actions: MessageWriter<Action>| {
                    actions.write(Action::Open {
                        file: file.clone(),
                        seed: super::new_seed(),
                    });
                }),
            ))
            .id();
        commands.entity(row).add_child(button);
        commands.entity(panel).add_child(row);
        button
    });
    let share = if outlook.library == 0 {
        0.0
    } else {
        outlook.mastered as f32 / outlook.library as f32
    };
    let mastered = commands
        .spawn(widget::note(fonts, mastered_line(outlook)))
        .id();
    let meter = commands
        .spawn(widget::meter(share, palette::GOOD, 8.0, MasteredFill))
        .id();
    commands.entity(panel).add_children(&[mastered, meter]);
    (panel, play)
}

/// The filled part of the mastered bar.
#[derive(Component, Debug)]
struct MasteredFill;

fn column(commands: &mut Commands) -> Entity {
    commands.spawn(widget::column()).id()
}

fn section(commands: &mut Commands, fonts: &Fonts, title: &str) -> Entity {
    commands.spawn(widget::titled_panel(fonts, title)).id()
}
