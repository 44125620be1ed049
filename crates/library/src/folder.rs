use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::{Error, Library};

/// How a folder syncs with the cloud.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum FolderMode {
    /// The cloud's albums mirrored both ways under the folder.
    TwoWay,
    /// Backup: what appears here goes to the cloud; deletions here are never sent.
    UploadOnly,
    /// The cloud's photos downloaded here; nothing here is sent.
    DownloadOnly,
}

impl FolderMode {
    pub fn as_str(self) -> &'static str {
        match self {
            FolderMode::TwoWay => "two-way",
            FolderMode::UploadOnly => "upload-only",
            FolderMode::DownloadOnly => "download-only",
        }
    }
}

impl fmt::Display for FolderMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for FolderMode {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "two-way" => Ok(FolderMode::TwoWay),
            "upload-only" => Ok(FolderMode::UploadOnly),
            "download-only" => Ok(FolderMode::DownloadOnly),
            other => Err(format!(
                "unknown folder mode {other:?} (two-way, upload-only or download-only)"
            )),
        }
    }
}

/// Whether the folder could be read at its last scan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum FolderState {
    Ok,
    /// The folder is not there (an unplugged drive, an unmounted share, a deleted root). Nothing
    /// in it is taken as deleted.
    Missing,
    /// The folder is there but could not be read.
    Error,
    /// The folder is there and lists nothing, although the index holds photos in it: an
    /// unmounted drive's empty mount point looks like this. Nothing in it is taken as deleted
    /// until someone says the emptiness is meant ([`Library::accept_empty`]).
    Emptied,
}

impl FolderState {
    pub fn as_str(self) -> &'static str {
        match self {
            FolderState::Ok => "ok",
            FolderState::Missing => "missing",
            FolderState::Error => "error",
            FolderState::Emptied => "emptied",
        }
    }

    /// The `state` column (an emptied folder is `error` there, with `emptied` set).
    fn column(self) -> &'static str {
        match self {
            FolderState::Emptied => "error",
            other => other.as_str(),
        }
    }

    fn parse(text: &str, emptied: bool) -> FolderState {
        match text {
            "missing" => FolderState::Missing,
            "error" if emptied => FolderState::Emptied,
            "error" => FolderState::Error,
            _ => FolderState::Ok,
        }
    }
}

/// A folder's id in this computer's library, for as long as the folder is linked.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    sqlx::Type,
    ts_rs::TS,
)]
#[sqlx(transparent)]
pub struct FolderId(pub i64);

impl std::fmt::Display for FolderId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// A folder this computer keeps photos in.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Folder {
    pub id: FolderId,
    pub path: PathBuf,
    pub mode: FolderMode,
    pub state: FolderState,
    pub error: Option<String>,
    pub added_at: i64,
    pub last_scan_at: Option<i64>,
}

type FolderRow = (
    FolderId,
    String,
    String,
    String,
    Option<String>,
    i64,
    Option<i64>,
    bool,
);

fn from_row((id, path, mode, state, error, added_at, last_scan_at, emptied): FolderRow) -> Folder {
    Folder {
        id,
        path: PathBuf::from(path),
        mode: mode.parse().unwrap_or(FolderMode::UploadOnly),
        state: FolderState::parse(&state, emptied),
        error,
        added_at,
        last_scan_at,
    }
}

const FOLDER_COLUMNS: &str = "id, path, mode, state, error, added_at, last_scan_at, emptied";

/// The one spelling of a path that Skyfolio keeps and shows: absolute and without symlinks, and
/// on Windows without the `\\?\` prefix `std::fs::canonicalize` puts in front (`C:\Photos`,
/// not `\\?\C:\Photos`), which people would see in the app and some programs do not take.
/// Where an existing path cannot be canonicalized (some RAM and virtual disks on Windows do not
/// answer), it is made absolute as given.
pub fn canonical_path(path: &Path) -> std::io::Result<PathBuf> {
    match dunce::canonicalize(path) {
        Ok(canonical) => Ok(canonical),
        Err(_) if std::fs::metadata(path).is_ok() => {
            std::path::absolute(path).map(|absolute| dunce::simplified(&absolute).to_owned())
        }
        Err(error) => Err(error),
    }
}

