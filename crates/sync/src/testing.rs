//! A cloud in memory for tests: [`MemoryCloud`] answers a [`Remote`]'s calls as skyfolio-server
//! does (feed, names, moves, trash, tus uploads, ranged downloads), and fails as a network does:
//! it goes away, or breaks an upload's body off part-way. Of a file it reads only the kind (no
//! capture time, dimensions or thumbnails); it has no quota and no disk to fill.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use bytes::{Bytes, BytesMut};
use futures_util::StreamExt;
use skyfolio_protocol::{
    Change, ChangeOp, ChangePage, ChunkAccepted, CreateUpload, ErrorCode, MediaId, MediaItem,
    MediaKind, MediaPath, MediaState, ThumbnailState, UploadCreated, UploadId, UploadStatus,
    name_key,
};

use crate::Error;
use crate::remote::{Download, Remote, UploadBody};

/// The most changes one page of the feed holds, as the client asks for.
const PAGE: usize = 1000;

/// Downloads arrive in pieces of this size, so that one can break off part-way.
const PIECE: usize = 64 << 10;

/// One account's cloud, in memory, as seen from one device. Clones share the cloud;
/// [`MemoryCloud::device`] gives another device's view of it.
#[derive(Debug, Clone, Default)]
pub struct MemoryCloud {
    cloud: Arc<Mutex<Cloud>>,
    device: String,
    /// Wakes long-polls when the feed moves.
    seq: Arc<tokio::sync::watch::Sender<i64>>,
}

#[derive(Debug, Default)]
struct Cloud {
    seq: i64,
    next_id: u64,
    items: BTreeMap<MediaId, MediaItem>,
    /// `(seq, op, item id)`, oldest first: the feed shows each item as it is now.
    changes: Vec<(i64, ChangeOp, MediaId)>,
    /// Content by hash: what the account holds, whatever its items.
    blobs: HashMap<String, Bytes>,
    uploads: BTreeMap<UploadId, Upload>,
    /// Bytes the appends kept, all together.
    received: u64,
    /// Requests answered before the cloud goes away; `Some(0)`: away.
    away_after: Option<usize>,
    /// The next upload's body breaks off after this many bytes.
    cut: Option<u64>,
}

#[derive(Debug)]
struct Upload {
    device: String,
    request: CreateUpload,
    received: BytesMut,
}

fn refused(code: ErrorCode, message: &str) -> Error {
    let status = match code {
        ErrorCode::NotFound => 404,
        ErrorCode::PathTaken | ErrorCode::OffsetMismatch => 409,
        ErrorCode::HashMismatch => 422,
        ErrorCode::RangeNotSatisfiable => 416,
        _ => 400,
    };
    let message = message.to_owned();
    Error::Server {
        code,
        message,
        status,
    }
}

fn not_found() -> Error {
    refused(ErrorCode::NotFound, "nothing with this id here")
}

fn path_taken() -> Error {
    refused(ErrorCode::PathTaken, "another item has this path")
}

fn name_taken(other: &str) -> Error {
    let message = format!("{other:?} has this name as Windows and macOS read names");
    refused(ErrorCode::PathTaken, &message)
}

fn unreachable(why: &str) -> Error {
    let (server, source) = ("memory".to_owned(), why.into());
    Error::Unreachable { server, source }
}

