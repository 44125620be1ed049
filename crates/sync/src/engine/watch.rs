//! Sync that follows both sides: the library's watcher for this computer's folders, a
//! long-poll of the change feed for the cloud, and a pass whenever either says something
//! changed.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use skyfolio_library::{WatchEvent, WatchOptions};

use super::{Engine, PassReport};
use crate::Error;
use crate::remote::Remote;

/// How soon sync looks again while the cloud's disk is full.
const CLOUD_FULL_RETRY: Duration = Duration::from_secs(30);

impl<R: Remote> Engine<R> {
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
            // Whether each folder's last scan found files still being written: a pass tells
            // of them as soon as they appear, so nothing says "Up to date" meanwhile.
            let mut busy: HashMap<PathBuf, bool> = HashMap::new();
            library
                .watch(options, stopped, move |event| {
                    if let WatchEvent::Scanned(report) = &event {
                        let now_busy = !report.busy.is_empty();
                        let was_busy = busy
                            .insert(report.folder.clone(), now_busy)
                            .unwrap_or(false);
                        if report.changed_anything() || now_busy != was_busy {
                            local_wake.notify_one();
                        }
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
        let mut cloud_full = false;
        loop {
            if *stop_main.borrow() {
                break;
            }
            let paused = self.state.setting("paused").await?.as_deref() == Some("1");
            if !paused {
                match self.sync_once(5).await {
                    Ok(report) => {
                        cloud_full = report.cloud_full();
                        on_pass(Ok(&report));
                    }
                    Err(error) if error.is_signed_out() => {
                        on_pass(Err(&error));
                        watcher.abort();
                        poller.abort();
                        return Err(error);
                    }
                    Err(error) => on_pass(Err(&error)),
                }
            }
            let next = if paused {
                Duration::from_secs(1)
            } else if cloud_full {
                // Waiting for the cloud to have room: look again soon, resume by itself.
                every.min(CLOUD_FULL_RETRY)
            } else {
                every
            };
            tokio::select! {
                _ = wake.notified() => {
                    // Let a burst of changes settle into one pass.
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                _ = tokio::time::sleep(next) => {}
                _ = until_stopped(&mut stop_main) => break,
            }
        }
        let _ = watcher.await;
        poller.abort();
        Ok(())
    }
}

/// Resolves once `stop` says so (or its sender is gone).
async fn until_stopped(stop: &mut tokio::sync::watch::Receiver<bool>) {
    let _ = stop.wait_for(|s| *s).await;
}
