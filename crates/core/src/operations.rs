//! Long work a person starts and watches: uploading what they dropped on the window, downloading
//! a selection. Each runs in the background under an id, reports its progress as it goes, and
//! can be paused, resumed and cancelled.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};
use skyfolio_sync::Failure;
use skyfolio_sync::transfer::{Gate, Link, TransferProgress};

use crate::{App, Error, Selection};

/// An operation's id: a number, new for each operation of this run of the app.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS,
)]
pub struct OperationId(pub u64);

impl std::fmt::Display for OperationId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum OperationKind {
    Upload,
    Download,
    /// A phone's or camera card's photos, or a Google Takeout, into the cloud.
    Import,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum OperationState {
    Running,
    Paused,
    Done,
    Cancelled,
    Failed,
}

/// Where an operation stands.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct OperationProgress {
    pub id: OperationId,
    pub kind: OperationKind,
    pub state: OperationState,
    pub files_done: usize,
    pub files_total: usize,
    pub bytes_done: u64,
    pub bytes_total: u64,
    /// The file moving now.
    pub current: Option<String>,
    /// The files moving now, each with its own progress (at most [`MOVING_SHOWN`]).
    pub moving: Vec<FileProgress>,
    /// Files that failed, and why.
    pub failures: Vec<Failure>,
    /// Files already there (same content), not moved again.
    pub already_there: usize,
    /// What stopped the whole operation, if anything did.
    pub error: Option<Failure>,
}

/// A Takeout import under way, and its report once it ends.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TakeoutStarted {
    pub id: OperationId,
    /// The report's name, for [`App::takeout_report`].
    pub report: String,
    /// Where the report is saved as CSV, to tell the person.
    pub path: String,
}

/// One file on its way.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct FileProgress {
    pub name: String,
    pub done: u64,
    pub size: u64,
}

/// How many files in flight a progress report lists.
pub const MOVING_SHOWN: usize = 5;

/// Where progress reports go (the shell turns them into events).
pub type ProgressReports = Arc<dyn Fn(OperationProgress) + Send + Sync>;

struct Running {
    gate: Arc<Gate>,
    task: tokio::task::AbortHandle,
    progress: Arc<Mutex<OperationProgress>>,
    reports: ProgressReports,
}

/// The operations of one app.
#[derive(Default)]
pub struct Operations {
    next: AtomicU64,
    running: Mutex<HashMap<OperationId, Running>>,
}

/// Sets an operation's totals once they are known.
fn set_totals(progress: &Mutex<OperationProgress>, (files, bytes): (usize, u64)) {
    let mut progress = progress.lock().unwrap_or_else(|e| e.into_inner());
    progress.files_total = files;
    progress.bytes_total = bytes;
}

fn size_of(paths: &[PathBuf]) -> (usize, u64) {
    let files = skyfolio_library::expand_paths(paths);
    let bytes = files
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum();
    (files.len(), bytes)
}

impl App {
    fn begin_operation(
        &self,
        kind: OperationKind,
        files_total: usize,
        bytes_total: u64,
        reports: ProgressReports,
    ) -> (OperationId, Arc<Gate>, Arc<Mutex<OperationProgress>>, Link) {
        let id = OperationId(self.operations.next.fetch_add(1, Ordering::Relaxed) + 1);
        let progress = Arc::new(Mutex::new(OperationProgress {
            id,
            kind,
            state: OperationState::Running,
            files_done: 0,
            files_total,
            bytes_done: 0,
            bytes_total,
            current: None,
            moving: Vec::new(),
            failures: Vec::new(),
            already_there: 0,
            error: None,
        }));
        let gate = Gate::new();
        let per_file: Arc<Mutex<BTreeMap<String, (u64, u64)>>> = Arc::default();
        let sink = {
            let (progress, reports) = (progress.clone(), reports.clone());
            Arc::new(move |p: TransferProgress| {
                // Reported under the lock, so a report taken before a pause cannot land after it.
                {
                    let mut files = per_file.lock().unwrap_or_else(|e| e.into_inner());
                    files.insert(p.name.clone(), (p.done, p.size));
                    let mut progress = progress.lock().unwrap_or_else(|e| e.into_inner());
                    progress.bytes_done = files.values().map(|(done, _)| done).sum();
                    progress.files_done = files.values().filter(|(d, s)| d >= s).count();
                    progress.moving = files
                        .iter()
                        .filter(|(_, (done, size))| done < size)
                        .take(MOVING_SHOWN)
                        .map(|(name, &(done, size))| FileProgress {
                            name: name.clone(),
                            done,
                            size,
                        })
                        .collect();
                    progress.current = Some(p.name);
                    reports(progress.clone());
                }
            })
        };
        let link = Link {
            progress: sink,
            limit: None,
            gate: Some(gate.clone()),
        };
        (id, gate, progress, link)
    }