fn now_ms() -> i64 {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
    now.map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

fn valid_path(path: &str) -> Result<(), Error> {
    match MediaPath::parse(path) {
        Ok(_) => Ok(()),
        Err(error) => Err(refused(ErrorCode::InvalidPath, &error.to_string())),
    }
}

/// What the server tells from a file's first bytes: a photo, a video, or a file of no kind it
/// knows.
fn kind_of(bytes: &[u8]) -> MediaKind {
    let head = &bytes[..bytes.len().min(64 << 10)];
    let sniffed = tempfile::NamedTempFile::new().ok().and_then(|mut file| {
        std::io::Write::write_all(&mut file, head).ok()?;
        skyfolio_media::sniff(file.path()).ok()
    });
    match sniffed.map(|t| t.kind) {
        Some(skyfolio_media::MediaKind::Photo) => MediaKind::Photo,
        Some(skyfolio_media::MediaKind::Video) => MediaKind::Video,
        None => MediaKind::Other,
    }
}

impl Cloud {
    fn live(&self) -> impl Iterator<Item = &MediaItem> {
        let live = |i: &&MediaItem| i.state == MediaState::Active;
        self.items.values().filter(live)
    }

    /// The path of a live item (other than `except`) whose name is `path`'s as Windows and
    /// macOS read names, or that would make a file and a folder of one name, or spell one of
    /// `path`'s folders otherwise. The same name comes first.
    fn name_clash(&self, path: &str, except: Option<&str>) -> Option<String> {
        let key = name_key(path);
        let others = || self.live().filter(|i| Some(i.id.as_str()) != except);
        if let Some(same) = others().find(|i| name_key(&i.path) == key) {
            return Some(same.path.clone());
        }
        let folders: Vec<&str> = path.match_indices('/').map(|(at, _)| &path[..at]).collect();
        let clashes = |other: &&MediaItem| {
            let other_key = name_key(&other.path);
            other_key.starts_with(&format!("{key}/"))
                || folders.iter().any(|folder| {
                    let folder_key = name_key(folder);
                    other_key == folder_key
                        || (other_key.starts_with(&format!("{folder_key}/"))
                            && !other.path.starts_with(&format!("{folder}/")))
                })
        };
        others().find(clashes).map(|other| other.path.clone())
    }

    /// Tells the feed of a change to the item `id`.
    fn record(&mut self, id: &MediaId, op: ChangeOp) -> MediaItem {
        self.seq += 1;
        self.changes.push((self.seq, op, id.clone()));
        let item = self.items.get_mut(id).expect("an item that exists");
        item.seq = self.seq;
        item.clone()
    }

    /// Creates an item at the path `request` names, for content the account holds; as the
    /// server does: the live item there with this content is the answer, the one it replaces
    /// goes to the trash in the same step, any other is `path-taken`.
    fn create_item(&mut self, request: &CreateUpload) -> Result<MediaItem, Error> {
        let (path, now) = (request.path.as_str(), now_ms());
        let existing = self.live().find(|i| i.path == path).cloned();
        match existing {
            Some(item) if item.hash == request.hash => return Ok(item),
            Some(item) if request.replaces.as_deref() == Some(item.id.as_str()) => {
                let old = self.items.get_mut(&item.id).expect("a live item");
                (old.state, old.trashed_at) = (MediaState::Trashed, Some(now));
                self.record(&item.id, ChangeOp::Trash);
            }
            Some(_) => return Err(path_taken()),
            None => {}
        }
        if let Some(other) = self.name_clash(path, None) {
            return Err(name_taken(&other));
        }
        let bytes = self.blobs.get(&request.hash).cloned().unwrap_or_default();
        let kind = kind_of(&bytes);
        let id = MediaId::new(format!("m{:06}", self.next_id));
        self.next_id += 1;
        let item = MediaItem {
            id: id.clone(),
            path: path.to_owned(),
            kind,
            state: MediaState::Active,
            hash: request.hash.clone(),
            size: bytes.len() as u64,
            taken_at: None,
            sort_time: request.modified_at.unwrap_or(now),
            width: None,
            height: None,
            duration_ms: None,
            created_at: now,
            trashed_at: None,
            thumbnails: match kind {
                MediaKind::Other => ThumbnailState::None,
                _ => ThumbnailState::Pending,
            },
            seq: 0,
        };
        self.items.insert(id.clone(), item);
        Ok(self.record(&id, ChangeOp::Create))
    }

    /// Turns a complete upload into an item; drops it when its bytes are not the hash
    /// declared, or its path was taken meanwhile.
    fn commit(&mut self, id: &UploadId) -> Result<MediaItem, Error> {
        let upload = self.uploads.remove(id).ok_or_else(not_found)?;
        self.keep(&upload.request, upload.received.freeze())
    }

    /// Makes a file's bytes an item, when they are the hash declared and the path is free.
    fn keep(&mut self, request: &CreateUpload, bytes: Bytes) -> Result<MediaItem, Error> {
        if blake3::hash(&bytes).to_hex().as_str() != request.hash {
            let message = "the file's bytes do not match the hash declared for it";
            return Err(refused(ErrorCode::HashMismatch, message));
        }
        let held = self.blobs.insert(request.hash.clone(), bytes).is_some();
        let created = self.create_item(request);
        if created.is_err() && !held {
            self.blobs.remove(&request.hash);
        }
        created
    }
}

impl MemoryCloud {
    /// An empty cloud, seen from a first device.
    pub fn new() -> MemoryCloud {
        MemoryCloud::default()
    }

    /// The same cloud as another device of the account sees it: uploads in progress are each
    /// device's own.
    pub fn device(&self, name: &str) -> MemoryCloud {
        let mut other = self.clone();
        other.device = name.to_owned();
        other
    }

    fn lock(&self) -> MutexGuard<'_, Cloud> {
        self.cloud.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Takes one request: refused as unreachable while the cloud is away.
    fn enter(&self) -> Result<MutexGuard<'_, Cloud>, Error> {
        let mut cloud = self.lock();
        match cloud.away_after {
            Some(0) => return Err(unreachable("the cloud is away")),
            Some(left) => cloud.away_after = Some(left - 1),
            None => {}
        }
        Ok(cloud)
    }

    /// Checks an announced file as the server does: the item at once when the account holds
    /// its content, `None` when its bytes are wanted, or the refusal.
    fn announce(
        &self,
        cloud: &mut Cloud,
        request: &CreateUpload,
    ) -> Result<Option<MediaItem>, Error> {
        valid_path(&request.path)?;
        let hex = |b: u8| matches!(b, b'0'..=b'9' | b'a'..=b'f');
        if request.hash.len() != 64 || !request.hash.bytes().all(hex) || request.size == 0 {
            return Err(refused(ErrorCode::BadRequest, "a BLAKE3 hash and a size"));
        }
        let held = cloud.blobs.get(&request.hash);
        if held.is_some_and(|b| b.len() as u64 == request.size) {
            // The account holds this content: the item at once, no bytes wanted.
            let item = cloud.create_item(request)?;
            self.publish(cloud);
            return Ok(Some(item));
        }
        if let Some(existing) = cloud.live().find(|i| i.path == request.path)
            && existing.hash != request.hash
            && request.replaces.as_deref() != Some(existing.id.as_str())
        {
            return Err(path_taken());
        }
        if let Some(other) = cloud.name_clash(&request.path, request.replaces.as_deref())
            && other != request.path
        {
            return Err(name_taken(&other));
        }
        Ok(None)
    }

    /// Reads an upload's body as a server reads the network, up to `size` bytes; breaks off
    /// where the cloud was told to cut. Answers the bytes and whether the body broke off.
    async fn read_body(
        mut body: UploadBody,
        size: u64,
        cut: Option<u64>,
    ) -> Result<(BytesMut, bool), Error> {
        let (mut chunk, mut broken) = (BytesMut::new(), false);
        while let Some(piece) = body.next().await {
            let Ok(piece) = piece else {
                broken = true;
                break;
            };
            if (chunk.len() + piece.len()) as u64 > size {
                let message = format!("the upload was declared as {size} bytes");
                return Err(refused(ErrorCode::SizeMismatch, &message));
            }
            chunk.extend_from_slice(&piece);
            if let Some(cut) = cut.filter(|cut| chunk.len() as u64 >= *cut) {
                chunk.truncate(usize::try_from(cut).unwrap_or(usize::MAX));
                broken = true;
                break;
            }
        }
        Ok((chunk, broken))
    }

    /// Tells long-polls that the feed moved.
    fn publish(&self, cloud: &Cloud) {
        self.seq.send_replace(cloud.seq);
    }

    /// From now on, every call fails as a cloud that cannot be reached, and a download under
    /// way breaks off at its next piece.
    pub fn go_away(&self) {
        self.go_away_after(0);
    }

    /// Answers `requests` more requests (each piece of a download after its first counts as
    /// one), then goes away.
    pub fn go_away_after(&self, requests: usize) {
        self.lock().away_after = Some(requests);
    }

    /// Answers again.
    pub fn come_back(&self) {
        self.lock().away_after = None;
    }

    pub fn is_away(&self) -> bool {
        self.lock().away_after == Some(0)
    }

    /// The next upload's body (a chunk, or a file sent whole) breaks off after its first
    /// `bytes` bytes.
    pub fn cut_next_upload(&self, bytes: u64) {
        self.lock().cut = Some(bytes);
    }

    /// Bytes of uploads received so far, all together.
    pub fn bytes_received(&self) -> u64 {
        self.lock().received
    }

    /// The live items' bytes, by path.
    pub fn files(&self) -> BTreeMap<String, Vec<u8>> {
        let cloud = self.lock();
        let file = |item: &MediaItem| (item.path.clone(), cloud.blobs[&item.hash].to_vec());
        cloud.live().map(file).collect()
    }

    /// Every item, live or in the recycle bin, by id.
    pub fn items(&self) -> BTreeMap<MediaId, MediaItem> {
        self.lock().items.clone()
    }

    /// Uploads in progress, from every device.
    pub fn uploads_in_progress(&self) -> usize {
        self.lock().uploads.len()
    }
}

