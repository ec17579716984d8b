//! The trainers' scenarios, live: every `*.ron` in the scenarios folder is
//! an asset, loaded with the core's loader and validator, and reloaded when
//! the file (or the folder's `principles.ron`) changes. A broken file shows
//! up as broken; the good ones keep working. The folder follows the same
//! rules as `last-word validate`: `principles.ron` with errors is a broken
//! file, and a scenario whose id an earlier file (by name) uses is broken.
//!
//! A scenario is shown in the game's language when it has a translation
//! file beside it (`<id>.<lang>.ron`): its texts are laid over the original
//! (texts it lacks stay in the original and the screens mark them). A
//! translation with errors is set aside with a warning: the original plays.
//! Editing a translation, or choosing another language, shows at once.

use std::path::PathBuf;
use std::sync::Arc;

use bevy::asset::io::Reader;
use bevy::asset::{AssetLoader, AssetPath, LoadContext, LoadState};
use bevy::prelude::*;

use crate::core::diagnostic::Diagnostic;
use crate::core::load::{self, Loaded, PRINCIPLES_FILE, Vocabulary, VocabularyFile};
use crate::core::ron_spans::SourceText;
use crate::core::scenario::Difficulty;
use crate::core::session::Prepared;
use crate::core::translation::{self, Translation};
use crate::core::validate::ValidScenario;
use crate::text::i18n::{tr, tr_args};

use super::Screen;
use super::language::GameLanguage;

/// The asset source the scenarios folder is registered as.
pub const SOURCE: &str = "scenarios";

/// The scenarios folder on disk.
#[derive(Resource, Debug, Clone)]
pub struct ScenariosDir(pub PathBuf);

/// One file of the scenarios folder as read by the core.
#[derive(Asset, TypePath, Debug)]
pub enum ScenarioFile {
    /// A scenario, read with the folder's vocabulary.
    Scenario {
        loaded: Box<Loaded>,
        vocabulary: Vocabulary,
    },
    /// The folder's `principles.ron`.
    Principles(VocabularyFile),
}

/// Reads scenario files. `folder` is how the scenarios folder is named in
/// messages (as the player gave it, e.g. `scenarios`).
#[derive(TypePath)]
struct ScenarioLoader {
    folder: String,
}

impl AssetLoader for ScenarioLoader {
    type Asset = ScenarioFile;
    type Settings = ();
    type Error = std::io::Error;

    async fn load(
        &self,
        reader: &mut dyn Reader,
        _settings: &(),
        ctx: &mut LoadContext<'_>,
    ) -> Result<ScenarioFile, Self::Error> {
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes).await?;
        let file = ctx.path().path().to_path_buf();
        let name = format!("{}/{}", self.folder, file.display());
        if file.as_os_str() == PRINCIPLES_FILE {
            return Ok(ScenarioFile::Principles(VocabularyFile::from_bytes(
                name, bytes,
            )));
        }
        // Reading the vocabulary through the loader makes this scenario
        // reload when `principles.ron` changes. Its problems are shown on
        // its own entry.
        let principles = AssetPath::from(PRINCIPLES_FILE).with_source(SOURCE);
        let vocabulary = match ctx.read_asset_bytes(principles).await {
            Ok(bytes) => {
                VocabularyFile::from_bytes(format!("{SOURCE}/{PRINCIPLES_FILE}"), bytes).vocabulary
            }
            Err(_) => Vocabulary::builtin(),
        };
        let loaded = load::load_bytes(file, name, bytes, &vocabulary);
        Ok(ScenarioFile::Scenario {
            loaded: Box::new(loaded),
            vocabulary,
        })
    }

    fn extensions(&self) -> &[&str] {
        &["ron"]
    }
}

/// A scenario as the picker shows it.
#[derive(Debug, Clone)]
pub enum Status {
    Loading,
    Ready(Arc<Prepared>),
    /// Errors found by the validator, with the file's text to show them in.
    Broken {
        diagnostics: Vec<Diagnostic>,
        source: Option<SourceText>,
    },
    /// The folder's principles file, without errors: nothing to play, so
    /// not listed.
    Principles,
}

