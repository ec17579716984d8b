//! Files written so that a crash never leaves half of one: the new content
//! goes to a temporary file in the same folder, is flushed to disk, and only
//! then renamed over the old file (a rename within a folder is atomic). A
//! file that cannot be read is set aside, never silently overwritten.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// New content written beside its destination, flushed to disk, not yet in
/// place. [`Staged::commit`] renames it over the destination; dropping it
/// without committing removes it and leaves the destination as it was.
#[derive(Debug)]
pub struct Staged {
    temporary: PathBuf,
    destination: PathBuf,
    committed: bool,
}

/// Writes `bytes` to `path` atomically: readers see the old file or the new
/// one, never a mixture, whatever moment the program is stopped at. The
/// folder is created if missing.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    stage(path, bytes)?.commit()
}

/// The first half of [`write_atomic`]: the content written to a temporary
/// file in `path`'s folder and flushed to disk.
pub fn stage(path: &Path, bytes: &[u8]) -> io::Result<Staged> {
    let folder = folder_of(path);
    fs::create_dir_all(&folder)?;
    let name = path.file_name().ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{} names no file", path.display()),
        )
    })?;
    let temporary = folder.join(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let staged = Staged {
        temporary,
        destination: path.to_path_buf(),
        committed: false,
    };
    let mut file = File::create(&staged.temporary)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    Ok(staged)
}

impl Staged {
    /// Where the content waits until it is committed.
    pub fn temporary(&self) -> &Path {
        &self.temporary
    }

    /// Puts the content in place and makes the rename itself durable.
    pub fn commit(mut self) -> io::Result<()> {
        fs::rename(&self.temporary, &self.destination)?;
        self.committed = true;
        // The folder's entry for the new file, flushed too (where the
        // system allows opening a folder; elsewhere the rename stands).
        if let Ok(dir) = File::open(folder_of(&self.destination)) {
            let _ = dir.sync_all();
        }
        Ok(())
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_file(&self.temporary);
        }
    }
}

/// Moves an unreadable file aside to `<name>.corrupt` (replacing an older
/// one) so it can be looked at, and returns where it went.
pub fn set_aside(path: &Path) -> io::Result<PathBuf> {
    let mut name = path.as_os_str().to_owned();
    name.push(".corrupt");
    let aside = PathBuf::from(name);
    fs::rename(path, &aside)?;
    Ok(aside)
}

fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// A file path in a fresh temporary folder, for tests: the folder goes
/// when the guard is dropped.
#[cfg(test)]
pub(crate) fn scratch(name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join(name);
    (dir, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_replaces_the_file_and_leaves_no_temporary() {
        let (_dir, path) = scratch("nested/settings.ron");
        write_atomic(&path, b"first").unwrap();
        write_atomic(&path, b"second").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "second");
        let names: Vec<_> = fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("settings.ron")]);
    }

    #[test]
    fn without_the_rename_the_old_file_is_intact() {
        let (_dir, path) = scratch("session.json");
        fs::write(&path, "old and whole").unwrap();
        let staged = stage(&path, b"new").unwrap();
        // Stopped here: the new content waits beside the old file.
        assert_eq!(fs::read_to_string(staged.temporary()).unwrap(), "new");
        assert_eq!(fs::read_to_string(&path).unwrap(), "old and whole");
        let temporary = staged.temporary().to_path_buf();
        drop(staged);
        assert_eq!(fs::read_to_string(&path).unwrap(), "old and whole");
        assert!(!temporary.exists());
    }

    #[test]
    fn a_corrupt_file_is_set_aside_with_its_content() {
        let (dir, path) = scratch("settings.ron");
        fs::write(&path, "(ui_scale: ").unwrap();
        let aside = set_aside(&path).unwrap();
        assert_eq!(aside, dir.path().join("settings.ron.corrupt"));
        assert!(!path.exists());
        assert_eq!(fs::read_to_string(aside).unwrap(), "(ui_scale: ");
    }
}
