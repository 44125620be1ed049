//! Thumbnails the server makes for every item, so that a device can show what it has not
//! downloaded. Made in the background after the upload's commit, one at a time at most per
//! core, at the lowest priority, with `skyfolio-media`; and at once, at normal priority, for a
//! thumbnail someone asks for before its turn came (after a bulk upload of 100,000 photos the
//! first screen must not wait for the queue to reach them).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use skyfolio_media::{ThumbSize, Thumbnail};
use skyfolio_protocol::ThumbnailState;
use tokio::sync::{Semaphore, mpsc, watch};

use crate::storage::{LocalCopy, Storage, local_copy};
use crate::store::{BlobRow, Store};

/// The sizes the server makes, by longest side.
pub const SIZES: [ThumbSize; 2] = [ThumbSize::Grid, ThumbSize::Viewer];

/// Where the thumbnail of the stored file `storage_key` is kept: beside it under `thumbs/`,
/// so that thumbnails belong to one stored file as the file belongs to one blob row, and
/// removing one generation of a content never touches the next.
pub fn key(storage_key: &str, size: ThumbSize) -> String {
    let stem = storage_key.strip_prefix("blobs/").unwrap_or(storage_key);
    format!("thumbs/{stem}-{}.jpg", size.pixels())
}

/// Where the full-size JPEG of the stored photo `storage_key` is kept once someone asked for
/// it (see `GET /api/v1/media/{id}/rendition`).
pub fn rendition_key(storage_key: &str) -> String {
    let stem = storage_key.strip_prefix("blobs/").unwrap_or(storage_key);
    format!("thumbs/{stem}-full.jpg")
}

/// Every picture made from the stored file `storage_key`, made yet or not: they go with it.
pub fn derived_keys(storage_key: &str) -> [String; 3] {
    [
        key(storage_key, ThumbSize::Grid),
        key(storage_key, ThumbSize::Viewer),
        rendition_key(storage_key),
    ]
}

/// Local copies of files the queue holds on to at most (each a whole photo or video in the
/// scratch folder): past that, a job fetches its file when its turn comes.
const HELD_COPIES: usize = 16;

/// A file waiting for thumbnails, and a local copy of it when the upload left one.
struct Job {
    blob: BlobRow,
    copy: Option<LocalCopy>,
}

/// The queue of content waiting for thumbnails.
#[derive(Clone)]
pub struct Queue {
    sender: mpsc::UnboundedSender<Job>,
    /// How many jobs are queued or running.
    pending: watch::Sender<usize>,
    /// None when worker processes make every thumbnail: then a request waits like the rest.
    on_demand: Option<Arc<OnDemand>>,
}

/// Thumbnails made because someone asked for them: each stored file once, however many ask
/// at the same moment, and as many files at once as there are cores.
struct OnDemand {
    making: Mutex<HashMap<String, Arc<tokio::sync::OnceCell<ThumbnailState>>>>,
    permits: Semaphore,
}

impl OnDemand {
    fn new() -> Arc<OnDemand> {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        Arc::new(OnDemand {
            making: Mutex::new(HashMap::new()),
            permits: Semaphore::new(cores),
        })
    }
}

impl Queue {
    /// Starts the workers; content kept remotely is fetched into `scratch` to be read.
    pub fn start(store: Store, storage: Arc<dyn Storage>, scratch: PathBuf) -> Queue {
        let (sender, mut receiver) = mpsc::unbounded_channel::<Job>();
        let (pending, _) = watch::channel(0usize);
        let queue = Queue {
            sender,
            pending: pending.clone(),
            on_demand: Some(OnDemand::new()),
        };
        let workers = std::thread::available_parallelism().map_or(1, |n| n.get().div_ceil(2));
        let permits = Arc::new(Semaphore::new(workers));
        tokio::spawn(async move {
            while let Some(Job { blob, copy }) = receiver.recv().await {
                let Ok(permit) = permits.clone().acquire_owned().await else {
                    break;
                };
                let (store, storage, pending) = (store.clone(), storage.clone(), pending.clone());
                let scratch = scratch.clone();
                tokio::spawn(async move {
                    // Someone may have asked for these meanwhile, and had them made.
                    if still_pending(&store, &blob).await {
                        make(
                            &store,
                            storage.as_ref(),
                            &scratch,
                            &blob,
                            copy,
                            Priority::Low,
                        )
                        .await;
                    }
                    drop(permit);
                    pending.send_modify(|n| *n = n.saturating_sub(1));
                });
            }
        });
        queue
    }

