//! The workshop's projector screens: set-up, then one screen that shows
//! wherever the flow is — the room joining, a decision (the customer, the
//! replies, the live tally, the room's choice, the consequence, the
//! coaching, the discussion timer), the room's debrief, the teams'
//! standings and the end.
//!
//! The screen is drawn again whenever the workshop moves: after the
//! facilitator's key or click, when a phone's vote arrives (the server
//! wakes the game), when the discussion timer's seconds change and when
//! the window is resized (sizes follow the window's height so the text
//! reads from the back of the room at 720 and 1080 lines).
//!
//! Nothing is cut off: when what a screen shows is taller than the window
//! (a long line, long replies, many teams), it is drawn again a little
//! smaller until it fits ([`Fit`]), never below [`MIN_FIT`] of its size.
//!
//! The facilitator's notes are shown only when the facilitator asks (N),
//! under a bright "Notes on screen" marker, so they never reach the room
//! by accident.
//!
//! ## Keys (a presenter remote sends the arrows and Page Up/Down)
//! | Key | Does |
//! | --- | --- |
//! | Right, Page Down, Space, Enter | Next: start, open the vote, lock it, play the choice, reveal the coaching, next decision |
//! | Left, Page Up | Back: close a vote opened by mistake, undo an override, hide the coaching |
//! | 1–9 | After the lock: play the reply shown at that place instead. Show of hands: type the count |
//! | Up, Down | Show of hands: the reply typed into. Teams: the team shown large |
//! | T, S | Start or pause the discussion timer; skip it |
//! | N | The facilitator's notes on or off |
//! | Esc (twice) | End the workshop |

mod projector;
mod qr;
pub(crate) mod setup;
mod summary;

use bevy::input_focus::InputFocus;
use bevy::prelude::*;
use bevy::ui::{UiGlobalTransform, UiSystems};
use bevy::window::PrimaryWindow;

use crate::game::Screen;
use crate::game::fonts::Fonts;
use crate::game::redraw::{Animating, KeepAwake, SETTLE_FRAMES};
use crate::game::workshop::{Facilitate, WorkshopRun};
use crate::workshop::Step;

pub(super) fn plugin(app: &mut App) {
    app.add_plugins(setup::plugin)
        .add_systems(OnEnter(Screen::Workshop), spawn_root)
        .add_systems(
            Update,
            (keys, draw)
                .chain()
                .run_if(in_state(Screen::Workshop))
                .run_if(resource_exists::<WorkshopRun>),
        )
        .add_systems(
            PostUpdate,
            fit.after(UiSystems::Layout)
                .before(UiSystems::PostLayout)
                .run_if(in_state(Screen::Workshop)),
        );
}

/// The projector screen's root, redrawn as the workshop moves.
#[derive(Component, Debug)]
struct ProjectorRoot;

/// What the screen last showed: redraw when any of it changes.
#[derive(Component, Debug, Default, PartialEq, Clone, Copy)]
struct Drawn {
    revision: u64,
    version: u64,
    height: u32,
    fit: f32,
}

/// How much smaller than its full size the screen is drawn so that all of
/// it fits the window, for what it shows now ([`FitKey`]): 1 is full size.
/// Found after layout ([`fit`]); what a new step shows starts at full size.
#[derive(Component, Debug, Clone, PartialEq)]
struct Fit {
    factor: f32,
    key: FitKey,
    /// The largest factor seen to fit, and the smallest seen not to.
    fits: Option<f32>,
    overflows: Option<f32>,
}

impl Fit {
    fn new(key: FitKey) -> Fit {
        Fit {
            factor: 1.0,
            key,
            fits: None,
            overflows: None,
        }
    }
}

/// What decides how tall the screen is: a new step, decision, team in
/// focus, the notes or the window's height. Votes and the timer's seconds
/// change nothing of it, so the screen keeps its size while they come in.
#[derive(Debug, Clone, PartialEq, Default)]
struct FitKey {
    step: Option<Step>,
    scenario: usize,
    node: Option<String>,
    focus: usize,
    notes: bool,
    height: u32,
}

