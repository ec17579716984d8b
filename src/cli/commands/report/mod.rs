//! `last-word report`: the manager's report over one or more records
//! files, as text for the terminal, CSV for a spreadsheet (one row per
//! attempt) or one self-contained HTML page. The figures come from
//! [`records::report`](crate::records::report); this command only finds the
//! files and the scenario library, and renders.

pub(crate) mod csv;
pub(crate) mod html;
mod text;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use crate::cli::DEFAULT_SCENARIOS;
use crate::cli::args::{ReportArgs, ReportFormat};
use crate::core::load;
use crate::core::scenario::Outcome;
use crate::core::session::Prepared;
use crate::records::report::Report;
use crate::records::{DATABASE_FILE, data_dir, files};
use crate::text::errors::report_file_error;
use crate::text::i18n::{number, tr, tr_args};
use crate::text::labels::outcome_label;

pub use csv::render as csv;
pub use html::render as html;
pub use text::render as text;

pub fn run(args: ReportArgs) -> ExitCode {
    match report(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            crate::cli::resolve::error(&e);
            ExitCode::from(1)
        }
    }
}

fn report(args: ReportArgs) -> Result<(), String> {
    let databases = if args.databases.is_empty() {
        vec![data_dir().join(DATABASE_FILE)]
    } else {
        args.databases.clone()
    };
    let library = library(args.dir.as_deref())?;
    let report =
        Report::gather(&databases, args.since, &library).map_err(|e| report_file_error(&e))?;
    let format = format_of(args.format, args.out.as_deref());
    let rendered = match format {
        ReportFormat::Text => text(&report),
        ReportFormat::Csv => csv(&report),
        ReportFormat::Html => html(&report),
    };
    match &args.out {
        Some(path) => {
            files::write_atomic(path, rendered.as_bytes())
                .map_err(|e| super::translate::cannot_write(path, &e))?;
            eprintln!(
                "{}",
                tr_args(
                    "report-wrote",
                    &[
                        ("attempts", report.attempts.len().into()),
                        ("learners", report.learners.len().into()),
                        ("path", path.display().to_string().into()),
                    ],
                )
            );
        }
        None => {
            use std::io::Write;
            // A closed pipe (`| head`) is not an error.
            let _ = std::io::stdout().lock().write_all(rendered.as_bytes());
        }
    }
    Ok(())
}

/// The format asked for, else the one `out`'s extension names, else text.
pub fn format_of(format: Option<ReportFormat>, out: Option<&Path>) -> ReportFormat {
    if let Some(f) = format {
        return f;
    }
    let extension = out
        .and_then(Path::extension)
        .map(|e| e.to_string_lossy().to_lowercase());
    match extension.as_deref() {
        Some("csv") => ReportFormat::Csv,
        Some("html" | "htm") => ReportFormat::Html,
        _ => ReportFormat::Text,
    }
}

/// The valid scenarios of the library: `dir` (which must be a folder), or
/// `scenarios/` when it is there; none otherwise (the report stands on the
/// records alone). Files with errors are left out.
fn library(dir: Option<&Path>) -> Result<Vec<Arc<Prepared>>, String> {
    let dir: PathBuf = match dir {
        Some(d) if !d.is_dir() => {
            return Err(tr_args(
                "report-not-a-folder",
                &[("dir", d.display().to_string().into())],
            ));
        }
        Some(d) => d.to_path_buf(),
        None if Path::new(DEFAULT_SCENARIOS).is_dir() => PathBuf::from(DEFAULT_SCENARIOS),
        None => return Ok(Vec::new()),
    };
    let (vocabulary, _) = load::vocabulary_for(&dir);
    Ok(load::load_paths(&[dir])
        .scenarios
        .into_iter()
        .filter_map(|l| l.into_valid())
        .map(|v| Prepared::new(v, &vocabulary))
        .collect())
}

