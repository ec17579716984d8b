//! The command line: `validate`, `list`, `analyze`. Output formats and exit
//! codes are a contract that scripts rely on; see README.md.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use codespan_reporting::term::termcolor::{ColorChoice, StandardStream};
use serde::Serialize;

use std::sync::Arc;

use crate::analysis::{self, Analysis, AnalysisError};
use crate::diagnostic::Severity;
use crate::load::{self, Library, Loaded};
use crate::money::dollars;
use crate::montecarlo;
use crate::scenario::{Outcome, Scenario};
use crate::session::Prepared;

/// The folder scenarios are read from unless told otherwise.
pub const DEFAULT_SCENARIOS: &str = "scenarios";

#[derive(Debug, Parser)]
#[command(
    name = "last-word",
    version,
    about = "Last Word: a customer-service training game, and the tools to write its scenarios.",
    long_about = "Last Word: a customer-service training game built on real bad-service stories.\n\n\
        With no command, opens the game. Trainers write scenarios as RON files in scenarios/ \
        (see scenarios/README.md); the commands check, list, analyse and play them in the terminal.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub game: GameArgs,
}

/// Options for the game window (no command).
#[derive(Debug, Clone, clap::Args)]
pub struct GameArgs {
    /// The folder scenarios are read from.
    #[arg(long, default_value = DEFAULT_SCENARIOS)]
    pub dir: PathBuf,
    /// Open this scenario (its id) at once.
    #[arg(long, value_name = "ID")]
    pub scenario: Option<String>,
    /// Play these replies at once, e.g. `--choices 1,2`.
    #[arg(long, value_delimiter = ',', num_args = 0.., requires = "scenario")]
    pub choices: Vec<usize>,
    /// Save a PNG of the window once the screen settles, then exit.
    #[arg(long, value_name = "PATH")]
    pub screenshot: Option<PathBuf>,
    /// The screen to capture with --screenshot: title, picker, settings,
    /// play (default with --scenario) or debrief.
    #[arg(long, value_enum, requires = "screenshot")]
    pub screen: Option<ScreenChoice>,
    /// Seed for the customer's randomness.
    #[arg(long)]
    pub seed: Option<u64>,
    /// The window's size in logical pixels, e.g. `1920x1080`.
    #[arg(long, value_name = "WIDTHxHEIGHT", value_parser = parse_size, default_value = "1280x720")]
    pub window_size: (u32, u32),
    /// Draw every frame, even when nothing changes (for comparison in the
    /// idle benchmark).
    #[arg(long)]
    pub continuous: bool,
    /// Measure time to the first interactive frame and idle CPU over this
    /// many seconds, print them and exit.
    #[arg(long, value_name = "SECONDS")]
    pub bench_idle: Option<f64>,
}

/// Parses `1920x1080`.
fn parse_size(text: &str) -> Result<(u32, u32), String> {
    let (w, h) = text.split_once(['x', 'X']).ok_or_else(|| {
        format!("`{text}` is not a size; write it as WIDTHxHEIGHT, e.g. 1920x1080")
    })?;
    let parse = |v: &str| {
        v.trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (320..=8192).contains(n))
            .ok_or_else(|| format!("`{v}` is not a width or height from 320 to 8192"))
    };
    Ok((parse(w)?, parse(h)?))
}

