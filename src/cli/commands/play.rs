//! `last-word play`: the terminal game, scripted runs (`--choices`), JSON
//! debriefs, timed play (`--timed`), assessment (`--assess`), saving and
//! resuming sessions, and recording each play in the learner's records
//! (`--learner`, `--continue`).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::cli;
use crate::cli::recorder::{Recorder, SendWhilePlaying};
use crate::cli::resolve;
use crate::cli::terminal::{self, Finish, Style, TimedPlay};
use crate::core::session::{
    ChoiceError, Options, Position, SavedSession, Session, SessionMode, ThinkingRule,
};
use crate::records::{Records, ResumeError};
use crate::text::errors::{choice_error, records_error, restore_error, resume_error};
use crate::text::i18n::{tr, tr_args};

pub use crate::cli::args::PlayArgs as Args;

/// Where sessions are saved when a player quits: the data folder's
/// `sessions` (see [`records::data_dir`](crate::records::data_dir)).
pub fn sessions_dir() -> PathBuf {
    crate::records::data_dir().join("sessions")
}

fn save_session(session: &Session, dir: &Path) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let path = dir.join(format!("{}-{stamp}.json", session.scenario().id));
    let text = serde_json::to_string_pretty(&session.save()).expect("a session serialises");
    crate::records::files::write_atomic(&path, text.as_bytes())?;
    Ok(path)
}

pub fn run(args: Args) -> ExitCode {
    let sending = SendWhilePlaying::start();
    let style = Style::detect();
    let (mut session, mut recorder) = match begin(&args) {
        Ok(started) => started,
        Err(code) => return code,
    };
    recorder.send_with(sending);

    // Scripted replies first; in assessment, say first what it means.
    let scripted = args.choices.as_ref().map_or(&[][..], |c| c.0.as_slice());
    let assessing = !args.json && session.mode() == SessionMode::Assessment;
    if assessing && !scripted.is_empty() {
        println!("{}", terminal::assessment_intro(&style));
    }
    if let Err(code) = play_choices(&mut session, scripted, &style, args.json, &mut recorder) {
        return code;
    }

    if args.json {
        return match session.debrief() {
            Some(d) => {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&cli::json::debrief(&d))
                        .expect("a debrief serialises")
                );
                ExitCode::SUCCESS
            }
            None => {
                let view = session.view().expect("not over, so there is a view");
                let numbers: Vec<String> =
                    view.replies.iter().map(|r| r.number.to_string()).collect();
                eprintln!(
                    "{}",
                    tr_args(
                        "choices-ran-out",
                        &[
                            ("node", view.node.as_str().into()),
                            ("numbers", numbers.join(", ").into()),
                        ],
                    )
                );
                ExitCode::from(1)
            }
        };
    }

    if session.choices().is_empty() {
        println!(
            "{}",
            style.bold(&format!("== {} ==", session.scenario().title))
        );
        let s = session.scenario();
        println!("{}", terminal::intro(&style, s, session.seed()));
    } else if args.continue_ {
        println!(
            "{}",
            style.bold(&tr_args(
                "continued-after",
                &[
                    ("title", session.scenario().title.as_str().into()),
                    ("reply", session.choices().len().into()),
                ],
            ))
        );
    }
    if assessing && scripted.is_empty() {
        println!("{}", terminal::assessment_intro(&style));
    }
    let rule = ThinkingRule::DEFAULT;
    if args.timed {
        let patience = session.scenario().customer.patience;
        println!("{}", terminal::timed_intro(&style, &rule, patience));
    }
    let started = std::time::Instant::now();
    let mut now = move || started.elapsed();
    let timed = if args.timed {
        Some(TimedPlay::new(rule, &mut now))
    } else {
        None
    };
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let dir = sessions_dir();
    let result = terminal::play_interactive(
        &mut session,
        &mut input,
        &mut out,
        &style,
        &|s| save_session(s, &dir),
        &mut |s, c| recorder.step(s, c),
        timed,
    );
    let _ = out.flush();
    if !matches!(result, Ok(Finish::Debrief(_))) {
        recorder.wait(&session);
    }
    let continue_hint = recorder
        .learner()
        .map(|l| {
            format!(
                "\n{}",
                tr_args("continue-hint", &[("learner", l.name.as_str().into())])
            )
        })
        .unwrap_or_default();
    match result {
        Ok(Finish::Debrief(d)) => {
            recorder.finish(&d);
            if let Some(l) = recorder.learner() {
                println!(
                    "\n{}",
                    style.dim(&tr_args(
                        "recorded-for",
                        &[("learner", l.name.as_str().into())]
                    ))
                );
            }
            ExitCode::SUCCESS
        }
        Ok(Finish::Saved(path)) => {
            println!("\n{}", resume_line("saved-resume", &path, &continue_hint));
            ExitCode::SUCCESS
        }
        Ok(Finish::InputEnded(path)) => {
            eprintln!("{}", resume_line("input-ended", &path, &continue_hint));
            ExitCode::from(1)
        }
        Err(e) => {
            resolve::error(&e.to_string());
            ExitCode::from(1)
        }
    }
}

