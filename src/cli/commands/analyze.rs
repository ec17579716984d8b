//! `last-word analyze`: a scenario's endings, best and worst paths; with
//! `--notes` the facilitator's notes, and with `--runs` many simulated
//! customers.

use std::path::Path;
use std::process::ExitCode;

use serde::Serialize;

use crate::cli::resolve::prepare_in;
use crate::cli::terminal::wrap;
use crate::core::analysis::{self, Analysis};
use crate::core::facilitator::{DecisionBrief, NotedReply, WorkshopTiming};
use crate::core::montecarlo;
use crate::core::scenario::{Outcome, Scenario};
use crate::core::session::Prepared;
use crate::text::i18n::{number, tr, tr_args};
use crate::text::{dollars, outcome_label};

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

/// What `analyze` prints besides the analysis.
#[derive(Debug, Clone, Copy, Default)]
pub struct Shown {
    /// JSON instead of text.
    pub json: bool,
    /// The facilitator's notes.
    pub notes: bool,
}

/// The facilitator's notes as JSON, under `facilitator`.
#[derive(Debug, Serialize)]
pub struct NotesJson<'a> {
    pub summary: &'a str,
    /// Every decision's notes, the best path's first.
    pub decisions: Vec<DecisionBrief>,
    pub timing: WorkshopTiming,
}

impl<'a> NotesJson<'a> {
    /// The notes of a scenario that has them.
    pub fn new(p: &'a Prepared) -> Option<Self> {
        Some(NotesJson {
            summary: &p.facilitator()?.summary,
            decisions: p.all_notes(),
            timing: p.workshop_timing()?,
        })
    }
}

/// Analyzes the scenario `what` names, looked up in `dir`, its texts in a
/// language when one is given.
pub fn run(
    what: &str,
    shown: Shown,
    dir: &Path,
    language: Option<&crate::cli::ScenarioLanguage>,
    monte_carlo: Option<(u64, u64)>,
) -> ExitCode {
    let prepared = match prepare_in(what, dir, language) {
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
            indicatif::ProgressStyle::with_template(&super::lrs::progress_template(tr("mc-bar")))
                .expect("the template is valid"),
        );
        let report = montecarlo::simulate(&prepared, runs, seed, &|done| bar.set_position(done));
        bar.finish_and_clear();
        report
    });
    if shown.json {
        #[derive(Serialize)]
        struct Out<'a> {
            #[serde(flatten)]
            analysis: AnalysisJson<'a>,
            #[serde(skip_serializing_if = "Option::is_none")]
            monte_carlo: Option<serde_json::Value>,
            /// With `--notes`: the notes, or `null` when there are none.
            #[serde(skip_serializing_if = "Option::is_none")]
            facilitator: Option<Option<NotesJson<'a>>>,
        }
        let out = Out {
            analysis: AnalysisJson::new(s, a),
            monte_carlo: report.as_ref().map(crate::cli::json::monte_carlo),
            facilitator: shown.notes.then(|| NotesJson::new(&prepared)),
        };
        println!(
            "{}",
            serde_json::to_string_pretty(&out).expect("analysis serialises")
        );
    } else {
        print!("{}", render_analysis(s, a));
        if shown.notes {
            print!("{}", render_notes(&prepared));
        }
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
    let heading = tr_args(
        "mc-heading",
        &[
            ("runs", r.random.runs.to_string().into()),
            ("seed", r.seed.to_string().into()),
        ],
    );
    let _ = writeln!(o, "\n{heading}");
    let fixed = |v: f64, decimals: usize| number(&format!("{v:.decimals$}"));
    let share = |v: f64| format!("{}%", fixed(v * 100.0, 1));
    for p in [&r.random, &r.best] {
        let name = tr(match p.policy {
            montecarlo::Policy::Random => "mc-random",
            montecarlo::Policy::Best => "mc-best",
        });
        let _ = writeln!(o, "\n  {name}");
        let score = tr_args(
            "mc-score",
            &[
                ("mean", fixed(p.score.mean, 1).into()),
                ("median", fixed(p.score.median, 0).into()),
                ("p10", fixed(p.score.p10, 0).into()),
                ("p90", fixed(p.score.p90, 0).into()),
                ("min", fixed(p.score.min, 0).into()),
                ("max", fixed(p.score.max, 0).into()),
            ],
        );
        let _ = writeln!(o, "    {score}");
        let outcomes: Vec<String> = Outcome::ALL
            .iter()
            .map(|o| format!("{} {}", outcome_label(*o), share(p.outcomes[o])))
            .collect();
        let outcomes = tr_args("mc-outcomes", &[("list", outcomes.join(", ").into())]);
        let _ = writeln!(o, "    {outcomes}");
        let walked = tr_args("mc-walked-out", &[("share", share(p.walked_out).into())]);
        let _ = writeln!(o, "    {walked}");
        let money = |v: f64| dollars(v.round());
        let lost = tr_args(
            "mc-lost",
            &[
                ("mean", money(p.lost_revenue.mean).into()),
                ("median", money(p.lost_revenue.median).into()),
                ("p10", money(p.lost_revenue.p10).into()),
                ("p90", money(p.lost_revenue.p90).into()),
            ],
        );
        let _ = writeln!(o, "    {lost}");
        let kept = tr_args("mc-kept", &[("mean", money(p.kept_revenue.mean).into())]);
        let _ = writeln!(o, "    {kept}");
    }
    o
}

