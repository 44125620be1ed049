//! A running server: its state, its start-up checks and its background work.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use skyfolio_protocol::{ThumbnailState, UploadId};
use tokio::net::TcpListener;

use crate::auth::Hashing;
use crate::config::Config;
use crate::error::Error;
use crate::notify::Notifier;
use crate::storage::{Listed, Storage};
use crate::store::Store;
use crate::throttle::Throttle;
use crate::thumbnails;
use crate::{Clock, SystemClock};

/// The most headers hyper parses in one request; the API's own limit
/// ([`Config::max_header_bytes`]) answers below it, in the one error shape.
pub const MAX_HEADERS: usize = 1000;

/// How long a client may take to send a request's headers.
pub const HEADER_READ_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// What every request handler shares.
pub(crate) type AppState = Arc<State>;

pub(crate) struct State {
    pub store: Store,
    pub storage: Arc<dyn Storage>,
    pub clock: Arc<dyn Clock>,
    pub config: Config,
    pub throttle: Throttle,
    /// Password checks, a bounded number at once.
    pub hashing: Hashing,
    pub notifier: Notifier,
    pub metrics: crate::metrics::Metrics,
    pub thumbnails: thumbnails::Queue,
    /// A hash of no password, verified against when an email has no account, so that unknown
    /// and known emails take the same time to refuse.
    pub dummy_hash: String,
    /// Full-size renditions being made, one at a time: each decodes a whole photo.
    pub renditions: tokio::sync::Semaphore,
    /// Uploads being written to, with the running hash of what they hold so far.
    pub uploads: Mutex<HashMap<UploadId, Arc<tokio::sync::Mutex<crate::api::UploadProgress>>>>,
}

impl State {
    /// Where stored objects are fetched to when they must be read as files.
    pub fn scratch(&self) -> std::path::PathBuf {
        self.config.data_dir.join("scratch")
    }

    /// Aborts the process at a named step of a commit when the configuration asks for it:
    /// the crash tests use it to stop the server between any two steps. Builds without the
    /// `crash-points` feature (every build people run) have no such step.
    #[cfg(feature = "crash-points")]
    pub fn crash_point(&self, step: &str) {
        if self.config.crash_at.as_deref() == Some(step) {
            tracing::error!("crashing at {step}, as configured");
            std::process::abort();
        }
    }

    #[cfg(not(feature = "crash-points"))]
    #[inline(always)]
    pub fn crash_point(&self, _step: &str) {}
}

/// A server, opened on its data folder, ready to serve.
#[derive(Clone)]
pub struct Server {
    state: AppState,
}

impl Server {
    /// Opens the data folder (creating it on first use), checks that the database and the
    /// stored files agree, and starts the background work.
    pub async fn open(config: Config) -> Result<Server, Error> {
        Server::open_with_clock(config, Arc::new(SystemClock)).await
    }

    pub async fn open_with_clock(config: Config, clock: Arc<dyn Clock>) -> Result<Server, Error> {
        Server::open_with_storage(config, clock, None).await
    }

    /// [`Server::open_with_clock`] on the given storage instead of the one `config` names
    /// (a store that fails on demand, in the fault tests).
    pub async fn open_with_storage(
        config: Config,
        clock: Arc<dyn Clock>,
        storage: Option<Arc<dyn crate::Storage>>,
    ) -> Result<Server, Error> {
        let io_error = |path: &std::path::Path| {
            let path = path.to_owned();
            move |source| Error::Io { path, source }
        };
        std::fs::create_dir_all(&config.data_dir).map_err(io_error(&config.data_dir))?;
        let files = match &config.storage {
            Some(url) => std::path::PathBuf::from(url),
            None => config.data_dir.join("files"),
        };
        let storage = match storage {
            Some(storage) => storage,
            None => crate::storage::open(config.storage.as_deref(), &config.data_dir)
                .map_err(io_error(&files))?,
        };
        storage.check().await.map_err(io_error(&files))?;
        let store = open_store(&config).await?;
        // Other processes may be writing to a shared database and store right now: what they
        // are in the middle of is young, and left alone.
        let grace = match config.reconcile_grace {
            Some(grace) => i64::try_from(grace.as_millis()).unwrap_or(i64::MAX),
            None if config.database.is_some() => SHARED_GRACE_MS,
            None => 0,
        };
        reconcile(&store, storage.as_ref(), clock.now_ms(), grace)
            .await
            .map_err(io_error(&files))?;
        let dummy_hash = dummy_hash().await?;
        let thumbnails = if config.thumbnail_workers {
            thumbnails::Queue::for_workers()
        } else {
            let queue = thumbnails::Queue::start(
                store.clone(),
                storage.clone(),
                config.data_dir.join("scratch"),
            );
            for blob in store.pending_thumbnails().await? {
                queue.push(blob);
            }
            queue
        };
        let permits = config.hashing_permits.unwrap_or_else(|| {
            let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
            crate::auth::hashing_permits(crate::auth::available_memory(), cores)
        });
        tracing::debug!("checking up to {permits} passwords at once");
        let hashing = Hashing::new(permits, config.hashing_wait);
        let state = Arc::new(State {
            store,
            storage,
            clock,
            config,
            throttle: Throttle::default(),
            hashing,
            notifier: Notifier::default(),
            metrics: crate::metrics::Metrics::default(),
            thumbnails,
            dummy_hash,
            renditions: tokio::sync::Semaphore::new(1),
            uploads: Mutex::new(HashMap::new()),
        });
        if let Some(pool) = state.store.postgres() {
            tokio::spawn(crate::notify::follow(pool.clone(), state.clone()));
        }
        let server = Server { state };
        let maintenance = server.clone();
        tokio::spawn(async move {
            let mut ticks = tokio::time::interval(maintenance.state.config.maintenance_interval);
            loop {
                ticks.tick().await;
                if let Err(error) = maintenance.run_maintenance().await {
                    tracing::warn!("maintenance failed: {error}");
                }
            }
        });
        Ok(server)
    }

