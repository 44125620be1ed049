//! Moving bytes: resumable uploads (tus) and downloads (`Range`), each recorded in the journal
//! so that a crash or a lost connection resumes where it stopped, and placing files without
//! ever overwriting one.
//!
//! Neither direction holds a whole file in memory. A download is written to a temporary file
//! beside its target, checked against the cloud's hash, flushed, and only then takes its name;
//! an upload becomes an item only once the server has checked the whole file's hash.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use futures_util::StreamExt;
use skyfolio_library::FolderId;
use skyfolio_media::ContentHash;
use skyfolio_protocol::{CreateUpload, ErrorCode, MediaId, MediaItem};
use tokio::io::{AsyncReadExt, AsyncSeekExt, AsyncWriteExt};

use crate::Error;
use crate::remote::{Remote, UploadBody};
use crate::state::{Direction, State, Transfer};

/// Progress of one transfer, for bars and status lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransferProgress {
    /// What is being moved: a folder-relative key or a path.
    pub name: String,
    pub direction: Direction,
    pub done: u64,
    pub size: u64,
}

/// Where progress goes; called often, so keep it cheap.
pub type ProgressSink = Arc<dyn Fn(TransferProgress) + Send + Sync>;

/// Keeps transfers under a number of bytes per second, all of them together.
#[derive(Debug)]
pub struct Throttle {
    bytes_per_second: u64,
    sent: std::sync::Mutex<(std::time::Instant, u64)>,
}

impl Throttle {
    pub fn new(bytes_per_second: u64) -> Throttle {
        Throttle {
            bytes_per_second: bytes_per_second.max(1),
            sent: std::sync::Mutex::new((std::time::Instant::now(), 0)),
        }
    }

    /// Counts `bytes` as sent, and waits while more was sent than the rate allows.
    pub async fn take(&self, bytes: u64) {
        let wait = {
            let mut sent = self.sent.lock().unwrap_or_else(|e| e.into_inner());
            // Idle for a while: the allowance does not pile up.
            if sent.0.elapsed() > std::time::Duration::from_secs(2) && sent.1 == 0 {
                sent.0 = std::time::Instant::now();
            }
            sent.1 += bytes;
            let due =
                std::time::Duration::from_secs_f64(sent.1 as f64 / self.bytes_per_second as f64);
            due.saturating_sub(sent.0.elapsed())
        };
        if !wait.is_zero() {
            tokio::time::sleep(wait).await;
        }
    }
}

/// Holds transfers back while closed: a paused upload or download waits at its next block.
#[derive(Debug)]
pub struct Gate {
    open: tokio::sync::watch::Sender<bool>,
}

impl Gate {
    pub fn new() -> Arc<Gate> {
        Arc::new(Gate {
            open: tokio::sync::watch::channel(true).0,
        })
    }

    pub fn set_open(&self, open: bool) {
        self.open.send_replace(open);
    }

    pub fn is_open(&self) -> bool {
        *self.open.borrow()
    }

    /// Returns at once while open; otherwise once opened again.
    pub async fn pass(&self) {
        let mut open = self.open.subscribe();
        let _ = open.wait_for(|o| *o).await;
    }
}

/// What a transfer reports to and is held back by.
#[derive(Clone)]
pub struct Link {
    pub progress: ProgressSink,
    pub limit: Option<Arc<Throttle>>,
    pub gate: Option<Arc<Gate>>,
}

impl Link {
    /// Progress only, no limit.
    pub fn new(progress: ProgressSink) -> Link {
        Link {
            progress,
            limit: None,
            gate: None,
        }
    }
}

/// Transfers at least this large are journaled as they start, so that a crash resumes them;
/// smaller uploads are sent whole.
const RESUMABLE: u64 = 8 << 20;
const _: () = assert!(RESUMABLE - 1 <= skyfolio_protocol::WHOLE_UPLOAD_LIMIT);

