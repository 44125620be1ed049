//! The cloud's recycle bin, storage and linked devices.

use serde::Serialize;
use skyfolio_protocol::{Device, DeviceId, MediaId, MediaItem, MediaKind, UploadId, Usage};

use crate::{App, Error};

/// An item in the recycle bin, as the app shows it.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TrashEntry {
    pub id: MediaId,
    pub hash: String,
    pub path: String,
    pub kind: String,
    pub size: u64,
    pub trashed_at: Option<i64>,
    /// Whole days before it is deleted for good.
    pub days_left: i64,
}

const DAY_MS: i64 = 86_400_000;

/// Whole days, rounded up, before an item deleted at `trashed_at` goes for good from a recycle
/// bin that keeps items `trash_days` days; 0 once the time has passed. An item without a time
/// counts from now.
pub fn days_left(trashed_at: Option<i64>, trash_days: u32, now_ms: i64) -> i64 {
    let gone_at = trashed_at.unwrap_or(now_ms) + i64::from(trash_days) * DAY_MS;
    let left = u64::try_from(gone_at - now_ms).unwrap_or(0);
    i64::try_from(left.div_ceil(DAY_MS.unsigned_abs())).unwrap_or(i64::MAX)
}

impl App {
    /// The recycle bin as the app shows it: each item with the days it has left.
    pub async fn recycle_bin(&self) -> Result<Vec<TrashEntry>, Error> {
        let items = self.trash().await?;
        let days = self.storage().await?.trash_days;
        let now = self.now_ms();
        Ok(items
            .into_iter()
            .map(|item| TrashEntry {
                days_left: days_left(item.trashed_at, days, now),
                kind: format!("{:?}", item.kind).to_lowercase(),
                id: item.id,
                hash: item.hash,
                path: item.path,
                size: item.size,
                trashed_at: item.trashed_at,
            })
            .collect())
    }

    /// Everything in the cloud's recycle bin, most recently deleted first.
    pub async fn trash(&self) -> Result<Vec<MediaItem>, Error> {
        let client = self.client().await?;
        let mut items = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let page = client.trash_page(cursor.as_deref()).await?;
            items.extend(page.items);
            match page.next {
                Some(next) => cursor = Some(next),
                None => return Ok(items),
            }
        }
    }

    /// Sends cloud items to the recycle bin, each kept in the mirror as the cloud answers it;
    /// answers how many went. Stops at the first the cloud refuses (those before it stay in
    /// the bin).
    pub async fn move_to_trash(&self, ids: &[MediaId]) -> Result<usize, Error> {
        let client = self.client().await?;
        for id in ids {
            let item = client.trash_item(id).await?;
            self.state.note_item(&item).await?;
        }
        Ok(ids.len())
    }

    pub async fn restore(&self, id: &MediaId) -> Result<MediaItem, Error> {
        let item = self.client().await?.restore(id).await?;
        self.state.note_item(&item).await?;
        Ok(item)
    }

    pub async fn delete_forever(&self, id: &MediaId) -> Result<(), Error> {
        Ok(self.client().await?.delete_forever(id).await?)
    }

    pub async fn empty_trash(&self) -> Result<(), Error> {
        Ok(self.client().await?.empty_trash().await?)
    }

    pub async fn storage(&self) -> Result<Usage, Error> {
        Ok(self.client().await?.usage().await?)
    }

    pub async fn devices(&self) -> Result<Vec<Device>, Error> {
        Ok(self.client().await?.devices().await?.devices)
    }

    pub async fn unlink_device(&self, id: &DeviceId) -> Result<(), Error> {
        Ok(self.client().await?.unlink_device(id).await?)
    }

    /// Gives the cloud item at `path` a name no other item holds in any case or Unicode
    /// spelling (`IMG (2).jpg`), so that every computer can keep it beside its twin. Answers
    /// the new path. For twins the cloud kept from before it refused them.
    pub async fn rename_twin(&self, path: &str) -> Result<String, Error> {
        let items = self.state.live_items().await?;
        let item =
            items
                .iter()
                .find(|row| row.path == path)
                .ok_or_else(|| Error::NothingSelected {
                    what: path.to_owned(),
                })?;
        let taken: std::collections::HashSet<String> = items
            .iter()
            .map(|row| skyfolio_protocol::name_key(&row.path))
            .collect();
        let new_path = free_name(path, |candidate| {
            taken.contains(&skyfolio_protocol::name_key(candidate))
        });
        self.client().await?.move_item(&item.id, &new_path).await?;
        Ok(new_path)
    }

    /// Gives up an upload in progress (from any device of the account): its bytes are
    /// dropped and the quota they held is free again. A device still sending it starts over.
    pub async fn cancel_upload(&self, id: &UploadId) -> Result<(), Error> {
        Ok(self.client().await?.cancel_upload(id).await?)
    }
}

