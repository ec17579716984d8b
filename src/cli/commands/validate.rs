//! `last-word validate`: checks scenario files, prints every diagnostic.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::cli::args::Format;
use crate::cli::resolve::print_diagnostics;
use crate::core::diagnostic::Severity;
use crate::core::load;

pub fn run(paths: &[PathBuf], format: Format) -> ExitCode {
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

pub fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
