//! One-off transfers, apart from any synced folder: photos sent to an album (what dropping
//! files on Mi Cloud Photo Manager did), and cloud items fetched into a folder. Both resume
//! from the journal when interrupted, and neither overwrites anything.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use futures_util::StreamExt;
use serde::Serialize;
use skyfolio_media::ContentHash;
use skyfolio_sync::names::{cloud_key, cloud_path, fold_key};
use skyfolio_sync::transfer::{self, ProgressSink, rename_no_replace};
use skyfolio_sync::{Failure, Options, RemoteRow};

use crate::{App, Error, SharedClock};

/// The folder id under which one-off transfers are journaled.
pub(crate) const ONE_OFF: skyfolio_library::FolderId = skyfolio_library::FolderId(0);

/// Transfers at once.
const AT_ONCE: usize = 4;

/// The album loose files go to when none is named.
pub const DEFAULT_ALBUM: &str = "Uploads";

#[derive(Debug, Clone, Default, Serialize)]
pub struct UploadReport {
    /// Files sent, with where they went in the cloud.
    pub uploaded: Vec<(PathBuf, String)>,
    /// Files whose content the cloud already held under that name.
    pub already_there: usize,
    /// Files that are not photos or videos.
    pub skipped: Vec<PathBuf>,
    pub failed: Vec<Failure>,
}

/// Which cloud items to download.
#[derive(Debug, Clone)]
pub enum Selection {
    All,
    Album(String),
    Ids(Vec<String>),
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct DownloadReport {
    pub downloaded: Vec<PathBuf>,
    /// Items already in the target folder with the same content.
    pub already_there: usize,
    pub failed: Vec<Failure>,
}

struct Candidate {
    path: PathBuf,
    cloud: String,
}

fn failure(path: &Path, error: &Error) -> Failure {
    Failure {
        path: path.display().to_string(),
        code: error.code().to_string(),
        // The path is named beside the message already.
        message: error.reason(),
    }
}

/// `name (n).ext` for n = 1, 2, ...
pub(crate) fn numbered(path: &str, n: usize) -> String {
    let (dir, name) = path.rsplit_once('/').map_or(("", path), |(d, f)| (d, f));
    let (stem, ext) = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem, format!(".{ext}")),
        _ => (name, String::new()),
    };
    let name = format!("{stem} ({n}){ext}");
    if dir.is_empty() {
        name
    } else {
        format!("{dir}/{name}")
    }
}

impl App {
    /// Sends photos and videos to the cloud: files into `album` (or [`DEFAULT_ALBUM`]),
    /// folders into `album` (or an album named after the folder) with their sub-folders.
    /// A name the cloud holds with other content gets a number; nothing is replaced.
    pub async fn upload_paths(
        &self,
        paths: &[PathBuf],
        album: Option<&str>,
        progress: ProgressSink,
    ) -> Result<UploadReport, Error> {
        self.upload_paths_with(paths, album, transfer::Link::new(progress))
            .await
    }

