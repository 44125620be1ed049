//! What the window's process keeps: the core's [`Supervisor`] (the local cloud and background
//! sync), the video stream and the notifications, and the events that tell the page.

use std::sync::{Arc, OnceLock};

use skyfolio_core::{App, Supervisor, SupervisorEvent, SyncStatus};
use tauri::{AppHandle, Manager, Runtime};

use crate::events::{self, SyncChanged, TimelineChanged};

type Teller = Box<dyn Fn(SupervisorEvent) + Send + Sync>;

/// The desktop process's state, managed by Tauri.
pub struct Shell {
    pub app: App,
    /// Background sync and the local cloud: when they run is the core's to decide.
    pub sync: Supervisor,
    /// Where videos play from, once the window has started it.
    pub video: std::sync::OnceLock<crate::stream::VideoStream>,
    /// Closing the window leaves Skyfolio in the tray (the preference, kept here for the
    /// window's close event, which cannot wait for the database).
    pub close_to_tray: std::sync::atomic::AtomicBool,
    pub notices: crate::notices::Notices,
    /// Passes what the supervisor says to the app's window, once there is one.
    teller: Arc<OnceLock<Teller>>,
}

impl Shell {
    pub fn new(app: App) -> Shell {
        let teller: Arc<OnceLock<Teller>> = Arc::default();
        let sync = Supervisor::new(app.clone(), {
            let teller = teller.clone();
            move |event| {
                if let Some(tell) = teller.get() {
                    tell(event);
                }
            }
        });
        Shell {
            app,
            sync,
            video: OnceLock::new(),
            close_to_tray: std::sync::atomic::AtomicBool::new(true),
            notices: crate::notices::Notices::new(),
            teller,
        }
    }

    /// From now on, what the supervisor says reaches the page, the tray and the
    /// notifications of `handle`'s app (the status itself is kept before that too).
    pub fn attach<R: Runtime>(&self, handle: &AppHandle<R>) {
        let handle = handle.clone();
        let _ = self.teller.set(Box::new(move |event| tell(&handle, event)));
    }

    pub fn status(&self) -> SyncStatus {
        self.sync.status()
    }
}

/// Tells the page and the tray how sync stands and shows what is worth a notification; after
/// a pass, the timeline may have changed and the quota is worth a look.
fn tell<R: Runtime>(handle: &AppHandle<R>, event: SupervisorEvent) {
    match event {
        SupervisorEvent::Status(next) => {
            let Some(shell) = handle.try_state::<Shell>() else {
                return;
            };
            let notices = shell
                .notices
                .watcher
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .observe(&next, std::time::Instant::now());
            events::emit::<SyncChanged, _>(handle, &next);
            for notice in notices {
                let handle = handle.clone();
                tauri::async_runtime::spawn(
                    async move { crate::notices::tell(&handle, notice).await },
                );
            }
        }
        SupervisorEvent::PassEnded { uploaded } => {
            if uploaded {
                let handle = handle.clone();
                tauri::async_runtime::spawn(async move {
                    crate::notices::check_storage(&handle).await;
                });
            }
            events::emit::<TimelineChanged, _>(handle, &());
        }
    }
}
