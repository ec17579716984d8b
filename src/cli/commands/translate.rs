//! `last-word translate`: writes the template for translating a scenario
//! (see `crate::core::translation`), beside it or to `--out`, atomically.
//! Over an existing translation it keeps what is translated, adds what is
//! new and marks what went stale.

use std::path::Path;
use std::process::ExitCode;

use crate::cli::resolve::{self, error, help, print_translation_diagnostics, resolve};
use crate::core::translation::{self, LoadedTranslation};
use crate::text::i18n::{tr, tr_args};

pub fn run(what: &str, language: &str, out: Option<&Path>, dir: &Path) -> ExitCode {
    if !translation::is_known(language) {
        error(&tr_args(
            "translate-unknown-tag",
            &[("tag", language.into())],
        ));
        help(tr("translate-give-a-tag"));
        return ExitCode::from(1);
    }
    let loaded = match resolve(what, dir) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let Some(scenario) = &loaded.scenario else {
        error(&resolve::not_valid(&loaded.path));
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
        error(&cannot_write(&path, &e));
        return ExitCode::from(1);
    }
    let mut written = read(&path);
    translation::check(&mut written, scenario);
    if let Some(c) = &written.coverage {
        println!(
            "{}",
            tr_args(
                "translate-wrote",
                &[
                    (
                        "updated",
                        if existing.is_some() { "yes" } else { "no" }.into()
                    ),
                    ("path", path.display().to_string().into()),
                    ("texts", c.texts.into()),
                    ("translated", c.translated.into()),
                    ("stale", c.stale.into()),
                    ("missing", c.missing.into()),
                    ("percent", c.percent.into()),
                ],
            )
        );
    }
    println!(
        "{}",
        tr_args(
            "translate-next",
            &[("path", path.display().to_string().into())]
        )
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
        error(&tr_args(
            "translate-fix-first",
            &[("path", path.display().to_string().into())],
        ));
        return Err(ExitCode::from(1));
    }
    Ok(Some(loaded))
}

/// "cannot write <path>: <why>".
pub(crate) fn cannot_write(path: &Path, e: &dyn std::fmt::Display) -> String {
    tr_args(
        "cannot-write",
        &[
            ("path", path.display().to_string().into()),
            ("reason", e.to_string().into()),
        ],
    )
}
