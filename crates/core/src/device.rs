//! Phones and camera cards: noticing them, backing them up into the cloud, and freeing their
//! space once the cloud holds each photo.
//!
//! - **Noticing**: a mounted volume (or a phone's storage) with a `DCIM` folder at its top is
//!   a camera's storage. [`mount_parents`] says where each OS mounts them; [`camera_storage`]
//!   looks there.
//! - **Backing up**: every photo and video under the storage that neither the cloud nor this
//!   computer's library holds (by content) goes to an album named after its source folder
//!   ([`album_for`]: `Camera`, `Screenshots`, `WhatsApp`...); caches, trashes and app data are
//!   left out ([`is_left_out`]). Nothing on the storage is written to. A second run, after a
//!   crash or a cancel, sends only what the first did not: what the cloud holds is skipped by
//!   content, and a transfer cut off part-way resumes from the journal.
//! - **Freeing space**: only files whose content the cloud confirms, asked at that moment by
//!   item and hash, are removed, each hashed again just before; through the OS trash where the
//!   storage has one. Nothing else is ever removed.

use skyfolio_codes::Code;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde::Serialize;
use skyfolio_media::ContentHash;
use skyfolio_sync::names::{cloud_path, fold_key};
use skyfolio_sync::transfer::{self, UploadHints};
use skyfolio_sync::{Failure, Options};

use crate::oneoff::hash_of;
use crate::takeout::{check_media, path_segment};
use crate::{App, Error};

/// The album of files that sit at the top of a storage, in no folder.
pub const CAMERA_ALBUM: &str = "Camera";

/// The operating systems whose mount places differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Os {
    Linux,
    MacOs,
    Windows,
}

impl Os {
    pub const fn current() -> Os {
        if cfg!(windows) {
            Os::Windows
        } else if cfg!(target_os = "macos") {
            Os::MacOs
        } else {
            Os::Linux
        }
    }
}

/// Where removable volumes and phones appear: folders whose children (or grandchildren, for
/// a phone's storages) may be a camera's storage.
///
/// - Linux: `/media/<user>` and `/media` (udisks and older systems), `/run/media/<user>`
///   (Fedora, Arch), and GVfs's `/run/user/<uid>/gvfs`, where a phone speaking MTP shows as
///   `mtp:host=...` with one folder per storage.
/// - macOS: `/Volumes`.
/// - Windows: every drive letter's root (`D:\`...); a phone that speaks only MTP has no drive
///   letter and is not found here.
pub fn mount_parents(os: Os, user: &str, uid: u32) -> Vec<PathBuf> {
    match os {
        Os::Linux => {
            let mut parents = vec![PathBuf::from("/media")];
            if !user.is_empty() {
                parents.push(Path::new("/media").join(user));
                parents.push(Path::new("/run/media").join(user));
            }
            parents.push(PathBuf::from(format!("/run/user/{uid}/gvfs")));
            parents
        }
        Os::MacOs => vec![PathBuf::from("/Volumes")],
        Os::Windows => vec![],
    }
}

/// Roots to look at directly: Windows's drive letters other than the system's.
pub fn drive_roots(os: Os) -> Vec<PathBuf> {
    match os {
        Os::Windows => ('D'..='Z')
            .map(|l| PathBuf::from(format!("{l}:\\")))
            .collect(),
        Os::Linux | Os::MacOs => Vec::new(),
    }
}

/// A camera's storage that is mounted now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CameraStorage {
    /// The folder that holds `DCIM`.
    #[ts(type = "string")]
    pub path: PathBuf,
    /// What people call it: the volume's (or phone storage's) name.
    pub name: String,
}

/// Whether `dir` holds a `DCIM` folder (any case), as every camera and phone storage does.
pub fn has_dcim(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|entries| {
        entries.filter_map(Result::ok).any(|entry| {
            entry.file_name().eq_ignore_ascii_case("DCIM")
                && entry.file_type().is_ok_and(|t| t.is_dir())
        })
    })
}

/// The camera storages among `roots`, their children and grandchildren under `parents`.
pub fn camera_storage(parents: &[PathBuf], roots: &[PathBuf]) -> Vec<CameraStorage> {
    let mut found: Vec<CameraStorage> = Vec::new();
    let consider = |path: PathBuf, found: &mut Vec<CameraStorage>| {
        if has_dcim(&path) && !found.iter().any(|f| f.path == path) {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| path.display().to_string());
            found.push(CameraStorage { path, name });
        }
    };
    for root in roots {
        consider(root.clone(), &mut found);
    }
    for parent in parents {
        for child in subfolders(parent) {
            consider(child.clone(), &mut found);
            // A phone over MTP: one folder per storage inside the device's.
            for grandchild in subfolders(&child) {
                consider(grandchild, &mut found);
            }
        }
    }
    found
}

