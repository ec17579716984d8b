//! The game's link to a workshop: starts the phones' web server when the
//! facilitator starts a workshop and stops it when the workshop ends, turns
//! the facilitator's keys and clicks ([`Facilitate`]) into calls to the
//! workshop's flow ([`Workshop`]), and wakes the reactive loop when a phone
//! votes so the tally redraws without polling.
//!
//! The finished workshop's record goes to one place:
//! [`workshop_finished`].

use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};

use bevy::prelude::*;

use super::Screen;
use super::records::GameRecords;
use crate::text::i18n::{tr, tr_args};
use crate::text::workshop::and_list;
use crate::workshop::record::VotingKind;
use crate::workshop::record::WorkshopRecord;
use crate::workshop::server::{Server, lan_address};
use crate::workshop::{Live, Plan, Room, RoomCode, Step, Workshop};

/// The port the phones' server listens on unless `--bind` says otherwise
/// (if it is taken, any free port on the same address).
pub const DEFAULT_PORT: u16 = 8421;

/// How `last-word workshop` (or the set-up screen) asks to start.
#[derive(Resource, Debug, Clone, Default)]
pub struct WorkshopRequest {
    /// Scenario ids in running order.
    pub scenarios: Vec<String>,
    pub voting: Option<VotingKind>,
    pub teams: Vec<String>,
    /// Where the server listens; default the LAN address.
    pub bind: Option<SocketAddr>,
    /// The customers' seed (default: a fresh one).
    pub seed: Option<u64>,
    /// Start at once and open the first vote, skipping the set-up.
    pub open: bool,
}

impl WorkshopRequest {
    /// The address to listen on.
    pub fn bind(&self) -> SocketAddr {
        self.bind
            .unwrap_or_else(|| SocketAddr::new(lan_address(), DEFAULT_PORT))
    }
}

/// Where the room's phones reach the workshop.
pub enum Phones {
    /// The web server, while the workshop runs.
    Served(Server),
    /// A show of hands: no server, the same shared state kept here.
    Local(Live),
}

impl Phones {
    pub fn with_live<R>(&mut self, f: impl FnOnce(&mut Live) -> R) -> R {
        match self {
            Phones::Served(server) => server.with_live(f),
            Phones::Local(live) => f(live),
        }
    }

    /// Stops the server, keeping the room's final state here.
    pub fn stop(&mut self) {
        let Phones::Served(server) = self else {
            return;
        };
        let empty = Live::new(Room::new(fresh_code(), Vec::new()));
        let live = server.with_live(|live| std::mem::replace(live, empty));
        if let Phones::Served(server) = std::mem::replace(self, Phones::Local(live)) {
            server.stop();
        }
    }

    /// The address phones open, with the room code (none for hands).
    pub fn join_url(&mut self) -> Option<String> {
        let Phones::Served(server) = self else {
            return None;
        };
        let addr = server.addr();
        let code = server.with_live(|live| live.room().code().as_str().to_string());
        Some(format!("http://{addr}/?code={code}"))
    }
}

/// The running workshop and what the projector shows of it.
#[derive(Resource)]
pub struct WorkshopRun {
    pub workshop: Workshop,
    pub phones: Phones,
    /// The facilitator's notes are on screen (N).
    pub notes: bool,
    /// The team shown large on the decision screen.
    pub focus: usize,
    /// The reply row the typed show of hands goes to.
    pub cursor: usize,
    /// Esc was pressed once: the next Esc ends the workshop.
    pub ending_asked: bool,
    /// Counts the facilitator's actions, so the screen redraws after each.
    pub revision: u64,
    /// Whole seconds left on the discussion timer when last drawn.
    pub timer_shown: u64,
    /// The join address's QR code, made once.
    pub qr: Option<Handle<Image>>,
    /// Where the record went when the workshop ended, in a sentence.
    pub kept: Option<String>,
}

