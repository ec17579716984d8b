//! The command line's arguments: every command, option and default.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::records::report::Date;
use crate::text::i18n::tr_args;

/// The folder scenarios are read from unless told otherwise.
pub const DEFAULT_SCENARIOS: &str = "scenarios";

#[derive(Debug, Parser)]
#[command(
    name = "last-word",
    version,
    about = "Last Word: a customer-service training game, and the tools to write its scenarios.",
    long_about = "Last Word: a customer-service training game built on real bad-service stories.\n\n\
        With no command, opens the game. Trainers write scenarios as RON files in scenarios/ \
        (see scenarios/README.md); the commands check, list, analyze and play them in the terminal.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub game: GameArgs,
    /// The language to show Last Word in, on every command: a tag such as
    /// `it`, `lv`, `mn`, `hi`, `te` or `en` (default: the system's, from
    /// LC_ALL, LC_MESSAGES or LANG, else English). `play` and `analyze`
    /// also show the scenario's texts in it, from its translation file
    /// beside it; texts not translated stay as written. The language
    /// changes nothing recorded.
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
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
    /// Play these replies at once, e.g. `--choices 1,2`: stable reply
    /// numbers (each reply's position in the scenario file, whatever order
    /// it is shown in); `--choices ""` plays none. A conversation that ends
    /// before the list does stops there, with a note.
    #[arg(long, value_name = "REPLIES", value_parser = parse_choices, num_args = 0..=1,
        default_missing_value = "", requires = "scenario")]
    pub choices: Option<Choices>,
    /// Show replies in file order instead of shuffled (this run only; the
    /// settings screen has the lasting switch).
    #[arg(long)]
    pub no_shuffle: bool,
    /// Save a PNG of the window once the screen settles, then exit.
    #[arg(long, value_name = "PATH")]
    pub screenshot: Option<PathBuf>,
    /// The screen to capture with --screenshot: title, picker, settings,
    /// play (default with --scenario), debrief, learners, progress, or a
    /// workshop's screens: workshop (the projector), workshop-setup,
    /// standings, workshop-end (with `last-word workshop`'s --scenarios and
    /// --teams or --hands, or --scenario).
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

/// Reply numbers from the command line, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Choices(pub Vec<usize>);

/// Parses `2,1,3` into reply numbers; an empty text is no replies.
fn parse_choices(text: &str) -> Result<Choices, String> {
    if text.trim().is_empty() {
        return Ok(Choices(Vec::new()));
    }
    text.split(',')
        .map(|part| {
            part.trim()
                .parse::<usize>()
                .map_err(|_| tr_args("arg-not-a-reply", &[("text", part.trim().into())]))
        })
        .collect::<Result<_, _>>()
        .map(Choices)
}