fn subfolders(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .map(|e| e.path())
        .collect();
    dirs.sort();
    dirs
}

/// Whether a file or folder of a storage (its path from the storage's top, `/`-separated) is
/// left out of a backup: hidden ones (`.thumbnails`, Android's `.trashed-*` and `.pending-*`
/// files, `.Trash-1000`), apps' private data (`Android/data`, `Android/obb`), the file
/// system's own (`LOST.DIR`, `System Volume Information`, `$RECYCLE.BIN`) and OS litter.
pub fn is_left_out(rel: &str) -> bool {
    let parts: Vec<&str> = rel.split('/').filter(|p| !p.is_empty()).collect();
    if parts.len() >= 2
        && parts[0].eq_ignore_ascii_case("Android")
        && ["data", "obb"]
            .iter()
            .any(|d| parts[1].eq_ignore_ascii_case(d))
    {
        return true;
    }
    parts.iter().any(|part| {
        part.starts_with('.')
            || part.starts_with('$')
            || [
                "LOST.DIR",
                "System Volume Information",
                "Thumbs.db",
                "desktop.ini",
            ]
            .iter()
            .any(|n| part.eq_ignore_ascii_case(n))
    })
}

/// Whether a folder is named as DCF cameras name theirs: three digits and five letters,
/// digits or underscores (`100CANON`, `101MSDCF`, `100APPLE`, `100GOPRO`).
fn is_dcf_folder(name: &str) -> bool {
    let bytes = name.as_bytes();
    bytes.len() == 8
        && bytes[..3].iter().all(u8::is_ascii_digit)
        && bytes[3..]
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || *b == b'_')
}

/// The album a file of a storage goes to, from its path from the storage's top: the camera's
/// own folders (`DCIM`, `DCIM/Camera`, `DCIM/100CANON`) are [`CAMERA_ALBUM`]; messaging apps'
/// folders wherever they are (`WhatsApp/Media/WhatsApp Images/Sent`,
/// `Android/media/com.whatsapp/...`) are the app's name; any other file goes to its folder's
/// name (`DCIM/Screenshots`, `Pictures/Instagram`); a file at the top to [`CAMERA_ALBUM`].
pub fn album_for(rel: &str) -> String {
    let mut dirs: Vec<&str> = rel.split('/').filter(|p| !p.is_empty()).collect();
    dirs.pop();
    for (needle, album) in [("whatsapp", "WhatsApp"), ("telegram", "Telegram")] {
        if dirs.iter().any(|d| d.to_lowercase().contains(needle)) {
            return album.to_owned();
        }
    }
    if let Some(at) = dirs.iter().rposition(|d| d.eq_ignore_ascii_case("DCIM")) {
        return match dirs.get(at + 1) {
            None => CAMERA_ALBUM.to_owned(),
            Some(d) if is_dcf_folder(d) || d.eq_ignore_ascii_case("Camera") => {
                CAMERA_ALBUM.to_owned()
            }
            Some(d) => path_segment(d),
        };
    }
    dirs.last()
        .map_or_else(|| CAMERA_ALBUM.to_owned(), |d| path_segment(d))
}

/// One file of a storage that a backup considers.
#[derive(Debug, Clone)]
struct Found {
    path: PathBuf,
    rel: String,
    size: u64,
}

/// Every file of a storage that is not left out, in a stable order.
fn list_storage(root: &Path) -> Vec<Found> {
    let mut found: Vec<Found> = ignore::WalkBuilder::new(root)
        .standard_filters(false)
        .follow_links(false)
        .filter_entry({
            let root = root.to_owned();
            move |entry| {
                let rel = rel_of(&root, entry.path());
                rel.is_empty() || !is_left_out(&rel)
            }
        })
        .build()
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_some_and(|t| t.is_file()))
        .map(|entry| {
            let size = entry.metadata().map_or(0, |m| m.len());
            let path = entry.into_path();
            Found {
                rel: rel_of(root, &path),
                path,
                size,
            }
        })
        .collect();
    found.sort_by(|a, b| a.rel.cmp(&b.rel));
    found
}

