//! The plan of a Takeout: every entry of every part, and the bytes of its JSON files, turned
//! into the items to import, their albums, and everything that will not be imported, with why.
//!
//! Folders are taken by name (the folder holding each file), whichever part or extracted
//! folder they come from: `Photos from 2019` in part 3 and in part 9 is one folder, so a photo
//! and its sidecar in different parts still meet. Within a folder, [`sidecar::match_folder`]
//! ties media to sidecars. Across folders, one photo is recognised by its file name and size:
//! the same photo in its year folder, in two albums and in two parts is one [`Item`] with three
//! [`Place`]s, the year folder's first. That is a guess the importer checks by content hash
//! before it skips any copy.

use std::collections::{BTreeMap, HashMap};

use jiff::Timestamp;
use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use crate::folder::{FolderKind, classify_folder};
use crate::metadata::{
    AlbumMetadata, ItemMetadata, JsonDocument, Location, is_album_metadata_name, read_json,
};
use crate::name::{MediaKind, MotionPair, is_json_name, is_system_file, media_kind, motion_pairs};
use crate::path::{TakeoutPath, UnsafePath, safe_relative_path_bytes};
use crate::sidecar::{self, MatchRule, MediaName, SidecarName};

/// Which of the paths given (a zip part or an extracted folder) an entry came from: the
/// caller's own numbering.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct SourceId(pub u32);

/// One entry of the Takeout, as the caller listed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The part or folder it came from.
    pub source: SourceId,
    /// Its name in the source, as bytes: a zip's raw entry name; for an extracted folder, the
    /// file's path relative to the folder's parent, so that the folder's own name (`Takeout`,
    /// `Google Photos`, an album's or a year's) is part of it. A trailing `/` marks a directory.
    pub name: Vec<u8>,
    /// Its size in bytes (uncompressed).
    pub size: u64,
    /// For entries whose name ends in `.json` ([`is_json_name`]), their bytes (a sidecar is
    /// about a kilobyte); `None` when they could not be read.
    pub json: Option<Vec<u8>>,
}

/// Where one file is: the source and the path inside it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct EntryRef {
    /// The part or folder holding it.
    pub source: SourceId,
    /// Its path inside, as the source spells it (not normalized, so it names the entry).
    pub path: TakeoutPath,
}

/// Index of a folder in [`Plan::folders`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct FolderId(pub u32);

/// Index of an album in [`Plan::albums`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct AlbumId(pub u32);

/// A folder that held media or JSON, in any part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Folder {
    /// Its name (NFC); `None` for files at the top of a source.
    pub name: Option<String>,
    /// Year folder, album, one of Google's own, or the top.
    pub kind: FolderKind,
    /// The album it is, if it is one and holds media.
    pub album: Option<AlbumId>,
}

/// An album to create.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Album {
    /// The folder it is made from.
    pub folder: FolderId,
    /// The title: from the album's metadata (the folder's name is localized, numbered and
    /// stripped of characters file systems refuse), else the folder's name.
    pub title: String,
    /// Where the title came from.
    pub title_from: TitleSource,
    /// The description from the album's metadata.
    pub description: Option<String>,
    /// The metadata file, in every part that has it.
    pub metadata: Vec<EntryRef>,
}

/// Where an album's title came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TitleSource {
    /// The album's metadata file.
    Metadata,
    /// The folder's name (no metadata file, or an empty title in it).
    FolderName,
}

/// One photo or video to import, wherever the Takeout holds it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    /// The file's name (NFC).
    pub name: String,
    /// Its size in bytes.
    pub size: u64,
    /// Photo or video, by its extension (the importer reads the content).
    pub kind: MediaKind,
    /// The video of a motion photo, which stays with its still.
    pub motion: Option<MotionVideo>,
    /// Every folder it is in; the first is the canonical copy (its year folder's, if any).
    pub places: Vec<Place>,
    /// The sidecar whose metadata is used: the first place's that could be read.
    pub sidecar: Option<EntryRef>,
    /// That sidecar's metadata.
    pub metadata: Option<ItemMetadata>,
    /// The albums it is in (the year folders are not albums).
    pub albums: Vec<AlbumId>,
    /// Marked as a favourite in Google Photos.
    pub favorite: bool,
    /// Archived in Google Photos (the sidecar says so, or it is in the archive folder).
    pub archived: bool,
    /// In Google Photos' trash (the sidecar says so, or it is in the trash folder): it goes to
    /// the recycle bin.
    pub trashed: bool,
    /// Where it was: `geoData`, else `geoDataExif`.
    pub location: Option<Location>,
    /// When it was taken, by the sidecar (UTC; the original offset is lost): only for a file
    /// that has no capture time of its own, the caller decides.
    pub taken_at: Option<Timestamp>,
}

