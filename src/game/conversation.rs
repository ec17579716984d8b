//! The conversation in progress: turns the player's actions into calls to
//! the core's step API and moves between screens. The screens only draw
//! what is here.

use std::collections::HashMap;

use bevy::prelude::*;

use crate::core::session::{Consequences, Debrief, Next, Options, Session, SessionMode};

use super::GameOptions;
use super::Screen;
use super::library::{Library, Status};
use super::records::GameRecords;
use super::settings::Settings;
use crate::records::{AttemptId, ResumeError};
use crate::text::i18n::tr_args;

/// What the player is doing in the conversation.
#[derive(Debug, Clone, PartialEq)]
pub enum Phase {
    /// The customer speaks; the player picks a reply.
    Speaking,
    /// The consequence and coaching of the last reply.
    Feedback(Box<Consequences>),
    /// The customer gave up waiting for an answer.
    WalkedOut,
}

/// The scenario being played.
#[derive(Resource, Debug, Clone)]
pub struct CurrentGame {
    pub session: Session,
    pub phase: Phase,
    /// When replaying the best path: its reply numbers, in order.
    pub guide: Option<Vec<usize>>,
}

impl CurrentGame {
    /// The reply the best path takes now, when guided.
    pub fn guided_reply(&self) -> Option<usize> {
        let guide = self.guide.as_ref()?;
        guide.get(self.session.choices().len()).copied()
    }
}

/// The best grade per scenario id this session.
#[derive(Resource, Debug, Default, Clone)]
pub struct BestGrades(pub HashMap<String, char>);

/// The broken scenario file being shown.
#[derive(Resource, Debug, Clone)]
pub struct ShowBroken(pub String);

/// Everything the player can do to the conversation.
#[derive(Message, Debug, Clone, PartialEq)]
pub enum Action {
    /// Open the scenario in this file: play it, or show its errors.
    Open { file: String, seed: u64 },
    /// Play the scenario again, following the best path.
    ShowBestPath,
    /// Play it again with a new customer.
    Replay { seed: u64 },
    /// Choose the reply with this stable number (its position in the file,
    /// not where it is shown).
    Choose(usize),
    /// Move on from the feedback.
    Continue,
    /// The player took this many minutes to answer (timed mode).
    Hesitate(f64),
    /// Go on with a conversation left unfinished, where it stopped.
    Resume {
        attempt: AttemptId,
        scenario: String,
    },
}

/// Why the conversation offered by "Continue" could not go on, shown on
/// the title.
#[derive(Resource, Debug, Clone)]
pub struct ResumeNotice(pub String);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<BestGrades>()
        .add_message::<Action>()
        .add_systems(Update, handle_actions);
}

