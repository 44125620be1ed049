//! The sync state: one SQLite file beside the library's index (`sync.db`), holding the
//! account, the mirror of the cloud, the merge base of every folder, the transfer journal and
//! the settings. Every statement sync runs against it is in this module, one file per concern.

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use skyfolio_library::FolderId;
use skyfolio_media::ContentHash;
use skyfolio_protocol::{DeviceId, MediaId, MediaItem, MediaKind, MediaState, UploadId};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, SqlitePool};

use crate::Error;

mod account;
mod folders;
mod journal;
mod merge_base;
mod mirror;
mod settings;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// The account this computer is signed in to (the token itself is kept apart).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountRow {
    pub server: String,
    pub email: String,
    pub device_id: DeviceId,
    pub device_name: String,
    pub token_store: TokenStore,
    pub signed_in_at: i64,
}

/// Where the device token lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenStore {
    Keychain,
    File,
}

impl TokenStore {
    pub fn as_str(self) -> &'static str {
        match self {
            TokenStore::Keychain => "keychain",
            TokenStore::File => "file",
        }
    }
}

/// A cloud item as the mirror holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemoteRow {
    pub id: MediaId,
    pub path: String,
    pub hash: ContentHash,
    pub kind: MediaKind,
    pub trashed: bool,
    pub size: u64,
    pub taken_at: Option<String>,
    pub sort_time: i64,
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub duration_ms: Option<u64>,
    pub thumbnails_ready: bool,
    pub trashed_at: Option<i64>,
}

/// Which way a transfer goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

impl Direction {
    fn as_str(self) -> &'static str {
        match self {
            Direction::Up => "up",
            Direction::Down => "down",
        }
    }
}

/// A transfer in the journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transfer {
    pub folder_id: FolderId,
    pub key: String,
    pub direction: Direction,
    pub hash: ContentHash,
    pub size: u64,
    pub local_path: PathBuf,
    pub upload_id: Option<UploadId>,
    pub remote_id: Option<MediaId>,
    pub bytes_done: u64,
    pub attempts: u32,
    pub next_try_at: i64,
    pub error_code: Option<String>,
    pub error_message: Option<String>,
}

fn hash_of(bytes: Vec<u8>) -> Result<ContentHash, sqlx::Error> {
    <[u8; 32]>::try_from(bytes)
        .map(ContentHash::from_bytes)
        .map_err(|_| sqlx::Error::Decode("a content hash is 32 bytes".into()))
}

/// Parses the server's lowercase hex hash.
pub fn parse_hash(hex: &str) -> Option<ContentHash> {
    let hash = blake3::Hash::from_hex(hex).ok()?;
    Some(ContentHash::from(hash))
}

fn kind_str(kind: MediaKind) -> &'static str {
    match kind {
        MediaKind::Photo => "photo",
        MediaKind::Video => "video",
        MediaKind::Other => "other",
    }
}

fn kind_from(text: &str) -> MediaKind {
    match text {
        "photo" => MediaKind::Photo,
        "video" => MediaKind::Video,
        _ => MediaKind::Other,
    }
}

const REMOTE_COLUMNS: &str = "id, path, hash, kind, state, size, taken_at, sort_time, width, \
                              height, duration_ms, thumbnails, trashed_at";

fn remote_row(row: &sqlx::sqlite::SqliteRow) -> Result<RemoteRow, sqlx::Error> {
    let dimension = |name: &str| -> Result<Option<u32>, sqlx::Error> {
        Ok(row
            .try_get::<Option<i64>, _>(name)?
            .and_then(|v| u32::try_from(v).ok()))
    };
    Ok(RemoteRow {
        id: row.try_get("id")?,
        path: row.try_get("path")?,
        hash: hash_of(row.try_get("hash")?)?,
        kind: kind_from(&row.try_get::<String, _>("kind")?),
        trashed: row.try_get::<String, _>("state")? == "trashed",
        size: u64::try_from(row.try_get::<i64, _>("size")?).unwrap_or(0),
        taken_at: row.try_get("taken_at")?,
        sort_time: row.try_get("sort_time")?,
        width: dimension("width")?,
        height: dimension("height")?,
        duration_ms: row
            .try_get::<Option<i64>, _>("duration_ms")?
            .and_then(|v| u64::try_from(v).ok()),
        thumbnails_ready: row.try_get::<String, _>("thumbnails")? == "ready",
        trashed_at: row.try_get("trashed_at")?,
    })
}

const TRANSFER_COLUMNS: &str = "folder_id, key, direction, hash, size, local_path, upload_id, \
                                remote_id, bytes_done, attempts, next_try_at, error_code, \
                                error_message";

