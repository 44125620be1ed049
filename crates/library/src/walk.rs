//! Listing a folder's files on every core, without following links (so symlink loops cannot
//! trap it) and without the litter operating systems and tools leave behind.

use std::path::{Path, PathBuf};
use std::sync::{Condvar, Mutex};

use crate::access;

/// One file as the file system describes it.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    /// Relative to the folder, `/`-separated.
    pub rel_path: String,
    pub size: u64,
    pub mtime_ns: i64,
    pub file_id: Option<String>,
    /// Only a cloud placeholder is on the disk ([`access::is_online_only`]): never read.
    pub online_only: bool,
}

/// A path the walk could not read; nothing under it may be taken as deleted.
#[derive(Debug)]
pub(crate) struct Unreadable {
    pub path: PathBuf,
    pub reason: String,
}

#[derive(Debug, Default)]
pub(crate) struct Listing {
    pub entries: Vec<Entry>,
    pub unreadable: Vec<Unreadable>,
}

/// Names no photo library wants: OS metadata, thumbnail databases, partial downloads and the
/// temporary files of Skyfolio itself.
pub(crate) fn is_litter(name: &str) -> bool {
    const NAMES: [&str; 8] = [
        ".DS_Store",
        "Thumbs.db",
        "ehthumbs.db",
        "desktop.ini",
        "@eaDir",
        "$RECYCLE.BIN",
        "System Volume Information",
        ".Trashes",
    ];
    const PARTIAL: [&str; 6] = [
        ".part",
        ".crdownload",
        ".download",
        ".partial",
        ".tmp",
        ".!qb",
    ];
    NAMES.contains(&name)
        || name.starts_with("._")
        || name.starts_with(".skyfolio-")
        || name.starts_with(".~")
        || PARTIAL.iter().any(|suffix| name.ends_with(suffix))
}

/// A part of a folder to list: one directory alone, or with everything under it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Scope {
    /// Relative to the folder, `/`-separated; `""` is the folder itself.
    pub rel_dir: String,
    pub recursive: bool,
}

impl Scope {
    /// The whole folder.
    pub fn whole() -> Scope {
        Scope {
            rel_dir: String::new(),
            recursive: true,
        }
    }

    pub fn is_whole(&self) -> bool {
        self.recursive && self.rel_dir.is_empty()
    }

    /// Whether files directly in `dir` are listed by this scope.
    pub fn covers(&self, dir: &str) -> bool {
        if !self.recursive {
            return dir == self.rel_dir;
        }
        self.rel_dir.is_empty()
            || dir == self.rel_dir
            || dir
                .strip_prefix(self.rel_dir.as_str())
                .is_some_and(|rest| rest.starts_with('/'))
    }

    /// The smallest set of scopes that lists the same files: a scope another one covers is
    /// dropped.
    pub fn normalize(mut scopes: Vec<Scope>) -> Vec<Scope> {
        scopes.sort();
        scopes.dedup();
        let recursive: Vec<Scope> = scopes.iter().filter(|s| s.recursive).cloned().collect();
        scopes.retain(|scope| {
            !recursive
                .iter()
                .any(|other| other != scope && other.covers(&scope.rel_dir))
        });
        scopes
    }
}

