//! The command line: `validate`, `list`, `analyze`, `play`, `translate`,
//! `progress`, `pass-mark`, `lrs`, `report`.
//! Output formats and exit codes are a contract that scripts rely on; see
//! README.md.

pub mod args;
pub mod commands;
pub mod help;
pub mod json;
mod recorder;
mod resolve;
pub mod terminal;

use std::process::ExitCode;

use clap::FromArgMatches;

pub use args::{Choices, Cli, Command, DEFAULT_SCENARIOS, Format, GameArgs, ScreenChoice};
pub use resolve::{ScenarioLanguage, prepare, prepare_in, resolve};

use crate::text::i18n::{self, Language};

/// Runs the command line and returns the exit code.
pub fn main() -> ExitCode {
    let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The interface's language first: `--help` and clap's errors print
    // while the arguments are read, in it. `translate --lang` names the
    // language to translate into, which the interface need not speak.
    let ui_flag = help::ui_language_flag(&argv);
    set_ui_language(ui_flag.as_deref());
    let mut cmd = help::command();
    let cli = match cmd
        .try_get_matches_from_mut(argv)
        .and_then(|matches| Cli::from_arg_matches(&matches))
    {
        Ok(cli) => cli,
        Err(e) => help::exit_with(e, &cmd),
    };
    let scenario_language = scenario_language(ui_flag.as_deref());
    match cli.command {
        // The game chooses from `--lang`, its own setting and the system's.
        None => open_game(cli.game, cli.lang.as_deref()),
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
        }) => commands::analyze::run(
            &scenario,
            commands::analyze::Shown { json, notes },
            &dir,
            scenario_language.as_ref(),
            runs.map(|r| (r, seed)),
        ),
        Some(Command::Play(mut args)) => {
            args.lang = scenario_language;
            commands::play::run(args)
        }
        Some(Command::Translate { scenario, out, dir }) => match cli.lang.as_deref() {
            Some(lang) => commands::translate::run(&scenario, lang, out.as_deref(), &dir),
            None => {
                resolve::error(&i18n::tr_args(
                    "translate-say-which",
                    &[("scenario", scenario.as_str().into())],
                ));
                ExitCode::from(2)
            }
        },
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
        Some(Command::Workshop(args)) => open_workshop(args, cli.lang.as_deref()),
    }
}

/// Sets the interface's language from `--lang` or the system locale,
/// saying on stderr when it is one Last Word does not speak.
fn set_ui_language(flag: Option<&str>) {
    let (language, note) = i18n::choose(flag, |name| std::env::var(name).ok());
    if let Some(note) = note {
        eprintln!("{note}");
    }
    i18n::set_language(language);
}

/// The language the scenario's texts are asked in: `--lang` always, the
/// system's when it is not English (used where a translation exists).
fn scenario_language(flag: Option<&str>) -> Option<ScenarioLanguage> {
    let language = i18n::current().language();
    match flag {
        // Scenarios are written in English: English is the original.
        Some(tag) if Language::from_tag(tag) == Some(Language::English) => None,
        Some(tag) => Some(ScenarioLanguage::Asked(tag.to_string())),
        None if language != Language::English => {
            Some(ScenarioLanguage::System(language.tag().to_string()))
        }
        None => None,
    }
}

#[cfg(feature = "gui")]
fn open_game(args: GameArgs, lang: Option<&str>) -> ExitCode {
    crate::game::run(game_options(args, lang))
}

/// `last-word workshop`: the game, on the workshop's set-up.
#[cfg(feature = "gui")]
fn open_workshop(args: args::WorkshopArgs, lang: Option<&str>) -> ExitCode {
    use crate::workshop::record::VotingKind;
    let mut options = game_options(args.game, lang);
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
fn open_workshop(args: args::WorkshopArgs, lang: Option<&str>) -> ExitCode {
    open_game(args.game, lang)
}

#[cfg(feature = "gui")]
fn game_options(args: GameArgs, lang: Option<&str>) -> crate::game::GameOptions {
    use crate::game::{GameOptions, ScreenArg};
    let system = i18n::choose(None, |name| std::env::var(name).ok()).0;
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
            ScreenChoice::WorkshopSetup => ScreenArg::WorkshopSetup,
            ScreenChoice::Standings => ScreenArg::Standings,
            ScreenChoice::WorkshopEnd => ScreenArg::WorkshopEnd,
        }),
        seed: args.seed,
        window_size: args.window_size,
        continuous: args.continuous,
        bench_idle: args.bench_idle,
        workshop: None,
        language: lang.and_then(Language::from_tag),
        system_language: system,
    }
}

#[cfg(not(feature = "gui"))]
fn open_game(_: GameArgs, _: Option<&str>) -> ExitCode {
    eprintln!("{}", i18n::tr("no-game-window"));
    let _ = help::command().print_help();
    ExitCode::from(1)
}
