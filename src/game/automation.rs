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
use crate::workshop::record::VotingKind;
use crate::workshop::{Plan, Step};

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
    /// simulated phones' votes in (needs --scenario, or `last-word
    /// workshop --scenarios`).
    Workshop,
    /// The workshop's set-up screen, prefilled from `last-word workshop`'s
    /// options (or --scenario).
    WorkshopSetup,
    /// The teams' standings after the first scenario, played through by
    /// simulated teams (needs `last-word workshop --teams`).
    Standings,
    /// The end screen of a workshop played through to its end.
    WorkshopEnd,
}

impl ScreenArg {
    /// The workshop's screens after the set-up, made by a simulated room.
    fn workshop_scene(self) -> Option<Scene> {
        match self {
            ScreenArg::Workshop => Some(Scene::Decision),
            ScreenArg::Standings => Some(Scene::Standings),
            ScreenArg::WorkshopEnd => Some(Scene::End),
            _ => None,
        }
    }
}

/// How far a simulated room takes a workshop before the capture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scene {
    /// The first decision, the vote open (or the replies in --choices played).
    Decision,
    /// Every team through the first scenario, to the standings.
    Standings,
    /// Every scenario played, and the workshop ended as the facilitator
    /// ends it (its record saved and exported like any other).
    End,
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
    watch(app);
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
        Stage::Navigate if options.screen == Some(ScreenArg::WorkshopSetup) => {
            // The set-up screen reads the request as `last-word workshop`
            // made it; it never starts by itself here.
            let mut request = options.workshop.clone().unwrap_or_default();
            if request.scenarios.is_empty() {
                request.scenarios.extend(options.scenario.clone());
            }
            request.open = false;
            commands.insert_resource(request);
            next.set(Screen::WorkshopSetup);
            script.stage = Stage::Settle(0);
        }
        Stage::Navigate if options.screen.and_then(ScreenArg::workshop_scene).is_some() => {
            let scene = options
                .screen
                .and_then(ScreenArg::workshop_scene)
                .expect("a workshop scene");
            match workshop_plan(&options, &library, scene) {
                Ok(plan) => {
                    let choices = options.choices.clone();
                    commands.queue(move |world: &mut World| {
                        if let Err(message) = workshop_scene(world, plan, scene, &choices) {
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
        ScreenArg::Play | ScreenArg::Debrief => {}
        // Handled before navigating.
        ScreenArg::Workshop
        | ScreenArg::WorkshopSetup
        | ScreenArg::Standings
        | ScreenArg::WorkshopEnd => return Ok(()),
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

/// The workshop a workshop capture shows: `last-word workshop`'s running
/// order, voting and teams, or the --scenario given with the room voting
/// from phones.
fn workshop_plan(options: &GameOptions, library: &Library, scene: Scene) -> Result<Plan, String> {
    let request = options.workshop.clone().unwrap_or_default();
    let mut ids = request.scenarios.clone();
    if ids.is_empty() {
        ids.extend(options.scenario.clone());
    }
    if ids.is_empty() {
        return Err(
            "a workshop capture needs --scenario <ID> (or `last-word workshop --scenarios`)".into(),
        );
    }
    let scenarios = ids
        .iter()
        .map(|wanted| {
            library
                .find_id(wanted)
                .and_then(|e| e.prepared())
                .map(Arc::clone)
                .ok_or_else(|| format!("no scenario `{wanted}` is ready to run"))
        })
        .collect::<Result<Vec<_>, String>>()?;
    let voting = request.voting.unwrap_or(if request.teams.is_empty() {
        VotingKind::Phones
    } else {
        VotingKind::Teams
    });
    if scene == Scene::Standings && voting != VotingKind::Teams {
        return Err("--screen standings needs teams: `last-word workshop --teams A,B`".into());
    }
    Plan::new(
        scenarios,
        voting,
        request.teams.clone(),
        options.seed.unwrap_or(1),
    )
    .map_err(|e| e.to_string())
}

/// Simulated phones in the room, and how they vote by the place a reply is
/// shown at (the rest have joined but not voted yet).
const SCENE_PHONES: usize = 23;
const SCENE_VOTES: [usize; 4] = [4, 9, 3, 2];

/// Starts the workshop on loopback with simulated phones in the room (for
/// teams, shared out between them) and takes it as far as `scene` says,
/// through the same flow the facilitator's keys drive:
/// - [`Scene::Decision`]: the first decision's vote open with votes in: the
///   projector with a live tally. With `choices`, the facilitator plays
///   those replies (stable numbers) over the votes; the last one's
///   reaction and coaching are shown, or the debrief if the conversation
///   ended.
/// - [`Scene::Standings`], [`Scene::End`]: the room plays through, each
///   team's phones mostly voting along a path of their own (the best path
///   for the first team, the worst for the second, the reply shown second
///   for the third, and so on).
fn workshop_scene(
    world: &mut World,
    plan: Plan,
    scene: Scene,
    choices: &[usize],
) -> Result<(), String> {
    let loopback = std::net::SocketAddr::from(([127, 0, 0, 1], 0));
    crate::game::workshop::start(world, plan, loopback)?;
    let mut run = world.resource_mut::<crate::game::workshop::WorkshopRun>();
    let run = &mut *run;
    let workshop = &mut run.workshop;
    let last_step = run.phones.with_live(|live| {
        let code = live.room().code().as_str().to_string();
        let teams = workshop.plan().teams.len();
        let tokens: Vec<_> = match workshop.plan().voting {
            VotingKind::Hands => Vec::new(),
            _ => (0..SCENE_PHONES)
                .filter_map(|i| {
                    let team = (teams > 0).then(|| i % teams);
                    live.join(&format!("phone {i}"), &code, "", team, 0).ok()
                })
                .map(|(token, phone)| (token, phone.team.unwrap_or(0)))
                .collect(),
        };
        if workshop.step() == Step::Joining {
            workshop.next(live).map_err(|e| e.to_string())?;
        }
        match scene {
            Scene::Decision => {
                workshop.open_vote(live).map_err(|e| e.to_string())?;
                decision_scene(workshop, live, &tokens, choices)
            }
            Scene::Standings => {
                play_scenario(workshop, live, &tokens)?;
                workshop.next(live).map_err(|e| e.to_string())?;
                Ok(false)
            }
            Scene::End => loop {
                play_scenario(workshop, live, &tokens)?;
                if workshop.plan().voting == VotingKind::Teams {
                    workshop.next(live).map_err(|e| e.to_string())?;
                }
                if workshop.is_last_scenario() {
                    // The facilitator's last Next ends the workshop.
                    break Ok(true);
                }
                workshop.next(live).map_err(|e| e.to_string())?;
            },
        }
    })?;
    run.workshop.tick(34.0);
    if last_step {
        world.write_message(crate::game::workshop::Facilitate::Next);
    }
    world
        .resource_mut::<NextState<Screen>>()
        .set(Screen::Workshop);
    Ok(())
}

/// The first decision with votes in, or the replies in `choices` played.
/// Never asks for a last step.
fn decision_scene(
    workshop: &mut crate::workshop::Workshop,
    live: &mut crate::workshop::Live,
    tokens: &[(crate::workshop::Token, usize)],
    choices: &[usize],
) -> Result<bool, String> {
    for (i, &number) in choices.iter().enumerate() {
        scene_votes(workshop, live, tokens)?;
        workshop.tick(34.0);
        workshop.lock(live).map_err(|e| e.to_string())?;
        workshop
            .override_choice(0, number)
            .map_err(|e| format!("choice {}: {e}", i + 1))?;
        workshop.reveal(live).map_err(|e| e.to_string())?;
        workshop.reveal_coaching().map_err(|e| e.to_string())?;
        let ended = workshop.sides().iter().all(|s| s.session.is_over());
        if i + 1 < choices.len() || ended {
            workshop.move_on(live).map_err(|e| e.to_string())?;
        }
        if ended {
            return Ok(false);
        }
        if i + 1 < choices.len() {
            workshop.open_vote(live).map_err(|e| e.to_string())?;
        }
    }
    if choices.is_empty() {
        scene_votes(workshop, live, tokens)?;
    }
    Ok(false)
}

/// The simulated phones vote on the open decision: each team's phones as
/// [`SCENE_VOTES`] spreads them over the replies shown.
fn scene_votes(
    workshop: &mut crate::workshop::Workshop,
    live: &mut crate::workshop::Live,
    tokens: &[(crate::workshop::Token, usize)],
) -> Result<(), String> {
    if workshop.plan().voting == VotingKind::Hands {
        let counts = SCENE_VOTES.map(|n| n as u32);
        return workshop.set_hands(0, &counts).map_err(|e| e.to_string());
    }
    for (team, side) in workshop.sides().iter().enumerate() {
        let Some(view) = &side.view else {
            continue;
        };
        let mut phones = tokens.iter().filter(|(_, t)| *t == team);
        for (shown, &votes) in SCENE_VOTES.iter().enumerate() {
            let Some(number) = view.number_shown_at(shown + 1) else {
                continue;
            };
            for (token, _) in phones.by_ref().take(votes) {
                live.vote(token, number).map_err(|e| e.to_string())?;
            }
        }
    }
    Ok(())
}

/// Plays the current scenario to its debrief from its first decision
/// (read, not yet voting): at every decision each team's room votes, three
/// in five along the team's path (the reply shown second where the path's
/// reply is not offered) and the rest spread over the other replies (or, for a show of hands, the same counts typed), and the
/// choice is locked, played, its coaching revealed and talked over.
fn play_scenario(
    workshop: &mut crate::workshop::Workshop,
    live: &mut crate::workshop::Live,
    tokens: &[(crate::workshop::Token, usize)],
) -> Result<(), String> {
    let (prepared, _) = workshop.scenario();
    let paths = [prepared.best_choices(), prepared.worst_choices()];
    let teams = workshop.sides().len();
    let mut decided = vec![0_usize; teams];
    let hands = workshop.plan().voting == VotingKind::Hands;
    let mut guard = 0;
    while workshop.step() != Step::Debrief {
        guard += 1;
        if guard > 200 {
            return Err("the simulated room did not reach the debrief".into());
        }
        workshop.open_vote(live).map_err(|e| e.to_string())?;
        for team in 0..teams {
            let Some(view) = workshop.sides()[team].view.clone() else {
                continue;
            };
            // The first team along the best path, the second the worst,
            // the third always for the reply shown second, and so on.
            let target = match team % 3 {
                2 => None,
                k => paths[k].get(decided[team]).copied(),
            }
            .filter(|n| view.replies.iter().any(|r| r.number == *n))
            .or_else(|| view.number_shown_at(2))
            .unwrap_or(view.replies[0].number);
            decided[team] += 1;
            let others: Vec<usize> = view
                .replies
                .iter()
                .map(|r| r.number)
                .filter(|&n| n != target)
                .collect();
            let members: Vec<&crate::workshop::Token> = match hands {
                true => Vec::new(),
                false => tokens
                    .iter()
                    .filter(|(_, t)| *t == team)
                    .map(|(token, _)| token)
                    .collect(),
            };
            let count = if hands { SCENE_PHONES } else { members.len() };
            let mut counts = vec![0_u32; view.replies.len()];
            for i in 0..count {
                let number = match (i % 5, others.is_empty()) {
                    (0..=2, _) | (_, true) => target,
                    (k, false) => others[(k - 3 + decided[team]) % others.len()],
                };
                if let Some(token) = members.get(i) {
                    live.vote(token, number).map_err(|e| e.to_string())?;
                }
                if let Some(shown) = view.replies.iter().position(|r| r.number == number) {
                    counts[shown] += 1;
                }
            }
            if hands {
                workshop
                    .set_hands(team, &counts)
                    .map_err(|e| e.to_string())?;
            }
        }
        workshop.tick(40.0);
        workshop.lock(live).map_err(|e| e.to_string())?;
        workshop.reveal(live).map_err(|e| e.to_string())?;
        workshop.reveal_coaching().map_err(|e| e.to_string())?;
        workshop.toggle_timer().map_err(|e| e.to_string())?;
        workshop.tick(90.0);
        workshop.move_on(live).map_err(|e| e.to_string())?;
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

// ---- watching the window from a test ----

/// `LAST_WORD_SCREEN_TEXT=PATH`: each time the words on screen change, the
/// game writes them to PATH (atomically: the screen's name on the first
/// line, then every text in the order laid out), so a test driving the
/// real game from outside sees what the window shows.
pub const SCREEN_TEXT_VAR: &str = "LAST_WORD_SCREEN_TEXT";
/// `LAST_WORD_IDLE_WAIT=SECONDS`: how long the game sleeps when nothing
/// happens before updating anyway (winit's default: 5 s with the focus,
/// 60 s without). A test sets it long to show that something woke the game.
pub const IDLE_WAIT_VAR: &str = "LAST_WORD_IDLE_WAIT";

#[derive(Resource, Debug)]
struct ScreenTextFile(std::path::PathBuf);

fn watch(app: &mut App) {
    if let Some(path) = std::env::var_os(SCREEN_TEXT_VAR).filter(|p| !p.is_empty()) {
        app.insert_resource(ScreenTextFile(path.into()))
            .add_systems(Last, write_screen_text);
    }
    let continuous = app
        .world()
        .get_resource::<GameOptions>()
        .is_some_and(|o| o.continuous);
    let wait = std::env::var(IDLE_WAIT_VAR)
        .ok()
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s > 0.0);
    if let Some(seconds) = wait
        && !continuous
    {
        use bevy::winit::{UpdateMode, WinitSettings};
        let wait = std::time::Duration::from_secs_f64(seconds);
        app.insert_resource(WinitSettings {
            focused_mode: UpdateMode::reactive(wait),
            unfocused_mode: UpdateMode::reactive_low_power(wait),
        });
    }
}

/// Texts and spans changed or added since the last run.
type ChangedWords<'w, 's> = Query<'w, 's, (), Or<(Changed<Text>, Changed<TextSpan>)>>;

/// Writes the screen's words when a text changed, appeared or went.
fn write_screen_text(
    file: Res<ScreenTextFile>,
    screen: Res<State<Screen>>,
    changed: ChangedWords,
    mut removed: RemovedComponents<Text>,
    roots: Query<Entity, (With<Node>, Without<ChildOf>)>,
    children: Query<&Children>,
    texts: Query<AnyOf<(&Text, &TextSpan)>>,
) {
    let went = removed.read().count() > 0;
    if changed.is_empty() && !went && !screen.is_changed() {
        return;
    }
    let mut out = format!("screen: {:?}\n", screen.get());
    let mut roots: Vec<Entity> = roots.iter().collect();
    roots.sort();
    let mut stack: Vec<Entity> = roots.into_iter().rev().collect();
    while let Some(entity) = stack.pop() {
        match texts.get(entity) {
            Ok((Some(text), _)) => out.push_str(&format!("{}\n", text.0)),
            Ok((None, Some(span))) => out.push_str(&format!("{}\n", span.0)),
            _ => {}
        }
        if let Ok(kids) = children.get(entity) {
            stack.extend(kids.iter().rev());
        }
    }
    if let Err(e) = crate::records::files::write_atomic(&file.0, out.as_bytes()) {
        warn!(
            "cannot write the screen's text to {}: {e}",
            file.0.display()
        );
    }
}
