//! Where the bytes live: a trait the rest of the server writes and reads through, a local
//! folder that implements it ([`LocalStorage`]), and any S3-compatible object store
//! ([`S3Storage`]) that several server processes share.
//!
//! Keys are `/`-separated relative names chosen by the server (never by a client):
//! `staging/<upload id>` for uploads in progress, `blobs/<user>/<hash>` for committed content,
//! `thumbs/<user>/<hash>-<size>.jpg` for thumbnails, `orphans/<ms>/<key>` for committed bytes
//! no row refers to, kept a while before they go.

mod local;
mod received;
mod s3;

use std::io;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use axum::body::Bytes;
use futures_util::StreamExt;
use futures_util::future::BoxFuture;
use futures_util::stream::BoxStream;
use tokio::io::AsyncWriteExt;
use tokio::sync::mpsc;

pub use local::LocalStorage;
pub use received::Received;
pub use s3::S3Storage;

/// A stream of a file's bytes.
pub type ByteStream = BoxStream<'static, io::Result<Bytes>>;

/// One stored object, as a listing names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub key: String,
    /// When it was last written, in milliseconds since the epoch.
    pub modified_ms: i64,
}

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

    /// Every object under `prefix` (a folder, `blobs/` say), by key.
    fn list(&self, prefix: &str) -> BoxFuture<'_, io::Result<Vec<Listed>>>;

    /// A path on this machine where the object can be read whole, for code that needs a file
    /// (metadata, thumbnails). `None` for remote backends: [`local_copy`] fetches one.
    fn local_path(&self, key: &str) -> Option<PathBuf>;

    /// Cleans up what a process that stopped mid-write left in the backend itself (multipart
    /// uploads never completed), when it was last touched before `before_ms`. Answers how many
    /// were cleaned up.
    fn clean_up(&self, before_ms: i64) -> BoxFuture<'_, io::Result<usize>> {
        let _ = before_ms;
        Box::pin(async { Ok(0) })
    }

    /// Bytes free on the disk this backend writes to; `None` when it cannot tell (an object
    /// store).
    fn free_space(&self) -> Option<u64> {
        None
    }

    /// Answers once the backend can be read and written (for `/readyz`).
    fn check(&self) -> BoxFuture<'_, io::Result<()>>;
}

/// Opens the storage `url` names: `None` for the data folder's `files/`, or
/// `s3://bucket[/prefix]?endpoint=…&region=…` for an object store.
pub fn open(url: Option<&str>, data_dir: &Path) -> io::Result<std::sync::Arc<dyn Storage>> {
    Ok(match url {
        None => std::sync::Arc::new(LocalStorage::open(&data_dir.join("files"))?),
        Some(url) => std::sync::Arc::new(S3Storage::open(url)?),
    })
}

pub(crate) fn millis(time: SystemTime) -> i64 {
    time.duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// An object as a file on this machine: the stored file itself, or a copy fetched into a
/// scratch folder that goes when this is dropped.
pub struct LocalCopy {
    path: PathBuf,
    own: Option<tempfile::TempPath>,
}

impl LocalCopy {
    /// A file fetched or written into the scratch folder, which goes with this.
    fn fetched(path: tempfile::TempPath) -> LocalCopy {
        LocalCopy {
            path: path.to_path_buf(),
            own: Some(path),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The copy, when it is a file of its own rather than the stored object itself (which
    /// may move once read).
    pub fn into_own(self) -> Option<LocalCopy> {
        self.own.is_some().then_some(self)
    }
}

/// Removes what a process that stopped left in the scratch folder: files not written to for
/// `idle` (a copy in use is read or written well within an upload's expiry). Answers how
/// many went.
pub fn sweep_scratch(scratch: &Path, idle: std::time::Duration) -> io::Result<usize> {
    let entries = match std::fs::read_dir(scratch) {
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(0),
        entries => entries?,
    };
    let mut removed = 0;
    for entry in entries {
        let entry = entry?;
        let metadata = entry.metadata()?;
        let age = metadata.modified()?.elapsed().unwrap_or_default();
        if metadata.is_file() && age >= idle {
            std::fs::remove_file(entry.path())?;
            removed += 1;
        }
    }
    Ok(removed)
}

/// The object `key` as a local file, fetched into `scratch` when the backend is remote.
pub async fn local_copy(storage: &dyn Storage, key: &str, scratch: &Path) -> io::Result<LocalCopy> {
    local_copy_of(storage, key, scratch, u64::MAX).await
}

/// At least the first `limit` bytes of the object `key` as a local file: the file itself, or
/// as much as that of it fetched into `scratch` when the backend is remote.
pub async fn local_copy_of(
    storage: &dyn Storage,
    key: &str,
    scratch: &Path,
    limit: u64,
) -> io::Result<LocalCopy> {
    if let Some(path) = storage.local_path(key) {
        return Ok(LocalCopy { path, own: None });
    }
    tokio::fs::create_dir_all(scratch).await?;
    let len = storage.len(key).await?.min(limit);
    let temp = tempfile::NamedTempFile::new_in(scratch)?;
    let (file, path) = temp.into_parts();
    let mut file = tokio::fs::File::from_std(file);
    let mut stream = storage.read(key, 0..len).await?;
    while let Some(bytes) = stream.next().await {
        file.write_all(&bytes?).await?;
    }
    file.flush().await?;
    Ok(LocalCopy::fetched(path))
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, SystemTime};

    #[test]
    fn the_scratch_sweep_removes_only_files_left_idle() {
        let scratch = tempfile::tempdir().expect("scratch");
        let old = scratch.path().join("old");
        let fresh = scratch.path().join("fresh");
        std::fs::write(&old, b"left by a process that stopped").expect("scratch");
        std::fs::write(&fresh, b"being written").expect("scratch");
        let day_ago = SystemTime::now() - Duration::from_secs(86_400);
        std::fs::File::options()
            .write(true)
            .open(&old)
            .expect("scratch")
            .set_modified(day_ago)
            .expect("scratch");
        let removed =
            super::sweep_scratch(scratch.path(), Duration::from_secs(3_600)).expect("scratch");
        assert_eq!(removed, 1);
        assert!(!old.exists());
        assert!(fresh.exists());
        let missing = scratch.path().join("missing");
        assert_eq!(
            super::sweep_scratch(&missing, Duration::ZERO).expect("scratch"),
            0
        );
    }
}
