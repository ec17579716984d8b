//! Scripted runs for tests and the README:
//! `last-word --scenario ID --choices 1,2 --screenshot PATH [--screen S]`
//! opens the game, plays those replies through the same actions a player
//! uses, waits for the screen to settle, saves a PNG of the window and
//! exits. Works in reactive rendering: it asks for frames while it runs.
//!
//! The replies are stable numbers (positions in the scenario file), as
//! `play --choices` and `analyze` use them, whatever order the screen shows
//! them in. If the conversation ends before the list does (the customer
//! walks out, or an ending is reached), the rest go unused and a note on
//! stderr says so; `--choices ""` plays none.

use std::sync::Arc;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured, save_to_disk};
use bevy::window::RequestRedraw;

use super::conversation::Action;
use super::library::{Library, Status};
use super::redraw::KeepAwake;
use super::settings::{Settings, TextSpeed};
use super::{GameOptions, Screen};
use crate::core::session::{Position, Prepared, Session};
use crate::workshop::Plan;
use crate::workshop::record::VotingKind;

/// Which screen a scripted run captures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScreenArg {
    Title,
    Picker,
    Settings,
    /// The scenario after the given replies (the default with --scenario).
    Play,
    /// The debrief after the given replies (they must reach an ending).
    Debrief,
    /// Who is playing: the learners to pick from and the name field.
    Learners,
    /// The learner's progress and what to play next.
    Progress,
    /// The workshop's projector at its first decision, the vote open and
    /// simulated phones' votes in (needs --scenario).
    Workshop,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// Waiting for the scenarios to load.
    Loading,
    /// Moving to the screen and playing the replies.
    Navigate,
    /// Frames drawn since navigating.
    Settle(u32),
    /// Waiting for the screenshot to be written.
    Capturing,
    Done,
}

#[derive(Resource, Debug)]
struct Script {
    stage: Stage,
    /// Frames spent waiting, to give up on a scenario folder that never loads.
    waited: u32,
}

/// Marks that the screenshot has been written.
#[derive(Resource, Debug)]
struct Captured;

/// Frames drawn after navigating before the capture: enough for layout,
/// text and the meters to settle.
const SETTLE_FRAMES: u32 = 12;
/// Frames to wait for the scenarios before giving up (about a minute on a
/// slow software renderer).
const LOAD_FRAMES: u32 = 3_000;

pub(super) fn plugin(app: &mut App) {
    let scripted = app
        .world()
        .get_resource::<GameOptions>()
        .is_some_and(|o| o.screenshot.is_some());
    if !scripted {
        return;
    }
    // Lines appear at once in a screenshot.
    if let Some(mut settings) = app.world_mut().get_resource_mut::<Settings>() {
        settings.text_speed = TextSpeed::Instant;
        settings.fullscreen = false;
    }
    app.insert_resource(Script {
        stage: Stage::Loading,
        waited: 0,
    })
    .add_systems(Last, drive);
}

/// Ends a scripted run with a message and exit code 1.
fn fail(exit: &mut MessageWriter<AppExit>, message: String) {
    eprintln!("error: {message}");
    exit.write(AppExit::error());
}

