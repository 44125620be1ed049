//! The engine: one pass reads the change feed into the mirror, brings every folder's index up
//! to date, plans each folder against the cloud and carries the plan out; `watch` runs passes
//! whenever either side changes.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use futures_util::StreamExt;
use serde::Serialize;
use skyfolio_library::{
    Folder, FolderMode, FolderState, IndexedState, Library, WatchEvent, WatchOptions, disk_path,
};
use skyfolio_media::ContentHash;
use skyfolio_protocol::{ErrorCode, MediaKind};

use crate::names::{cloud_key, cloud_path, local_key, strip_prefix};
use crate::plan::{self, Action, Held, Input, Local, Remote};
use crate::state::{Direction, RemoteRow, State, Transfer};
use crate::transfer::{self, Link, ProgressSink, Throttle, TransferProgress, rename_no_replace};
use crate::{Client, Error};

/// How the engine behaves.
#[derive(Clone)]
pub struct Options {
    /// This device's name, for conflict copies.
    pub device_name: String,
    /// Transfers at once.
    pub transfers: usize,
    /// Send files deleted in the cloud to the OS trash; otherwise (or when the OS trash
    /// refuses) to `.skyfolio-trash` at the top of their folder. Never deleted either way.
    pub os_trash: bool,
    /// A pass that would send many files to a trash goes ahead (`--confirm-deletes`).
    pub confirm_deletes: bool,
    /// Where transfer progress goes.
    pub progress: Option<ProgressSink>,
    /// The most bytes per second all uploads together, and all downloads, may take.
    pub upload_limit: Option<u64>,
    pub download_limit: Option<u64>,
    /// What to do with files deleted on one side.
    pub deletions: DeletionPolicy,
    /// Where a pass tells how many files it has sent and fetched of how many, as it goes.
    pub pass_progress: Option<PassSink>,
}

/// What a pass does with files deleted on one side.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum DeletionPolicy {
    /// Deletes on the other side too, but asks first when a pass would delete many files at once.
    #[default]
    Ask,
    /// Always deletes on the other side too (still never when a side looks empty).
    Send,
    /// Never deletes on the other side by itself: deletions wait until someone confirms them.
    Never,
}

/// How far a pass is: files sent and fetched of those it planned so far.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PassProgress {
    pub uploads: usize,
    pub uploaded: usize,
    pub downloads: usize,
    pub downloaded: usize,
}

pub type PassSink = Arc<dyn Fn(PassProgress) + Send + Sync>;

impl Default for Options {
    fn default() -> Options {
        Options {
            device_name: "this computer".to_owned(),
            transfers: 4,
            os_trash: true,
            confirm_deletes: false,
            progress: None,
            upload_limit: None,
            download_limit: None,
            deletions: DeletionPolicy::Ask,
            pass_progress: None,
        }
    }
}

/// Something that went wrong with one file, for people to read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, ts_rs::TS)]
pub struct Failure {
    pub path: String,
    pub code: String,
    pub message: String,
}

/// What happened to one folder in one pass.
#[derive(Debug, Clone, Default, Serialize, serde::Deserialize)]
pub struct FolderReport {
    pub folder: PathBuf,
    pub mode: String,
    pub album: String,
    /// The folder could not be synced at all (missing, unreadable, suddenly empty).
    pub problem: Option<String>,
    /// Someone paused this folder: it was not synced.
    #[serde(default)]
    pub paused: bool,
    pub planned: usize,
    /// Of the planned actions, how many send or fetch files.
    pub to_upload: usize,
    pub to_download: usize,
    pub uploaded: usize,
    pub downloaded: usize,
    pub moved: usize,
    pub trashed_in_cloud: usize,
    pub trashed_here: usize,
    pub conflicts: usize,
    pub recorded: usize,
    /// Actions whose file changed since it was planned: left for the next pass.
    pub skipped: usize,
    /// Transfers waiting before they are tried again.
    pub waiting: usize,
    pub failures: Vec<Failure>,
    /// Files here the cloud cannot take, or cloud items this folder cannot hold, and why.
    pub not_synced: Vec<Failure>,
    /// Deletions not carried out until someone confirms them.
    pub held_deletions: usize,
    pub held: Vec<String>,
}