    /// A queue that makes nothing here: the files wait in the database for worker processes
    /// (`skyfolio-server worker`).
    pub fn for_workers() -> Queue {
        let (sender, _) = mpsc::unbounded_channel::<Job>();
        let (pending, _) = watch::channel(0usize);
        Queue {
            sender,
            pending,
            on_demand: None,
        }
    }

    /// Makes the thumbnails of `blob` now, for someone waiting for them, unless they are made
    /// already; answers what became of them. A request that finds the same file being made
    /// waits for that instead of making it twice. Where worker processes make thumbnails,
    /// this process makes none and answers `Pending`.
    pub async fn make_now(
        &self,
        store: &Store,
        storage: &dyn Storage,
        scratch: &Path,
        blob: &BlobRow,
    ) -> ThumbnailState {
        let Some(on_demand) = &self.on_demand else {
            return ThumbnailState::Pending;
        };
        let cell = on_demand
            .making
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .entry(blob.storage_key.clone())
            .or_default()
            .clone();
        let state = *cell
            .get_or_init(|| async {
                let Ok(_turn) = on_demand.permits.acquire().await else {
                    return ThumbnailState::Pending;
                };
                // The background queue may have made them while this request waited.
                match store.blob(&blob.user_id, &blob.hash).await {
                    Ok(Some(now)) if now.storage_key == blob.storage_key => {
                        let state = now.thumbnail_state();
                        if state != ThumbnailState::Pending {
                            return state;
                        }
                    }
                    Ok(_) => return ThumbnailState::Pending,
                    Err(error) => {
                        tracing::warn!("cannot read {}: {error}", blob.hash);
                        return ThumbnailState::Pending;
                    }
                }
                make(store, storage, scratch, blob, None, Priority::Normal).await
            })
            .await;
        on_demand
            .making
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .remove(&blob.storage_key);
        state
    }

    pub fn push(&self, blob: BlobRow) {
        self.push_with(blob, None);
    }

    /// Queues a file whose bytes are at hand in `copy`, so that they need not be fetched again
    /// (when the queue is short enough to hold on to them).
    pub fn push_with(&self, blob: BlobRow, copy: Option<LocalCopy>) {
        let mut held = false;
        self.pending.send_modify(|n| {
            held = *n < HELD_COPIES;
            *n += 1;
        });
        let copy = copy.filter(|_| held);
        if self.sender.send(Job { blob, copy }).is_err() {
            self.pending.send_modify(|n| *n = n.saturating_sub(1));
        }
    }

    /// Waits until every queued thumbnail is made.
    pub async fn idle(&self) {
        let mut pending = self.pending.subscribe();
        let _ = pending.wait_for(|n| *n == 0).await;
    }
}

/// How long a worker holds the files it took before another may take them.
const LEASE_MS: i64 = 10 * 60 * 1000;

/// How long an idle worker waits before it looks for work again.
const IDLE_WAIT: std::time::Duration = std::time::Duration::from_millis(500);

/// A worker process's loop: takes files waiting for thumbnails from the database, as many at
/// once as half the cores, makes them, and looks again; until `stop` ends.
pub async fn work(
    store: Store,
    storage: Arc<dyn Storage>,
    scratch: PathBuf,
    now: impl Fn() -> i64,
    stop: impl std::future::Future<Output = ()>,
) -> Result<(), sqlx::Error> {
    let batch = std::thread::available_parallelism().map_or(1, |n| n.get().div_ceil(2));
    let mut stop = std::pin::pin!(stop);
    loop {
        let at = now();
        let taken = store
            .claim_thumbnails(at, at + LEASE_MS, i64::try_from(batch).unwrap_or(1))
            .await?;
        if taken.is_empty() {
            tokio::select! {
                () = &mut stop => return Ok(()),
                () = tokio::time::sleep(IDLE_WAIT) => continue,
            }
        }
        tracing::debug!("making thumbnails of {} files", taken.len());
        let jobs = taken.iter().map(|blob| {
            make(
                &store,
                storage.as_ref(),
                &scratch,
                blob,
                None,
                Priority::Low,
            )
        });
        tokio::select! {
            () = &mut stop => return Ok(()),
            _ = futures_util::future::join_all(jobs) => {}
        }
    }
}

