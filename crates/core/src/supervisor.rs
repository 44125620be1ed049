//! What a shell that stays open keeps running: the local cloud when this computer uses it, and
//! background sync, which follows both sides and says how it stands.
//!
//! Every rule of when sync runs lives here: it starts after signing in and at launch unless the
//! person paused it, a pause is kept across restarts, a change of folders or preferences
//! restarts it only when it runs, and signing in to another cloud stops the local one. A shell
//! gives a [`Supervisor`] an observer and shows what it is told ([`SupervisorEvent`]).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::Serialize;
use skyfolio_sync::{PassProgress, PassReport};

use crate::{App, Error, LocalCloud, PhoneAccess, SignIn};

/// Where background sync stands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum SyncState {
    /// Nobody is signed in, or the cloud no longer knows this computer.
    #[default]
    SignedOut,
    /// Watching for changes; nothing moves.
    Idle,
    /// A pass runs.
    Syncing,
    /// The person paused it.
    Paused,
    /// The last pass failed as a whole, or some files did.
    Error,
}

impl SyncState {
    /// The word the page, the tray and the logs use: `signed-out`, `idle`, `syncing`, `paused`
    /// or `error`.
    pub fn as_str(self) -> &'static str {
        match self {
            SyncState::SignedOut => "signed-out",
            SyncState::Idle => "idle",
            SyncState::Syncing => "syncing",
            SyncState::Paused => "paused",
            SyncState::Error => "error",
        }
    }
}

/// What went wrong, as it crosses to a shell (the one error shape of the desktop's commands and
/// schemes too): a stable code (the message `error-<code>`) and an English detail for logs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Problem {
    pub code: skyfolio_codes::Code,
    pub message: String,
}

impl Problem {
    pub fn new(code: skyfolio_codes::Code, message: impl Into<String>) -> Problem {
        Problem {
            code,
            message: message.into(),
        }
    }
}

impl From<&Error> for Problem {
    fn from(error: &Error) -> Problem {
        let message = match error {
            Error::Sync(inner) => skyfolio_sync::error_message(inner),
            other => other.to_string(),
        };
        Problem::new(error.code(), message)
    }
}

impl From<&skyfolio_sync::Error> for Problem {
    fn from(error: &skyfolio_sync::Error) -> Problem {
        Problem::new(error.code(), skyfolio_sync::error_message(error))
    }
}

impl From<Error> for Problem {
    fn from(error: Error) -> Problem {
        Problem::from(&error)
    }
}

impl From<skyfolio_sync::Error> for Problem {
    fn from(error: skyfolio_sync::Error) -> Problem {
        Problem::from(&error)
    }
}

/// How sync stands in words: a message of `locales/` and its counts. The tray, the page and the
/// command line say the same thing because they say this.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Said {
    pub id: String,
    #[ts(type = "Record<string, number>")]
    pub args: std::collections::BTreeMap<String, u64>,
}

impl Said {
    fn new(id: &str, args: &[(&str, usize)]) -> Said {
        Said {
            id: id.to_owned(),
            args: args
                .iter()
                .map(|(name, n)| ((*name).to_owned(), *n as u64))
                .collect(),
        }
    }
}

/// How background sync stands, for the page and the tray.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncStatus {
    pub state: SyncState,
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
    /// What went wrong, when `error` or signed out by the cloud.
    pub problem: Option<Problem>,
    /// While a pass sends or fetches files: how many of how many.
    pub progress: Option<PassProgress>,
    /// All of the above in words ([`SyncStatus::words`]), as the supervisor told it.
    pub said: Said,
}

