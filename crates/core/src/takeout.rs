//! Google Takeout import: the photos and videos of a Takeout (zip parts in any order and
//! extracted folders) into the cloud, each content once, with a report of what became of
//! every file.
//!
//! - **Where items go**: an item in at least one Google album goes to its first album's title
//!   (made a valid album name), an item only in year folders to [`GOOGLE_PHOTOS_ALBUM`]; the
//!   video of a motion photo goes next to its still. A name the album holds with other content
//!   gets a number.
//! - **Each content once**: an item whose bytes the cloud (this computer's mirror of it) or
//!   this computer's library holds already is not sent, and is reported with where it is; so
//!   is a second copy of the same bytes within the Takeout.
//! - **Dates**: a file's own capture time wins; the sidecar's `photoTakenTime` goes along as
//!   the upload's `taken_at_fallback`, in the time zone asked for (this computer's by default),
//!   which the cloud uses only when the file states none.
//! - **Google's trash** goes to the cloud's recycle bin. Favourites and the archive have no
//!   place in the cloud yet: they are counted and marked in the report, nothing more.
//! - **Resume**: [`ledger`] records each item once the cloud confirmed it; a second run of the
//!   same Takeout skips those and says so.
//! - **Read only**: zip entries are streamed one at a time into the scratch folder while they
//!   are hashed, and removed once sent; files of an extracted folder are sent where they are.
//!   Nothing in the Takeout is written to.

mod ledger;
mod report;
mod sources;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use jiff::tz::TimeZone;
use skyfolio_media::ContentHash;
use skyfolio_sync::names::{cloud_key, cloud_path, fold_key};
use skyfolio_sync::transfer::{self, UploadHints};
use skyfolio_sync::{Client, Options};
use skyfolio_takeout::{EntryRef, Item, MediaKind, Plan};

pub use report::{
    ReportCounts, ReportRow, RowKind, RowOutcome, SkipCount, TakeoutReport, TakeoutReview,
};
pub use sources::{MAX_RATIO, SourceError, SourceKind, SourceSummary};

use crate::{App, Error};
use ledger::{EntryKey, Finished, Ledger};
use sources::{Listed, Local, list_sources};

/// The album of items that are in no Google album, only in year folders.
pub const GOOGLE_PHOTOS_ALBUM: &str = "Google Photos";

/// How an import runs.
#[derive(Debug, Clone)]
pub struct TakeoutOptions {
    /// The zone a sidecar's time (UTC) is shown in when the file has no time of its own: the
    /// timeline orders by the wall clock, so the zone the photos were taken in is best; this
    /// computer's by default.
    pub time_zone: TimeZone,
}

impl Default for TakeoutOptions {
    fn default() -> TakeoutOptions {
        TakeoutOptions {
            time_zone: TimeZone::system(),
        }
    }
}

/// A name the cloud takes as one album (or file) name: characters no file system takes become
/// `_`, trailing dots and spaces go, reserved and empty names get a `_` in front.
pub(crate) fn path_segment(text: &str) -> String {
    let cleaned: String = text
        .chars()
        .map(|c| {
            if c.is_control() || "/\\<>:\"|?*".contains(c) {
                '_'
            } else {
                c
            }
        })
        .collect();
    let mut segment = cleaned.trim_start().to_owned();
    while segment.len() > 200 {
        segment.pop();
    }
    let segment = segment.trim_end_matches(['.', ' ']);
    if cloud_key(segment).is_some() {
        return segment.to_owned();
    }
    let prefixed = format!("_{segment}");
    if cloud_key(&prefixed).is_some() {
        prefixed
    } else {
        "_".to_owned()
    }
}

/// One thing to send: an item's still (or its only file), or a motion photo's video.
struct Unit<'a> {
    item: &'a Item,
    kind: report::RowKind,
    name: &'a str,
    size: u64,
    /// Every copy, in every readable or unreadable part.
    entries: Vec<&'a EntryRef>,
    album: String,
}