/// Parses `1920x1080`.
fn parse_size(text: &str) -> Result<(u32, u32), String> {
    let (w, h) = text
        .split_once(['x', 'X'])
        .ok_or_else(|| tr_args("arg-not-a-size", &[("text", text.into())]))?;
    let parse = |v: &str| {
        v.trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (320..=8192).contains(n))
            .ok_or_else(|| tr_args("arg-not-a-side", &[("text", v.into())]))
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
    Learners,
    Progress,
    /// The workshop's projector: with --scenario, its first decision with
    /// a live tally of simulated phones' votes.
    Workshop,
    /// The workshop's set-up screen, prefilled as `last-word workshop`'s
    /// options say.
    WorkshopSetup,
    /// The teams' standings after the first scenario, simulated teams
    /// voting (needs `last-word workshop --teams`).
    Standings,
    /// The end of a workshop played through by simulated phones.
    WorkshopEnd,
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
        /// With --format json: print an object with `diagnostics` (the
        /// array printed without this flag) and `translations`, each
        /// translation's coverage.
        #[arg(long)]
        coverage: bool,
    },
    /// List the scenarios found: id, title, difficulty, minutes.
    List {
        /// The folder to look in.
        #[arg(long, default_value = DEFAULT_SCENARIOS)]
        dir: PathBuf,
    },
    /// Show a scenario's endings, best and worst scores and paths (stable
    /// reply numbers, which `play --choices` replays whatever the shuffle);
    /// with --runs, also play many simulated customers.
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
        /// Add the facilitator's notes: per decision the model answer, why
        /// the tempting replies tempt, the question for the room and the
        /// minutes, then the session's time budget.
        #[arg(long)]
        notes: bool,
    },
    /// Play a scenario in the terminal (recorded in the learner's
    /// progress).
    Play(PlayArgs),
    /// Write the template for translating a scenario: every text it
    /// shows, the original beside each, to `<id>.<lang>.ron` beside it
    /// (`--lang` names the language to translate into: a tag such as `it`,
    /// `lv`, `mn`, `hi`, `te` or `pt-BR`). Run
    /// again on an existing translation, it keeps what is translated, adds
    /// what is new and marks what went stale.
    Translate {
        /// A scenario id (looked up in --dir) or a path to a scenario file.
        scenario: String,
        /// Write here instead of `<id>.<lang>.ron` beside the scenario.
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
        /// The folder ids are looked up in.
        #[arg(long, default_value = DEFAULT_SCENARIOS)]
        dir: PathBuf,
    },
    /// A learner's progress: per scenario the attempts, best grade and
    /// whether it is mastered; per principle the points earned and the
    /// trend; the attempts over time; and what to play next, and why.
    Progress {
        /// The learner (default: the last one who played).
        #[arg(long, value_name = "NAME")]
        learner: Option<String>,
        /// Print it as JSON.
        #[arg(long)]
        json: bool,
        /// The scenario library the recommendation chooses from.
        #[arg(long, default_value = DEFAULT_SCENARIOS)]
        dir: PathBuf,
    },
    /// Show or set the pass mark a finished attempt needs for its scenario
    /// to count as mastered (default 80): for every scenario, or with
    /// --scenario for one.
    PassMark {
        /// The new mark, 0 to 100 (none: show the marks in force).
        #[arg(value_parser = clap::value_parser!(u32).range(0..=100))]
        mark: Option<u32>,
        /// The scenario the mark is for (default: every scenario without
        /// its own).
        #[arg(long, value_name = "ID")]
        scenario: Option<String>,
        /// Remove the scenario's own mark, so the global one applies.
        #[arg(long, requires = "scenario", conflicts_with = "mark")]
        clear: bool,
        /// The folder scenario ids are checked against.
        #[arg(long, default_value = DEFAULT_SCENARIOS)]
        dir: PathBuf,
    },
    /// The organisation's learning record store (xAPI): set it up, check
    /// the connection, see and send the statements waiting for it.
    Lrs {
        #[command(subcommand)]
        command: LrsCommand,
    },
    /// A report for managers: per learner, per scenario, per principle,
    /// and the share of answers that chose each reply at every decision
    /// point. Merges records files collected from several machines,
    /// counting each attempt once; never writes to them.
    Report(ReportArgs),
    /// Workshops saved with the records, newest first; `workshops export`
    /// writes one as CSV (one row per decision) or one HTML page.
    Workshops {
        #[command(subcommand)]
        command: Option<WorkshopsCommand>,
        /// Print the list as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Run a workshop: the game opens on the workshop's set-up (prefilled
    /// from these options) for a facilitator to run on the projector while
    /// the room votes from their phones.
    Workshop(WorkshopArgs),
}

/// `last-word workshops`' subcommands.
#[derive(Debug, Subcommand)]
pub enum WorkshopsCommand {
    /// Write one workshop as CSV or as a self-contained HTML page.
    Export {
        /// The workshop's id (or its first characters), or `latest`.
        workshop: String,
        /// csv (one row per decision) or html (one page to mail round).
        /// Default: from --out's extension (.csv, .html, .htm).
        #[arg(long, value_enum)]
        format: Option<ExportFormat>,
        /// Write to this file (replaced whole) instead of printing.
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
    },
}