impl FolderReport {
    /// Folds a later pass over the same folder into this one: what was done adds up; what is
    /// left, failed or held is as the later pass found it.
    fn merge(&mut self, later: FolderReport) {
        self.uploaded += later.uploaded;
        self.downloaded += later.downloaded;
        self.moved += later.moved;
        self.trashed_in_cloud += later.trashed_in_cloud;
        self.trashed_here += later.trashed_here;
        self.conflicts += later.conflicts;
        self.recorded += later.recorded;
        self.skipped += later.skipped;
        self.problem = later.problem;
        self.paused = later.paused;
        self.planned = later.planned;
        self.to_upload = later.to_upload;
        self.to_download = later.to_download;
        self.waiting = later.waiting;
        self.failures = later.failures;
        self.not_synced = later.not_synced;
        self.held_deletions = later.held_deletions;
        self.held = later.held;
        self.album = later.album;
    }

    pub fn done(&self) -> usize {
        self.uploaded
            + self.downloaded
            + self.moved
            + self.trashed_in_cloud
            + self.trashed_here
            + self.conflicts
            + self.recorded
    }
}

/// What one pass did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct PassReport {
    /// Changes read from the feed.
    pub changes: usize,
    pub folders: Vec<FolderReport>,
}

impl PassReport {
    fn merge(&mut self, later: PassReport) {
        self.changes += later.changes;
        for folder in later.folders {
            match self.folders.iter_mut().find(|f| f.folder == folder.folder) {
                Some(known) => known.merge(folder),
                None => self.folders.push(folder),
            }
        }
    }

    pub fn done(&self) -> usize {
        self.folders.iter().map(FolderReport::done).sum()
    }

    pub fn planned(&self) -> usize {
        self.folders.iter().map(|f| f.planned).sum()
    }

    /// Nothing left to do, nothing failed, nothing held, nothing the sides disagree on.
    pub fn in_step(&self) -> bool {
        self.folders.iter().all(|f| {
            f.problem.is_none()
                && f.planned == 0
                && f.failures.is_empty()
                && f.held_deletions == 0
                && f.held.is_empty()
        })
    }
}

enum Outcome {
    Uploaded,
    Downloaded,
    Moved,
    TrashedInCloud,
    TrashedHere,
    Conflict,
    Recorded,
    /// The file is not as planned any more (changed, gone, another in its place).
    Skipped,
    /// A transfer that failed before waits a while before the next try.
    Waiting,
}

/// The engine of one home, signed in to one server.
#[derive(Clone)]
pub struct Engine {
    library: Library,
    state: State,
    client: Client,
    options: Options,
    up: Link,
    down: Link,
    tally: Arc<std::sync::Mutex<PassProgress>>,
}

struct FolderContext {
    folder: Folder,
    album: String,
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// Seconds to wait before trying a failed transfer again: doubling from 2 s, at most an hour.
fn backoff_ms(attempts: u32) -> i64 {
    (1000i64 << attempts.clamp(1, 12)).min(3_600_000)
}

fn today() -> String {
    jiff::ZonedDateTime::now().date().to_string()
}

impl Engine {
    pub fn new(library: Library, state: State, client: Client, options: Options) -> Engine {
        let progress = options
            .progress
            .clone()
            .unwrap_or_else(|| Arc::new(|_: TransferProgress| {}));
        let link = |limit: Option<u64>| Link {
            progress: progress.clone(),
            limit: limit.map(|rate| Arc::new(Throttle::new(rate))),
            gate: None,
        };
        let (up, down) = (link(options.upload_limit), link(options.download_limit));
        Engine {
            library,
            state,
            client,
            options,
            up,
            down,
            tally: Arc::default(),
        }
    }

    /// Changes the running count of this pass and tells whoever listens.
    fn count(&self, change: impl FnOnce(&mut PassProgress)) {
        let Some(sink) = &self.options.pass_progress else {
            return;
        };
        let now = {
            let mut tally = self.tally.lock().unwrap_or_else(|e| e.into_inner());
            change(&mut tally);
            *tally
        };
        sink(now);
    }

    pub fn client(&self) -> &Client {
        &self.client
    }

    pub fn state(&self) -> &State {
        &self.state
    }

    /// Reads the change feed into the mirror until it is current. Answers how many changes.
    pub async fn pull(&self) -> Result<usize, Error> {
        let mut since = self.state.next_since().await?;
        let mut count = 0;
        loop {
            let page = self.client.changes(since, None).await?;
            count += page.changes.len();
            self.state
                .apply_changes(&page.changes, page.next_since)
                .await?;
            since = page.next_since;
            if !page.has_more {
                return Ok(count);
            }
        }
    }