fn units<'a>(plan: &'a Plan, item: &'a Item) -> Vec<Unit<'a>> {
    let album = item
        .albums
        .first()
        .map_or(GOOGLE_PHOTOS_ALBUM.to_owned(), |id| {
            path_segment(&plan.albums[id.0 as usize].title)
        });
    let mut units = vec![Unit {
        item,
        kind: match item.kind {
            MediaKind::Photo => report::RowKind::Photo,
            MediaKind::Video => report::RowKind::Video,
        },
        name: &item.name,
        size: item.size,
        entries: item.places.iter().flat_map(|p| &p.media).collect(),
        album: album.clone(),
    }];
    if let Some(motion) = &item.motion {
        units.push(Unit {
            item,
            kind: report::RowKind::MotionVideo,
            name: &motion.name,
            size: motion.size,
            entries: item.places.iter().flat_map(|p| &p.motion_video).collect(),
            album,
        });
    }
    units
}

/// Where an item's content was found already.
enum Presence {
    Cloud(String),
    ThisComputer(PathBuf),
}

/// What one run carries from item to item.
struct Run<'a> {
    app: &'a App,
    client: Client,
    listed: &'a Listed,
    ledger: Ledger,
    scratch: PathBuf,
    link: transfer::Link,
    time_zone: TimeZone,
    /// Name keys of the cloud's live items and of what this run placed.
    taken: HashSet<String>,
    /// Content sent or found by this run, and where it is.
    seen: std::collections::HashMap<ContentHash, String>,
}

impl App {
    /// What importing these Takeout parts and folders would do, read from names, sizes and
    /// JSON only: nothing is sent, hashed or written.
    pub async fn plan_takeout_import(&self, paths: &[PathBuf]) -> Result<TakeoutReview, Error> {
        let owned = paths.to_vec();
        let listed = tokio::task::spawn_blocking(move || list_sources(&owned))
            .await
            .map_err(|e| join_error(paths, e))?;
        let plan = skyfolio_takeout::plan_takeout(listed.entries.clone());
        let ledger = Ledger::open(self.home.data_dir())?;
        let done = plan
            .items
            .iter()
            .flat_map(|item| units(&plan, item))
            .filter(|unit| ledger.find(&entry_keys(&listed, unit)).is_some())
            .count();
        Ok(report::review(&plan, &listed, done))
    }

    /// Imports a Google Takeout into the cloud (see the module's documentation) and reports
    /// what became of every file. Fails as a whole only when the cloud cannot be reached or
    /// the app's own files cannot be written; a bad part or entry is a row of the report.
    pub async fn import_takeout(
        &self,
        paths: &[PathBuf],
        options: &TakeoutOptions,
        link: transfer::Link,
    ) -> Result<TakeoutReport, Error> {
        let engine = self.engine(Options::default()).await?;
        engine.pull().await?;
        let owned = paths.to_vec();
        let listed = tokio::task::spawn_blocking(move || list_sources(&owned))
            .await
            .map_err(|e| join_error(paths, e))?;
        let plan = skyfolio_takeout::plan_takeout(listed.entries.clone());
        let scratch = self.home.cache_dir().join("takeout");
        std::fs::create_dir_all(&scratch).map_err(|source| Error::Io {
            path: scratch.clone(),
            what: "cannot make the scratch folder",
            source,
        })?;
        let taken = self
            .state
            .live_items()
            .await?
            .into_iter()
            .map(|row| fold_key(&row.path))
            .collect();
        let mut run = Run {
            app: self,
            client: engine.client().clone(),
            listed: &listed,
            ledger: Ledger::open(self.home.data_dir())?,
            scratch,
            link,
            time_zone: options.time_zone.clone(),
            taken,
            seen: std::collections::HashMap::new(),
        };
        let mut rows = Vec::new();
        for item in &plan.items {
            for unit in units(&plan, item) {
                rows.push(run.import(&unit).await?);
            }
        }
        rows.extend(report::rows_not_imported(&plan, &listed));
        let counts = report::count(&plan, &listed, &rows);
        Ok(TakeoutReport {
            sources: listed.sources.iter().map(|s| s.summary.clone()).collect(),
            rows,
            counts,
        })
    }
}