/// Folder paths are stored absolute and without symlinks, so one folder has one spelling.
fn canonical_folder(path: &Path) -> Result<PathBuf, Error> {
    let canonical = canonical_path(path).map_err(|source| Error::NotAFolder {
        path: path.to_owned(),
        source: Some(source),
    })?;
    if !canonical.is_dir() {
        return Err(Error::NotAFolder {
            path: path.to_owned(),
            source: None,
        });
    }
    Ok(canonical)
}

impl Library {
    /// Adds a folder. A folder inside another library folder, or holding one, is refused: its
    /// files would be indexed twice.
    pub async fn add_folder(&self, path: &Path, mode: FolderMode) -> Result<Folder, Error> {
        let path = canonical_folder(path)?;
        for existing in self.folders().await? {
            if existing.path == path {
                sqlx::query("UPDATE folders SET mode = ? WHERE id = ?")
                    .bind(mode.as_str())
                    .bind(existing.id)
                    .execute(&self.pool)
                    .await?;
                return Ok(Folder { mode, ..existing });
            }
            if existing.path.starts_with(&path) || path.starts_with(&existing.path) {
                return Err(Error::Overlaps {
                    path,
                    existing: existing.path,
                });
            }
        }
        let text = path.to_string_lossy().into_owned();
        let row: FolderRow = sqlx::query_as(&format!(
            "INSERT INTO folders (path, mode, added_at) VALUES (?, ?, ?) RETURNING {FOLDER_COLUMNS}"
        ))
        .bind(&text)
        .bind(mode.as_str())
        .bind(self.now_ms())
        .fetch_one(&self.pool)
        .await?;
        Ok(from_row(row))
    }

    pub async fn folders(&self) -> Result<Vec<Folder>, Error> {
        let rows: Vec<FolderRow> = sqlx::query_as(&format!(
            "SELECT {FOLDER_COLUMNS} FROM folders ORDER BY path"
        ))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(from_row).collect())
    }

    /// The library folder `path` names (it need not exist on disk any more).
    pub async fn folder(&self, path: &Path) -> Result<Folder, Error> {
        let spelled = canonical_path(path).unwrap_or_else(|_| path.to_owned());
        self.folders()
            .await?
            .into_iter()
            .find(|folder| folder.path == spelled || folder.path == path)
            .ok_or_else(|| Error::UnknownFolder {
                path: path.to_owned(),
            })
    }

    /// Forgets a folder and what the index knew of its files. The files themselves are not
    /// touched.
    pub async fn remove_folder(&self, path: &Path) -> Result<Folder, Error> {
        let folder = self.folder(path).await?;
        let mut transaction = self.write().await?;
        sqlx::query("DELETE FROM folders WHERE id = ?")
            .bind(folder.id)
            .execute(&mut *transaction)
            .await?;
        sqlx::query(
            "DELETE FROM media WHERE hash NOT IN (SELECT hash FROM files WHERE hash IS NOT NULL)",
        )
        .execute(&mut *transaction)
        .await?;
        transaction.commit().await?;
        Ok(folder)
    }

    pub(crate) async fn set_folder_state(
        &self,
        folder: &Folder,
        state: FolderState,
        error: Option<&str>,
    ) -> Result<(), Error> {
        sqlx::query(
            "UPDATE folders SET state = ?, emptied = ?, error = ?, last_scan_at = ? WHERE id = ?",
        )
        .bind(state.column())
        .bind(state == FolderState::Emptied)
        .bind(error)
        .bind(self.now_ms())
        .bind(folder.id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_canonical_folder_is_spelled_as_the_system_spells_it() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let inner = dir.path().join("Photos");
        std::fs::create_dir(&inner).expect("a folder");
        let expected = std::fs::canonicalize(&inner).expect("canonical");
        assert_eq!(canonical_path(&inner).expect("canonical"), expected);
        // Detours are taken out; on Linux and macOS nothing else changes.
        let detour = dir.path().join("Photos").join("..").join("Photos");
        assert_eq!(canonical_path(&detour).expect("canonical"), expected);
        assert!(canonical_path(&dir.path().join("Not there")).is_err());
    }
}
