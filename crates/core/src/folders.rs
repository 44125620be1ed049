//! The folders this computer syncs, each with the album of the cloud it mirrors.

use std::path::Path;

use serde::Serialize;
use skyfolio_library::{Folder, FolderMode};
use skyfolio_sync::names::cloud_key;

use crate::{App, Error};

/// A library folder and the album it mirrors (`""`: the top of the cloud).
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct LinkedFolder {
    #[serde(flatten)]
    pub folder: Folder,
    pub album: String,
    /// Sync of this folder is paused; it is still indexed and shown.
    pub paused: bool,
}

/// Whether one album lies within the other (or they are one): `""` holds every album.
fn nested(a: &str, b: &str) -> bool {
    let inside = |outer: &str, inner: &str| {
        outer.is_empty() || inner == outer || inner.starts_with(&format!("{outer}/"))
    };
    inside(a, b) || inside(b, a)
}

impl App {
    /// Adds a folder to sync. `album` is where it goes in the cloud: by default the top of the
    /// cloud for two-way and download-only folders, an album named after the folder for
    /// backups. Two two-way folders never mirror the same photos.
    pub async fn add_folder(
        &self,
        path: &Path,
        mode: FolderMode,
        album: Option<&str>,
    ) -> Result<LinkedFolder, Error> {
        let album = match album {
            None => None,
            Some(text) => {
                let text = text.trim().trim_matches('/');
                if text.is_empty() {
                    Some(String::new())
                } else {
                    Some(cloud_key(text).ok_or_else(|| Error::InvalidAlbum {
                        album: text.to_owned(),
                        reason: "use plain names separated by /".to_owned(),
                    })?)
                }
            }
        };
        let album = match album {
            Some(album) => album,
            None => match mode {
                FolderMode::TwoWay | FolderMode::DownloadOnly => String::new(),
                FolderMode::UploadOnly => path
                    .file_name()
                    .and_then(|n| n.to_str())
                    .and_then(cloud_key)
                    .unwrap_or_else(|| "Backup".to_owned()),
            },
        };
        self.check_two_way(path, mode, &album).await?;
        let folder = self.library.add_folder(path, mode).await?;
        self.state.set_album(folder.id, &album).await?;
        Ok(LinkedFolder {
            folder,
            album,
            paused: false,
        })
    }

    /// Two two-way folders never mirror the same photos.
    async fn check_two_way(&self, path: &Path, mode: FolderMode, album: &str) -> Result<(), Error> {
        if mode == FolderMode::TwoWay {
            let spelled =
                skyfolio_library::canonical_path(path).unwrap_or_else(|_| path.to_owned());
            for other in self.folders().await? {
                if other.folder.path != spelled
                    && other.folder.mode == FolderMode::TwoWay
                    && nested(&other.album, album)
                {
                    return Err(Error::AlbumTaken {
                        path: path.to_owned(),
                        album: album.to_owned(),
                        other: other.folder.path,
                    });
                }
            }
        }
        Ok(())
    }

    /// Changes how a folder syncs; it keeps its album and what was synced.
    pub async fn set_folder_mode(
        &self,
        path: &Path,
        mode: FolderMode,
    ) -> Result<LinkedFolder, Error> {
        let known = self.folder(path).await?;
        self.check_two_way(&known.folder.path, mode, &known.album)
            .await?;
        let folder = self.library.add_folder(&known.folder.path, mode).await?;
        Ok(LinkedFolder { folder, ..known })
    }

    /// Pauses or resumes sync of one folder.
    pub async fn set_folder_paused(
        &self,
        path: &Path,
        paused: bool,
    ) -> Result<LinkedFolder, Error> {
        let known = self.folder(path).await?;
        self.state
            .set_folder_paused(known.folder.id, paused)
            .await?;
        Ok(LinkedFolder { paused, ..known })
    }

    async fn folder(&self, path: &Path) -> Result<LinkedFolder, Error> {
        let folder = self.library.folder(path).await?;
        self.folders()
            .await?
            .into_iter()
            .find(|linked| linked.folder.id == folder.id)
            .ok_or_else(|| {
                skyfolio_library::Error::UnknownFolder {
                    path: path.to_owned(),
                }
                .into()
            })
    }

    /// Brings onto this computer a file that a cloud drive (OneDrive, iCloud Drive) keeps online
    /// only, so that the next scan reads it and sync takes it. On Windows it is pinned first
    /// ("always keep on this device", `attrib +P`), so the drive does not give its space back
    /// later; then it is read through, which downloads it everywhere. Only a file of a folder
    /// this computer syncs is taken; its directory is read again at the next scan.
    pub async fn keep_here(&self, path: &Path) -> Result<(), Error> {
        let (folder, rel_path) = self
            .library
            .folders()
            .await?
            .into_iter()
            .find_map(|folder| {
                let parts = path
                    .strip_prefix(&folder.path)
                    .ok()?
                    .components()
                    .map(|part| match part {
                        std::path::Component::Normal(name) => name.to_str(),
                        _ => None,
                    })
                    .collect::<Option<Vec<&str>>>()?;
                (!parts.is_empty()).then(|| (folder, parts.join("/")))
            })
            .ok_or_else(|| Error::NothingSelected {
                what: path.display().to_string(),
            })?;
        let owned = path.to_owned();
        tokio::task::spawn_blocking(move || {
            if cfg!(windows) {
                // Pinning asks OneDrive to keep it; reading below brings it now either way.
                let _ = skyfolio_media::background_command("attrib")
                    .arg("+P")
                    .arg("-U")
                    .arg(&owned)
                    .status();
            }
            let mut file = std::fs::File::open(&owned)?;
            std::io::copy(&mut file, &mut std::io::sink()).map(|_| ())
        })
        .await
        .map_err(std::io::Error::other)
        .and_then(|read| read)
        .map_err(|source| Error::Io {
            path: path.to_owned(),
            what: "cannot bring the file onto this computer",
            source,
        })?;
        self.library.look_again(&folder, &rel_path).await?;
        Ok(())
    }

    /// Stops syncing a folder; its files stay where they are.
    pub async fn remove_folder(&self, path: &Path) -> Result<Folder, Error> {
        let folder = self.library.remove_folder(path).await?;
        self.state.forget_folder(folder.id).await?;
        Ok(folder)
    }

    pub async fn folders(&self) -> Result<Vec<LinkedFolder>, Error> {
        let mut linked = Vec::new();
        for folder in self.library.folders().await? {
            let album = match self.state.album(folder.id).await? {
                Some(album) => album,
                None => match folder.mode {
                    FolderMode::UploadOnly => folder
                        .path
                        .file_name()
                        .and_then(|n| n.to_str())
                        .and_then(cloud_key)
                        .unwrap_or_else(|| "Backup".to_owned()),
                    _ => String::new(),
                },
            };
            let paused = self.state.folder_paused(folder.id).await?;
            linked.push(LinkedFolder {
                folder,
                album,
                paused,
            });
        }
        Ok(linked)
    }
}

#[cfg(test)]
mod tests {
    use super::nested;

    #[test]
    fn albums_nest_by_whole_names() {
        assert!(nested("", "Trips"));
        assert!(nested("Trips", "Trips/2024"));
        assert!(nested("Trips", "Trips"));
        assert!(!nested("Trips", "Trips 2024"));
        assert!(!nested("Camera", "Trips"));
    }
}