/// The report of an earlier import, as listed.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SavedReport {
    /// Its name, for [`App::takeout_report`].
    pub name: String,
    /// Its CSV file, for people.
    pub path: String,
    /// When it was saved (milliseconds since 1970).
    pub saved_at: u64,
}

/// The folder under the app's data where import reports are kept.
const REPORTS: &str = "reports";

impl App {
    /// A fresh name for an import's report (no extension: it is saved as `.csv` for people
    /// and `.json` for the app), and the folder it goes in, made if missing.
    pub(crate) fn new_report_name(&self) -> Result<(String, PathBuf), Error> {
        let folder = self.home.data_dir().join(REPORTS);
        std::fs::create_dir_all(&folder).map_err(|source| Error::Io {
            path: folder.clone(),
            what: "cannot make the reports folder",
            source,
        })?;
        let stamp = jiff::Timestamp::now()
            .to_zoned_datetime(TimeZone::system())
            .strftime("%Y-%m-%d %H.%M.%S");
        let mut name = format!("Google Takeout {stamp}");
        let mut n = 1;
        while folder.join(format!("{name}.json")).exists()
            || folder.join(format!("{name}.csv")).exists()
        {
            n += 1;
            name = format!("Google Takeout {stamp} ({n})");
        }
        Ok((name, folder))
    }

    /// The reports of earlier imports, newest first: what [`App::takeout_report`] reads.
    pub async fn takeout_reports(&self) -> Result<Vec<SavedReport>, Error> {
        let folder = self.home.data_dir().join(REPORTS);
        let io = |source| Error::Io {
            path: folder.clone(),
            what: "cannot list the reports",
            source,
        };
        let mut entries = match tokio::fs::read_dir(&folder).await {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(io(e)),
        };
        let mut saved = Vec::new();
        while let Some(entry) = entries.next_entry().await.map_err(io)? {
            let path = entry.path();
            if path.extension().is_none_or(|e| e != "json") {
                continue;
            }
            let (Some(name), Ok(meta)) = (
                path.file_stem().and_then(|s| s.to_str()),
                entry.metadata().await,
            ) else {
                continue;
            };
            let saved_at = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX));
            saved.push(SavedReport {
                name: name.to_owned(),
                path: path.with_extension("csv").display().to_string(),
                saved_at,
            });
        }
        saved.sort_by(|a, b| b.saved_at.cmp(&a.saved_at).then(b.name.cmp(&a.name)));
        Ok(saved)
    }

    /// The report an import saved under `name` (as [`App::start_takeout_import`] answered it).
    /// Only a report of this app's reports folder is read: a name with a path in it is refused.
    pub async fn takeout_report(&self, name: &str) -> Result<TakeoutReport, Error> {
        let path = self
            .home
            .data_dir()
            .join(REPORTS)
            .join(format!("{name}.json"));
        let io = |source| Error::Io {
            path: path.clone(),
            what: "cannot read the report",
            source,
        };
        if !is_plain_name(name) {
            return Err(io(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "not a report's name",
            )));
        }
        let bytes = tokio::fs::read(&path).await.map_err(io)?;
        serde_json::from_slice(&bytes).map_err(|e| io(std::io::Error::other(e)))
    }
}

/// A file name without a folder in it: no separator, not `.` or `..`, not empty.
fn is_plain_name(name: &str) -> bool {
    !name.is_empty() && name != "." && name != ".." && !name.contains(['/', '\\', ':', '\0'])
}

fn join_error(paths: &[PathBuf], error: tokio::task::JoinError) -> Error {
    Error::Io {
        path: paths.first().cloned().unwrap_or_default(),
        what: "cannot list the Takeout",
        source: std::io::Error::other(error),
    }
}