/// How many files a backup of `root` looks at, and their bytes.
pub(crate) fn storage_size(root: &Path) -> (usize, u64) {
    let files = list_storage(root);
    (files.len(), files.iter().map(|f| f.size).sum())
}

fn rel_of(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// What became of one file of a backup.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case", tag = "outcome")]
pub enum DeviceOutcome {
    /// Sent; where it is in the cloud now.
    Imported {
        cloud_path: String,
    },
    /// The cloud holds its content already, there.
    InCloud {
        cloud_path: String,
    },
    /// This computer's library holds its content already, there.
    OnThisComputer {
        path: PathBuf,
    },
    /// Not a photo or video.
    NotMedia,
    Failed {
        code: String,
        message: String,
    },
}

#[derive(Debug, Clone, Serialize)]
pub struct DeviceRow {
    pub path: PathBuf,
    pub size: u64,
    pub album: String,
    #[serde(flatten)]
    pub outcome: DeviceOutcome,
}

/// What a backup of a phone or card did with every file it looked at.
#[derive(Debug, Clone, Default, Serialize)]
pub struct DeviceReport {
    pub storage: PathBuf,
    pub rows: Vec<DeviceRow>,
}

impl DeviceReport {
    pub fn imported(&self) -> usize {
        self.count(|o| matches!(o, DeviceOutcome::Imported { .. }))
    }

    /// Files whose content the cloud or this computer held already.
    pub fn already(&self) -> usize {
        self.count(|o| {
            matches!(
                o,
                DeviceOutcome::InCloud { .. } | DeviceOutcome::OnThisComputer { .. }
            )
        })
    }

    pub fn not_media(&self) -> usize {
        self.count(|o| matches!(o, DeviceOutcome::NotMedia))
    }

    pub fn failures(&self) -> Vec<Failure> {
        self.rows
            .iter()
            .filter_map(|row| match &row.outcome {
                DeviceOutcome::Failed { code, message } => Some(Failure {
                    path: row.path.display().to_string(),
                    code: code.clone(),
                    message: message.clone(),
                }),
                _ => None,
            })
            .collect()
    }

    fn count(&self, pick: impl Fn(&DeviceOutcome) -> bool) -> usize {
        self.rows.iter().filter(|r| pick(&r.outcome)).count()
    }
}

/// A file of a storage whose content the cloud confirmed it holds, and may go.
#[derive(Debug, Clone, Serialize)]
pub struct Confirmed {
    pub path: PathBuf,
    pub size: u64,
    /// The cloud item holding the same content.
    pub cloud_path: String,
    pub item_id: skyfolio_protocol::MediaId,
    /// BLAKE3, hex, of the file when it was confirmed.
    pub hash: String,
}

/// What freeing space did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct FreeReport {
    /// Files gone from the storage (to its trash, or removed where it has none).
    pub removed: Vec<PathBuf>,
    pub bytes: u64,
    /// Files kept, and why: changed since they were confirmed, no longer confirmed, or the
    /// storage refused.
    pub kept: Vec<Failure>,
}

impl App {
    /// Camera cards, USB sticks and phones mounted now that show a `DCIM` folder.
    pub fn camera_storage(&self) -> Vec<CameraStorage> {
        let os = Os::current();
        let user = std::env::var("USER")
            .or_else(|_| std::env::var("USERNAME"))
            .unwrap_or_default();
        let mut parents = mount_parents(os, &user, current_uid());
        // Other places volumes appear (an automounter's own folder), as a path list.
        if let Some(more) = std::env::var_os("SKYFOLIO_MOUNTS") {
            parents.extend(std::env::split_paths(&more));
        }
        camera_storage(&parents, &drive_roots(os))
    }

