//! `last-word progress`: a learner's record, as text or JSON. Per scenario
//! the attempts, the best score and grade, and whether it is mastered; per
//! principle the points earned across finished attempts against what the
//! best paths earn, and whether the learner is improving at it; every
//! finished attempt's score in order; mastered out of the library and the
//! scenario to play next with its reason; and the conversation
//! `play --continue` would resume.

use std::path::Path;
use std::process::ExitCode;

use serde_json::json;

use crate::core::load;
use crate::core::session::Prepared;
use crate::records::{AttemptSummary, LibraryScenario, Next, Outlook, Progress, Records, outlook};
use crate::text::i18n::{Language, tr, tr_args, with_language};
use crate::text::principle_label;
use crate::text::progress::{date, mastered_line, next_sentence, percent, trend_label};

pub fn run(learner: Option<&str>, json: bool, dir: &Path) -> ExitCode {
    let library = library(dir);
    match gather(learner) {
        Ok(Some((progress, unfinished))) => {
            let outlook = outlook(Some(&progress), &library);
            if json {
                let mut v = serde_json::to_value(&progress).expect("progress serialises");
                v["unfinished"] = serde_json::to_value(&unfinished).expect("attempts serialise");
                add_outlook(&mut v, &outlook);
                emit(&serde_json::to_string_pretty(&v).expect("JSON prints"));
            } else {
                emit(render(&progress, &unfinished, &outlook).trim_end());
            }
            ExitCode::SUCCESS
        }
        Ok(None) if json => {
            let mut empty = json!({"learner": null, "scenarios": [], "principles": [],
                "history": [], "unfinished": []});
            add_outlook(&mut empty, &outlook(None, &library));
            emit(&serde_json::to_string_pretty(&empty).expect("JSON prints"));
            ExitCode::SUCCESS
        }
        Ok(None) => {
            emit(tr("progress-nobody"));
            emit(next_lines(&outlook(None, &library)).trim_end());
            ExitCode::SUCCESS
        }
        Err(e) => {
            crate::cli::resolve::error(&crate::text::errors::records_error(&e));
            ExitCode::from(1)
        }
    }
}

/// Prints a line; a closed pipe (`| head`) is not an error.
fn emit(text: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stdout().lock(), "{text}");
}

/// The valid scenarios of `dir`, as the recommendation weighs them; a
/// scenario with errors is left out (`last-word validate` says why).
fn library(dir: &Path) -> Vec<LibraryScenario> {
    let (vocabulary, _) = load::vocabulary_for(dir);
    load::load_paths(&[dir.to_path_buf()])
        .scenarios
        .into_iter()
        .filter_map(|l| l.into_valid())
        .map(|valid| LibraryScenario::of(&Prepared::new(valid, &vocabulary)))
        .collect()
}

/// `mastered`, `library` and `recommendation` (with its `sentence`).
fn add_outlook(v: &mut serde_json::Value, o: &Outlook) {
    v["mastered"] = json!(o.mastered);
    v["library"] = json!(o.library);
    let mut next = serde_json::to_value(&o.next).expect("the recommendation serialises");
    // The JSON is for scripts: its sentence stays English.
    next["sentence"] = json!(with_language(Language::English, || next_sentence(o)));
    v["recommendation"] = next;
}

type Gathered = Option<(Progress, Vec<AttemptSummary>)>;

fn gather(learner: Option<&str>) -> Result<Gathered, crate::records::Error> {
    let records = Records::open_default()?;
    let Some(learner) = records.learner_to_show(learner)? else {
        return Ok(None);
    };
    let unfinished = records.unfinished(learner.id)?;
    Ok(Some((records.progress(&learner)?, unfinished)))
}