/// Reads files in pieces of this size.
const BLOCK: usize = 1 << 20;

/// One upload: which file, where it goes in the cloud, and how it is journaled.
pub struct Upload<'a> {
    pub folder_id: FolderId,
    pub key: &'a str,
    pub path: &'a Path,
    pub cloud_path: &'a str,
    pub hash: ContentHash,
    pub replaces: Option<MediaId>,
}

/// What the cloud is told about a file besides its bytes and where it goes. Sync sends
/// nothing more; an importer may know a capture time the file does not state.
#[derive(Debug, Clone, Default)]
pub struct UploadHints {
    /// See `CreateUpload::taken_at_fallback`: RFC 3339 with its offset, used by the cloud only
    /// when the file states no capture time of its own.
    pub taken_at_fallback: Option<String>,
}

fn modified_ms(metadata: &std::fs::Metadata) -> Option<i64> {
    let modified = metadata.modified().ok()?;
    let since = modified.duration_since(std::time::UNIX_EPOCH).ok()?;
    i64::try_from(since.as_millis()).ok()
}

/// Sends a file; resumes the journaled upload of the same content when there is one. The file
/// must still be what was hashed: the server checks the whole file before the item appears.
pub async fn upload(
    client: &impl Remote,
    state: &State,
    job: Upload<'_>,
    link: &Link,
    now: i64,
) -> Result<MediaItem, Error> {
    upload_with_hints(client, state, job, &UploadHints::default(), link, now).await
}