    /// The album a folder mirrors: what was set for it, or by its mode, the top of the cloud
    /// (two-way, download-only) or an album named after the folder (backup).
    pub async fn album_of(&self, folder: &Folder) -> Result<String, Error> {
        if let Some(album) = self.state.album(folder.id).await? {
            return Ok(album);
        }
        let album = match folder.mode {
            FolderMode::TwoWay | FolderMode::DownloadOnly => String::new(),
            FolderMode::UploadOnly => folder
                .path
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(cloud_key)
                .unwrap_or_else(|| "Backup".to_owned()),
        };
        self.state.set_album(folder.id, &album).await?;
        Ok(album)
    }

    /// One pass over every folder: read the feed, scan, plan, carry out.
    pub async fn pass(&self) -> Result<PassReport, Error> {
        self.count(|tally| *tally = PassProgress::default());
        let changes = self.pull().await?;
        let mut report = PassReport {
            changes,
            folders: Vec::new(),
        };
        for folder in self.library.folders().await? {
            let scanned = self.library.scan_folder(&folder).await?;
            let folder = Folder {
                state: scanned.state.unwrap_or(folder.state),
                ..folder
            };
            let folder = if folder.state == FolderState::Ok {
                folder
            } else {
                self.library.folder(&folder.path).await?
            };
            report.folders.push(self.sync_folder(&folder, true).await?);
        }
        let now = now_ms();
        self.state
            .set_setting("last_pass_at", &now.to_string())
            .await?;
        if report.in_step() {
            self.state
                .set_setting("last_success_at", &now.to_string())
                .await?;
        }
        if let Ok(json) = serde_json::to_string(&report) {
            self.state.set_setting("last_report", &json).await?;
        }
        Ok(report)
    }

    /// Passes until one has nothing to do (at most `max`). The report adds up what every pass
    /// did, and says what is left as the last pass found it.
    pub async fn sync_once(&self, max: usize) -> Result<PassReport, Error> {
        let mut total = self.pass().await?;
        let mut last_done = total.done();
        for _ in 1..max {
            if last_done == 0 {
                break;
            }
            let next = self.pass().await?;
            last_done = next.done();
            total.merge(next);
        }
        Ok(total)
    }

    /// What a pass would do now, from what is known already: no feed, no scan, no transfer.
    pub async fn preview(&self) -> Result<PassReport, Error> {
        let mut report = PassReport::default();
        for folder in self.library.folders().await? {
            report.folders.push(self.sync_folder(&folder, false).await?);
        }
        Ok(report)
    }