impl SyncStatus {
    /// How it stands in words. "Up to date" only when it is so: nothing waits, nothing is held,
    /// left out or unreadable.
    pub fn words(&self) -> Said {
        match self.state {
            SyncState::Syncing => match self.progress {
                Some(p) if p.uploaded < p.uploads => Said::new(
                    "sync-uploading",
                    &[("done", p.uploaded + 1), ("total", p.uploads)],
                ),
                Some(p) if p.downloaded < p.downloads => Said::new(
                    "sync-downloading",
                    &[("done", p.downloaded + 1), ("total", p.downloads)],
                ),
                _ => Said::new("sync-syncing", &[]),
            },
            SyncState::Paused => Said::new("tray-status-paused", &[]),
            SyncState::SignedOut => Said::new("sync-signed-out", &[]),
            SyncState::Error => match &self.problem {
                Some(problem) => Said::new(&problem.code.message_id(), &[]),
                None => Said::new("sync-failed", &[("count", self.failed)]),
            },
            SyncState::Idle if self.uploads + self.downloads > 0 => Said::new(
                "sync-pending",
                &[("uploads", self.uploads), ("downloads", self.downloads)],
            ),
            SyncState::Idle if self.held > 0 => Said::new("sync-held", &[("count", self.held)]),
            SyncState::Idle if self.problems > 0 => {
                Said::new("sync-folder-problems", &[("count", self.problems)])
            }
            SyncState::Idle if self.left_out > 0 => {
                Said::new("health-not-synced", &[("count", self.left_out)])
            }
            SyncState::Idle => Said::new("sync-up-to-date", &[]),
        }
    }

    pub fn of(state: SyncState) -> SyncStatus {
        SyncStatus {
            state,
            ..SyncStatus::default()
        }
    }

    /// This status with [`said`](SyncStatus::said) filled in from the rest, as it is sent.
    pub fn worded(mut self) -> SyncStatus {
        self.said = self.words();
        self
    }

    /// The status after a pass: what waits, what failed, what is held; `error` when files
    /// failed, and in step (with the time) only when nothing waits.
    pub fn after(report: &PassReport, now_ms: i64) -> SyncStatus {
        let mut status = SyncStatus::of(SyncState::Idle);
        for folder in &report.folders {
            status.uploads += folder.to_upload.saturating_sub(folder.uploaded) + folder.settling;
            status.downloads += folder.to_download.saturating_sub(folder.downloaded);
            status.failed += folder.failures.len();
            status.held += usize::from(folder.held.is_some());
            status.left_out += folder.not_synced.len();
            status.problems += usize::from(folder.problem.is_some());
        }
        if !report.in_step() && status.failed > 0 {
            status.state = SyncState::Error;
        }
        if report.cloud_full() {
            // One problem for all: the files wait, sync goes on by itself once there is room.
            status.problem = Some(Problem::new(
                skyfolio_codes::Code::StorageFull,
                "the cloud's disk is full; the files wait until it has room",
            ));
        }
        status.last_success_at = report.in_step().then_some(now_ms);
        status
    }

    /// Sync stopped: signed out when the cloud no longer takes this computer, else an error.
    fn stopped(signed_out: bool, problem: Problem) -> SyncStatus {
        SyncStatus {
            problem: Some(problem),
            ..SyncStatus::of(if signed_out {
                SyncState::SignedOut
            } else {
                SyncState::Error
            })
        }
    }
}

/// What a supervisor tells its shell.
#[derive(Debug, Clone)]
pub enum SupervisorEvent {
    /// Sync stands here now (already kept: [`Supervisor::status`] answers it).
    Status(SyncStatus),
    /// A pass ended: the timeline may have changed; `uploaded` when files went up (the quota
    /// is worth a look), in this pass or in one that a stop cut short before it could tell.
    /// Told just before the status the pass ends in.
    PassEnded { uploaded: bool },
}

type Observer = dyn Fn(SupervisorEvent) + Send + Sync;

struct SyncLoop {
    stop: tokio::sync::watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
}

struct Inner {
    app: App,
    local_cloud: tokio::sync::Mutex<Option<LocalCloud>>,
    sync: Mutex<Option<SyncLoop>>,
    status: Mutex<SyncStatus>,
    observer: Box<Observer>,
    /// A sync loop was stopped, perhaps in the middle of a pass that sent files up before it
    /// could tell: the next pass to end says files went up.
    cut_short: AtomicBool,
}

