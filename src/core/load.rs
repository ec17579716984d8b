//! Reading scenario and principle files, with every problem reported.
//!
//! A file is read in three steps: the size and encoding are checked; the text
//! is parsed into a spanned syntax tree (`crate::core::ron_spans`), which catches
//! syntax errors and absurd nesting; then each top-level field, and each node
//! and ending separately, is deserialised with `ron`, so one bad node does
//! not hide the problems in the others. `crate::core::validate` then checks the
//! meaning (references, reachability, ranges).

use std::path::{Path, PathBuf};

use ron::extensions::Extensions;
use serde::de::DeserializeOwned;

use crate::core::diagnostic::{Diagnostic, Severity, Words, did_you_mean, nearest};
use crate::core::ron_spans::{self, Field, Kind, SourceText, Spanned};
use crate::core::scenario::{Debrief, Economics, Facilitator, Principle, Scenario};
use crate::core::translation::{self, Coverage, LoadedTranslation, is_translation_file};
use crate::core::validate::{self, ValidScenario};
pub use crate::core::vocabulary::Vocabulary;

/// Files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// The name of the principle vocabulary file inside a scenarios folder.
pub const PRINCIPLES_FILE: &str = "principles.ron";

/// The vocabulary shipped with Last Word, used when a scenario's folder has no
/// `principles.ron` of its own.
pub const BUILTIN_PRINCIPLES: &str = include_str!("../../scenarios/principles.ron");

/// The outcome of reading one scenario file.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub path: PathBuf,
    /// The text, when it could be read (for rendering messages).
    pub source: Option<SourceText>,
    /// The scenario, when it parsed (it may still have validation errors).
    pub scenario: Option<Scenario>,
    /// The syntax tree, for locating values.
    pub tree: Option<Spanned>,
    pub diagnostics: Vec<Diagnostic>,
    /// The scenario as the validator passed it, when it found no error.
    valid: Option<ValidScenario>,
}

impl Loaded {
    /// A file that could not be read at all, with the reason.
    pub fn unreadable(path: PathBuf, diagnostic: Diagnostic) -> Loaded {
        Loaded {
            path,
            source: None,
            scenario: None,
            tree: None,
            diagnostics: vec![diagnostic],
            valid: None,
        }
    }

    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// The scenario, if it loaded without errors.
    pub fn valid(&self) -> Option<&ValidScenario> {
        if self.has_errors() {
            None
        } else {
            self.valid.as_ref()
        }
    }

    /// The scenario, if it loaded without errors, to keep.
    pub fn into_valid(self) -> Option<ValidScenario> {
        if self.has_errors() { None } else { self.valid }
    }
}

impl Vocabulary {
    /// The vocabulary shipped with the program.
    pub fn builtin() -> Vocabulary {
        let src = SourceText::new("<built-in principles.ron>", BUILTIN_PRINCIPLES);
        let (principles, diagnostics) = parse_principles(&src);
        debug_assert!(diagnostics.is_empty(), "{diagnostics:?}");
        Vocabulary {
            principles,
            origin: src.name,
        }
    }
}

fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME | Extensions::UNWRAP_NEWTYPES)
        .with_recursion_limit(ron_spans::MAX_DEPTH + 16)
}

/// Reads a file's text, refusing files that are too large or not UTF-8.
pub fn read_source(path: &Path) -> Result<SourceText, Box<Diagnostic>> {
    let name = path.display().to_string();
    let unreadable = |e: std::io::Error| {
        Box::new(Diagnostic::whole_file(
            &name,
            "unreadable",
            Words::new(
                "diag-unreadable-file",
                format!("cannot read this file: {e}"),
            )
            .arg("error", e.to_string()),
            Words::new(
                "diag-unreadable-file-hint",
                "check the path and that you may read the file",
            ),
        ))
    };
    let meta = std::fs::metadata(path).map_err(unreadable)?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large(&name, meta.len()));
    }
    let bytes = std::fs::read(path).map_err(unreadable)?;
    source_from_bytes(name, bytes)
}

fn too_large(name: &str, len: u64) -> Box<Diagnostic> {
    Box::new(Diagnostic::whole_file(
        name,
        "too-large",
        Words::new(
            "diag-too-large",
            format!(
                "this file is {len} bytes; scenario files are limited to {MAX_FILE_BYTES} bytes (1 MiB)"
            ),
        )
        .arg("bytes", len.to_string())
        .arg("limit", MAX_FILE_BYTES.to_string()),
        Words::new(
            "diag-too-large-hint",
            "split the scenario into smaller ones, or check that this is the file you meant",
        ),
    ))
}

