//! `last-word play`: the terminal game, scripted runs (`--choices`), JSON
//! debriefs, timed play (`--timed`), assessment (`--assess`), and saving and
//! resuming sessions.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::cli;
use crate::cli::terminal::{self, Finish, Style, TimedPlay};
use crate::core::session::{
    ChoiceError, Position, SavedSession, Session, SessionMode, ThinkingRule,
};

pub struct Args {
    pub scenario: Option<String>,
    pub seed: Option<u64>,
    pub choices: Option<Vec<usize>>,
    pub json: bool,
    pub dir: PathBuf,
    pub resume: Option<PathBuf>,
    /// Thinking time costs patience (replies from `choices` are not timed).
    pub timed: bool,
    /// Assessment mode: coaching waits for the debrief.
    pub assess: bool,
}

/// Where sessions are saved when a player quits: the user's data folder.
pub fn sessions_dir() -> PathBuf {
    directories::ProjectDirs::from("", "", "last-word")
        .map(|d| d.data_dir().join("sessions"))
        .unwrap_or_else(|| PathBuf::from(".last-word-sessions"))
}

fn save_session(session: &Session, dir: &Path) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let path = dir.join(format!("{}-{stamp}.json", session.scenario().id));
    let text = serde_json::to_string_pretty(&session.save()).expect("a session serialises");
    std::fs::write(&path, text)?;
    Ok(path)
}

pub fn run(args: Args) -> ExitCode {
    let style = Style::detect();
    let mut session = match start(&args) {
        Ok(s) => s,
        Err(code) => return code,
    };

    // Scripted replies first; in assessment, say first what it means.
    let scripted = args.choices.as_deref().unwrap_or_default();
    let assessing = !args.json && session.mode() == SessionMode::Assessment;
    if assessing && !scripted.is_empty() {
        println!("{}", terminal::assessment_intro(&style));
    }
    for (i, &number) in scripted.iter().enumerate() {
        match session.choose(number) {
            Ok(c) => {
                if !args.json {
                    print!("{}", terminal::render_consequences(&style, &c));
                }
            }
            Err(ChoiceError::Ended) => {
                let how = match session.position() {
                    Position::Ended {
                        walked_out: true, ..
                    } => " (the customer walked out)",
                    _ => "",
                };
                eprintln!(
                    "error: the conversation ended after {i} replies{how}; choice {} onwards has nothing to answer, so remove it",
                    i + 1
                );
                return ExitCode::from(1);
            }
            Err(e) => {
                eprintln!("error: choice {}: {e}", i + 1);
                return ExitCode::from(1);
            }
        }
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
                    "error: the choices ran out at `{}` before an ending; add one of the replies {} to --choices",
                    view.node,
                    numbers.join(", ")
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
        timed,
    );
    let _ = out.flush();
    match result {
        Ok(Finish::Debrief(_)) => ExitCode::SUCCESS,
        Ok(Finish::Saved(path)) => {
            println!(
                "\nSaved. Resume with: last-word play --resume {}",
                path.display()
            );
            ExitCode::SUCCESS
        }
        Ok(Finish::InputEnded(path)) => {
            eprintln!(
                "error: the input ended before the conversation did; the session is saved, resume with: last-word play --resume {}",
                path.display()
            );
            ExitCode::from(1)
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

fn start(args: &Args) -> Result<Session, ExitCode> {
    if let Some(path) = &args.resume {
        let saved: SavedSession = std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
            .map_err(|e| {
                eprintln!(
                    "error: cannot read the saved session {}: {e}",
                    path.display()
                );
                ExitCode::from(1)
            })?;
        let prepared = cli::prepare(&saved.scenario, &args.dir)?;
        return Session::restore(prepared, &saved).map_err(|e| {
            eprintln!("error: cannot resume {}: {e}", path.display());
            ExitCode::from(1)
        });
    }
    let what = args
        .scenario
        .as_deref()
        .expect("clap requires a scenario unless resuming");
    let prepared = cli::prepare(what, &args.dir)?;
    let mode = if args.assess {
        SessionMode::Assessment
    } else {
        SessionMode::Practice
    };
    Ok(Session::with_mode(
        prepared,
        args.seed.unwrap_or_else(crate::core::session::fresh_seed),
        mode,
    ))
}