    /// Backs up a phone's or a camera card's photos and videos into the cloud (see the
    /// module's documentation). Fails as a whole only when the cloud cannot be reached or the
    /// storage cannot be read at all; a file that fails is a row of the report.
    pub async fn import_device(
        &self,
        storage: &Path,
        link: transfer::Link,
    ) -> Result<DeviceReport, Error> {
        let files = self.storage_files(storage).await?;
        let engine = self.engine(Options::default()).await?;
        engine.pull().await?;
        let client = engine.client().clone();
        let mut taken: HashSet<String> = self
            .state
            .live_items()
            .await?
            .into_iter()
            .map(|row| fold_key(&row.path))
            .collect();
        let mut report = DeviceReport {
            storage: storage.to_owned(),
            rows: Vec::with_capacity(files.len()),
        };
        for file in files {
            let album = album_for(&file.rel);
            let outcome = match self
                .back_up_one(&client, &mut taken, &file, &album, &link)
                .await
            {
                Ok(outcome) => outcome,
                Err(Error::Sync(inner)) if inner.is_signed_out() => return Err(Error::Sync(inner)),
                Err(error) => failed(&error),
            };
            report.rows.push(DeviceRow {
                path: file.path,
                size: file.size,
                album,
                outcome,
            });
        }
        Ok(report)
    }

    async fn storage_files(&self, storage: &Path) -> Result<Vec<Found>, Error> {
        if let Err(source) = std::fs::read_dir(storage) {
            return Err(Error::Io {
                path: storage.to_owned(),
                what: "cannot read the phone or card",
                source,
            });
        }
        let root = storage.to_owned();
        tokio::task::spawn_blocking(move || list_storage(&root))
            .await
            .map_err(|e| Error::Io {
                path: storage.to_owned(),
                what: "cannot read the phone or card",
                source: std::io::Error::other(e),
            })
    }

    async fn back_up_one(
        &self,
        client: &skyfolio_sync::Client,
        taken: &mut HashSet<String>,
        file: &Found,
        album: &str,
        link: &transfer::Link,
    ) -> Result<DeviceOutcome, Error> {
        match check_media(&file.path).await {
            Ok(()) => {}
            Err(Error::Unreadable {
                code: skyfolio_media::ErrorCode::UnsupportedFormat,
                ..
            }) => return Ok(DeviceOutcome::NotMedia),
            Err(error) => return Err(error),
        }
        let hash = hash_of(&file.path).await?;
        if let Some(row) = self.state.live_item_with(hash).await? {
            return Ok(DeviceOutcome::InCloud {
                cloud_path: row.path,
            });
        }
        if let Some(record) = self.library.media_by_hash(&hash).await?
            && let Some(path) = record.paths.first()
        {
            return Ok(DeviceOutcome::OnThisComputer { path: path.clone() });
        }
        let name = file.rel.rsplit('/').next().unwrap_or(&file.rel);
        let wanted = cloud_path(album, &path_segment(name));
        let item = self
            .send_to_free_name(
                client,
                taken,
                &wanted,
                (&file.path, hash),
                &UploadHints::default(),
                link,
            )
            .await?;
        Ok(DeviceOutcome::Imported {
            cloud_path: item.path,
        })
    }

    /// The files of a storage whose content the cloud holds, each confirmed with the cloud
    /// now (the item is live and its hash is the file's): what [`App::free_device`] may
    /// remove. Everything else stays.
    pub async fn confirmed_on_device(&self, storage: &Path) -> Result<Vec<Confirmed>, Error> {
        let files = self.storage_files(storage).await?;
        let engine = self.engine(Options::default()).await?;
        engine.pull().await?;
        let client = engine.client().clone();
        let mut confirmed = Vec::new();
        for file in files {
            let Ok(hash) = hash_of(&file.path).await else {
                continue;
            };
            if let Some(item) = self.confirm(&client, hash).await? {
                confirmed.push(Confirmed {
                    path: file.path,
                    size: file.size,
                    cloud_path: item.path,
                    item_id: item.id,
                    hash: hash.to_hex(),
                });
            }
        }
        Ok(confirmed)
    }

    /// The files of a backup (upload-only) folder whose content the cloud confirms now, each
    /// asked for by item and hash: what may go to free this computer's space. `older_than`
    /// keeps files changed more recently than that; `larger_than` keeps smaller ones. Once
    /// removed (with [`App::free_device`]) they stay in the timeline as cloud items, and the
    /// folder, sending only, never brings them back.
    pub async fn confirmed_in_folder(
        &self,
        folder: &Path,
        older_than: Option<std::time::Duration>,
        larger_than: Option<u64>,
    ) -> Result<Vec<Confirmed>, Error> {
        let folder = self.library.folder(folder).await?;
        if folder.mode != skyfolio_library::FolderMode::UploadOnly {
            return Err(Error::NotBackupFolder { path: folder.path });
        }
        let engine = self.engine(Options::default()).await?;
        engine.pull().await?;
        let client = engine.client().clone();
        let now_ns = self.now_ms().saturating_mul(1_000_000);
        let mut confirmed = Vec::new();
        for file in self.library.folder_files(&folder).await? {
            let skyfolio_library::IndexedState::Present(hash) = file.state else {
                continue;
            };
            let age_ns = now_ns.saturating_sub(file.mtime_ns);
            if older_than.is_some_and(|d| u128::try_from(age_ns).unwrap_or(0) < d.as_nanos())
                || larger_than.is_some_and(|min| file.size <= min)
            {
                continue;
            }
            if let Some(item) = self.confirm(&client, hash).await? {
                confirmed.push(Confirmed {
                    path: skyfolio_library::disk_path(&folder, &file.rel_path),
                    size: file.size,
                    cloud_path: item.path,
                    item_id: item.id,
                    hash: hash.to_hex(),
                });
            }
        }
        Ok(confirmed)
    }