/// Screens `--screenshot` can capture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScreenChoice {
    Title,
    Picker,
    Settings,
    Play,
    Debrief,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check scenario files for errors (exit 0 when all are valid, 1 otherwise).
    Validate {
        /// Scenario files or folders of them.
        #[arg(default_value = DEFAULT_SCENARIOS)]
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// List the scenarios found: id, title, difficulty, minutes.
    List {
        /// The folder to look in.
        #[arg(long, default_value = DEFAULT_SCENARIOS)]
        dir: PathBuf,
    },
    /// Show a scenario's endings, best and worst scores and paths; with
    /// --runs, also play many simulated customers.
    Analyze {
        /// A scenario id (looked up in --dir) or a path to a scenario file.
        scenario: String,
        /// Print the analysis as JSON.
        #[arg(long)]
        json: bool,
        /// The folder ids are looked up in.
        #[arg(long, default_value = DEFAULT_SCENARIOS)]
        dir: PathBuf,
        /// Play this many customers with random replies, and as many along
        /// the best path, and report the spread of score, outcome and money.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=100_000_000))]
        runs: Option<u64>,
        /// Seed for --runs (the same seed gives the same report).
        #[arg(long, default_value_t = 1, requires = "runs")]
        seed: u64,
    },
    /// Play a scenario in the terminal.
    Play {
        /// A scenario id (looked up in --dir) or a path to a scenario file.
        #[arg(required_unless_present = "resume")]
        scenario: Option<String>,
        /// Seed for the customer's randomness (default: a new one each time,
        /// printed so the game can be replayed).
        #[arg(long)]
        seed: Option<u64>,
        /// Play these replies without asking, e.g. `--choices 2,1,3`.
        #[arg(long, value_delimiter = ',', num_args = 0..)]
        choices: Option<Vec<usize>>,
        /// Print only the debrief, as JSON (needs --choices up to an ending).
        #[arg(long, requires = "choices")]
        json: bool,
        /// The folder ids are looked up in.
        #[arg(long, default_value = DEFAULT_SCENARIOS)]
        dir: PathBuf,
        /// Resume a session saved when you quit.
        #[arg(long, value_name = "FILE", conflicts_with_all = ["seed", "scenario"])]
        resume: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
}

/// Runs the command line and returns the exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        None => open_game(cli.game),
        Some(Command::Validate { paths, format }) => validate(&paths, format),
        Some(Command::List { dir }) => list(&dir),
        Some(Command::Analyze {
            scenario,
            json,
            dir,
            runs,
            seed,
        }) => analyze(&scenario, json, &dir, runs.map(|r| (r, seed))),
        Some(Command::Play {
            scenario,
            seed,
            choices,
            json,
            dir,
            resume,
        }) => crate::play::run(crate::play::Args {
            scenario,
            seed,
            choices,
            json,
            dir,
            resume,
        }),
    }
}