/// A workshop's export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Csv,
    Html,
}

/// `last-word workshop`'s options.
#[derive(Debug, Clone, clap::Args)]
pub struct WorkshopArgs {
    /// The scenarios to run, in order (ids), e.g. `--scenarios a,b,c`.
    #[arg(long, value_name = "IDS", value_delimiter = ',')]
    pub scenarios: Vec<String>,
    /// Play in teams with these names, e.g. `--teams Red,Blue` (2 to 8).
    #[arg(
        long,
        value_name = "NAMES",
        value_delimiter = ',',
        conflicts_with = "hands"
    )]
    pub teams: Vec<String>,
    /// No phones: the facilitator types in a show of hands.
    #[arg(long)]
    pub hands: bool,
    /// Where the phones' server listens: an address (port 8421) or
    /// ADDRESS:PORT. Default: this machine's address on the local network.
    #[arg(long, value_name = "ADDR", value_parser = parse_bind)]
    pub bind: Option<std::net::SocketAddr>,
    /// Skip the set-up: start at once and open the first decision's vote
    /// (needs --scenarios; for a rehearsal, and the idle benchmark).
    #[arg(long, requires = "scenarios")]
    pub open: bool,
    #[command(flatten)]
    pub game: GameArgs,
}

/// Parses `192.168.1.5` or `192.168.1.5:8000`.
fn parse_bind(text: &str) -> Result<std::net::SocketAddr, String> {
    if let Ok(addr) = text.parse::<std::net::SocketAddr>() {
        return Ok(addr);
    }
    text.parse::<std::net::IpAddr>()
        .map(|ip| std::net::SocketAddr::new(ip, 8421))
        .map_err(|_| tr_args("arg-not-an-address", &[("text", text.into())]))
}

/// `last-word report`'s options.
#[derive(Debug, Clone, clap::Args)]
pub struct ReportArgs {
    /// Records files (records.sqlite3) to report on, e.g. copied from
    /// onboarding laptops. Default: this machine's.
    #[arg(value_name = "DATABASE")]
    pub databases: Vec<PathBuf>,
    /// text, csv (one row per attempt) or html (one self-contained page).
    /// Default: from --out's extension (.csv, .html, .htm), else text.
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    /// Only attempts started on or after this day (YYYY-MM-DD, UTC).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub since: Option<Date>,
    /// Write the report to this file instead of printing it.
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// The scenario library, for titles, the customer's lines, replies
    /// nobody chose and the best reply (default: scenarios/ if there).
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// The report's formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Text,
    Csv,
    Html,
}