    async fn sync_folder(&self, folder: &Folder, execute: bool) -> Result<FolderReport, Error> {
        let album = self.album_of(folder).await?;
        let mut report = FolderReport {
            folder: folder.path.clone(),
            mode: folder.mode.as_str().to_owned(),
            album: album.clone(),
            ..FolderReport::default()
        };
        if self.state.folder_paused(folder.id).await? {
            report.paused = true;
            return Ok(report);
        }
        if folder.state != FolderState::Ok {
            // Absence is not deletion: a folder that is missing or suddenly empty is not
            // synced at all until it is back.
            report.problem = Some(folder.error.clone().unwrap_or_else(|| {
                format!("{} is {}", folder.path.display(), folder.state.as_str())
            }));
            return Ok(report);
        }
        // Nothing changed here or in the cloud since a pass found nothing to do: the answer is
        // the same, without reading the trees.
        let fingerprint = format!(
            "{:?} {:?} {} {} {} {} {:?}",
            self.library.folder_fingerprint(folder).await?,
            self.state.mirror_fingerprint().await?,
            self.state.synced_fingerprint(folder.id).await?,
            album,
            folder.mode.as_str(),
            self.options.confirm_deletes,
            self.options.deletions
        );
        let clean_key = format!("clean:{}", folder.id);
        if let Some(clean) = self.state.setting(&clean_key).await?
            && let Some((seen, saved)) = clean.split_once('\n')
            && seen == fingerprint
            && let Ok(saved) = serde_json::from_str::<FolderReport>(saved)
        {
            return Ok(saved);
        }
        // The three trees come from two databases: read them at once, on separate threads.
        let local = tokio::spawn(local_tree(self.library.clone(), folder.clone()));
        let remote = tokio::spawn(remote_tree(self.state.clone(), album.clone()));
        let synced = self.state.synced(folder.id).await?;
        let joined = |e: tokio::task::JoinError| Error::Protocol {
            what: format!("reading the trees failed: {e}"),
        };
        let (local, mut local_failures) = local.await.map_err(joined)??;
        let (remote, mut remote_failures) = remote.await.map_err(joined)??;
        report.not_synced.append(&mut local_failures);
        report.not_synced.append(&mut remote_failures);
        let device = self.options.device_name.clone();
        let date = today();
        let mut plan = plan::plan(&Input {
            mode: folder.mode,
            device: &device,
            date: &date,
            local: &local,
            remote: &remote,
            synced: &synced,
            trust_empty_remote: self.options.confirm_deletes,
        });
        for unplaceable in &plan.unplaceable {
            report.not_synced.push(Failure {
                path: cloud_path(&album, &unplaceable.key),
                code: "name-taken".to_owned(),
                message: format!(
                    "another file in {} has this name apart from upper and lower case or accents",
                    folder.path.display()
                ),
            });
        }
        for held in &plan.held {
            report.held.push(
                match held {
                    Held::LocalLooksEmpty => "the folder holds no photos although it did",
                    Held::RemoteLooksEmpty => "the cloud album is empty although it was not",
                }
                .to_owned(),
            );
        }
        let hold_deletions = match self.options.deletions {
            _ if self.options.confirm_deletes => false,
            DeletionPolicy::Ask => plan::needs_confirmation(plan.deletions(), synced.len()),
            DeletionPolicy::Send => false,
            DeletionPolicy::Never => plan.deletions() > 0,
        };
        if hold_deletions {
            report.held_deletions = plan.deletions();
            plan.actions.retain(|a| !a.deletes());
        }
        report.planned = plan.actions.len();
        report.to_upload = plan
            .actions
            .iter()
            .filter(|a| matches!(a, Action::Upload { .. }))
            .count();
        report.to_download = plan
            .actions
            .iter()
            .filter(|a| matches!(a, Action::Download { .. } | Action::Conflict { .. }))
            .count();
        if !execute {
            return Ok(report);
        }
        self.count(|tally| {
            tally.uploads += report.to_upload;
            tally.downloads += report.to_download;
        });
        let context = FolderContext {
            folder: folder.clone(),
            album,
        };
        if plan.actions.is_empty() {
            if let Ok(json) = serde_json::to_string(&report) {
                self.state
                    .set_setting(&clean_key, &format!("{fingerprint}\n{json}"))
                    .await?;
            }
            return Ok(report);
        }
        let context = &context;
        let results: Vec<(Action, Result<Outcome, Error>)> =
            futures_util::stream::iter(plan.actions)
                .map(|action| async move {
                    let result = self.run(context, &action).await;
                    match (&result, &action) {
                        (Ok(Outcome::Uploaded), _) => self.count(|tally| tally.uploaded += 1),
                        (Ok(Outcome::Downloaded | Outcome::Conflict), _) => {
                            self.count(|tally| tally.downloaded += 1)
                        }
                        (_, Action::Upload { .. }) => {
                            self.count(|tally| tally.uploads = tally.uploads.saturating_sub(1))
                        }
                        (_, Action::Download { .. } | Action::Conflict { .. }) => {
                            self.count(|tally| tally.downloads = tally.downloads.saturating_sub(1))
                        }
                        _ => {}
                    }
                    (action, result)
                })
                .buffer_unordered(self.options.transfers.max(1))
                .collect()
                .await;
        for (action, result) in results {
            match result {
                Ok(outcome) => match outcome {
                    Outcome::Uploaded => report.uploaded += 1,
                    Outcome::Downloaded => report.downloaded += 1,
                    Outcome::Moved => report.moved += 1,
                    Outcome::TrashedInCloud => report.trashed_in_cloud += 1,
                    Outcome::TrashedHere => report.trashed_here += 1,
                    Outcome::Conflict => report.conflicts += 1,
                    Outcome::Recorded => report.recorded += 1,
                    Outcome::Skipped => report.skipped += 1,
                    Outcome::Waiting => report.waiting += 1,
                },
                Err(error) if error.is_signed_out() => return Err(error),
                Err(error) => {
                    tracing::warn!("{}: {error}", action.key());
                    report.failures.push(Failure {
                        path: folder.path.join(action.key()).display().to_string(),
                        code: error.code().to_owned(),
                        message: error_message(&error),
                    });
                }
            }
        }
        Ok(report)
    }