/// A whole or one-decimal number: "72", "72.5", as written for machines
/// (CSV); [`shown`] writes it for people.
pub(crate) fn decimal(x: f64) -> String {
    let rounded = (x * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

/// [`decimal`] as the current language writes it: "72.5", "72,5".
pub(crate) fn shown(x: f64) -> String {
    number(&decimal(x))
}

/// A percentage, as the current language writes it: "60%", "66.7%".
pub(crate) fn percent(x: f64) -> String {
    tr_args("report-percent", &[("value", shown(x).into())])
}

/// An average beside what it divides: "72.5 (725 / 10)"; "–" with nothing
/// to divide.
fn average(avg: Option<f64>, total: u64, count: u32) -> String {
    match avg {
        Some(a) => format!("{} ({total} / {count})", shown(a)),
        None => "–".to_string(),
    }
}

/// Seconds as "1 h 05 min", "12 min", "40 s".
pub(crate) fn duration(seconds: i64) -> String {
    let minutes = (seconds + 30) / 60;
    match (seconds, minutes) {
        (s, _) if s < 60 => tr_args("duration-seconds", &[("s", s.into())]),
        (_, m) if m < 60 => tr_args("duration-minutes", &[("min", m.into())]),
        (_, m) => tr_args(
            "duration-hours",
            &[
                ("h", (m / 60).into()),
                ("min", format!("{:02}", m % 60).into()),
            ],
        ),
    }
}

/// An outcome as a column heading: "Kept and loyal".
pub(crate) fn outcome_heading(o: Outcome) -> String {
    let label = outcome_label(o);
    let mut chars = label.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A signed number of points: "+3", "-2", "0".
pub(crate) fn signed(n: i64) -> String {
    if n > 0 {
        format!("+{n}")
    } else {
        n.to_string()
    }
}

/// What an empty report says.
fn nothing_yet(r: &Report) -> &'static str {
    tr(if r.since.is_some() {
        "report-none-in-period"
    } else {
        "report-none-yet"
    })
}

/// What a report covers, in one line: "12 attempts by 3 learners in 2
/// files, since 2026-03-01".
fn coverage(r: &Report) -> String {
    let shared: usize = r.sources.iter().map(|s| s.shared).sum();
    let since = r.since.as_ref().map_or("none".into(), ToString::to_string);
    let (first, last) = r
        .period()
        .map_or((String::new(), String::new()), |(first, last)| {
            (first.to_string(), last.to_string())
        });
    let played = match r.period() {
        None => "none",
        Some((first, last)) if first == last => "day",
        Some(_) => "days",
    };
    tr_args(
        "report-coverage",
        &[
            ("attempts", r.attempts.len().into()),
            ("learners", r.learners.len().into()),
            ("files", r.sources.len().into()),
            ("shared", shared.into()),
            ("since", since.into()),
            ("played", played.into()),
            ("first", first.into()),
            ("last", last.into()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_format_follows_the_out_extension_unless_given() {
        let csv = Path::new("team.CSV");
        assert_eq!(format_of(None, Some(csv)), ReportFormat::Csv);
        assert_eq!(
            format_of(None, Some(Path::new("r.htm"))),
            ReportFormat::Html
        );
        assert_eq!(format_of(None, None), ReportFormat::Text);
        assert_eq!(
            format_of(Some(ReportFormat::Html), Some(csv)),
            ReportFormat::Html
        );
    }

    #[test]
    fn figures_read_as_people_write_them() {
        assert_eq!(duration(40), "40 s");
        assert_eq!(duration(12 * 60 + 10), "12 min");
        assert_eq!(duration(65 * 60), "1 h 05 min");
        assert_eq!(percent(200.0 / 3.0), "66.7%");
        assert_eq!(percent(60.0), "60%");
        assert_eq!(average(Some(72.5), 725, 10), "72.5 (725 / 10)");
        assert_eq!(average(None, 0, 0), "–");
        assert_eq!(signed(3), "+3");
        assert_eq!(signed(-2), "-2");
    }
}