    /// The HTTP application.
    pub fn router(&self) -> axum::Router {
        crate::api::router(self.state.clone())
    }

    /// The OpenAPI document of the API.
    pub fn openapi(&self) -> utoipa::openapi::OpenApi {
        crate::api::openapi()
    }

    /// Serves on `listener` until the process ends or the future is dropped (which ends every
    /// connection with it). Each connection gets at most
    /// [`MAX_HEADERS`] headers and [`HEADER_READ_TIMEOUT`] to send them, so a client that
    /// trickles headers cannot hold a connection open for ever.
    pub async fn serve(&self, listener: TcpListener) -> std::io::Result<()> {
        Server::serve_app(listener, self.router()).await
    }

    /// Serves `app` (this server's [`router`](Server::router), perhaps with more routes) on
    /// `listener` with the same limits as [`serve`](Server::serve).
    pub async fn serve_app(listener: TcpListener, app: axum::Router) -> std::io::Result<()> {
        use tower::ServiceExt;
        // Connections belong to this future: when it is dropped, they end with it.
        let mut connections = tokio::task::JoinSet::new();
        loop {
            while connections.try_join_next().is_some() {}
            let (stream, remote) = match listener.accept().await {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of file descriptors, say: wait a moment rather than spin.
                    tracing::warn!("cannot accept a connection: {error}");
                    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                    continue;
                }
            };
            let _ = stream.set_nodelay(true);
            let app = app.clone();
            let service = hyper::service::service_fn(
                move |mut request: hyper::Request<hyper::body::Incoming>| {
                    request
                        .extensions_mut()
                        .insert(axum::extract::ConnectInfo(remote));
                    app.clone().oneshot(request)
                },
            );
            connections.spawn(async move {
                let connection = hyper::server::conn::http1::Builder::new()
                    .timer(hyper_util::rt::TokioTimer::new())
                    .header_read_timeout(HEADER_READ_TIMEOUT)
                    .max_headers(MAX_HEADERS)
                    .serve_connection(
                        hyper_util::rt::TokioIo::new(crate::connection::Connection::new(stream)),
                        service,
                    );
                if let Err(error) = connection.await {
                    tracing::debug!("connection from {remote} ended: {error}");
                }
            });
        }
    }

    /// Serves `/metrics` alone on `listener`, for an address only the operator reaches
    /// (`--metrics-listen`), until the future is dropped.
    pub async fn serve_metrics(&self, listener: TcpListener) -> std::io::Result<()> {
        let app = crate::metrics::router(self.state.clone());
        axum::serve(listener, app).await
    }

    /// Purges items trashed longer ago than the retention, and drops uploads that expired.
    /// Runs on its own every `maintenance_interval`; callable at will.
    pub async fn run_maintenance(&self) -> Result<(), Error> {
        let state = &self.state;
        let now = state.clock.now_ms();
        let retention = i64::try_from(state.config.trash_retention.as_millis()).unwrap_or(i64::MAX);
        for (user_id, id) in state
            .store
            .trashed_before(now.saturating_sub(retention))
            .await?
        {
            crate::api::purge(state, &user_id, &id)
                .await
                .map_err(|e| Error::Invalid(e.message))?;
        }
        let io_error = |source| Error::Io {
            path: state.config.data_dir.join("files"),
            source,
        };
        for Listed { key, .. } in state.storage.list(ORPHANS).await.map_err(io_error)? {
            // `orphans/<ms>/<key>`, or `orphans/<ms>-<key with dashes>` as kept before.
            let set_aside = key
                .strip_prefix(ORPHANS)
                .and_then(|name| name.trim_start_matches('/').split(['/', '-']).next())
                .and_then(|ms| ms.parse::<i64>().ok());
            if set_aside.is_some_and(|ms| ms <= now.saturating_sub(retention)) {
                state.storage.remove(&key).await.map_err(io_error)?;
            }
        }
        // Writes a process left half done in the store itself (multipart uploads never
        // completed): a write still going refreshes its marker well within the expiry.
        let expiry = i64::try_from(state.config.upload_expiry.as_millis()).unwrap_or(i64::MAX);
        state
            .storage
            .clean_up(now.saturating_sub(expiry))
            .await
            .map_err(io_error)?;
        let (scratch, idle) = (state.scratch(), state.config.upload_expiry);
        let swept =
            tokio::task::spawn_blocking(move || crate::storage::sweep_scratch(&scratch, idle))
                .await
                .map_err(std::io::Error::other)
                .and_then(|swept| swept);
        match swept {
            Ok(0) => {}
            Ok(removed) => tracing::info!("removed {removed} stale files from the scratch folder"),
            Err(error) => tracing::warn!("cannot sweep the scratch folder: {error}"),
        }
        state
            .store
            .forget_addresses_before(now.saturating_sub(crate::api::KNOWN_ADDRESS_MS))
            .await?;
        state.store.forget_pairings_before(now).await?;
        for upload in state.store.expired_uploads(now).await? {
            let progress = state
                .uploads
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .get(&upload.id)
                .cloned();
            // An upload receiving bytes right now is not abandoned, whatever its expiry says.
            let _writing = match &progress {
                Some(progress) => match progress.clone().try_lock_owned() {
                    Ok(guard) => Some(guard),
                    Err(_) => continue,
                },
                None => None,
            };
            if state
                .store
                .delete_upload(&upload.user_id, &upload.id)
                .await?
                && let Err(error) = state.storage.remove(&upload.storage_key).await
            {
                tracing::warn!("cannot remove {}: {error}", upload.storage_key);
            }
            state
                .uploads
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .remove(&upload.id);
        }
        Ok(())
    }

    /// Waits until every thumbnail queued so far is made.
    pub async fn thumbnails_idle(&self) {
        self.state.thumbnails.idle().await;
    }

    pub fn store(&self) -> &Store {
        &self.state.store
    }

    /// Makes thumbnails for what waits in the database, as a worker process beside the
    /// serving ones, until `stop` ends.
    pub async fn work(
        config: Config,
        stop: impl std::future::Future<Output = ()>,
    ) -> Result<(), Error> {
        let io_error = |source| Error::Io {
            path: config.data_dir.clone(),
            source,
        };
        let storage =
            crate::storage::open(config.storage.as_deref(), &config.data_dir).map_err(io_error)?;
        storage.check().await.map_err(io_error)?;
        let store = open_store(&config).await?;
        let clock = SystemClock;
        thumbnails::work(
            store.clone(),
            storage,
            config.data_dir.join("scratch"),
            || clock.now_ms(),
            stop,
        )
        .await?;
        store.close().await;
        Ok(())
    }

    /// Where this server keeps its bytes.
    pub fn storage(&self) -> &Arc<dyn Storage> {
        &self.state.storage
    }
}

