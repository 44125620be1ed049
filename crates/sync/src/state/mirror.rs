//! The mirror of the cloud: its items as the change feed told them, and what is synced of them.

use skyfolio_media::ContentHash;
use skyfolio_protocol::{Change, MediaId, MediaItem, MediaKind, MediaState};

use super::*;
use crate::Error;

impl State {
    pub async fn next_since(&self) -> Result<i64, Error> {
        let since: Option<i64> = sqlx::query_scalar("SELECT next_since FROM feed WHERE id = 1")
            .fetch_optional(&self.pool)
            .await?;
        Ok(since.unwrap_or(0))
    }

    /// Applies a page of the change feed: each change carries the item as it is now, so the
    /// mirror ends as the cloud is.
    pub async fn apply_changes(&self, changes: &[Change], next_since: i64) -> Result<(), Error> {
        let mut tx = self.write().await?;
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
        let mut tx = self.write().await?;
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
    ) -> Result<std::collections::HashMap<ContentHash, MediaId>, Error> {
        let mut found = std::collections::HashMap::new();
        for chunk in hashes.chunks(400) {
            let placeholders = vec!["?"; chunk.len()].join(", ");
            let sql = format!(
                "SELECT hash, min(id) FROM remote WHERE state = 'active' AND hash IN ({placeholders})
                 GROUP BY hash"
            );
            let mut query = sqlx::query_as::<_, (Vec<u8>, MediaId)>(&sql);
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
    ) -> Result<Vec<(MediaId, String, ContentHash, MediaKind)>, Error> {
        let rows: Vec<(MediaId, String, Vec<u8>, String)> = if album.is_empty() {
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
    pub async fn synced_fingerprint(&self, folder_id: FolderId) -> Result<i64, Error> {
        Ok(
            sqlx::query_scalar("SELECT count(*) FROM synced WHERE folder_id = $1")
                .bind(folder_id)
                .fetch_one(&self.pool)
                .await?,
        )
    }
}