    /// Carries out one action after checking that what it expects is still so.
    async fn run(&self, context: &FolderContext, action: &Action) -> Result<Outcome, Error> {
        let folder = &context.folder;
        let id = folder.id;
        match action {
            Action::Record {
                key,
                hash,
                remote_id,
            } => {
                self.state.record_synced(id, key, *hash, remote_id).await?;
                Ok(Outcome::Recorded)
            }
            Action::Forget { key } => {
                self.state.forget_synced(id, key).await?;
                Ok(Outcome::Recorded)
            }
            Action::Upload {
                key,
                rel_path,
                hash,
                replaces,
            } => {
                if !self.library.is_unchanged(folder, rel_path, *hash).await? {
                    return Ok(Outcome::Skipped);
                }
                let path = disk_path(folder, rel_path);
                let cloud = cloud_path(&context.album, key);
                let job = transfer::Upload {
                    folder_id: id,
                    key,
                    path: &path,
                    cloud_path: &cloud,
                    hash: *hash,
                    replaces: replaces.clone(),
                };
                let item = match self
                    .transfer(id, key, Direction::Up, hash, &path, async {
                        transfer::upload(&self.client, &self.state, job, &self.up, now_ms()).await
                    })
                    .await?
                {
                    Some(item) => item,
                    None => return Ok(Outcome::Waiting),
                };
                self.state.note_item(&item).await?;
                if local_key(rel_path).as_deref() == Ok(key.as_str()) {
                    self.state.record_synced(id, key, *hash, &item.id).await?;
                }
                Ok(Outcome::Uploaded)
            }
            Action::Download {
                key,
                remote_id,
                hash,
                replaces,
            } => {
                let rel_path = replaces
                    .as_ref()
                    .map_or(key.as_str(), |(rel_path, _)| rel_path.as_str());
                if let Some((rel_path, old)) = replaces
                    && !self.library.is_unchanged(folder, rel_path, *old).await?
                {
                    return Ok(Outcome::Skipped);
                }
                let target = disk_path(folder, rel_path);
                if replaces.is_none() && tokio::fs::symlink_metadata(&target).await.is_ok() {
                    // A file the index has not seen yet is there: never overwrite it.
                    return Ok(Outcome::Skipped);
                }
                let Some(row) = self.state.item(remote_id).await?.filter(|r| !r.trashed) else {
                    return Ok(Outcome::Skipped);
                };
                let row = &row;
                let Some(partial) = self.fetch(id, key, row, *hash, &target).await? else {
                    return Ok(Outcome::Waiting);
                };
                if let Some((rel_path, old)) = replaces {
                    // The old version goes to the trash only once the new one is here whole.
                    if !self.library.is_unchanged(folder, rel_path, *old).await? {
                        let _ = tokio::fs::remove_file(&partial).await;
                        return Ok(Outcome::Skipped);
                    }
                    self.move_to_trash(folder, rel_path).await?;
                }
                if let Err(error) = place(&partial, &target).await {
                    let _ = tokio::fs::remove_file(&partial).await;
                    if error.kind() == std::io::ErrorKind::AlreadyExists {
                        return Ok(Outcome::Skipped);
                    }
                    return Err(Error::Io {
                        path: target,
                        what: "cannot place the download",
                        source: error,
                    });
                }
                self.library.record_written(folder, rel_path, *hash).await?;
                self.state.record_synced(id, key, *hash, remote_id).await?;
                self.state.finish_transfer(id, key, Direction::Down).await?;
                Ok(Outcome::Downloaded)
            }
            Action::MoveRemote {
                remote_id,
                from,
                to,
                hash,
            } => match self
                .client
                .move_item(remote_id, &cloud_path(&context.album, to))
                .await
            {
                Ok(item) => {
                    self.state.note_item(&item).await?;
                    self.state
                        .move_synced(id, from, to, *hash, remote_id)
                        .await?;
                    Ok(Outcome::Moved)
                }
                Err(Error::Server {
                    code: ErrorCode::PathTaken | ErrorCode::NotFound,
                    ..
                }) => Ok(Outcome::Skipped),
                Err(error) => Err(error),
            },
            Action::MoveLocal {
                remote_id,
                from,
                rel_path,
                to,
                hash,
            } => {
                if !self.library.is_unchanged(folder, rel_path, *hash).await? {
                    return Ok(Outcome::Skipped);
                }
                let (source, target) = (disk_path(folder, rel_path), disk_path(folder, to));
                match move_file(&source, &target).await {
                    Ok(()) => {}
                    Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
                        return Ok(Outcome::Skipped);
                    }
                    Err(error) => {
                        return Err(Error::Io {
                            path: source,
                            what: "cannot move",
                            source: error,
                        });
                    }
                }
                self.library.record_moved(folder, rel_path, to).await?;
                self.state
                    .move_synced(id, from, to, *hash, remote_id)
                    .await?;
                Ok(Outcome::Moved)
            }
            Action::TrashRemote { key, remote_id, .. } => {
                match self.client.trash_item(remote_id).await {
                    Ok(item) => self.state.note_item(&item).await?,
                    Err(Error::Server {
                        code: ErrorCode::NotFound,
                        ..
                    }) => {}
                    Err(error) => return Err(error),
                }
                self.state.forget_synced(id, key).await?;
                Ok(Outcome::TrashedInCloud)
            }
            Action::TrashLocal {
                key,
                rel_path,
                hash,
            } => {
                if !self.library.is_unchanged(folder, rel_path, *hash).await? {
                    return Ok(Outcome::Skipped);
                }
                self.move_to_trash(folder, rel_path).await?;
                self.state.forget_synced(id, key).await?;
                Ok(Outcome::TrashedHere)
            }
            Action::Conflict {
                key,
                rel_path,
                aside,
                local_hash,
                remote_id,
                remote_hash,
            } => {
                if !self
                    .library
                    .is_unchanged(folder, rel_path, *local_hash)
                    .await?
                {
                    return Ok(Outcome::Skipped);
                }
                let Some(row) = self.state.item(remote_id).await?.filter(|r| !r.trashed) else {
                    return Ok(Outcome::Skipped);
                };
                let row = &row;
                let target = disk_path(folder, rel_path);
                // Fetch first: this computer's version moves aside only once the cloud's is
                // here whole.
                let Some(partial) = self.fetch(id, key, row, *remote_hash, &target).await? else {
                    return Ok(Outcome::Waiting);
                };
                if !self
                    .library
                    .is_unchanged(folder, rel_path, *local_hash)
                    .await?
                {
                    let _ = tokio::fs::remove_file(&partial).await;
                    return Ok(Outcome::Skipped);
                }
                let aside_path = disk_path(folder, aside);
                if let Err(error) = move_file(&target, &aside_path).await {
                    let _ = tokio::fs::remove_file(&partial).await;
                    if error.kind() == std::io::ErrorKind::AlreadyExists {
                        return Ok(Outcome::Skipped);
                    }
                    return Err(Error::Io {
                        path: target,
                        what: "cannot move aside",
                        source: error,
                    });
                }
                self.library.record_moved(folder, rel_path, aside).await?;
                if let Err(error) = place(&partial, &target).await {
                    let _ = tokio::fs::remove_file(&partial).await;
                    return Err(Error::Io {
                        path: target,
                        what: "cannot place the download",
                        source: error,
                    });
                }
                self.library
                    .record_written(folder, rel_path, *remote_hash)
                    .await?;
                self.state
                    .record_synced(id, key, *remote_hash, remote_id)
                    .await?;
                self.state.finish_transfer(id, key, Direction::Down).await?;
                Ok(Outcome::Conflict)
            }
        }
    }