/// The smallest a screen is drawn to fit: below it, a line would no longer
/// read from the back of the room.
pub const MIN_FIT: f32 = 0.6;

/// Sizes on the projector, following the window's height.
#[derive(Debug, Clone, Copy)]
pub struct Scale(pub f32);

impl Scale {
    /// `v` logical pixels at 720 lines, scaled to the window.
    pub fn px(self, v: f32) -> f32 {
        v * self.0
    }
}

fn spawn_root(mut commands: Commands) {
    commands.spawn((
        Name::new("Workshop screen"),
        ProjectorRoot,
        Drawn::default(),
        Fit::new(FitKey::default()),
        Node {
            width: percent(100),
            height: percent(100),
            flex_direction: FlexDirection::Column,
            ..default()
        },
        BackgroundColor(crate::game::theme::palette::BACKGROUND),
        DespawnOnExit(Screen::Workshop),
    ));
}

/// The facilitator's keys (see the module).
fn keys(
    keys: Option<Res<ButtonInput<KeyCode>>>,
    mut focus: ResMut<InputFocus>,
    run: Res<WorkshopRun>,
    mut asked: MessageWriter<Facilitate>,
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(keys) = keys else {
        return;
    };
    if run.workshop.step() == Step::Ended {
        if keys.just_pressed(KeyCode::Escape) {
            next.set(Screen::Title);
        }
        return;
    }
    // Enter and Space are "Next" here, not a focused button's click.
    if focus.get().is_some() {
        focus.clear();
    }
    let hands = run.workshop.plan().voting == crate::workshop::record::VotingKind::Hands;
    let step = run.workshop.step();
    for key in keys.get_just_pressed() {
        let request = match key {
            KeyCode::ArrowRight
            | KeyCode::PageDown
            | KeyCode::Space
            | KeyCode::Enter
            | KeyCode::NumpadEnter => Some(Facilitate::Next),
            KeyCode::ArrowLeft | KeyCode::PageUp => Some(Facilitate::Back),
            KeyCode::KeyT => Some(Facilitate::ToggleTimer),
            KeyCode::KeyS => Some(Facilitate::SkipTimer),
            KeyCode::KeyN => Some(Facilitate::ToggleNotes),
            KeyCode::Escape => Some(Facilitate::End),
            KeyCode::Backspace if hands => Some(Facilitate::Erase),
            KeyCode::ArrowUp if hands => Some(Facilitate::Cursor(-1)),
            KeyCode::ArrowDown if hands => Some(Facilitate::Cursor(1)),
            KeyCode::ArrowUp => Some(Facilitate::Focus(-1)),
            KeyCode::ArrowDown => Some(Facilitate::Focus(1)),
            _ => super::digit(*key).and_then(|d| match step {
                Step::Voting if hands => Some(Facilitate::Digit(d)),
                Step::Locked if d > 0 => Some(Facilitate::Override(d as usize)),
                _ => None,
            }),
        };
        if let Some(request) = request {
            asked.write(request);
        }
    }
}

