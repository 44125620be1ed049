use skyfolio_protocol::{
    Change, ChangeOp, MediaId, MediaItem, MediaKind, MediaState, ThumbnailState,
};

use super::{Fetched, Store, Tx, in_tx, read_db, to_i64, to_u64, write_db};

/// Stored content: one per user and hash while an item refers to it.
#[derive(Debug, Clone)]
pub struct BlobRow {
    pub user_id: String,
    pub hash: String,
    pub size: u64,
    pub storage_key: String,
    pub kind: String,
    pub mime: Option<String>,
    pub thumbnails: String,
}

/// What is known of content that has just been verified.
#[derive(Debug, Clone)]
pub struct NewBlob {
    pub hash: String,
    pub size: u64,
    pub storage_key: String,
    pub kind: MediaKind,
    pub mime: Option<String>,
    pub taken_at: Option<String>,
    pub taken_sort: Option<i64>,
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub duration_ms: Option<u64>,
    pub thumbnails: ThumbnailState,
}

/// A position in a listing: the last item of the previous page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    pub time: i64,
    pub id: MediaId,
}

impl Cursor {
    pub fn encode(&self) -> String {
        format!("{}.{}", self.time, self.id)
    }

    pub fn decode(text: &str) -> Option<Cursor> {
        let (time, id) = text.split_once('.')?;
        let valid_id =
            !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_hexdigit());
        valid_id.then_some(Cursor {
            time: time.parse().ok()?,
            id: MediaId::new(id),
        })
    }
}

/// Bytes a user keeps, by kind; the same content under two names counts once.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Usage {
    pub photos: u64,
    pub videos: u64,
    pub other: u64,
    pub trash: u64,
    pub uploading: u64,
}

impl Usage {
    pub fn stored(&self) -> u64 {
        self.photos + self.videos + self.other + self.trash
    }
}

pub(crate) fn kind_str(kind: MediaKind) -> &'static str {
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

fn thumbnail_state(text: Option<&str>) -> ThumbnailState {
    match text {
        None | Some("none") => ThumbnailState::None,
        Some("ready") => ThumbnailState::Ready,
        Some(_) => ThumbnailState::Pending,
    }
}

impl BlobRow {
    /// What became of this stored file's thumbnails.
    pub fn thumbnail_state(&self) -> ThumbnailState {
        thumbnail_state(Some(&self.thumbnails))
    }
}

pub(crate) fn thumbnails_str(state: ThumbnailState) -> &'static str {
    match state {
        ThumbnailState::Pending => "pending",
        ThumbnailState::Ready => "ready",
        ThumbnailState::None => "none",
    }
}

fn op_str(op: ChangeOp) -> &'static str {
    match op {
        ChangeOp::Create => "create",
        ChangeOp::Move => "move",
        ChangeOp::Trash => "trash",
        ChangeOp::Restore => "restore",
        ChangeOp::Purge => "purge",
    }
}

fn op_from(text: &str) -> ChangeOp {
    match text {
        "create" => ChangeOp::Create,
        "move" => ChangeOp::Move,
        "trash" => ChangeOp::Trash,
        "restore" => ChangeOp::Restore,
        _ => ChangeOp::Purge,
    }
}

const ITEM_SELECT: &str = "SELECT m.id, m.path, m.kind, m.state, m.hash, m.size, m.sort_time,
        m.created_at, m.trashed_at, m.seq, b.taken_at, b.width, b.height, b.duration_ms,
        b.thumbnails
    FROM media m LEFT JOIN blobs b ON b.user_id = m.user_id AND b.hash = m.hash";

