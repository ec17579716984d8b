//! Finding the scenario a command names, and printing why when it cannot be
//! used.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use codespan_reporting::term::termcolor::{ColorChoice, StandardStream};

use crate::core::load::{self, Library, Loaded};
use crate::core::scenario::Scenario;
use crate::core::session::Prepared;
use crate::core::translation::{self, LoadedTranslation, Translation};
use crate::text::i18n::{tr, tr_args};
use crate::text::language_label;

/// Prints `error: <message>` on stderr, in the current language.
pub fn error(message: &str) {
    eprintln!("{}", tr_args("line-error", &[("message", message.into())]));
}

/// Prints `help: <message>` on stderr, in the current language.
pub fn help(message: &str) {
    eprintln!("{}", tr_args("line-help", &[("message", message.into())]));
}

/// Prints `note: <message>` on stderr, in the current language.
pub fn note(message: &str) {
    eprintln!("{}", tr_args("line-note", &[("message", message.into())]));
}

/// "<path> is not a valid scenario", for `error`.
pub fn not_valid(path: &Path) -> String {
    tr_args(
        "scenario-not-valid",
        &[("path", path.display().to_string().into())],
    )
}

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
        crate::text::diagnostics::render(d, src, &mut err);
    }
}

/// Prints a translation file's problems.
pub fn print_translation_diagnostics(loaded: &LoadedTranslation) {
    let mut err = StandardStream::stderr(color_choice());
    for d in &loaded.diagnostics {
        crate::text::diagnostics::render(d, loaded.source.as_ref(), &mut err);
    }
}

/// Finds a scenario by path or by id and makes it ready to play, printing
/// why when it cannot be used.
pub fn prepare(what: &str, dir: &Path) -> Result<Arc<Prepared>, ExitCode> {
    prepare_in(what, dir, None)
}

/// [`prepare`], with the scenario's texts in `language` when one is given:
/// its translation file beside it (`<id>.<lang>.ron`) laid over it. Texts
/// the translation lacks stay in the original, with a note on stderr.
pub fn prepare_in(
    what: &str,
    dir: &Path,
    language: Option<&ScenarioLanguage>,
) -> Result<Arc<Prepared>, ExitCode> {
    let loaded = resolve(what, dir)?;
    let folder = loaded.path.parent().unwrap_or(Path::new(".")).to_path_buf();
    let (vocabulary, _) = load::vocabulary_for(&folder);
    let path = loaded.path.clone();
    let Some(valid) = loaded.into_valid() else {
        error(&not_valid(&path));
        return Err(ExitCode::from(1));
    };
    let valid = match language {
        Some(ScenarioLanguage::Asked(language)) => {
            let translation = translation_for(&valid, &folder, language)?;
            valid.translated(&translation)
        }
        Some(ScenarioLanguage::System(language))
            if translation::file_path(&folder, &valid.id, language).is_file() =>
        {
            let translation = translation_for(&valid, &folder, language)?;
            valid.translated(&translation)
        }
        Some(ScenarioLanguage::System(_)) | None => valid,
    };
    Ok(Prepared::new(valid, &vocabulary))
}

/// The language a scenario's texts are shown in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScenarioLanguage {
    /// Asked for with `--lang`: a scenario without that translation is an
    /// error that says how to start one.
    Asked(String),
    /// The system's language: used when the scenario is translated into it,
    /// the original otherwise.
    System(String),
}

/// The translation of a valid scenario into `language`, read from its
/// folder and checked, printing why when there is none or it is broken,
/// and a note when it is partial.
fn translation_for(
    scenario: &Scenario,
    folder: &Path,
    language: &str,
) -> Result<Translation, ExitCode> {
    let path = translation::file_path(folder, &scenario.id, language);
    if !path.is_file() {
        let have: Vec<String> = load::translation_files(folder, &scenario.id)
            .iter()
            .filter_map(|p| translation::file_name_parts(p).map(|(_, lang)| lang))
            .collect();
        error(&tr_args(
            "no-translation",
            &[
                ("id", scenario.id.as_str().into()),
                ("language", language_label(language).into()),
                ("path", path.display().to_string().into()),
            ],
        ));
        let start = [
            ("id", scenario.id.as_str().into()),
            ("lang", language.into()),
        ];
        if have.is_empty() {
            help(&tr_args("no-translation-none", &start));
        } else {
            let mut args = start.to_vec();
            args.push(("languages", have.join(", ").into()));
            help(&tr_args("no-translation-others", &args));
        }
        return Err(ExitCode::from(1));
    }
    let mut loaded = translation::read(&path);
    translation::check(&mut loaded, scenario);
    if loaded.has_errors() {
        print_translation_diagnostics(&loaded);
        error(tr("translation-has-errors"));
        return Err(ExitCode::from(1));
    }
    if let Some(c) = loaded.coverage.as_ref().filter(|c| c.translated < c.texts) {
        note(&tr_args(
            "translation-partial",
            &[
                ("missing", (c.texts - c.translated).into()),
                ("texts", c.texts.into()),
                ("language", language_label(language).into()),
                ("stale", c.stale.into()),
                ("path", path.display().to_string().into()),
            ],
        ));
    }
    loaded.translation.ok_or(ExitCode::from(1))
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
            error(&tr_args(
                "no-such-scenario",
                &[
                    ("what", what.into()),
                    ("dir", dir.display().to_string().into()),
                ],
            ));
            match crate::core::diagnostic::nearest(what, ids.iter().copied()) {
                Some(near) => help(&tr_args("did-you-mean", &[("id", near.into())])),
                None if ids.is_empty() => help(tr("no-scenarios-there")),
                None => help(&tr_args("scenarios-are", &[("ids", ids.join(", ").into())])),
            }
            return Err(ExitCode::from(1));
        };
        let mut library = library;
        let loaded = library.scenarios.swap_remove(index);
        Library {
            scenarios: vec![loaded],
            ..Library::default()
        }
    };
    let has_errors = library.has_errors();
    if has_errors {
        print_diagnostics(&library);
        error(tr("scenario-has-errors"));
        return Err(ExitCode::from(1));
    }
    let mut library = library;
    Ok(library.scenarios.remove(0))
}