/// Lists the files `scope` covers under the folder `root`. A scope whose directory is gone, or
/// is a link, lists nothing.
pub(crate) fn walk(root: &Path, scope: &Scope) -> Listing {
    let start = if scope.rel_dir.is_empty() {
        root.to_owned()
    } else {
        root.join(&scope.rel_dir)
    };
    if !scope.rel_dir.is_empty() {
        match std::fs::symlink_metadata(&start) {
            Ok(metadata) if metadata.is_dir() => {}
            Ok(metadata) if metadata.is_symlink() => return Listing::default(),
            Ok(_) => {}
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                return Listing::default();
            }
            Err(error) => {
                return Listing {
                    entries: Vec::new(),
                    unreadable: vec![Unreadable {
                        path: start,
                        reason: error.to_string(),
                    }],
                };
            }
        }
    }
    let threads = std::thread::available_parallelism().map_or(2, usize::from);
    let rel_start = scope.rel_dir.clone();
    let queue = Queue {
        pending: Mutex::new(Pending {
            dirs: vec![(start, rel_start)],
            listing: 0,
        }),
        ready: Condvar::new(),
    };
    let listing = Mutex::new(Listing::default());
    std::thread::scope(|threads_scope| {
        for _ in 0..threads {
            threads_scope.spawn(|| {
                let mut found = Listing::default();
                while let Some((dir, rel_dir)) = queue.take() {
                    let subdirs = list_dir(&dir, &rel_dir, scope.recursive, &mut found);
                    queue.done_with(subdirs);
                }
                let mut shared = listing.lock().unwrap_or_else(|p| p.into_inner());
                shared.entries.append(&mut found.entries);
                shared.unreadable.append(&mut found.unreadable);
            });
        }
    });
    let mut listing = listing
        .into_inner()
        .unwrap_or_else(|poison| poison.into_inner());
    // One walk lists each path once: no two entries are equal, and an unstable sort is faster.
    listing
        .entries
        .sort_unstable_by(|a, b| a.rel_path.cmp(&b.rel_path));
    listing
}

/// The directories a walk has yet to list, shared by its threads.
struct Queue {
    pending: Mutex<Pending>,
    ready: Condvar,
}

struct Pending {
    /// Each with its path relative to the folder, `/`-separated.
    dirs: Vec<(PathBuf, String)>,
    /// Directories being listed now: their subdirectories may still come.
    listing: usize,
}

impl Queue {
    /// The next directory to list, or `None` once every directory has been listed.
    fn take(&self) -> Option<(PathBuf, String)> {
        let mut pending = self.pending.lock().unwrap_or_else(|p| p.into_inner());
        loop {
            if let Some(dir) = pending.dirs.pop() {
                pending.listing += 1;
                return Some(dir);
            }
            if pending.listing == 0 {
                return None;
            }
            pending = self.ready.wait(pending).unwrap_or_else(|p| p.into_inner());
        }
    }

    /// A directory is listed, and these are its subdirectories.
    fn done_with(&self, subdirs: Vec<(PathBuf, String)>) {
        let mut pending = self.pending.lock().unwrap_or_else(|p| p.into_inner());
        pending.listing -= 1;
        let wake = !subdirs.is_empty() || pending.listing == 0;
        pending.dirs.extend(subdirs);
        drop(pending);
        if wake {
            self.ready.notify_all();
        }
    }
}

/// Lists one directory: its files go to `found`, and its subdirectories are answered when
/// `recursive`. Links are neither followed nor listed; litter is left out. Each file is
/// described relative to the directory's own handle (`fstatat`), which spares the system the
/// whole path again for every file.
fn list_dir(
    dir: &Path,
    rel_dir: &str,
    recursive: bool,
    found: &mut Listing,
) -> Vec<(PathBuf, String)> {
    let mut subdirs = Vec::new();
    let unreadable = |path: PathBuf, error: std::io::Error| Unreadable {
        path,
        reason: error.to_string(),
    };
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => {
            found.unreadable.push(unreadable(dir.to_owned(), error));
            return subdirs;
        }
    };
    for listed in entries {
        let listed = match listed {
            Ok(listed) => listed,
            Err(error) => {
                found.unreadable.push(unreadable(dir.to_owned(), error));
                continue;
            }
        };
        let name = listed.file_name();
        let Some(name) = name.to_str() else {
            found.unreadable.push(Unreadable {
                path: listed.path(),
                reason: "the name is not valid Unicode".to_owned(),
            });
            continue;
        };
        if is_litter(name) {
            continue;
        }
        let file_type = match listed.file_type() {
            Ok(file_type) => file_type,
            Err(error) => {
                found.unreadable.push(unreadable(listed.path(), error));
                continue;
            }
        };
        let rel_path = if rel_dir.is_empty() {
            name.to_owned()
        } else {
            format!("{rel_dir}/{name}")
        };
        if file_type.is_dir() {
            if recursive {
                subdirs.push((listed.path(), rel_path));
            }
        } else if file_type.is_file() {
            match describe_listed(&listed, rel_path) {
                Ok(entry) => found.entries.push(entry),
                Err(failed) => found.unreadable.push(failed),
            }
        }
    }
    subdirs
}