    fn finish(
        progress: &Mutex<OperationProgress>,
        reports: &ProgressReports,
        outcome: Result<(usize, Vec<Failure>, usize), Error>,
    ) {
        // Reported under the lock, so a report taken before a pause cannot land after it.
        {
            let mut progress = progress.lock().unwrap_or_else(|e| e.into_inner());
            match outcome {
                Ok((done, failures, already)) => {
                    progress.state = if failures.is_empty() {
                        OperationState::Done
                    } else {
                        OperationState::Failed
                    };
                    progress.files_done = done;
                    progress.failures = failures;
                    progress.already_there = already;
                    progress.bytes_done = progress.bytes_total.max(progress.bytes_done);
                }
                Err(error) => {
                    progress.state = OperationState::Failed;
                    progress.error = Some(Failure {
                        path: String::new(),
                        code: error.code().to_string(),
                        message: error.to_string(),
                    });
                }
            }
            progress.current = None;
            progress.moving.clear();
            reports(progress.clone());
        }
    }

    /// Starts sending `paths` to `album` in the background; progress goes to `reports`.
    pub fn start_upload(
        &self,
        paths: Vec<PathBuf>,
        album: Option<String>,
        reports: ProgressReports,
    ) -> OperationId {
        let (files, bytes) = size_of(&paths);
        self.run_operation(
            OperationKind::Upload,
            (files, bytes),
            reports,
            |app, link, _| async move {
                let report = app
                    .upload_paths_with(&paths, album.as_deref(), link)
                    .await?;
                let done = report.uploaded.len() + report.already_there;
                Ok((done, report.failed, report.already_there))
            },
        )
    }

    /// Starts fetching `selection` into `to` in the background.
    pub fn start_download(
        &self,
        selection: Selection,
        to: PathBuf,
        reports: ProgressReports,
    ) -> OperationId {
        self.run_operation(
            OperationKind::Download,
            (0, 0),
            reports,
            |app, link, progress| async move {
                if let Ok(totals) = app.selection_size(&selection).await {
                    set_totals(&progress, totals);
                }
                let report = app.download_with(&selection, &to, link).await?;
                let done = report.downloaded.len() + report.already_there;
                Ok((done, report.failed, report.already_there))
            },
        )
    }

    /// Starts backing up a phone or camera card (see [`App::import_device`]) in the background.
    pub fn start_device_import(&self, storage: PathBuf, reports: ProgressReports) -> OperationId {
        self.run_operation(
            OperationKind::Import,
            (0, 0),
            reports,
            |app, link, progress| async move {
                let root = storage.clone();
                if let Ok(totals) =
                    tokio::task::spawn_blocking(move || crate::device::storage_size(&root)).await
                {
                    set_totals(&progress, totals);
                }
                let report = app.import_device(&storage, link).await?;
                // Every file looked at is done with, those not photos or videos too.
                let done = report.imported() + report.already() + report.not_media();
                Ok((done, report.failures(), report.already()))
            },
        )
    }

    /// Starts importing a Google Takeout (see [`App::import_takeout`]) in the background. Its
    /// report is saved when it ends, as CSV for people and as JSON that
    /// [`App::takeout_report`] reads back, under the name answered.
    pub fn start_takeout_import(
        &self,
        paths: Vec<PathBuf>,
        reports: ProgressReports,
    ) -> Result<TakeoutStarted, Error> {
        let (name, folder) = self.new_report_name()?;
        let csv = folder.join(format!("{name}.csv"));
        let json = folder.join(format!("{name}.json"));
        let shown = csv.display().to_string();
        let id = self.run_operation(
            OperationKind::Import,
            (0, 0),
            reports,
            |app, link, progress| async move {
                if let Ok(review) = app.plan_takeout_import(&paths).await {
                    set_totals(&progress, (review.photos + review.videos, review.bytes));
                }
                let options = crate::TakeoutOptions::default();
                let done = app.import_takeout(&paths, &options, link).await?;
                done.write_to(&csv)?;
                done.write_to(&json)?;
                Ok(done.outcome())
            },
        );
        Ok(TakeoutStarted {
            id,
            report: name,
            path: shown,
        })
    }

