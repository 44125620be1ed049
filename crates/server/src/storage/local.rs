//! A folder on this machine as storage: committed objects are written under a temporary name,
//! flushed and renamed into place.

use std::io::{self, Seek, SeekFrom, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};

use axum::body::Bytes;
use futures_util::future::BoxFuture;
use tokio::sync::mpsc;

use super::{ByteStream, Listed, Storage};

/// How much a long write goes ahead of what has reached the disk before a flush starts.
const FLUSH_EVERY: u64 = 32 << 20;

/// Flushes a file being written on a thread of its own, so that a large upload reaches the
/// disk while it arrives rather than all at once after its last byte.
struct Flusher {
    nudges: std::sync::mpsc::SyncSender<()>,
    thread: std::thread::JoinHandle<io::Result<()>>,
    last: std::cell::Cell<u64>,
}

impl Flusher {
    fn start(file: &std::fs::File) -> io::Result<Flusher> {
        let file = file.try_clone()?;
        let (nudges, receiver) = std::sync::mpsc::sync_channel::<()>(1);
        let thread = std::thread::Builder::new()
            .name("flush".into())
            .spawn(move || {
                while receiver.recv().is_ok() {
                    file.sync_data()?;
                }
                Ok(())
            })?;
        Ok(Flusher {
            nudges,
            thread,
            last: std::cell::Cell::new(0),
        })
    }

    /// Asks for a flush once another [`FLUSH_EVERY`] bytes were written; never waits.
    fn nudge(&self, written: u64) {
        if written - self.last.get() >= FLUSH_EVERY {
            self.last.set(written);
            let _ = self.nudges.try_send(());
        }
    }

    fn finish(self) -> io::Result<()> {
        drop(self.nudges);
        self.thread
            .join()
            .map_err(|_| io::Error::other("the flush thread panicked"))?
    }
}

/// A folder on this machine. Committed objects are written under a temporary name, flushed to
/// disk and renamed into place, so a crash leaves either the old state or the new one.
#[derive(Debug, Clone)]
pub struct LocalStorage {
    root: PathBuf,
}

/// Reads and writes in pieces of this size.
const BLOCK: usize = 1 << 20;

impl LocalStorage {
    pub fn open(root: &Path) -> io::Result<LocalStorage> {
        for dir in ["staging", "blobs", "thumbs", "tmp"] {
            std::fs::create_dir_all(root.join(dir))?;
        }
        Ok(LocalStorage {
            root: root.to_owned(),
        })
    }

    fn path(&self, key: &str) -> PathBuf {
        debug_assert!(!key.contains(".."), "storage keys are made by the server");
        self.root.join(key)
    }
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> io::Result<T> + Send + 'static,
) -> io::Result<T> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(io::Error::other)?
}

fn sync_parent(path: &Path) -> io::Result<()> {
    if let Some(parent) = path.parent() {
        // Directories cannot be opened for syncing everywhere; where they can, the rename is
        // durable once this returns.
        if let Ok(dir) = std::fs::File::open(parent) {
            dir.sync_all()?;
        }
    }
    Ok(())
}

fn write_atomically(path: &Path, tmp_dir: &Path, bytes: &[u8]) -> io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let mut tmp = tempfile::NamedTempFile::new_in(tmp_dir)?;
    tmp.write_all(bytes)?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