/// Turns a file's bytes into text, refusing files that are too large or not
/// UTF-8. `name` is how the file is named in messages.
pub fn source_from_bytes(name: String, bytes: Vec<u8>) -> Result<SourceText, Box<Diagnostic>> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(&name, bytes.len() as u64));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(SourceText::new(name, text)),
        Err(e) => Err(Box::new(Diagnostic::whole_file(
            &name,
            "not-utf8",
            Words::new(
                "diag-not-utf8",
                format!(
                    "this file is not UTF-8 text (bad byte at offset {})",
                    e.utf8_error().valid_up_to()
                ),
            )
            .arg("offset", e.utf8_error().valid_up_to()),
            Words::new(
                "diag-not-utf8-hint",
                "save the file as UTF-8 in your editor",
            ),
        ))),
    }
}

/// Reads and validates one scenario file.
pub fn load_file(path: &Path, vocabulary: &Vocabulary) -> Loaded {
    match read_source(path) {
        Ok(src) => load_source(path.to_path_buf(), src, vocabulary),
        Err(d) => Loaded::unreadable(path.to_path_buf(), *d),
    }
}

/// Reads and validates a scenario file's bytes, already in memory. `name`
/// is how the file is named in messages.
pub fn load_bytes(path: PathBuf, name: String, bytes: Vec<u8>, vocabulary: &Vocabulary) -> Loaded {
    match source_from_bytes(name, bytes) {
        Ok(src) => load_source(path, src, vocabulary),
        Err(d) => Loaded::unreadable(path, *d),
    }
}

/// Parses and validates scenario text already in memory.
pub fn load_source(path: PathBuf, src: SourceText, vocabulary: &Vocabulary) -> Loaded {
    let mut loaded = Loaded {
        path,
        source: None,
        scenario: None,
        tree: None,
        diagnostics: Vec::new(),
        valid: None,
    };
    let (mut reader, tree) = match Reader::new(&src) {
        Ok(r) => r,
        Err(d) => {
            loaded.diagnostics.push(*d);
            loaded.source = Some(src);
            return loaded;
        }
    };
    let scenario = read_scenario(&mut reader, &tree);
    loaded.diagnostics = reader.diagnostics;
    if let Some(scenario) = &scenario {
        loaded.valid = validate::validate(
            scenario.clone(),
            &src,
            &tree,
            vocabulary,
            &mut loaded.diagnostics,
        );
    }
    loaded.diagnostics.sort_by_key(|d| (d.line, d.column));
    loaded.scenario = scenario;
    loaded.tree = Some(tree);
    loaded.source = Some(src);
    loaded
}

/// Checks a scenario built in memory (by a test or a tool) as if it were a
/// file: it is written as RON text and read back through [`load_source`],
/// so the messages point at lines of that text.
pub fn check(
    scenario: &Scenario,
    vocabulary: &Vocabulary,
) -> Result<ValidScenario, Vec<Diagnostic>> {
    let text = match ron::ser::to_string_pretty(scenario, ron::ser::PrettyConfig::default()) {
        Ok(text) => text,
        Err(e) => {
            return Err(vec![Diagnostic::whole_file(
                &format!("<scenario {}>", scenario.id),
                "unwritable",
                Words::new(
                    "diag-unwritable",
                    format!("the scenario cannot be written as RON: {e}"),
                )
                .arg("error", e.to_string()),
                Words::new(
                    "diag-unwritable-hint",
                    "check the scenario's numbers: RON cannot hold every value",
                ),
            )]);
        }
    };
    let name = format!("<scenario {}>", scenario.id);
    let loaded = load_source(
        PathBuf::from(&name),
        SourceText::new(name, text),
        vocabulary,
    );
    let diagnostics = loaded.diagnostics.clone();
    loaded.into_valid().ok_or(diagnostics)
}

/// Reads one file's text as a principle vocabulary.
pub fn parse_principles(src: &SourceText) -> (Vec<Principle>, Vec<Diagnostic>) {
    let (mut reader, tree) = match Reader::new(src) {
        Ok(r) => r,
        Err(d) => return (Vec::new(), vec![*d]),
    };
    let Some(items) = tree.items() else {
        reader.diagnostics.push(
            Diagnostic::at(
                src,
                tree.span.clone(),
                Severity::Error,
                "shape",
                Words::new(
                    "diag-principles-shape",
                    "a principles file holds a list of principles",
                ),
            )
            .with_hint(Words::new(
                "diag-principles-shape-hint",
                "write `[ (id: \"fix-fast\", name: \"...\", summary: \"...\"), ... ]`",
            )),
        );
        return (Vec::new(), reader.diagnostics);
    };
    let principles: Vec<Principle> = items
        .iter()
        .filter_map(|item| reader.deserialize::<Principle>(item, "principle"))
        .collect();
    let mut diagnostics = reader.diagnostics;
    diagnostics.extend(validate::validate_principles(&principles, src, &tree));
    (principles, diagnostics)
}