/// The analysis for a person to read.
pub fn render_analysis(s: &Scenario, a: &Analysis) -> String {
    use std::fmt::Write as _;
    let mut o = String::new();
    let replies: usize = s.nodes.iter().map(|n| n.replies.len()).sum();
    let _ = writeln!(o, "{} ({})", s.title, s.id);
    let counts = tr_args(
        "analyze-counts",
        &[
            ("nodes", s.nodes.len().into()),
            ("reachable", a.reachable_nodes.into()),
            ("replies", replies.into()),
            ("endings", s.endings.len().into()),
        ],
    );
    let _ = writeln!(o, "  {counts}");
    let yes_no = |b: bool| if b { "yes" } else { "no" };
    let paths = tr_args(
        "analyze-paths",
        &[
            ("count", a.paths.count.to_string().into()),
            ("exact", yes_no(a.paths.exact).into()),
            ("loops", yes_no(a.paths.loops).into()),
        ],
    );
    let _ = writeln!(o, "  {paths}");
    let _ = writeln!(o, "\n{}", tr("analyze-endings"));
    for e in &a.endings {
        let _ = writeln!(
            o,
            "  {:<24} {:<26} {}",
            e.id,
            outcome_label(e.outcome),
            tr(if e.reachable {
                "ending-reachable"
            } else {
                "ending-unreachable"
            })
        );
    }
    for (id, score, path, ending) in [
        ("analyze-best", a.best_score, &a.best_path, a.best_ending),
        (
            "analyze-worst",
            a.worst_score,
            &a.worst_path,
            a.worst_ending,
        ),
    ] {
        let numbers: Vec<String> = path.iter().map(|s| (s.reply + 1).to_string()).collect();
        let line = tr_args(
            id,
            &[
                ("score", format!("{score:+}").into()),
                ("replies", numbers.join(",").into()),
                ("ending", s.endings[ending].id.as_str().into()),
            ],
        );
        let _ = writeln!(o, "\n{line}");
        for (i, step) in path.iter().enumerate() {
            let node = &s.nodes[step.node];
            let reply = &node.replies[step.reply];
            let said = tr_args(
                "analyze-step",
                &[
                    ("reply", (step.reply + 1).to_string().into()),
                    ("points", format!("{:+}", reply.score()).into()),
                    ("text", reply.text.as_str().into()),
                ],
            );
            let _ = writeln!(o, "  {:>2}. [{}] {said}", i + 1, node.id);
        }
    }
    let footer = tr_args("analyze-footer", &[("id", s.id.as_str().into())]);
    let _ = writeln!(o, "\n{footer}\n{}", tr("analyze-reply-numbers"));
    o
}

/// The facilitator's notes for a person preparing a workshop: the summary,
/// each decision (the best path's first) with the model answer beside the
/// analysis's best reply, the tempting replies and the question, then the
/// time budget.
pub fn render_notes(p: &Prepared) -> String {
    use std::fmt::Write as _;
    let mut o = String::new();
    let (Some(notes), Some(timing)) = (p.facilitator(), p.workshop_timing()) else {
        let _ = writeln!(o, "\n{}", tr("notes-none"));
        return o;
    };
    let _ = writeln!(o, "\n{}", tr("notes-heading"));
    let _ = writeln!(o, "{}", wrap(&notes.summary, "  "));
    let on_path = timing.decisions.len();
    let parts: Vec<String> = timing
        .decisions
        .iter()
        .map(|(_, m)| m.to_string())
        .chain([timing.debrief.to_string()])
        .collect();
    let time = tr_args(
        "notes-time",
        &[
            ("decisions", on_path.into()),
            ("sum", parts.join(" + ").into()),
            ("total", timing.total.into()),
        ],
    );
    let _ = writeln!(o, "\n  {time}");
    for (i, brief) in p.all_notes().iter().enumerate() {
        if i == on_path {
            let _ = writeln!(o, "\n  {}", tr("notes-off-path"));
        }
        o.push_str(&render_decision(brief));
    }
    o
}

/// One decision's notes.
fn render_decision(b: &DecisionBrief) -> String {
    use std::fmt::Write as _;
    let mut o = String::new();
    let heading = tr_args(
        "notes-decision",
        &[
            ("node", b.node.as_str().into()),
            ("minutes", number(&b.minutes.to_string()).into()),
            ("line", b.line.as_str().into()),
        ],
    );
    let _ = writeln!(o, "\n{}", wrap(&heading, "  "));
    o.push_str(&noted("notes-model-answer", &b.model_answer));
    if b.best != b.model_answer.number {
        let other = tr_args("notes-other-best", &[("reply", b.best.into())]);
        let _ = writeln!(o, "    {other}");
    }
    for t in &b.tempting {
        o.push_str(&noted("notes-tempting", t));
    }
    if let Some(ask) = &b.ask {
        let ask = tr_args("notes-ask", &[("question", ask.as_str().into())]);
        let _ = writeln!(o, "{}", wrap(&ask, "    "));
    }
    o
}

/// A reply the notes speak of (`id`: a model answer or a tempting one),
/// with its note below it.
fn noted(id: &str, r: &NotedReply) -> String {
    let said = tr_args(
        id,
        &[
            ("reply", r.number.into()),
            ("points", format!("{:+}", r.points).into()),
            ("text", r.text.as_str().into()),
        ],
    );
    format!("{}\n{}\n", wrap(&said, "    "), wrap(&r.note, "      "))
}