/// [`upload`], telling the cloud what else is known about the file ([`UploadHints`]).
pub async fn upload_with_hints(
    client: &impl Remote,
    state: &State,
    job: Upload<'_>,
    hints: &UploadHints,
    link: &Link,
    now: i64,
) -> Result<MediaItem, Error> {
    let metadata = tokio::fs::metadata(job.path)
        .await
        .map_err(Error::io(job.path, "cannot read"))?;
    let size = metadata.len();
    let journaled = state
        .transfer(job.folder_id, job.key, Direction::Up)
        .await?;
    if let Some(earlier) = &journaled
        && (earlier.hash != job.hash || earlier.size != size)
        && let Some(id) = &earlier.upload_id
    {
        // The file changed since it was being sent: the cloud may forget the older bytes,
        // which would hold the account's quota until they expire. Should this fail, they
        // still expire.
        if let Err(error) = client.cancel_upload(id).await {
            tracing::debug!("cannot cancel the upload of an older {}: {error}", job.key);
        }
    }
    let had_journal = journaled.is_some();
    let mut journal = journaled
        .filter(|t| t.hash == job.hash && t.size == size)
        .unwrap_or(Transfer {
            folder_id: job.folder_id,
            key: job.key.to_owned(),
            direction: Direction::Up,
            hash: job.hash,
            size,
            local_path: job.path.to_owned(),
            upload_id: None,
            remote_id: None,
            bytes_done: 0,
            attempts: 0,
            next_try_at: 0,
            error_code: None,
            error_message: None,
        });
    let request = CreateUpload {
        path: job.cloud_path.to_owned(),
        size,
        hash: job.hash.to_hex(),
        modified_at: modified_ms(&metadata),
        replaces: job.replaces.clone(),
        taken_at_fallback: hints.taken_at_fallback.clone(),
    };
    if size < RESUMABLE && journal.upload_id.is_none() {
        // A small file goes whole, in one request: should it break off, it is sent again.
        let body = file_body(job.path, 0, size, job.key, link.clone()).await?;
        let item = match client.upload_whole(&request, body).await {
            Ok(item) => item,
            Err(Error::Server {
                code: ErrorCode::HashMismatch,
                ..
            }) => {
                return Err(Error::ChangedMeanwhile {
                    path: job.path.to_owned(),
                });
            }
            Err(error) => return Err(error),
        };
        nothing_left_to_send(state, &job, had_journal, link, size).await?;
        return Ok(item);
    }
    let mut offset = None;
    if let Some(id) = &journal.upload_id {
        offset = client.upload_offset(id).await?;
        if offset.is_none() {
            journal.upload_id = None;
        }
    }
    let (id, mut offset) = match (journal.upload_id.clone(), offset) {
        (Some(id), Some(offset)) => (id, offset),
        _ => {
            let created = client.create_upload(&request).await?;
            if let Some(item) = created.item {
                // The cloud holds this content already: the item exists, no bytes sent.
                nothing_left_to_send(state, &job, had_journal, link, size).await?;
                return Ok(item);
            }
            let upload = created.upload.ok_or_else(|| Error::Protocol {
                what: "an upload answer with neither upload nor item".to_owned(),
            })?;
            journal.upload_id = Some(upload.id.clone());
            // An upload this device began before goes on where it stopped.
            journal.bytes_done = upload.offset;
            // Worth resuming only when large; a small file is sent again whole.
            if size >= RESUMABLE {
                state.save_transfer(&journal, now).await?;
            }
            (upload.id, upload.offset)
        }
    };
    // One request sends the rest of the file; should it break off, the server keeps what
    // arrived and the next attempt asks where to go on.
    for _ in 0..3 {
        let body = file_body(job.path, offset, size, job.key, link.clone()).await?;
        match client.append(&id, offset, size - offset, body).await {
            Ok(accepted) => {
                if let Some(item) = accepted.item {
                    state
                        .finish_transfer(job.folder_id, job.key, Direction::Up)
                        .await?;
                    return Ok(item);
                }
            }
            Err(Error::Server {
                code: ErrorCode::OffsetMismatch,
                ..
            }) => {}
            Err(Error::Server {
                code: ErrorCode::HashMismatch,
                ..
            }) => {
                state
                    .finish_transfer(job.folder_id, job.key, Direction::Up)
                    .await?;
                return Err(Error::ChangedMeanwhile {
                    path: job.path.to_owned(),
                });
            }
            Err(error) => {
                if let Ok(Some(now_at)) = client.upload_offset(&id).await {
                    journal.bytes_done = now_at;
                    state.save_transfer(&journal, now).await?;
                }
                return Err(error);
            }
        }
        match client.upload_offset(&id).await? {
            Some(server_offset) => offset = server_offset,
            None => break,
        }
        journal.bytes_done = offset;
        state.save_transfer(&journal, now).await?;
    }
    Err(Error::Protocol {
        what: format!("the upload of {} did not complete", job.path.display()),
    })
}

/// The item exists and the cloud wants no more bytes: the journal forgets the upload (when it
/// had one) and its progress is full.
async fn nothing_left_to_send(
    state: &State,
    job: &Upload<'_>,
    journaled: bool,
    link: &Link,
    size: u64,
) -> Result<(), Error> {
    if journaled {
        state
            .finish_transfer(job.folder_id, job.key, Direction::Up)
            .await?;
    }
    (link.progress)(TransferProgress {
        name: job.key.to_owned(),
        direction: Direction::Up,
        done: size,
        size,
    });
    Ok(())
}

/// The bytes of `path` from `offset` to `size`, as a request body that reports progress.
async fn file_body(
    path: &Path,
    offset: u64,
    size: u64,
    name: &str,
    link: Link,
) -> Result<UploadBody, Error> {
    let mut file = tokio::fs::File::open(path)
        .await
        .map_err(Error::io(path, "cannot open"))?;
    file.seek(std::io::SeekFrom::Start(offset))
        .await
        .map_err(Error::io(path, "cannot read"))?;
    let reader = file.take(size - offset);
    let name = name.to_owned();
    let done = Arc::new(std::sync::atomic::AtomicU64::new(offset));
    let stream = tokio_util::io::ReaderStream::with_capacity(reader, BLOCK).then(move |chunk| {
        let (link, name, done) = (link.clone(), name.clone(), done.clone());
        async move {
            if let Ok(bytes) = &chunk {
                if let Some(gate) = &link.gate {
                    gate.pass().await;
                }
                if let Some(limit) = &link.limit {
                    limit.take(bytes.len() as u64).await;
                }
                let now = done.fetch_add(bytes.len() as u64, std::sync::atomic::Ordering::Relaxed)
                    + bytes.len() as u64;
                (link.progress)(TransferProgress {
                    name,
                    direction: Direction::Up,
                    done: now,
                    size,
                });
            }
            chunk
        }
    });
    Ok(stream.boxed())
}