#[derive(Debug, Clone)]
pub struct Entry {
    /// The file name inside the scenarios folder.
    pub file: String,
    pub handle: Handle<ScenarioFile>,
    pub status: Status,
    /// The error when an earlier file uses this scenario's id.
    duplicate: Option<Diagnostic>,
    /// The translation file shown over it, as it was when read (language,
    /// size, time), to notice an edit.
    translation: Option<Stamp>,
}

/// A translation file's language, size and modification time.
type Stamp = (String, u64, Option<std::time::SystemTime>);

impl Entry {
    pub fn prepared(&self) -> Option<&Arc<Prepared>> {
        match &self.status {
            Status::Ready(p) => Some(p),
            _ => None,
        }
    }

    /// Whether the picker shows it: every scenario, and the principles file
    /// when it has errors.
    pub fn is_listed(&self) -> bool {
        !matches!(self.status, Status::Principles)
    }

    /// The title to show: the scenario's, or the file name while loading or
    /// when it cannot be read.
    pub fn title(&self) -> String {
        match &self.status {
            Status::Ready(p) => p.scenario.title.clone(),
            _ => self.file.clone(),
        }
    }

    /// Sort key: difficulty, then title, then file.
    fn order(&self) -> (Difficulty, String, String) {
        let difficulty = self
            .prepared()
            .map_or(Difficulty::Hard, |p| p.scenario.difficulty);
        (difficulty, self.title(), self.file.clone())
    }
}

/// Every scenario file found, in the picker's order.
#[derive(Resource, Debug, Default)]
pub struct Library {
    pub entries: Vec<Entry>,
}

impl Library {
    /// True once every file has been read (well or badly).
    pub fn is_ready(&self) -> bool {
        self.entries
            .iter()
            .all(|e| !matches!(e.status, Status::Loading))
    }

    pub fn find_id(&self, id: &str) -> Option<&Entry> {
        self.entries
            .iter()
            .find(|e| e.prepared().is_some_and(|p| p.scenario.id == id))
    }

    pub fn find_file(&self, file: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.file == file)
    }

    /// Adds a scenario that is already in memory.
    #[cfg(test)]
    pub fn insert_ready(&mut self, file: &str, prepared: Arc<Prepared>) {
        self.entries.push(Entry {
            file: file.to_string(),
            handle: Handle::default(),
            status: Status::Ready(prepared),
            duplicate: None,
            translation: None,
        });
    }

    /// Adds a scenario file with errors.
    #[cfg(test)]
    pub fn insert_broken(
        &mut self,
        file: &str,
        diagnostics: Vec<Diagnostic>,
        source: Option<SourceText>,
    ) {
        self.entries.push(Entry {
            file: file.to_string(),
            handle: Handle::default(),
            status: Status::Broken {
                diagnostics,
                source,
            },
            duplicate: None,
            translation: None,
        });
    }

    fn sort(&mut self) {
        self.entries.sort_by_key(Entry::order);
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Library>();
    // Screen-flow tests run without the asset plugin and fill the library
    // themselves.
    if app.world().contains_resource::<AssetServer>() {
        let folder = app
            .world()
            .get_resource::<super::GameOptions>()
            .map_or(SOURCE.to_string(), |o| o.dir.display().to_string());
        app.init_asset::<ScenarioFile>()
            .register_asset_loader(ScenarioLoader { folder })
            .add_systems(Startup, (scan_folder, wake_on_edits))
            .add_systems(OnEnter(Screen::Picker), scan_folder)
            .add_systems(Update, refresh_entries);
    }
}

