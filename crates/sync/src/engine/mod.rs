//! The engine: one pass reads the change feed into the mirror, brings every folder's index up
//! to date, plans each folder against the cloud and carries the plan out (`execute`); deletions
//! a person must agree to wait in a held plan (`held`); `watch` runs passes whenever either
//! side changes.

mod execute;
mod held;
mod report;
mod trees;
mod watch;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::Serialize;
use skyfolio_library::{Folder, FolderMode, FolderState, Library};

use crate::names::{cloud_key, cloud_path};
use crate::plan::{self, Action, Input, Local, Remote, Synced};
use crate::state::State;
use crate::transfer::{Link, ProgressSink, Throttle, TransferProgress};
use crate::{Client, Error, remote};

pub use held::{DeletionSide, HeldAnswer, HeldDeletion, HeldPlan, HeldReason};
pub use report::{Failure, FolderReport, PassReport};

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
            progress: None,
            upload_limit: None,
            download_limit: None,
            deletions: DeletionPolicy::Ask,
            pass_progress: None,
        }
    }
}

/// The engine of one home, signed in to one cloud: a server through a [`Client`] unless
/// another [`Remote`](crate::Remote) is given.
#[derive(Clone)]
pub struct Engine<R = Client> {
    library: Library,
    state: State,
    client: R,
    options: Options,
    up: Link,
    down: Link,
    tally: Arc<std::sync::Mutex<PassProgress>>,
}

/// The folder an action belongs to, and the album it mirrors.
pub(crate) struct FolderContext {
    folder: Folder,
    album: String,
}

/// Seconds to wait before trying a failed transfer again: doubling from 2 s, at most an hour.
fn backoff_ms(attempts: u32) -> i64 {
    (1000i64 << attempts.clamp(1, 12)).min(3_600_000)
}

impl<R: remote::Remote> Engine<R> {
    /// Milliseconds since the Unix epoch, by the home's clock (the library's).
    fn now_ms(&self) -> i64 {
        self.library.clock().now_ms()
    }

    /// Today's date here, by the home's clock.
    fn today(&self) -> String {
        jiff::Timestamp::from_millisecond(self.now_ms())
            .unwrap_or_else(|_| jiff::Timestamp::now())
            .to_zoned_datetime(jiff::tz::TimeZone::system())
            .date()
            .to_string()
    }