impl Remote for MemoryCloud {
    async fn changes(&self, since: i64, wait: Option<Duration>) -> Result<ChangePage, Error> {
        // Subscribed before reading: a change between the read and the wait still wakes it.
        let mut moved = self.seq.subscribe();
        let newer = self.enter()?.seq > since;
        if !newer && let Some(wait) = wait {
            let _ = tokio::time::timeout(wait, moved.wait_for(|seq| *seq > since)).await;
        }
        let cloud = self.lock();
        let change = |(seq, op, id): &(i64, ChangeOp, MediaId)| Change {
            seq: *seq,
            op: *op,
            item: cloud.items[id].clone(),
        };
        let newer = cloud.changes.iter().filter(|(seq, ..)| *seq > since);
        let mut changes: Vec<Change> = newer.take(PAGE + 1).map(change).collect();
        let has_more = changes.len() > PAGE;
        changes.truncate(PAGE);
        let next_since = changes.last().map_or(since, |c| c.seq);
        Ok(ChangePage {
            changes,
            next_since,
            has_more,
        })
    }

    async fn move_item(&self, id: &MediaId, path: &str) -> Result<MediaItem, Error> {
        let mut cloud = self.enter()?;
        valid_path(path)?;
        match cloud.name_clash(path, Some(id)) {
            Some(other) if other == path => return Err(path_taken()),
            Some(other) => return Err(name_taken(&other)),
            None => {}
        }
        let item = cloud
            .items
            .get_mut(id)
            .filter(|i| i.state == MediaState::Active);
        let item = item.ok_or_else(not_found)?;
        if item.path == path {
            return Ok(item.clone());
        }
        item.path = path.to_owned();
        let moved = cloud.record(id, ChangeOp::Move);
        self.publish(&cloud);
        Ok(moved)
    }