/// A folder's principles file as read: the vocabulary its scenarios use,
/// the file's text (when there is one) and its problems.
#[derive(Debug, Clone)]
pub struct VocabularyFile {
    pub vocabulary: Vocabulary,
    pub source: Option<SourceText>,
    pub diagnostics: Vec<Diagnostic>,
}

impl VocabularyFile {
    /// No principles file: the shipped vocabulary, with nothing to report.
    pub fn builtin() -> VocabularyFile {
        VocabularyFile {
            vocabulary: Vocabulary::builtin(),
            source: None,
            diagnostics: Vec::new(),
        }
    }

    /// A principles file that could not be read: the shipped vocabulary,
    /// and why.
    pub fn unreadable(diagnostic: Diagnostic) -> VocabularyFile {
        VocabularyFile {
            diagnostics: vec![diagnostic],
            ..VocabularyFile::builtin()
        }
    }

    /// A principles file's text: its principles, or the shipped ones when it
    /// gives none; with its problems.
    pub fn from_source(src: SourceText) -> VocabularyFile {
        let (principles, diagnostics) = parse_principles(&src);
        let vocabulary = if principles.is_empty() {
            Vocabulary::builtin()
        } else {
            Vocabulary {
                principles,
                origin: src.name.clone(),
            }
        };
        VocabularyFile {
            vocabulary,
            source: Some(src),
            diagnostics,
        }
    }

    /// A principles file's bytes (`name` is how messages name the file).
    pub fn from_bytes(name: String, bytes: Vec<u8>) -> VocabularyFile {
        match source_from_bytes(name, bytes) {
            Ok(src) => VocabularyFile::from_source(src),
            Err(d) => VocabularyFile::unreadable(*d),
        }
    }

    /// The vocabulary for scenarios in `dir`: its `principles.ron`, or the
    /// shipped one.
    pub fn read(dir: &Path) -> VocabularyFile {
        let path = dir.join(PRINCIPLES_FILE);
        if !path.is_file() {
            return VocabularyFile::builtin();
        }
        match read_source(&path) {
            Ok(src) => VocabularyFile::from_source(src),
            Err(d) => VocabularyFile::unreadable(*d),
        }
    }

    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Loads the vocabulary for scenarios in `dir`: its `principles.ron`, or the
/// shipped one. Problems in the file are returned; the shipped vocabulary is
/// used if the file cannot be read at all.
pub fn vocabulary_for(dir: &Path) -> (Vocabulary, Vec<Diagnostic>) {
    let file = VocabularyFile::read(dir);
    (file.vocabulary, file.diagnostics)
}

/// Everything found under some paths: scenarios and problems with principle
/// files.
#[derive(Debug, Default)]
pub struct Library {
    pub scenarios: Vec<Loaded>,
    /// Translation files (`<id>.<lang>.ron`) found beside the scenarios,
    /// each checked against its scenario.
    pub translations: Vec<LoadedTranslation>,
    /// Problems with principle vocabularies and with paths that do not exist.
    pub other: Vec<(Option<SourceText>, Diagnostic)>,
}

impl Library {
    /// Every diagnostic with the source it refers to.
    pub fn diagnostics(&self) -> impl Iterator<Item = (Option<&SourceText>, &Diagnostic)> {
        self.other
            .iter()
            .map(|(s, d)| (s.as_ref(), d))
            .chain(
                self.scenarios
                    .iter()
                    .flat_map(|l| l.diagnostics.iter().map(move |d| (l.source.as_ref(), d))),
            )
            .chain(
                self.translations
                    .iter()
                    .flat_map(|t| t.diagnostics.iter().map(move |d| (t.source.as_ref(), d))),
            )
    }

    /// Each scenario's translations' coverage, by scenario id then
    /// language.
    pub fn coverage(&self) -> Vec<&Coverage> {
        let mut all: Vec<&Coverage> = self
            .translations
            .iter()
            .filter_map(|t| t.coverage.as_ref())
            .collect();
        all.sort_by(|a, b| (&a.scenario, &a.language).cmp(&(&b.scenario, &b.language)));
        all
    }

