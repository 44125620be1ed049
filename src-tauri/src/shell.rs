//! What the window's process keeps: the open app, the local cloud when it runs, and the
//! background sync that follows both sides and tells the page how it goes.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::Serialize;
use skyfolio_core::{App, LocalCloud, PassProgress, PassReport, PhoneAccess};
use skyfolio_sync::Options;
use tauri::{AppHandle, Emitter, Manager, Runtime};

/// How sync stands, for the page (and the tray).
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncStatus {
    /// `signed-out`, `idle`, `syncing`, `paused` or `error`.
    #[ts(type = r#""signed-out" | "idle" | "syncing" | "paused" | "error""#)]
    pub state: String,
    /// Files waiting to go up, those still being written among them.
    pub uploads: usize,
    pub downloads: usize,
    pub failed: usize,
    /// Folders whose deletions (or emptiness) wait for the person's answer.
    pub held: usize,
    /// Files that cannot be synced (names the other side cannot hold).
    pub left_out: usize,
    /// Folders that cannot be synced at all (missing, unreadable).
    pub problems: usize,
    /// When everything was last in step (ms), if ever.
    pub last_success_at: Option<i64>,
    /// What went wrong, when `error`.
    pub problem: Option<crate::CommandError>,
    /// While a pass sends or fetches files: how many of how many.
    pub progress: Option<skyfolio_sync::PassProgress>,
}

impl SyncStatus {
    pub(crate) fn of(state: &str) -> SyncStatus {
        SyncStatus {
            state: state.to_owned(),
            ..SyncStatus::default()
        }
    }
}

struct SyncLoop {
    stop: tokio::sync::watch::Sender<bool>,
    task: tauri::async_runtime::JoinHandle<()>,
}

/// The desktop process's state, managed by Tauri.
pub struct Shell {
    pub app: App,
    local_cloud: tokio::sync::Mutex<Option<LocalCloud>>,
    sync: Mutex<Option<SyncLoop>>,
    status: Mutex<SyncStatus>,
    /// Where videos play from, once the window has started it.
    pub video: std::sync::OnceLock<crate::stream::VideoStream>,
    /// Closing the window leaves Skyfolio in the tray (the preference, kept here for the
    /// window's close event, which cannot wait for the database).
    pub close_to_tray: std::sync::atomic::AtomicBool,
    pub notices: crate::notices::Notices,
}

/// Events the page listens to.
pub const SYNC_EVENT: &str = "sync-status";
pub const OPERATION_EVENT: &str = "operation";
pub const TIMELINE_EVENT: &str = "timeline-changed";
/// The language changed (from the window or the tray): everything shown switches at once.
pub const LANGUAGE_EVENT: &str = "language-changed";

impl Shell {
    pub fn new(app: App) -> Shell {
        Shell {
            app,
            local_cloud: tokio::sync::Mutex::new(None),
            sync: Mutex::new(None),
            status: Mutex::new(SyncStatus::of("signed-out")),
            video: std::sync::OnceLock::new(),
            close_to_tray: std::sync::atomic::AtomicBool::new(true),
            notices: crate::notices::Notices::new(),
        }
    }