/// How to resume the session saved at `path` (`id` says why it was saved).
fn resume_line(id: &str, path: &Path, hint: &str) -> String {
    tr_args(
        id,
        &[
            ("path", path.display().to_string().into()),
            ("hint", hint.into()),
        ],
    )
}

/// Plays the scripted replies, printing each one's consequences unless the
/// output is JSON. A conversation that ends before the list does finishes
/// normally, with a note saying how many went unused and why.
fn play_choices(
    session: &mut Session,
    choices: &[usize],
    style: &Style,
    json: bool,
    recorder: &mut Recorder,
) -> Result<(), ExitCode> {
    for (i, &number) in choices.iter().enumerate() {
        match session.choose(number) {
            Ok(c) => {
                recorder.step(session, &c);
                if !json {
                    print!("{}", terminal::render_consequences(style, &c));
                }
            }
            Err(ChoiceError::Ended) => {
                let walked_out = matches!(
                    session.position(),
                    Position::Ended {
                        walked_out: true,
                        ..
                    }
                );
                let note = crate::text::unused_choices(i, choices.len() - i, walked_out);
                // JSON keeps stdout for the debrief.
                if json {
                    resolve::note(&format!("{note}."));
                } else {
                    let note = tr_args("note", &[("note", note.into())]);
                    println!("\n{}", style.dim(&note));
                }
                return Ok(());
            }
            Err(e) => {
                resolve::error(&tr_args(
                    "play-choice-failed",
                    &[
                        ("index", (i + 1).into()),
                        ("reason", choice_error(&e).into()),
                    ],
                ));
                return Err(ExitCode::from(1));
            }
        }
    }
    Ok(())
}

/// The session to play and the attempt it is recorded as: a new one, a
/// session saved in a file (not recorded), or the learner's unfinished
/// attempt (`--continue`). A JSON run is a tool's, not a learner's: not
/// recorded.
fn begin(args: &Args) -> Result<(Session, Recorder), ExitCode> {
    if args.continue_ {
        return continue_attempt(args);
    }
    let session = start(args)?;
    let recorder = if args.json || args.resume.is_some() {
        Recorder::off()
    } else {
        Recorder::start(args.learner.as_deref(), &session)
    };
    Ok((session, recorder))
}

/// The learner's latest unfinished attempt, replayed to where it stopped.
/// One whose scenario changed since is set aside (kept in the history)
/// with the reason.
fn continue_attempt(args: &Args) -> Result<(Session, Recorder), ExitCode> {
    let fail = |message: &str| {
        resolve::error(message);
        ExitCode::from(1)
    };
    let db = |e: crate::records::Error| fail(&records_error(&e));
    let records = Records::open_default().map_err(db)?;
    let learner = records
        .learner_to_show(args.learner.as_deref())
        .map_err(db)?
        .ok_or_else(|| fail(tr("play-nobody-yet")))?;
    let attempt = records
        .unfinished(learner.id)
        .map_err(db)?
        .into_iter()
        .next()
        .ok_or_else(|| {
            fail(&tr_args(
                "play-nothing-to-continue",
                &[("learner", learner.name.as_str().into())],
            ))
        })?;
    let prepared = cli::prepare_in(&attempt.scenario, &args.dir, args.lang.as_ref())?;
    match records.resume(attempt.id, prepared) {
        Ok(session) => {
            records.select_learner(learner.id).map_err(db)?;
            Ok((session, Recorder::continuing(records, attempt.id, learner)))
        }
        Err(e) => {
            if matches!(e, ResumeError::ScenarioChanged { .. }) {
                // Not offered again; the next --continue finds an older one.
                let _ = records.abandon(attempt.id);
            }
            Err(fail(&resume_error(&e)))
        }
    }
}

fn start(args: &Args) -> Result<Session, ExitCode> {
    if let Some(path) = &args.resume {
        let saved: SavedSession = std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
            .map_err(|e| {
                resolve::error(&tr_args(
                    "play-cannot-read-saved",
                    &[
                        ("path", path.display().to_string().into()),
                        ("reason", e.into()),
                    ],
                ));
                ExitCode::from(1)
            })?;
        let prepared = cli::prepare_in(&saved.scenario, &args.dir, args.lang.as_ref())?;
        return Session::restore(prepared, &saved).map_err(|e| {
            resolve::error(&tr_args(
                "play-cannot-resume",
                &[
                    ("path", path.display().to_string().into()),
                    ("reason", restore_error(&e).into()),
                ],
            ));
            ExitCode::from(1)
        });
    }
    let what = args
        .scenario
        .as_deref()
        .expect("clap requires a scenario unless resuming");
    let prepared = cli::prepare_in(what, &args.dir, args.lang.as_ref())?;
    Ok(Session::new_with(
        prepared,
        args.seed.unwrap_or_else(crate::core::session::fresh_seed),
        Options {
            shuffle: !args.no_shuffle,
            mode: if args.assess {
                SessionMode::Assessment
            } else {
                SessionMode::Practice
            },
        },
    ))
}