    async fn trash_item(&self, id: &MediaId) -> Result<MediaItem, Error> {
        let mut cloud = self.enter()?;
        let item = cloud
            .items
            .get_mut(id)
            .filter(|i| i.state == MediaState::Active);
        let item = item.ok_or_else(not_found)?;
        (item.state, item.trashed_at) = (MediaState::Trashed, Some(now_ms()));
        let trashed = cloud.record(id, ChangeOp::Trash);
        self.publish(&cloud);
        Ok(trashed)
    }

    async fn create_upload(&self, request: &CreateUpload) -> Result<UploadCreated, Error> {
        let mut cloud = self.enter()?;
        if let Some(item) = self.announce(&mut cloud, request)? {
            let item = Some(item);
            return Ok(UploadCreated { upload: None, item });
        }
        // This device was sending the same file to the same path: that upload goes on.
        let same = |u: &Upload| {
            let earlier = &u.request;
            u.device == self.device
                && (&earlier.path, &earlier.hash, earlier.size)
                    == (&request.path, &request.hash, request.size)
        };
        let earlier = cloud.uploads.iter().filter(|(_, u)| same(u));
        let earlier = earlier.max_by_key(|(_, u)| u.received.len());
        let (id, offset) = match earlier.map(|(id, u)| (id.clone(), u.received.len() as u64)) {
            Some(earlier) => earlier,
            None => {
                let id = UploadId::new(format!("u{:06}", cloud.next_id));
                cloud.next_id += 1;
                let upload = Upload {
                    device: self.device.clone(),
                    request: request.clone(),
                    received: BytesMut::new(),
                };
                cloud.uploads.insert(id.clone(), upload);
                (id, 0)
            }
        };
        let expires_at = now_ms() + 24 * 3600 * 1000;
        let size = request.size;
        let upload = Some(UploadStatus {
            id,
            offset,
            size,
            expires_at,
        });
        Ok(UploadCreated { upload, item: None })
    }