    pub fn new(library: Library, state: State, client: R, options: Options) -> Engine<R> {
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

    pub fn client(&self) -> &R {
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
        let now = self.now_ms();
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

    /// Passes until nothing is left that waiting can settle: files still being written are
    /// waited for, at most `wait` in all (`waiting` hears how many, each time), and then
    /// carried. The report says what is left as the last pass found it.
    pub async fn sync_settled(
        &self,
        wait: Duration,
        mut waiting: impl FnMut(usize),
    ) -> Result<PassReport, Error> {
        let deadline = Instant::now() + wait;
        let mut total = self.sync_once(10).await?;
        loop {
            let settling = total.settling();
            let left = deadline.saturating_duration_since(Instant::now());
            if settling == 0 || left.is_zero() {
                return Ok(total);
            }
            waiting(settling);
            // A file is taken once it has rested for the settle time.
            let rest = self.library.settle_time() + Duration::from_millis(100);
            tokio::time::sleep(rest.min(left)).await;
            total.merge(self.sync_once(10).await?);
        }
    }

    /// What a pass would do now, from what is known already: no feed, no scan, no transfer.
    pub async fn preview(&self) -> Result<PassReport, Error> {
        let mut report = PassReport::default();
        for folder in self.library.folders().await? {
            report.folders.push(self.sync_folder(&folder, false).await?);
        }
        Ok(report)
    }

    /// Files of `folder` still being written that a pass would send once they rest.
    async fn settling(&self, folder: &Folder) -> Result<usize, Error> {
        if folder.mode == FolderMode::DownloadOnly {
            return Ok(0);
        }
        Ok(self.library.busy_files(folder).await?.len())
    }

    fn folder_report(folder: &Folder, album: &str) -> FolderReport {
        FolderReport {
            folder: folder.path.clone(),
            mode: folder.mode.as_str().to_owned(),
            album: album.to_owned(),
            ..FolderReport::default()
        }
    }

    async fn sync_folder(&self, folder: &Folder, execute: bool) -> Result<FolderReport, Error> {
        let album = self.album_of(folder).await?;
        let mut report = Self::folder_report(folder, &album);
        if self.state.folder_paused(folder.id).await? {
            report.paused = true;
            return Ok(report);
        }
        if !matches!(folder.state, FolderState::Ok | FolderState::Emptied) {
            // Absence is not deletion: a folder that is missing or unreadable is not synced at
            // all until it is back.
            report.problem = Some(folder.error.clone().unwrap_or_else(|| {
                format!("{} is {}", folder.path.display(), folder.state.as_str())
            }));
            return Ok(report);
        }
        let settling = self.settling(folder).await?;
        // Nothing changed here or in the cloud since a pass found nothing to do: the answer is
        // the same, without reading the trees.
        let fingerprint = format!(
            "{:?} {:?} {} {} {} {} {:?}",
            self.library.folder_fingerprint(folder).await?,
            self.state.mirror_fingerprint().await?,
            self.state.synced_fingerprint(folder.id).await?,
            album,
            folder.mode.as_str(),
            folder.state.as_str(),
            self.options.deletions
        );
        let clean_key = format!("clean:{}", folder.id);
        if let Some(clean) = self.state.setting(&clean_key).await?
            && let Some((seen, saved)) = clean.split_once('\n')
            && seen == fingerprint
            && let Ok(mut saved) = serde_json::from_str::<FolderReport>(saved)
        {
            saved.settling = settling;
            return Ok(saved);
        }
        let Planned { plan, held, .. } = self.plan_folder(folder, &album, &mut report).await?;
        let hold_everything = held.as_ref().is_some_and(|h| h.everything);
        report.held = held.map(|h| h.plan);
        report.settling = settling;
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
        if plan.actions.is_empty() || hold_everything {
            // One side looks empty: nothing is done here until a person answers, since what
            // a transfer put in place would make the emptiness look like deletions.
            if let Ok(json) = serde_json::to_string(&report) {
                self.state
                    .set_setting(&clean_key, &format!("{fingerprint}\n{json}"))
                    .await?;
            }
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
        self.run_actions(&context, plan.actions, &mut report)
            .await?;
        Ok(report)
    }

    /// Reads the three trees of `folder` and plans it; what cannot be synced goes to
    /// `report`. An emptied folder is planned as the disk has it: empty.
    async fn plan_folder(
        &self,
        folder: &Folder,
        album: &str,
        report: &mut FolderReport,
    ) -> Result<Planned, Error> {
        let emptied = folder.state == FolderState::Emptied;
        // The three trees come from two databases: read them at once, on separate threads.
        let local = (!emptied)
            .then(|| tokio::spawn(trees::local_tree(self.library.clone(), folder.clone())));
        let remote = tokio::spawn(trees::remote_tree(self.state.clone(), album.to_owned()));
        let synced = self.state.synced(folder.id).await?;
        let joined = |e: tokio::task::JoinError| Error::Protocol {
            what: format!("reading the trees failed: {e}"),
        };
        let (local, mut local_failures) = match local {
            Some(local) => local.await.map_err(joined)??,
            None => (BTreeMap::new(), Vec::new()),
        };
        let (remote, mut remote_failures) = remote.await.map_err(joined)??;
        report.not_synced.append(&mut local_failures);
        report.not_synced.append(&mut remote_failures);
        let device = self.options.device_name.clone();
        let date = self.today();
        let mut plan = plan::plan(&Input {
            mode: folder.mode,
            device: &device,
            date: &date,
            local: &local,
            remote: &remote,
            synced: &synced,
        });
        for unplaceable in &plan.unplaceable {
            report.not_synced.push(Failure {
                path: cloud_path(album, &unplaceable.key),
                code: "name-taken".to_owned(),
                message: format!(
                    "another file in {} has this name apart from upper and lower case or accents",
                    folder.path.display()
                ),
            });
        }
        let held = held::hold(
            folder,
            emptied,
            &mut plan,
            self.options.deletions,
            synced.len(),
        );
        Ok(Planned {
            plan,
            held,
            local,
            remote,
            synced,
        })
    }
}

/// A folder planned: what to carry out, what waits for a person, and the trees it came from.
struct Planned {
    plan: plan::Plan,
    held: Option<held::Holding>,
    local: BTreeMap<String, Local>,
    remote: BTreeMap<String, Remote>,
    synced: BTreeMap<String, Synced>,
}

/// A message for people: the error and what caused it.
pub fn error_message(error: &Error) -> String {
    skyfolio_codes::describe_chain(error)
}
