//! The sync state: one SQLite file beside the library's index (`sync.db`), holding the
//! account, the mirror of the cloud, the merge base of every folder, the transfer journal and
//! the settings. Every statement sync runs against it is here.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use skyfolio_media::ContentHash;
use skyfolio_protocol::{Change, MediaItem, MediaKind, MediaState};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, SqlitePool};

use crate::Error;
use crate::plan::Synced;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// The account this computer is signed in to (the token itself is kept apart).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountRow {
    pub server: String,
    pub email: String,
    pub device_id: String,
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
    pub id: String,
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
    pub folder_id: i64,
    pub key: String,
    pub direction: Direction,
    pub hash: ContentHash,
    pub size: u64,
    pub local_path: PathBuf,
    pub upload_id: Option<String>,
    pub remote_id: Option<String>,
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

    pub async fn close(&self) {
        self.pool.close().await;
    }

    // The account.

    pub async fn account(&self) -> Result<Option<AccountRow>, Error> {
        let row = sqlx::query(
            "SELECT server, email, device_id, device_name, token_store, signed_in_at
             FROM account WHERE id = 1",
        )
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        Ok(Some(AccountRow {
            server: row.try_get("server")?,
            email: row.try_get("email")?,
            device_id: row.try_get("device_id")?,
            device_name: row.try_get("device_name")?,
            token_store: if row.try_get::<String, _>("token_store")? == "keychain" {
                TokenStore::Keychain
            } else {
                TokenStore::File
            },
            signed_in_at: row.try_get("signed_in_at")?,
        }))
    }

    /// Records the account signed in to. Signing in to another server or account starts the
    /// mirror, the merge bases and the journal afresh: what was agreed with one cloud says
    /// nothing of another.
    pub async fn set_account(&self, account: &AccountRow) -> Result<(), Error> {
        let mut tx = self.pool.begin().await?;
        let previous: Option<(String, String)> =
            sqlx::query_as("SELECT server, email FROM account WHERE id = 1")
                .fetch_optional(&mut *tx)
                .await?;
        let same_cloud = previous.is_some_and(|(s, e)| s == account.server && e == account.email);
        if !same_cloud {
            for table in ["remote", "feed", "synced", "transfers"] {
                sqlx::query(&format!("DELETE FROM {table}"))
                    .execute(&mut *tx)
                    .await?;
            }
        }
        sqlx::query(
            "INSERT INTO account (id, server, email, device_id, device_name, token_store,
                                  signed_in_at)
             VALUES (1, $1, $2, $3, $4, $5, $6)
             ON CONFLICT (id) DO UPDATE SET server = excluded.server, email = excluded.email,
                device_id = excluded.device_id, device_name = excluded.device_name,
                token_store = excluded.token_store, signed_in_at = excluded.signed_in_at",
        )
        .bind(&account.server)
        .bind(&account.email)
        .bind(&account.device_id)
        .bind(&account.device_name)
        .bind(account.token_store.as_str())
        .bind(account.signed_in_at)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The same account, reached at another address (the local cloud on a new port): nothing
    /// is started afresh.
    pub async fn set_server_address(&self, server: &str) -> Result<(), Error> {
        sqlx::query("UPDATE account SET server = $1 WHERE id = 1")
            .bind(server)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Forgets the account (signing out). The mirror and the merge bases stay until another
    /// account signs in, so signing in again to the same one resumes where it was.
    pub async fn clear_account(&self) -> Result<(), Error> {
        sqlx::query("DELETE FROM account")
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    // The mirror of the cloud.

    pub async fn next_since(&self) -> Result<i64, Error> {
        let since: Option<i64> = sqlx::query_scalar("SELECT next_since FROM feed WHERE id = 1")
            .fetch_optional(&self.pool)
            .await?;
        Ok(since.unwrap_or(0))
    }

    /// Applies a page of the change feed: each change carries the item as it is now, so the
    /// mirror ends as the cloud is.
    pub async fn apply_changes(&self, changes: &[Change], next_since: i64) -> Result<(), Error> {
        let mut tx = self.pool.begin().await?;
        for change in changes {
            let item = &change.item;
            match item.state {
                MediaState::Purged => {
                    sqlx::query("DELETE FROM remote WHERE id = $1")
                        .bind(&item.id)
                        .execute(&mut *tx)
                        .await?;
                }
                MediaState::Active | MediaState::Trashed => upsert_remote(&mut tx, item).await?,
            }
        }
        sqlx::query(
            "INSERT INTO feed (id, next_since) VALUES (1, $1)
             ON CONFLICT (id) DO UPDATE SET next_since = excluded.next_since",
        )
        .bind(next_since)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Takes what the server answered about one item (an upload, a move) into the mirror at
    /// once, so the next plan need not wait for the feed.
    pub async fn note_item(&self, item: &MediaItem) -> Result<(), Error> {
        let mut tx = self.pool.begin().await?;
        if item.state == MediaState::Purged {
            sqlx::query("DELETE FROM remote WHERE id = $1")
                .bind(&item.id)
                .execute(&mut *tx)
                .await?;
        } else {
            upsert_remote(&mut tx, item).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The cloud's live items.
    pub async fn live_items(&self) -> Result<Vec<RemoteRow>, Error> {
        let rows = sqlx::query(&format!(
            "SELECT {REMOTE_COLUMNS} FROM remote WHERE state = 'active'"
        ))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(remote_row).collect::<Result<_, _>>()?)
    }

    pub async fn item(&self, id: &str) -> Result<Option<RemoteRow>, Error> {
        let row = sqlx::query(&format!(
            "SELECT {REMOTE_COLUMNS} FROM remote WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.as_ref().map(remote_row).transpose()?)
    }

    /// Live items whose path lies in `album` (the whole cloud for `""`).
    pub async fn live_items_in(&self, album: &str) -> Result<Vec<RemoteRow>, Error> {
        let rows = if album.is_empty() {
            sqlx::query(&format!(
                "SELECT {REMOTE_COLUMNS} FROM remote WHERE state = 'active' ORDER BY path"
            ))
            .fetch_all(&self.pool)
            .await?
        } else {
            // Every path under `album/`: from `album/` up to `album0` ('0' follows '/').
            sqlx::query(&format!(
                "SELECT {REMOTE_COLUMNS} FROM remote
                 WHERE state = 'active' AND path > $1 AND path < $2 ORDER BY path"
            ))
            .bind(format!("{album}/"))
            .bind(format!("{album}0"))
            .fetch_all(&self.pool)
            .await?
        };
        Ok(rows.iter().map(remote_row).collect::<Result<_, _>>()?)
    }

    /// Live photos and videos in the timeline's order after `after` (capture time, then hash,
    /// newest first), `kind` only when given.
    pub async fn timeline(
        &self,
        after: Option<(i64, ContentHash)>,
        limit: u32,
        kind: Option<MediaKind>,
    ) -> Result<Vec<RemoteRow>, Error> {
        let kinds: &[&str] = match kind {
            Some(MediaKind::Photo) => &["photo"],
            Some(MediaKind::Video) => &["video"],
            _ => &["photo", "video"],
        };
        let (time, hash) = after.map_or((i64::MAX, [0xffu8; 32].to_vec()), |(t, h)| {
            (t, h.as_bytes().to_vec())
        });
        let unbounded = after.is_none();
        let rows = sqlx::query(&format!(
            "SELECT {REMOTE_COLUMNS} FROM remote
             WHERE state = 'active' AND kind IN ($1, $2)
               AND ($3 OR sort_time < $4 OR (sort_time = $4 AND hash < $5))
             ORDER BY sort_time DESC, hash DESC LIMIT $6"
        ))
        .bind(kinds[0])
        .bind(kinds[kinds.len() - 1])
        .bind(unbounded)
        .bind(time)
        .bind(hash)
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(remote_row).collect::<Result<_, _>>()?)
    }

    /// Which of `hashes` the cloud holds live, with one item id for each.
    pub async fn live_ids_of(
        &self,
        hashes: &[ContentHash],
    ) -> Result<std::collections::HashMap<ContentHash, String>, Error> {
        let mut found = std::collections::HashMap::new();
        for chunk in hashes.chunks(400) {
            let placeholders = vec!["?"; chunk.len()].join(", ");
            let sql = format!(
                "SELECT hash, min(id) FROM remote WHERE state = 'active' AND hash IN ({placeholders})
                 GROUP BY hash"
            );
            let mut query = sqlx::query_as::<_, (Vec<u8>, String)>(&sql);
            for hash in chunk {
                query = query.bind(hash.as_bytes().as_slice());
            }
            for (hash, id) in query.fetch_all(&self.pool).await? {
                found.insert(hash_of(hash)?, id);
            }
        }
        Ok(found)
    }

    /// A live item with this content, if the cloud holds one.
    pub async fn live_item_with(&self, hash: ContentHash) -> Result<Option<RemoteRow>, Error> {
        let row = sqlx::query(&format!(
            "SELECT {REMOTE_COLUMNS} FROM remote WHERE state = 'active' AND hash = $1
             ORDER BY id LIMIT 1"
        ))
        .bind(hash.as_bytes().as_slice())
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.as_ref().map(remote_row).transpose()?)
    }

    /// Id, path, hash and kind of the live items in `album`: what planning needs, no more.
    pub async fn live_keys_in(
        &self,
        album: &str,
    ) -> Result<Vec<(String, String, ContentHash, MediaKind)>, Error> {
        let rows: Vec<(String, String, Vec<u8>, String)> = if album.is_empty() {
            sqlx::query_as("SELECT id, path, hash, kind FROM remote WHERE state = 'active'")
                .fetch_all(&self.pool)
                .await?
        } else {
            sqlx::query_as(
                "SELECT id, path, hash, kind FROM remote
                 WHERE state = 'active' AND path > $1 AND path < $2",
            )
            .bind(format!("{album}/"))
            .bind(format!("{album}0"))
            .fetch_all(&self.pool)
            .await?
        };
        rows.into_iter()
            .map(|(id, path, hash, kind)| Ok((id, path, hash_of(hash)?, kind_from(&kind))))
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Error::from)
    }

    /// Changes whenever the mirror does: how many items, the latest change among them, and how
    /// far the feed has been read (which only grows).
    pub async fn mirror_fingerprint(&self) -> Result<(i64, i64, i64), Error> {
        Ok(sqlx::query_as(
            "SELECT count(*), coalesce(max(seq), 0),
                    coalesce((SELECT next_since FROM feed WHERE id = 1), 0)
             FROM remote",
        )
        .fetch_one(&self.pool)
        .await?)
    }

    /// Changes whenever a folder's merge base does (well enough: it only changes by actions,
    /// which mark the folder as worth planning anyway).
    pub async fn synced_fingerprint(&self, folder_id: i64) -> Result<i64, Error> {
        Ok(
            sqlx::query_scalar("SELECT count(*) FROM synced WHERE folder_id = $1")
                .bind(folder_id)
                .fetch_one(&self.pool)
                .await?,
        )
    }

    // Folders and their albums.

    /// The album a folder mirrors, once it was set.
    pub async fn album(&self, folder_id: i64) -> Result<Option<String>, Error> {
        Ok(
            sqlx::query_scalar("SELECT album FROM links WHERE folder_id = $1")
                .bind(folder_id)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    pub async fn set_album(&self, folder_id: i64, album: &str) -> Result<(), Error> {
        sqlx::query(
            "INSERT INTO links (folder_id, album) VALUES ($1, $2)
             ON CONFLICT (folder_id) DO UPDATE SET album = excluded.album",
        )
        .bind(folder_id)
        .bind(album)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Forgets everything about a folder that is no longer in the library.
    pub async fn forget_folder(&self, folder_id: i64) -> Result<(), Error> {
        let mut tx = self.pool.begin().await?;
        for table in ["links", "synced", "transfers"] {
            sqlx::query(&format!("DELETE FROM {table} WHERE folder_id = $1"))
                .bind(folder_id)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query("DELETE FROM settings WHERE name = $1")
            .bind(paused_setting(folder_id))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Whether someone paused this folder's sync.
    pub async fn folder_paused(&self, folder_id: i64) -> Result<bool, Error> {
        Ok(self.setting(&paused_setting(folder_id)).await?.as_deref() == Some("1"))
    }

    pub async fn set_folder_paused(&self, folder_id: i64, paused: bool) -> Result<(), Error> {
        self.set_setting(&paused_setting(folder_id), if paused { "1" } else { "0" })
            .await
    }

    // The merge base.

    pub async fn synced(&self, folder_id: i64) -> Result<BTreeMap<String, Synced>, Error> {
        let rows: Vec<(String, Vec<u8>, String)> =
            sqlx::query_as("SELECT key, hash, remote_id FROM synced WHERE folder_id = $1")
                .bind(folder_id)
                .fetch_all(&self.pool)
                .await?;
        let mut synced = BTreeMap::new();
        for (key, hash, remote_id) in rows {
            synced.insert(
                key,
                Synced {
                    hash: hash_of(hash)?,
                    remote_id,
                },
            );
        }
        Ok(synced)
    }

    pub async fn synced_count(&self) -> Result<i64, Error> {
        Ok(sqlx::query_scalar("SELECT count(*) FROM synced")
            .fetch_one(&self.pool)
            .await?)
    }

    pub async fn record_synced(
        &self,
        folder_id: i64,
        key: &str,
        hash: ContentHash,
        remote_id: &str,
    ) -> Result<(), Error> {
        sqlx::query(
            "INSERT INTO synced (folder_id, key, hash, remote_id) VALUES ($1, $2, $3, $4)
             ON CONFLICT (folder_id, key) DO UPDATE SET hash = excluded.hash,
                remote_id = excluded.remote_id",
        )
        .bind(folder_id)
        .bind(key)
        .bind(hash.as_bytes().as_slice())
        .bind(remote_id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Records many agreements in one transaction.
    pub async fn record_synced_many(
        &self,
        folder_id: i64,
        rows: &[(String, ContentHash, String)],
    ) -> Result<(), Error> {
        let mut tx = self.pool.begin().await?;
        for (key, hash, remote_id) in rows {
            sqlx::query(
                "INSERT INTO synced (folder_id, key, hash, remote_id) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (folder_id, key) DO UPDATE SET hash = excluded.hash,
                    remote_id = excluded.remote_id",
            )
            .bind(folder_id)
            .bind(key)
            .bind(hash.as_bytes().as_slice())
            .bind(remote_id)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub async fn forget_synced(&self, folder_id: i64, key: &str) -> Result<(), Error> {
        sqlx::query("DELETE FROM synced WHERE folder_id = $1 AND key = $2")
            .bind(folder_id)
            .bind(key)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Moves a merge base from one key to another, in one step.
    pub async fn move_synced(
        &self,
        folder_id: i64,
        from: &str,
        to: &str,
        hash: ContentHash,
        remote_id: &str,
    ) -> Result<(), Error> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM synced WHERE folder_id = $1 AND key = $2")
            .bind(folder_id)
            .bind(from)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO synced (folder_id, key, hash, remote_id) VALUES ($1, $2, $3, $4)
             ON CONFLICT (folder_id, key) DO UPDATE SET hash = excluded.hash,
                remote_id = excluded.remote_id",
        )
        .bind(folder_id)
        .bind(to)
        .bind(hash.as_bytes().as_slice())
        .bind(remote_id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    // The transfer journal.

    pub async fn transfer(
        &self,
        folder_id: i64,
        key: &str,
        direction: Direction,
    ) -> Result<Option<Transfer>, Error> {
        let row = sqlx::query(&format!(
            "SELECT {TRANSFER_COLUMNS} FROM transfers
             WHERE folder_id = $1 AND key = $2 AND direction = $3"
        ))
        .bind(folder_id)
        .bind(key)
        .bind(direction.as_str())
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.as_ref().map(transfer_row).transpose()?)
    }

    pub async fn transfers(&self) -> Result<Vec<Transfer>, Error> {
        let rows = sqlx::query(&format!(
            "SELECT {TRANSFER_COLUMNS} FROM transfers ORDER BY folder_id, key"
        ))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(transfer_row).collect::<Result<_, _>>()?)
    }

    /// Writes a transfer's row as it now stands.
    pub async fn save_transfer(&self, transfer: &Transfer, now: i64) -> Result<(), Error> {
        sqlx::query(
            "INSERT INTO transfers (folder_id, key, direction, hash, size, local_path, upload_id,
                                    remote_id, bytes_done, attempts, next_try_at, error_code,
                                    error_message, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
             ON CONFLICT (folder_id, key, direction) DO UPDATE SET hash = excluded.hash,
                size = excluded.size, local_path = excluded.local_path,
                upload_id = excluded.upload_id, remote_id = excluded.remote_id,
                bytes_done = excluded.bytes_done, attempts = excluded.attempts,
                next_try_at = excluded.next_try_at, error_code = excluded.error_code,
                error_message = excluded.error_message, updated_at = excluded.updated_at",
        )
        .bind(transfer.folder_id)
        .bind(&transfer.key)
        .bind(transfer.direction.as_str())
        .bind(transfer.hash.as_bytes().as_slice())
        .bind(to_i64(transfer.size))
        .bind(transfer.local_path.to_string_lossy().as_ref())
        .bind(&transfer.upload_id)
        .bind(&transfer.remote_id)
        .bind(to_i64(transfer.bytes_done))
        .bind(i64::from(transfer.attempts))
        .bind(transfer.next_try_at)
        .bind(&transfer.error_code)
        .bind(&transfer.error_message)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn finish_transfer(
        &self,
        folder_id: i64,
        key: &str,
        direction: Direction,
    ) -> Result<(), Error> {
        sqlx::query("DELETE FROM transfers WHERE folder_id = $1 AND key = $2 AND direction = $3")
            .bind(folder_id)
            .bind(key)
            .bind(direction.as_str())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Clears the waits of failed transfers, so the next pass tries them at once.
    pub async fn retry_now(&self) -> Result<u64, Error> {
        let done = sqlx::query("UPDATE transfers SET next_try_at = 0 WHERE next_try_at > 0")
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }

    // Settings.

    pub async fn setting(&self, name: &str) -> Result<Option<String>, Error> {
        Ok(
            sqlx::query_scalar("SELECT value FROM settings WHERE name = $1")
                .bind(name)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    pub async fn set_setting(&self, name: &str, value: &str) -> Result<(), Error> {
        sqlx::query(
            "INSERT INTO settings (name, value) VALUES ($1, $2)
             ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        )
        .bind(name)
        .bind(value)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}

fn paused_setting(folder_id: i64) -> String {
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