    pub fn has_errors(&self) -> bool {
        self.diagnostics().any(|(_, d)| d.is_error())
    }

    /// Reads the vocabulary for scenarios in `dir`, keeping its problems.
    fn read_vocabulary(&mut self, dir: &Path) -> Vocabulary {
        let file = VocabularyFile::read(dir);
        for d in file.diagnostics {
            self.other.push((file.source.clone(), d));
        }
        file.vocabulary
    }

    /// The scenario with this id, among those that loaded without errors.
    pub fn find(&self, id: &str) -> Option<&Loaded> {
        self.scenarios
            .iter()
            .find(|l| l.scenario.as_ref().is_some_and(|s| s.id == id))
    }
}

/// Loads scenario files and folders (folders: every `*.ron` in them, sorted,
/// except `principles.ron`). Each folder's scenarios use its vocabulary.
/// Duplicate scenario ids across files are reported. Translation files
/// (`<id>.<lang>.ron`, in a folder or beside a scenario file given) are read
/// and checked against their scenarios.
pub fn load_paths(paths: &[PathBuf]) -> Library {
    let mut library = Library::default();
    for path in paths {
        if path.is_dir() {
            let vocabulary = library.read_vocabulary(path);
            let files = match ron_files(path) {
                Ok(files) => files,
                Err(e) => {
                    library.other.push((
                        None,
                        Diagnostic::whole_file(
                            &path.display().to_string(),
                            "unreadable",
                            Words::new(
                                "diag-unreadable-folder",
                                format!("cannot read this folder: {e}"),
                            )
                            .arg("error", e.to_string()),
                            Words::new(
                                "diag-unreadable-folder-hint",
                                "check the path and its permissions",
                            ),
                        ),
                    ));
                    continue;
                }
            };
            for file in files {
                if is_translation_file(&file) {
                    library.translations.push(translation::read(&file));
                } else {
                    library.scenarios.push(load_file(&file, &vocabulary));
                }
            }
        } else if path.is_file() {
            if path.file_name().is_some_and(|n| n == PRINCIPLES_FILE) {
                match read_source(path) {
                    Ok(src) => {
                        let (_, problems) = parse_principles(&src);
                        for d in problems {
                            library.other.push((Some(src.clone()), d));
                        }
                    }
                    Err(d) => library.other.push((None, *d)),
                }
                continue;
            }
            let folder = path.parent().unwrap_or(Path::new("."));
            if is_translation_file(path) {
                library.translations.push(translation::read(path));
                continue;
            }
            let vocabulary = library.read_vocabulary(folder);
            let loaded = load_file(path, &vocabulary);
            if let Some(s) = &loaded.scenario {
                library.translations.extend(
                    translation_files(folder, &s.id)
                        .iter()
                        .map(|p| translation::read(p)),
                );
            }
            library.scenarios.push(loaded);
        } else {
            library.other.push((
                None,
                Diagnostic::whole_file(
                    &path.display().to_string(),
                    "not-found",
                    Words::new("diag-not-found", "no such file or folder"),
                    Words::new(
                        "diag-not-found-hint",
                        "give a scenario file (`scenarios/coffee-dry-cappuccino.ron`) or a folder of them (`scenarios/`)",
                    ),
                ),
            ));
        }
    }
    for (i, d) in duplicate_scenario_ids(&library.scenarios) {
        library.scenarios[i].diagnostics.push(d);
    }
    let mut seen = std::collections::HashSet::new();
    library.translations.retain(|t| seen.insert(t.path.clone()));
    check_translations(&mut library);
    library
}

/// The translation files of scenario `id` in `folder` (`<id>.<lang>.ron`),
/// sorted.
pub fn translation_files(folder: &Path, id: &str) -> Vec<PathBuf> {
    let mut files = ron_files(folder).unwrap_or_default();
    files.retain(|p| translation::file_name_parts(p).is_some_and(|(of, _)| of == id));
    files
}

/// Checks each translation against its scenario: one in the library, else
/// the scenario with that id in the translation's folder. A translation of
/// a scenario that does not exist is reported; one of a scenario that could
/// not be read is left unchecked (the scenario's errors say why).
fn check_translations(library: &mut Library) {
    let Library {
        scenarios,
        translations,
        ..
    } = library;
    for t in translations.iter_mut() {
        let found = scenarios
            .iter()
            .filter_map(|l| l.scenario.as_ref())
            .find(|s| s.id == t.scenario)
            .cloned()
            .or_else(|| scenario_beside(t));
        match found {
            Some(s) => translation::check(t, &s),
            None if scenario_file_is_broken(t) => {}
            None => {
                let folder = t.path.parent().unwrap_or(Path::new("."));
                let ids = scenario_ids_in(folder);
                t.report_no_scenario(ids.iter().map(String::as_str));
            }
        }
    }
}

/// The scenario a translation given on its own translates: `<id>.ron` in
/// its folder, or any scenario there with that id.
fn scenario_beside(t: &LoadedTranslation) -> Option<Scenario> {
    let folder = t.path.parent().unwrap_or(Path::new("."));
    let vocabulary = Vocabulary::builtin();
    let named = folder.join(format!("{}.ron", t.scenario));
    let candidates = std::iter::once(named).chain(scenario_files(folder));
    candidates
        .filter(|p| p.is_file())
        .filter_map(|p| load_file(&p, &vocabulary).scenario)
        .find(|s| s.id == t.scenario)
}

/// Whether the file `<id>.ron` beside a translation exists but does not
/// read as a scenario.
fn scenario_file_is_broken(t: &LoadedTranslation) -> bool {
    let folder = t.path.parent().unwrap_or(Path::new("."));
    folder.join(format!("{}.ron", t.scenario)).is_file()
}

/// The scenario files in a folder (not the principles, not translations).
fn scenario_files(folder: &Path) -> Vec<PathBuf> {
    let mut files = ron_files(folder).unwrap_or_default();
    files.retain(|p| !is_translation_file(p));
    files
}

/// Every `*.ron` file in a folder but its `principles.ron`, sorted:
/// scenarios and translations.
fn ron_files(folder: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|x| x == "ron")
                && p.file_name().is_some_and(|n| n != PRINCIPLES_FILE)
                && p.is_file()
        })
        .collect();
    files.sort();
    Ok(files)
}