/// Starts loading every scenario file in the folder that is not loaded yet,
/// and forgets files that are gone.
fn scan_folder(dir: Res<ScenariosDir>, server: Res<AssetServer>, mut library: ResMut<Library>) {
    let Ok(read) = std::fs::read_dir(&dir.0) else {
        warn!("cannot read the scenarios folder {}", dir.0.display());
        return;
    };
    let mut files: Vec<String> = read
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_file())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|name| name.ends_with(".ron"))
        // A scenario's translations (`<id>.<lang>.ron`) are not scenarios.
        .filter(|name| !crate::core::translation::is_translation_file(std::path::Path::new(name)))
        .collect();
    files.sort();
    let before = library.entries.len();
    library.entries.retain(|e| files.contains(&e.file));
    let mut changed = before != library.entries.len();
    for file in files {
        if library.find_file(&file).is_none() {
            let path = AssetPath::from(file.clone()).with_source(SOURCE);
            library.entries.push(Entry {
                file,
                handle: server.load(path),
                status: Status::Loading,
                duplicate: None,
                translation: None,
            });
            changed = true;
        }
    }
    if changed {
        library.sort();
    } else {
        library.bypass_change_detection();
    }
}

/// The game sleeps while nothing happens (reactive rendering), so an edited
/// file would only show at the next key press. A light thread watches the
/// folder's files (names, sizes, times, a few times a second) and wakes the
/// game when one changes, and again shortly after, so the reload shows.
fn wake_on_edits(dir: Res<ScenariosDir>, proxy: Option<Res<bevy::winit::EventLoopProxyWrapper>>) {
    let Some(proxy) = proxy else { return };
    let proxy = (**proxy).clone();
    let dir = dir.0.clone();
    let snapshot = move || -> Vec<(String, u64, Option<std::time::SystemTime>)> {
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .map(|r| {
                r.filter_map(|e| e.ok())
                    .filter_map(|e| {
                        let meta = e.metadata().ok()?;
                        Some((
                            e.file_name().to_string_lossy().into_owned(),
                            meta.len(),
                            meta.modified().ok(),
                        ))
                    })
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        files
    };
    std::thread::spawn(move || {
        let mut last = snapshot();
        loop {
            std::thread::sleep(std::time::Duration::from_millis(500));
            let now = snapshot();
            if now == last {
                continue;
            }
            last = now;
            // Wake now, then while the file is reloaded in the background.
            for delay in [0, 400, 800, 1600] {
                std::thread::sleep(std::time::Duration::from_millis(delay));
                if proxy
                    .send_event(bevy::winit::WinitUserEvent::WakeUp)
                    .is_err()
                {
                    return; // the game has closed
                }
            }
        }
    });
}

/// Keeps each entry's status in step with its asset: first load, reloads
/// after an edit, files the engine could not read at all, scenario ids
/// used twice, and the translation into the game's language (chosen, added,
/// edited or removed).
fn refresh_entries(
    mut events: MessageReader<AssetEvent<ScenarioFile>>,
    files: Res<Assets<ScenarioFile>>,
    server: Res<AssetServer>,
    (dir, language): (Res<ScenariosDir>, Res<GameLanguage>),
    mut library: ResMut<Library>,
) {
    let mut touched: Vec<AssetId<ScenarioFile>> = events
        .read()
        .filter_map(|e| match e {
            AssetEvent::Added { id } | AssetEvent::Modified { id } => Some(*id),
            _ => None,
        })
        .collect();
    // Files the engine failed to read never produce an event.
    for entry in &library.entries {
        if matches!(entry.status, Status::Loading)
            && let Some(LoadState::Failed(_)) = server.get_load_state(entry.handle.id())
        {
            touched.push(entry.handle.id());
        }
        // A translation chosen, added, edited or removed.
        if let Some(ScenarioFile::Scenario { loaded, .. }) = files.get(entry.handle.id())
            && let Some(id) = loaded.scenario.as_ref().map(|s| s.id.as_str())
            && stamp(&dir.0, id, &language) != entry.translation
        {
            touched.push(entry.handle.id());
        }
    }
    // A file added or removed can make another one's id a duplicate.
    if touched.is_empty() && !library.is_changed() {
        return;
    }
    let duplicates = duplicate_ids(&library, &files);
    let mut changed = false;
    for entry in library.bypass_change_detection().entries.iter_mut() {
        let duplicate = duplicates
            .iter()
            .find(|(file, _)| *file == entry.file)
            .map(|(_, d)| d);
        if !touched.contains(&entry.handle.id()) && entry.duplicate.as_ref() == duplicate {
            continue;
        }
        let status = match files.get(entry.handle.id()) {
            Some(file) => {
                let id = match file {
                    ScenarioFile::Scenario { loaded, .. } => {
                        loaded.scenario.as_ref().map(|s| s.id.clone())
                    }
                    ScenarioFile::Principles(_) => None,
                };
                entry.translation = id.and_then(|id| stamp(&dir.0, &id, &language));
                status_of(file, duplicate, |s| translation_of(&dir.0, s, &language))
            }
            None => match server.get_load_state(entry.handle.id()) {
                Some(LoadState::Failed(error)) => Status::Broken {
                    diagnostics: vec![Diagnostic::whole_file(
                        &format!("{SOURCE}/{}", entry.file),
                        "unreadable",
                        tr_args("library-unreadable", &[("error", error.to_string().into())]),
                        tr("library-unreadable-hint"),
                    )],
                    source: None,
                },
                _ => continue,
            },
        };
        entry.duplicate = duplicate.cloned();
        entry.status = status;
        changed = true;
    }
    if changed {
        library.sort();
    }
}

/// The translation file of scenario `id` into the game's language as it is
/// on disk now; `None` when the game speaks English or there is none.
fn stamp(dir: &std::path::Path, id: &str, language: &GameLanguage) -> Option<Stamp> {
    let tag = language.scenario_tag()?;
    let meta = std::fs::metadata(translation::file_path(dir, id, tag)).ok()?;
    Some((tag.to_string(), meta.len(), meta.modified().ok()))
}

/// The translation of `scenario` into the game's language, read and
/// checked; `None` when there is none, or it has errors (with a warning:
/// the original plays).
fn translation_of(
    dir: &std::path::Path,
    scenario: &ValidScenario,
    language: &GameLanguage,
) -> Option<Translation> {
    let path = translation::file_path(dir, &scenario.id, language.scenario_tag()?);
    if !path.is_file() {
        return None;
    }
    let mut loaded = translation::read(&path);
    translation::check(&mut loaded, scenario);
    if loaded.has_errors() {
        warn!(
            "{} has errors (`last-word validate` shows them); `{}` is shown in its original language",
            path.display(),
            scenario.id
        );
        return None;
    }
    loaded.translation
}

/// Each scenario file whose id a file before it (by name) already uses,
/// with the error, as `last-word validate` reports it.
fn duplicate_ids(library: &Library, files: &Assets<ScenarioFile>) -> Vec<(String, Diagnostic)> {
    let mut scenarios: Vec<(&str, &Loaded)> = library
        .entries
        .iter()
        .filter_map(|e| match files.get(e.handle.id()) {
            Some(ScenarioFile::Scenario { loaded, .. }) => Some((e.file.as_str(), &**loaded)),
            _ => None,
        })
        .collect();
    scenarios.sort_by_key(|(file, _)| *file);
    load::duplicate_scenario_ids(scenarios.iter().map(|(_, loaded)| *loaded))
        .into_iter()
        .map(|(i, d)| (scenarios[i].0.to_string(), d))
        .collect()
}

/// The picker's view of one loaded file; `duplicate` is the error when an
/// earlier file uses the same scenario id; `translate` finds the
/// translation to show a valid scenario in, if any.
pub fn status_of(
    file: &ScenarioFile,
    duplicate: Option<&Diagnostic>,
    translate: impl FnOnce(&ValidScenario) -> Option<Translation>,
) -> Status {
    match file {
        ScenarioFile::Scenario { loaded, vocabulary } => match (loaded.valid(), duplicate) {
            (Some(valid), None) => {
                let shown = match translate(valid) {
                    Some(translation) => valid.clone().translated(&translation),
                    None => valid.clone(),
                };
                Status::Ready(Prepared::new(shown, vocabulary))
            }
            _ => Status::Broken {
                diagnostics: loaded
                    .diagnostics
                    .iter()
                    .chain(duplicate)
                    .cloned()
                    .collect(),
                source: loaded.source.clone(),
            },
        },
        ScenarioFile::Principles(principles) if principles.has_errors() => Status::Broken {
            diagnostics: principles.diagnostics.clone(),
            source: principles.source.clone(),
        },
        ScenarioFile::Principles(_) => Status::Principles,
    }
}