impl Storage for LocalStorage {
    fn create(&self, key: &str) -> BoxFuture<'_, io::Result<()>> {
        let path = self.path(key);
        Box::pin(blocking(move || {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            // Not made durable: a staging file lost in a crash is an upload the client starts
            // again, which the next start notices.
            std::fs::File::create(&path)?;
            Ok(())
        }))
    }

    fn append(
        &self,
        key: &str,
        offset: u64,
        mut chunks: mpsc::Receiver<Bytes>,
    ) -> BoxFuture<'_, io::Result<u64>> {
        let path = self.path(key);
        Box::pin(blocking(move || {
            let mut file = std::fs::OpenOptions::new().write(true).open(&path)?;
            file.set_len(offset)?;
            file.seek(SeekFrom::Start(offset))?;
            let mut written = 0u64;
            let mut flusher: Option<Flusher> = None;
            while let Some(chunk) = chunks.blocking_recv() {
                file.write_all(&chunk)?;
                written += chunk.len() as u64;
                if written >= FLUSH_EVERY {
                    if flusher.is_none() {
                        flusher = Some(Flusher::start(&file)?);
                    }
                    if let Some(flusher) = &flusher {
                        flusher.nudge(written);
                    }
                }
            }
            if let Some(flusher) = flusher {
                flusher.finish()?;
            }
            file.sync_data()?;
            Ok(written)
        }))
    }

    fn truncate(&self, key: &str, len: u64) -> BoxFuture<'_, io::Result<()>> {
        let path = self.path(key);
        Box::pin(blocking(move || {
            let file = std::fs::OpenOptions::new().write(true).open(&path)?;
            file.set_len(len)?;
            file.sync_data()
        }))
    }

    fn len(&self, key: &str) -> BoxFuture<'_, io::Result<u64>> {
        let path = self.path(key);
        Box::pin(async move { Ok(tokio::fs::metadata(&path).await?.len()) })
    }

    fn promote(&self, from: &str, to: &str) -> BoxFuture<'_, io::Result<()>> {
        let (from, to) = (self.path(from), self.path(to));
        Box::pin(blocking(move || {
            // The bytes are on disk already (`append` ends with a sync); the rename is made
            // durable by syncing the folder it lands in.
            if let Some(parent) = to.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::rename(&from, &to)?;
            sync_parent(&to)
        }))
    }

    fn put(&self, key: &str, bytes: Bytes) -> BoxFuture<'_, io::Result<()>> {
        let path = self.path(key);
        let tmp = self.root.join("tmp");
        Box::pin(blocking(move || write_atomically(&path, &tmp, &bytes)))
    }

    fn read(&self, key: &str, range: Range<u64>) -> BoxFuture<'_, io::Result<ByteStream>> {
        let path = self.path(key);
        Box::pin(async move {
            use tokio::io::{AsyncReadExt, AsyncSeekExt};
            let mut file = tokio::fs::File::open(&path).await?;
            file.seek(SeekFrom::Start(range.start)).await?;
            let limited = file.take(range.end.saturating_sub(range.start));
            let stream = tokio_util::io::ReaderStream::with_capacity(limited, BLOCK);
            Ok(Box::pin(stream) as ByteStream)
        })
    }

    fn remove(&self, key: &str) -> BoxFuture<'_, io::Result<()>> {
        let path = self.path(key);
        Box::pin(async move {
            match tokio::fs::remove_file(&path).await {
                Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
                _ => Ok(()),
            }
        })
    }

    fn list(&self, prefix: &str) -> BoxFuture<'_, io::Result<Vec<Listed>>> {
        let root = self.root.clone();
        let start = self.path(prefix);
        Box::pin(blocking(move || {
            let mut keys = Vec::new();
            let mut dirs = vec![start];
            while let Some(dir) = dirs.pop() {
                let entries = match std::fs::read_dir(&dir) {
                    Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
                    other => other?,
                };
                for entry in entries {
                    let entry = entry?;
                    let path = entry.path();
                    if entry.file_type()?.is_dir() {
                        dirs.push(path);
                    } else if let Ok(relative) = path.strip_prefix(&root) {
                        let parts: Vec<_> = relative
                            .components()
                            .map(|c| c.as_os_str().to_string_lossy().into_owned())
                            .collect();
                        let modified = entry.metadata()?.modified()?;
                        keys.push(Listed {
                            key: parts.join("/"),
                            modified_ms: super::millis(modified),
                        });
                    }
                }
            }
            keys.sort_by(|a, b| a.key.cmp(&b.key));
            Ok(keys)
        }))
    }

    fn local_path(&self, key: &str) -> Option<PathBuf> {
        Some(self.path(key))
    }

    fn free_space(&self) -> Option<u64> {
        fs4::available_space(&self.root).ok()
    }

    fn check(&self) -> BoxFuture<'_, io::Result<()>> {
        let tmp = self.root.join("tmp");
        Box::pin(blocking(move || {
            tempfile::NamedTempFile::new_in(&tmp)?;
            Ok(())
        }))
    }
}