#[cfg(feature = "gui")]
fn open_game(args: GameArgs) -> ExitCode {
    use crate::game::{GameOptions, ScreenArg};
    crate::game::run(GameOptions {
        dir: args.dir,
        scenario: args.scenario,
        choices: args.choices,
        screenshot: args.screenshot,
        screen: args.screen.map(|s| match s {
            ScreenChoice::Title => ScreenArg::Title,
            ScreenChoice::Picker => ScreenArg::Picker,
            ScreenChoice::Settings => ScreenArg::Settings,
            ScreenChoice::Play => ScreenArg::Play,
            ScreenChoice::Debrief => ScreenArg::Debrief,
        }),
        seed: args.seed,
        window_size: args.window_size,
        continuous: args.continuous,
        bench_idle: args.bench_idle,
    })
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

fn color_choice() -> ColorChoice {
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
        || !std::io::stderr().is_terminal()
    {
        ColorChoice::Never
    } else {
        ColorChoice::Auto
    }
}

fn print_diagnostics(library: &Library) {
    let mut err = StandardStream::stderr(color_choice());
    for (src, d) in library.diagnostics() {
        d.render(src, &mut err);
    }
}

fn validate(paths: &[PathBuf], format: Format) -> ExitCode {
    let library = load::load_paths(paths);
    match format {
        Format::Json => {
            let all: Vec<_> = library.diagnostics().map(|(_, d)| d).collect();
            println!(
                "{}",
                serde_json::to_string_pretty(&all).expect("diagnostics serialise")
            );
        }
        Format::Human => {
            print_diagnostics(&library);
            let (errors, warnings) =
                library
                    .diagnostics()
                    .fold((0, 0), |(e, w), (_, d)| match d.severity {
                        Severity::Error => (e + 1, w),
                        Severity::Warning => (e, w + 1),
                    });
            let files = library.scenarios.len();
            let valid = library.scenarios.iter().filter(|l| !l.has_errors()).count();
            println!(
                "checked {files} scenario file{}: {valid} valid, {errors} error{}, {warnings} warning{}",
                plural(files),
                plural(errors),
                plural(warnings)
            );
        }
    }
    if library.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn list(dir: &Path) -> ExitCode {
    let library = load::load_paths(&[dir.to_path_buf()]);
    let mut out = std::io::stdout().lock();
    let mut broken = 0;
    for loaded in &library.scenarios {
        match loaded.valid() {
            Some(s) => {
                let _ = writeln!(
                    out,
                    "{}\t{}\t{}\t{} min",
                    s.id,
                    s.title,
                    s.difficulty.label(),
                    s.minutes
                );
            }
            None => broken += 1,
        }
    }
    if broken > 0 || library.other.iter().any(|(_, d)| d.is_error()) {
        eprintln!(
            "{broken} scenario file{} in {} could not be loaded; run `last-word validate {}` to see why",
            plural(broken),
            dir.display(),
            dir.display()
        );
    }
    if library.scenarios.is_empty() {
        eprintln!("no scenarios found in {}", dir.display());
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

/// Finds a scenario by path or by id and makes it ready to play, printing
/// why when it cannot be used.
pub fn prepare(what: &str, dir: &Path) -> Result<Arc<Prepared>, ExitCode> {
    let loaded = resolve(what, dir)?;
    let folder = loaded.path.parent().unwrap_or(Path::new("."));
    let (vocabulary, _) = load::vocabulary_for(folder);
    let scenario = loaded.scenario.expect("resolved scenarios are valid");
    Prepared::new(scenario, &vocabulary).map_err(|e| {
        eprintln!("error: cannot analyse {}: {e}", loaded.path.display());
        ExitCode::from(1)
    })
}

/// Finds a scenario by path or by id, printing why when it cannot be used.
pub fn resolve(what: &str, dir: &Path) -> Result<Loaded, ExitCode> {
    let as_path = Path::new(what);
    let library = if as_path.is_file() {
        load::load_paths(&[as_path.to_path_buf()])
    } else {
        let library = load::load_paths(&[dir.to_path_buf()]);
        let Some(index) = library
            .scenarios
            .iter()
            .position(|l| l.scenario.as_ref().is_some_and(|s| s.id == what))
        else {
            let ids: Vec<&str> = library
                .scenarios
                .iter()
                .filter_map(|l| l.scenario.as_ref().map(|s| s.id.as_str()))
                .collect();
            eprintln!(
                "error: no scenario file or scenario id `{what}` (looked in {})",
                dir.display()
            );
            match crate::diagnostic::nearest(what, ids.iter().copied()) {
                Some(near) => eprintln!("help: did you mean `{near}`?"),
                None if ids.is_empty() => {
                    eprintln!("help: there are no scenarios there; pass --dir or a file path")
                }
                None => eprintln!("help: the scenarios are: {}", ids.join(", ")),
            }
            return Err(ExitCode::from(1));
        };
        let mut library = library;
        let loaded = library.scenarios.swap_remove(index);
        Library {
            scenarios: vec![loaded],
            other: Vec::new(),
        }
    };
    let has_errors = library.has_errors();
    if has_errors {
        print_diagnostics(&library);
        eprintln!("error: the scenario has errors; fix them and try again");
        return Err(ExitCode::from(1));
    }
    let mut library = library;
    Ok(library.scenarios.remove(0))
}

/// The analysis as JSON: a stable contract.
#[derive(Debug, Serialize)]
pub struct AnalysisJson<'a> {
    pub scenario: &'a str,
    pub title: &'a str,
    pub nodes: usize,
    pub reachable_nodes: usize,
    pub endings: &'a [analysis::EndingReach],
    pub best_score: i64,
    pub worst_score: i64,
    /// 1-based reply numbers, as `last-word play --choices` takes them.
    pub best_path: Vec<usize>,
    pub worst_path: Vec<usize>,
    pub best_ending: &'a str,
    pub worst_ending: &'a str,
    pub paths: analysis::PathCount,
}

impl<'a> AnalysisJson<'a> {
    pub fn new(s: &'a Scenario, a: &'a Analysis) -> Self {
        AnalysisJson {
            scenario: &s.id,
            title: &s.title,
            nodes: s.nodes.len(),
            reachable_nodes: a.reachable_nodes,
            endings: &a.endings,
            best_score: a.best_score,
            worst_score: a.worst_score,
            best_path: a.best_path.iter().map(|s| s.reply + 1).collect(),
            worst_path: a.worst_path.iter().map(|s| s.reply + 1).collect(),
            best_ending: &s.endings[a.best_ending].id,
            worst_ending: &s.endings[a.worst_ending].id,
            paths: a.paths,
        }
    }
}

fn analyze(what: &str, json: bool, dir: &Path, monte_carlo: Option<(u64, u64)>) -> ExitCode {
    let prepared = match prepare(what, dir) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let s = &prepared.scenario;
    let a = &prepared.analysis;
    let report = monte_carlo.map(|(runs, seed)| {
        let bar = indicatif::ProgressBar::new(2 * runs);
        if runs < 20_000 {
            bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
        }
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "simulating {bar:40} {pos}/{len} customers ({eta} left)",
            )
            .expect("the template is valid"),
        );
        let report = montecarlo::simulate(&prepared, runs, seed, &|done| bar.set_position(done));
        bar.finish_and_clear();
        report
    });
    if json {
        #[derive(Serialize)]
        struct Out<'a> {
            #[serde(flatten)]
            analysis: AnalysisJson<'a>,
            #[serde(skip_serializing_if = "Option::is_none")]
            monte_carlo: Option<&'a montecarlo::Report>,
        }
        let out = Out {
            analysis: AnalysisJson::new(s, a),
            monte_carlo: report.as_ref(),
        };
        println!(
            "{}",
            serde_json::to_string_pretty(&out).expect("analysis serialises")
        );
    } else {
        print!("{}", render_analysis(s, a));
        if let Some(r) = &report {
            print!("{}", render_monte_carlo(r));
        }
    }
    ExitCode::SUCCESS
}

