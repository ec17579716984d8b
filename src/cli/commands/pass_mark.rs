//! `last-word pass-mark`: the mark a finished attempt needs for its
//! scenario to count as mastered, shown or set by a trainer. A scenario id
//! is checked against the library first, so a typo is caught with a hint
//! instead of setting a mark nothing uses.

use std::path::Path;
use std::process::ExitCode;

use crate::cli::resolve;
use crate::records::{PassMarks, Records};

pub fn run(mark: Option<u32>, scenario: Option<&str>, clear: bool, dir: &Path) -> ExitCode {
    if let Some(id) = scenario
        && let Err(code) = resolve(id, dir)
    {
        return code;
    }
    match apply(mark, scenario, clear) {
        Ok((said, marks)) => {
            if let Some(said) = said {
                println!("{said}");
            }
            print!("{}", render(&marks));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

/// Makes the change asked for; returns what it did and the marks now.
fn apply(
    mark: Option<u32>,
    scenario: Option<&str>,
    clear: bool,
) -> Result<(Option<String>, PassMarks), crate::records::Error> {
    let records = Records::open_default()?;
    let said = match (mark, scenario) {
        (_, Some(id)) if clear => Some(if records.clear_pass_mark(id)? {
            format!("`{id}` now uses the pass mark of every scenario.")
        } else {
            format!("`{id}` had no pass mark of its own.")
        }),
        (Some(m), Some(id)) => {
            records.set_pass_mark(Some(id), m)?;
            Some(format!("`{id}` is mastered from a score of {m}."))
        }
        (Some(m), None) => {
            records.set_pass_mark(None, m)?;
            Some(format!(
                "Scenarios without a mark of their own are mastered from a score of {m}."
            ))
        }
        (None, _) => None,
    };
    Ok((said, records.pass_marks()?))
}

/// The marks in force, one line each.
pub fn render(marks: &PassMarks) -> String {
    let mut out = format!("Pass mark for every scenario: {}\n", marks.global);
    for (id, mark) in &marks.scenarios {
        out.push_str(&format!("  {id}: {mark}\n"));
    }
    out
}