impl Inner {
    fn publish(&self, next: SyncStatus) {
        let next = next.worded();
        *self.status.lock().unwrap_or_else(|e| e.into_inner()) = next.clone();
        (self.observer)(SupervisorEvent::Status(next));
    }
}

impl Drop for Inner {
    fn drop(&mut self) {
        if let Some(running) = self
            .sync
            .get_mut()
            .unwrap_or_else(|e| e.into_inner())
            .take()
        {
            running.task.abort();
        }
    }
}

/// The local cloud and background sync of one open [`App`], for a shell that stays open.
/// Cheap to clone; methods that start sync must run inside a Tokio runtime.
#[derive(Clone)]
pub struct Supervisor {
    inner: Arc<Inner>,
}

impl Supervisor {
    /// Nothing runs yet: [`start_up`](Supervisor::start_up) starts what the person set up.
    pub fn new(app: App, observer: impl Fn(SupervisorEvent) + Send + Sync + 'static) -> Self {
        Supervisor {
            inner: Arc::new(Inner {
                app,
                local_cloud: tokio::sync::Mutex::new(None),
                sync: Mutex::new(None),
                status: Mutex::new(SyncStatus::of(SyncState::SignedOut).worded()),
                observer: Box::new(observer),
                cut_short: AtomicBool::new(false),
            }),
        }
    }

    pub fn app(&self) -> &App {
        &self.inner.app
    }