    /// The live cloud item holding `hash`, as the cloud answers it now.
    async fn confirm(
        &self,
        client: &skyfolio_sync::Client,
        hash: ContentHash,
    ) -> Result<Option<skyfolio_protocol::MediaItem>, Error> {
        let Some(row) = self.state.live_item_with(hash).await? else {
            return Ok(None);
        };
        match client.item(&row.id).await {
            Ok(item)
                if item.state == skyfolio_protocol::MediaState::Active
                    && item.hash == hash.to_hex() =>
            {
                Ok(Some(item))
            }
            Ok(_)
            | Err(skyfolio_sync::Error::Server {
                code: skyfolio_protocol::ErrorCode::NotFound,
                ..
            }) => Ok(None),
            Err(error) => Err(error.into()),
        }
    }

    /// Removes from a phone or card those of `paths` whose content the cloud confirms now,
    /// each hashed again first: through the OS trash where the storage has one, else for
    /// good. A file whose content changed, or that the cloud no longer confirms, stays and is
    /// named with why.
    pub async fn free_device(&self, paths: &[PathBuf]) -> Result<FreeReport, Error> {
        let engine = self.engine(Options::default()).await?;
        engine.pull().await?;
        let client = engine.client().clone();
        let mut report = FreeReport::default();
        for path in paths {
            let keep = |code: Code, message: String| Failure {
                path: path.display().to_string(),
                code: code.to_string(),
                message,
            };
            let size = match tokio::fs::symlink_metadata(path).await {
                Ok(m) if m.is_file() => m.len(),
                Ok(_) => {
                    report
                        .kept
                        .push(keep(Code::NotAFile, "it is not a file".to_owned()));
                    continue;
                }
                Err(error) => {
                    report.kept.push(keep(Code::Io, error.to_string()));
                    continue;
                }
            };
            let hash = match hash_of(path).await {
                Ok(hash) => hash,
                Err(error) => {
                    report.kept.push(keep(error.code(), error.to_string()));
                    continue;
                }
            };
            if self.confirm(&client, hash).await?.is_none() {
                report.kept.push(keep(
                    Code::NotConfirmed,
                    "the cloud does not hold this content: it stays".to_owned(),
                ));
                continue;
            }
            let owned = path.clone();
            let removed = tokio::task::spawn_blocking(move || {
                transfer::os_trash(&owned).or_else(|_| std::fs::remove_file(&owned))
            })
            .await
            .map_err(std::io::Error::other)
            .and_then(|r| r);
            match removed {
                Ok(()) => {
                    report.removed.push(path.clone());
                    report.bytes += size;
                }
                Err(error) => report.kept.push(keep(Code::Io, error.to_string())),
            }
        }
        Ok(report)
    }
}

fn failed(error: &Error) -> DeviceOutcome {
    DeviceOutcome::Failed {
        code: error.code().to_string(),
        message: error.reason(),
    }
}

#[cfg(unix)]
fn current_uid() -> u32 {
    use std::os::unix::fs::MetadataExt;
    // The owner of this process's own /proc entry is its user: no unsafe call needed.
    std::fs::metadata("/proc/self").map_or(1000, |m| m.uid())
}