    /// [`App::upload_paths`], with a link that may also pause and limit the transfers.
    pub async fn upload_paths_with(
        &self,
        paths: &[PathBuf],
        album: Option<&str>,
        link: transfer::Link,
    ) -> Result<UploadReport, Error> {
        let engine = self.engine(Options::default()).await?;
        engine.pull().await?;
        let mut report = UploadReport::default();
        let mut candidates = Vec::new();
        for root in paths {
            let root_album = match album {
                Some(album) => album.trim_matches('/').to_owned(),
                None if root.is_dir() => root
                    .file_name()
                    .and_then(|n| n.to_str())
                    .map_or_else(|| DEFAULT_ALBUM.to_owned(), str::to_owned),
                None => DEFAULT_ALBUM.to_owned(),
            };
            for file in skyfolio_library::expand_paths(std::slice::from_ref(root)) {
                let relative = if root.is_dir() {
                    file.strip_prefix(root)
                        .ok()
                        .and_then(|r| r.to_str())
                        .map(|r| r.replace(std::path::MAIN_SEPARATOR, "/"))
                } else {
                    file.file_name().and_then(|n| n.to_str()).map(str::to_owned)
                };
                let cloud = relative
                    .map(|r| cloud_path(&root_album, &r))
                    .and_then(|p| cloud_key(&p));
                match cloud {
                    Some(cloud) => candidates.push(Candidate { path: file, cloud }),
                    None => report.failed.push(Failure {
                        path: file.display().to_string(),
                        code: "invalid-name".to_owned(),
                        message: "the cloud does not take this name (or the album's)".to_owned(),
                    }),
                }
            }
        }
        let client = engine.client().clone();
        let state = self.state.clone();
        let taken: HashSet<String> = state
            .live_items()
            .await?
            .into_iter()
            .map(|row| row.path)
            .collect();
        let taken = &taken;
        let results: Vec<(Candidate, Result<Option<Sent>, Error>)> =
            futures_util::stream::iter(candidates)
                .map(|candidate| {
                    let (client, state, link) = (client.clone(), state.clone(), link.clone());
                    let clock = self.clock().clone();
                    async move {
                        let result =
                            upload_one(&client, &state, &candidate, taken, &link, &clock).await;
                        (candidate, result)
                    }
                })
                .buffer_unordered(AT_ONCE)
                .collect()
                .await;
        for (candidate, result) in results {
            match result {
                Ok(Some((cloud, true))) => report.uploaded.push((candidate.path, cloud)),
                Ok(Some((_, false))) => report.already_there += 1,
                Ok(None) => report.skipped.push(candidate.path),
                Err(error) => report.failed.push(failure(&candidate.path, &error)),
            }
        }
        report.uploaded.sort();
        Ok(report)
    }

    /// Fetches cloud items, originals, into `to`, keeping their album folders (`--id` ones go
    /// straight into `to`). An item whose file is there already with the same content is
    /// skipped; another file of that name is never replaced (the download gets a number).
    pub async fn download(
        &self,
        selection: &Selection,
        to: &Path,
        progress: ProgressSink,
    ) -> Result<DownloadReport, Error> {
        self.download_with(selection, to, transfer::Link::new(progress))
            .await
    }

    /// [`App::download`], with a link that may also pause and limit the transfers.
    pub async fn download_with(
        &self,
        selection: &Selection,
        to: &Path,
        link: transfer::Link,
    ) -> Result<DownloadReport, Error> {
        let engine = self.engine(Options::default()).await?;
        engine.pull().await?;
        let (items, flat): (Vec<RemoteRow>, bool) = match selection {
            Selection::All => (self.state.live_items().await?, false),
            Selection::Album(album) => {
                let album = album.trim_matches('/');
                (self.state.live_items_in(album).await?, false)
            }
            Selection::Ids(ids) => {
                let mut found = Vec::new();
                for id in ids {
                    match self.state.item(id).await? {
                        Some(row) if !row.trashed => found.push(row),
                        _ => {
                            return Err(Error::NothingSelected {
                                what: format!("the id {id}"),
                            });
                        }
                    }
                }
                (found, true)
            }
        };
        if items.is_empty() {
            return Err(Error::NothingSelected {
                what: match selection {
                    Selection::Album(album) => format!("the album {album:?}"),
                    _ => "the selection".to_owned(),
                },
            });
        }
        let mut report = DownloadReport::default();
        let client = engine.client().clone();
        let state = self.state.clone();
        let results: Vec<(String, Result<Option<PathBuf>, Error>)> =
            futures_util::stream::iter(items)
                .map(|row| {
                    let (client, state, link) = (client.clone(), state.clone(), link.clone());
                    let clock = self.clock().clone();
                    async move {
                        let result =
                            download_one(&client, &state, &row, to, flat, &link, &clock).await;
                        (row.path, result)
                    }
                })
                .buffer_unordered(AT_ONCE)
                .collect()
                .await;
        for (cloud, result) in results {
            match result {
                Ok(Some(path)) => report.downloaded.push(path),
                Ok(None) => report.already_there += 1,
                Err(error) => report.failed.push(failure(Path::new(&cloud), &error)),
            }
        }
        report.downloaded.sort();
        Ok(report)
    }
}