/// The ledger's keys of every copy of a unit in a readable source.
fn entry_keys(listed: &Listed, unit: &Unit<'_>) -> Vec<EntryKey> {
    unit.entries
        .iter()
        .filter(|e| listed.readable(e.source))
        .map(|e| EntryKey {
            source: listed.source(e.source).fingerprint.clone(),
            entry: e.path.as_str().to_owned(),
            size: unit.size,
        })
        .collect()
}

impl Run<'_> {
    /// Imports one unit unless an earlier run did, and answers its row. Errors only for
    /// what stops the whole import (the ledger cannot be written).
    async fn import(&mut self, unit: &Unit<'_>) -> Result<ReportRow, Error> {
        let item = unit.item;
        let mut row = ReportRow::new(RowOutcome::Failed, unit.kind, unit.name.to_owned());
        row.album = Some(unit.album.clone());
        row.url = item.metadata.as_ref().and_then(|m| m.url.clone());
        row.taken_at = item.taken_at.map(|t| t.to_string());
        row.sidecar = item.sidecar.as_ref().map(|s| s.path.as_str().to_owned());
        row.favorite = item.favorite;
        row.archived = item.archived;
        row.trashed = item.trashed;
        if let Some(first) = unit.entries.first() {
            row.source = Some(
                self.listed
                    .source(first.source)
                    .summary
                    .path
                    .display()
                    .to_string(),
            );
            row.entry = Some(first.path.as_str().to_owned());
        }
        let keys = entry_keys(self.listed, unit);
        if let Some(done) = self.ledger.find(&keys) {
            row.earlier = true;
            row.cloud_path = done.cloud_path.clone();
            row.present_at = done.present_at.clone();
            row.outcome = if done.cloud_path.is_some() {
                RowOutcome::Imported
            } else {
                RowOutcome::AlreadyPresent
            };
            return Ok(row);
        }
        let readable: Vec<&EntryRef> = unit
            .entries
            .iter()
            .copied()
            .filter(|e| self.listed.readable(e.source))
            .collect();
        if readable.is_empty() {
            row.reason = Some("part-missing".to_owned());
            row.detail = Some(if unit.entries.is_empty() {
                "no copy of the file is in the Takeout as given".to_owned()
            } else {
                "every part holding the file could not be read".to_owned()
            });
            return Ok(row);
        }
        // The first copy that reads; another part's copy when one is damaged.
        let mut fetched = None;
        let mut last_error = None;
        for entry in &readable {
            let source = self.listed.source(entry.source).clone();
            let (entry_owned, scratch, size) = ((*entry).clone(), self.scratch.clone(), unit.size);
            // Reading a zip entry blocks: it runs beside the runtime, one at a time.
            let result =
                tokio::task::spawn_blocking(move || source.fetch(&entry_owned, size, &scratch))
                    .await
                    .map_err(|e| Error::Io {
                        path: self.scratch.clone(),
                        what: "cannot read the Takeout",
                        source: std::io::Error::other(e),
                    })
                    .and_then(|r| r);
            let source = self.listed.source(entry.source);
            match result {
                Ok(found) => {
                    row.source = Some(source.summary.path.display().to_string());
                    row.entry = Some(entry.path.as_str().to_owned());
                    fetched = Some(found);
                    break;
                }
                Err(error) => last_error = Some(error),
            }
        }
        let Some((local, hash)) = fetched else {
            if let Some(error) = last_error {
                fail(&mut row, &error);
            }
            return Ok(row);
        };
        match self.place(unit, &local, hash).await {
            Ok((cloud, presence)) => {
                let mut finished = Finished {
                    entries: keys,
                    hash: hash.to_hex(),
                    cloud_path: None,
                    present_at: None,
                    at: self.app.now_ms(),
                };
                match (cloud, presence) {
                    (Some(cloud), _) => {
                        row.outcome = RowOutcome::Imported;
                        row.cloud_path = Some(cloud.clone());
                        finished.cloud_path = Some(cloud);
                    }
                    (None, Some(presence)) => {
                        row.outcome = RowOutcome::AlreadyPresent;
                        let at = match presence {
                            Presence::Cloud(path) => path,
                            Presence::ThisComputer(path) => path.display().to_string(),
                        };
                        row.present_at = Some(at.clone());
                        finished.present_at = Some(at);
                    }
                    (None, None) => {}
                }
                self.ledger.record(finished)?;
            }
            Err(error) => fail(&mut row, &error),
        }
        drop(local);
        Ok(row)
    }

    /// Sends the content unless it is somewhere already; answers the cloud path it was sent
    /// to, or where it was.
    async fn place(
        &mut self,
        unit: &Unit<'_>,
        local: &Local,
        hash: ContentHash,
    ) -> Result<(Option<String>, Option<Presence>), Error> {
        if let Some(at) = self.seen.get(&hash) {
            return Ok((None, Some(Presence::Cloud(at.clone()))));
        }
        if let Some(row) = self.app.state.live_item_with(hash).await? {
            self.seen.insert(hash, row.path.clone());
            return Ok((None, Some(Presence::Cloud(row.path))));
        }
        if let Some(record) = self.app.library.media_by_hash(&hash).await?
            && let Some(path) = record.paths.first()
        {
            return Ok((None, Some(Presence::ThisComputer(path.clone()))));
        }
        check_media(local.path()).await?;
        let name = path_segment(unit.name);
        let wanted = cloud_path(&unit.album, &name);
        let hints = UploadHints {
            taken_at_fallback: unit.item.taken_at.map(|t| {
                t.to_zoned_datetime(self.time_zone.clone())
                    .strftime("%Y-%m-%dT%H:%M:%S%:z")
                    .to_string()
            }),
        };
        let item = self
            .app
            .send_to_free_name(
                &self.client,
                &mut self.taken,
                &wanted,
                (local.path(), hash),
                &hints,
                &self.link,
            )
            .await?;
        if unit.item.trashed {
            let trashed = self.client.trash_item(&item.id).await?;
            self.app.state.note_item(&trashed).await?;
        }
        self.seen.insert(hash, item.path.clone());
        Ok((Some(item.path), None))
    }
}

