//! Listing a folder's files on every core, without following links (so symlink loops cannot
//! trap it) and without the litter operating systems and tools leave behind.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use ignore::{WalkBuilder, WalkState};

/// One file as the file system describes it.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    /// Relative to the folder, `/`-separated.
    pub rel_path: String,
    pub size: u64,
    pub mtime_ns: i64,
    pub file_id: Option<String>,
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

pub(crate) fn walk(root: &Path) -> Listing {
    let threads = std::thread::available_parallelism().map_or(2, usize::from);
    let listing = Mutex::new(Listing::default());
    WalkBuilder::new(root)
        .standard_filters(false)
        .follow_links(false)
        .threads(threads)
        .filter_entry(|entry| !entry.file_name().to_str().is_some_and(is_litter))
        .build_parallel()
        .run(|| {
            let listing = &listing;
            Box::new(move |result| {
                let found = match result {
                    Ok(entry) if entry.file_type().is_some_and(|t| t.is_file()) => {
                        Some(describe(root, entry.path()))
                    }
                    Ok(_) => None,
                    Err(error) => Some(Err(Unreadable {
                        path: error_path(&error).unwrap_or_else(|| root.to_owned()),
                        reason: error.to_string(),
                    })),
                };
                if let Some(found) = found {
                    let mut listing = listing.lock().unwrap_or_else(|p| p.into_inner());
                    match found {
                        Ok(entry) => listing.entries.push(entry),
                        Err(unreadable) => listing.unreadable.push(unreadable),
                    }
                }
                WalkState::Continue
            })
        });
    let mut listing = listing
        .into_inner()
        .unwrap_or_else(|poison| poison.into_inner());
    listing.entries.sort_by(|a, b| a.rel_path.cmp(&b.rel_path));
    listing
}

fn error_path(error: &ignore::Error) -> Option<PathBuf> {
    match error {
        ignore::Error::WithPath { path, .. } => Some(path.clone()),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            error_path(err)
        }
        ignore::Error::Loop { child, .. } => Some(child.clone()),
        _ => None,
    }
}

fn describe(root: &Path, path: &Path) -> Result<Entry, Unreadable> {
    let unreadable = |reason: String| Unreadable {
        path: path.to_owned(),
        reason,
    };
    let metadata = std::fs::metadata(path).map_err(|e| unreadable(e.to_string()))?;
    let relative = path
        .strip_prefix(root)
        .map_err(|_| unreadable("outside the folder".to_owned()))?;
    let rel_path = relative
        .to_str()
        .ok_or_else(|| unreadable("the name is not valid Unicode".to_owned()))?
        .replace(std::path::MAIN_SEPARATOR, "/");
    let mtime_ns = metadata
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX));
    Ok(Entry {
        rel_path,
        size: metadata.len(),
        mtime_ns,
        file_id: file_id(&metadata),
    })
}

#[cfg(unix)]
fn file_id(metadata: &std::fs::Metadata) -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    Some(format!("{}:{}", metadata.dev(), metadata.ino()))
}

#[cfg(not(unix))]
fn file_id(_metadata: &std::fs::Metadata) -> Option<String> {
    None
}