fn item(row: &impl Fetched) -> Result<MediaItem, sqlx::Error> {
    let state: String = row.col("state")?;
    let thumbnails: Option<String> = row.col("thumbnails")?;
    let dimension = |name: &str| -> Result<Option<u32>, sqlx::Error> {
        Ok(row
            .col::<Option<i64>>(name)?
            .and_then(|v| u32::try_from(v).ok()))
    };
    Ok(MediaItem {
        id: row.col("id")?,
        path: row.col("path")?,
        kind: kind_from(&row.col::<String>("kind")?),
        state: match state.as_str() {
            "active" => MediaState::Active,
            "trashed" => MediaState::Trashed,
            _ => MediaState::Purged,
        },
        hash: row.col("hash")?,
        size: to_u64(row.col("size")?),
        taken_at: row.col("taken_at")?,
        sort_time: row.col("sort_time")?,
        width: dimension("width")?,
        height: dimension("height")?,
        duration_ms: row.col::<Option<i64>>("duration_ms")?.map(to_u64),
        created_at: row.col("created_at")?,
        trashed_at: row.col("trashed_at")?,
        thumbnails: match state.as_str() {
            "purged" => ThumbnailState::None,
            _ => thumbnail_state(thumbnails.as_deref()),
        },
        seq: row.col("seq")?,
    })
}

fn change(row: &impl Fetched) -> Result<Change, sqlx::Error> {
    Ok(Change {
        seq: row.col("change_seq")?,
        op: op_from(&row.col::<String>("op")?),
        item: item(row)?,
    })
}

fn blob(row: &impl Fetched) -> Result<BlobRow, sqlx::Error> {
    Ok(BlobRow {
        user_id: row.col("user_id")?,
        hash: row.col("hash")?,
        size: to_u64(row.col("size")?),
        storage_key: row.col("storage_key")?,
        kind: row.col("kind")?,
        mime: row.col("mime")?,
        thumbnails: row.col("thumbnails")?,
    })
}

const BLOB_COLUMNS: &str = "user_id, hash, size, storage_key, kind, mime, thumbnails";

/// Hands out the user's next change-feed number. Being a write, it also takes the database's
/// write lock first thing in a transaction.
///
/// On PostgreSQL the number is also announced to every server process (delivered when the
/// transaction commits, and not at all when it rolls back), so that their long-polls wake.
async fn next_seq(tx: &mut Tx, user_id: &str) -> Result<i64, sqlx::Error> {
    let seq = in_tx!(tx, |c| sqlx::query_scalar(
        "UPDATE users SET seq = seq + 1 WHERE id = $1 RETURNING seq"
    )
    .bind(user_id)
    .fetch_one(&mut *c)
    .await)?;
    if let Tx::Postgres(tx) = tx {
        sqlx::query("SELECT pg_notify($1, $2)")
            .bind(crate::notify::CHANNEL)
            .bind(format!("{user_id} {seq}"))
            .execute(&mut **tx)
            .await?;
    }
    Ok(seq)
}

async fn record_change(
    tx: &mut Tx,
    user_id: &str,
    seq: i64,
    media_id: &str,
    op: ChangeOp,
    now: i64,
) -> Result<(), sqlx::Error> {
    in_tx!(tx, |c| sqlx::query(
        "INSERT INTO changes (user_id, seq, media_id, op, at) VALUES ($1, $2, $3, $4, $5)"
    )
    .bind(user_id)
    .bind(seq)
    .bind(media_id)
    .bind(op_str(op))
    .bind(now)
    .execute(&mut *c)
    .await
    .map(|done| done.rows_affected()))?;
    Ok(())
}

async fn item_in(tx: &mut Tx, user_id: &str, id: &str) -> Result<MediaItem, sqlx::Error> {
    in_tx!(tx, |c| sqlx::query(&format!(
        "{ITEM_SELECT} WHERE m.user_id = $1 AND m.id = $2"
    ))
    .bind(user_id)
    .bind(id)
    .fetch_one(&mut *c)
    .await
    .and_then(|row| item(&row)))
}