    pub fn status(&self) -> SyncStatus {
        self.inner
            .status
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// At launch, when someone is signed in: the local cloud when it is this computer's cloud,
    /// then background sync unless the person paused it.
    pub async fn start_up(&self) {
        let app = self.app();
        if app.account().await.ok().flatten().is_none() {
            return;
        }
        if app.uses_local_cloud().await.unwrap_or(false)
            && let Err(error) = self.ensure_local_cloud().await
        {
            tracing::error!("the local cloud did not start: {error}");
        }
        if app.paused().await.unwrap_or(false) {
            self.inner.publish(SyncStatus::of(SyncState::Paused));
        } else {
            self.start_sync();
        }
    }

    /// Runs the cloud inside the app, signs in to it and starts syncing.
    pub async fn use_local_cloud(&self) -> Result<(), Error> {
        self.ensure_local_cloud().await?;
        self.start_sync();
        Ok(())
    }

    /// Signs in to a cloud elsewhere (the local one stops) and starts syncing.
    pub async fn sign_in(&self, request: SignIn) -> Result<(), Error> {
        self.app().sign_in(request).await?;
        self.app().set_uses_local_cloud(false).await?;
        self.inner.local_cloud.lock().await.take();
        self.start_sync();
        Ok(())
    }

    /// Stops syncing and signs out; `delete_local_data` also moves what is safely in the
    /// cloud to the trash here. The local cloud stops.
    pub async fn sign_out(&self, delete_local_data: bool) -> Result<(), Error> {
        self.stop_sync();
        self.app().sign_out(delete_local_data).await?;
        self.inner.local_cloud.lock().await.take();
        self.app().set_uses_local_cloud(false).await?;
        self.inner.publish(SyncStatus::of(SyncState::SignedOut));
        Ok(())
    }

    /// Starts the local cloud unless it runs already; answers its address.
    async fn ensure_local_cloud(&self) -> Result<String, Error> {
        let mut running = self.inner.local_cloud.lock().await;
        if let Some(cloud) = running.as_ref() {
            return Ok(cloud.url.clone());
        }
        let cloud = self.app().start_local_cloud().await?;
        // The door for phones opens again when the person left it open; a port that cannot
        // be had does not keep the local cloud from this computer.
        if let Err(error) = self.app().restore_phone_access(&cloud).await {
            tracing::warn!("the local cloud cannot listen for phones: {error}");
        }
        let url = cloud.url.clone();
        *running = Some(cloud);
        Ok(url)
    }

    /// How phones reach the local cloud (closed when this computer uses another cloud).
    pub async fn phone_access(&self) -> Result<PhoneAccess, Error> {
        let running = self.inner.local_cloud.lock().await;
        self.app().phone_access(running.as_ref()).await
    }

    /// Opens or closes the local cloud's door to phones on this network.
    pub async fn set_phone_access(&self, on: bool) -> Result<PhoneAccess, Error> {
        let running = self.inner.local_cloud.lock().await;
        match running.as_ref() {
            Some(cloud) => self.app().set_phone_access(cloud, on).await,
            None if !on => self.app().phone_access(None).await,
            None => Err(Error::InvalidSetting {
                name: "phone_access",
                reason: "only the local cloud on this computer opens to phones".into(),
            }),
        }
    }

    /// Pauses background sync (kept across restarts) or resumes it.
    pub async fn set_paused(&self, paused: bool) -> Result<(), Error> {
        self.app().set_paused(paused).await?;
        if paused {
            self.stop_sync();
            self.inner.publish(SyncStatus::of(SyncState::Paused));
        } else {
            self.start_sync();
        }
        Ok(())
    }

    /// Starts background sync again so that it follows a change (folders, preferences, a file
    /// brought here), when it runs: signed in and not paused.
    pub async fn restart_sync(&self) -> Result<(), Error> {
        if self.app().account().await?.is_some() && !self.app().paused().await? {
            self.start_sync();
        }
        Ok(())
    }

    /// Runs `work` with background sync stopped, then starts it again when it runs: for what
    /// must not race a pass (answering what sync held back).
    pub async fn without_sync<T>(&self, work: impl Future<Output = T>) -> Result<T, Error> {
        self.stop_sync();
        let done = work.await;
        self.restart_sync().await?;
        Ok(done)
    }

    /// Starts (or restarts) background sync: passes whenever a folder or the cloud changes,
    /// with the preferences of Settings, until stopped.
    fn start_sync(&self) {
        self.stop_sync();
        let (stop, mut stopped) = tokio::sync::watch::channel(false);
        let inner = Arc::downgrade(&self.inner);
        let app = self.app().clone();
        let task = tokio::spawn(async move {
            let publish = {
                let inner = inner.clone();
                move |next: SyncStatus| {
                    if let Some(inner) = inner.upgrade() {
                        inner.publish(next);
                    }
                }
            };
            let mut options = match app.sync_options().await {
                Ok(options) => options,
                Err(error) => {
                    tracing::warn!("the preferences could not be read: {error}");
                    skyfolio_sync::Options::default()
                }
            };
            let for_progress = publish.clone();
            options.pass_progress = Some(Arc::new(move |progress: PassProgress| {
                if progress.uploads + progress.downloads > 0 {
                    for_progress(SyncStatus {
                        progress: Some(progress),
                        ..SyncStatus::of(SyncState::Syncing)
                    });
                }
            }));
            let engine = match app.engine(options).await {
                Ok(engine) => engine,
                Err(error) => {
                    publish(SyncStatus {
                        problem: Some(Problem::from(&error)),
                        ..SyncStatus::of(SyncState::SignedOut)
                    });
                    return;
                }
            };
            publish(SyncStatus::of(SyncState::Syncing));
            let shutdown = async move {
                while !*stopped.borrow_and_update() {
                    if stopped.changed().await.is_err() {
                        break;
                    }
                }
            };
            let for_pass = publish.clone();
            let observer = inner.clone();
            let clock = app.clock().clone();
            let outcome = engine
                .watch(Duration::from_secs(300), shutdown, move |pass| {
                    let next = match pass {
                        Ok(report) => SyncStatus::after(report, clock.now_ms()),
                        Err(error) => {
                            SyncStatus::stopped(error.is_signed_out(), Problem::from(error))
                        }
                    };
                    // What the pass did is told before the status it ends in.
                    let uploaded = pass.as_ref().is_ok_and(|report| {
                        report.folders.iter().any(|folder| folder.uploaded > 0)
                    });
                    if let Some(inner) = observer.upgrade() {
                        let uploaded = inner.cut_short.swap(false, Ordering::AcqRel) || uploaded;
                        (inner.observer)(SupervisorEvent::PassEnded { uploaded });
                    }
                    for_pass(next);
                })
                .await;
            if let Err(error) = outcome {
                publish(SyncStatus::stopped(
                    error.is_signed_out(),
                    Problem::from(&error),
                ));
            }
        });
        *self.inner.sync.lock().unwrap_or_else(|e| e.into_inner()) = Some(SyncLoop { stop, task });
    }

    /// Stops background sync (a pass under way ends where it stands; the journal resumes it).
    pub fn stop_sync(&self) {
        if let Some(running) = self
            .inner
            .sync
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()
        {
            let _ = running.stop.send(true);
            running.task.abort();
            self.inner.cut_short.store(true, Ordering::Release);
        }
    }
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
        let status = SyncStatus::after(&report, 1_000);
        assert_eq!((status.state, status.uploads), (SyncState::Idle, 2));
        assert_eq!(status.last_success_at, None, "not in step");
    }

