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

use super::validate::plural;
use crate::core::load;
use crate::core::session::Prepared;
use crate::records::{AttemptSummary, LibraryScenario, Next, Outlook, Progress, Records, outlook};
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
            emit("Nobody has played yet. Start with: last-word play <scenario>");
            emit(next_lines(&outlook(None, &library)).trim_end());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
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
    next["sentence"] = json!(next_sentence(o));
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
    let mut out = format!("Progress of {}\n", p.learner.name);
    if p.scenarios.is_empty() {
        out.push_str("\nNo attempts yet. Start with: last-word play <scenario>\n");
        out.push_str(&next_lines(o));
        return out;
    }
    let mastered = p.scenarios.iter().filter(|s| s.mastered).count();
    out.push_str(&format!(
        "\nScenarios played ({mastered} of {} mastered)\n",
        p.scenarios.len()
    ));
    let width = p
        .scenarios
        .iter()
        .map(|s| s.scenario.len())
        .max()
        .unwrap_or(0);
    for s in &p.scenarios {
        let best = match (s.best_score, s.best_grade) {
            (Some(score), Some(grade)) => format!("best {score} ({grade})"),
            _ => "not finished yet".to_string(),
        };
        let verdict = if s.mastered {
            format!("mastered (pass mark {})", s.pass_mark)
        } else {
            format!("not mastered (pass mark {})", s.pass_mark)
        };
        out.push_str(&format!(
            "  {:width$}  {} attempt{} ({} finished)  {best}  {verdict}\n",
            s.scenario,
            s.attempts,
            plural(s.attempts as usize),
            s.finished,
        ));
    }
    if !p.principles.is_empty() {
        out.push_str("\nPrinciples (points earned of the best paths' points, finished attempts; the trend compares the earlier half of the attempts with the later)\n");
        let width = p.principles.iter().map(|x| x.name.len()).max().unwrap_or(0);
        for x in &p.principles {
            out.push_str(&format!(
                "  {:width$}  {:+} of {:+}{}  {}\n",
                x.name,
                x.earned,
                x.best,
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
        out.push_str(&format!(
            "\nUnfinished: {} after {} repl{}; continue with: last-word play --continue\n",
            a.scenario,
            a.replies,
            if a.replies == 1 { "y" } else { "ies" }
        ));
    }
    out
}

/// "improving (25% then 75%)", or why there is no trend.
fn trend(p: &crate::records::PrincipleTotal) -> String {
    match (p.earlier_share, p.later_share) {
        (Some(a), Some(b)) => format!(
            "{} ({} then {})",
            trend_label(p.trend),
            percent(a),
            percent(b)
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
        "\nAttempts over time ({} finished, oldest first)\n",
        p.history.len()
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
        } => format!("\nNext: {title}; play it with: last-word play {scenario}\n{sentence}\n"),
        Next::AllMastered | Next::NoScenarios => format!("\n{sentence}\n"),
    }
}