/// One download: which item, where it goes, and how it is journaled.
pub struct Download<'a> {
    pub folder_id: FolderId,
    pub key: &'a str,
    pub remote_id: &'a MediaId,
    pub hash: ContentHash,
    pub size: u64,
    /// Where the file goes; its folder is created when missing.
    pub target: &'a Path,
    /// The modification time to give the file (ms), when the cloud knows a better one than now.
    pub modified_at: Option<i64>,
}

/// The temporary name of a download into `target`: beside it (so placing it is a rename on one
/// file system), hidden, and named after the target so that a later attempt finds it.
pub fn partial_path(target: &Path) -> PathBuf {
    let tag = blake3::hash(target.to_string_lossy().as_bytes()).to_hex();
    let dir = target.parent().unwrap_or(Path::new("."));
    dir.join(format!(".skyfolio-{}.part", &tag[..16]))
}

/// Fetches an item into its temporary file, resuming what an earlier attempt left, and checks
/// the whole file's hash. Answers the temporary file, flushed to disk, ready to be placed.
pub async fn download(
    client: &impl Remote,
    state: &State,
    job: Download<'_>,
    link: &Link,
    now: i64,
) -> Result<PathBuf, Error> {
    let progress = &link.progress;
    let dir = job.target.parent().unwrap_or(Path::new("."));
    tokio::fs::create_dir_all(dir)
        .await
        .map_err(Error::io(dir, "cannot create the folder"))?;
    let partial = partial_path(job.target);
    let journal = state
        .transfer(job.folder_id, job.key, Direction::Down)
        .await?;
    let resumable = journal
        .as_ref()
        .is_some_and(|t| t.hash == job.hash && t.remote_id.as_deref() == Some(job.remote_id));
    if !resumable {
        let _ = tokio::fs::remove_file(&partial).await;
    }
    if !resumable && job.size >= RESUMABLE {
        state
            .save_transfer(
                &Transfer {
                    folder_id: job.folder_id,
                    key: job.key.to_owned(),
                    direction: Direction::Down,
                    hash: job.hash,
                    size: job.size,
                    local_path: job.target.to_owned(),
                    upload_id: None,
                    remote_id: Some(job.remote_id.to_owned()),
                    bytes_done: 0,
                    attempts: journal.as_ref().map_or(0, |t| t.attempts),
                    next_try_at: 0,
                    error_code: None,
                    error_message: None,
                },
                now,
            )
            .await?;
    }
    let mut file = tokio::fs::OpenOptions::new()
        .create(true)
        .read(true)
        .write(true)
        .truncate(false)
        .open(&partial)
        .await
        .map_err(Error::io(&partial, "cannot write"))?;
    let mut have = file
        .metadata()
        .await
        .map_err(Error::io(&partial, "cannot read"))?
        .len();
    if have > job.size {
        file.set_len(0)
            .await
            .map_err(Error::io(&partial, "cannot write"))?;
        have = 0;
    }
    // What an earlier attempt fetched counts toward the hash.
    let mut hasher = blake3::Hasher::new();
    if have > 0 {
        let mut buffer = vec![0u8; BLOCK];
        let mut left = have;
        while left > 0 {
            let want = usize::try_from(left.min(BLOCK as u64)).unwrap_or(BLOCK);
            let read = file
                .read(&mut buffer[..want])
                .await
                .map_err(Error::io(&partial, "cannot read"))?;
            if read == 0 {
                break;
            }
            hasher.update(&buffer[..read]);
            left -= read as u64;
        }
    }
    let hex = job.hash.to_hex();
    let response = if have < job.size || job.size == 0 {
        Some(client.download(job.remote_id, have, &hex).await?)
    } else {
        None
    };
    if let Some(response) = response {
        if !response.partial && have > 0 {
            // The server sends the whole file: start again.
            file.set_len(0)
                .await
                .map_err(Error::io(&partial, "cannot write"))?;
            file.seek(std::io::SeekFrom::Start(0))
                .await
                .map_err(Error::io(&partial, "cannot write"))?;
            hasher = blake3::Hasher::new();
            have = 0;
        } else {
            file.seek(std::io::SeekFrom::Start(have))
                .await
                .map_err(Error::io(&partial, "cannot write"))?;
        }
        let mut stream = response.body;
        let mut writer = tokio::io::BufWriter::with_capacity(BLOCK, &mut file);
        while let Some(chunk) = stream.next().await {
            let chunk = chunk?;
            if have + chunk.len() as u64 > job.size {
                break;
            }
            if let Some(gate) = &link.gate {
                gate.pass().await;
            }
            if let Some(limit) = &link.limit {
                limit.take(chunk.len() as u64).await;
            }
            hasher.update(&chunk);
            writer
                .write_all(&chunk)
                .await
                .map_err(Error::io(&partial, "cannot write"))?;
            have += chunk.len() as u64;
            progress(TransferProgress {
                name: job.key.to_owned(),
                direction: Direction::Down,
                done: have,
                size: job.size,
            });
        }
        writer
            .flush()
            .await
            .map_err(Error::io(&partial, "cannot write"))?;
    }
    if have != job.size || ContentHash::from(hasher.finalize()) != job.hash {
        drop(file);
        let _ = tokio::fs::remove_file(&partial).await;
        if have < job.size {
            return Err(Error::Protocol {
                what: format!("the download of {} ended early", job.key),
            });
        }
        return Err(Error::HashMismatch {
            path: job.target.to_owned(),
        });
    }
    if let Some(ms) = job.modified_at {
        let time = std::time::UNIX_EPOCH
            + std::time::Duration::from_millis(u64::try_from(ms).unwrap_or(0));
        let std_file = file.into_std().await;
        let _ = std_file.set_modified(time);
        std_file
            .sync_all()
            .map_err(Error::io(&partial, "cannot write"))?;
    } else {
        file.sync_all()
            .await
            .map_err(Error::io(&partial, "cannot write"))?;
    }
    Ok(partial)
}