impl WorkshopRun {
    /// Reads or changes the shared state (the phones see a change).
    pub fn live<R>(&mut self, f: impl FnOnce(&Workshop, &mut Live) -> R) -> R {
        let workshop = &self.workshop;
        self.phones.with_live(|live| f(workshop, live))
    }
}

/// Why a workshop could not start, for the set-up screen.
#[derive(Resource, Debug, Clone, Default)]
pub struct StartError(pub Option<String>);

/// Wakes the game's loop from the server's thread.
#[derive(Resource, Clone, Default)]
pub struct Waker(Arc<Mutex<Option<WakeFn>>>);

/// What wakes the game's loop.
type WakeFn = Box<dyn Fn() + Send>;

impl Waker {
    fn wake(&self) {
        if let Ok(wake) = self.0.lock()
            && let Some(wake) = wake.as_ref()
        {
            wake();
        }
    }
}

/// What the facilitator asks of the workshop, from a key or a click.
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facilitate {
    Next,
    Back,
    ToggleTimer,
    SkipTimer,
    ToggleNotes,
    /// Play the reply shown at this place (1-based) for the team in focus
    /// instead of the room's choice.
    Override(usize),
    /// Show of hands: move the row typed into.
    Cursor(i32),
    /// Show of hands: a digit typed into the current row.
    Digit(u32),
    /// Show of hands: remove the last digit of the current row.
    Erase,
    /// Show of hands: one more or one fewer hand for a row (0-based).
    Hands {
        row: usize,
        delta: i32,
    },
    /// Show another team large.
    Focus(i32),
    /// End the workshop (Esc asks first).
    End,
}

pub(super) fn plugin(app: &mut App) {
    let asked = app
        .world()
        .get_resource::<super::GameOptions>()
        .and_then(|o| o.workshop.clone().filter(|_| o.screenshot.is_none()));
    if let Some(request) = asked {
        app.insert_resource(request)
            .add_systems(Startup, |mut next: ResMut<NextState<Screen>>| {
                next.set(Screen::WorkshopSetup);
            });
    }
    app.add_message::<Facilitate>()
        .init_resource::<WorkshopRequest>()
        .init_resource::<StartError>()
        .init_resource::<Waker>()
        .add_systems(Startup, connect_waker)
        .add_systems(
            Update,
            (tick, facilitate)
                .chain()
                .run_if(resource_exists::<WorkshopRun>),
        )
        .add_systems(OnExit(Screen::Workshop), stop);
}

/// The server's wake callback sends winit a wake-up, so a vote redraws the
/// tally though the game sleeps between events.
fn connect_waker(waker: Res<Waker>, proxy: Option<Res<bevy::winit::EventLoopProxyWrapper>>) {
    let Some(proxy) = proxy else {
        return;
    };
    let proxy = (**proxy).clone();
    if let Ok(mut wake) = waker.0.lock() {
        *wake = Some(Box::new(move || {
            let _ = proxy.send_event(bevy::winit::WinitUserEvent::WakeUp);
        }));
    }
}

/// Starts a workshop on `plan`: the server for phones and teams, none for
/// a show of hands.
pub fn start(world: &mut World, plan: Plan, bind: SocketAddr) -> Result<(), String> {
    let code = fresh_code();
    let mut live = Live::new(Room::new(code, plan.teams.clone()));
    let id = uuid::Uuid::new_v4().to_string();
    let voting = plan.voting;
    let workshop = Workshop::new(plan, id, crate::records::now(), &mut live);
    let phones = match voting {
        VotingKind::Hands => Phones::Local(live),
        _ => Phones::Served(serve(world, bind, live)?),
    };
    world.insert_resource(WorkshopRun {
        workshop,
        phones,
        notes: false,
        focus: 0,
        cursor: 0,
        ending_asked: false,
        revision: 0,
        timer_shown: 0,
        qr: None,
        kept: None,
    });
    Ok(())
}

