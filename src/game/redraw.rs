//! Reactive rendering: the game draws a frame only when something happens
//! (input, a change, an animation), so an idle screen costs next to no CPU.
//!
//! Anything that animates carries [`Animating`]; while one exists, or for a
//! few frames after a change (so layout and text settle), a redraw is
//! requested. Also measures startup and idle CPU (`--bench-idle`).

use std::time::{Duration, Instant};

use bevy::prelude::*;
use bevy::window::RequestRedraw;

use super::library::Library;
use super::{GameOptions, Screen};

/// Marks an entity that is animating: frames keep coming while it exists.
#[derive(Component, Debug, Default)]
pub struct Animating;

/// Frames still to draw after a change.
#[derive(Resource, Debug)]
pub struct KeepAwake(pub u32);

/// Frames drawn after any change, for text and layout to settle.
pub const SETTLE_FRAMES: u32 = 4;

/// When the process started, for the time to the first interactive frame.
#[derive(Resource, Debug, Clone, Copy)]
pub struct Started(pub Instant);

/// Set once the title screen has been drawn with its text laid out.
#[derive(Resource, Debug, Clone, Copy)]
pub struct FirstInteractive;

pub(super) fn plugin(app: &mut App) {
    if !app.world().contains_resource::<Started>() {
        app.insert_resource(Started(Instant::now()));
    }
    app.insert_resource(KeepAwake(SETTLE_FRAMES * 3));
    app.add_systems(
        Last,
        (
            wake_on_change,
            request_redraw,
            mark_first_interactive.run_if(not(resource_exists::<FirstInteractive>)),
        )
            .chain(),
    );
}

fn wake_on_change(
    mut awake: ResMut<KeepAwake>,
    screen: Res<State<Screen>>,
    library: Res<Library>,
    game: Option<Res<super::conversation::CurrentGame>>,
    settings: Res<super::settings::Settings>,
    ui_scale: Option<Res<UiScale>>,
    windows: Query<(), Changed<Window>>,
) {
    let changed = screen.is_changed()
        || library.is_changed()
        || !library.is_ready()
        || game.is_some_and(|g| g.is_changed())
        || settings.is_changed()
        || ui_scale.is_some_and(|s| s.is_changed())
        || !windows.is_empty();
    if changed {
        awake.0 = awake.0.max(SETTLE_FRAMES);
    }
}

fn request_redraw(
    mut awake: ResMut<KeepAwake>,
    animating: Query<(), With<Animating>>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    if awake.0 > 0 || !animating.is_empty() {
        redraw.write(RequestRedraw);
        awake.0 = awake.0.saturating_sub(1);
    }
}

/// The first interactive frame: the title is up, its text laid out, and
/// the settle frames drawn.
fn mark_first_interactive(
    mut commands: Commands,
    started: Res<Started>,
    awake: Res<KeepAwake>,
    screen: Res<State<Screen>>,
    texts: Query<&bevy::text::TextLayoutInfo>,
    options: Option<Res<GameOptions>>,
    library: Res<Library>,
) {
    let laid_out = texts.iter().any(|t| !t.glyphs.is_empty());
    let waiting = matches!(screen.get(), Screen::Title | Screen::Workshop);
    if !waiting || !laid_out || awake.0 > 0 {
        return;
    }
    let elapsed = started.0.elapsed();
    commands.insert_resource(FirstInteractive);
    let Some(seconds) = options.and_then(|o| o.bench_idle) else {
        return;
    };
    eprintln!(
        "first interactive frame: {:.0} ms after start ({} scenarios loaded, {:?} screen)",
        elapsed.as_secs_f64() * 1000.0,
        library.entries.len(),
        screen.get()
    );
    // The app draws nothing while idle, so the measurement runs on its own
    // thread and ends the process when done.
    std::thread::spawn(move || {
        // Let any loading finish before measuring.
        std::thread::sleep(Duration::from_secs(2));
        let (cpu0, t0) = (process_cpu_seconds(), Instant::now());
        std::thread::sleep(Duration::from_secs_f64(seconds));
        let (cpu1, wall) = (process_cpu_seconds(), t0.elapsed().as_secs_f64());
        match (cpu0, cpu1) {
            (Some(a), Some(b)) => eprintln!(
                "idle CPU: {:.1}% of one core over {wall:.1} s",
                100.0 * (b - a) / wall
            ),
            _ => eprintln!("idle CPU: cannot read /proc/self/stat on this system"),
        }
        std::process::exit(0);
    });
}

/// CPU time used by this process (all threads), from `/proc/self/stat`.
fn process_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which is in parentheses).
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the line: 12 and 13 here.
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    // Linux reports these in USER_HZ, which is 100 on every platform it
    // supports.
    Some((utime + stime) / 100.0)
}