/// A cloud item worth a look when freeing space.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SpaceItem {
    pub id: MediaId,
    pub hash: String,
    pub path: String,
    pub size: u64,
}

/// Where the space goes, and what could free some.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Space {
    pub usage: Usage,
    /// The largest videos, largest first.
    pub largest_videos: Vec<SpaceItem>,
    /// Items whose content another item holds too (the same photo under two names), by
    /// content: each group is one content, its first item the one to keep.
    pub duplicates: Vec<Vec<SpaceItem>>,
    /// For the local cloud, whose limit is this computer's disk: the space free on the disk
    /// that holds it. `None` for a server.
    pub disk_free: Option<u64>,
    /// Uploads in progress from every device of the account: bytes on their way, which the
    /// quota holds for them until they arrive, are cancelled or expire.
    pub uploading: Vec<skyfolio_protocol::UploadInProgress>,
}

impl App {
    /// The quota and what could free some of it.
    pub async fn space(&self) -> Result<Space, Error> {
        let usage = self.storage().await?;
        let items = self.state.live_items().await?;
        let item = |row: &skyfolio_sync::RemoteRow| SpaceItem {
            id: row.id.clone(),
            hash: row.hash.to_hex(),
            path: row.path.clone(),
            size: row.size,
        };
        let mut videos: Vec<&skyfolio_sync::RemoteRow> = items
            .iter()
            .filter(|r| r.kind == MediaKind::Video)
            .collect();
        videos.sort_by(|a, b| b.size.cmp(&a.size).then_with(|| a.path.cmp(&b.path)));
        let largest_videos = videos.into_iter().take(20).map(item).collect();
        let mut by_hash: std::collections::BTreeMap<_, Vec<&skyfolio_sync::RemoteRow>> =
            std::collections::BTreeMap::new();
        for row in &items {
            by_hash.entry(row.hash).or_default().push(row);
        }
        let mut duplicates: Vec<Vec<SpaceItem>> = by_hash
            .into_values()
            .filter(|group| group.len() > 1)
            .map(|mut group| {
                group.sort_by(|a, b| a.path.cmp(&b.path));
                group.into_iter().map(item).collect()
            })
            .collect();
        duplicates.sort_by(|a, b| b[0].size.cmp(&a[0].size));
        let disk_free = if self.uses_local_cloud().await? {
            let data = self.local_cloud_dir();
            tokio::task::spawn_blocking(move || fs4::available_space(&data).ok())
                .await
                .ok()
                .flatten()
        } else {
            None
        };
        let uploading = self.client().await?.uploads().await?.uploads;
        Ok(Space {
            usage,
            largest_videos,
            duplicates,
            disk_free,
            uploading,
        })
    }
}

/// `dir/name (2).ext`, `(3)`... the first that `taken` does not hold.
fn free_name(path: &str, taken: impl Fn(&str) -> bool) -> String {
    let (dir, name) = path.rsplit_once('/').map_or(("", path), |(d, n)| (d, n));
    let (stem, ext) = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem, format!(".{ext}")),
        _ => (name, String::new()),
    };
    (2..)
        .map(|n| {
            let name = format!("{stem} ({n}){ext}");
            if dir.is_empty() {
                name
            } else {
                format!("{dir}/{name}")
            }
        })
        .find(|candidate| !taken(candidate))
        .expect("a free name")
}

#[cfg(test)]
mod tests {
    use super::{DAY_MS, days_left, free_name};

    #[test]
    fn days_left_round_up_and_stop_at_zero() {
        let now = 1_700_000_000_000;
        assert_eq!(days_left(Some(now), 30, now), 30);
        assert_eq!(
            days_left(Some(now - 1), 30, now),
            30,
            "a moment ago: still 30 started days"
        );
        assert_eq!(days_left(Some(now - DAY_MS), 30, now), 29);
        assert_eq!(days_left(Some(now - 29 * DAY_MS - 1), 30, now), 1);
        assert_eq!(days_left(Some(now - 31 * DAY_MS), 30, now), 0);
        assert_eq!(days_left(None, 7, now), 7);
    }

    #[test]
    fn a_twin_gets_the_first_name_no_one_holds() {
        let taken = ["Trip/img.jpg", "Trip/IMG (2).JPG"];
        let is_taken = |candidate: &str| {
            taken
                .iter()
                .any(|t| skyfolio_protocol::name_key(t) == skyfolio_protocol::name_key(candidate))
        };
        assert_eq!(free_name("Trip/IMG.jpg", is_taken), "Trip/IMG (3).jpg");
        assert_eq!(free_name("notes", |_| false), "notes (2)");
    }
}