/// The server on `bind`, or on any free port of that address if the port
/// is taken.
fn serve(world: &World, bind: SocketAddr, live: Live) -> Result<Server, String> {
    let waker = world.resource::<Waker>().clone();
    let bind = match std::net::TcpListener::bind(bind) {
        Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => SocketAddr::new(bind.ip(), 0),
        _ => bind,
    };
    Server::start(bind, live, move || waker.wake()).map_err(|e| cannot_listen(bind.ip(), &e))
}

fn cannot_listen(ip: IpAddr, e: &std::io::Error) -> String {
    tr_args(
        "ws-cannot-listen",
        &[
            ("address", ip.to_string().into()),
            ("error", e.to_string().into()),
        ],
    )
}

/// Time passes for the discussion timer; the screen redraws when the
/// timer's whole seconds change.
fn tick(time: Res<Time<Real>>, mut run: ResMut<WorkshopRun>) {
    let run = run.bypass_change_detection();
    run.workshop.tick(time.delta_secs_f64());
    let shown = run.workshop.timer().left().ceil() as u64;
    if shown != run.timer_shown {
        run.timer_shown = shown;
        run.revision += 1;
    }
}

/// Carries out the facilitator's requests.
fn facilitate(
    mut asked: MessageReader<Facilitate>,
    mut run: ResMut<WorkshopRun>,
    mut records: ResMut<GameRecords>,
) {
    let mut acted = false;
    for &request in asked.read() {
        if request != Facilitate::End {
            run.ending_asked = false;
        }
        apply(&mut run, request, &mut records);
        run.revision += 1;
        acted = true;
    }
    if run.workshop.step() == Step::Ended && run.workshop.record().finished_at.is_none() {
        finish(&mut run, &mut records);
    } else if acted && matches!(run.workshop.step(), Step::Debrief | Step::Standings) {
        // A scenario has ended: keep what the room did so far, so a game
        // closed mid-workshop loses nothing that was played.
        records.save_workshop(run.workshop.record());
    }
}

/// One request; a request that does not apply at this step does nothing.
fn apply(run: &mut WorkshopRun, request: Facilitate, records: &mut GameRecords) {
    let focus = run.focus;
    let result = match request {
        Facilitate::Next => run.phones_and_flow(|w, live| w.next(live)),
        Facilitate::Back => run.phones_and_flow(|w, live| w.back(live)),
        Facilitate::ToggleTimer => run.workshop.toggle_timer(),
        Facilitate::SkipTimer => run.workshop.skip_timer(),
        Facilitate::ToggleNotes => {
            run.notes = !run.notes;
            Ok(())
        }
        Facilitate::Override(shown) => {
            let number = run
                .workshop
                .sides()
                .get(focus)
                .and_then(|s| s.view.as_ref()?.number_shown_at(shown));
            match number {
                Some(n) => run.workshop.override_choice(focus, n),
                None => Ok(()),
            }
        }
        Facilitate::Cursor(delta) => {
            let rows = replies_at(run, 0);
            run.cursor =
                (run.cursor as i32 + delta).clamp(0, rows.saturating_sub(1) as i32) as usize;
            Ok(())
        }
        Facilitate::Digit(d) => edit_hands(run, run.cursor, |n| (n * 10 + d).min(9_999)),
        Facilitate::Erase => edit_hands(run, run.cursor, |n| n / 10),
        Facilitate::Hands { row, delta } => {
            run.cursor = row;
            edit_hands(run, row, |n| n.saturating_add_signed(delta))
        }
        Facilitate::Focus(delta) => {
            let teams = run.workshop.sides().len() as i32;
            run.focus = (run.focus as i32 + delta).rem_euclid(teams.max(1)) as usize;
            Ok(())
        }
        Facilitate::End => {
            if run.ending_asked || run.workshop.step() == Step::Ended {
                finish(run, records);
            } else {
                run.ending_asked = true;
            }
            Ok(())
        }
    };
    if let Err(e) = result {
        debug!("workshop: {e}");
    }
    if request == Facilitate::Next && run.workshop.step() == Step::Reading {
        run.cursor = 0;
    }
}

