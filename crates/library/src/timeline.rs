//! The queries the gallery needs: the timeline by capture date (keyset pagination, never
//! OFFSET), counts per day and month, the items of one folder, lookup by hash.

use std::collections::HashMap;
use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;

use serde::Serialize;
use skyfolio_media::ContentHash;
use sqlx::FromRow;

use crate::{Error, FolderId, Library};

/// One photo or video the library holds, with every place on this computer it lives.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MediaRecord {
    pub hash: ContentHash,
    pub paths: Vec<PathBuf>,
    pub kind: String,
    pub mime: String,
    pub size: i64,
    pub taken_at: Option<String>,
    pub taken_at_source: Option<String>,
    /// The timeline's order key (Unix ms; see the schema).
    pub sort_time: i64,
    pub width: Option<i64>,
    pub height: Option<i64>,
    pub orientation: i64,
    pub duration_ms: Option<i64>,
    pub rotation: Option<i64>,
    pub make: Option<String>,
    pub model: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub thumb_state: String,
}

#[derive(FromRow)]
struct MediaRow {
    hash: Vec<u8>,
    kind: String,
    mime: String,
    size: i64,
    taken_at: Option<String>,
    taken_at_source: Option<String>,
    sort_time: i64,
    width: Option<i64>,
    height: Option<i64>,
    orientation: i64,
    duration_ms: Option<i64>,
    rotation: Option<i64>,
    make: Option<String>,
    model: Option<String>,
    latitude: Option<f64>,
    longitude: Option<f64>,
    thumb_state: String,
}

const MEDIA_COLUMNS: &str = "m.hash, m.kind, m.mime, m.size, m.taken_at, m.taken_at_source, \
    m.sort_time, m.width, m.height, m.orientation, m.duration_ms, m.rotation, m.make, m.model, \
    m.latitude, m.longitude, m.thumb_state";

/// Present on this computer: at least one file holds it (the count is kept by triggers).
const PRESENT: &str = "m.local_files > 0";

/// Where a timeline page ends and the next begins: the last item's order key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    pub sort_time: i64,
    pub hash: ContentHash,
}

impl fmt::Display for Cursor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.sort_time, self.hash)
    }
}

impl FromStr for Cursor {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let (time, hash) = text.split_once('.').ok_or("a cursor is TIME.HASH")?;
        Ok(Cursor {
            sort_time: time.parse().map_err(|_| "bad cursor time")?,
            hash: hash.parse().map_err(|_| "bad cursor hash")?,
        })
    }
}

impl Serialize for Cursor {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// One page of the timeline, newest first.
#[derive(Debug, Clone, Serialize)]
pub struct Page {
    pub items: Vec<MediaRecord>,
    /// Pass back to get the next page; `None` at the end.
    pub next: Option<Cursor>,
}

/// How many items one day (`2024-05-01`) or month (`2024-05`) holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PeriodCount {
    pub period: String,
    pub count: i64,
}

impl Library {
    /// The newest `limit` items after `after` (or from the start), with the cursor for the next.
    pub async fn timeline_page(&self, after: Option<Cursor>, limit: u32) -> Result<Page, Error> {
        self.timeline_of_kind(after, limit, None).await
    }

    /// [`Library::timeline_page`] of one kind (`photo` or `video`) only, when given.
    pub async fn timeline_of_kind(
        &self,
        after: Option<Cursor>,
        limit: u32,
        kind: Option<&str>,
    ) -> Result<Page, Error> {
        let limit = i64::from(limit.clamp(1, 10_000));
        let (any, kind) = (kind.is_none(), kind.unwrap_or(""));
        let rows: Vec<MediaRow> = match after {
            None => {
                sqlx::query_as(&format!(
                    "SELECT {MEDIA_COLUMNS} FROM media m WHERE {PRESENT} AND (?1 OR m.kind = ?2)
                     ORDER BY m.sort_time DESC, m.hash DESC LIMIT ?3"
                ))
                .bind(any)
                .bind(kind)
                .bind(limit)
                .fetch_all(&self.pool)
                .await?
            }
            Some(cursor) => {
                sqlx::query_as(&format!(
                    "SELECT {MEDIA_COLUMNS} FROM media m
                     WHERE m.sort_time <= ?1 AND (m.sort_time < ?1 OR m.hash < ?2) AND {PRESENT}
                       AND (?4 OR m.kind = ?5)
                     ORDER BY m.sort_time DESC, m.hash DESC LIMIT ?3"
                ))
                .bind(cursor.sort_time)
                .bind(cursor.hash.as_bytes().as_slice())
                .bind(limit)
                .bind(any)
                .bind(kind)
                .fetch_all(&self.pool)
                .await?
            }
        };
        let items = self.with_paths(rows).await?;
        let next = (items.len() as i64 == limit)
            .then(|| items.last())
            .flatten()
            .map(|last| Cursor {
                sort_time: last.sort_time,
                hash: last.hash,
            });
        Ok(Page { items, next })
    }

    /// Items per day, newest first.
    pub async fn counts_by_day(&self) -> Result<Vec<PeriodCount>, Error> {
        self.counts("%Y-%m-%d").await
    }