/// A file the media crate could not read, with its reason (the path is named once, by
/// `Error::Io`).
fn unreadable(path: &Path, error: &skyfolio_media::Error) -> Error {
    let message = error.message();
    let prefix = format!("{}: ", path.display());
    let reason = message.strip_prefix(&prefix).unwrap_or(&message).to_owned();
    Error::Unreadable {
        path: path.to_owned(),
        code: error.code(),
        reason,
    }
}

pub(crate) async fn hash_of(path: &Path) -> Result<ContentHash, Error> {
    let owned = path.to_owned();
    tokio::task::spawn_blocking(move || skyfolio_media::hash_file(&owned))
        .await
        .map_err(|e| Error::Io {
            path: path.to_owned(),
            what: "cannot read",
            source: std::io::Error::other(e),
        })?
        .map_err(|e| unreadable(path, &e))
}

/// Uploads one file; `None` when it is not a photo or video, else where it went and whether
/// bytes were sent.
/// Where an upload went in the cloud, and whether bytes were sent (not held already).
type Sent = (String, bool);

async fn upload_one(
    client: &skyfolio_sync::Client,
    state: &skyfolio_sync::State,
    candidate: &Candidate,
    taken: &HashSet<String>,
    link: &transfer::Link,
    clock: &SharedClock,
) -> Result<Option<Sent>, Error> {
    let path = candidate.path.clone();
    let sniffed = tokio::task::spawn_blocking(move || skyfolio_media::sniff(&path)).await;
    match sniffed {
        Ok(Ok(_)) => {}
        Ok(Err(error)) if error.code() == skyfolio_media::ErrorCode::UnsupportedFormat => {
            return Ok(None);
        }
        Ok(Err(error)) => return Err(unreadable(&candidate.path, &error)),
        Err(error) => {
            return Err(Error::Io {
                path: candidate.path.clone(),
                what: "cannot read",
                source: std::io::Error::other(error),
            });
        }
    }
    let hash = hash_of(&candidate.path).await?;
    for n in 0..100 {
        let cloud = if n == 0 {
            candidate.cloud.clone()
        } else {
            numbered(&candidate.cloud, n)
        };
        if n > 0 && taken.contains(&cloud) {
            continue;
        }
        let job = transfer::Upload {
            folder_id: ONE_OFF,
            key: &cloud,
            path: &candidate.path,
            cloud_path: &cloud,
            hash,
            replaces: None,
        };
        match transfer::upload(client, state, job, link, clock.now_ms()).await {
            Ok(item) => {
                state.note_item(&item).await?;
                let sent = !taken.contains(&cloud) || n > 0;
                return Ok(Some((cloud, sent)));
            }
            Err(skyfolio_sync::Error::Server {
                code: skyfolio_protocol::ErrorCode::PathTaken,
                ..
            }) => continue,
            Err(error) => return Err(error.into()),
        }
    }
    Err(Error::Io {
        path: candidate.path.clone(),
        what: "every name for it in the album is taken",
        source: std::io::Error::other("too many files of this name"),
    })
}

