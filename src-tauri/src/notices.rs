//! Notifications: a long sync finished, files failed, sync stopped because this computer was
//! signed out or unlinked, storage nearly full, and, the first time the window closes, that
//! Skyfolio goes on in the tray. What to say is decided here from how sync goes; the words come
//! from `locales/` in the window's language at the moment they are shown.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde::Serialize;
use skyfolio_i18n::{FluentValue, Strings};
use tauri::{AppHandle, Manager, Runtime};

use skyfolio_core::{SyncState, SyncStatus};

use crate::shell::Shell;

/// A sync that kept transferring files this long is worth telling when it ends.
pub const LONG_SYNC: Duration = Duration::from_secs(60);
/// Storage used past this share of the quota is nearly full.
pub const NEARLY_FULL: f64 = 0.9;
/// How many notices the shell remembers for its `notices` command.
const KEPT: usize = 32;

/// Something to tell the person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Notice {
    SyncFinished { uploaded: usize, downloaded: usize },
    FilesFailed { count: usize },
    SignedOut { unlinked: bool },
    StorageNearlyFull { used: u64, quota: u64 },
    StillInTray,
}

impl Notice {
    /// Its title and body in `strings`' language.
    pub fn words(&self, strings: &Strings) -> (String, String) {
        let number = |n: f64| FluentValue::from(n);
        match self {
            Notice::SyncFinished {
                uploaded,
                downloaded,
            } => (
                strings.get("notice-sync-finished-title"),
                strings.format(
                    "notice-sync-finished-body",
                    &[
                        ("uploaded", number(*uploaded as f64)),
                        ("downloaded", number(*downloaded as f64)),
                    ],
                ),
            ),
            Notice::FilesFailed { count } => (
                strings.format("notice-failed-title", &[("count", number(*count as f64))]),
                strings.get("notice-failed-body"),
            ),
            Notice::SignedOut { unlinked } => (
                strings.get("notice-signed-out-title"),
                strings.get(if *unlinked {
                    "notice-unlinked-body"
                } else {
                    "notice-signed-out-body"
                }),
            ),
            Notice::StorageNearlyFull { used, quota } => (
                strings.get("notice-storage-title"),
                strings.format(
                    "notice-storage-body",
                    &[(
                        "percent",
                        // Whole percent, rounded down: 99.6% is not yet full.
                        number((*used as f64 * 100.0 / (*quota).max(1) as f64).floor()),
                    )],
                ),
            ),
            Notice::StillInTray => (
                strings.get("notice-tray-title"),
                strings.get("notice-tray-body"),
            ),
        }
    }
}

/// Follows sync statuses as they come and says what is worth a notification.
#[derive(Debug)]
pub struct Watcher {
    long_sync: Duration,
    /// When files began to move in the current stretch of syncing, and how many have.
    busy_since: Option<Instant>,
    uploaded: usize,
    downloaded: usize,
    failed: usize,
    signed_out: bool,
}

impl Watcher {
    pub fn new(long_sync: Duration) -> Watcher {
        Watcher {
            long_sync,
            busy_since: None,
            uploaded: 0,
            downloaded: 0,
            failed: 0,
            signed_out: false,
        }
    }