/// The ids of the scenarios in a folder, for suggestions.
fn scenario_ids_in(folder: &Path) -> Vec<String> {
    let vocabulary = Vocabulary::builtin();
    scenario_files(folder)
        .iter()
        .filter_map(|p| load_file(p, &vocabulary).scenario.map(|s| s.id))
        .collect()
}

/// Scenarios whose id an earlier one in `scenarios` already uses: each one's
/// index with the error to add to it.
pub fn duplicate_scenario_ids<'a>(
    scenarios: impl IntoIterator<Item = &'a Loaded>,
) -> Vec<(usize, Diagnostic)> {
    let mut seen: Vec<(&str, &str)> = Vec::new();
    let mut found = Vec::new();
    for (i, loaded) in scenarios.into_iter().enumerate() {
        let (Some(scenario), Some(src), Some(tree)) =
            (&loaded.scenario, &loaded.source, &loaded.tree)
        else {
            continue;
        };
        if let Some((_, first)) = seen.iter().find(|(id, _)| *id == scenario.id) {
            let span = tree.locate(&[ron_spans::Seg::Field("id")]);
            let d = Diagnostic::at(
                src,
                span,
                Severity::Error,
                "duplicate-scenario-id",
                Words::new(
                    "diag-duplicate-scenario-id",
                    format!(
                        "the scenario id `{}` is already used by {first}",
                        scenario.id
                    ),
                )
                .arg("id", &scenario.id)
                .arg("file", first.to_string()),
            )
            .with_id(&scenario.id)
            .with_label("used twice")
            .with_hint(Words::new(
                "diag-duplicate-scenario-id-hint",
                "give each scenario its own id; players and scripts pick scenarios by id",
            ));
            found.push((i, d));
        } else {
            seen.push((&scenario.id, &src.name));
        }
    }
    found
}

/// Turns syntax trees into typed values, collecting every problem.
struct Reader<'a> {
    src: &'a SourceText,
    diagnostics: Vec<Diagnostic>,
}

impl<'a> Reader<'a> {
    /// A reader for `src`, with its syntax tree.
    fn new(src: &'a SourceText) -> Result<(Self, Spanned), Box<Diagnostic>> {
        match ron_spans::parse(&src.text) {
            Ok(tree) => Ok((
                Reader {
                    src,
                    diagnostics: Vec::new(),
                },
                tree,
            )),
            Err(e) => Err(Box::new(
                Diagnostic::at(src, e.span, Severity::Error, "syntax", e.words.0)
                    .with_hint(e.words.1)
                    .with_label("here"),
            )),
        }
    }

