//! The command line: `validate`, `list`, `analyze`, `play`, `translate`,
//! `progress`, `pass-mark`, `lrs`, `report`.
//! Output formats and exit codes are a contract that scripts rely on; see
//! README.md.

pub mod args;
pub mod commands;
pub mod json;
mod recorder;
mod resolve;
pub mod terminal;

use std::process::ExitCode;

use clap::Parser;

pub use args::{Choices, Cli, Command, DEFAULT_SCENARIOS, Format, GameArgs, ScreenChoice};
pub use resolve::{prepare, prepare_in, resolve};

/// Runs the command line and returns the exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        None => open_game(cli.game),
        Some(Command::Validate {
            paths,
            format,
            coverage,
        }) => commands::validate::run(&paths, format, coverage),
        Some(Command::List { dir }) => commands::list::run(&dir),
        Some(Command::Analyze {
            scenario,
            json,
            dir,
            runs,
            seed,
            notes,
            lang,
        }) => commands::analyze::run(
            &scenario,
            commands::analyze::Shown { json, notes },
            &dir,
            lang.as_deref(),
            runs.map(|r| (r, seed)),
        ),
        Some(Command::Play(args)) => commands::play::run(args),
        Some(Command::Translate {
            scenario,
            lang,
            out,
            dir,
        }) => commands::translate::run(&scenario, &lang, out.as_deref(), &dir),
        Some(Command::Progress { learner, json, dir }) => {
            commands::progress::run(learner.as_deref(), json, &dir)
        }
        Some(Command::PassMark {
            mark,
            scenario,
            clear,
            dir,
        }) => commands::pass_mark::run(mark, scenario.as_deref(), clear, &dir),
        Some(Command::Lrs { command }) => commands::lrs::run(command),
        Some(Command::Report(args)) => commands::report::run(args),
        Some(Command::Workshops { command, json }) => commands::workshops::run(command, json),
        Some(Command::Workshop(args)) => open_workshop(args),
    }
}

#[cfg(feature = "gui")]
fn open_game(args: GameArgs) -> ExitCode {
    crate::game::run(game_options(args))
}

/// `last-word workshop`: the game, on the workshop's set-up.
#[cfg(feature = "gui")]
fn open_workshop(args: args::WorkshopArgs) -> ExitCode {
    use crate::workshop::record::VotingKind;
    let mut options = game_options(args.game);
    let voting = if args.hands {
        Some(VotingKind::Hands)
    } else if !args.teams.is_empty() {
        Some(VotingKind::Teams)
    } else {
        None
    };
    options.workshop = Some(crate::game::workshop::WorkshopRequest {
        scenarios: args.scenarios,
        voting,
        teams: args.teams,
        bind: args.bind,
        seed: options.seed,
        open: args.open,
    });
    crate::game::run(options)
}

#[cfg(not(feature = "gui"))]
fn open_workshop(args: args::WorkshopArgs) -> ExitCode {
    open_game(args.game)
}

#[cfg(feature = "gui")]
fn game_options(args: GameArgs) -> crate::game::GameOptions {
    use crate::game::{GameOptions, ScreenArg};
    GameOptions {
        dir: args.dir,
        scenario: args.scenario,
        choices: args.choices.map(|c| c.0).unwrap_or_default(),
        shuffle: !args.no_shuffle,
        screenshot: args.screenshot,
        screen: args.screen.map(|s| match s {
            ScreenChoice::Title => ScreenArg::Title,
            ScreenChoice::Picker => ScreenArg::Picker,
            ScreenChoice::Settings => ScreenArg::Settings,
            ScreenChoice::Play => ScreenArg::Play,
            ScreenChoice::Debrief => ScreenArg::Debrief,
            ScreenChoice::Learners => ScreenArg::Learners,
            ScreenChoice::Progress => ScreenArg::Progress,
            ScreenChoice::Workshop => ScreenArg::Workshop,
        }),
        seed: args.seed,
        window_size: args.window_size,
        continuous: args.continuous,
        bench_idle: args.bench_idle,
        workshop: None,
    }
}

#[cfg(not(feature = "gui"))]
fn open_game(_: GameArgs) -> ExitCode {
    eprintln!(
        "This build of Last Word has no game window (it was built without the `gui` feature). \
         Play in the terminal with `last-word play <scenario>`; `last-word list` shows the scenarios."
    );
    let mut cmd = <Cli as clap::CommandFactory>::command();
    let _ = cmd.print_help();
    ExitCode::from(1)
}
