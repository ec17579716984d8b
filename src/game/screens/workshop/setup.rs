//! Setting up a workshop: the running order (scenarios picked in the order
//! they will run), how the room votes (phones, a show of hands, or teams
//! with their names) and Start, which starts the phones' server. Prefilled
//! by `last-word workshop --scenarios … --teams …|--hands`.

use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::prelude::*;
use bevy::ui_widgets::{Activate, observe};

use crate::core::session::fresh_seed;
use crate::game::Screen;
use crate::game::fonts::Fonts;
use crate::game::library::Library;
use crate::game::screens::scroll;
use crate::game::theme::widget::{self, ButtonKind};
use crate::game::theme::{palette, size, space};
use crate::game::workshop::{self as link, WorkshopRequest};
use crate::text::i18n::{tr, tr_args};
use crate::text::workshop::{plan_error, voting_explained, voting_label};
use crate::workshop::Plan;
use crate::workshop::plan::split_teams;
use crate::workshop::record::VotingKind;

/// What the facilitator has chosen so far.
#[derive(Resource, Debug, Clone)]
pub struct Draft {
    /// Scenario ids in running order.
    pub order: Vec<String>,
    pub voting: VotingKind,
    /// Team names as typed, separated by commas.
    pub teams: String,
    pub error: Option<String>,
}

impl Default for Draft {
    fn default() -> Draft {
        Draft {
            order: Vec::new(),
            voting: VotingKind::Phones,
            teams: String::new(),
            error: None,
        }
    }
}

/// The most characters typed into the team names.
const TEAMS_TYPED_MAX: usize = 180;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Draft>()
        .add_systems(OnEnter(Screen::WorkshopSetup), (prefill, spawn).chain())
        .add_systems(
            Update,
            (
                type_teams,
                draw.run_if(resource_changed::<Draft>.or_else(resource_changed::<Library>)),
                open_at_once.run_if(|r: Res<WorkshopRequest>, l: Res<Library>| {
                    r.open && l.is_ready() && !l.entries.is_empty()
                }),
            )
                .chain()
                .run_if(in_state(Screen::WorkshopSetup)),
        );
}

#[derive(Component, Debug)]
struct SetupRoot;

/// The draft from `last-word workshop`'s options (or the defaults).
fn prefill(mut commands: Commands, request: Res<WorkshopRequest>) {
    let voting = request.voting.unwrap_or(if request.teams.is_empty() {
        VotingKind::Phones
    } else {
        VotingKind::Teams
    });
    let teams = match request.teams.is_empty() {
        true => tr("ws-setup-default-teams").to_string(),
        false => request.teams.join(", "),
    };
    commands.insert_resource(Draft {
        order: request.scenarios.clone(),
        voting,
        teams,
        error: None,
    });
}

fn spawn(mut commands: Commands) {
    commands.spawn((
        widget::screen_root(Screen::WorkshopSetup),
        SetupRoot,
        super::super::BackTo(Screen::Title),
    ));
}

