//! `last-word progress`: a learner's record, as text or JSON. Per scenario
//! the attempts, the best score and grade, and whether it is mastered; per
//! principle the points earned across finished attempts against what the
//! best paths earn; and the conversation `play --continue` would resume.

use std::process::ExitCode;

use serde_json::json;

use super::validate::plural;
use crate::records::{AttemptSummary, Progress, Records};

pub fn run(learner: Option<&str>, json: bool) -> ExitCode {
    match gather(learner) {
        Ok(Some((progress, unfinished))) if json => {
            let mut v = serde_json::to_value(&progress).expect("progress serialises");
            v["unfinished"] = serde_json::to_value(&unfinished).expect("attempts serialise");
            emit(&serde_json::to_string_pretty(&v).expect("JSON prints"));
            ExitCode::SUCCESS
        }
        Ok(Some((progress, unfinished))) => {
            emit(render(&progress, &unfinished).trim_end());
            ExitCode::SUCCESS
        }
        Ok(None) if json => {
            let empty =
                json!({"learner": null, "scenarios": [], "principles": [], "unfinished": []});
            emit(&serde_json::to_string_pretty(&empty).expect("JSON prints"));
            ExitCode::SUCCESS
        }
        Ok(None) => {
            emit("Nobody has played yet. Start with: last-word play <scenario>");
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

type Gathered = Option<(Progress, Vec<AttemptSummary>)>;

fn gather(learner: Option<&str>) -> Result<Gathered, crate::records::Error> {
    let records = Records::open_default()?;
    let Some(learner) = records.learner_to_show(learner)? else {
        return Ok(None);
    };
    let unfinished = records.unfinished(learner.id)?;
    Ok(Some((records.progress(&learner)?, unfinished)))
}

/// The record as text: one line per scenario, one per principle.
pub fn render(p: &Progress, unfinished: &[AttemptSummary]) -> String {
    let mut out = format!("Progress of {}\n", p.learner.name);
    if p.scenarios.is_empty() {
        out.push_str("\nNo attempts yet. Start with: last-word play <scenario>\n");
        return out;
    }
    let mastered = p.scenarios.iter().filter(|s| s.mastered).count();
    out.push_str(&format!(
        "\nScenarios ({mastered} of {} mastered)\n",
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
        out.push_str("\nPrinciples (points earned of the best paths' points, finished attempts)\n");
        let width = p.principles.iter().map(|x| x.name.len()).max().unwrap_or(0);
        for x in &p.principles {
            out.push_str(&format!(
                "  {:width$}  {:+} of {:+}\n",
                x.name, x.earned, x.best
            ));
        }
    }
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
