//! Turning the paths a person typed into the files to work on.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

/// Every file named, and every file under every folder named, in a stable order. Hidden files
/// and OS litter are left out of folders (a file named explicitly is always taken).
pub fn expand(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found: Vec<PathBuf> = WalkDir::new(path)
                .follow_links(false)
                .into_iter()
                .filter_entry(|entry| entry.depth() == 0 || !is_litter(entry.path()))
                .filter_map(Result::ok)
                .filter(|entry| entry.file_type().is_file())
                .map(walkdir::DirEntry::into_path)
                .collect();
            found.sort();
            out.extend(found);
        } else {
            out.push(path.clone());
        }
    }
    out
}

fn is_litter(path: &Path) -> bool {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    name.starts_with('.')
        || matches!(
            name,
            "Thumbs.db" | "desktop.ini" | "@eaDir" | "$RECYCLE.BIN"
        )
}