#[allow(clippy::too_many_arguments)]
fn drive(
    mut commands: Commands,
    mut script: ResMut<Script>,
    options: Res<GameOptions>,
    library: Res<Library>,
    captured: Option<Res<Captured>>,
    mut awake: ResMut<KeepAwake>,
    mut redraw: MessageWriter<RequestRedraw>,
    mut next: ResMut<NextState<Screen>>,
    mut actions: MessageWriter<Action>,
    mut exit: MessageWriter<AppExit>,
) {
    redraw.write(RequestRedraw);
    awake.0 = awake.0.max(2);
    match script.stage {
        Stage::Loading => {
            script.waited += 1;
            if library.is_ready() && script.waited > 2 {
                script.stage = Stage::Navigate;
            } else if script.waited > LOAD_FRAMES {
                fail(&mut exit, "the scenarios did not finish loading".into());
                script.stage = Stage::Done;
            }
        }
        Stage::Navigate if options.screen == Some(ScreenArg::Workshop) => {
            match workshop_plan(&options, &library) {
                Ok(plan) => {
                    let choices = options.choices.clone();
                    commands.queue(move |world: &mut World| {
                        if let Err(message) = workshop_scene(world, plan, &choices) {
                            eprintln!("error: {message}");
                            world.write_message(AppExit::error());
                        }
                    });
                    script.stage = Stage::Settle(0);
                }
                Err(message) => {
                    fail(&mut exit, message);
                    script.stage = Stage::Done;
                }
            }
        }
        Stage::Navigate => match navigate(&options, &library, &mut next, &mut actions) {
            Ok(()) => script.stage = Stage::Settle(0),
            Err(message) => {
                fail(&mut exit, message);
                script.stage = Stage::Done;
            }
        },
        Stage::Settle(n) if n < SETTLE_FRAMES => script.stage = Stage::Settle(n + 1),
        Stage::Settle(_) => {
            let path = options
                .screenshot
                .clone()
                .expect("scripted runs have a path");
            commands
                .spawn(Screenshot::primary_window())
                .observe(save_to_disk(path))
                .observe(|_: On<ScreenshotCaptured>, mut commands: Commands| {
                    commands.insert_resource(Captured);
                });
            script.stage = Stage::Capturing;
        }
        Stage::Capturing => {
            if captured.is_some() {
                let path = options
                    .screenshot
                    .clone()
                    .expect("scripted runs have a path");
                if path.is_file() {
                    exit.write(AppExit::Success);
                } else {
                    fail(
                        &mut exit,
                        format!("the screenshot could not be written to {}", path.display()),
                    );
                }
                script.stage = Stage::Done;
            }
        }
        Stage::Done => {}
    }
}

/// Moves to the screen asked for, checking the replies first so a wrong
/// number is a clear error, not a silent no-op.
fn navigate(
    options: &GameOptions,
    library: &Library,
    next: &mut NextState<Screen>,
    actions: &mut MessageWriter<Action>,
) -> Result<(), String> {
    let screen = options.screen.unwrap_or(if options.scenario.is_some() {
        ScreenArg::Play
    } else {
        ScreenArg::Title
    });
    match screen {
        // A scripted run starts on the title, whoever is playing.
        ScreenArg::Title => return Ok(()),
        ScreenArg::Learners => {
            next.set(Screen::Learners);
            return Ok(());
        }
        ScreenArg::Progress => {
            next.set(Screen::Progress);
            return Ok(());
        }
        ScreenArg::Picker => {
            next.set(Screen::Picker);
            return Ok(());
        }
        ScreenArg::Settings => {
            next.set(Screen::Settings);
            return Ok(());
        }
        ScreenArg::Play | ScreenArg::Debrief | ScreenArg::Workshop => {}
    }
    let Some(wanted) = &options.scenario else {
        return Err(format!(
            "--screen {} needs --scenario <ID>",
            if screen == ScreenArg::Play {
                "play"
            } else {
                "debrief"
            }
        ));
    };
    let entry = library
        .find_id(wanted)
        .or_else(|| library.find_file(wanted))
        .or_else(|| library.find_file(&format!("{wanted}.ron")));
    let Some(entry) = entry else {
        let ids: Vec<String> = library
            .entries
            .iter()
            .filter_map(|e| e.prepared().map(|p| p.scenario.id.clone()))
            .collect();
        return Err(format!(
            "no scenario `{wanted}`; the scenarios are: {}",
            ids.join(", ")
        ));
    };
    let seed = options.seed.unwrap_or(1);
    actions.write(Action::Open {
        file: entry.file.clone(),
        seed,
    });
    let Status::Ready(prepared) = &entry.status else {
        // A broken scenario opens on its errors: that is the screen.
        return Ok(());
    };
    let played = check_choices(
        prepared,
        seed,
        &options.choices,
        screen == ScreenArg::Debrief,
    )?;
    let last = played.len();
    for (i, &number) in played.iter().enumerate() {
        actions.write(Action::Choose(number));
        // Move past each reply's feedback, except the last one's on the
        // play screen: that is what the capture shows.
        if i + 1 < last || screen == ScreenArg::Debrief {
            actions.write(Action::Continue);
        }
    }
    Ok(())
}

/// The workshop a `--screen workshop` capture shows: the scenario given,
/// the room voting from phones.
fn workshop_plan(options: &GameOptions, library: &Library) -> Result<Plan, String> {
    let wanted = options
        .scenario
        .as_deref()
        .ok_or("--screen workshop needs --scenario <ID>")?;
    let prepared = library
        .find_id(wanted)
        .and_then(|e| e.prepared())
        .ok_or_else(|| format!("no scenario `{wanted}` is ready to run"))?;
    Plan::new(
        vec![Arc::clone(prepared)],
        VotingKind::Phones,
        Vec::new(),
        options.seed.unwrap_or(1),
    )
    .map_err(|e| e.to_string())
}