    pub fn status(&self) -> SyncStatus {
        self.status
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Starts the local cloud unless it runs already; answers its address.
    pub async fn ensure_local_cloud(&self) -> Result<String, skyfolio_core::Error> {
        let mut running = self.local_cloud.lock().await;
        if let Some(cloud) = running.as_ref() {
            return Ok(cloud.url.clone());
        }
        let cloud = self.app.start_local_cloud().await?;
        // The door for phones opens again when the person left it open; a port that cannot
        // be had does not keep the local cloud from this computer.
        if let Err(error) = self.app.restore_phone_access(&cloud).await {
            tracing::warn!("the local cloud cannot listen for phones: {error}");
        }
        let url = cloud.url.clone();
        *running = Some(cloud);
        Ok(url)
    }

    /// How phones reach the local cloud (closed when this computer uses another cloud).
    pub async fn phone_access(&self) -> Result<PhoneAccess, skyfolio_core::Error> {
        let running = self.local_cloud.lock().await;
        self.app.phone_access(running.as_ref()).await
    }

    /// Opens or closes the local cloud's door to phones on this network.
    pub async fn set_phone_access(&self, on: bool) -> Result<PhoneAccess, skyfolio_core::Error> {
        let running = self.local_cloud.lock().await;
        match running.as_ref() {
            Some(cloud) => self.app.set_phone_access(cloud, on).await,
            None if !on => self.app.phone_access(None).await,
            None => Err(skyfolio_core::Error::InvalidSetting {
                name: "phone_access",
                reason: "only the local cloud on this computer opens to phones".into(),
            }),
        }
    }

    pub async fn stop_local_cloud(&self) {
        self.local_cloud.lock().await.take();
    }

    /// Starts (or restarts) the background sync: passes whenever a folder or the cloud changes,
    /// with the preferences of Settings.
    pub fn start_sync<R: Runtime>(&self, handle: &AppHandle<R>) {
        self.stop_sync();
        let (stop, mut stopped) = tokio::sync::watch::channel(false);
        let app = self.app.clone();
        let handle = handle.clone();
        let task = tauri::async_runtime::spawn(async move {
            let publish = {
                let handle = handle.clone();
                move |next: SyncStatus| publish(&handle, next)
            };
            let mut options = match app.sync_options().await {
                Ok(options) => options,
                Err(error) => {
                    tracing::warn!("the preferences could not be read: {error}");
                    Options::default()
                }
            };
            let for_progress = publish.clone();
            options.pass_progress = Some(Arc::new(move |progress: PassProgress| {
                if progress.uploads + progress.downloads > 0 {
                    for_progress(SyncStatus {
                        progress: Some(progress),
                        ..SyncStatus::of("syncing")
                    });
                }
            }));
            let engine = match app.engine(options).await {
                Ok(engine) => engine,
                Err(error) => {
                    let mut next = SyncStatus::of("signed-out");
                    next.problem = Some(error.into());
                    publish(next);
                    return;
                }
            };
            publish(SyncStatus::of("syncing"));
            let shutdown = async move {
                while !*stopped.borrow_and_update() {
                    if stopped.changed().await.is_err() {
                        break;
                    }
                }
            };
            let for_pass = publish.clone();
            let handle_for_pass = handle.clone();
            let outcome = engine
                .watch(Duration::from_secs(300), shutdown, move |pass| {
                    let next = match pass {
                        Ok(report) => summary(report),
                        Err(error) => {
                            let mut next = SyncStatus::of(if error.is_signed_out() {
                                "signed-out"
                            } else {
                                "error"
                            });
                            next.problem = Some(crate::CommandError::new(
                                error.code(),
                                skyfolio_sync::error_message(error),
                            ));
                            next
                        }
                    };
                    if pass
                        .as_ref()
                        .is_ok_and(|report| report.folders.iter().any(|folder| folder.uploaded > 0))
                    {
                        let handle = handle_for_pass.clone();
                        tauri::async_runtime::spawn(async move {
                            crate::notices::check_storage(&handle).await;
                        });
                    }
                    for_pass(next);
                    let _ = handle_for_pass.emit(TIMELINE_EVENT, ());
                })
                .await;
            if let Err(error) = outcome {
                let mut next = SyncStatus::of(if error.is_signed_out() {
                    "signed-out"
                } else {
                    "error"
                });
                next.problem = Some(error.into());
                publish(next);
            }
        });
        *self.sync.lock().unwrap_or_else(|e| e.into_inner()) = Some(SyncLoop { stop, task });
    }

    /// Tells the page and the tray how sync stands, outside a pass.
    pub fn publish<R: Runtime>(&self, handle: &AppHandle<R>, next: SyncStatus) {
        publish(handle, next);
    }

    /// Pauses background sync (kept across restarts) or resumes it.
    pub async fn set_paused<R: Runtime>(
        &self,
        handle: &AppHandle<R>,
        paused: bool,
    ) -> Result<(), skyfolio_core::Error> {
        self.app.set_paused(paused).await?;
        if paused {
            self.stop_sync();
            self.publish(handle, SyncStatus::of("paused"));
        } else {
            self.start_sync(handle);
        }
        Ok(())
    }

    /// Starts background sync at launch, unless the person paused it.
    pub async fn resume_at_start<R: Runtime>(&self, handle: &AppHandle<R>) {
        if self.app.paused().await.unwrap_or(false) {
            self.publish(handle, SyncStatus::of("paused"));
        } else {
            self.start_sync(handle);
        }
    }

    pub fn stop_sync(&self) {
        if let Some(running) = self.sync.lock().unwrap_or_else(|e| e.into_inner()).take() {
            let _ = running.stop.send(true);
            running.task.abort();
        }
    }
}

/// Keeps the status, tells the page and the tray, and shows what is worth a notification.
fn publish<R: Runtime>(handle: &AppHandle<R>, next: SyncStatus) {
    let shell = handle.state::<Shell>();
    *shell.status.lock().unwrap_or_else(|e| e.into_inner()) = next.clone();
    let notices = shell
        .notices
        .watcher
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .observe(&next, std::time::Instant::now());
    let _ = handle.emit(SYNC_EVENT, next);
    for notice in notices {
        let handle = handle.clone();
        tauri::async_runtime::spawn(async move { crate::notices::tell(&handle, notice).await });
    }
}

fn summary(report: &PassReport) -> SyncStatus {
    let mut status = SyncStatus::of("idle");
    for folder in &report.folders {
        status.uploads += folder.to_upload.saturating_sub(folder.uploaded) + folder.settling;
        status.downloads += folder.to_download.saturating_sub(folder.downloaded);
        status.failed += folder.failures.len();
        status.held += usize::from(folder.held.is_some());
        status.left_out += folder.not_synced.len();
        status.problems += usize::from(folder.problem.is_some());
    }
    if !report.in_step() && status.failed > 0 {
        status.state = "error".to_owned();
    }
    if report.cloud_full() {
        // One problem for all: the files wait, sync goes on by itself once there is room.
        status.problem = Some(crate::CommandError::new(
            "storage-full",
            "the cloud's disk is full; the files wait until it has room".to_owned(),
        ));
    }
    status.last_success_at = report.in_step().then(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(0))
    });
    status
}

#[cfg(test)]
mod tests {
    use skyfolio_sync::FolderReport;

    use super::*;

    #[test]
    fn files_still_being_written_wait_and_are_not_up_to_date() {
        let report = PassReport {
            changes: 0,
            folders: vec![FolderReport {
                settling: 2,
                ..FolderReport::default()
            }],
        };
        let status = summary(&report);
        assert_eq!((status.state.as_str(), status.uploads), ("idle", 2));
        assert_eq!(status.last_success_at, None, "not in step");
    }
}