/// Moves a file to the OS trash (freedesktop's on Linux, the Bin on Windows, the Trash on
/// macOS).
pub fn os_trash(path: &Path) -> std::io::Result<()> {
    let system_drive = std::env::var("SystemDrive").ok();
    if !os_trash_keeps(
        &path.to_string_lossy(),
        cfg!(windows),
        system_drive.as_deref(),
    ) {
        return Err(std::io::Error::other(
            "the Recycle Bin may delete files on this drive for good",
        ));
    }
    trash_context().delete(path).map_err(std::io::Error::other)
}

/// Whether the OS trash keeps a file at `path` for the person to take back. On Windows the
/// shell deletes for good, without asking, what it cannot recycle: files on removable and
/// network drives, on drives whose Recycle Bin is off or full. Only the system drive
/// (`system_drive`, `C:` unless the OS says otherwise) is trusted there; elsewhere the caller
/// uses a trash of its own. Every other OS's trash is kept where the file is (freedesktop's
/// `.Trash-<uid>` on each volume, macOS's per-volume `.Trashes`).
pub fn os_trash_keeps(path: &str, windows: bool, system_drive: Option<&str>) -> bool {
    if !windows {
        return true;
    }
    let path = path
        .strip_prefix(r"\\?\")
        .or_else(|| path.strip_prefix(r"\\.\"))
        .unwrap_or(path);
    if path.starts_with(r"\\") || path.starts_with("UNC\\") {
        return false;
    }
    let drive = |text: &str| {
        let mut chars = text.chars();
        match (chars.next(), chars.next()) {
            (Some(letter), Some(':')) if letter.is_ascii_alphabetic() => {
                Some(letter.to_ascii_uppercase())
            }
            _ => None,
        }
    };
    let system = system_drive.and_then(drive).unwrap_or('C');
    drive(path) == Some(system)
}

/// How files go to the OS trash. On macOS through NSFileManager rather than the default, Finder
/// driven by AppleScript: no permission prompt for controlling Finder, no trash sound for every
/// file, and nothing a signed app must be entitled to. Finder's "Put Back" is what it costs.
#[cfg(target_os = "macos")]
fn trash_context() -> trash::TrashContext {
    use trash::macos::{DeleteMethod, TrashContextExtMacos};
    let mut context = trash::TrashContext::default();
    context.set_delete_method(DeleteMethod::NsFileManager);
    context
}

/// How files go to the OS trash: the system's own way.
#[cfg(not(target_os = "macos"))]
fn trash_context() -> trash::TrashContext {
    trash::TrashContext::default()
}

/// Moves the file at `rel_path` of the folder `root` to the OS trash when `os_trash` (and the
/// OS takes it), else to `.skyfolio-trash/<date>/` at the top of the folder, under its own
/// relative path (numbered when that is taken). A file is never deleted.
pub fn trash_file(root: &Path, rel_path: &str, os_trash: bool) -> std::io::Result<()> {
    let path = in_folder(root, rel_path);
    if os_trash {
        match self::os_trash(&path) {
            Ok(()) => return Ok(()),
            Err(error) => tracing::info!(
                "the OS trash refused {}: {error}; using the folder's own",
                path.display()
            ),
        }
    }
    let bin = root
        .join(".skyfolio-trash")
        .join(jiff::ZonedDateTime::now().date().to_string());
    let mut target = in_folder(&bin, rel_path);
    let mut n = 1;
    loop {
        match rename_no_replace(&path, &target) {
            Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
                n += 1;
                target = in_folder(&bin, &format!("{rel_path} ({n})"));
            }
            other => return other,
        }
    }
}

fn in_folder(root: &Path, rel_path: &str) -> PathBuf {
    rel_path
        .split('/')
        .fold(root.to_owned(), |p, part| p.join(part))
}

/// Gives `from` the name `to`, unless something is called `to` already: then nothing moves and
/// the answer is `AlreadyExists`. Never overwrites a file.
///
/// In one step where the OS and the file system can refuse to replace (`renameat2` with
/// `RENAME_NOREPLACE` on Linux, FAT included; `renamex_np` with `RENAME_EXCL` on macOS;
/// `MoveFileExW` without `MOVEFILE_REPLACE_EXISTING` on Windows). Elsewhere a second name is
/// linked, then the first removed; without hard links either, it looks, then renames.
pub fn rename_no_replace(from: &Path, to: &Path) -> std::io::Result<()> {
    if let Some(dir) = to.parent() {
        std::fs::create_dir_all(dir)?;
    }
    match renamore::rename_exclusive(from, to) {
        Ok(()) => {}
        Err(error) if error.kind() == std::io::ErrorKind::Unsupported => {
            link_then_remove(from, to)?;
        }
        Err(error) => return Err(error),
    }
    if let Some(dir) = to.parent()
        && let Ok(dir) = std::fs::File::open(dir)
    {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// [`rename_no_replace`] where the OS cannot rename without replacing in one step.
fn link_then_remove(from: &Path, to: &Path) -> std::io::Result<()> {
    match std::fs::hard_link(from, to) {
        Ok(()) => {
            std::fs::remove_file(from)?;
        }
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => return Err(error),
        Err(_) => {
            // A file system without hard links (FAT, some shares): look, then rename. Only a
            // file created in the moment between the two could be replaced.
            if std::fs::symlink_metadata(to).is_ok() {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::AlreadyExists,
                    "a file with this name exists",
                ));
            }
            std::fs::rename(from, to)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_windows_recycle_bin_is_trusted_on_the_system_drive_only() {
        let keeps = |path, drive| os_trash_keeps(path, true, drive);
        assert!(keeps(r"C:\Users\anna\Pictures\a.jpg", None));
        assert!(keeps(r"c:\Users\anna\Pictures\a.jpg", Some("C:")));
        assert!(keeps(r"\\?\C:\Users\anna\Pictures\a.jpg", None));
        assert!(keeps(r"D:\Photos\a.jpg", Some("D:")));
        // A card, a stick, a second disk whose bin may be off, a share: Skyfolio's own trash.
        assert!(!keeps(r"E:\DCIM\100NIKON\DSC_0001.JPG", None));
        assert!(!keeps(r"D:\Photos\a.jpg", Some("C:")));
        assert!(!keeps(r"\\nas\photos\a.jpg", None));
        assert!(!keeps(r"\\?\UNC\nas\photos\a.jpg", None));
        assert!(!keeps("relative\\a.jpg", None));
        // Elsewhere the trash is the system's own, kept on each volume.
        assert!(os_trash_keeps("/media/anna/NIKON/DCIM/a.jpg", false, None));
    }

    #[test]
    fn renames_never_replace_a_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let a = dir.path().join("a.jpg");
        let b = dir.path().join("sub/b.jpg");
        std::fs::write(&a, b"a").expect("written");
        rename_no_replace(&a, &b).expect("renamed");
        assert!(!a.exists());
        assert_eq!(std::fs::read(&b).expect("read"), b"a");
        std::fs::write(&a, b"another").expect("written");
        let refused = rename_no_replace(&a, &b).expect_err("refused");
        assert_eq!(refused.kind(), std::io::ErrorKind::AlreadyExists);
        assert_eq!(
            std::fs::read(&b).expect("read"),
            b"a",
            "the old file is untouched"
        );
        assert_eq!(std::fs::read(&a).expect("read"), b"another");
    }

    #[test]
    fn without_a_one_step_rename_the_fallback_never_replaces_either() {
        let dir = tempfile::tempdir().expect("temp dir");
        let a = dir.path().join("a.jpg");
        let b = dir.path().join("b.jpg");
        std::fs::write(&a, b"a").expect("written");
        link_then_remove(&a, &b).expect("renamed");
        assert!(!a.exists());
        std::fs::write(&a, b"another").expect("written");
        let refused = link_then_remove(&a, &b).expect_err("refused");
        assert_eq!(refused.kind(), std::io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read(&b).expect("read"), b"a");
        assert_eq!(std::fs::read(&a).expect("read"), b"another");
    }

    #[test]
    fn this_file_system_renames_without_replacing_in_one_step() {
        // Where the tests run (ext4, tmpfs, overlayfs on Linux 3.15 and later), the one-step
        // rename is what is used, not the fallback.
        let dir = tempfile::tempdir().expect("temp dir");
        assert!(renamore::rename_exclusive_is_atomic(dir.path()).expect("asked"));
    }

    #[test]
    fn partial_files_are_hidden_beside_their_target() {
        let target = Path::new("/photos/2024/a.jpg");
        let partial = partial_path(target);
        assert_eq!(partial.parent(), target.parent());
        let name = partial
            .file_name()
            .expect("a name")
            .to_string_lossy()
            .into_owned();
        assert!(
            name.starts_with(".skyfolio-") && name.ends_with(".part"),
            "{name}"
        );
        assert_eq!(
            partial_path(target),
            partial,
            "the same target, the same partial file"
        );
    }
}