/// Whether the thumbnails of `blob` are still to be made (when the database cannot say, they
/// are made: making them twice does no harm).
async fn still_pending(store: &Store, blob: &BlobRow) -> bool {
    match store.blob(&blob.user_id, &blob.hash).await {
        Ok(Some(now)) => {
            now.storage_key != blob.storage_key || now.thumbnail_state() == ThumbnailState::Pending
        }
        Ok(None) => false,
        Err(_) => true,
    }
}

/// Who waits for a thumbnail: nobody yet (the background's lowest priority), or a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Priority {
    Low,
    Normal,
}

/// Makes and keeps the thumbnails of `blob`, and records and answers what became of them
/// (`Pending` when they could not be kept: they are tried again later).
async fn make(
    store: &Store,
    storage: &dyn Storage,
    scratch: &Path,
    blob: &BlobRow,
    copy: Option<LocalCopy>,
    priority: Priority,
) -> ThumbnailState {
    let state = match render(storage, scratch, blob, copy, priority).await {
        Ok(made) => {
            let mut state = ThumbnailState::None;
            for (size, thumbnail) in SIZES.into_iter().zip(made) {
                if let Thumbnail::Jpeg(jpeg) = thumbnail {
                    let key = key(&blob.storage_key, size);
                    match storage.put(&key, Bytes::from(jpeg)).await {
                        Ok(()) => state = ThumbnailState::Ready,
                        Err(error) => {
                            tracing::warn!("cannot store thumbnail {key}: {error}");
                            return ThumbnailState::Pending;
                        }
                    }
                }
            }
            state
        }
        Err(message) => {
            tracing::info!("no thumbnail for {}: {message}", blob.hash);
            ThumbnailState::None
        }
    };
    if let Err(error) = store.set_thumbnails(blob, state).await {
        tracing::warn!("cannot record thumbnails of {}: {error}", blob.hash);
        return ThumbnailState::Pending;
    }
    state
}

/// Threads for thumbnail work at the lowest priority: uploads and downloads come first, and
/// thumbnails fill the time the processors would otherwise be idle.
fn low_priority_pool() -> &'static rayon::ThreadPool {
    static POOL: std::sync::OnceLock<rayon::ThreadPool> = std::sync::OnceLock::new();
    POOL.get_or_init(|| {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get().div_ceil(2));
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("thumbnails-{i}"))
            .start_handler(|_| {
                if let Err(error) = skyfolio_media::lower_this_thread() {
                    tracing::debug!("thumbnail threads stay at normal priority: {error}");
                }
            })
            .build()
            .unwrap_or_else(|_| {
                rayon::ThreadPoolBuilder::new()
                    .num_threads(1)
                    .build()
                    .unwrap_or_else(|error| panic!("no thread for thumbnails: {error}"))
            })
    })
}

async fn render(
    storage: &dyn Storage,
    scratch: &Path,
    blob: &BlobRow,
    copy: Option<LocalCopy>,
    priority: Priority,
) -> Result<Vec<Thumbnail>, String> {
    let copy = match copy {
        Some(copy) => copy,
        None => local_copy(storage, &blob.storage_key, scratch)
            .await
            .map_err(|e| format!("cannot read the stored file: {e}"))?,
    };
    let made = match priority {
        Priority::Low => {
            let (sender, receiver) = tokio::sync::oneshot::channel();
            low_priority_pool().spawn(move || {
                let _ = sender.send(skyfolio_media::thumbnails(copy.path(), &SIZES));
            });
            receiver.await.ok()
        }
        Priority::Normal => {
            tokio::task::spawn_blocking(move || skyfolio_media::thumbnails(copy.path(), &SIZES))
                .await
                .ok()
        }
    };
    made.ok_or_else(|| "the thumbnail job ended early".to_owned())?
        .map_err(|e| e.message())
}