    /// Deserialises one value from its text, placing any error in the file.
    fn deserialize<T: DeserializeOwned>(&mut self, value: &Spanned, what: &str) -> Option<T> {
        let text = &self.src.text[value.span.clone()];
        match ron_options().from_str::<T>(text) {
            Ok(v) => Some(v),
            Err(e) => {
                let at =
                    self.src
                        .offset_in_slice(value.span.start, e.span.start.line, e.span.start.col);
                // `ron` may start the span before the whitespace in front of
                // the bad value (just after `field:`); point at the value.
                let rest = &self.src.text[at..value.span.end.max(at)];
                let at = at + (rest.len() - rest.trim_start().len());
                let end = self
                    .src
                    .offset_in_slice(value.span.start, e.span.end.line, e.span.end.col)
                    .max(at);
                let (message, hint) = explain_ron_error(&e.code, what);
                let mut d = Diagnostic::at(
                    self.src,
                    at..end.max(at + 1),
                    Severity::Error,
                    "shape",
                    message,
                )
                .with_hint(hint)
                .with_label("here");
                if let Some(id) = value.field("id").and_then(|f| match &f.value.kind {
                    Kind::Str(s) => Some(s.clone()),
                    _ => None,
                }) {
                    d = d.with_id(id);
                }
                self.diagnostics.push(d);
                None
            }
        }
    }
}

/// The scenario's top-level fields, in file order for messages.
const SCENARIO_FIELDS: &[&str] = &[
    "id",
    "title",
    "source",
    "setting",
    "difficulty",
    "minutes",
    "tags",
    "lesson",
    "customer",
    "economics",
    "start",
    "nodes",
    "endings",
    "walk_out",
    "debrief",
    "facilitator",
];

/// Reads a scenario from its syntax tree: every unknown, broken or missing
/// field is reported, in that order, before the scenario is built.
fn read_scenario(r: &mut Reader, tree: &Spanned) -> Option<Scenario> {
    let fields = scenario_fields(r, tree)?;
    report_unknown_fields(r, fields);
    let mut found = ScenarioFields {
        fields,
        missing: Vec::new(),
    };
    let scenario = read_scenario_fields(r, &mut found);
    report_missing_fields(r, tree, &found.missing);
    scenario
}

/// The fields of a `Scenario( ... )`; anything else in the file is reported.
fn scenario_fields<'t>(r: &mut Reader, tree: &'t Spanned) -> Option<&'t [Field]> {
    if let Kind::Struct { fields, .. } = &tree.kind {
        return Some(fields);
    }
    r.diagnostics.push(
        Diagnostic::at(
            r.src,
            tree.span.start..tree.span.start + 1,
            Severity::Error,
            "shape",
            Words::new(
                "diag-scenario-shape",
                "a scenario file holds one `Scenario( ... )` with named fields",
            ),
        )
        .with_hint(Words::new(
            "diag-scenario-shape-hint",
            "start the file with `Scenario(` and write fields as `id: \"my-scenario\",`",
        ))
        .with_label("expected `Scenario(field: value, ...)`"),
    );
    None
}

/// Reports each field a scenario does not have, with the nearest it does.
fn report_unknown_fields(r: &mut Reader, fields: &[Field]) {
    for field in fields {
        if SCENARIO_FIELDS.contains(&field.name.as_str()) {
            continue;
        }
        let hint = match nearest(&field.name, SCENARIO_FIELDS.iter().copied()) {
            Some(near) => did_you_mean(near),
            None => Words::new(
                "diag-scenario-fields",
                format!("a scenario's fields are: {}", SCENARIO_FIELDS.join(", ")),
            )
            .arg("fields", SCENARIO_FIELDS.join(", ")),
        };
        r.diagnostics.push(
            Diagnostic::at(
                r.src,
                field.name_span.clone(),
                Severity::Error,
                "unknown-field",
                Words::new(
                    "diag-unknown-scenario-field",
                    format!("a scenario has no field `{}`", field.name),
                )
                .arg("field", &field.name),
            )
            .with_hint(hint)
            .with_label("unknown field"),
        );
    }
}

/// A scenario's fields as they are looked up, remembering the required
/// ones that are missing for one message each.
struct ScenarioFields<'t> {
    fields: &'t [Field],
    missing: Vec<&'static str>,
}