    async fn upload_offset(&self, id: &UploadId) -> Result<Option<u64>, Error> {
        let cloud = self.enter()?;
        Ok(cloud.uploads.get(id).map(|u| u.received.len() as u64))
    }

    async fn append(
        &self,
        id: &UploadId,
        offset: u64,
        len: u64,
        body: UploadBody,
    ) -> Result<ChunkAccepted, Error> {
        let (size, cut) = {
            let mut cloud = self.enter()?;
            let upload = cloud.uploads.get(id).ok_or_else(not_found)?;
            let (at, size) = (upload.received.len() as u64, upload.request.size);
            if offset != at {
                let message = format!("the upload is at byte {at}, not {offset}");
                return Err(refused(ErrorCode::OffsetMismatch, &message));
            }
            (size, cloud.cut.take())
        };
        // The body is read without holding the cloud, as a server reads the network.
        let (chunk, mut broken) = MemoryCloud::read_body(body, size - offset, cut).await?;
        broken |= chunk.len() as u64 != len;
        let mut cloud = self.lock();
        let upload = cloud.uploads.get_mut(id).ok_or_else(not_found)?;
        // What arrived before a break is kept: the next attempt asks where to go on.
        upload.received.extend_from_slice(&chunk);
        let at = upload.received.len() as u64;
        cloud.received += chunk.len() as u64;
        if broken || cloud.away_after == Some(0) {
            return Err(unreachable("the connection broke off"));
        }
        let item = if at == size {
            Some(cloud.commit(id)?)
        } else {
            None
        };
        self.publish(&cloud);
        Ok(ChunkAccepted { offset: at, item })
    }

    async fn upload_whole(
        &self,
        request: &CreateUpload,
        body: UploadBody,
    ) -> Result<MediaItem, Error> {
        let cut = {
            let mut cloud = self.enter()?;
            if request.size > skyfolio_protocol::WHOLE_UPLOAD_LIMIT {
                let message = "a file this large is sent as a resumable upload";
                return Err(refused(ErrorCode::BadRequest, message));
            }
            if let Some(item) = self.announce(&mut cloud, request)? {
                return Ok(item);
            }
            cloud.cut.take()
        };
        let (bytes, broken) = MemoryCloud::read_body(body, request.size, cut).await?;
        let mut cloud = self.lock();
        cloud.received += bytes.len() as u64;
        // Nothing of a whole file that broke off is kept.
        if broken || cloud.away_after == Some(0) {
            return Err(unreachable("the connection broke off"));
        }
        if bytes.len() as u64 != request.size {
            let message = format!("the body has {} bytes", bytes.len());
            return Err(refused(ErrorCode::SizeMismatch, &message));
        }
        let item = cloud.keep(request, bytes.freeze())?;
        self.publish(&cloud);
        Ok(item)
    }

    async fn cancel_upload(&self, id: &UploadId) -> Result<(), Error> {
        let mut cloud = self.enter()?;
        cloud.uploads.remove(id).map(|_| ()).ok_or_else(not_found)
    }

    async fn download(&self, id: &MediaId, offset: u64, hash: &str) -> Result<Download, Error> {
        let cloud = self.enter()?;
        let item = cloud
            .items
            .get(id)
            .filter(|i| i.state != MediaState::Purged);
        let item = item.ok_or_else(not_found)?;
        let bytes = cloud.blobs[&item.hash].clone();
        // `If-Range`: the range only while the content is still the one it is for.
        let partial = offset > 0 && item.hash == hash;
        if partial && offset >= bytes.len() as u64 {
            let message = format!("the file has {} bytes", bytes.len());
            return Err(refused(ErrorCode::RangeNotSatisfiable, &message));
        }
        let start = if partial { offset as usize } else { 0 };
        let piece = |at: usize| bytes.slice(at..(at + PIECE).min(bytes.len()));
        let pieces: Vec<Bytes> = (start..bytes.len()).step_by(PIECE).map(piece).collect();
        let this = self.clone();
        let body = futures_util::stream::iter(pieces.into_iter().enumerate())
            .map(move |(n, piece)| {
                // A cloud that goes away breaks off what it was sending.
                let away = n > 0 && this.enter().is_err();
                if away {
                    Err(unreachable("the connection broke off"))
                } else {
                    Ok(piece)
                }
            })
            .boxed();
        Ok(Download { partial, body })
    }
}