/// The state of one file now, for checking that it did not change while it was read.
pub(crate) fn stat(root: &Path, rel_path: &str) -> Option<Entry> {
    describe(root, &root.join(rel_path)).ok()
}

/// A file the walk found. On Windows the listing tells a cloud placeholder without opening the
/// file, and some tell it there alone (`FILE_ATTRIBUTE_RECALL_ON_OPEN`, where opening the file
/// starts its download): such a file is described from the listing and never opened. Other
/// files are described afresh there, since a listing's size and time lag behind a file still
/// being written; elsewhere the listing's handle describes the file as it is now.
fn describe_listed(listed: &std::fs::DirEntry, rel_path: String) -> Result<Entry, Unreadable> {
    let failed = |error: std::io::Error| Unreadable {
        path: listed.path(),
        reason: error.to_string(),
    };
    // `DirEntry::metadata` does not follow a link, and links never get here.
    let metadata = listed.metadata().map_err(failed)?;
    #[cfg(windows)]
    let metadata = if access::is_online_only(access::file_flags(&metadata), std::env::consts::OS) {
        metadata
    } else {
        std::fs::metadata(listed.path()).map_err(failed)?
    };
    Ok(entry_with(rel_path, &metadata, |online_only| {
        file_id(|| listed.path(), &metadata, online_only)
    }))
}

fn describe(root: &Path, path: &Path) -> Result<Entry, Unreadable> {
    let metadata = std::fs::metadata(path).map_err(|e| Unreadable {
        path: path.to_owned(),
        reason: e.to_string(),
    })?;
    entry_of(root, path, &metadata)
}

fn entry_of(root: &Path, path: &Path, metadata: &std::fs::Metadata) -> Result<Entry, Unreadable> {
    let unreadable = |reason: String| Unreadable {
        path: path.to_owned(),
        reason,
    };
    let relative = path
        .strip_prefix(root)
        .map_err(|_| unreadable("outside the folder".to_owned()))?;
    let rel_path = relative
        .to_str()
        .ok_or_else(|| unreadable("the name is not valid Unicode".to_owned()))?
        .replace(std::path::MAIN_SEPARATOR, "/");
    Ok(entry_with(rel_path, metadata, |online_only| {
        file_id(|| path.to_owned(), metadata, online_only)
    }))
}

/// The entry of the file at `rel_path`, with its identity from `identity` (told whether the
/// file is online-only).
fn entry_with(
    rel_path: String,
    metadata: &std::fs::Metadata,
    identity: impl FnOnce(bool) -> Option<String>,
) -> Entry {
    let mtime_ns = metadata
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX));
    let online_only = access::is_online_only(access::file_flags(metadata), std::env::consts::OS);
    Entry {
        rel_path,
        size: metadata.len(),
        mtime_ns,
        file_id: identity(online_only),
        online_only,
    }
}

/// Whether two identities (`volume:file`, as [`Entry::file_id`] writes them) name the same file
/// of one folder. Only the file part counts: a card or a network drive mounted again gets a new
/// device number, and every file on it would otherwise look new and be read again. Within one
/// folder, path, size and a nanosecond modification time already agree when this is asked.
pub fn same_file_in_folder(known: Option<&str>, seen: Option<&str>) -> bool {
    let file = |id: &str| id.rsplit_once(':').map_or(id, |(_, file)| file).to_owned();
    match (known, seen) {
        (Some(known), Some(seen)) => file(known) == file(seen),
        (None, None) => true,
        _ => false,
    }
}