impl<'t> ScenarioFields<'t> {
    /// The value of field `name`, if the file has it.
    fn get(&self, name: &str) -> Option<&'t Spanned> {
        self.fields
            .iter()
            .find(|f| f.name == name)
            .map(|f| &f.value)
    }

    /// The value of required field `name`; its absence is remembered.
    fn required(&mut self, name: &'static str) -> Option<&'t Spanned> {
        let found = self.get(name);
        if found.is_none() {
            self.missing.push(name);
        }
        found
    }
}

impl Reader<'_> {
    /// Deserialises required field `name` (`what` it holds, for messages).
    fn required<T: DeserializeOwned>(
        &mut self,
        fields: &mut ScenarioFields,
        name: &'static str,
        what: &str,
    ) -> Option<T> {
        fields
            .required(name)
            .and_then(|v| self.deserialize(v, what))
    }

    /// Deserialises optional field `name`, or gives `default` without it.
    fn optional<T: DeserializeOwned>(
        &mut self,
        fields: &ScenarioFields,
        name: &str,
        what: &str,
        default: T,
    ) -> Option<T> {
        match fields.get(name) {
            Some(v) => self.deserialize(v, what),
            None => Some(default),
        }
    }
}

/// Deserialises every field, each on its own so every broken one is
/// reported; the scenario when all of them are present and well formed.
fn read_scenario_fields(r: &mut Reader, f: &mut ScenarioFields) -> Option<Scenario> {
    let id: Option<String> = r.required(f, "id", "the scenario id");
    let title: Option<String> = r.required(f, "title", "the title");
    let source_story: Option<String> = r.required(f, "source", "the source story");
    let setting: Option<String> = r.required(f, "setting", "the setting");
    let difficulty = r.required(f, "difficulty", "the difficulty");
    let minutes: Option<u32> = r.required(f, "minutes", "the minutes");
    let lesson: Option<String> = r.required(f, "lesson", "the lesson");
    let customer = r.required(f, "customer", "the customer");
    let start: Option<String> = r.required(f, "start", "the start node id");
    let debrief: Option<Debrief> = r.required(f, "debrief", "the debrief");
    let nodes = f.required("nodes").map(|v| read_list(r, v, "a node"));
    let endings = f.required("endings").map(|v| read_list(r, v, "an ending"));
    let tags: Option<Vec<String>> = r.optional(f, "tags", "the tags", Vec::new());
    let walk_out: Option<Option<String>> = r.optional(f, "walk_out", "the walk-out ending", None);
    let economics = r.optional(f, "economics", "the economics", Economics::default());
    let facilitator: Option<Option<Facilitator>> =
        r.optional(f, "facilitator", "the facilitator's notes", None);
    Some(Scenario {
        id: id?,
        title: title?,
        source: source_story?,
        setting: setting?,
        difficulty: difficulty?,
        minutes: minutes?,
        tags: tags?,
        lesson: lesson?,
        customer: customer?,
        economics: economics?,
        start: start?,
        nodes: nodes??,
        endings: endings??,
        walk_out: walk_out?,
        debrief: debrief?,
        facilitator: facilitator?,
        translated: None,
    })
}

/// Reports each required field the scenario lacks, at its opening.
fn report_missing_fields(r: &mut Reader, tree: &Spanned, missing: &[&str]) {
    let opening = tree.span.start..tree.span.start + 1;
    for name in missing {
        r.diagnostics.push(
            Diagnostic::at(
                r.src,
                opening.clone(),
                Severity::Error,
                "missing-field",
                Words::new(
                    "diag-missing-field",
                    format!("the scenario has no `{name}`"),
                )
                .arg("field", *name),
            )
            .with_hint(
                Words::new(
                    "diag-missing-field-hint",
                    format!("add `{name}: ...` (see scenarios/README.md for what it holds)"),
                )
                .arg("field", *name),
            )
            .with_label("in this scenario"),
        );
    }
}

/// Reads a list item by item, so each broken item is reported.
fn read_list<T: DeserializeOwned>(r: &mut Reader, value: &Spanned, what: &str) -> Option<Vec<T>> {
    let Some(items) = value.items() else {
        r.diagnostics.push(
            Diagnostic::at(
                r.src,
                value.span.clone(),
                Severity::Error,
                "shape",
                Words::new(
                    "diag-expected-list",
                    format!("expected a list of {what}s in `[ ... ]`"),
                )
                .arg("what", what),
            )
            .with_hint(Words::new(
                "diag-expected-list-hint",
                "write the items inside square brackets, separated by commas",
            ))
            .with_label("not a list"),
        );
        return None;
    };
    let mut out = Vec::with_capacity(items.len());
    let mut ok = true;
    for item in items {
        match r.deserialize(item, what) {
            Some(v) => out.push(v),
            None => ok = false,
        }
    }
    ok.then_some(out)
}

