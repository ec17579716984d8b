//! `last-word validate`: checks scenario files and their translations,
//! prints every diagnostic and each scenario's translation coverage.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::cli::args::Format;
use crate::cli::resolve::print_diagnostics;
use crate::core::diagnostic::Severity;
use crate::core::load;
use crate::core::translation::Coverage;
use crate::text::i18n::{tr, tr_args};

pub fn run(paths: &[PathBuf], format: Format, coverage: bool) -> ExitCode {
    let library = load::load_paths(paths);
    match format {
        Format::Json => {
            let all: Vec<_> = library.diagnostics().map(|(_, d)| d).collect();
            let value = if coverage {
                serde_json::json!({ "diagnostics": all, "translations": library.coverage() })
            } else {
                serde_json::json!(all)
            };
            println!(
                "{}",
                serde_json::to_string_pretty(&value).expect("diagnostics serialise")
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
            let translations = library.translations.len();
            println!(
                "{}",
                tr_args(
                    "validate-summary",
                    &[
                        ("files", files.into()),
                        ("translations", translations.into()),
                        ("valid", valid.into()),
                        ("errors", errors.into()),
                        ("warnings", warnings.into()),
                    ],
                )
            );
            print!("{}", coverage_lines(&library.coverage()));
        }
    }
    if library.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// One line per translated scenario: each language's coverage, e.g.
/// `guest-house-review-fine: te 100%, it 80% (12 missing, 2 stale)`.
pub fn coverage_lines(all: &[&Coverage]) -> String {
    let mut lines: Vec<(String, Vec<String>)> = Vec::new();
    for c in all {
        let mut part = format!("{} {}%", c.language, c.percent);
        let mut notes = Vec::new();
        for (id, n) in [
            ("coverage-missing", c.missing),
            ("coverage-stale", c.stale),
            ("coverage-extra", c.extra),
        ] {
            if n > 0 {
                notes.push(tr_args(id, &[("count", n.into())]));
            }
        }
        if !notes.is_empty() {
            part.push_str(&format!(" ({})", notes.join(", ")));
        }
        match lines.last_mut() {
            Some((id, parts)) if *id == c.scenario => parts.push(part),
            _ => lines.push((c.scenario.clone(), vec![part])),
        }
    }
    if lines.is_empty() {
        return String::new();
    }
    let mut o = format!("{}\n", tr("coverage-heading"));
    for (id, parts) in lines {
        o.push_str(&format!("  {id}: {}\n", parts.join(", ")));
    }
    o
}

pub fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