/// A file's identity as the index keeps it: `volume:file`, whatever the OS calls the two.
pub fn identity(id: &file_id::FileId) -> String {
    match *id {
        file_id::FileId::Inode {
            device_id,
            inode_number,
        } => format!("{device_id}:{inode_number}"),
        file_id::FileId::LowRes {
            volume_serial_number,
            file_index,
        } => format!("{volume_serial_number}:{file_index}"),
        file_id::FileId::HighRes {
            volume_serial_number,
            file_id,
        } => format!("{volume_serial_number}:{file_id}"),
    }
}

#[cfg(unix)]
fn file_id(
    _path: impl FnOnce() -> PathBuf,
    metadata: &std::fs::Metadata,
    _online_only: bool,
) -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    Some(identity(&file_id::FileId::new_inode(
        metadata.dev(),
        metadata.ino(),
    )))
}

/// On Windows the volume serial number and file index, which std does not give from a listing:
/// the file is opened for its attributes only (no data access, so a cloud placeholder is not
/// downloaded; those are left alone all the same), which lets moves be recognized there too.
#[cfg(windows)]
fn file_id(
    path: impl FnOnce() -> PathBuf,
    _metadata: &std::fs::Metadata,
    online_only: bool,
) -> Option<String> {
    if online_only {
        return None;
    }
    file_id::get_file_id(path()).ok().map(|id| identity(&id))
}

#[cfg(not(any(unix, windows)))]
fn file_id(
    _path: impl FnOnce() -> PathBuf,
    _metadata: &std::fs::Metadata,
    _online_only: bool,
) -> Option<String> {
    None
}

#[cfg(test)]
mod tests {
    #[test]
    fn identities_are_volume_then_file_on_every_os() {
        use file_id::FileId;
        assert_eq!(super::identity(&FileId::new_inode(2049, 1234)), "2049:1234");
        assert_eq!(
            super::identity(&FileId::new_low_res(0x1234_abcd, 77)),
            "305441741:77"
        );
        assert_eq!(
            super::identity(&FileId::new_high_res(9, u128::from(u64::MAX) + 1)),
            "9:18446744073709551616"
        );
    }

    #[test]
    fn a_file_is_the_same_whatever_its_volume_number() {
        use super::same_file_in_folder as same;
        assert!(same(Some("2049:1234"), Some("66306:1234")));
        assert!(!same(Some("2049:1234"), Some("2049:1235")));
        assert!(same(None, None));
        assert!(!same(Some("2049:1234"), None));
        assert!(!same(None, Some("2049:1234")));
    }

    use super::Scope;

    fn scope(dir: &str, recursive: bool) -> Scope {
        Scope {
            rel_dir: dir.to_owned(),
            recursive,
        }
    }

    #[test]
    fn a_scope_covers_its_directory_and_when_recursive_what_is_under_it() {
        assert!(Scope::whole().covers("") && Scope::whole().covers("a/b"));
        assert!(scope("a", true).covers("a") && scope("a", true).covers("a/b/c"));
        assert!(!scope("a", true).covers("ab") && !scope("a", true).covers(""));
        assert!(scope("a", false).covers("a") && !scope("a", false).covers("a/b"));
    }

    #[test]
    fn covered_scopes_are_dropped() {
        let scopes = vec![
            scope("a/b", false),
            scope("a", true),
            scope("c", false),
            scope("a", false),
            scope("c", false),
        ];
        assert_eq!(
            Scope::normalize(scopes),
            vec![scope("a", true), scope("c", false)]
        );
        let with_whole = vec![scope("x", true), Scope::whole(), scope("", false)];
        assert_eq!(Scope::normalize(with_whole), vec![Scope::whole()]);
    }
}