    /// Runs a transfer unless its last failure asks to wait; records a failure's wait.
    async fn transfer<T>(
        &self,
        folder_id: i64,
        key: &str,
        direction: Direction,
        hash: &ContentHash,
        path: &Path,
        work: impl Future<Output = Result<T, Error>>,
    ) -> Result<Option<T>, Error> {
        let now = now_ms();
        let journal = self.state.transfer(folder_id, key, direction).await?;
        if let Some(journal) = &journal
            && journal.next_try_at > now
            && journal.hash == *hash
        {
            return Ok(None);
        }
        match work.await {
            Ok(done) => Ok(Some(done)),
            Err(error) => {
                let mut journal = self
                    .state
                    .transfer(folder_id, key, direction)
                    .await?
                    .unwrap_or(Transfer {
                        folder_id,
                        key: key.to_owned(),
                        direction,
                        hash: *hash,
                        size: 0,
                        local_path: path.to_owned(),
                        upload_id: None,
                        remote_id: None,
                        bytes_done: 0,
                        attempts: 0,
                        next_try_at: 0,
                        error_code: None,
                        error_message: None,
                    });
                journal.attempts += 1;
                journal.next_try_at = now_ms() + backoff_ms(journal.attempts);
                journal.error_code = Some(error.code().to_owned());
                journal.error_message = Some(error_message(&error));
                self.state.save_transfer(&journal, now_ms()).await?;
                Err(error)
            }
        }
    }