/// A trainer-facing message and hint for a `ron` error.
fn explain_ron_error(code: &ron::Error, what: &str) -> (Words, Words) {
    use ron::Error as E;
    let text = code.to_string();
    match code {
        E::MissingStructField { field, outer } => (
            match outer.as_deref() {
                Some(o) => Words::new(
                    "diag-missing-struct-field-in",
                    format!("this {o} is missing the field `{field}`"),
                )
                .arg("what", o),
                None => Words::new(
                    "diag-missing-struct-field",
                    format!("{what} is missing the field `{field}`"),
                )
                .arg("what", what),
            }
            .arg("field", field.to_string()),
            Words::new(
                "diag-missing-struct-field-hint",
                format!("add `{field}: ...`; scenarios/README.md lists every field"),
            )
            .arg("field", field.to_string()),
        ),
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => {
            let hint = match nearest(found, expected.iter().copied()) {
                Some(near) => did_you_mean(near),
                None => Words::new(
                    "diag-fields-here",
                    format!("the fields here are: {}", expected.join(", ")),
                )
                .arg("fields", expected.join(", ")),
            };
            (
                match outer.as_deref() {
                    Some(o) => Words::new(
                        "diag-no-such-field-in",
                        format!("a {o} has no field `{found}`"),
                    )
                    .arg("what", o),
                    None => Words::new(
                        "diag-no-such-field",
                        format!("{what} has no field `{found}`"),
                    )
                    .arg("what", what),
                }
                .arg("field", found.to_string()),
                hint,
            )
        }
        E::NoSuchEnumVariant {
            expected, found, ..
        } => {
            let hint = match nearest(found, expected.iter().copied()) {
                Some(near) => Words::new(
                    "diag-did-you-mean-choices",
                    format!(
                        "did you mean `{near}`? The choices are: {}",
                        expected.join(", ")
                    ),
                )
                .arg("near", near)
                .arg("choices", expected.join(", ")),
                None => Words::new(
                    "diag-choices",
                    format!("the choices are: {}", expected.join(", ")),
                )
                .arg("choices", expected.join(", ")),
            };
            (
                Words::new(
                    "diag-no-such-choice",
                    format!("`{found}` is not one of the choices here"),
                )
                .arg("found", found.to_string()),
                hint,
            )
        }
        E::DuplicateStructField { field, .. } => (
            Words::new(
                "diag-duplicate-field",
                format!("the field `{field}` is written twice"),
            )
            .arg("field", field.to_string()),
            Words::new("diag-duplicate-field-hint", "keep one of them"),
        ),
        E::ExpectedComma | E::TrailingCharacters => (
            Words::new(
                "diag-unexpected-text",
                format!("in {what}: unexpected text here"),
            )
            .arg("what", what),
            Words::new(
                "diag-unexpected-text-hint",
                "a field that counts whole things (minutes of play, horizon_years, talks_to, principle weights) takes a whole number such as 5, not 5.5; otherwise look for a missing comma",
            ),
        ),
        E::IntegerOutOfBounds => (
            Words::new(
                "diag-integer-out-of-bounds",
                format!("in {what}: this number is out of range for its field"),
            )
            .arg("what", what),
            Words::new(
                "diag-integer-out-of-bounds-hint",
                "counts such as talks_to, minutes of play and weights cannot be negative or huge; see the ranges in scenarios/README.md",
            ),
        ),
        E::ExpectedString | E::ExpectedStringEnd => (
            Words::new(
                "diag-expected-string",
                format!("in {what}: expected text in double quotes"),
            )
            .arg("what", what),
            Words::new(
                "diag-expected-string-hint",
                "write text and ids in double quotes, e.g. \"fix-fast\"",
            ),
        ),
        E::ExpectedInteger | E::ExpectedFloat => (
            Words::new(
                "diag-expected-number",
                format!("in {what}: expected a number"),
            )
            .arg("what", what),
            Words::new(
                "diag-expected-number-hint",
                "write a number without quotes, e.g. 12 or 2.5",
            ),
        ),
        _ => (
            Words::new("diag-ron-other", format!("in {what}: {text}"))
                .arg("what", what)
                .arg("error", text.clone()),
            Words::new(
                "diag-ron-other-hint",
                "compare with scenarios/coffee-dry-cappuccino.ron, a complete example",
            ),
        ),
    }
}