    /// Runs `work` in the background as an operation of `kind` with these first totals (files,
    /// bytes). It gets the app, the link its transfers report through and the progress (to
    /// set the totals once known); what it answers (files done, failures, files already
    /// there) ends the operation.
    fn run_operation<F, Fut>(
        &self,
        kind: OperationKind,
        (files, bytes): (usize, u64),
        reports: ProgressReports,
        work: F,
    ) -> OperationId
    where
        F: FnOnce(App, Link, Arc<Mutex<OperationProgress>>) -> Fut,
        Fut: std::future::Future<Output = Result<(usize, Vec<Failure>, usize), Error>>
            + Send
            + 'static,
    {
        let (id, gate, progress, link) = self.begin_operation(kind, files, bytes, reports.clone());
        let app = self.clone();
        let work = work(app.clone(), link, progress.clone());
        let (task_progress, task_reports) = (progress.clone(), reports.clone());
        self.spawn_operation(id, gate, progress, reports, async move {
            let outcome = work.await;
            app.conclude(id, &task_progress, &task_reports, outcome);
        });
        id
    }

    /// Forgets an operation and reports how it ended: whoever hears the end finds it gone.
    fn conclude(
        &self,
        id: OperationId,
        progress: &Mutex<OperationProgress>,
        reports: &ProgressReports,
        outcome: Result<(usize, Vec<Failure>, usize), Error>,
    ) {
        self.operations
            .running
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&id);
        App::finish(progress, reports, outcome);
    }

    /// Runs `work` as operation `id`. It is listed before it starts, under the lock its end
    /// takes to forget it, so one that ends at once cannot leave a stale entry behind.
    fn spawn_operation(
        &self,
        id: OperationId,
        gate: Arc<Gate>,
        progress: Arc<Mutex<OperationProgress>>,
        reports: ProgressReports,
        work: impl std::future::Future<Output = ()> + Send + 'static,
    ) {
        let mut running = self
            .operations
            .running
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        let task = tokio::spawn(work).abort_handle();
        running.insert(
            id,
            Running {
                gate,
                task,
                progress,
                reports,
            },
        );
    }

    /// Pauses (`false`) or resumes (`true`) an operation; false when it is over.
    pub fn set_operation_running(&self, id: OperationId, running: bool) -> bool {
        let operations = self
            .operations
            .running
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        let Some(operation) = operations.get(&id) else {
            return false;
        };
        operation.gate.set_open(running);
        // Reported under the lock, so a report taken before a pause cannot land after it.
        {
            let mut progress = operation.progress.lock().unwrap_or_else(|e| e.into_inner());
            progress.state = if running {
                OperationState::Running
            } else {
                OperationState::Paused
            };
            (operation.reports)(progress.clone());
        }
        true
    }

    /// Stops an operation. What it finished stays; a large file half sent resumes if sent again.
    pub fn cancel_operation(&self, id: OperationId) -> bool {
        let operation = self
            .operations
            .running
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&id);
        let Some(operation) = operation else {
            return false;
        };
        operation.task.abort();
        // Reported under the lock, so a report taken before a pause cannot land after it.
        {
            let mut progress = operation.progress.lock().unwrap_or_else(|e| e.into_inner());
            progress.state = OperationState::Cancelled;
            progress.current = None;
            progress.moving.clear();
            (operation.reports)(progress.clone());
        }
        true
    }

    /// How many files and bytes a selection holds, from the mirror.
    async fn selection_size(&self, selection: &Selection) -> Result<(usize, u64), Error> {
        let rows = match selection {
            Selection::All => self.state.live_items().await?,
            Selection::Album(album) => self.state.live_items_in(album.trim_matches('/')).await?,
            Selection::Ids(ids) => {
                let mut rows = Vec::new();
                for id in ids {
                    rows.extend(self.state.item(id).await?);
                }
                rows
            }
        };
        Ok((rows.len(), rows.iter().map(|r| r.size).sum()))
    }
}
