//! One timeline of everything: what this computer holds and what the cloud holds, merged by
//! content, newest first, a page at a time.
//!
//! Both sides keep the same order (capture time read as UTC, then content hash), so a page is
//! the first items of two keyset queries merged. An item is one content: a photo on this
//! computer that is also in the cloud appears once, as both.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use skyfolio_library::Cursor;
use skyfolio_media::ContentHash;
use skyfolio_protocol::{MediaId, MediaKind};

use crate::{App, Error};

/// Which items a timeline shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum KindFilter {
    #[default]
    All,
    Photos,
    Videos,
}

/// Where an item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Place {
    ThisComputer,
    Cloud,
    Both,
}

/// One tile of the timeline.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TimelineItem {
    /// The content hash: the item's identity everywhere.
    pub hash: String,
    #[ts(type = r#""photo" | "video""#)]
    pub kind: String,
    /// The timeline's order (ms, the capture time read as UTC).
    pub sort_time: i64,
    pub taken_at: Option<String>,
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub duration_ms: Option<u64>,
    pub size: u64,
    pub place: Place,
    /// Where the file is on this computer, when it is.
    pub local_path: Option<String>,
    /// The cloud item, when the cloud holds it.
    pub remote_id: Option<MediaId>,
    /// The cloud path (album and name), or the local file's name.
    pub name: String,
    pub camera: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// `uploading` or `failed` while a transfer of it waits.
    #[ts(type = r#""uploading" | "failed" | null"#)]
    pub transfer: Option<String>,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct TimelinePage {
    pub items: Vec<TimelineItem>,
    /// Pass back for the next page; `None` at the end.
    pub next: Option<String>,
}

fn key_of(item: &TimelineItem) -> (i64, String) {
    (item.sort_time, item.hash.clone())
}

/// An album of the cloud (its top folder; `""` for what sits at its root).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Album {
    pub name: String,
    pub count: usize,
    /// The newest item's hash, for the cover.
    pub cover: Option<String>,
}

impl App {
    /// The cloud's albums by name, each with how many items it holds and its newest as cover.
    pub async fn albums(&self) -> Result<Vec<Album>, Error> {
        let items = self.state.live_items().await?;
        let mut albums: BTreeMap<String, (usize, i64, String)> = BTreeMap::new();
        for item in items {
            let name = match item.path.split_once('/') {
                Some((album, _)) => album.to_owned(),
                None => String::new(),
            };
            let entry = albums.entry(name).or_insert((0, i64::MIN, String::new()));
            entry.0 += 1;
            if item.sort_time > entry.1 {
                entry.1 = item.sort_time;
                entry.2 = item.hash.to_hex();
            }
        }
        Ok(albums
            .into_iter()
            .map(|(name, (count, _, cover))| Album {
                name,
                count,
                cover: Some(cover),
            })
            .collect())
    }

    /// A page of the timeline after `after` (a `next` from an earlier page).
    pub async fn timeline(
        &self,
        after: Option<&str>,
        limit: u32,
        filter: KindFilter,
    ) -> Result<TimelinePage, Error> {
        let limit = limit.clamp(1, 2000);
        let cursor: Option<Cursor> = match after {
            Some(text) => Some(text.parse().map_err(|_| Error::NothingSelected {
                what: "that place in the timeline".to_owned(),
            })?),
            None => None,
        };
        let (local_kind, remote_kind) = match filter {
            KindFilter::All => (None, None),
            KindFilter::Photos => (Some("photo"), Some(MediaKind::Photo)),
            KindFilter::Videos => (Some("video"), Some(MediaKind::Video)),
        };
        let local = self
            .library
            .timeline_of_kind(cursor, limit, local_kind)
            .await?;
        let remote = self
            .state
            .timeline(cursor.map(|c| (c.sort_time, c.hash)), limit, remote_kind)
            .await?;
        let full = |n: usize| n >= limit as usize;
        let local_last = full(local.items.len())
            .then(|| local.items.last().map(|m| (m.sort_time, m.hash.to_hex())))
            .flatten();
        let remote_last = full(remote.len())
            .then(|| remote.last().map(|r| (r.sort_time, r.hash.to_hex())))
            .flatten();
        let local_hashes: Vec<ContentHash> = local.items.iter().map(|m| m.hash).collect();
        let in_cloud = self.state.live_ids_of(&local_hashes).await?;
        let remote_hashes: Vec<ContentHash> = remote.iter().map(|r| r.hash).collect();
        let here = self.library.present_of(&remote_hashes).await?;
        let transfers: HashMap<ContentHash, String> = self
            .state
            .transfers()
            .await?
            .into_iter()
            .map(|t| {
                let what = if t.error_code.is_some() {
                    "failed"
                } else {
                    "uploading"
                };
                (t.hash, what.to_owned())
            })
            .collect();
        let mut merged: Vec<TimelineItem> = Vec::with_capacity(local.items.len() + remote.len());
        for record in local.items {
            let remote_id = in_cloud.get(&record.hash).cloned();
            let path = record.paths.first().map(|p| p.display().to_string());
            let name = record
                .paths
                .first()
                .and_then(|p| p.file_name())
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            merged.push(TimelineItem {
                hash: record.hash.to_hex(),
                kind: record.kind,
                sort_time: record.sort_time,
                taken_at: record.taken_at,
                width: record.width.and_then(|w| u32::try_from(w).ok()),
                height: record.height.and_then(|h| u32::try_from(h).ok()),
                duration_ms: record.duration_ms.and_then(|d| u64::try_from(d).ok()),
                size: u64::try_from(record.size).unwrap_or(0),
                place: if remote_id.is_some() {
                    Place::Both
                } else {
                    Place::ThisComputer
                },
                local_path: path,
                remote_id,
                name,
                camera: match (record.make, record.model) {
                    (Some(make), Some(model)) if model.starts_with(&make) => Some(model),
                    (Some(make), Some(model)) => Some(format!("{make} {model}")),
                    (make, model) => make.or(model),
                },
                latitude: record.latitude,
                longitude: record.longitude,
                transfer: transfers.get(&record.hash).cloned(),
            });
        }
        let mut seen: std::collections::HashSet<ContentHash> = local_hashes.into_iter().collect();
        for row in remote {
            // Held here too: the local tile stands for both.
            if here.contains(&row.hash) || !seen.insert(row.hash) {
                continue;
            }
            merged.push(TimelineItem {
                hash: row.hash.to_hex(),
                kind: match row.kind {
                    MediaKind::Video => "video".to_owned(),
                    _ => "photo".to_owned(),
                },
                sort_time: row.sort_time,
                taken_at: row.taken_at,
                width: row.width,
                height: row.height,
                duration_ms: row.duration_ms,
                size: row.size,
                place: Place::Cloud,
                local_path: None,
                remote_id: Some(row.id),
                name: row.path,
                camera: None,
                latitude: None,
                longitude: None,
                transfer: None,
            });
        }
        merged.sort_by_key(|item| std::cmp::Reverse(key_of(item)));
        // Known for sure only down to the last key of each side that filled its page: below
        // that, that side may hold items not fetched yet.
        let boundary = [local_last, remote_last].into_iter().flatten().max();
        if let Some(boundary) = &boundary {
            merged.retain(|item| key_of(item) >= *boundary);
        }
        let limit = limit as usize;
        let next = if merged.len() > limit {
            merged.truncate(limit);
            merged.last().map(key_of)
        } else {
            boundary
        }
        .map(|(time, hash)| format!("{time}.{hash}"));
        Ok(TimelinePage {
            items: merged,
            next,
        })
    }
}