/// The Monte Carlo report for a person to read.
pub fn render_monte_carlo(r: &montecarlo::Report) -> String {
    use std::fmt::Write as _;
    let mut o = String::new();
    let _ = writeln!(
        o,
        "\nSimulated customers ({} per policy, seed {}):",
        r.random.runs, r.seed
    );
    for p in [&r.random, &r.best] {
        let name = match p.policy {
            montecarlo::Policy::Random => "Random replies",
            montecarlo::Policy::Best => "Best path",
        };
        let _ = writeln!(o, "\n  {name}");
        let _ = writeln!(
            o,
            "    score: mean {:.1}, median {:.0}, 10%–90% {:.0}–{:.0}, range {:.0}–{:.0}",
            p.score.mean, p.score.median, p.score.p10, p.score.p90, p.score.min, p.score.max
        );
        let outcomes: Vec<String> = Outcome::ALL
            .iter()
            .map(|o| format!("{} {:.1}%", o.label(), p.outcomes[o.label()] * 100.0))
            .collect();
        let _ = writeln!(o, "    outcomes: {}", outcomes.join(", "));
        let _ = writeln!(o, "    walked out: {:.1}%", p.walked_out * 100.0);
        let _ = writeln!(
            o,
            "    revenue lost per customer: mean {}, median {}, 10%–90% {}–{}",
            dollars(p.lost_revenue.mean.round()),
            dollars(p.lost_revenue.median.round()),
            dollars(p.lost_revenue.p10.round()),
            dollars(p.lost_revenue.p90.round())
        );
        let _ = writeln!(
            o,
            "    revenue kept per customer: mean {}",
            dollars(p.kept_revenue.mean.round())
        );
    }
    o
}

/// The analysis for a person to read.
pub fn render_analysis(s: &Scenario, a: &Analysis) -> String {
    use std::fmt::Write as _;
    let mut o = String::new();
    let replies: usize = s.nodes.iter().map(|n| n.replies.len()).sum();
    let _ = writeln!(o, "{} ({})", s.title, s.id);
    let _ = writeln!(
        o,
        "  {} nodes ({} reachable), {} replies, {} endings",
        s.nodes.len(),
        a.reachable_nodes,
        replies,
        s.endings.len()
    );
    let count = if a.paths.exact {
        a.paths.count.to_string()
    } else {
        format!("at least {}", a.paths.count)
    };
    let kind = if a.paths.loops {
        " that visit no node twice (the scenario has loops)"
    } else {
        ""
    };
    let _ = writeln!(o, "  paths: {count} distinct playthroughs{kind}");
    let _ = writeln!(o, "\nEndings:");
    for e in &a.endings {
        let _ = writeln!(
            o,
            "  {:<24} {:<26} {}",
            e.id,
            e.outcome.label(),
            if e.reachable {
                "reachable"
            } else {
                "UNREACHABLE"
            }
        );
    }
    for (label, score, path, ending) in [
        ("Best", a.best_score, &a.best_path, a.best_ending),
        ("Worst", a.worst_score, &a.worst_path, a.worst_ending),
    ] {
        let numbers: Vec<String> = path.iter().map(|s| (s.reply + 1).to_string()).collect();
        let _ = writeln!(
            o,
            "\n{label} score: {score:+} (replies {}, ending `{}`)",
            numbers.join(","),
            s.endings[ending].id
        );
        for (i, step) in path.iter().enumerate() {
            let node = &s.nodes[step.node];
            let reply = &node.replies[step.reply];
            let _ = writeln!(
                o,
                "  {:>2}. [{}] reply {} ({:+}): {}",
                i + 1,
                node.id,
                step.reply + 1,
                reply.score(),
                reply.text
            );
        }
    }
    let _ = writeln!(
        o,
        "\nA reply scores the first time it is taken; play a path with `last-word play {} --choices <replies>`.",
        s.id
    );
    o
}

impl std::fmt::Display for AnalysisError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AnalysisError::NoStart => write!(f, "the start node does not exist"),
            AnalysisError::CannotFinish { node } => {
                write!(f, "node {} cannot reach an ending", node + 1)
            }
            AnalysisError::LoopTooLarge { nodes, scored } => write!(
                f,
                "a loop of {} nodes holds {scored} scored replies",
                nodes.len()
            ),
        }
    }
}