    /// What the status `next`, seen at `now`, is worth telling.
    pub fn observe(&mut self, next: &SyncStatus, now: Instant) -> Vec<Notice> {
        let mut notices = Vec::new();
        if let Some(progress) = &next.progress
            && progress.uploads + progress.downloads > 0
        {
            self.busy_since.get_or_insert(now);
            self.uploaded = self.uploaded.max(progress.uploaded);
            self.downloaded = self.downloaded.max(progress.downloaded);
        }
        match next.state.as_str() {
            "idle" | "error" => {
                if let Some(since) = self.busy_since.take()
                    && now.duration_since(since) >= self.long_sync
                    && self.uploaded + self.downloaded > 0
                {
                    notices.push(Notice::SyncFinished {
                        uploaded: self.uploaded,
                        downloaded: self.downloaded,
                    });
                }
                if next.state == SyncState::Idle {
                    self.uploaded = 0;
                    self.downloaded = 0;
                }
                if next.failed > self.failed {
                    notices.push(Notice::FilesFailed { count: next.failed });
                }
                self.failed = next.failed;
                self.signed_out = false;
            }
            "signed-out" => {
                // Only when sync stopped for it: not on a first start nobody signed in to.
                if !self.signed_out
                    && let Some(problem) = &next.problem
                {
                    notices.push(Notice::SignedOut {
                        // The cloud refuses this computer's token: unlinked from another
                        // device (or the account was disabled), not a sign-out here.
                        unlinked: problem.code == skyfolio_core::Code::Unauthorized,
                    });
                }
                self.signed_out = true;
                self.busy_since = None;
            }
            _ => {}
        }
        notices
    }
}

/// One notice as it was shown.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct Shown {
    #[serde(flatten)]
    pub notice: Notice,
    pub title: String,
    pub body: String,
    /// The person turned notifications off: it was not shown.
    pub muted: bool,
}

/// The notifications of this run: the watcher, whether storage was found nearly full, and the
/// last few shown.
pub struct Notices {
    pub watcher: Mutex<Watcher>,
    storage_warned: Mutex<bool>,
    shown: Mutex<Vec<Shown>>,
}

impl Notices {
    pub fn new() -> Notices {
        let long_sync = std::env::var("SKYFOLIO_LONG_SYNC_SECS")
            .ok()
            .and_then(|s| s.parse::<u64>().ok())
            .map_or(LONG_SYNC, Duration::from_secs);
        Notices {
            watcher: Mutex::new(Watcher::new(long_sync)),
            storage_warned: Mutex::new(false),
            shown: Mutex::new(Vec::new()),
        }
    }

    pub fn shown(&self) -> Vec<Shown> {
        self.shown.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Whether storage is to be told nearly full now: once until it is below the mark again.
    pub fn storage_crossed(&self, used: u64, quota: u64) -> bool {
        let full = quota > 0 && used as f64 >= quota as f64 * NEARLY_FULL;
        let mut warned = self
            .storage_warned
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        let tell = full && !*warned;
        *warned = full;
        tell
    }

    fn remember(&self, shown: Shown) {
        let mut kept = self.shown.lock().unwrap_or_else(|e| e.into_inner());
        kept.push(shown);
        let excess = kept.len().saturating_sub(KEPT);
        kept.drain(..excess);
    }
}

impl Default for Notices {
    fn default() -> Notices {
        Notices::new()
    }
}

/// Shows `notice` in the window's language, unless the person turned notifications off.
pub async fn tell<R: Runtime>(handle: &AppHandle<R>, notice: Notice) {
    let shell = handle.state::<Shell>();
    let language = match crate::commands::language_of(&shell).await {
        Ok(language) => language.current,
        Err(_) => "en-US".to_owned(),
    };
    let strings = Strings::new(&language);
    let (title, body) = notice.words(&strings);
    let muted = !shell
        .app
        .preferences()
        .await
        .map(|p| p.notifications)
        .unwrap_or(true);
    if !muted {
        use tauri_plugin_notification::NotificationExt;
        if let Err(error) = handle
            .notification()
            .builder()
            .title(&title)
            .body(&body)
            .show()
        {
            tracing::info!("a notification was not shown: {error}");
        }
    }
    shell.notices.remember(Shown {
        notice,
        title,
        body,
        muted,
    });
}

/// After a pass: whether the cloud is nearly full, once until it is not.
pub async fn check_storage<R: Runtime>(handle: &AppHandle<R>) {
    let shell = handle.state::<Shell>();
    if let Ok(usage) = shell.app.storage().await
        && shell.notices.storage_crossed(usage.used, usage.quota)
    {
        tell(
            handle,
            Notice::StorageNearlyFull {
                used: usage.used,
                quota: usage.quota,
            },
        )
        .await;
    }
}

#[cfg(test)]
mod tests {
    use skyfolio_core::PassProgress;