/// Announces `bytes` at `path`, as the engine would (for scripts of calls to a [`Remote`]).
pub fn announce(path: &str, bytes: &[u8]) -> CreateUpload {
    CreateUpload {
        path: path.to_owned(),
        size: bytes.len() as u64,
        hash: blake3::hash(bytes).to_hex().to_string(),
        modified_at: Some(1_700_000_000_000),
        replaces: None,
        taken_at_fallback: None,
    }
}

/// `bytes` as an upload's body, in one piece.
pub fn body(bytes: &[u8]) -> UploadBody {
    futures_util::stream::iter([Ok(Bytes::copy_from_slice(bytes))]).boxed()
}

/// Writes a file as a person's program would, with a modification time in the past (each one
/// distinct, so that an edit is always seen as one and a new file counts as finished at once).
pub fn put(path: &std::path::Path, bytes: &[u8]) {
    static MTIME: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    std::fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
    std::fs::write(path, bytes).expect("written");
    let n = MTIME.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let when = std::time::SystemTime::now() - Duration::from_secs(3600) + Duration::from_millis(n);
    std::fs::File::options()
        .write(true)
        .open(path)
        .expect("open")
        .set_modified(when)
        .expect("mtime");
}

/// The seeds a simulation runs: `SKYFOLIO_SIM_SEED=N` replays one, `SKYFOLIO_SIM_SEEDS=A..B`
/// runs those from A up to B (excluded), otherwise `default`.
pub fn seeds(default: std::ops::Range<u64>) -> std::ops::Range<u64> {
    if let Some(seed) = std::env::var("SKYFOLIO_SIM_SEED")
        .ok()
        .and_then(|s| s.trim().parse().ok())
    {
        return seed..seed + 1;
    }
    if let Ok(range) = std::env::var("SKYFOLIO_SIM_SEEDS") {
        let parsed = range
            .split_once("..")
            .and_then(|(a, b)| Some(a.trim().parse().ok()?..b.trim().parse().ok()?));
        return parsed.unwrap_or_else(|| panic!("SKYFOLIO_SIM_SEEDS={range:?}: write it as A..B"));
    }
    default
}

/// Plays every seed of a simulation, two per core at once, each on a runtime's worker of its
/// own, and fails naming every seed that panicked (with the first line of its panic). `play`
/// answers whether the seed tested something (photos reached the cloud amid its failures):
/// nine runs in ten must, or the simulation has stopped simulating.
pub fn play_seeds<F, Fut>(seeds: std::ops::Range<u64>, play: F)
where
    F: Fn(u64) -> Fut,
    Fut: std::future::Future<Output = bool> + Send + 'static,
{
    let cores = std::thread::available_parallelism().map_or(2, usize::from);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(cores)
        .enable_all()
        .build()
        .expect("a runtime");
    let (failed, tested) = runtime.block_on(async {
        let at_once = Arc::new(tokio::sync::Semaphore::new(cores * 2));
        let mut runs = tokio::task::JoinSet::new();
        for seed in seeds.clone() {
            let permit = at_once.clone().acquire_owned().await.expect("open");
            let run = tokio::spawn(play(seed));
            runs.spawn(async move {
                let outcome = run.await;
                drop(permit);
                (seed, outcome)
            });
        }
        let mut failed = Vec::new();
        let mut tested = 0;
        while let Some(joined) = runs.join_next().await {
            let (seed, outcome) = joined.expect("a run");
            match outcome {
                Ok(true) => tested += 1,
                Ok(false) => {}
                Err(error) => {
                    let why = error
                        .try_into_panic()
                        .ok()
                        .and_then(|panic| {
                            panic
                                .downcast_ref::<String>()
                                .cloned()
                                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                        })
                        .unwrap_or_default();
                    failed.push((seed, why));
                }
            }
        }
        failed.sort();
        (failed, tested)
    });
    let count = usize::try_from(seeds.end - seeds.start).expect("a count");
    assert!(
        failed.is_empty(),
        "{} of {count} seeds failed (replay one with SKYFOLIO_SIM_SEED=N):\n{}",
        failed.len(),
        failed
            .iter()
            .map(|(seed, why)| format!("seed {seed}: {}", why.lines().next().unwrap_or("")))
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert!(
        count < 10 || tested * 10 >= count * 9,
        "photos reached the cloud amid the failures in only {tested} of {count} runs"
    );
}
