//! `last-word list`: one line per scenario.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use super::validate::plural;
use crate::core::load;
use crate::text::difficulty_label;

pub fn run(dir: &Path) -> ExitCode {
    let library = load::load_paths(&[dir.to_path_buf()]);
    let mut out = std::io::stdout().lock();
    let mut broken = 0;
    for loaded in &library.scenarios {
        match loaded.valid() {
            Some(s) => {
                let _ = writeln!(
                    out,
                    "{}\t{}\t{}\t{} min",
                    s.id,
                    s.title,
                    difficulty_label(s.difficulty),
                    s.minutes
                );
            }
            None => broken += 1,
        }
    }
    if broken > 0 || library.other.iter().any(|(_, d)| d.is_error()) {
        eprintln!(
            "{broken} scenario file{} in {} could not be loaded; run `last-word validate {}` to see why",
            plural(broken),
            dir.display(),
            dir.display()
        );
    }
    if library.scenarios.is_empty() {
        eprintln!("no scenarios found in {}", dir.display());
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
