//! Finding the scenario a command names, and printing why when it cannot be
//! used.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use codespan_reporting::term::termcolor::{ColorChoice, StandardStream};

use crate::core::load::{self, Library, Loaded};
use crate::core::session::Prepared;

fn color_choice() -> ColorChoice {
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
        || !std::io::stderr().is_terminal()
    {
        ColorChoice::Never
    } else {
        ColorChoice::Auto
    }
}

pub fn print_diagnostics(library: &Library) {
    let mut err = StandardStream::stderr(color_choice());
    for (src, d) in library.diagnostics() {
        d.render(src, &mut err);
    }
}

/// Finds a scenario by path or by id and makes it ready to play, printing
/// why when it cannot be used.
pub fn prepare(what: &str, dir: &Path) -> Result<Arc<Prepared>, ExitCode> {
    let loaded = resolve(what, dir)?;
    let folder = loaded.path.parent().unwrap_or(Path::new("."));
    let (vocabulary, _) = load::vocabulary_for(folder);
    let path = loaded.path.clone();
    let Some(valid) = loaded.into_valid() else {
        eprintln!("error: {} is not a valid scenario", path.display());
        return Err(ExitCode::from(1));
    };
    Ok(Prepared::new(valid, &vocabulary))
}

/// Finds a scenario by path or by id, printing why when it cannot be used.
pub fn resolve(what: &str, dir: &Path) -> Result<Loaded, ExitCode> {
    let as_path = Path::new(what);
    let library = if as_path.is_file() {
        load::load_paths(&[as_path.to_path_buf()])
    } else {
        let library = load::load_paths(&[dir.to_path_buf()]);
        let Some(index) = library
            .scenarios
            .iter()
            .position(|l| l.scenario.as_ref().is_some_and(|s| s.id == what))
        else {
            let ids: Vec<&str> = library
                .scenarios
                .iter()
                .filter_map(|l| l.scenario.as_ref().map(|s| s.id.as_str()))
                .collect();
            eprintln!(
                "error: no scenario file or scenario id `{what}` (looked in {})",
                dir.display()
            );
            match crate::core::diagnostic::nearest(what, ids.iter().copied()) {
                Some(near) => eprintln!("help: did you mean `{near}`?"),
                None if ids.is_empty() => {
                    eprintln!("help: there are no scenarios there; pass --dir or a file path")
                }
                None => eprintln!("help: the scenarios are: {}", ids.join(", ")),
            }
            return Err(ExitCode::from(1));
        };
        let mut library = library;
        let loaded = library.scenarios.swap_remove(index);
        Library {
            scenarios: vec![loaded],
            other: Vec::new(),
        }
    };
    let has_errors = library.has_errors();
    if has_errors {
        print_diagnostics(&library);
        eprintln!("error: the scenario has errors; fix them and try again");
        return Err(ExitCode::from(1));
    }
    let mut library = library;
    Ok(library.scenarios.remove(0))
}
