//! What a pass did and what it left, per folder, for people and for the shells that tell them.

use std::path::PathBuf;

use serde::Serialize;
use skyfolio_protocol::ErrorCode;

use super::held::HeldPlan;

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
    /// The folder could not be synced at all (missing, unreadable).
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
    /// Actions whose file changed since it was planned: left for the next pass (as the last
    /// pass found them).
    pub skipped: usize,
    /// Transfers waiting before they are tried again.
    pub waiting: usize,
    /// Files here still being written: not sent yet, and waiting all the same.
    #[serde(default)]
    pub settling: usize,
    pub failures: Vec<Failure>,
    /// Files here the cloud cannot take, or cloud items this folder cannot hold, and why.
    pub not_synced: Vec<Failure>,
    /// Deletions (or a whole folder that looks empty) waiting for a person's answer: exactly
    /// what they are shown, and the fingerprint their answer must give back.
    #[serde(default)]
    pub held: Option<HeldPlan>,
}

impl FolderReport {
    /// Folds a later pass over the same folder into this one: what was done adds up; what is
    /// left, failed or held is as the later pass found it.
    pub(crate) fn merge(&mut self, later: FolderReport) {
        self.uploaded += later.uploaded;
        self.downloaded += later.downloaded;
        self.moved += later.moved;
        self.trashed_in_cloud += later.trashed_in_cloud;
        self.trashed_here += later.trashed_here;
        self.conflicts += later.conflicts;
        self.recorded += later.recorded;
        self.skipped = later.skipped;
        self.problem = later.problem;
        self.paused = later.paused;
        self.planned = later.planned;
        self.to_upload = later.to_upload;
        self.to_download = later.to_download;
        self.waiting = later.waiting;
        self.settling = later.settling;
        self.failures = later.failures;
        self.not_synced = later.not_synced;
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

    /// Nothing left to do here, nothing failed, nothing held, nothing still being written,
    /// nothing left out.
    pub fn in_step(&self) -> bool {
        self.problem.is_none()
            && self.planned == 0
            && self.settling == 0
            && self.failures.is_empty()
            && self.not_synced.is_empty()
            && self.held.is_none()
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
    pub(crate) fn merge(&mut self, later: PassReport) {
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

    /// Files still being written, in every folder.
    pub fn settling(&self) -> usize {
        self.folders.iter().map(|f| f.settling).sum()
    }

    /// Every folder is in step: what "in step" and "Up to date" may say, and only then.
    pub fn in_step(&self) -> bool {
        self.folders.iter().all(FolderReport::in_step)
    }

    /// The cloud's disk was full: files waited for it to have room. Sync tries again by
    /// itself, sooner than usual, and goes on once there is room.
    pub fn cloud_full(&self) -> bool {
        self.folders.iter().any(|f| {
            f.failures
                .iter()
                .any(|failure| failure.code == ErrorCode::StorageFull.as_str())
        })
    }
}

/// How one action ended.
pub(crate) enum Outcome {
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

impl Outcome {
    /// Counts the outcome in `report`.
    pub(crate) fn count(self, report: &mut FolderReport) {
        match self {
            Outcome::Uploaded => report.uploaded += 1,
            Outcome::Downloaded => report.downloaded += 1,
            Outcome::Moved => report.moved += 1,
            Outcome::TrashedInCloud => report.trashed_in_cloud += 1,
            Outcome::TrashedHere => report.trashed_here += 1,
            Outcome::Conflict => report.conflicts += 1,
            Outcome::Recorded => report.recorded += 1,
            Outcome::Skipped => report.skipped += 1,
            Outcome::Waiting => report.waiting += 1,
        }
    }
}