    /// Items per month, newest first.
    pub async fn counts_by_month(&self) -> Result<Vec<PeriodCount>, Error> {
        self.counts("%Y-%m").await
    }

    async fn counts(&self, format: &str) -> Result<Vec<PeriodCount>, Error> {
        let rows: Vec<(String, i64)> = sqlx::query_as(&format!(
            "SELECT strftime(?, m.sort_time / 1000, 'unixepoch') AS period, count(*)
             FROM media m WHERE {PRESENT} GROUP BY period ORDER BY period DESC"
        ))
        .bind(format)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(period, count)| PeriodCount { period, count })
            .collect())
    }

    /// Which of `hashes` this computer holds.
    pub async fn present_of(
        &self,
        hashes: &[ContentHash],
    ) -> Result<std::collections::HashSet<ContentHash>, Error> {
        let mut found = std::collections::HashSet::new();
        for chunk in hashes.chunks(400) {
            let placeholders = vec!["?"; chunk.len()].join(", ");
            let sql = format!(
                "SELECT m.hash FROM media m WHERE {PRESENT} AND m.hash IN ({placeholders})"
            );
            let mut query = sqlx::query_scalar::<_, Vec<u8>>(&sql);
            for hash in chunk {
                query = query.bind(hash.as_bytes().as_slice());
            }
            for bytes in query.fetch_all(&self.pool).await? {
                if let Ok(bytes) = <[u8; 32]>::try_from(bytes) {
                    found.insert(ContentHash::from_bytes(bytes));
                }
            }
        }
        Ok(found)
    }

    /// The item with this content, if this computer holds it.
    pub async fn media_by_hash(&self, hash: &ContentHash) -> Result<Option<MediaRecord>, Error> {
        let rows: Vec<MediaRow> = sqlx::query_as(&format!(
            "SELECT {MEDIA_COLUMNS} FROM media m WHERE m.hash = ? AND {PRESENT}"
        ))
        .bind(hash.as_bytes().as_slice())
        .fetch_all(&self.pool)
        .await?;
        Ok(self.with_paths(rows).await?.pop())
    }

    /// The items under `dir` (a `/`-separated path relative to the folder; empty for all) of
    /// one library folder, newest first.
    pub async fn folder_items(
        &self,
        folder_id: FolderId,
        dir: &str,
    ) -> Result<Vec<MediaRecord>, Error> {
        let prefix = dir.trim_matches('/');
        let pattern = if prefix.is_empty() {
            "%".to_owned()
        } else {
            format!("{}/%", prefix.replace('%', "\\%").replace('_', "\\_"))
        };
        let rows: Vec<MediaRow> = sqlx::query_as(&format!(
            "SELECT DISTINCT {MEDIA_COLUMNS} FROM media m JOIN files f ON f.hash = m.hash
             WHERE f.folder_id = ? AND f.state = 'present' AND f.rel_path LIKE ? ESCAPE '\\'
             ORDER BY m.sort_time DESC, m.hash DESC"
        ))
        .bind(folder_id)
        .bind(pattern)
        .fetch_all(&self.pool)
        .await?;
        self.with_paths(rows).await
    }

    /// Attaches every present path to each row.
    async fn with_paths(&self, rows: Vec<MediaRow>) -> Result<Vec<MediaRecord>, Error> {
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let placeholders = vec!["?"; rows.len()].join(", ");
        let sql = format!(
            "SELECT f.hash, fo.path, f.rel_path FROM files f JOIN folders fo ON fo.id = f.folder_id
             WHERE f.state = 'present' AND f.hash IN ({placeholders})
             ORDER BY fo.path, f.rel_path"
        );
        let mut query = sqlx::query_as::<_, (Vec<u8>, String, String)>(&sql);
        for row in &rows {
            query = query.bind(row.hash.as_slice());
        }
        let mut paths: HashMap<Vec<u8>, Vec<PathBuf>> = HashMap::new();
        for (hash, folder, rel_path) in query.fetch_all(&self.pool).await? {
            paths
                .entry(hash)
                .or_default()
                .push(PathBuf::from(folder).join(rel_path));
        }
        rows.into_iter()
            .map(|row| {
                let hash = hash_from_bytes(&row.hash)?;
                Ok(MediaRecord {
                    hash,
                    paths: paths.remove(&row.hash).unwrap_or_default(),
                    kind: row.kind,
                    mime: row.mime,
                    size: row.size,
                    taken_at: row.taken_at,
                    taken_at_source: row.taken_at_source,
                    sort_time: row.sort_time,
                    width: row.width,
                    height: row.height,
                    orientation: row.orientation,
                    duration_ms: row.duration_ms,
                    rotation: row.rotation,
                    make: row.make,
                    model: row.model,
                    latitude: row.latitude,
                    longitude: row.longitude,
                    thumb_state: row.thumb_state,
                })
            })
            .collect()
    }
}

fn hash_from_bytes(bytes: &[u8]) -> Result<ContentHash, Error> {
    let array: [u8; 32] = bytes
        .try_into()
        .map_err(|_| Error::Database(sqlx::Error::Decode("a content hash is 32 bytes".into())))?;
    Ok(ContentHash::from_bytes(array))
}