    async fn fetch(
        &self,
        folder_id: i64,
        key: &str,
        row: &RemoteRow,
        hash: ContentHash,
        target: &Path,
    ) -> Result<Option<PathBuf>, Error> {
        let job = transfer::Download {
            folder_id,
            key,
            remote_id: &row.id,
            hash,
            size: row.size,
            target,
            // A file without a capture time keeps its place in the timeline by its time.
            modified_at: row.taken_at.is_none().then_some(row.sort_time),
        };
        self.transfer(folder_id, key, Direction::Down, &hash, target, async {
            transfer::download(&self.client, &self.state, job, &self.down, now_ms()).await
        })
        .await
    }

    /// Moves a file to the OS trash, or, when that is not possible, to the folder's own
    /// `.skyfolio-trash`. A file is never deleted.
    async fn move_to_trash(&self, folder: &Folder, rel_path: &str) -> Result<(), Error> {
        let os_trash = self.options.os_trash;
        let root = folder.path.clone();
        let relative = rel_path.to_owned();
        let moved =
            tokio::task::spawn_blocking(move || transfer::trash_file(&root, &relative, os_trash))
                .await
                .map_err(|e| Error::Io {
                    path: folder.path.join(rel_path),
                    what: "cannot move to the trash",
                    source: std::io::Error::other(e),
                })?;
        moved.map_err(Error::io(
            folder.path.join(rel_path),
            "cannot move to the trash",
        ))?;
        self.library.record_removed(folder, rel_path).await?;
        Ok(())
    }

