//! A folder's files as the sync engine sees them, and the engine's own writes recorded at once:
//! a file the engine placed or moved to the trash is known to the index before the next pass
//! plans, so no pass ever mistakes the engine's own work for the user's.

use skyfolio_media::{ContentHash, MediaInfo, probe_without_hash};

use crate::scan::{ONLINE_ONLY, insert_media, parent_dir};
use crate::walk;
use crate::{Error, Folder, Library};

/// What the index knows of one file in a folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexedFile {
    /// `/`-separated, relative to the folder, as spelled on disk.
    pub rel_path: String,
    pub size: u64,
    pub mtime_ns: i64,
    pub state: IndexedState,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndexedState {
    /// A photo or video with this content.
    Present(ContentHash),
    /// A file that looks like a photo or video but could not be read (damaged, unreadable).
    Failed,
    /// A cloud drive's placeholder (OneDrive, iCloud Drive…) whose content is not on this
    /// computer: left unread, so not known to be a photo at all.
    OnlineOnly,
}

impl Library {
    /// Every photo and video the index holds as present in `folder`, and every file that failed
    /// to be read, by relative path. Deleted files and files that are not media are left out.
    pub async fn folder_files(&self, folder: &Folder) -> Result<Vec<IndexedFile>, Error> {
        let rows: Vec<FileRow> = sqlx::query_as(
            "SELECT rel_path, size, mtime_ns, hash, state, error_code FROM files
             WHERE folder_id = ? AND state IN ('present', 'error') ORDER BY rel_path",
        )
        .bind(folder.id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(indexed).collect())
    }

    /// Changes whenever anything the index holds of `folder`'s files does: how many rows, and
    /// how many changes were recorded (a count, not a time, so that neither a clock standing
    /// still nor one set back hides a change).
    pub async fn folder_fingerprint(&self, folder: &Folder) -> Result<(i64, i64), Error> {
        Ok(sqlx::query_as(
            "SELECT (SELECT count(*) FROM files WHERE folder_id = ?1),
                    coalesce((SELECT generation FROM folders WHERE id = ?1), 0)",
        )
        .bind(folder.id)
        .fetch_one(&self.pool)
        .await?)
    }

