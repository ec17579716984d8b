//! The title screen: the name, the promise, who is playing (with "Change
//! learner"), and the way in: "Continue" when the learner left a
//! conversation unfinished, with the reason when it could not go on; then
//! Play, Workshop (a facilitator runs the room), Progress, Settings and
//! Quit.

use bevy::prelude::*;

use crate::records::AttemptSummary;
use bevy::ui_widgets::{Activate, observe};

use crate::game::Screen;
use crate::game::conversation::{Action, ResumeNotice};
use crate::game::fonts::Fonts;
use crate::game::library::Library;
use crate::game::records::GameRecords;
use crate::game::theme::widget::{self, ButtonKind};
use crate::game::theme::{palette, size, space};
use crate::game::words::{Style, pieces, rich};
use crate::text::i18n::{tr, tr_args};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Title), spawn).add_systems(
        Update,
        name_the_scenario
            .run_if(in_state(Screen::Title))
            .run_if(resource_changed::<Library>),
    );
}

/// The line beneath "Continue": the unfinished attempt it continues.
#[derive(Component, Debug, Clone)]
struct Unfinished {
    scenario: String,
    replies: usize,
}

impl Unfinished {
    /// "The Dry Cappuccino, after 2 replies" (the id until it is loaded).
    fn caption(&self, library: &Library) -> String {
        let title = library
            .find_id(&self.scenario)
            .map_or(self.scenario.clone(), |e| e.title());
        tr_args(
            "title-unfinished",
            &[("title", title.into()), ("replies", self.replies.into())],
        )
    }
}

/// Names the scenario once the library has read it.
fn name_the_scenario(library: Res<Library>, mut captions: Query<(&Unfinished, &mut Text)>) {
    for (unfinished, mut text) in &mut captions {
        text.0 = unfinished.caption(&library);
    }
}

fn spawn(
    mut commands: Commands,
    fonts: Res<Fonts>,
    (mut records, library, notice): (ResMut<GameRecords>, Res<Library>, Option<Res<ResumeNotice>>),
) {
    // Arriving with nobody chosen (the learner screen skipped): the
    // fallback learner.
    records.ensure_learner();
    let root = commands
        .spawn(widget::screen_root(Screen::Title))
        .insert(Node {
            width: percent(100),
            height: percent(100),
            flex_direction: FlexDirection::Column,
            align_items: AlignItems::Center,
            justify_content: JustifyContent::Center,
            row_gap: px(space::M),
            padding: UiRect::all(px(space::XL)),
            ..default()
        })
        .id();
    let name = commands
        .spawn(widget::text(
            "Last Word",
            &fonts.bold,
            size::TITLE,
            palette::ACCENT,
        ))
        .id();
    let promise = commands
        .spawn((
            widget::text(
                tr("title-promise"),
                &fonts.regular,
                size::SUBHEADING,
                palette::TEXT,
            ),
            TextLayout::justify(Justify::Center),
            Node {
                max_width: px(760),
                margin: UiRect::bottom(px(space::S)),
                ..default()
            },
        ))
        .id();
    let learner = records
        .learner()
        .map(|l| learner_row(&mut commands, &fonts, &l.name));
    let resume = records
        .unfinished()
        .map(|attempt| continue_button(&mut commands, &fonts, &library, attempt));
    // One main way in: Continue when there is something to continue.
    let play_kind = match resume {
        Some(_) => ButtonKind::Secondary,
        None => ButtonKind::Primary,
    };
    let play = commands
        .spawn((
            widget::button(&fonts, tr("title-play"), play_kind),
            observe(|_: On<Activate>, mut next: ResMut<NextState<Screen>>| {
                next.set(Screen::Picker);
            }),
        ))
        .id();
    let workshop = commands
        .spawn(super::back_button(
            &fonts,
            tr("title-workshop"),
            Screen::WorkshopSetup,
        ))
        .id();
    let progress = commands
        .spawn(super::back_button(
            &fonts,
            tr("title-progress"),
            Screen::Progress,
        ))
        .id();
    let settings = commands
        .spawn((
            widget::button(&fonts, tr("title-settings"), ButtonKind::Secondary),
            observe(|_: On<Activate>, mut next: ResMut<NextState<Screen>>| {
                next.set(Screen::Settings);
            }),
        ))
        .id();
    let quit = commands
        .spawn((
            widget::button(&fonts, tr("title-quit"), ButtonKind::Secondary),
            observe(|_: On<Activate>, mut exit: MessageWriter<AppExit>| {
                exit.write(AppExit::Success);
            }),
        ))
        .id();
    let keys = commands
        .spawn((
            widget::small(&fonts, tr("title-keys"), palette::TEXT_MUTED),
            Node {
                margin: UiRect::top(px(space::L)),
                ..default()
            },
        ))
        .id();
    commands.entity(root).add_children(&[name, promise]);
    if let Some(learner) = learner {
        commands.entity(root).add_child(learner);
    }
    // Said once: the notice goes when the title is left.
    if let Some(notice) = notice {
        let said = commands
            .spawn((
                widget::text(&notice.0, &fonts.regular, size::BODY, palette::WARN),
                TextLayout::justify(Justify::Center),
                Node {
                    max_width: px(760),
                    ..default()
                },
            ))
            .id();
        commands.entity(root).add_child(said);
        commands.remove_resource::<ResumeNotice>();
    }
    if let Some([button, about]) = resume {
        commands.entity(root).add_children(&[button, about]);
    }
    commands
        .entity(root)
        .add_children(&[play, workshop, progress, settings, quit, keys]);
    super::focus(&mut commands, resume.map_or(play, |[button, _]| button));
}

/// "Playing as Ana" and the button that changes learner.
fn learner_row(commands: &mut Commands, fonts: &Fonts, name: &str) -> Entity {
    let row = commands
        .spawn(Node {
            margin: UiRect::bottom(px(space::M)),
            ..widget::row()
        })
        .id();
    let playing = commands
        .spawn(rich(
            pieces("title-playing-as", &[], &[("name", name)]),
            &Style::new(&fonts.regular, size::BODY, palette::TEXT_MUTED),
            &[Style::new(&fonts.bold, size::BODY, palette::TEXT)],
        ))
        .id();
    let change = commands.spawn(super::learners::change_learner(fonts)).id();
    commands.entity(row).add_children(&[playing, change]);
    row
}

/// "Continue", and beneath it the scenario and how far it got.
fn continue_button(
    commands: &mut Commands,
    fonts: &Fonts,
    library: &Library,
    attempt: AttemptSummary,
) -> [Entity; 2] {
    let unfinished = Unfinished {
        scenario: attempt.scenario.clone(),
        replies: attempt.replies,
    };
    let action = Action::Resume {
        attempt: attempt.id,
        scenario: attempt.scenario,
    };
    let button = commands
        .spawn((
            widget::button(fonts, tr("title-continue"), ButtonKind::Primary),
            observe(move |_: On<Activate>, mut actions: MessageWriter<Action>| {
                actions.write(action.clone());
            }),
        ))
        .id();
    let about = commands
        .spawn((
            widget::small(fonts, unfinished.caption(library), palette::TEXT_MUTED),
            unfinished,
        ))
        .id();
    [button, about]
}