/// Draws the screen from the draft.
fn draw(
    mut commands: Commands,
    fonts: Res<Fonts>,
    draft: Res<Draft>,
    library: Res<Library>,
    request: Res<WorkshopRequest>,
    roots: Query<Entity, With<SetupRoot>>,
    scrolled: Query<&ScrollPosition, With<scroll::Scrollable>>,
) {
    let Ok(root) = roots.single() else {
        return;
    };
    // The running order keeps its place when a click draws it again.
    let scrolled = scrolled.iter().next().map(|p| p.0);
    commands.entity(root).despawn_children();
    let heading = commands
        .spawn(widget::heading(&fonts, tr("ws-setup-title")))
        .id();
    let intro = commands
        .spawn(widget::muted(&fonts, tr("ws-setup-intro")))
        .id();
    let columns = commands.spawn(side_by_side()).id();
    let left = commands
        .spawn(widget::titled_panel(&fonts, tr("ws-setup-order")))
        .id();
    share_the_row(&mut commands, left, AlignSelf::Stretch);
    let (frame, list) = scroll::scroll_frame(&mut commands, &fonts);
    if let Some(position) = scrolled {
        commands.entity(list).insert(ScrollPosition(position));
    }
    commands.entity(left).add_child(frame);
    for entry in &library.entries {
        let Some(prepared) = entry.prepared() else {
            continue;
        };
        let id = prepared.scenario.id.clone();
        let place = draft.order.iter().position(|o| *o == id);
        let minutes = prepared.workshop_timing().map_or(String::new(), |t| {
            let about = tr_args("ws-setup-minutes", &[("minutes", t.total.into())]);
            format!("  ·  {about}")
        });
        let label = match place {
            Some(p) => format!("{}.  {}{minutes}", p + 1, prepared.scenario.title),
            None => format!("      {}{minutes}", prepared.scenario.title),
        };
        let kind = match place {
            Some(_) => ButtonKind::Primary,
            None => ButtonKind::Secondary,
        };
        let b = commands
            .spawn(widget::button(&fonts, label, kind))
            .insert(Node {
                justify_content: JustifyContent::FlexStart,
                flex_shrink: 0.0,
                padding: UiRect::axes(px(space::M), px(6)),
                border: UiRect::all(px(2)),
                border_radius: BorderRadius::all(px(10)),
                ..default()
            })
            .insert((observe(move |_: On<Activate>, mut draft: ResMut<Draft>| {
                match draft.order.iter().position(|o| *o == id) {
                    Some(p) => {
                        draft.order.remove(p);
                    }
                    None => draft.order.push(id.clone()),
                }
                draft.error = None;
            }),))
            .id();
        commands.entity(list).add_child(b);
    }
    let right = commands
        .spawn(widget::titled_panel(&fonts, tr("ws-setup-voting")))
        .id();
    share_the_row(&mut commands, right, AlignSelf::FlexStart);
    let kinds = commands.spawn(wrapping_row()).id();
    for kind in [VotingKind::Phones, VotingKind::Hands, VotingKind::Teams] {
        let style = if draft.voting == kind {
            ButtonKind::Primary
        } else {
            ButtonKind::Secondary
        };
        let b = commands
            .spawn((
                widget::button(&fonts, voting_label(kind), style),
                observe(move |_: On<Activate>, mut draft: ResMut<Draft>| {
                    draft.voting = kind;
                    draft.error = None;
                }),
            ))
            .id();
        commands.entity(kinds).add_child(b);
    }
    let explained = commands
        .spawn(widget::body(&fonts, voting_explained(draft.voting)))
        .id();
    commands.entity(right).add_children(&[kinds, explained]);
    if draft.voting == VotingKind::Teams {
        let label = commands
            .spawn(widget::note(&fonts, tr("ws-setup-teams")))
            .id();
        let field = commands
            .spawn((
                Node {
                    padding: UiRect::all(px(space::S)),
                    border: UiRect::all(px(2)),
                    border_radius: BorderRadius::all(px(8)),
                    ..default()
                },
                BorderColor::all(palette::FOCUS),
                BackgroundColor(palette::SURFACE_RAISED),
                children![widget::text(
                    format!("{}|", draft.teams),
                    &fonts.regular,
                    size::SUBHEADING,
                    palette::TEXT
                )],
            ))
            .id();
        commands.entity(right).add_children(&[label, field]);
    }
    if draft.voting != VotingKind::Hands {
        let bind = request.bind();
        let where_ = commands
            .spawn(widget::note(
                &fonts,
                tr_args("ws-setup-address", &[("address", bind.to_string().into())]),
            ))
            .id();
        commands.entity(right).add_child(where_);
    }
    if let Some(error) = &draft.error {
        let e = commands
            .spawn(widget::text(
                error.clone(),
                &fonts.regular,
                size::BODY,
                palette::BAD,
            ))
            .id();
        commands.entity(right).add_child(e);
    }
    let buttons = commands.spawn(wrapping_row()).id();
    let start = commands
        .spawn((
            widget::button(&fonts, tr("ws-setup-start"), ButtonKind::Primary),
            observe(|_: On<Activate>, mut commands: Commands| {
                commands.run_system_cached(start);
            }),
        ))
        .id();
    let back = commands
        .spawn(super::super::back_button(
            &fonts,
            tr("ws-setup-back"),
            Screen::Title,
        ))
        .id();
    commands.entity(buttons).add_children(&[start, back]);
    commands.entity(right).add_child(buttons);
    commands.entity(columns).add_children(&[left, right]);
    commands
        .entity(root)
        .add_children(&[heading, intro, columns]);
    super::super::focus(&mut commands, start);
}