#[cfg(not(unix))]
fn current_uid() -> u32 {
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn albums_follow_the_source_folder() {
        assert_eq!(album_for("DCIM/Camera/IMG_20230101_120000.jpg"), "Camera");
        assert_eq!(album_for("DCIM/100CANON/IMG_0001.JPG"), "Camera");
        assert_eq!(album_for("DCIM/101MSDCF/DSC00001.JPG"), "Camera");
        assert_eq!(album_for("dcim/100APPLE/IMG_0001.HEIC"), "Camera");
        assert_eq!(album_for("DCIM/IMG_1.jpg"), "Camera");
        assert_eq!(
            album_for("DCIM/Screenshots/Screenshot_1.png"),
            "Screenshots"
        );
        assert_eq!(album_for("Pictures/Screenshots/s.png"), "Screenshots");
        assert_eq!(
            album_for("WhatsApp/Media/WhatsApp Images/Sent/IMG-20230101-WA0001.jpg"),
            "WhatsApp"
        );
        assert_eq!(
            album_for("Android/media/com.whatsapp/WhatsApp/Media/WhatsApp Video/v.mp4"),
            "WhatsApp"
        );
        assert_eq!(album_for("Telegram/Telegram Images/t.jpg"), "Telegram");
        assert_eq!(album_for("Pictures/Instagram/i.jpg"), "Instagram");
        assert_eq!(album_for("photo.jpg"), "Camera");
        assert_eq!(album_for("Trips: 2019/a.jpg"), "Trips_ 2019");
    }

    #[test]
    fn caches_trashes_and_app_data_are_left_out() {
        for rel in [
            "DCIM/.thumbnails/1.jpg",
            "DCIM/Camera/.trashed-1700000000-IMG_1.jpg",
            "DCIM/Camera/.pending-1700000000-IMG_2.jpg",
            ".Trash-1000/files/a.jpg",
            "Android/data/com.app/cache/x.jpg",
            "android/OBB/game/x.jpg",
            "LOST.DIR/1",
            "System Volume Information/x",
            "$RECYCLE.BIN/x.jpg",
            "DCIM/Camera/._IMG_1.jpg",
        ] {
            assert!(is_left_out(rel), "{rel}");
        }
        for rel in [
            "DCIM/Camera/IMG_1.jpg",
            "Android/media/com.whatsapp/WhatsApp/Media/WhatsApp Images/a.jpg",
            "Pictures/a.jpg",
        ] {
            assert!(!is_left_out(rel), "{rel}");
        }
    }

    #[test]
    fn dcf_folders_are_three_digits_and_five_characters() {
        assert!(is_dcf_folder("100CANON"));
        assert!(is_dcf_folder("999_FUJI"));
        assert!(!is_dcf_folder("Camera"));
        assert!(!is_dcf_folder("10CANON"));
        assert!(!is_dcf_folder("100CANON1"));
    }

    #[test]
    fn each_os_mounts_in_its_own_places() {
        let linux = mount_parents(Os::Linux, "ana", 1000);
        assert!(linux.contains(&PathBuf::from("/media/ana")));
        assert!(linux.contains(&PathBuf::from("/run/media/ana")));
        assert!(linux.contains(&PathBuf::from("/run/user/1000/gvfs")));
        assert_eq!(
            mount_parents(Os::MacOs, "ana", 501),
            [PathBuf::from("/Volumes")]
        );
        assert!(mount_parents(Os::Windows, "ana", 0).is_empty());
        let drives = drive_roots(Os::Windows);
        assert_eq!(drives.first(), Some(&PathBuf::from("D:\\")));
        assert_eq!(drives.len(), 23);
        assert!(drive_roots(Os::Linux).is_empty());
    }

    #[test]
    fn storages_with_a_dcim_folder_are_found_under_mount_places() {
        let dir = tempfile::tempdir().expect("dir");
        let media = dir.path().join("media");
        // A card, a USB stick without photos, and a phone over MTP with two storages.
        std::fs::create_dir_all(media.join("NIKON D750/DCIM/100NIKON")).expect("mkdir");
        std::fs::create_dir_all(media.join("STICK/Documents")).expect("mkdir");
        let gvfs = dir.path().join("gvfs");
        std::fs::create_dir_all(gvfs.join("mtp:host=Xiaomi_Redmi/Internal shared storage/DCIM"))
            .expect("mkdir");
        std::fs::create_dir_all(gvfs.join("mtp:host=Xiaomi_Redmi/SD card/Music")).expect("mkdir");
        let found = camera_storage(&[media.clone(), gvfs.clone()], &[]);
        let names: Vec<&str> = found.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["NIKON D750", "Internal shared storage"]);
        assert_eq!(found[0].path, media.join("NIKON D750"));
    }
}