impl WorkshopRun {
    fn phones_and_flow(
        &mut self,
        f: impl FnOnce(&mut Workshop, &mut Live) -> Result<(), crate::workshop::FlowError>,
    ) -> Result<(), crate::workshop::FlowError> {
        let workshop = &mut self.workshop;
        self.phones.with_live(|live| f(workshop, live))
    }
}

/// The replies at team `team`'s decision.
fn replies_at(run: &WorkshopRun, team: usize) -> usize {
    run.workshop
        .sides()
        .get(team)
        .and_then(|s| s.view.as_ref())
        .map_or(0, |v| v.replies.len())
}

/// Changes the typed count of one row of the show of hands.
fn edit_hands(
    run: &mut WorkshopRun,
    row: usize,
    change: impl FnOnce(u32) -> u32,
) -> Result<(), crate::workshop::FlowError> {
    let Some(side) = run.workshop.sides().first() else {
        return Ok(());
    };
    let mut counts = side.hands.clone();
    if let Some(count) = counts.get_mut(row) {
        *count = change(*count);
    }
    run.workshop.set_hands(0, &counts)
}

/// Ends the workshop: phones are told, the server stops, and the record
/// is handed on.
fn finish(run: &mut WorkshopRun, records: &mut GameRecords) {
    if run.workshop.record().finished_at.is_some() {
        return;
    }
    let now = crate::records::now();
    let workshop = &mut run.workshop;
    let record = run
        .phones
        .with_live(|live| workshop.finish(live, now).clone());
    run.phones.stop();
    run.kept = Some(workshop_finished(&record, records));
}

/// **Where a finished workshop's record goes** (the one call site, from
/// [`finish`]): saved with the learners' records, and exported as CSV and
/// as an HTML page into the data folder's `workshops/` for the manager to
/// mail round. Every workshop that ends, at the end of its running order or
/// early, passes here once. Returns where it went, in a sentence.
pub fn workshop_finished(record: &WorkshopRecord, records: &mut GameRecords) -> String {
    use crate::cli::args::ExportFormat;
    use crate::cli::commands::workshops::export;
    let saved = records.save_workshop(record);
    let Some(folder) = records.folder().map(|f| f.join("workshops")) else {
        return tr("ws-kept-unrecorded").into();
    };
    let stem = format!(
        "{}-{}",
        crate::records::date::Date::of(record.started_at),
        &record.id[..8.min(record.id.len())]
    );
    let exported = [(ExportFormat::Html, "html"), (ExportFormat::Csv, "csv")]
        .iter()
        .map(|(format, extension)| {
            let path = folder.join(format!("{stem}.{extension}"));
            export(record, *format, &path).map(|()| path)
        })
        .collect::<Result<Vec<_>, String>>();
    let kept = tr(if saved {
        "ws-kept-saved"
    } else {
        "ws-kept-not-saved"
    });
    match exported {
        Ok(paths) => {
            let files: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
            tr_args(
                "ws-kept-exported",
                &[("kept", kept.into()), ("files", and_list(&files).into())],
            )
        }
        Err(e) => {
            warn!("the workshop was not exported: {e}");
            tr_args(
                "ws-kept-not-exported",
                &[("kept", kept.into()), ("error", e.into())],
            )
        }
    }
}

/// Ends the workshop (and stops its server) when its screen is left.
fn stop(
    mut commands: Commands,
    run: Option<ResMut<WorkshopRun>>,
    mut records: ResMut<GameRecords>,
) {
    if let Some(mut run) = run {
        finish(&mut run, &mut records);
    }
    commands.remove_resource::<WorkshopRun>();
}

/// A room code nobody can predict (seeded from the system's randomness).
fn fresh_code() -> RoomCode {
    let bytes = uuid::Uuid::new_v4().into_bytes();
    let seed = u64::from_le_bytes(bytes[..8].try_into().expect("8 bytes"));
    let mut rng = <rand_chacha::ChaCha8Rng as rand::SeedableRng>::seed_from_u64(seed);
    RoomCode::generate(&mut rng)
}