/// A row of buttons that wraps onto more lines when their words are long.
fn wrapping_row() -> Node {
    Node {
        flex_wrap: FlexWrap::Wrap,
        row_gap: px(space::S),
        ..widget::button_row()
    }
}

/// The running order beside how the room votes, filling the window under
/// the heading: the list scrolls when it is longer than the window, and
/// the voting panel with Start stays in view at 1280×720.
fn side_by_side() -> Node {
    Node {
        flex_wrap: FlexWrap::NoWrap,
        align_items: AlignItems::Stretch,
        flex_grow: 1.0,
        min_height: px(0),
        ..widget::columns()
    }
}

/// A panel of [`side_by_side`] takes half the row, its text wrapping to it;
/// the voting panel as tall as what it holds, the list the row's height.
fn share_the_row(commands: &mut Commands, panel: Entity, align: AlignSelf) {
    commands
        .entity(panel)
        .entry::<Node>()
        .and_modify(move |mut node| {
            node.align_self = align;
            node.flex_grow = 1.0;
            node.flex_basis = px(0);
            node.min_width = px(0);
            node.min_height = px(0);
        });
}

/// Letters typed while teams are chosen go into the team names.
fn type_teams(mut keys: MessageReader<KeyboardInput>, mut draft: ResMut<Draft>) {
    for key in keys.read() {
        if key.state != ButtonState::Pressed || draft.voting != VotingKind::Teams {
            continue;
        }
        match &key.logical_key {
            Key::Character(typed) => {
                let room = TEAMS_TYPED_MAX.saturating_sub(draft.teams.chars().count());
                let typed: String = typed
                    .chars()
                    .filter(|c| !c.is_control())
                    .take(room)
                    .collect();
                draft.teams.push_str(&typed);
            }
            Key::Backspace => {
                draft.teams.pop();
            }
            _ => continue,
        }
        draft.error = None;
    }
}

/// `last-word workshop --open`: starts as soon as the scenarios are read
/// and opens the first decision's vote.
fn open_at_once(world: &mut World) {
    world.resource_mut::<WorkshopRequest>().open = false;
    start(world);
    if let Some(mut run) = world.get_resource_mut::<link::WorkshopRun>() {
        let run = &mut *run;
        let workshop = &mut run.workshop;
        run.phones.with_live(|live| {
            let _ = workshop.begin(live);
            let _ = workshop.open_vote(live);
        });
    }
}

/// Checks the plan, starts the workshop (and its server) and opens the
/// projector screen; a problem stays on this screen in words.
pub fn start(world: &mut World) {
    let draft = world.resource::<Draft>().clone();
    let library = world.resource::<Library>();
    let mut scenarios = Vec::new();
    for id in &draft.order {
        match library.find_id(id).and_then(|e| e.prepared()) {
            Some(p) => scenarios.push(p.clone()),
            None => {
                world.resource_mut::<Draft>().error = Some(tr_args(
                    "ws-setup-no-scenario",
                    &[("id", id.as_str().into())],
                ));
                return;
            }
        }
    }
    let teams = match draft.voting {
        VotingKind::Teams => split_teams(&draft.teams),
        _ => Vec::new(),
    };
    let request = world.resource::<WorkshopRequest>().clone();
    let seed = request.seed.unwrap_or_else(fresh_seed);
    let started = Plan::new(scenarios, draft.voting, teams, seed)
        .map_err(|e| plan_error(&e))
        .and_then(|plan| link::start(world, plan, request.bind()));
    match started {
        Ok(()) => world
            .resource_mut::<NextState<Screen>>()
            .set(Screen::Workshop),
        Err(message) => world.resource_mut::<Draft>().error = Some(message),
    }
}
