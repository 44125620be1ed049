//! Where the bytes live: a trait the rest of the server writes and reads through, and a local
//! folder that implements it.
//!
//! Keys are `/`-separated relative names chosen by the server (never by a client):
//! `staging/<upload id>` for uploads in progress, `blobs/<user>/<hash>` for committed content,
//! `thumbs/<user>/<hash>-<size>.jpg` for thumbnails, `orphans/<ms>-<key>` for committed bytes
//! no row refers to, kept a while before they go. An object store fits the same trait: staging
//! objects become multipart uploads, `promote` a server-side copy.

use std::io::{self, Seek, SeekFrom, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};

use axum::body::Bytes;
use futures_util::future::BoxFuture;
use futures_util::stream::BoxStream;
use tokio::sync::mpsc;

/// A stream of a file's bytes.
pub type ByteStream = BoxStream<'static, io::Result<Bytes>>;

/// The seam between the server and its storage backend.
pub trait Storage: Send + Sync + 'static {
    /// Creates an empty staging object, replacing any with the same key.
    fn create(&self, key: &str) -> BoxFuture<'_, io::Result<()>>;

    /// Writes the chunks that arrive on `chunks` at `offset` (dropping anything stored past it
    /// first) until the sender is dropped, and makes them durable. Answers how many bytes were
    /// written; on failure, what was written before it may or may not be kept (ask [`len`]).
    ///
    /// [`len`]: Storage::len
    fn append(
        &self,
        key: &str,
        offset: u64,
        chunks: mpsc::Receiver<Bytes>,
    ) -> BoxFuture<'_, io::Result<u64>>;

    /// Cuts an object back to `len` bytes, durably.
    fn truncate(&self, key: &str, len: u64) -> BoxFuture<'_, io::Result<()>>;

    /// The length of an object (`NotFound` when it does not exist).
    fn len(&self, key: &str) -> BoxFuture<'_, io::Result<u64>>;

    /// Makes a staging object, whose bytes `append` made durable, the committed object `to`,
    /// atomically and durably.
    fn promote(&self, from: &str, to: &str) -> BoxFuture<'_, io::Result<()>>;

    /// Stores a small object whole (thumbnails), atomically: readers see all of it or none.
    /// It is not made durable at once; what a crash loses can be made again.
    fn put(&self, key: &str, bytes: Bytes) -> BoxFuture<'_, io::Result<()>>;

    /// Streams `range` of an object.
    fn read(&self, key: &str, range: Range<u64>) -> BoxFuture<'_, io::Result<ByteStream>>;

    /// Removes an object; removing what is not there is no error.
    fn remove(&self, key: &str) -> BoxFuture<'_, io::Result<()>>;

    /// Every key under `prefix` (a folder, `blobs/` say).
    fn list(&self, prefix: &str) -> BoxFuture<'_, io::Result<Vec<String>>>;

    /// A path on this machine where the object can be read whole, for code that needs a file
    /// (metadata, thumbnails). `None` for remote backends.
    fn local_path(&self, key: &str) -> Option<PathBuf>;
}

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

    fn list(&self, prefix: &str) -> BoxFuture<'_, io::Result<Vec<String>>> {
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
                        keys.push(parts.join("/"));
                    }
                }
            }
            keys.sort();
            Ok(keys)
        }))
    }

    fn local_path(&self, key: &str) -> Option<PathBuf> {
        Some(self.path(key))
    }
}