/// The video half of a motion photo. How the halves were paired is in [`MotionPair`]: a
/// Pixel's `PXL_1.MP.jpg` with `PXL_1.MP`, or a still and a video of one stem
/// (`IMG_1.HEIC` with `IMG_1.MP4`), in the same folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MotionVideo {
    /// The video file's name (NFC).
    pub name: String,
    /// Its size in bytes.
    pub size: u64,
    /// How it was paired with the still.
    pub pair: MotionPair,
}

/// One folder holding an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Place {
    /// The folder.
    pub folder: FolderId,
    /// The item's file here, in every part that has it (usually one). Empty where only the
    /// motion video is here.
    pub media: Vec<EntryRef>,
    /// The motion video here, in every part that has it.
    pub motion_video: Vec<EntryRef>,
    /// This folder's sidecar for the item.
    pub sidecar: Option<SidecarUse>,
}

/// A sidecar given to a media file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SidecarUse {
    /// The sidecar, in every part that has it.
    pub entries: Vec<EntryRef>,
    /// The naming rule that tied it to the media.
    pub rule: MatchRule,
}

/// A sidecar whose item is not in the Takeout as listed (a part missing, or Google left the
/// file out): the reconciliation report lists it with its Google Photos link.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrphanSidecar {
    /// The sidecar, in every part that has it.
    pub entries: Vec<EntryRef>,
    /// The folder it is in.
    pub folder: FolderId,
    /// The item's name in Google Photos, if the sidecar could be read.
    pub title: Option<String>,
    /// The item's page on photos.google.com, to find it there.
    pub url: Option<String>,
    /// When the item was taken, by the sidecar.
    pub taken_at: Option<Timestamp>,
    /// Why no media file has it.
    pub reason: OrphanReason,
    /// For an ambiguous sidecar, the media files that claimed it equally.
    pub claimants: Vec<String>,
}

/// Why a sidecar has no media.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum OrphanReason {
    /// No media file of its folder has a name it fits.
    NoMedia,
    /// Several media files fit it equally; none got it.
    Ambiguous,
}

/// An entry that is not imported and needs no one's attention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ignored {
    /// The entry.
    pub entry: EntryRef,
    /// Why it is not imported.
    pub reason: IgnoreReason,
}

/// Why an entry is ignored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum IgnoreReason {
    /// Not a photo or video by its extension (`archive_browser.html`, a `.txt`).
    NotMedia,
    /// OS or archiver litter (`.DS_Store`, `Thumbs.db`, `__MACOSX/`).
    SystemFile,
    /// JSON that is neither a sidecar nor album metadata (`print-subscriptions.json`…).
    NotASidecar,
    /// A second album metadata file in one folder.
    ExtraAlbumMetadata,
    /// Album metadata in a folder that holds no media (or is not an album).
    UnusedAlbumMetadata,
}

/// An entry refused for its name: it is never read or written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Refused {
    /// The part or folder holding it.
    pub source: SourceId,
    /// The name, with bytes that are not UTF-8 replaced, for the report.
    pub name: String,
    /// What is wrong with the name.
    pub reason: UnsafePath,
}

/// Something the person should know about an entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The entry concerned.
    pub entry: EntryRef,
    /// What is wrong.
    pub code: ProblemCode,
    /// Technical detail (the JSON parser's message, the sizes), for the log.
    pub detail: Option<String>,
}

/// The kind of a [`Problem`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProblemCode {
    /// A JSON file is damaged (no copy of it in any part could be read).
    DamagedJson,
    /// The caller gave no bytes for a JSON file (and no copy could be read).
    JsonNotRead,
    /// One path holds different files in different parts: media of different sizes (both are
    /// kept as items), or JSON with different content (which is then not used).
    ConflictingCopies,
}