fn handle_actions(
    mut actions: MessageReader<Action>,
    library: Res<Library>,
    game: Option<ResMut<CurrentGame>>,
    (mut grades, mut records): (ResMut<BestGrades>, ResMut<GameRecords>),
    // How new conversations are played: the settings and the command line.
    (settings, options): (Res<Settings>, Option<Res<GameOptions>>),
    mut next: ResMut<NextState<Screen>>,
    mut commands: Commands,
) {
    if actions.is_empty() {
        return;
    }
    let mut game = game.map(|g| g.into_inner().clone());
    let play = settings.session_options(options.as_deref());
    // Only a real change touches the resource, so screens rebuild only then.
    let mut changed = false;
    for action in actions.read() {
        match action {
            Action::Open { file, seed } => match library.find_file(file).map(|e| &e.status) {
                Some(Status::Ready(prepared)) => {
                    let session = Session::new_with(prepared.clone(), *seed, play);
                    records.start(&session);
                    game = Some(CurrentGame {
                        session,
                        phase: Phase::Speaking,
                        guide: None,
                    });
                    changed = true;
                    next.set(Screen::Play);
                }
                Some(Status::Broken { .. }) => {
                    commands.insert_resource(ShowBroken(file.clone()));
                    next.set(Screen::Broken);
                }
                Some(Status::Loading | Status::Principles) | None => {}
            },
            Action::ShowBestPath | Action::Replay { .. } => {
                let Some(g) = &game else { continue };
                let prepared = g.session.prepared().clone();
                // The best path is shown as practice: it teaches.
                let (seed, guide, mode) = match action {
                    Action::Replay { seed } => (*seed, None, settings.mode),
                    _ => (
                        g.session.seed(),
                        Some(prepared.best_choices()),
                        SessionMode::Practice,
                    ),
                };
                let session = Session::new_with(prepared, seed, Options { mode, ..play });
                // Watching the best path is a demonstration, not an attempt.
                match guide {
                    None => records.start(&session),
                    Some(_) => records.stop(),
                }
                game = Some(CurrentGame {
                    session,
                    phase: Phase::Speaking,
                    guide,
                });
                changed = true;
                next.set(Screen::Play);
            }
            Action::Resume { attempt, scenario } => {
                match resume(&library, &mut records, *attempt, scenario) {
                    Ok(Some(session)) => {
                        // Left at its last feedback: the ending is reached.
                        let over = session.debrief();
                        if let Some(d) = &over {
                            finish(d, &mut records, &mut grades);
                        }
                        game = Some(CurrentGame {
                            session,
                            phase: Phase::Speaking,
                            guide: None,
                        });
                        changed = true;
                        next.set(match over {
                            Some(_) => Screen::Debrief,
                            None => Screen::Play,
                        });
                    }
                    // The library is still reading the scenarios.
                    Ok(None) => {}
                    Err(notice) => {
                        commands.insert_resource(ResumeNotice(notice));
                        next.set(Screen::Title);
                    }
                }
            }
            Action::Choose(number) => {
                let Some(g) = game.as_mut() else { continue };
                if g.phase != Phase::Speaking {
                    continue;
                }
                match g.session.choose(*number) {
                    Ok(c) => {
                        records.step(&g.session, &c);
                        g.phase = Phase::Feedback(Box::new(c));
                        changed = true;
                    }
                    Err(e) => debug!("ignored reply {number}: {e}"),
                }
            }
            Action::Hesitate(minutes) => {
                let Some(g) = game.as_mut() else { continue };
                if g.phase != Phase::Speaking {
                    continue;
                }
                if let Some(Next::Ending { .. }) = g.session.hesitate(*minutes) {
                    g.phase = Phase::WalkedOut;
                }
                records.wait(&g.session);
                changed = true;
            }
            Action::Continue => {
                let Some(g) = game.as_mut() else { continue };
                if g.phase == Phase::Speaking {
                    continue;
                }
                if let Some(d) = g.session.debrief() {
                    finish(&d, &mut records, &mut grades);
                    next.set(Screen::Debrief);
                } else {
                    g.phase = Phase::Speaking;
                    changed = true;
                }
            }
        }
    }
    if changed && let Some(g) = game {
        commands.insert_resource(g);
    }
}

/// The session of an unfinished attempt, where it stopped; `None` while
/// the scenarios are loading; else why it cannot go on, in a sentence.
fn resume(
    library: &Library,
    records: &mut GameRecords,
    attempt: AttemptId,
    scenario: &str,
) -> Result<Option<Session>, String> {
    let Some(prepared) = library.find_id(scenario).and_then(|e| e.prepared()) else {
        if !library.is_ready() {
            return Ok(None);
        }
        return Err(tr_args(
            "title-resume-gone",
            &[("scenario", scenario.into())],
        ));
    };
    let title = prepared.scenario.title.clone();
    records
        .resume(attempt, prepared.clone())
        .map(Some)
        .map_err(|e| match e {
            ResumeError::ScenarioChanged { .. } => {
                tr_args("title-resume-edited", &[("title", title.as_str().into())])
            }
            other => tr_args(
                "title-resume-failed",
                &[("reason", other.to_string().into())],
            ),
        })
}

/// Records the ending and keeps the best grade of this run.
fn finish(d: &Debrief, records: &mut GameRecords, grades: &mut BestGrades) {
    records.finish(d);
    let best = grades.0.entry(d.scenario.clone()).or_insert(d.grade);
    // Grades run A (best) to F, so the smaller letter wins.
    *best = (*best).min(d.grade);
}