fn transfer_row(row: &sqlx::sqlite::SqliteRow) -> Result<Transfer, sqlx::Error> {
    Ok(Transfer {
        folder_id: row.try_get("folder_id")?,
        key: row.try_get("key")?,
        direction: if row.try_get::<String, _>("direction")? == "up" {
            Direction::Up
        } else {
            Direction::Down
        },
        hash: hash_of(row.try_get("hash")?)?,
        size: u64::try_from(row.try_get::<i64, _>("size")?).unwrap_or(0),
        local_path: PathBuf::from(row.try_get::<String, _>("local_path")?),
        upload_id: row.try_get("upload_id")?,
        remote_id: row.try_get("remote_id")?,
        bytes_done: u64::try_from(row.try_get::<i64, _>("bytes_done")?).unwrap_or(0),
        attempts: u32::try_from(row.try_get::<i64, _>("attempts")?).unwrap_or(0),
        next_try_at: row.try_get("next_try_at")?,
        error_code: row.try_get("error_code")?,
        error_message: row.try_get("error_message")?,
    })
}

fn to_i64(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

/// The sync state of one home.
#[derive(Clone)]
pub struct State {
    pool: SqlitePool,
}

/// The sync state's file in a home's data folder.
const FILE: &str = "sync.db";

impl State {
    /// Whether `dir` holds a sync state already (nothing is created to find out).
    pub fn exists_in(dir: &Path) -> bool {
        dir.join(FILE).is_file()
    }

    /// Opens (creating when needed) `sync.db` in `dir`.
    pub async fn open(dir: &Path) -> Result<State, Error> {
        let path = dir.join(FILE);
        let open_error = |source| Error::Open {
            path: path.clone(),
            source,
        };
        std::fs::create_dir_all(dir).map_err(Error::io(dir, "cannot create the folder"))?;
        let options = SqliteConnectOptions::from_str("sqlite:")
            .map_err(open_error)?
            .filename(&path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // Everything here can be learned again (the feed replays, a lost agreement is
            // recorded again, a lost journal entry is an instant re-upload), so a power cut
            // may take the last transactions with it: survive crashes, skip the per-commit sync.
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(30));
        // One connection: sync writes little and often, and never waits on itself.
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            // A file on this computer: no ping before each query.
            .test_before_acquire(false)
            .connect_with(options)
            .await
            .map_err(open_error)?;
        MIGRATOR.run(&pool).await.map_err(|source| Error::Migrate {
            path: path.clone(),
            source,
        })?;
        Ok(State { pool })
    }

    /// A write transaction ([`skyfolio_library::begin_write`]): the app and the command line
    /// may both have this file open.
    async fn write(&self) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>, sqlx::Error> {
        skyfolio_library::begin_write(&self.pool).await
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

fn paused_setting(folder_id: FolderId) -> String {
    format!("folder-paused:{folder_id}")
}

async fn upsert_remote(
    tx: &mut sqlx::Transaction<'static, sqlx::Sqlite>,
    item: &MediaItem,
) -> Result<(), Error> {
    let Some(hash) = parse_hash(&item.hash) else {
        return Err(Error::Protocol {
            what: format!("item {} has the hash {:?}", item.id, item.hash),
        });
    };
    sqlx::query(
        "INSERT INTO remote (id, path, hash, kind, state, size, taken_at, sort_time, width, height,
                             duration_ms, thumbnails, created_at, trashed_at, seq)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
         ON CONFLICT (id) DO UPDATE SET path = excluded.path, hash = excluded.hash,
            kind = excluded.kind, state = excluded.state, size = excluded.size,
            taken_at = excluded.taken_at, sort_time = excluded.sort_time,
            width = excluded.width, height = excluded.height,
            duration_ms = excluded.duration_ms, thumbnails = excluded.thumbnails,
            created_at = excluded.created_at, trashed_at = excluded.trashed_at,
            seq = excluded.seq
         WHERE excluded.seq >= remote.seq",
    )
    .bind(&item.id)
    .bind(&item.path)
    .bind(hash.as_bytes().as_slice())
    .bind(kind_str(item.kind))
    .bind(if item.state == MediaState::Trashed {
        "trashed"
    } else {
        "active"
    })
    .bind(to_i64(item.size))
    .bind(&item.taken_at)
    .bind(item.sort_time)
    .bind(item.width.map(i64::from))
    .bind(item.height.map(i64::from))
    .bind(item.duration_ms.map(to_i64))
    .bind(match item.thumbnails {
        skyfolio_protocol::ThumbnailState::Ready => "ready",
        skyfolio_protocol::ThumbnailState::Pending => "pending",
        skyfolio_protocol::ThumbnailState::None => "none",
    })
    .bind(item.created_at)
    .bind(item.trashed_at)
    .bind(item.seq)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