/// Refuses what is not a photo or video by its content.
pub(crate) async fn check_media(path: &Path) -> Result<(), Error> {
    let owned = path.to_owned();
    let sniffed = tokio::task::spawn_blocking(move || skyfolio_media::sniff(&owned))
        .await
        .map_err(|e| Error::Io {
            path: path.to_owned(),
            what: "cannot read",
            source: std::io::Error::other(e),
        })?;
    sniffed.map(|_| ()).map_err(|error| {
        // The path may be a temporary copy's: the report names the entry instead.
        let message = error.message();
        let prefix = format!("{}: ", path.display());
        Error::Unreadable {
            path: path.to_owned(),
            code: error.code(),
            reason: message.strip_prefix(&prefix).unwrap_or(&message).to_owned(),
        }
    })
}

fn fail(row: &mut ReportRow, error: &Error) {
    row.outcome = RowOutcome::Failed;
    row.reason = Some(error.code().to_string());
    row.detail = Some(error.reason());
}

#[cfg(test)]
mod tests {
    use super::path_segment;

    #[test]
    fn album_titles_become_names_the_cloud_takes() {
        assert_eq!(path_segment("Trip to Rome"), "Trip to Rome");
        assert_eq!(path_segment("Rome/Paris: 2019?"), "Rome_Paris_ 2019_");
        assert_eq!(path_segment("  Summer...  "), "Summer");
        assert_eq!(path_segment(""), "_");
        assert_eq!(path_segment(".."), "_");
        assert_eq!(path_segment("CON"), "_CON");
        assert_eq!(path_segment("Été"), "Été");
    }
}