    #[test]
    fn a_pass_with_nothing_left_is_in_step_at_its_time() {
        let status = SyncStatus::after(&PassReport::default(), 1_234);
        assert_eq!(status.state, SyncState::Idle);
        assert_eq!(status.last_success_at, Some(1_234));
    }

    #[test]
    fn the_words_never_say_up_to_date_while_anything_waits() {
        let said = |status: SyncStatus| {
            let words = status.words();
            let args: Vec<(String, u64)> = words.args.into_iter().collect();
            (words.id, args)
        };
        let idle = SyncStatus::of(SyncState::Idle);
        assert_eq!(said(idle.clone()), ("sync-up-to-date".into(), vec![]));
        assert_eq!(
            said(SyncStatus {
                uploads: 2,
                ..idle.clone()
            }),
            (
                "sync-pending".into(),
                vec![("downloads".into(), 0), ("uploads".into(), 2)]
            )
        );
        for (status, id) in [
            (
                SyncStatus {
                    held: 1,
                    ..idle.clone()
                },
                "sync-held",
            ),
            (
                SyncStatus {
                    problems: 1,
                    ..idle.clone()
                },
                "sync-folder-problems",
            ),
            (
                SyncStatus {
                    left_out: 1,
                    ..idle.clone()
                },
                "health-not-synced",
            ),
        ] {
            assert_eq!(said(status), (id.into(), vec![("count".into(), 1)]));
        }
        assert_eq!(
            said(SyncStatus::of(SyncState::Paused)).0,
            "tray-status-paused"
        );
        assert_eq!(
            said(SyncStatus::of(SyncState::SignedOut)).0,
            "sync-signed-out"
        );
        let failing = SyncStatus {
            failed: 3,
            ..SyncStatus::of(SyncState::Error)
        };
        assert_eq!(
            said(failing.clone()),
            ("sync-failed".into(), vec![("count".into(), 3)])
        );
        let full = SyncStatus {
            problem: Some(Problem::new(skyfolio_codes::Code::StorageFull, "full")),
            ..failing
        };
        assert_eq!(said(full).0, "error-storage-full");
        let sending = SyncStatus {
            progress: Some(PassProgress {
                uploads: 340,
                uploaded: 11,
                downloads: 0,
                downloaded: 0,
            }),
            ..SyncStatus::of(SyncState::Syncing)
        };
        assert_eq!(
            said(sending),
            (
                "sync-uploading".into(),
                vec![("done".into(), 12), ("total".into(), 340)]
            )
        );
        assert_eq!(said(SyncStatus::of(SyncState::Syncing)).0, "sync-syncing");
    }

    #[test]
    fn the_states_cross_as_the_words_the_page_knows() {
        for state in [
            SyncState::SignedOut,
            SyncState::Idle,
            SyncState::Syncing,
            SyncState::Paused,
            SyncState::Error,
        ] {
            assert_eq!(
                serde_json::to_value(state).expect("json"),
                serde_json::Value::from(state.as_str())
            );
        }
    }
}
