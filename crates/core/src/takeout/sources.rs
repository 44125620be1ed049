//! The parts and folders of a Takeout: listing them, and reading one entry's bytes. A zip
//! entry is streamed into a temporary file of its own in the scratch folder while it is
//! hashed (its name never becomes a path); a file of an extracted folder is read where it is.
//! Nothing in the Takeout is ever written to.

use skyfolio_codes::Code;
use std::collections::HashMap;
use std::fs::File;
use std::io::{BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};
use skyfolio_media::ContentHash;
use skyfolio_takeout::{Entry, EntryRef, SourceId};

use crate::Error;

/// A zip entry may be at most this many times larger than its compressed bytes once it is
/// larger than [`RATIO_FLOOR`]: photos and videos hardly compress, a zip bomb compresses
/// a thousandfold.
pub const MAX_RATIO: u64 = 200;

/// Entries smaller than this are never refused for their ratio.
const RATIO_FLOOR: u64 = 16 << 20;

/// What is kept free on the scratch folder's disk besides the entry being read.
const SCRATCH_RESERVE: u64 = 256 << 20;

/// A part of a Takeout (a zip) or an extracted folder, as given.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct SourceSummary {
    /// The path as given.
    pub path: PathBuf,
    /// `zip` or `folder`.
    pub kind: SourceKind,
    /// Its files (directories not counted); 0 when it could not be listed.
    pub entries: usize,
    /// Why it could not be listed: its items are not in this import.
    pub error: Option<SourceError>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    Zip,
    Folder,
}

/// Why a part could not be read at all.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct SourceError {
    pub code: String,
    pub message: String,
}

/// One listed source, with what reading its entries needs.
#[derive(Clone)]
pub(super) struct Source {
    pub summary: SourceSummary,
    /// Where an entry's path starts: the folder's parent for a folder.
    root: PathBuf,
    /// Canonical path, size and time of a zip (canonical path of a folder): what the ledger
    /// knows the source by.
    pub fingerprint: String,
    zip: Option<Arc<Mutex<OpenZip>>>,
}

struct OpenZip {
    archive: zip::ZipArchive<BufReader<File>>,
    /// Raw entry name to index, so names that are not UTF-8-flagged are found too.
    index: HashMap<Vec<u8>, usize>,
}

/// Every source of a Takeout and its entries.
pub(super) struct Listed {
    pub sources: Vec<Source>,
    pub entries: Vec<Entry>,
}

impl Listed {
    /// The number of files listed (directories left out).
    pub fn file_count(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| e.name.last() != Some(&b'/'))
            .count()
    }

    pub fn source(&self, id: SourceId) -> &Source {
        &self.sources[id.0 as usize]
    }

    pub fn readable(&self, id: SourceId) -> bool {
        self.sources
            .get(id.0 as usize)
            .is_some_and(|s| s.summary.error.is_none())
    }
}