/// Where stored files that no row knows wait, as `<ms since the epoch>/<key>`, until the
/// trash retention has passed.
const ORPHANS: &str = "orphans";

/// The database `config` names: PostgreSQL, or the data folder's SQLite file.
async fn open_store(config: &Config) -> Result<Store, Error> {
    match &config.database {
        Some(url) => Store::open(url).await,
        None => Store::open_sqlite(&config.data_dir.join("skyfolio-server.db")).await,
    }
}

/// How old an object no row knows must be before a process sharing its database and store
/// with others takes it for the remainder of a crash: younger, it may be another process's
/// commit or upload under way.
const SHARED_GRACE_MS: i64 = 15 * 60 * 1000;

/// Brings the database and the stored files back into agreement after a crash: a file no row
/// knows is the remainder of an interrupted commit or purge and is set aside; an upload whose
/// staged bytes are gone is forgotten (its client starts over); an upload's offset is what its
/// file holds. Objects written less than `grace_ms` ago are left alone.
async fn reconcile(
    store: &Store,
    storage: &dyn Storage,
    now: i64,
    grace_ms: i64,
) -> std::io::Result<()> {
    let db = |e: sqlx::Error| std::io::Error::other(e);
    let settled =
        |listed: &Listed| grace_ms == 0 || listed.modified_ms <= now.saturating_sub(grace_ms);
    for key in store.drop_unreferenced_blobs().await.map_err(db)? {
        storage.remove(&key).await?;
    }
    if grace_ms == 0 {
        // Alone on the database: a claim on an upload is what a stopped process left.
        store.release_all_uploads().await.map_err(db)?;
    }
    let blobs = store.all_blobs().await.map_err(db)?;
    let known: std::collections::HashSet<&str> =
        blobs.iter().map(|b| b.storage_key.as_str()).collect();
    for listed in storage.list("blobs").await? {
        let key = &listed.key;
        if !known.contains(key.as_str()) && settled(&listed) {
            // Most likely the rest of an interrupted commit (its client sends it again) or
            // purge; but a database restored from an old backup looks the same, so the bytes
            // are set aside rather than deleted, and go only after the trash retention.
            let aside = format!("{ORPHANS}/{now}/{key}");
            tracing::warn!("{key}: no item refers to it; set aside as {aside}");
            storage.promote(key, &aside).await?;
        }
    }
    let thumbnails_known: std::collections::HashSet<String> = blobs
        .iter()
        .flat_map(|b| thumbnails::derived_keys(&b.storage_key))
        .collect();
    for listed in storage.list("thumbs").await? {
        if !thumbnails_known.contains(&listed.key) && settled(&listed) {
            storage.remove(&listed.key).await?;
        }
    }
    for blob in &blobs {
        if storage.len(&blob.storage_key).await.ok() != Some(blob.size) {
            tracing::error!(
                "{} of {} is missing or damaged in storage",
                blob.hash,
                blob.user_id
            );
        }
        if blob.thumbnails == "ready" {
            // Thumbnails are written without a sync: after a crash one may be missing or
            // empty, and is made again.
            let mut present = true;
            for size in thumbnails::SIZES {
                let key = thumbnails::key(&blob.storage_key, size);
                present &= storage.len(&key).await.is_ok_and(|len| len > 0);
            }
            if !present {
                store
                    .set_thumbnails(blob, ThumbnailState::Pending)
                    .await
                    .map_err(db)?;
            }
        }
    }
    let uploads = store.all_uploads().await.map_err(db)?;
    let staged: std::collections::HashSet<&str> =
        uploads.iter().map(|u| u.storage_key.as_str()).collect();
    for listed in storage.list("staging").await? {
        if !staged.contains(listed.key.as_str()) && settled(&listed) {
            storage.remove(&listed.key).await?;
        }
    }
    if grace_ms > 0 {
        // Uploads in progress may be another process's, being written right now; their
        // offsets are kept by the requests that write them, and expired ones go at the
        // maintenance.
        return Ok(());
    }
    for upload in &uploads {
        match storage.len(&upload.storage_key).await {
            Ok(len) if len == upload.offset => {}
            // Bytes that arrived before the stop but were not counted yet: the client goes on
            // after them. Should any be damaged, the whole-file hash at the commit says so.
            Ok(len) if len > upload.offset && len <= upload.size => store
                .set_upload_offset(&upload.id, len, upload.expires_at)
                .await
                .map_err(db)?,
            Ok(len) if len > upload.offset => store
                .set_upload_offset(&upload.id, 0, upload.expires_at)
                .await
                .map_err(db)?,
            Ok(len) => store
                .set_upload_offset(&upload.id, len, upload.expires_at)
                .await
                .map_err(db)?,
            Err(_) => {
                store
                    .delete_upload(&upload.user_id, &upload.id)
                    .await
                    .map_err(db)?;
            }
        }
    }
    Ok(())
}

/// The hash unknown emails are checked against: the same work as a real password. Made once
/// per process, not at every start (tests and restarts open many servers).
async fn dummy_hash() -> Result<String, Error> {
    static DUMMY: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
    DUMMY
        .get_or_try_init(|| async {
            tokio::task::spawn_blocking(|| {
                crate::auth::hash_password(&crate::store::new_id()).map_err(Error::Password)
            })
            .await
            .map_err(|e| Error::Invalid(e.to_string()))?
        })
        .await
        .cloned()
}