/// Draws the screen again when the workshop, the votes or the window
/// changed. A phone's vote moves the live state's version, read once a
/// frame; frames come only when something happens (the server wakes the
/// loop), so waiting for votes costs nothing.
fn draw(
    mut commands: Commands,
    fonts: Res<Fonts>,
    mut run: ResMut<WorkshopRun>,
    mut roots: Query<(Entity, &mut Drawn, &mut Fit), With<ProjectorRoot>>,
    windows: Query<&Window, With<PrimaryWindow>>,
    mut images: Option<ResMut<Assets<Image>>>,
    mut awake: ResMut<KeepAwake>,
) {
    let Ok((root, mut drawn, mut fit)) = roots.single_mut() else {
        return;
    };
    let height = windows.single().map_or(720.0, |w| w.height());
    let run = run.bypass_change_detection();
    let key = fit_key(run, height as u32);
    if fit.key != key {
        *fit = Fit::new(key);
    }
    let now = Drawn {
        revision: run.revision,
        version: run.phones.with_live(|l| l.version()),
        height: height as u32,
        fit: fit.factor,
    };
    if *drawn == now {
        return;
    }
    *drawn = now;
    awake.0 = awake.0.max(SETTLE_FRAMES);
    let scale = Scale((height / 720.0).clamp(0.75, 2.5) * fit.factor);
    if run.qr.is_none()
        && let (Some(url), Some(images)) = (run.phones.join_url(), images.as_deref_mut())
    {
        run.qr = qr::image(&url, images);
    }
    commands.entity(root).despawn_children();
    let ctx = projector::Ctx {
        fonts: &fonts,
        scale,
    };
    let body = match run.workshop.step() {
        Step::Joining => projector::joining(&mut commands, &ctx, run),
        Step::Reading | Step::Voting | Step::Locked | Step::Revealed { .. } => {
            projector::decision(&mut commands, &ctx, run)
        }
        Step::Debrief => summary::debrief(&mut commands, &ctx, run),
        Step::Standings => summary::standings(&mut commands, &ctx, run),
        Step::Ended => summary::ended(&mut commands, &ctx, run),
    };
    let controls = projector::controls(&mut commands, &ctx, run);
    commands.entity(root).add_children(&[body, controls]);
    if run.workshop.timer().is_running() {
        // The clock's seconds tick on screen while the discussion runs.
        let ticking = commands.spawn(Animating).id();
        commands.entity(root).add_child(ticking);
    }
}

fn fit_key(run: &WorkshopRun, height: u32) -> FitKey {
    let focus = run.focus;
    FitKey {
        step: Some(run.workshop.step()),
        scenario: run.workshop.scenario().1,
        node: run
            .workshop
            .sides()
            .get(focus)
            .and_then(|s| s.view.as_ref())
            .map(|v| v.node.clone()),
        focus,
        notes: run.notes,
        height,
    }
}

/// After layout: if anything on the screen reaches below the window's
/// body (it would be cut off), the screen is drawn again smaller, first by
/// about as much as it is too tall, then halving the gap between the
/// largest size seen to fit and the smallest seen not to, until they are
/// within 2% (or the size reaches [`MIN_FIT`]): a few frames at most.
fn fit(
    mut roots: Query<(&Children, &mut Fit), With<ProjectorRoot>>,
    nodes: Query<(&ComputedNode, &UiGlobalTransform)>,
    children: Query<&Children>,
    mut awake: ResMut<KeepAwake>,
) {
    for (kids, mut fit) in &mut roots {
        let Some(body) = kids.first().copied() else {
            continue;
        };
        let Ok((node, place)) = nodes.get(body) else {
            continue;
        };
        let available = node.size().y;
        if available <= 0.0 {
            continue;
        }
        let top = place.translation.y - available / 2.0;
        let bottom = children
            .iter_descendants(body)
            .filter_map(|d| nodes.get(d).ok())
            .filter(|(n, _)| n.size().y > 0.0)
            .map(|(n, p)| p.translation.y + n.size().y / 2.0)
            .fold(top, f32::max);
        let needed = bottom - top + node.padding.max_inset.y;
        let now = fit.factor;
        let next = if needed > available + 1.0 {
            fit.overflows = Some(fit.overflows.map_or(now, |o| o.min(now)));
            match fit.fits {
                Some(lo) if now - lo > 0.02 => (lo + now) / 2.0,
                Some(lo) => lo,
                None => now * (available / needed).powf(0.75),
            }
        } else {
            fit.fits = Some(fit.fits.map_or(now, |f| f.max(now)));
            match fit.overflows {
                Some(hi) if hi - now > 0.02 => (now + hi) / 2.0,
                _ => now,
            }
        };
        let next = next.clamp(MIN_FIT, 1.0);
        if (next - now).abs() >= 0.005 {
            fit.factor = next;
            awake.0 = awake.0.max(SETTLE_FRAMES);
        }
    }
}
