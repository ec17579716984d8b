//! `last-word translate`: writes the template for translating a scenario
//! (see `crate::core::translation`), beside it or to `--out`, atomically.
//! Over an existing translation it keeps what is translated, adds what is
//! new and marks what went stale.

use std::path::Path;
use std::process::ExitCode;

use crate::cli::resolve::{print_translation_diagnostics, resolve};
use crate::core::translation::{self, LoadedTranslation};

pub fn run(what: &str, language: &str, out: Option<&Path>, dir: &Path) -> ExitCode {
    if !translation::is_known(language) {
        eprintln!("error: `{language}` is not a language tag Last Word knows");
        eprintln!(
            "help: give a BCP 47 tag: `it` (Italian), `lv` (Latvian), `mn` (Mongolian), `hi` (Hindi), `te` (Telugu), `pt-BR`"
        );
        return ExitCode::from(1);
    }
    let loaded = match resolve(what, dir) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let Some(scenario) = &loaded.scenario else {
        eprintln!("error: {} is not a valid scenario", loaded.path.display());
        return ExitCode::from(1);
    };
    let folder = loaded.path.parent().unwrap_or(Path::new("."));
    let path = out.map_or_else(
        || translation::file_path(folder, &scenario.id, language),
        Path::to_path_buf,
    );
    let read = |p: &Path| translation::read_as(p, scenario.id.clone(), language.to_string());
    let existing = match existing(&path, &read) {
        Ok(e) => e,
        Err(code) => return code,
    };
    let text = translation::template(
        scenario,
        language,
        existing.as_ref().and_then(|e| e.translation.as_ref()),
    );
    if let Err(e) = crate::records::files::write_atomic(&path, text.as_bytes()) {
        eprintln!("error: cannot write {}: {e}", path.display());
        return ExitCode::from(1);
    }
    let mut written = read(&path);
    translation::check(&mut written, scenario);
    if let Some(c) = &written.coverage {
        println!(
            "{} {}: {} texts, {} translated, {} stale, {} to translate ({}%)",
            if existing.is_some() {
                "updated"
            } else {
                "wrote"
            },
            path.display(),
            c.texts,
            c.translated,
            c.stale,
            c.missing,
            c.percent
        );
    }
    println!(
        "Translate each `text` (the original is the comment above it), then check with: last-word validate {}",
        path.display()
    );
    ExitCode::SUCCESS
}

/// The translation already at `path`, if there is one. One that cannot be
/// read whole is not overwritten: its problems are printed instead.
fn existing(
    path: &Path,
    read: &dyn Fn(&Path) -> LoadedTranslation,
) -> Result<Option<LoadedTranslation>, ExitCode> {
    if !path.exists() {
        return Ok(None);
    }
    let loaded = read(path);
    if loaded.has_errors() {
        print_translation_diagnostics(&loaded);
        eprintln!(
            "error: {} has errors; fix them first, so no translation in it is lost",
            path.display()
        );
        return Err(ExitCode::from(1));
    }
    Ok(Some(loaded))
}