    /// Runs passes whenever a folder or the cloud changes, and every `every` besides, until
    /// `shutdown` resolves. `on_pass` hears of every pass.
    pub async fn watch(
        &self,
        every: Duration,
        shutdown: impl Future<Output = ()> + Send + 'static,
        mut on_pass: impl FnMut(Result<&PassReport, &Error>) + Send,
    ) -> Result<(), Error> {
        let wake = Arc::new(tokio::sync::Notify::new());
        let (stop_sender, stop) = tokio::sync::watch::channel(false);
        tokio::spawn(async move {
            shutdown.await;
            let _ = stop_sender.send(true);
        });
        // Local changes: the library's watcher.
        let library = self.library.clone();
        let local_wake = wake.clone();
        let mut local_stop = stop.clone();
        let watcher = tokio::spawn(async move {
            let stopped = async move { until_stopped(&mut local_stop).await };
            let options = WatchOptions {
                thumbnails: None,
                ..WatchOptions::default()
            };
            library
                .watch(options, stopped, move |event| {
                    if let WatchEvent::Scanned(report) = &event
                        && report.changed_anything()
                    {
                        local_wake.notify_one();
                    }
                })
                .await
        });
        // Remote changes: a long-poll of the feed.
        let client = self.client.clone();
        let state = self.state.clone();
        let remote_wake = wake.clone();
        let mut poll_stop = stop.clone();
        let poller = tokio::spawn(async move {
            let mut failures = 0u32;
            loop {
                let since = match state.next_since().await {
                    Ok(since) => since,
                    Err(_) => return,
                };
                let polled = tokio::select! {
                    polled = client.changes(since, Some(Duration::from_secs(30))) => polled,
                    _ = until_stopped(&mut poll_stop) => return,
                };
                match polled {
                    Ok(page) => {
                        failures = 0;
                        if !page.changes.is_empty() {
                            remote_wake.notify_one();
                        }
                    }
                    Err(_) => {
                        failures += 1;
                        let wait = Duration::from_millis(500u64 << failures.min(6));
                        tokio::select! {
                            _ = tokio::time::sleep(wait) => {}
                            _ = until_stopped(&mut poll_stop) => return,
                        }
                    }
                }
            }
        });
        let mut stop_main = stop.clone();
        loop {
            if *stop_main.borrow() {
                break;
            }
            let paused = self.state.setting("paused").await?.as_deref() == Some("1");
            if !paused {
                match self.sync_once(5).await {
                    Ok(report) => on_pass(Ok(&report)),
                    Err(error) if error.is_signed_out() => {
                        on_pass(Err(&error));
                        watcher.abort();
                        poller.abort();
                        return Err(error);
                    }
                    Err(error) => on_pass(Err(&error)),
                }
            }
            tokio::select! {
                _ = wake.notified() => {
                    // Let a burst of changes settle into one pass.
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                _ = tokio::time::sleep(if paused { Duration::from_secs(1) } else { every }) => {}
                _ = until_stopped(&mut stop_main) => break,
            }
        }
        let _ = watcher.await;
        poller.abort();
        Ok(())
    }
}

/// The folder's files by key, and those that cannot be synced.
async fn local_tree(
    library: Library,
    folder: Folder,
) -> Result<(BTreeMap<String, Local>, Vec<Failure>), Error> {
    let folder = &folder;
    let mut not_synced = Vec::new();
    let mut tree = BTreeMap::new();
    for file in library.folder_files(folder).await? {
        let key = match local_key(&file.rel_path) {
            Ok(key) => key,
            Err(reason) => {
                not_synced.push(Failure {
                    path: disk_path(folder, &file.rel_path).display().to_string(),
                    code: "invalid-name".to_owned(),
                    message: format!("the cloud does not take this name: {reason}"),
                });
                continue;
            }
        };
        let local = match file.state {
            IndexedState::Present(hash) => Local::File {
                rel_path: file.rel_path.clone(),
                hash,
            },
            IndexedState::Failed => Local::Unsettled,
        };
        match tree.entry(key) {
            std::collections::btree_map::Entry::Occupied(mut taken) => {
                not_synced.push(Failure {
                    path: disk_path(folder, &file.rel_path).display().to_string(),
                    code: "name-taken".to_owned(),
                    message: "another file here has the same name, spelled differently".to_owned(),
                });
                taken.insert(Local::Unsettled);
            }
            std::collections::btree_map::Entry::Vacant(free) => {
                free.insert(local);
            }
        }
    }
    Ok((tree, not_synced))
}

/// The cloud's live photos and videos in `album` by key, and those that cannot be synced.
async fn remote_tree(
    state: State,
    album: String,
) -> Result<(BTreeMap<String, Remote>, Vec<Failure>), Error> {
    let album = album.as_str();
    let mut not_synced = Vec::new();
    let mut tree: BTreeMap<String, Remote> = BTreeMap::new();
    for (id, path, hash, kind) in state.live_keys_in(album).await? {
        if !matches!(kind, MediaKind::Photo | MediaKind::Video) {
            continue;
        }
        let Some(relative) = strip_prefix(album, &path) else {
            continue;
        };
        let Some(key) = cloud_key(relative) else {
            not_synced.push(Failure {
                path: path.clone(),
                code: "invalid-path".to_owned(),
                message: "this name cannot be written on this computer".to_owned(),
            });
            continue;
        };
        match tree.get(&key) {
            Some(held) if held.id < id => {
                not_synced.push(Failure {
                    path,
                    code: "name-taken".to_owned(),
                    message: "another cloud item has the same name, spelled differently".to_owned(),
                });
            }
            _ => {
                tree.insert(key, Remote { id, hash });
            }
        }
    }
    Ok((tree, not_synced))
}

/// Resolves once `stop` says so (or its sender is gone).
async fn until_stopped(stop: &mut tokio::sync::watch::Receiver<bool>) {
    let _ = stop.wait_for(|s| *s).await;
}

/// Gives the downloaded file its name, never over another file.
async fn place(partial: &Path, target: &Path) -> std::io::Result<()> {
    let (partial, target) = (partial.to_owned(), target.to_owned());
    tokio::task::spawn_blocking(move || rename_no_replace(&partial, &target))
        .await
        .map_err(std::io::Error::other)?
}

async fn move_file(from: &Path, to: &Path) -> std::io::Result<()> {
    place(from, to).await
}

/// A message for people: the error and what caused it.
pub fn error_message(error: &Error) -> String {
    let mut message = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    message
}