/// What a Takeout holds and what becomes of each entry.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Plan {
    /// The photos and videos to import, sorted by their canonical folder, then name.
    pub items: Vec<Item>,
    /// The albums to create, in folder order.
    pub albums: Vec<Album>,
    /// Every folder that held media or JSON, sorted by name ([`FolderId`] indexes it).
    pub folders: Vec<Folder>,
    /// Indexes in `items` of those no folder had a sidecar for.
    pub without_sidecar: Vec<usize>,
    /// Sidecars whose media is not in the Takeout as given: items not imported.
    pub sidecars_without_media: Vec<OrphanSidecar>,
    /// Entries that are not imported by design (not media, litter, other JSON).
    pub ignored: Vec<Ignored>,
    /// Entries refused for their names.
    pub refused: Vec<Refused>,
    /// What the person should know: damaged or unread JSON, copies that disagree.
    pub problems: Vec<Problem>,
}

/// Makes the plan of a Takeout from all its entries, in any order, from any mix of parts and
/// extracted folders. Pure: it reads nothing but what it is given, and never fails: every
/// entry ends up in an item, an album, or one of the lists of what is not imported.
pub fn plan_takeout(entries: Vec<Entry>) -> Plan {
    let mut plan = Plan::default();
    let mut folders: BTreeMap<Option<String>, FolderFiles> = BTreeMap::new();
    for entry in entries {
        if entry.name.last() == Some(&b'/') {
            continue; // A directory: nothing to import, nothing to write.
        }
        let path = match safe_relative_path_bytes(&entry.name) {
            Ok(path) => path,
            Err(reason) => {
                plan.refused.push(Refused {
                    source: entry.source,
                    name: String::from_utf8_lossy(&entry.name).into_owned(),
                    reason,
                });
                continue;
            }
        };
        let entry_ref = EntryRef {
            source: entry.source,
            path,
        };
        if is_system_file(entry_ref.path.as_str()) {
            plan.ignored.push(Ignored {
                entry: entry_ref,
                reason: IgnoreReason::SystemFile,
            });
            continue;
        }
        let folder_name = entry_ref.path.folder_name().map(nfc);
        let file_name = nfc(entry_ref.path.file_name());
        if is_json_name(file_name.as_bytes()) {
            folders
                .entry(folder_name)
                .or_default()
                .json
                .entry(file_name)
                .or_default()
                .add(entry_ref, entry.json.as_deref());
        } else if let Some(kind) = media_kind(&file_name) {
            folders
                .entry(folder_name)
                .or_default()
                .media
                .entry(file_name)
                .or_default()
                .push((entry_ref, entry.size, kind));
        } else {
            plan.ignored.push(Ignored {
                entry: entry_ref,
                reason: IgnoreReason::NotMedia,
            });
        }
    }

    let mut placements = Vec::new();
    for (name, files) in folders {
        plan_folder(&mut plan, name, files, &mut placements);
    }
    items::build_items(&mut plan, placements);
    plan
}

fn nfc(text: &str) -> String {
    text.nfc().collect()
}

/// The files of one folder, from every part.
#[derive(Default)]
struct FolderFiles {
    /// By file name: every copy, with its size.
    media: BTreeMap<String, Vec<(EntryRef, u64, MediaKind)>>,
    json: BTreeMap<String, JsonFile>,
}

/// One JSON name of a folder, from every part.
#[derive(Default)]
struct JsonFile {
    entries: Vec<EntryRef>,
    /// The first copy that could be read.
    document: Option<JsonDocument>,
    /// Copies that could not be read, with why.
    failures: Vec<(EntryRef, ProblemCode, Option<String>)>,
    /// Two copies say different things (two Takeouts' folders of one name mixed?): neither
    /// is trusted.
    disagree: bool,
}

impl JsonFile {
    fn add(&mut self, entry: EntryRef, bytes: Option<&[u8]>) {
        if let Some(document) = &self.document {
            if let Some(Ok(other)) = bytes.map(|bytes| read_json(entry.path.as_str(), bytes))
                && other != *document
            {
                self.disagree = true;
            }
        } else {
            match bytes.map(|bytes| read_json(entry.path.as_str(), bytes)) {
                Some(Ok(document)) => self.document = Some(document),
                Some(Err(error)) => self.failures.push((
                    entry.clone(),
                    ProblemCode::DamagedJson,
                    Some(
                        std::error::Error::source(&error)
                            .map_or_else(|| error.to_string(), |source| source.to_string()),
                    ),
                )),
                None => self
                    .failures
                    .push((entry.clone(), ProblemCode::JsonNotRead, None)),
            }
        }
        self.entries.push(entry);
    }

    fn item(&self) -> Option<&ItemMetadata> {
        match &self.document {
            Some(JsonDocument::Item(item)) if !self.disagree => Some(item),
            _ => None,
        }
    }