fn modified_ms(metadata: &std::fs::Metadata) -> i64 {
    metadata
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// Lists every path: a folder as an extracted Takeout, anything else as a zip part. A source
/// that cannot be read is listed with its error and no entries.
pub(super) fn list_sources(paths: &[PathBuf]) -> Listed {
    let mut listed = Listed {
        sources: Vec::new(),
        entries: Vec::new(),
    };
    for (i, path) in paths.iter().enumerate() {
        let id = SourceId(u32::try_from(i).unwrap_or(u32::MAX));
        let is_dir = path.is_dir();
        let canonical = skyfolio_library::canonical_path(path).unwrap_or_else(|_| path.clone());
        let mut source = Source {
            summary: SourceSummary {
                path: path.clone(),
                kind: if is_dir {
                    SourceKind::Folder
                } else {
                    SourceKind::Zip
                },
                entries: 0,
                error: None,
            },
            root: canonical.parent().map_or_else(PathBuf::new, Path::to_owned),
            fingerprint: format!("folder:{}", canonical.display()),
            zip: None,
        };
        let found = if is_dir {
            skyfolio_takeout::list_folder(id, &canonical).map_err(Error::from)
        } else {
            match std::fs::metadata(&canonical) {
                Ok(metadata) => {
                    source.fingerprint = format!(
                        "zip:{}:{}:{}",
                        canonical.display(),
                        metadata.len(),
                        modified_ms(&metadata)
                    );
                }
                Err(error) => tracing::debug!("{}: {error}", path.display()),
            }
            skyfolio_takeout::list_zip(id, &canonical)
                .map_err(Error::from)
                .and_then(|entries| {
                    source.zip = Some(Arc::new(Mutex::new(open_zip(&canonical)?)));
                    Ok(entries)
                })
        };
        match found {
            Ok(entries) => {
                source.summary.entries = entries
                    .iter()
                    .filter(|e| e.name.last() != Some(&b'/'))
                    .count();
                listed.entries.extend(entries);
            }
            Err(error) => {
                source.summary.error = Some(SourceError {
                    code: error.code().to_string(),
                    message: error.to_string(),
                });
            }
        }
        listed.sources.push(source);
    }
    listed
}

fn open_zip(path: &Path) -> Result<OpenZip, Error> {
    let bad = |source| skyfolio_takeout::Error::Zip {
        path: path.to_owned(),
        source,
    };
    let file = File::open(path).map_err(|source| skyfolio_takeout::Error::Io {
        path: path.to_owned(),
        source,
    })?;
    let archive = zip::ZipArchive::new(BufReader::new(file)).map_err(bad)?;
    let mut index = HashMap::with_capacity(archive.len());
    for i in 0..archive.len() {
        let entry = archive.by_index_data(i).map_err(bad)?;
        index.insert(entry.name_raw().to_vec(), i);
    }
    Ok(OpenZip { archive, index })
}

/// An entry's bytes as a file to upload.
pub(super) enum Local {
    /// A file of an extracted folder, read where it is.
    InPlace(PathBuf),
    /// A zip entry's bytes in the scratch folder, removed when dropped.
    Spooled(tempfile::TempPath),
}

impl Local {
    pub fn path(&self) -> &Path {
        match self {
            Local::InPlace(path) => path,
            Local::Spooled(path) => path,
        }
    }
}

impl Source {
    fn entry_error(&self, entry: &EntryRef, code: Code, reason: String) -> Error {
        Error::TakeoutEntry {
            source_path: self.summary.path.clone(),
            entry: entry.path.as_str().to_owned(),
            code,
            reason,
        }
    }

    /// The entry's bytes as a file, and their BLAKE3. `size` is the size the listing gave.
    pub fn fetch(
        &self,
        entry: &EntryRef,
        size: u64,
        scratch: &Path,
    ) -> Result<(Local, ContentHash), Error> {
        match &self.zip {
            None => {
                let path = entry
                    .path
                    .as_str()
                    .split('/')
                    .fold(self.root.clone(), |p, part| p.join(part));
                let metadata = std::fs::symlink_metadata(&path).map_err(|source| Error::Io {
                    path: path.clone(),
                    what: "cannot read",
                    source,
                })?;
                if !metadata.is_file() {
                    return Err(self.entry_error(
                        entry,
                        Code::Io,
                        "not a file any more".to_owned(),
                    ));
                }
                let hash = skyfolio_media::hash_file(&path).map_err(|error| Error::Unreadable {
                    path: path.clone(),
                    code: error.code(),
                    reason: error.message(),
                })?;
                Ok((Local::InPlace(path), hash))
            }
            Some(zip) => {
                let mut zip = zip.lock().unwrap_or_else(|e| e.into_inner());
                self.spool(&mut zip, entry, size, scratch)
            }
        }
    }

    fn spool(
        &self,
        zip: &mut OpenZip,
        entry: &EntryRef,
        size: u64,
        scratch: &Path,
    ) -> Result<(Local, ContentHash), Error> {
        let index = *zip
            .index
            .get(entry.path.as_str().as_bytes())
            .ok_or_else(|| self.entry_error(entry, Code::BadZip, "the entry is gone".to_owned()))?;
        let reader = zip
            .archive
            .by_index(index)
            .map_err(|e| self.entry_error(entry, Code::BadZip, e.to_string()))?;
        let declared = reader.size();
        if declared != size {
            return Err(self.entry_error(
                entry,
                Code::BadZip,
                format!("the entry's size changed from {size} to {declared} bytes"),
            ));
        }
        let compressed = reader.compressed_size().max(1);
        if declared > RATIO_FLOOR && declared / compressed > MAX_RATIO {
            return Err(self.entry_error(
                entry,
                Code::ZipBomb,
                format!(
                    "{declared} bytes from {compressed} compressed: more than {MAX_RATIO} times"
                ),
            ));
        }
        let free = fs4::available_space(scratch).unwrap_or(u64::MAX);
        if free < declared.saturating_add(SCRATCH_RESERVE) {
            return Err(self.entry_error(
                entry,
                Code::ScratchFull,
                format!(
                    "{declared} bytes do not fit in {} ({free} bytes free)",
                    scratch.display()
                ),
            ));
        }
        let io = |source: std::io::Error| Error::Io {
            path: scratch.to_owned(),
            what: "cannot write a temporary file",
            source,
        };
        let mut out = tempfile::Builder::new()
            .prefix(".takeout-")
            .suffix(".part")
            .tempfile_in(scratch)
            .map_err(io)?;
        let mut hasher = blake3::Hasher::new();
        let mut limited = reader.take(declared.saturating_add(1));
        let mut buffer = vec![0; 1 << 20];
        let mut written: u64 = 0;
        loop {
            let n = match limited.read(&mut buffer) {
                Ok(0) => break,
                Ok(n) => n,
                Err(error) if error.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(error) => {
                    return Err(self.entry_error(entry, Code::Corrupt, error.to_string()));
                }
            };
            written += n as u64;
            if written > declared {
                return Err(self.entry_error(
                    entry,
                    Code::ZipBomb,
                    format!("more bytes than the {declared} the entry declares"),
                ));
            }
            hasher.update(&buffer[..n]);
            out.write_all(&buffer[..n]).map_err(io)?;
        }
        if written != declared {
            return Err(self.entry_error(
                entry,
                Code::Corrupt,
                format!("{written} of the {declared} bytes the entry declares"),
            ));
        }
        Ok((
            Local::Spooled(out.into_temp_path()),
            ContentHash::from(hasher.finalize()),
        ))
    }
}
