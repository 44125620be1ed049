//! Files the reader did not take, remembered so that a rescan does not read them again.
//!
//! A failure (or a file that is not a photo at all) is kept in the index with the version of
//! the reader that judged it. A rescan trusts that verdict while the file keeps its size,
//! modification time and OS identity and the reader is the same; it still reports each failure,
//! from the index. Failures that may pass on their own (the file could not be opened, the
//! reader gave up in time) are not remembered, and anyone can ask for everything, a folder or a
//! file to be tried again.

use std::collections::{HashMap, HashSet};

use skyfolio_media::READER_VERSION;

use crate::scan::parent_dir;
use crate::{Error, Folder, FolderId, Library};

/// Which remembered failures to try again.
#[derive(Debug, Clone, Copy)]
pub enum FailedFiles<'a> {
    /// Every failed file of every folder.
    All,
    /// Those of one folder.
    Folder(&'a Folder),
    /// One file of a folder, by its `/`-separated path relative to the folder.
    File(&'a Folder, &'a str),
}

/// A failure the index remembers, as the scan that read the file found it.
pub(crate) struct Remembered {
    pub size: i64,
    pub mtime_ns: i64,
    pub file_id: Option<String>,
    pub code: String,
    pub message: String,
}

/// The reader's version to keep with a verdict: the current one for what the bytes decide
/// (damaged, empty, not a photo, too large), none for what may change without them (the file
/// could not be opened or read, the reader ran out of time).
pub(crate) fn verdict_version(code: Option<&str>) -> i64 {
    match code {
        Some("io" | "timeout") => 0,
        _ => i64::from(READER_VERSION),
    }
}

impl Library {
    /// Forgets the remembered failures `which` names, so that the next scan reads those files
    /// again; answers how many there were.
    pub async fn forget_failures(&self, which: FailedFiles<'_>) -> Result<u64, Error> {
        let (folder_id, rel_path) = match which {
            FailedFiles::All => (None, None),
            FailedFiles::Folder(folder) => (Some(folder.id), None),
            FailedFiles::File(folder, rel_path) => (Some(folder.id), Some(rel_path)),
        };
        let mut transaction = self.write().await?;
        let forgotten: Vec<(FolderId, String)> = sqlx::query_as(
            "UPDATE files SET reader_version = 0
             WHERE state = 'error' AND (?1 IS NULL OR folder_id = ?1)
               AND (?2 IS NULL OR rel_path = ?2)
             RETURNING folder_id, rel_path",
        )
        .bind(folder_id)
        .bind(rel_path)
        .fetch_all(&mut *transaction)
        .await?;
        let dirs: HashSet<(FolderId, &str)> = forgotten
            .iter()
            .map(|(folder_id, rel_path)| (*folder_id, parent_dir(rel_path)))
            .collect();
        for (folder_id, dir) in dirs {
            crate::scan::distrust_summary(&mut transaction, folder_id, dir).await?;
        }
        transaction.commit().await?;
        Ok(u64::try_from(forgotten.len()).unwrap_or(u64::MAX))
    }

    /// The failures of `folder` the current reader judged, by relative path.
    pub(crate) async fn remembered_failures(
        &self,
        folder: &Folder,
    ) -> Result<HashMap<String, Remembered>, Error> {
        type Row = (String, i64, i64, Option<String>, String, Option<String>);
        // `state IN (...)` lets SQLite use the partial index of verdicts.
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT rel_path, size, mtime_ns, file_id, error_code, error_message FROM files
             WHERE folder_id = ? AND state IN ('error', 'ignored') AND state = 'error'
               AND reader_version = ? AND error_code IS NOT NULL",
        )
        .bind(folder.id)
        .bind(i64::from(READER_VERSION))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(rel_path, size, mtime_ns, file_id, code, message)| {
                let remembered = Remembered {
                    size,
                    mtime_ns,
                    file_id,
                    code,
                    message: message.unwrap_or_default(),
                };
                (rel_path, remembered)
            })
            .collect())
    }

    /// Directories of `folder` holding a file whose verdict is to be given again (an older
    /// reader's, or one asked to be tried again): their fingerprints do not vouch for them.
    pub(crate) async fn dirs_to_judge_again(
        &self,
        folder: &Folder,
    ) -> Result<HashSet<String>, Error> {
        let paths: Vec<String> = sqlx::query_scalar(
            "SELECT rel_path FROM files
             WHERE folder_id = ? AND state IN ('error', 'ignored') AND reader_version < ?",
        )
        .bind(folder.id)
        .bind(i64::from(READER_VERSION))
        .fetch_all(&self.pool)
        .await?;
        Ok(paths
            .iter()
            .map(|path| parent_dir(path).to_owned())
            .collect())
    }
}