    /// A possible sidecar: an object that is not album metadata, or a file that could not be
    /// read (its name still decides which media it belongs to).
    fn may_be_sidecar(&self) -> bool {
        matches!(self.document, None | Some(JsonDocument::Item(_)))
    }
}

/// One folder's copy of an item, before folders are merged into items.
struct Placement {
    folder: FolderId,
    name: String,
    size: u64,
    kind: MediaKind,
    media: Vec<EntryRef>,
    motion: Option<(MotionVideo, Vec<EntryRef>)>,
    sidecar: Option<SidecarUse>,
    metadata: Option<ItemMetadata>,
}

fn plan_folder(
    plan: &mut Plan,
    name: Option<String>,
    files: FolderFiles,
    placements: &mut Vec<Placement>,
) {
    let folder = FolderId(plan.folders.len() as u32);
    for json in files.json.values() {
        if json.disagree {
            for entry in &json.entries {
                plan.problems.push(Problem {
                    entry: entry.clone(),
                    code: ProblemCode::ConflictingCopies,
                    detail: Some("copies with different content".to_owned()),
                });
            }
        }
        if json.document.is_none() {
            for (entry, code, detail) in &json.failures {
                plan.problems.push(Problem {
                    entry: entry.clone(),
                    code: *code,
                    detail: detail.clone(),
                });
            }
        }
    }

    // Album metadata: the localized `metadata.json` first, then by name.
    let mut album_files: Vec<(&String, &JsonFile, &AlbumMetadata)> = files
        .json
        .iter()
        .filter_map(|(name, json)| match &json.document {
            Some(JsonDocument::Album(meta)) => Some((name, json, meta)),
            _ => None,
        })
        .collect();
    album_files.sort_by_key(|(name, _, _)| !is_album_metadata_name(name));
    let kind = classify_folder(name.as_deref(), !album_files.is_empty());
    let mut album = None;
    if kind == FolderKind::Album && !files.media.is_empty() {
        let id = AlbumId(plan.albums.len() as u32);
        let folder_name = name.clone().unwrap_or_default();
        let (title, title_from, description, metadata) = match album_files.first() {
            Some((_, json, meta)) => match &meta.title {
                Some(title) => (
                    title.clone(),
                    TitleSource::Metadata,
                    meta.description.clone(),
                    json.entries.clone(),
                ),
                None => (
                    folder_name,
                    TitleSource::FolderName,
                    meta.description.clone(),
                    json.entries.clone(),
                ),
            },
            None => (folder_name, TitleSource::FolderName, None, Vec::new()),
        };
        plan.albums.push(Album {
            folder,
            title,
            title_from,
            description,
            metadata,
        });
        album = Some(id);
    }
    for (i, (_, json, _)) in album_files.iter().enumerate() {
        let reason = if album.is_none() {
            IgnoreReason::UnusedAlbumMetadata
        } else if i > 0 {
            IgnoreReason::ExtraAlbumMetadata
        } else {
            continue;
        };
        for entry in &json.entries {
            plan.ignored.push(Ignored {
                entry: entry.clone(),
                reason,
            });
        }
    }
    plan.folders.push(Folder { name, kind, album });

    // Sidecars.
    let sidecar_files: Vec<(&String, &JsonFile)> = files
        .json
        .iter()
        .filter(|(_, json)| json.may_be_sidecar())
        .collect();
    let titles: Vec<Option<String>> = sidecar_files
        .iter()
        .map(|(_, json)| json.item().and_then(|m| m.title.as_deref()).map(nfc))
        .collect();
    let sidecar_names: Vec<SidecarName<'_>> = sidecar_files
        .iter()
        .zip(&titles)
        .map(|((name, _), title)| SidecarName {
            name,
            title: title.as_deref(),
        })
        .collect();
    let media_names: Vec<&str> = files.media.keys().map(String::as_str).collect();
    let pairs = motion_pairs(&media_names);
    let media: Vec<MediaName<'_>> = media_names
        .iter()
        .zip(&pairs)
        .map(|(name, pair)| MediaName {
            name,
            companion_of: pair.map(|(still, _)| still),
        })
        .collect();
    let matches = sidecar::match_folder(&media, &sidecar_names);

    let sidecar_use = |m: usize| {
        let found = matches.media[m]?;
        let (_, json) = sidecar_files[found.sidecar];
        Some((
            SidecarUse {
                entries: json.entries.clone(),
                rule: found.rule,
            },
            json.item().cloned(),
        ))
    };
    let mut videos: HashMap<usize, usize> = HashMap::new();
    for (video, pair) in pairs.iter().enumerate() {
        if let Some((still, _)) = pair {
            videos.insert(*still, video);
        }
    }
    let copies = |m: usize, plan: &mut Plan| -> BTreeMap<u64, Vec<EntryRef>> {
        let mut by_size: BTreeMap<u64, Vec<EntryRef>> = BTreeMap::new();
        let all = &files.media[media_names[m]];
        for (entry, size, _) in all {
            by_size.entry(*size).or_default().push(entry.clone());
        }
        if by_size.len() > 1 {
            let sizes: Vec<String> = by_size.keys().map(u64::to_string).collect();
            for (entry, _, _) in all {
                plan.problems.push(Problem {
                    entry: entry.clone(),
                    code: ProblemCode::ConflictingCopies,
                    detail: Some(format!("sizes {}", sizes.join(", "))),
                });
            }
        }
        by_size
    };
    for (m, name) in media_names.iter().enumerate() {
        if pairs[m].is_some() {
            continue; // A motion video goes with its still.
        }
        let motion = videos.get(&m).map(|&v| {
            let by_size = copies(v, plan);
            let size = by_size.keys().next().copied().unwrap_or_default();
            let entries = by_size.into_values().flatten().collect();
            let pair = pairs[v].map_or(MotionPair::SameStem, |(_, how)| how);
            (
                MotionVideo {
                    name: media_names[v].to_owned(),
                    size,
                    pair,
                },
                entries,
            )
        });
        // The still's sidecar, else (rarely) one the video had by its own name.
        let (sidecar, metadata) = sidecar_use(m)
            .or_else(|| videos.get(&m).and_then(|&v| sidecar_use(v)))
            .map_or((None, None), |(used, meta)| (Some(used), meta));
        let kind = files.media[*name][0].2;
        for (size, media) in copies(m, plan) {
            placements.push(Placement {
                folder,
                name: (*name).to_owned(),
                size,
                kind,
                media,
                motion: motion.clone(),
                sidecar: sidecar.clone(),
                metadata: metadata.clone(),
            });
        }
    }

    // Sidecars nobody took.
    let mut taken = vec![false; sidecar_files.len()];
    for found in matches.media.iter().flatten() {
        taken[found.sidecar] = true;
    }
    let mut claimants: HashMap<usize, Vec<String>> = HashMap::new();
    for ambiguity in &matches.ambiguous {
        claimants.insert(
            ambiguity.sidecar,
            ambiguity
                .media
                .iter()
                .map(|&m| media_names[m].to_owned())
                .collect(),
        );
    }
    for (s, (_, json)) in sidecar_files.iter().enumerate() {
        if taken[s] {
            continue;
        }
        let claimed = claimants.remove(&s);
        let item = json.item();
        match (item, claimed) {
            (item, Some(claimants)) => plan.sidecars_without_media.push(orphan(
                json,
                folder,
                item,
                OrphanReason::Ambiguous,
                claimants,
            )),
            (Some(item), None) if item.has_item_fields => plan.sidecars_without_media.push(orphan(
                json,
                folder,
                Some(item),
                OrphanReason::NoMedia,
                Vec::new(),
            )),
            (Some(_), None) => {
                for entry in &json.entries {
                    plan.ignored.push(Ignored {
                        entry: entry.clone(),
                        reason: IgnoreReason::NotASidecar,
                    });
                }
            }
            // Unreadable and matching nothing: already among the problems.
            (None, None) => {}
        }
    }
    for json in files.json.values() {
        if matches!(json.document, Some(JsonDocument::Other)) {
            for entry in &json.entries {
                plan.ignored.push(Ignored {
                    entry: entry.clone(),
                    reason: IgnoreReason::NotASidecar,
                });
            }
        }
    }
}

fn orphan(
    json: &JsonFile,
    folder: FolderId,
    item: Option<&ItemMetadata>,
    reason: OrphanReason,
    claimants: Vec<String>,
) -> OrphanSidecar {
    OrphanSidecar {
        entries: json.entries.clone(),
        folder,
        title: item.and_then(|m| m.title.clone()),
        url: item.and_then(|m| m.url.clone()),
        taken_at: item.and_then(|m| m.taken_at),
        reason,
        claimants,
    }
}

mod items;

#[cfg(test)]
mod tests;