/// What became of a request to change an item.
#[derive(Debug)]
pub enum Outcome<T> {
    Done(T),
    NotFound,
    PathTaken,
    /// Another live item has this name as a Windows or Mac computer reads names (other case,
    /// other Unicode spelling), or a file and a folder would share one: that item's path.
    NameTaken(String),
}

impl Store {
    pub async fn blob(&self, user_id: &str, hash: &str) -> Result<Option<BlobRow>, sqlx::Error> {
        read_db!(self, |db| sqlx::query(&format!(
            "SELECT {BLOB_COLUMNS} FROM blobs WHERE user_id = $1 AND hash = $2"
        ))
        .bind(user_id)
        .bind(hash)
        .fetch_optional(db)
        .await
        .and_then(|row| row.as_ref().map(blob).transpose()))
    }

    pub async fn all_blobs(&self) -> Result<Vec<BlobRow>, sqlx::Error> {
        read_db!(self, |db| sqlx::query(&format!(
            "SELECT {BLOB_COLUMNS} FROM blobs"
        ))
        .fetch_all(db)
        .await
        .and_then(|rows| rows.iter().map(blob).collect()))
    }

    /// An item of this user, in any state (purged ones are tombstones).
    pub async fn item(&self, user_id: &str, id: &str) -> Result<Option<MediaItem>, sqlx::Error> {
        read_db!(self, |db| sqlx::query(&format!(
            "{ITEM_SELECT} WHERE m.user_id = $1 AND m.id = $2"
        ))
        .bind(user_id)
        .bind(id)
        .fetch_optional(db)
        .await
        .and_then(|row| row.as_ref().map(item).transpose()))
    }

    /// The live item at `path`.
    pub async fn item_at(
        &self,
        user_id: &str,
        path: &str,
    ) -> Result<Option<MediaItem>, sqlx::Error> {
        read_db!(self, |db| sqlx::query(&format!(
            "{ITEM_SELECT} WHERE m.user_id = $1 AND m.path = $2 AND m.state = 'active'"
        ))
        .bind(user_id)
        .bind(path)
        .fetch_optional(db)
        .await
        .and_then(|row| row.as_ref().map(item).transpose()))
    }

    /// Records verified content, stored at `blob.storage_key`. Answers whether that stored file
    /// is now the content's: false when the user held the content already, and the file is
    /// then the caller's to remove.
    pub async fn insert_blob(
        tx: &mut Tx,
        user_id: &str,
        blob: &NewBlob,
        now: i64,
    ) -> Result<bool, sqlx::Error> {
        super::lock_user(tx, user_id).await?;
        let inserted = in_tx!(tx, |c| {
            sqlx::query(
            "INSERT INTO blobs (user_id, hash, size, storage_key, kind, mime, taken_at, taken_sort,
                width, height, duration_ms, thumbnails, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
             ON CONFLICT (user_id, hash) DO NOTHING",
        )
        .bind(user_id)
        .bind(&blob.hash)
        .bind(to_i64(blob.size))
        .bind(&blob.storage_key)
        .bind(kind_str(blob.kind))
        .bind(&blob.mime)
        .bind(&blob.taken_at)
        .bind(blob.taken_sort)
        .bind(blob.width.map(i64::from))
        .bind(blob.height.map(i64::from))
        .bind(blob.duration_ms.map(to_i64))
        .bind(thumbnails_str(blob.thumbnails))
        .bind(now)
        .execute(&mut *c)
        .await
        .map(|done| done.rows_affected())
        })?;
        if inserted == 1 {
            add_stored(tx, user_id, to_i64(blob.size)).await?;
        }
        Ok(inserted == 1)
    }