    /// What the index knows of one path of `folder`, if it holds it as present or failed.
    pub async fn indexed_file(
        &self,
        folder: &Folder,
        rel_path: &str,
    ) -> Result<Option<IndexedFile>, Error> {
        let row: Option<FileRow> = sqlx::query_as(
            "SELECT rel_path, size, mtime_ns, hash, state, error_code FROM files
             WHERE folder_id = ? AND rel_path = ? AND state IN ('present', 'error')",
        )
        .bind(folder.id)
        .bind(rel_path)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(indexed))
    }

    /// Whether the file at `rel_path` is on disk exactly as the index holds it, with content
    /// `hash`: same size, same modification time. Anything else means it changed since the
    /// last scan, and whoever asks should leave it alone until the next one.
    pub async fn is_unchanged(
        &self,
        folder: &Folder,
        rel_path: &str,
        hash: ContentHash,
    ) -> Result<bool, Error> {
        let Some(known) = self.indexed_file(folder, rel_path).await? else {
            return Ok(false);
        };
        if known.state != IndexedState::Present(hash) {
            return Ok(false);
        }
        let root = folder.path.clone();
        let relative = rel_path.to_owned();
        let now = tokio::task::spawn_blocking(move || walk::stat(&root, &relative))
            .await
            .ok()
            .flatten();
        Ok(now.is_some_and(|now| now.size == known.size && now.mtime_ns == known.mtime_ns))
    }

    /// Records a file the caller has just written at `rel_path` in `folder`, whose content it
    /// knows to be `hash` (it checked it while writing): the index takes it at once, without
    /// reading it again or waiting for it to rest.
    pub async fn record_written(
        &self,
        folder: &Folder,
        rel_path: &str,
        hash: ContentHash,
    ) -> Result<IndexedFile, Error> {
        let root = folder.path.clone();
        let relative = rel_path.to_owned();
        let (entry, info) = tokio::task::spawn_blocking(move || {
            let path = root.join(&relative);
            let entry = walk::stat(&root, &relative).ok_or_else(|| Error::Io {
                path: path.clone(),
                source: std::io::Error::new(std::io::ErrorKind::NotFound, "it is not there"),
            })?;
            let info = probe_without_hash(&path, hash).ok();
            Ok::<_, Error>((entry, info))
        })
        .await
        .map_err(|e| Error::Io {
            path: folder.path.join(rel_path),
            source: std::io::Error::other(e),
        })??;
        let now = self.now_ms();
        let mut transaction = self.write().await?;
        let state = match &info {
            Some(info) => {
                insert_media(&mut transaction, info, &entry, now).await?;
                "present"
            }
            // Not readable as written: the next scan reads it again and says why.
            None => "error",
        };
        sqlx::query(
            "INSERT INTO files (folder_id, rel_path, size, mtime_ns, file_id, hash, state,
                                error_code, error_message, reader_version, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, 0, ?)
             ON CONFLICT (folder_id, rel_path) DO UPDATE SET
                size = excluded.size, mtime_ns = excluded.mtime_ns, file_id = excluded.file_id,
                hash = excluded.hash, state = excluded.state, error_code = NULL,
                error_message = NULL, reader_version = 0, updated_at = excluded.updated_at",
        )
        .bind(folder.id)
        .bind(&entry.rel_path)
        .bind(i64::try_from(entry.size).unwrap_or(i64::MAX))
        .bind(entry.mtime_ns)
        .bind(&entry.file_id)
        .bind(
            info.as_ref()
                .map(|i: &MediaInfo| i.hash.as_bytes().to_vec()),
        )
        .bind(state)
        .bind(now)
        .execute(&mut *transaction)
        .await?;
        forget_summary(&mut transaction, folder, parent_dir(&entry.rel_path)).await?;
        sqlx::query("DELETE FROM busy_files WHERE folder_id = ? AND rel_path = ?")
            .bind(folder.id)
            .bind(&entry.rel_path)
            .execute(&mut *transaction)
            .await?;
        crate::scan::count_change(&mut transaction, folder.id).await?;
        transaction.commit().await?;
        Ok(IndexedFile {
            rel_path: entry.rel_path,
            size: entry.size,
            mtime_ns: entry.mtime_ns,
            state: match info {
                Some(info) => IndexedState::Present(info.hash),
                None => IndexedState::Failed,
            },
        })
    }

    /// The caller found the file at `rel_path` other than the index holds it (there while the
    /// index has none, or changed since it was read): the next scan reads its directory again
    /// rather than trust the directory's fingerprint, however the two came apart.
    pub async fn look_again(&self, folder: &Folder, rel_path: &str) -> Result<(), Error> {
        let mut connection = self.pool.acquire().await?;
        forget_summary(&mut connection, folder, parent_dir(rel_path)).await
    }

    /// Records that the caller has just moved the file at `rel_path` out of `folder` (to the
    /// trash): the index holds it as deleted at once. Nothing happens unless the file is gone
    /// from the disk.
    pub async fn record_removed(&self, folder: &Folder, rel_path: &str) -> Result<bool, Error> {
        if tokio::fs::symlink_metadata(folder.path.join(rel_path))
            .await
            .is_ok()
        {
            return Ok(false);
        }
        let mut transaction = self.write().await?;
        let done = sqlx::query(
            "UPDATE files SET state = 'deleted', updated_at = ?
             WHERE folder_id = ? AND rel_path = ? AND state <> 'deleted'",
        )
        .bind(self.now_ms())
        .bind(folder.id)
        .bind(rel_path)
        .execute(&mut *transaction)
        .await?;
        forget_summary(&mut transaction, folder, parent_dir(rel_path)).await?;
        if done.rows_affected() > 0 {
            crate::scan::count_change(&mut transaction, folder.id).await?;
        }
        transaction.commit().await?;
        Ok(done.rows_affected() > 0)
    }

    /// Records that the caller has just renamed `from` to `to` inside `folder`: the same file,
    /// the same content, under its new name.
    pub async fn record_moved(&self, folder: &Folder, from: &str, to: &str) -> Result<(), Error> {
        let root = folder.path.clone();
        let relative = to.to_owned();
        let entry = tokio::task::spawn_blocking(move || walk::stat(&root, &relative))
            .await
            .map_err(|e| Error::Io {
                path: folder.path.join(to),
                source: std::io::Error::other(e),
            })?
            .ok_or_else(|| Error::Io {
                path: folder.path.join(to),
                source: std::io::Error::new(std::io::ErrorKind::NotFound, "it is not there"),
            })?;
        let mut transaction = self.write().await?;
        let hash: Option<Option<Vec<u8>>> = sqlx::query_scalar(
            "SELECT hash FROM files WHERE folder_id = ? AND rel_path = ? AND state = 'present'",
        )
        .bind(folder.id)
        .bind(from)
        .fetch_optional(&mut *transaction)
        .await?;
        let Some(Some(hash)) = hash else {
            return Ok(());
        };
        let now = self.now_ms();
        sqlx::query(
            "UPDATE files SET state = 'deleted', updated_at = ? WHERE folder_id = ? AND rel_path = ?",
        )
        .bind(now)
        .bind(folder.id)
        .bind(from)
        .execute(&mut *transaction)
        .await?;
        sqlx::query(
            "INSERT INTO files (folder_id, rel_path, size, mtime_ns, file_id, hash, state,
                                error_code, error_message, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, 'present', NULL, NULL, ?)
             ON CONFLICT (folder_id, rel_path) DO UPDATE SET
                size = excluded.size, mtime_ns = excluded.mtime_ns, file_id = excluded.file_id,
                hash = excluded.hash, state = 'present', error_code = NULL,
                error_message = NULL, updated_at = excluded.updated_at",
        )
        .bind(folder.id)
        .bind(&entry.rel_path)
        .bind(i64::try_from(entry.size).unwrap_or(i64::MAX))
        .bind(entry.mtime_ns)
        .bind(&entry.file_id)
        .bind(hash)
        .bind(now)
        .execute(&mut *transaction)
        .await?;
        forget_summary(&mut transaction, folder, parent_dir(from)).await?;
        forget_summary(&mut transaction, folder, parent_dir(&entry.rel_path)).await?;
        crate::scan::count_change(&mut transaction, folder.id).await?;
        transaction.commit().await?;
        Ok(())
    }
}