impl App {
    /// Sends a file to `wanted`, or to `wanted (n)` when that name is taken (by `taken`, which
    /// holds folded name keys, or by the cloud's answer), and notes the item in the cloud's
    /// mirror. `taken` learns the name used. For importers, whose items are new by content.
    pub(crate) async fn send_to_free_name(
        &self,
        client: &skyfolio_sync::Client,
        taken: &mut HashSet<String>,
        wanted: &str,
        file: (&Path, ContentHash),
        hints: &transfer::UploadHints,
        link: &transfer::Link,
    ) -> Result<skyfolio_protocol::MediaItem, Error> {
        let (path, hash) = file;
        for n in 0..100 {
            let cloud = if n == 0 {
                wanted.to_owned()
            } else {
                numbered(wanted, n)
            };
            if taken.contains(&fold_key(&cloud)) {
                continue;
            }
            let job = transfer::Upload {
                folder_id: ONE_OFF,
                key: &cloud,
                path,
                cloud_path: &cloud,
                hash,
                replaces: None,
            };
            match transfer::upload_with_hints(client, &self.state, job, hints, link, self.now_ms())
                .await
            {
                Ok(item) => {
                    self.state.note_item(&item).await?;
                    taken.insert(fold_key(&item.path));
                    return Ok(item);
                }
                Err(skyfolio_sync::Error::Server {
                    code: skyfolio_protocol::ErrorCode::PathTaken,
                    ..
                }) => {
                    taken.insert(fold_key(&cloud));
                }
                Err(error) => return Err(error.into()),
            }
        }
        Err(Error::Io {
            path: PathBuf::from(wanted),
            what: "every name for it in the album is taken",
            source: std::io::Error::other("too many files of this name"),
        })
    }
}

async fn download_one(
    client: &skyfolio_sync::Client,
    state: &skyfolio_sync::State,
    row: &RemoteRow,
    to: &Path,
    flat: bool,
    link: &transfer::Link,
    clock: &SharedClock,
) -> Result<Option<PathBuf>, Error> {
    let Some(key) = cloud_key(&row.path) else {
        return Err(Error::Io {
            path: PathBuf::from(&row.path),
            what: "cannot be written on this computer",
            source: std::io::Error::other("an unsafe name"),
        });
    };
    let relative = if flat {
        key.rsplit('/').next().unwrap_or(&key).to_owned()
    } else {
        key
    };
    for n in 0..100 {
        let name = if n == 0 {
            relative.clone()
        } else {
            numbered(&relative, n)
        };
        let target = name.split('/').fold(to.to_owned(), |p, part| p.join(part));
        if let Ok(metadata) = tokio::fs::metadata(&target).await {
            if metadata.len() == row.size && hash_of(&target).await? == row.hash {
                return Ok(None);
            }
            continue;
        }
        let key = target.display().to_string();
        let job = transfer::Download {
            folder_id: ONE_OFF,
            key: &key,
            remote_id: &row.id,
            hash: row.hash,
            size: row.size,
            target: &target,
            modified_at: row.taken_at.is_none().then_some(row.sort_time),
        };
        let partial = transfer::download(client, state, job, link, clock.now_ms()).await?;
        let placed = {
            let (partial, target) = (partial.clone(), target.clone());
            tokio::task::spawn_blocking(move || rename_no_replace(&partial, &target))
                .await
                .map_err(std::io::Error::other)
                .and_then(|r| r)
        };
        match placed {
            Ok(()) => {
                state
                    .finish_transfer(ONE_OFF, &key, skyfolio_sync::Direction::Down)
                    .await?;
                return Ok(Some(target));
            }
            Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
                let _ = tokio::fs::remove_file(&partial).await;
                continue;
            }
            Err(error) => {
                let _ = tokio::fs::remove_file(&partial).await;
                return Err(Error::Io {
                    path: target,
                    what: "cannot place the download",
                    source: error,
                });
            }
        }
    }
    Err(Error::Io {
        path: to.join(&relative),
        what: "every name for it is taken",
        source: std::io::Error::other("too many files of this name"),
    })
}

#[cfg(test)]
mod tests {
    use super::numbered;

    #[test]
    fn numbered_names_keep_folder_and_extension() {
        assert_eq!(numbered("a/b.jpg", 1), "a/b (1).jpg");
        assert_eq!(numbered("b", 2), "b (2)");
        assert_eq!(numbered(".hidden", 3), ".hidden (3)");
    }
}