/// The record as text: one line per scenario, one per principle, one per
/// finished attempt, then what to play next.
pub fn render(p: &Progress, unfinished: &[AttemptSummary], o: &Outlook) -> String {
    let mut out = tr_args(
        "progress-of",
        &[("learner", p.learner.name.as_str().into())],
    );
    out.push('\n');
    if p.scenarios.is_empty() {
        out.push_str(&format!("\n{}\n", tr("progress-no-attempts")));
        out.push_str(&next_lines(o));
        return out;
    }
    let mastered = p.scenarios.iter().filter(|s| s.mastered).count();
    let played = tr_args(
        "progress-scenarios",
        &[
            ("mastered", mastered.into()),
            ("played", p.scenarios.len().into()),
        ],
    );
    out.push_str(&format!("\n{played}\n"));
    let width = p
        .scenarios
        .iter()
        .map(|s| s.scenario.len())
        .max()
        .unwrap_or(0);
    for s in &p.scenarios {
        let best = match (s.best_score, s.best_grade) {
            (Some(score), Some(grade)) => tr_args(
                "progress-best",
                &[
                    ("score", score.to_string().into()),
                    ("grade", grade.to_string().into()),
                ],
            ),
            _ => tr("progress-not-finished").to_string(),
        };
        let verdict = tr_args(
            if s.mastered {
                "progress-mastered"
            } else {
                "progress-not-mastered"
            },
            &[("mark", s.pass_mark.to_string().into())],
        );
        let attempts = tr_args(
            "progress-attempts",
            &[
                ("attempts", s.attempts.into()),
                ("finished", s.finished.into()),
            ],
        );
        out.push_str(&format!(
            "  {:width$}  {attempts}  {best}  {verdict}\n",
            s.scenario
        ));
    }
    if !p.principles.is_empty() {
        out.push_str(&format!("\n{}\n", tr("progress-principles")));
        let names: Vec<String> = p
            .principles
            .iter()
            .map(|x| principle_label(&x.id, &x.name))
            .collect();
        let width = names
            .iter()
            .map(|n| textwrap::core::display_width(n))
            .max()
            .unwrap_or(0);
        for (x, name) in p.principles.iter().zip(&names) {
            let of = tr_args(
                "progress-earned-of",
                &[
                    ("earned", format!("{:+}", x.earned).into()),
                    ("best", format!("{:+}", x.best).into()),
                ],
            );
            let pad = " ".repeat(width - textwrap::core::display_width(name));
            out.push_str(&format!(
                "  {name}{pad}  {of}{}  {}\n",
                x.share()
                    .map_or(String::new(), |s| format!(" ({})", percent(s))),
                trend(x),
            ));
        }
    }
    out.push_str(&history(p));
    out.push_str(&format!("\n{}\n", mastered_line(o)));
    out.push_str(&next_lines(o));
    if let Some(a) = unfinished.first() {
        let line = tr_args(
            "progress-unfinished",
            &[
                ("scenario", a.scenario.as_str().into()),
                ("replies", a.replies.into()),
            ],
        );
        out.push_str(&format!("\n{line}\n"));
    }
    out
}

/// "improving (25% then 75%)", or why there is no trend.
fn trend(p: &crate::records::PrincipleTotal) -> String {
    match (p.earlier_share, p.later_share) {
        (Some(a), Some(b)) => tr_args(
            "progress-trend",
            &[
                ("trend", trend_label(p.trend).into()),
                ("earlier", percent(a).into()),
                ("later", percent(b).into()),
            ],
        ),
        _ => trend_label(p.trend).to_string(),
    }
}

/// The finished attempts, oldest first: number, day, scenario, score.
fn history(p: &Progress) -> String {
    if p.history.is_empty() {
        return String::new();
    }
    let mut out = format!(
        "\n{}\n",
        tr_args("progress-history", &[("count", p.history.len().into())])
    );
    let width = p
        .history
        .iter()
        .map(|a| a.scenario.len())
        .max()
        .unwrap_or(0);
    let number = p.history.len().to_string().len();
    for (i, a) in p.history.iter().enumerate() {
        out.push_str(&format!(
            "  {:>number$}  {}  {:width$}  {:>3} ({})\n",
            i + 1,
            date(a.finished_at),
            a.scenario,
            a.score,
            a.grade
        ));
    }
    out
}

/// What to play next and why, with the command that plays it.
fn next_lines(o: &Outlook) -> String {
    let sentence = textwrap::fill(
        &next_sentence(o),
        textwrap::Options::new(76)
            .initial_indent("  ")
            .subsequent_indent("  "),
    );
    match &o.next {
        Next::Play {
            scenario, title, ..
        } => {
            let next = tr_args(
                "progress-next",
                &[
                    ("title", title.as_str().into()),
                    ("scenario", scenario.as_str().into()),
                ],
            );
            format!("\n{next}\n{sentence}\n")
        }
        Next::AllMastered | Next::NoScenarios => format!("\n{sentence}\n"),
    }
}
