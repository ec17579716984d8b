//! `last-word list`: one line per scenario.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use crate::core::load;
use crate::text::difficulty_label;
use crate::text::i18n::tr_args;

pub fn run(dir: &Path) -> ExitCode {
    let library = load::load_paths(&[dir.to_path_buf()]);
    let mut out = std::io::stdout().lock();
    let mut broken = 0;
    for loaded in &library.scenarios {
        match loaded.valid() {
            Some(s) => {
                let _ = writeln!(
                    out,
                    "{}\t{}\t{}\t{}",
                    s.id,
                    s.title,
                    difficulty_label(s.difficulty),
                    tr_args("minutes", &[("minutes", s.minutes.to_string().into())])
                );
            }
            None => broken += 1,
        }
    }
    if broken > 0 || library.other.iter().any(|(_, d)| d.is_error()) {
        eprintln!(
            "{}",
            tr_args(
                "list-broken",
                &[
                    ("count", broken.into()),
                    ("dir", dir.display().to_string().into()),
                ],
            )
        );
    }
    if library.scenarios.is_empty() {
        let dir = dir.display().to_string();
        eprintln!("{}", tr_args("list-none", &[("dir", dir.into())]));
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
