//! Where sync stands: signed in or not, paused or not, what waits (files still being written
//! included), what failed and why, what waits for a person's answer, and when everything was
//! last in step.

use serde::Serialize;
use skyfolio_sync::{Direction, HeldAnswer, HeldPlan, PassReport};

use crate::{App, Error};

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename = "HealthAccount")]
pub struct Account {
    pub server: String,
    pub email: String,
    pub device_name: String,
}

#[derive(Debug, Clone, Default, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Pending {
    pub uploads: usize,
    pub downloads: usize,
    /// Moves, deletions and records.
    pub other: usize,
    /// Files still being written: they go up once they rest.
    pub settling: usize,
}

/// A transfer that failed, waiting to be tried again.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct FailedTransfer {
    pub path: String,
    #[ts(type = r#""upload" | "download""#)]
    pub direction: &'static str,
    pub code: String,
    pub message: String,
    pub attempts: u32,
    /// When it is tried again (ms since the epoch).
    pub next_try_at: i64,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct FolderStatus {
    pub path: String,
    #[ts(type = r#""two-way" | "upload-only" | "download-only""#)]
    pub mode: String,
    pub album: String,
    #[ts(type = r#""ok" | "paused" | "error""#)]
    pub state: String,
    /// What the folder on disk is (missing, unreadable, emptied): the person is told this, in
    /// their language.
    pub folder_state: skyfolio_library::FolderState,
    /// Why it cannot be synced, in English with its path: for logs and a closer look.
    pub problem: Option<String>,
    pub paused: bool,
    /// Deletions waiting for a person's answer ([`App::answer_held`]).
    pub held: Option<HeldPlan>,
    /// Files still being written: not sent yet.
    pub settling: usize,
    /// Files that cannot be synced, and why.
    pub not_synced: Vec<skyfolio_sync::Failure>,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename = "Health")]
pub struct Status {
    pub signed_in: Option<Account>,
    pub paused: bool,
    pub last_success_at: Option<i64>,
    pub last_pass_at: Option<i64>,
    pub pending: Pending,
    pub failed: Vec<FailedTransfer>,
    pub folders: Vec<FolderStatus>,
}

impl App {
    /// Where sync stands, from what this computer knows: no network needed.
    pub async fn status(&self) -> Result<Status, Error> {
        let account = self.state.account().await?;
        let setting_ms = |value: Option<String>| value.and_then(|v| v.parse::<i64>().ok());
        let mut status = Status {
            signed_in: account.as_ref().map(|a| Account {
                server: a.server.clone(),
                email: a.email.clone(),
                device_name: a.device_name.clone(),
            }),
            paused: self.paused().await?,
            last_success_at: setting_ms(self.state.setting("last_success_at").await?),
            last_pass_at: setting_ms(self.state.setting("last_pass_at").await?),
            pending: Pending::default(),
            failed: Vec::new(),
            folders: Vec::new(),
        };
        for transfer in self.state.transfers().await? {
            if let (Some(code), Some(message)) = (&transfer.error_code, &transfer.error_message) {
                status.failed.push(FailedTransfer {
                    path: transfer.local_path.display().to_string(),
                    direction: match transfer.direction {
                        Direction::Up => "upload",
                        Direction::Down => "download",
                    },
                    code: code.clone(),
                    message: message.clone(),
                    attempts: transfer.attempts,
                    next_try_at: transfer.next_try_at,
                });
            }
        }
        if account.is_some() {
            let on_disk: std::collections::HashMap<_, _> = self
                .library
                .folders()
                .await?
                .into_iter()
                .map(|folder| (folder.path, folder.state))
                .collect();
            let engine = self.engine(self.sync_options().await?).await?;
            let preview = engine.preview().await?;
            for folder in preview.folders {
                status.pending.uploads += folder.to_upload;
                status.pending.downloads += folder.to_download;
                status.pending.other += folder.planned - folder.to_upload - folder.to_download;
                status.pending.settling += folder.settling;
                status.folders.push(FolderStatus {
                    path: folder.folder.display().to_string(),
                    mode: folder.mode,
                    album: folder.album,
                    state: if folder.paused {
                        "paused"
                    } else if folder.problem.is_some() {
                        "error"
                    } else {
                        "ok"
                    }
                    .to_owned(),
                    paused: folder.paused,
                    folder_state: on_disk
                        .get(&folder.folder)
                        .copied()
                        .unwrap_or(skyfolio_library::FolderState::Ok),
                    problem: folder.problem,
                    held: folder.held,
                    settling: folder.settling,
                    not_synced: folder.not_synced,
                });
            }
        }
        Ok(status)
    }

    /// Answers what waits for a person in `folder`, as shown with `fingerprint` (from
    /// [`App::status`] or a pass): `Delete` carries out exactly those deletions, `Restore`
    /// brings those files back from the other side; the folder is synced after. A plan that
    /// changed since is answered `held-changed`, and nothing is done.
    pub async fn answer_held(
        &self,
        folder: &std::path::Path,
        fingerprint: &str,
        answer: HeldAnswer,
    ) -> Result<PassReport, Error> {
        let folder = self.library.folder(folder).await?;
        let engine = self.engine(self.sync_options().await?).await?;
        let report = engine.answer_held(&folder, fingerprint, answer).await?;
        Ok(PassReport {
            changes: 0,
            folders: vec![report],
        })
    }

    /// Whether the person paused sync: one setting read, no planning.
    pub async fn paused(&self) -> Result<bool, Error> {
        Ok(self.state.setting("paused").await?.as_deref() == Some("1"))
    }

    /// Pauses or resumes sync; a running `sync --watch` (or the app) notices within a second.
    pub async fn set_paused(&self, paused: bool) -> Result<(), Error> {
        self.state
            .set_setting("paused", if paused { "1" } else { "0" })
            .await?;
        Ok(())
    }
}
