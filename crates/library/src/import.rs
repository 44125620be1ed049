//! Bringing photos from elsewhere (a drop on the window, `skyfolio import`) into a library
//! folder: organised by capture date, never a second copy of content the library holds, never
//! over another file.

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Serialize;
use skyfolio_media::{ContentHash, ErrorCode, MediaInfo, hash_file, probe};

use crate::walk::{Scope, is_litter};
use crate::{Error, FileFailure, Folder, Library, ScanReport};

/// What an import did with each file it was given.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ImportReport {
    /// Files copied (or moved) in, with where they went.
    pub imported: Vec<Imported>,
    /// Files whose content the library already held; nothing was copied.
    pub duplicates: Vec<PathBuf>,
    /// Files that are not photos or videos.
    pub skipped: Vec<PathBuf>,
    pub failures: Vec<FileFailure>,
    /// The scan of the target folder that indexed the new files.
    pub scan: Option<ScanReport>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Imported {
    pub from: PathBuf,
    pub to: PathBuf,
}

/// How to import.
#[derive(Debug, Clone, Copy, Default)]
pub struct ImportOptions {
    /// Remove each source once its copy is in place and checked.
    pub move_files: bool,
}

impl Library {
    /// Copies (or moves) the photos and videos under `paths` into `folder`, as
    /// `YYYY/MM/name` by capture date (`unknown-date/name` without one).
    pub async fn import_paths(
        &self,
        paths: &[PathBuf],
        folder: &Folder,
        options: ImportOptions,
    ) -> Result<ImportReport, Error> {
        let sources = expand_paths(paths);
        let mut report = ImportReport::default();
        for source in sources {
            let probing = source.clone();
            let probed = tokio::task::spawn_blocking(move || probe(&probing))
                .await
                .map_err(|e| Error::Io {
                    path: source.clone(),
                    source: io::Error::other(e),
                })?;
            let info = match probed {
                Ok(info) => info,
                Err(error) if error.code() == ErrorCode::UnsupportedFormat => {
                    report.skipped.push(source);
                    continue;
                }
                Err(error) => {
                    report.failures.push(FileFailure {
                        path: source,
                        code: error.code().as_str().to_owned(),
                        message: error.message(),
                    });
                    continue;
                }
            };
            if self.media_by_hash(&info.hash).await?.is_some() {
                report.duplicates.push(source);
                continue;
            }
            let (from, root) = (source.clone(), folder.path.clone());
            let placed = tokio::task::spawn_blocking(move || place(&from, &info, &root, options))
                .await
                .map_err(|e| Error::Io {
                    path: source.clone(),
                    source: io::Error::other(e),
                })?;
            match placed {
                Ok(to) => report.imported.push(Imported { from: source, to }),
                Err(error) => report.failures.push(FileFailure {
                    message: format!("cannot import {}: {error}", source.display()),
                    path: source,
                    code: "io".to_owned(),
                }),
            }
        }
        if !report.imported.is_empty() {
            // The copies are complete and checked: index the directories they went to at once.
            let scopes = report
                .imported
                .iter()
                .filter_map(|imported| imported.to.parent()?.strip_prefix(&folder.path).ok())
                .filter_map(|dir| {
                    let rel_dir = dir.to_str()?.replace(std::path::MAIN_SEPARATOR, "/");
                    Some(Scope {
                        rel_dir,
                        recursive: false,
                    })
                })
                .collect();
            report.scan = Some(self.scan_scopes(folder, scopes, Duration::ZERO).await?);
        }
        Ok(report)
    }
}

/// Files named, and every file under folders named (links not followed, OS and tool litter
/// left out), in a stable order.
pub fn expand_paths(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found: Vec<PathBuf> = ignore::WalkBuilder::new(path)
                .standard_filters(false)
                .follow_links(false)
                .filter_entry(|entry| !entry.file_name().to_str().is_some_and(is_litter))
                .build()
                .filter_map(Result::ok)
                .filter(|entry| entry.file_type().is_some_and(|t| t.is_file()))
                .map(ignore::DirEntry::into_path)
                .collect();
            found.sort();
            out.extend(found);
        } else {
            out.push(path.clone());
        }
    }
    out
}

/// Where a file goes: `YYYY/MM/` by its capture date, else `unknown-date/`.
fn target_dir(info: &MediaInfo) -> PathBuf {
    match info.metadata.taken_at {
        Some(time) => {
            let date = time.local.date();
            PathBuf::from(format!("{:04}", date.year())).join(format!("{:02}", date.month()))
        }
        None => PathBuf::from("unknown-date"),
    }
}

/// Copies `source` into place under a name no other file has, checks the copy's hash, then
/// (when moving) removes the source. A crash at any point leaves the source, and at worst a
/// temporary file that scans ignore.
fn place(
    source: &Path,
    info: &MediaInfo,
    root: &Path,
    options: ImportOptions,
) -> io::Result<PathBuf> {
    let dir = root.join(target_dir(info));
    fs::create_dir_all(&dir)?;
    let name = source
        .file_name()
        .ok_or_else(|| io::Error::other("the path has no file name"))?;
    let mut temp = tempfile::Builder::new()
        .prefix(".skyfolio-import-")
        .suffix(".tmp")
        .tempfile_in(&dir)?;
    io::copy(&mut File::open(source)?, temp.as_file_mut())?;
    temp.as_file().sync_all()?;
    let copied: ContentHash = hash_file(temp.path()).map_err(io::Error::other)?;
    if copied != info.hash {
        return Err(io::Error::other(
            "the copy does not match the original (was it changing?)",
        ));
    }
    if let Ok(modified) = fs::metadata(source).and_then(|m| m.modified()) {
        temp.as_file().set_modified(modified)?;
    }
    let target = free_name(&dir, Path::new(name));
    // persist_noclobber refuses to replace a file that appeared meanwhile.
    temp.persist_noclobber(&target).map_err(|e| e.error)?;
    if options.move_files {
        fs::remove_file(source)?;
    }
    Ok(target)
}

/// `name`, or `name (1)`, `name (2)`... : the first that no file in `dir` has.
fn free_name(dir: &Path, name: &Path) -> PathBuf {
    let candidate = dir.join(name);
    if !candidate.exists() {
        return candidate;
    }
    let stem = name
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let extension = name
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    (1..)
        .map(|n| dir.join(format!("{stem} ({n}){extension}")))
        .find(|candidate| !candidate.exists())
        .unwrap_or(candidate)
}