/// Simulated phones in the room, and how they vote by the place a reply is
/// shown at (the rest have joined but not voted yet).
const SCENE_PHONES: usize = 23;
const SCENE_VOTES: [usize; 4] = [4, 9, 3, 2];

/// Starts the workshop on loopback, opens the first decision's vote and
/// has simulated phones join and vote through the room's live state, as
/// the server would: the projector with a live tally. With `choices`, the
/// facilitator plays those replies (stable numbers) over the votes; the
/// last one's reaction and coaching are shown, or the debrief if the
/// conversation ended.
fn workshop_scene(world: &mut World, plan: Plan, choices: &[usize]) -> Result<(), String> {
    let loopback = std::net::SocketAddr::from(([127, 0, 0, 1], 0));
    crate::game::workshop::start(world, plan, loopback)?;
    let mut run = world.resource_mut::<crate::game::workshop::WorkshopRun>();
    let run = &mut *run;
    let workshop = &mut run.workshop;
    run.phones.with_live(|live| {
        let code = live.room().code().as_str().to_string();
        let tokens: Vec<_> = (0..SCENE_PHONES)
            .filter_map(|i| live.join(&format!("phone {i}"), &code, "", None, 0).ok())
            .map(|(token, _)| token)
            .collect();
        workshop.next(live).map_err(|e| e.to_string())?;
        workshop.next(live).map_err(|e| e.to_string())?;
        for (i, &number) in choices.iter().enumerate() {
            scene_votes(workshop, live, &tokens)?;
            workshop.tick(34.0);
            workshop.lock(live).map_err(|e| e.to_string())?;
            workshop
                .override_choice(0, number)
                .map_err(|e| format!("choice {}: {e}", i + 1))?;
            workshop.reveal(live).map_err(|e| e.to_string())?;
            workshop.reveal_coaching().map_err(|e| e.to_string())?;
            let ended = workshop.sides()[0].session.is_over();
            if i + 1 < choices.len() || ended {
                workshop.move_on(live).map_err(|e| e.to_string())?;
            }
            if ended {
                return Ok(());
            }
            if i + 1 < choices.len() {
                workshop.open_vote(live).map_err(|e| e.to_string())?;
            }
        }
        if choices.is_empty() {
            scene_votes(workshop, live, &tokens)?;
        }
        Ok::<(), String>(())
    })?;
    run.workshop.tick(34.0);
    world
        .resource_mut::<NextState<Screen>>()
        .set(Screen::Workshop);
    Ok(())
}

/// The simulated phones vote on the open decision.
fn scene_votes(
    workshop: &crate::workshop::Workshop,
    live: &mut crate::workshop::Live,
    tokens: &[crate::workshop::Token],
) -> Result<(), String> {
    let view = workshop.sides()[0]
        .view
        .clone()
        .ok_or("the scenario has no decision")?;
    let mut phones = tokens.iter();
    for (shown, &votes) in SCENE_VOTES.iter().enumerate() {
        let Some(number) = view.number_shown_at(shown + 1) else {
            continue;
        };
        for token in phones.by_ref().take(votes) {
            live.vote(token, number).map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

/// Plays the replies on a copy of the session to report a bad one exactly,
/// and returns those that play: the rest, past the conversation's end, are
/// reported in a note. (The order replies are shown in changes nothing here.)
fn check_choices<'a>(
    prepared: &Arc<Prepared>,
    seed: u64,
    choices: &'a [usize],
    to_the_end: bool,
) -> Result<&'a [usize], String> {
    let mut session = Session::new(Arc::clone(prepared), seed);
    for (i, &number) in choices.iter().enumerate() {
        if let Position::Ended { walked_out, .. } = session.position() {
            let note = crate::text::unused_choices(i, choices.len() - i, walked_out);
            eprintln!("note: {note}.");
            return Ok(&choices[..i]);
        }
        session
            .choose(number)
            .map_err(|e| format!("choice {}: {e}", i + 1))?;
    }
    if to_the_end && !session.is_over() {
        let view = session.view().expect("not over");
        let best: Vec<String> = prepared
            .best_choices()
            .iter()
            .map(usize::to_string)
            .collect();
        return Err(format!(
            "the replies stop at `{}` before an ending, so there is no debrief; the best path is --choices {}",
            view.node,
            best.join(",")
        ));
    }
    Ok(choices)
}