/// Reads `YYYY-MM-DD`, saying in the interface's language what was
/// expected otherwise.
fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text).map_err(|_| {
        let shaped = text.trim().len() == 10
            && text.trim().chars().enumerate().all(|(i, c)| {
                if i == 4 || i == 7 {
                    c == '-'
                } else {
                    c.is_ascii_digit()
                }
            });
        let id = if shaped {
            "arg-not-a-day"
        } else {
            "arg-not-a-date"
        };
        tr_args(id, &[("text", text.into())])
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
}

/// `last-word play`'s options.
#[derive(Debug, Clone, clap::Args)]
pub struct PlayArgs {
    /// A scenario id (looked up in --dir) or a path to a scenario file.
    #[arg(required_unless_present_any = ["resume", "continue_"])]
    pub scenario: Option<String>,
    /// Seed for the customer's randomness (default: a new one each time,
    /// printed so the game can be replayed).
    #[arg(long)]
    pub seed: Option<u64>,
    /// Play these replies without asking, e.g. `--choices 2,1,3`. They
    /// are stable reply numbers: each reply's position in the scenario
    /// file, whatever order it is shown in, as `analyze` prints paths
    /// and the debrief's replay line gives them. `--choices ""` plays
    /// none. If the conversation ends first (the customer walks out, or
    /// an ending is reached), the rest go unused and a note says so.
    #[arg(long, value_name = "REPLIES", value_parser = parse_choices, num_args = 0..=1,
        default_missing_value = "")]
    pub choices: Option<Choices>,
    /// Print only the debrief, as JSON (needs --choices up to an ending).
    #[arg(long, requires = "choices")]
    pub json: bool,
    /// Show replies in file order instead of in this game's shuffled
    /// order (a resumed game keeps the order it was saved with).
    #[arg(long, conflicts_with = "resume")]
    pub no_shuffle: bool,
    /// The folder ids are looked up in.
    #[arg(long, default_value = DEFAULT_SCENARIOS)]
    pub dir: PathBuf,
    /// Resume a session saved when you quit.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["seed", "scenario"])]
    pub resume: Option<PathBuf>,
    /// Timed play: thinking time costs patience. Each moment gives you
    /// 10 s plus time to read it; every time that runs out before you
    /// answer, the customer waits another minute. Replies given with
    /// --choices are not timed.
    #[arg(long, conflicts_with = "json")]
    pub timed: bool,
    /// Assessment: hold each reply's coaching and principle points back
    /// until the debrief, which replays every decision beside the best
    /// reply offered. A resumed session keeps the mode it was saved in.
    #[arg(long, conflicts_with = "resume")]
    pub assess: bool,
    /// The learner this play is recorded for (created if new; remembered
    /// for next time). Default: the last one, or one named after you.
    #[arg(long, value_name = "NAME")]
    pub learner: Option<String>,
    /// Continue the learner's last unfinished conversation, recorded
    /// reply by reply, where it stopped (even after a crash).
    #[arg(long = "continue", conflicts_with_all = ["scenario", "seed", "resume", "json", "choices", "no_shuffle", "assess"])]
    pub continue_: bool,
    /// The language of the scenario's texts (the global `--lang`, or the
    /// system's when it has a translation); set by [`crate::cli::main`].
    #[arg(skip)]
    pub lang: Option<crate::cli::ScenarioLanguage>,
}

/// `last-word lrs`'s commands.
#[derive(Debug, Subcommand)]
pub enum LrsCommand {
    /// Set the LRS statements are sent to, and how learners are named in
    /// them; `--off` stops sending (statements wait in the outbox).
    Configure(LrsConfigure),
    /// The LRS set up, and the statements waiting, sent and refused (with
    /// the LRS's messages).
    Status,
    /// Check the connection to the LRS, writing nothing, and say what is
    /// wrong if it fails.
    Test,
    /// Send the waiting statements now, with a progress bar (exit 1 if any
    /// are left waiting because the LRS failed).
    Sync,
}

/// `last-word lrs configure`'s options.
#[derive(Debug, Clone, clap::Args)]
pub struct LrsConfigure {
    /// The LRS's xAPI endpoint, the address statements are posted under,
    /// e.g. https://lrs.example.org/xAPI/.
    #[arg(
        long,
        value_name = "URL",
        required_unless_present = "off",
        conflicts_with = "off"
    )]
    pub endpoint: Option<String>,
    /// The key (user name) the LRS gave for Last Word.
    #[arg(long, required_unless_present = "off", conflicts_with = "off")]
    pub key: Option<String>,
    /// The secret (password) that goes with the key.
    #[arg(long, required_unless_present = "off", conflicts_with = "off")]
    pub secret: Option<String>,
    /// Name learners by an account on this home page (the default, on
    /// urn:last-word:learners).
    #[arg(long, value_name = "URL", conflicts_with_all = ["mbox_domain", "off"])]
    pub account_home_page: Option<String>,
    /// Name learners by an email address at this domain
    /// (mailto:first.last@DOMAIN).
    #[arg(long, value_name = "DOMAIN", conflicts_with = "off")]
    pub mbox_domain: Option<String>,
    /// Forget the LRS: nothing is sent until one is set up again.
    #[arg(long)]
    pub off: bool,
}