    /// Creates an item at `path` for content the user holds (its blob must exist). When a live
    /// item with the same content is at `path` already, that item is the answer. When another
    /// live item is there, the answer is `PathTaken`, unless it is the one `replaces` names:
    /// that one goes to the trash in the same transaction.
    pub async fn create_item(
        tx: &mut Tx,
        user_id: &str,
        path: &str,
        hash: &str,
        modified_at: Option<i64>,
        replaces: Option<&str>,
        now: i64,
    ) -> Result<Outcome<MediaItem>, sqlx::Error> {
        // Under the account's lock, what is at `path` stays so until the commit.
        super::lock_user(tx, user_id).await?;
        let existing: Option<(String, String)> = in_tx!(tx, |c| sqlx::query_as(
            "SELECT id, hash FROM media WHERE user_id = $1 AND path = $2 AND state = 'active'",
        )
        .bind(user_id)
        .bind(path)
        .fetch_optional(&mut *c)
        .await)?;
        match existing {
            Some((id, existing_hash)) if existing_hash == hash => {
                return item_in(tx, user_id, &id).await.map(Outcome::Done);
            }
            Some((id, _)) if replaces == Some(id.as_str()) => {
                let seq = next_seq(tx, user_id).await?;
                in_tx!(tx, |c| sqlx::query(
                    "UPDATE media SET state = 'trashed', trashed_at = $1, seq = $2
                     WHERE user_id = $3 AND id = $4",
                )
                .bind(now)
                .bind(seq)
                .bind(user_id)
                .bind(&id)
                .execute(&mut *c)
                .await
                .map(|done| done.rows_affected()))?;
                record_change(tx, user_id, seq, &id, ChangeOp::Trash, now).await?;
            }
            Some(_) => return Ok(Outcome::PathTaken),
            None => {}
        }
        if let Some(other) = Store::name_clash_in(tx, user_id, path, None).await? {
            return Ok(Outcome::NameTaken(other));
        }
        let seq = next_seq(tx, user_id).await?;
        let id = super::new_id();
        let inserted = in_tx!(tx, |c| {
            sqlx::query(
            "INSERT INTO media (id, user_id, hash, path, path_key, state, kind, size, sort_time,
                                created_at, seq)
             SELECT $1, $2, $3, $4, $8, 'active', b.kind, b.size,
                    COALESCE(b.taken_sort, $5, $6), $6, $7
             FROM blobs b WHERE b.user_id = $2 AND b.hash = $3",
        )
        .bind(&id)
        .bind(user_id)
        .bind(hash)
        .bind(path)
        .bind(modified_at)
        .bind(now)
        .bind(seq)
        .bind(skyfolio_protocol::name_key(path))
        .execute(&mut *c)
        .await.map(|done| done.rows_affected())
        })?;
        if inserted == 0 {
            return Ok(Outcome::NotFound);
        }
        record_change(tx, user_id, seq, &id, ChangeOp::Create, now).await?;
        item_in(tx, user_id, &id).await.map(Outcome::Done)
    }

    /// Items in the timeline, newest first.
    pub async fn list_active(
        &self,
        user_id: &str,
        after: Option<&Cursor>,
        limit: u32,
    ) -> Result<Vec<MediaItem>, sqlx::Error> {
        let (time, id) = after.map_or((i64::MAX, ""), |c| (c.time, c.id.as_str()));
        let unbounded = after.is_none();
        read_db!(self, |db| sqlx::query(&format!(
            "{ITEM_SELECT} WHERE m.user_id = $1 AND m.state = 'active'
               AND ($2 OR m.sort_time < $3 OR (m.sort_time = $3 AND m.id < $4))
             ORDER BY m.sort_time DESC, m.id DESC LIMIT $5"
        ))
        .bind(user_id)
        .bind(unbounded)
        .bind(time)
        .bind(id)
        .bind(i64::from(limit))
        .fetch_all(db)
        .await
        .and_then(|rows| rows.iter().map(item).collect()))
    }

    /// Items in the recycle bin, most recently trashed first.
    pub async fn list_trashed(
        &self,
        user_id: &str,
        after: Option<&Cursor>,
        limit: u32,
    ) -> Result<Vec<MediaItem>, sqlx::Error> {
        let (time, id) = after.map_or((i64::MAX, ""), |c| (c.time, c.id.as_str()));
        let unbounded = after.is_none();
        read_db!(self, |db| sqlx::query(&format!(
            "{ITEM_SELECT} WHERE m.user_id = $1 AND m.state = 'trashed'
               AND ($2 OR m.trashed_at < $3 OR (m.trashed_at = $3 AND m.id < $4))
             ORDER BY m.trashed_at DESC, m.id DESC LIMIT $5"
        ))
        .bind(user_id)
        .bind(unbounded)
        .bind(time)
        .bind(id)
        .bind(i64::from(limit))
        .fetch_all(db)
        .await
        .and_then(|rows| rows.iter().map(item).collect()))
    }

    /// Moves a live item to `path`.
    pub async fn move_item(
        &self,
        user_id: &str,
        id: &str,
        path: &str,
        now: i64,
    ) -> Result<Outcome<MediaItem>, sqlx::Error> {
        let mut tx = self.begin().await?;
        let seq = next_seq(&mut tx, user_id).await?;
        if let Some(other) = Store::name_clash_in(&mut tx, user_id, path, Some(id)).await? {
            return Ok(if other == path {
                Outcome::PathTaken
            } else {
                Outcome::NameTaken(other)
            });
        }
        let moved = in_tx!(&mut tx, |c| sqlx::query(
            "UPDATE media SET path = $1, path_key = $5, seq = $2
             WHERE user_id = $3 AND id = $4 AND state = 'active' AND path <> $1",
        )
        .bind(path)
        .bind(seq)
        .bind(user_id)
        .bind(id)
        .bind(skyfolio_protocol::name_key(path))
        .execute(&mut *c)
        .await
        .map(|done| done.rows_affected()));
        match moved {
            Err(e) if crate::error::is_unique_violation(&e) => return Ok(Outcome::PathTaken),
            Err(e) => return Err(e),
            Ok(0) => {
                // Not there, or already at that path: the second is no change at all.
                drop(tx);
                return Ok(match self.item(user_id, id).await? {
                    Some(item) if item.state == MediaState::Active => Outcome::Done(item),
                    _ => Outcome::NotFound,
                });
            }
            Ok(_) => {}
        }
        record_change(&mut tx, user_id, seq, id, ChangeOp::Move, now).await?;
        let moved = item_in(&mut tx, user_id, id).await?;
        tx.commit().await?;
        Ok(Outcome::Done(moved))
    }

    /// Sends a live item to the recycle bin.
    pub async fn trash_item(
        &self,
        user_id: &str,
        id: &str,
        now: i64,
    ) -> Result<Outcome<MediaItem>, sqlx::Error> {
        self.change_state(
            user_id,
            id,
            "active",
            "trashed",
            Some(now),
            ChangeOp::Trash,
            now,
        )
        .await
    }

    /// Brings an item back from the recycle bin to its path.
    pub async fn restore_item(
        &self,
        user_id: &str,
        id: &str,
        now: i64,
    ) -> Result<Outcome<MediaItem>, sqlx::Error> {
        self.change_state(
            user_id,
            id,
            "trashed",
            "active",
            None,
            ChangeOp::Restore,
            now,
        )
        .await
    }

    #[expect(clippy::too_many_arguments, reason = "one statement's parameters")]
    async fn change_state(
        &self,
        user_id: &str,
        id: &str,
        from: &str,
        to: &str,
        trashed_at: Option<i64>,
        op: ChangeOp,
        now: i64,
    ) -> Result<Outcome<MediaItem>, sqlx::Error> {
        let mut tx = self.begin().await?;
        let seq = next_seq(&mut tx, user_id).await?;
        if to == "active" {
            // Back at its path, an item must not clash with what took a like name meanwhile.
            let path: Option<String> = in_tx!(&mut tx, |c| sqlx::query_scalar(
                "SELECT path FROM media WHERE user_id = $1 AND id = $2 AND state = $3"
            )
            .bind(user_id)
            .bind(id)
            .bind(from)
            .fetch_optional(&mut *c)
            .await)?;
            if let Some(path) = path
                && let Some(other) = Store::name_clash_in(&mut tx, user_id, &path, Some(id)).await?
            {
                return Ok(if other == path {
                    Outcome::PathTaken
                } else {
                    Outcome::NameTaken(other)
                });
            }
        }
        let changed = in_tx!(&mut tx, |c| sqlx::query(
            "UPDATE media SET state = $1, trashed_at = $2, seq = $3
             WHERE user_id = $4 AND id = $5 AND state = $6",
        )
        .bind(to)
        .bind(trashed_at)
        .bind(seq)
        .bind(user_id)
        .bind(id)
        .bind(from)
        .execute(&mut *c)
        .await
        .map(|done| done.rows_affected()));
        match changed {
            Err(e) if crate::error::is_unique_violation(&e) => return Ok(Outcome::PathTaken),
            Err(e) => return Err(e),
            Ok(0) => return Ok(Outcome::NotFound),
            Ok(_) => {}
        }
        record_change(&mut tx, user_id, seq, id, op, now).await?;
        let changed = item_in(&mut tx, user_id, id).await?;
        tx.commit().await?;
        Ok(Outcome::Done(changed))
    }

    /// Deletes a trashed item for good, leaving its tombstone. When no other item holds the
    /// same content, its blob row goes too, in the same transaction under the account's lock,
    /// and the answer names the stored file to remove after the commit. That file belonged to
    /// this blob row alone (every commit stores under a name of its own), so a commit of the
    /// same content meanwhile keeps its own file; a crash in between leaves a file no row
    /// knows, which the next start sets aside.
    pub async fn purge_item(
        &self,
        user_id: &str,
        id: &str,
        now: i64,
    ) -> Result<Outcome<(MediaItem, Option<String>)>, sqlx::Error> {
        let mut tx = self.begin().await?;
        let seq = next_seq(&mut tx, user_id).await?;
        let hash: Option<String> = in_tx!(&mut tx, |c| sqlx::query_scalar(
            "UPDATE media SET state = 'purged', seq = $1
             WHERE user_id = $2 AND id = $3 AND state = 'trashed' RETURNING hash",
        )
        .bind(seq)
        .bind(user_id)
        .bind(id)
        .fetch_optional(&mut *c)
        .await)?;
        let Some(hash) = hash else {
            return Ok(Outcome::NotFound);
        };
        record_change(&mut tx, user_id, seq, id, ChangeOp::Purge, now).await?;
        let removed: Option<(String, i64)> = in_tx!(&mut tx, |c| sqlx::query_as(
            "DELETE FROM blobs WHERE user_id = $1 AND hash = $2
               AND NOT EXISTS (SELECT 1 FROM media
                               WHERE user_id = $1 AND hash = $2 AND state <> 'purged')
             RETURNING storage_key, size",
        )
        .bind(user_id)
        .bind(&hash)
        .fetch_optional(&mut *c)
        .await)?;
        if let Some((_, size)) = &removed {
            add_stored(&mut tx, user_id, -size).await?;
        }
        let removed_key = removed.map(|(key, _)| key);
        let purged = item_in(&mut tx, user_id, id).await?;
        tx.commit().await?;
        Ok(Outcome::Done((purged, removed_key)))
    }

    /// Ids of a user's trashed items.
    pub async fn trashed_ids(&self, user_id: &str) -> Result<Vec<String>, sqlx::Error> {
        read_db!(self, |db| sqlx::query_scalar(
            "SELECT id FROM media WHERE user_id = $1 AND state = 'trashed'"
        )
        .bind(user_id)
        .fetch_all(db)
        .await)
    }

    /// (user, id) of every item trashed at or before `before`.
    pub async fn trashed_before(&self, before: i64) -> Result<Vec<(String, String)>, sqlx::Error> {
        read_db!(self, |db| sqlx::query_as(
            "SELECT user_id, id FROM media WHERE state = 'trashed' AND trashed_at <= $1"
        )
        .bind(before)
        .fetch_all(db)
        .await)
    }

    /// Changes after `since`, oldest first, at most `limit`.
    pub async fn changes(
        &self,
        user_id: &str,
        since: i64,
        limit: u32,
    ) -> Result<Vec<Change>, sqlx::Error> {
        read_db!(self, |db| sqlx::query(
            "SELECT c.seq AS change_seq, c.op, m.id, m.path, m.kind, m.state, m.hash, m.size,
                    m.sort_time, m.created_at, m.trashed_at, m.seq, b.taken_at, b.width,
                    b.height, b.duration_ms, b.thumbnails
             FROM changes c
             JOIN media m ON m.id = c.media_id AND m.user_id = c.user_id
             LEFT JOIN blobs b ON b.user_id = m.user_id AND b.hash = m.hash
             WHERE c.user_id = $1 AND c.seq > $2
             ORDER BY c.seq LIMIT $3",
        )
        .bind(user_id)
        .bind(since)
        .bind(i64::from(limit))
        .fetch_all(db)
        .await
        .and_then(|rows| rows.iter().map(change).collect()))
    }

    /// The user's latest change-feed number.
    pub async fn current_seq(&self, user_id: &str) -> Result<i64, sqlx::Error> {
        read_db!(self, |db| sqlx::query_scalar(
            "SELECT seq FROM users WHERE id = $1"
        )
        .bind(user_id)
        .fetch_one(db)
        .await)
    }

    /// What a user's stored content and uploads in progress take.
    pub async fn usage(&self, user_id: &str) -> Result<Usage, sqlx::Error> {
        let rows: Vec<(String, i64, bool)> = read_db!(self, |db| sqlx::query_as(
            "SELECT b.kind, b.size,
                    EXISTS (SELECT 1 FROM media m WHERE m.user_id = b.user_id
                            AND m.hash = b.hash AND m.state = 'active') AS live
             FROM blobs b WHERE b.user_id = $1",
        )
        .bind(user_id)
        .fetch_all(db)
        .await)?;
        let mut usage = Usage::default();
        for (kind, size, live) in rows {
            let size = to_u64(size);
            let bucket = match (live, kind.as_str()) {
                (false, _) => &mut usage.trash,
                (true, "photo") => &mut usage.photos,
                (true, "video") => &mut usage.videos,
                (true, _) => &mut usage.other,
            };
            *bucket += size;
        }
        let uploading: Option<i64> = read_db!(self, |db| sqlx::query_scalar(
            "SELECT CAST(SUM(size) AS BIGINT) FROM uploads WHERE user_id = $1"
        )
        .bind(user_id)
        .fetch_one(db)
        .await)?;
        usage.uploading = uploading.map_or(0, to_u64);
        Ok(usage)
    }

    /// How many stored files wait for their thumbnails: the depth of the thumbnail queue.
    pub async fn pending_thumbnail_count(&self) -> Result<i64, sqlx::Error> {
        read_db!(self, |db| sqlx::query_scalar(
            "SELECT COUNT(*) FROM blobs WHERE thumbnails = 'pending'"
        )
        .fetch_one(db)
        .await)
    }

    /// Content whose thumbnails are still to be made.
    pub async fn pending_thumbnails(&self) -> Result<Vec<BlobRow>, sqlx::Error> {
        read_db!(self, |db| sqlx::query(&format!(
            "SELECT {BLOB_COLUMNS} FROM blobs WHERE thumbnails = 'pending'"
        ))
        .fetch_all(db)
        .await
        .and_then(|rows| rows.iter().map(blob).collect()))
    }

    /// Takes up to `limit` files waiting for thumbnails that no worker holds, for this worker
    /// until `until`. Two workers never take the same file: on PostgreSQL the second's update
    /// finds the row taken when it re-reads it.
    pub async fn claim_thumbnails(
        &self,
        now: i64,
        until: i64,
        limit: i64,
    ) -> Result<Vec<BlobRow>, sqlx::Error> {
        const FREE: &str = "thumbnails = 'pending' \
             AND (thumbnails_claimed_until IS NULL OR thumbnails_claimed_until < $2)";
        write_db!(self, |db| sqlx::query(&format!(
            "UPDATE blobs SET thumbnails_claimed_until = $1 WHERE {FREE} \
             AND (user_id, hash) IN (SELECT user_id, hash FROM blobs WHERE {FREE} LIMIT $3) \
             RETURNING {BLOB_COLUMNS}"
        ))
        .bind(until)
        .bind(now)
        .bind(limit)
        .fetch_all(db)
        .await
        .and_then(|rows| rows.iter().map(blob).collect()))
    }

    /// Records what became of a stored file's thumbnails. Only that stored file's row changes:
    /// should the content have been deleted for good and sent again meanwhile, the new file
    /// waits for thumbnails of its own.
    pub async fn set_thumbnails(
        &self,
        blob: &BlobRow,
        state: ThumbnailState,
    ) -> Result<(), sqlx::Error> {
        write_db!(self, |db| sqlx::query(
            "UPDATE blobs SET thumbnails = $1
             WHERE user_id = $2 AND hash = $3 AND storage_key = $4"
        )
        .bind(thumbnails_str(state))
        .bind(&blob.user_id)
        .bind(&blob.hash)
        .bind(&blob.storage_key)
        .execute(db)
        .await
        .map(|done| done.rows_affected()))?;
        Ok(())
    }

    /// Removes blob rows no item refers to any more (left by a crash); answers their keys.
    /// Each account's stored bytes go down with them, in the same transaction.
    pub async fn drop_unreferenced_blobs(&self) -> Result<Vec<String>, sqlx::Error> {
        let mut tx = self.begin().await?;
        let dropped: Vec<(String, String, i64)> = in_tx!(&mut tx, |c| sqlx::query_as(
            "DELETE FROM blobs WHERE NOT EXISTS (SELECT 1 FROM media m
                 WHERE m.user_id = blobs.user_id AND m.hash = blobs.hash AND m.state <> 'purged')
             RETURNING user_id, storage_key, size",
        )
        .fetch_all(&mut *c)
        .await)?;
        for (user_id, _, size) in &dropped {
            add_stored(&mut tx, user_id, -size).await?;
        }
        tx.commit().await?;
        Ok(dropped.into_iter().map(|(_, key, _)| key).collect())
    }

    /// The bytes of every content `user_id` holds, as kept beside its blob rows.
    pub async fn stored_bytes(&self, user_id: &str) -> Result<u64, sqlx::Error> {
        let stored: Option<i64> = read_db!(self, |db| sqlx::query_scalar(
            "SELECT stored_bytes FROM users WHERE id = $1"
        )
        .bind(user_id)
        .fetch_optional(db)
        .await)?;
        Ok(stored.map_or(0, to_u64))
    }
}

/// Adds `bytes` (taken away when negative) to the bytes `user_id` holds, in the transaction that
/// adds or removes the blob rows they are the size of.
async fn add_stored(tx: &mut Tx, user_id: &str, bytes: i64) -> Result<(), sqlx::Error> {
    in_tx!(tx, |c| sqlx::query(
        "UPDATE users SET stored_bytes = stored_bytes + $1 WHERE id = $2"
    )
    .bind(bytes)
    .bind(user_id)
    .execute(&mut *c)
    .await
    .map(|done| done.rows_affected()))?;
    Ok(())
}
