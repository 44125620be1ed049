//! The thumbnail cache: both sizes of every item's thumbnail, keyed by content hash, in the OS
//! cache folder, made by a small pool of low-priority threads so the computer stays responsive.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Serialize;
use skyfolio_media::{ContentHash, ThumbSize, Thumbnail, thumbnails};

use crate::{Error, FileFailure, Library};

/// Where thumbnails live: `<dir>/<first two hex digits>/<hash>-<size>.jpg`.
#[derive(Debug, Clone)]
pub struct ThumbnailCache {
    dir: PathBuf,
}

/// What one fill of the cache did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct FillReport {
    pub made: usize,
    /// Items that cannot have a preview on this computer (a video without ffmpeg).
    pub without_preview: usize,
    pub failures: Vec<FileFailure>,
}

const SIZES: [ThumbSize; 2] = [ThumbSize::Grid, ThumbSize::Viewer];

impl ThumbnailCache {
    pub fn new(dir: impl Into<PathBuf>) -> ThumbnailCache {
        ThumbnailCache { dir: dir.into() }
    }

    pub fn path(&self, hash: &ContentHash, size: ThumbSize) -> PathBuf {
        let hex = hash.to_hex();
        self.dir
            .join(&hex[..2])
            .join(format!("{hex}-{}.jpg", size.pixels()))
    }

    /// Bytes the cache takes on disk.
    pub fn size_on_disk(&self) -> u64 {
        ignore::WalkBuilder::new(&self.dir)
            .standard_filters(false)
            .build()
            .filter_map(Result::ok)
            .filter_map(|entry| entry.metadata().ok())
            .filter(std::fs::Metadata::is_file)
            .map(|metadata| metadata.len())
            .sum()
    }

    /// Makes and stores both thumbnails of the file at `source`, whose content is `hash`.
    fn make(&self, hash: &ContentHash, source: &Path) -> Result<bool, skyfolio_media::Error> {
        let made = thumbnails(source, &SIZES)?;
        let mut any = false;
        for (size, thumbnail) in SIZES.into_iter().zip(made) {
            if let Thumbnail::Jpeg(bytes) = thumbnail {
                let target = self.path(hash, size);
                write_atomically(&target, &bytes).map_err(|source| skyfolio_media::Error::Io {
                    path: target.clone(),
                    source,
                })?;
                any = true;
            }
        }
        Ok(any)
    }
}

/// Writes `bytes` to `target` under a temporary name in the same folder, then renames it into
/// place: a reader never sees half a file, and an interrupted write leaves only a temporary
/// file that scans ignore.
pub fn write_atomically(target: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = target.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut temp = tempfile::Builder::new()
        .prefix(".skyfolio-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    std::io::Write::write_all(&mut temp, bytes)?;
    temp.persist(target).map_err(|e| e.error)?;
    Ok(())
}

/// Threads for thumbnail work: half the cores, at the lowest priority, so the window and the
/// rest of the computer stay responsive while a large library is filled.
fn low_priority_pool() -> Result<rayon::ThreadPool, rayon::ThreadPoolBuildError> {
    let threads = std::thread::available_parallelism().map_or(1, |n| (n.get() / 2).max(1));
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("skyfolio-thumbs-{i}"))
        .start_handler(|_| {
            // Best effort: a system that refuses leaves the threads at normal priority.
            let _ = skyfolio_media::lower_this_thread();
        })
        .build()
}

impl Library {
    /// Makes the thumbnails of every item still waiting for them, on the low-priority pool.
    pub async fn fill_thumbnails(&self, cache: &ThumbnailCache) -> Result<FillReport, Error> {
        let rows: Vec<(Vec<u8>, String, String)> = sqlx::query_as(
            // From the few pending media, not from every file: without statistics the planner
            // would read all files to find none waiting after a rescan.
            "SELECT m.hash, fo.path, f.rel_path FROM media m INDEXED BY media_thumbs_pending
             JOIN files f ON f.hash = m.hash AND f.state = 'present'
             JOIN folders fo ON fo.id = f.folder_id
             WHERE m.thumb_state = 'pending'
             GROUP BY m.hash ORDER BY m.sort_time DESC",
        )
        .fetch_all(&self.pool)
        .await?;
        let work: Vec<(ContentHash, PathBuf)> = rows
            .into_iter()
            .filter_map(|(hash, folder, rel_path)| {
                let hash = ContentHash::from_bytes(hash.try_into().ok()?);
                Some((hash, PathBuf::from(folder).join(rel_path)))
            })
            .collect();
        let cache = cache.clone();
        let outcomes = tokio::task::spawn_blocking(move || {
            let pool = low_priority_pool().map_err(std::io::Error::other)?;
            Ok::<_, std::io::Error>(pool.install(|| {
                work.into_par_iter()
                    .map(|(hash, path)| {
                        let outcome = cache.make(&hash, &path);
                        (hash, path, outcome)
                    })
                    .collect::<Vec<_>>()
            }))
        })
        .await
        .map_err(|e| Error::Io {
            path: PathBuf::new(),
            source: std::io::Error::other(e),
        })?
        .map_err(|source| Error::Io {
            path: PathBuf::new(),
            source,
        })?;
        let mut report = FillReport::default();
        let mut transaction = self.write().await?;
        for (hash, path, outcome) in outcomes {
            let state = match outcome {
                Ok(true) => {
                    report.made += 1;
                    "ready"
                }
                Ok(false) => {
                    report.without_preview += 1;
                    "none"
                }
                Err(error) => {
                    report.failures.push(FileFailure {
                        path,
                        code: error.code().as_str().to_owned(),
                        message: error.message(),
                    });
                    "failed"
                }
            };
            sqlx::query("UPDATE media SET thumb_state = ? WHERE hash = ?")
                .bind(state)
                .bind(hash.as_bytes().as_slice())
                .execute(&mut *transaction)
                .await?;
        }
        transaction.commit().await?;
        Ok(report)
    }

    /// Empties the cache; every item waits for its thumbnails again.
    pub async fn clear_thumbnails(&self, cache: &ThumbnailCache) -> Result<(), Error> {
        match std::fs::remove_dir_all(&cache.dir) {
            Ok(()) => {}
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => {
                return Err(Error::Io {
                    path: cache.dir.clone(),
                    source,
                });
            }
        }
        sqlx::query("UPDATE media SET thumb_state = 'pending'")
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