    use super::*;

    fn syncing(uploads: usize, uploaded: usize) -> SyncStatus {
        SyncStatus {
            progress: Some(PassProgress {
                uploads,
                uploaded,
                ..PassProgress::default()
            }),
            ..SyncStatus::of(SyncState::Syncing)
        }
    }

    #[test]
    fn a_long_sync_is_told_when_it_ends_and_a_short_one_is_not() {
        let start = Instant::now();
        let mut watcher = Watcher::new(Duration::from_secs(60));
        assert!(watcher.observe(&syncing(340, 0), start).is_empty());
        assert!(
            watcher
                .observe(&syncing(340, 12), start + Duration::from_secs(5))
                .is_empty()
        );
        let done = watcher.observe(
            &SyncStatus::of(SyncState::Idle),
            start + Duration::from_secs(61),
        );
        assert_eq!(
            done,
            [Notice::SyncFinished {
                uploaded: 12,
                downloaded: 0
            }]
        );
        // A short one.
        let again = start + Duration::from_secs(100);
        watcher.observe(&syncing(2, 2), again);
        assert!(
            watcher
                .observe(
                    &SyncStatus::of(SyncState::Idle),
                    again + Duration::from_secs(3)
                )
                .is_empty()
        );
    }

    #[test]
    fn failures_are_told_when_more_fail_and_sign_outs_once() {
        let now = Instant::now();
        let mut watcher = Watcher::new(LONG_SYNC);
        let failing = |failed| SyncStatus {
            failed,
            ..SyncStatus::of(SyncState::Error)
        };
        assert_eq!(
            watcher.observe(&failing(3), now),
            [Notice::FilesFailed { count: 3 }]
        );
        assert!(watcher.observe(&failing(3), now).is_empty(), "told once");
        assert!(watcher.observe(&failing(1), now).is_empty());
        assert_eq!(
            watcher.observe(&failing(2), now),
            [Notice::FilesFailed { count: 2 }]
        );
        // First start, nobody signed in: nothing to tell.
        assert!(
            watcher
                .observe(&SyncStatus::of(SyncState::SignedOut), now)
                .is_empty()
        );
        let mut watcher = Watcher::new(LONG_SYNC);
        let unlinked = SyncStatus {
            problem: Some(skyfolio_core::Problem::new(
                skyfolio_core::Code::Unauthorized,
                "the server refused this device's token".to_owned(),
            )),
            ..SyncStatus::of(SyncState::SignedOut)
        };
        assert_eq!(
            watcher.observe(&unlinked, now),
            [Notice::SignedOut { unlinked: true }]
        );
        assert!(watcher.observe(&unlinked, now).is_empty(), "told once");
    }

    #[test]
    fn storage_is_told_nearly_full_once_until_it_is_not() {
        let notices = Notices::new();
        assert!(!notices.storage_crossed(80, 100));
        assert!(notices.storage_crossed(90, 100));
        assert!(!notices.storage_crossed(95, 100));
        assert!(!notices.storage_crossed(50, 100));
        assert!(notices.storage_crossed(99, 100));
        assert!(!notices.storage_crossed(0, 0), "no quota, nothing to fill");
    }

    #[test]
    fn notices_speak_the_language_asked_for() {
        let notice = Notice::FilesFailed { count: 3 };
        let (english, _) = notice.words(&Strings::new("en-US"));
        let (german, _) = notice.words(&Strings::new("de-DE"));
        assert!(english.contains('3'), "{english}");
        assert_ne!(english, german);
        let (title, body) = Notice::StorageNearlyFull {
            used: 4_700_000_000,
            quota: 5_000_000_000,
        }
        .words(&Strings::new("en-US"));
        assert!(!title.is_empty());
        assert!(body.contains("94"), "{body}");
    }
}
