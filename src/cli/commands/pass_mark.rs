//! `last-word pass-mark`: the mark a finished attempt needs for its
//! scenario to count as mastered, shown or set by a trainer. A scenario id
//! is checked against the library first, so a typo is caught with a hint
//! instead of setting a mark nothing uses.

use std::path::Path;
use std::process::ExitCode;

use crate::cli::resolve;
use crate::records::{PassMarks, Records};
use crate::text::errors::records_error;
use crate::text::i18n::tr_args;

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
            resolve::error(&records_error(&e));
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
        (_, Some(id)) if clear => Some(tr_args(
            if records.clear_pass_mark(id)? {
                "pass-mark-cleared"
            } else {
                "pass-mark-none-to-clear"
            },
            &[("id", id.into())],
        )),
        (Some(m), Some(id)) => {
            records.set_pass_mark(Some(id), m)?;
            Some(tr_args(
                "pass-mark-set-one",
                &[("id", id.into()), ("mark", m.into())],
            ))
        }
        (Some(m), None) => {
            records.set_pass_mark(None, m)?;
            Some(tr_args("pass-mark-set-all", &[("mark", m.into())]))
        }
        (None, _) => None,
    };
    Ok((said, records.pass_marks()?))
}

/// The marks in force, one line each.
pub fn render(marks: &PassMarks) -> String {
    let mut out = tr_args("pass-mark-all", &[("mark", marks.global.into())]);
    out.push('\n');
    for (id, mark) in &marks.scenarios {
        out.push_str(&format!("  {id}: {mark}\n"));
    }
    out
}