/// `rel_path, size, mtime_ns, hash, state, error_code` of a `files` row.
type FileRow = (String, i64, i64, Option<Vec<u8>>, String, Option<String>);

fn indexed((rel_path, size, mtime_ns, hash, state, code): FileRow) -> IndexedFile {
    let hash = hash
        .and_then(|bytes| <[u8; 32]>::try_from(bytes).ok())
        .map(ContentHash::from_bytes);
    IndexedFile {
        rel_path,
        size: u64::try_from(size).unwrap_or(0),
        mtime_ns,
        state: match (state.as_str(), hash) {
            ("present", Some(hash)) => IndexedState::Present(hash),
            _ if code.as_deref() == Some(ONLINE_ONLY) => IndexedState::OnlineOnly,
            _ => IndexedState::Failed,
        },
    }
}

/// The index changed without a scan: the directory's fingerprint no longer vouches for it.
async fn forget_summary(
    transaction: &mut sqlx::SqliteConnection,
    folder: &Folder,
    dir: &str,
) -> Result<(), Error> {
    crate::scan::distrust_summary(transaction, folder.id, dir).await?;
    Ok(())
}

/// Where a relative path of a folder is on disk.
pub fn disk_path(folder: &Folder, rel_path: &str) -> std::path::PathBuf {
    rel_path
        .split('/')
        .fold(folder.path.clone(), |path: std::path::PathBuf, part| {
            path.join(part)
        })
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    #[test]
    fn an_online_only_file_is_neither_present_nor_failed() {
        let row = |state: &str, code: Option<&str>| {
            let code = code.map(str::to_owned);
            indexed(("a.jpg".to_owned(), 1, 2, None, state.to_owned(), code)).state
        };
        assert_eq!(row("error", Some(ONLINE_ONLY)), IndexedState::OnlineOnly);
        assert_eq!(row("error", Some("corrupt")), IndexedState::Failed);
        assert_eq!(row("error", None), IndexedState::Failed);
    }

    #[test]
    fn disk_paths_follow_the_platform() {
        let folder = Folder {
            id: crate::FolderId(1),
            path: Path::new("/photos").to_owned(),
            mode: crate::FolderMode::TwoWay,
            state: crate::FolderState::Ok,
            error: None,
            added_at: 0,
            last_scan_at: None,
        };
        assert_eq!(
            disk_path(&folder, "2024/05/a.jpg"),
            Path::new("/photos").join("2024").join("05").join("a.jpg")
        );
    }
}
