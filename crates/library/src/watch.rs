//! Keeping the index up to date while Skyfolio runs. File-system events, debounced, become scans
//! of just the directories they touch; a file still being written waits until it rests; a folder
//! that disappears goes to `missing` (nothing in it is taken as deleted) and is picked up again
//! when it comes back; a periodic full rescan catches what the events missed, since events are
//! lossy on every operating system.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Duration;

use notify_debouncer_full::notify::RecursiveMode;
use notify_debouncer_full::{DebounceEventResult, new_debouncer};
use tokio::time::Instant;

use crate::walk::{Scope, is_litter};
use crate::{
    Error, FillReport, Folder, FolderId, FolderState, Library, ScanReport, ThumbnailCache,
};

/// How the watcher behaves.
#[derive(Debug, Clone)]
pub struct WatchOptions {
    /// How long events for one path are gathered before they are acted on.
    pub debounce: Duration,
    /// How often every folder is scanned in full regardless of events.
    pub rescan_every: Duration,
    /// Where to make the thumbnails of new items, if anywhere.
    pub thumbnails: Option<ThumbnailCache>,
}

impl Default for WatchOptions {
    fn default() -> WatchOptions {
        WatchOptions {
            debounce: Duration::from_millis(200),
            rescan_every: Duration::from_secs(10 * 60),
            thumbnails: None,
        }
    }
}

/// What the watcher did, as it happens.
#[derive(Debug)]
pub enum WatchEvent {
    /// The first scan is done and every folder is watched: changes from now on are seen.
    Ready,
    /// A scan brought (part of) a folder up to date.
    Scanned(ScanReport),
    /// Thumbnails were made for new items.
    Thumbnails(FillReport),
    /// A folder's changes cannot be followed as they happen (too many watches, a file system
    /// without events); they are still seen at each periodic rescan.
    NotWatched { folder: PathBuf, reason: String },
}

/// How often folders are checked for coming, going and being added or removed.
const CHECK_EVERY: Duration = Duration::from_secs(1);

/// Work waiting for its time: parts of folders to scan.
#[derive(Default)]
struct Pending {
    due: BTreeMap<Instant, HashMap<FolderId, HashSet<Scope>>>,
}

impl Pending {
    fn add(&mut self, at: Instant, folder_id: FolderId, scope: Scope) {
        self.due
            .entry(at)
            .or_default()
            .entry(folder_id)
            .or_default()
            .insert(scope);
    }

    fn next_due(&self) -> Option<Instant> {
        self.due.keys().next().copied()
    }

    /// Everything due by `now`, by folder.
    fn take_due(&mut self, now: Instant) -> HashMap<FolderId, Vec<Scope>> {
        let later = self.due.split_off(&(now + Duration::from_nanos(1)));
        let ready = std::mem::replace(&mut self.due, later);
        let mut by_folder: HashMap<FolderId, Vec<Scope>> = HashMap::new();
        for scopes in ready.into_values() {
            for (folder, scopes) in scopes {
                by_folder.entry(folder).or_default().extend(scopes);
            }
        }
        by_folder
    }
}

impl Library {
    /// Scans every folder, then follows their changes until `shutdown` completes, telling
    /// `on_event` what it did. Folders added to or removed from the library meanwhile are
    /// followed or dropped within a second.
    pub async fn watch(
        &self,
        options: WatchOptions,
        shutdown: impl Future<Output = ()>,
        mut on_event: impl FnMut(WatchEvent),
    ) -> Result<(), Error> {
        let (sender, mut events) = tokio::sync::mpsc::unbounded_channel::<DebounceEventResult>();
        let mut debouncer = new_debouncer(options.debounce, None, move |result| {
            // The receiver is gone only when the watch is over.
            let _ = sender.send(result);
        })
        .map_err(|error| Error::Io {
            path: PathBuf::new(),
            source: std::io::Error::other(error),
        })?;
        let mut watched: HashMap<FolderId, Folder> = HashMap::new();
        let mut pending = Pending::default();
        let mut rescan_at = Instant::now() + options.rescan_every;
        let mut check_at = Instant::now();
        let mut first = true;
        tokio::pin!(shutdown);
        loop {
            let now = Instant::now();
            // Each job: a folder, what of it to scan, and whether to report even a quiet scan.
            let mut jobs: Vec<(Folder, Vec<Scope>, bool)> = Vec::new();
            if now >= check_at {
                check_at = now + CHECK_EVERY;
                let folders = self.folders().await?;
                for folder in &folders {
                    let present = folder.path.is_dir();
                    let followed = watched.contains_key(&folder.id);
                    if present && !followed {
                        // New to the watch, or back after being away: follow it, then scan it.
                        if let Err(error) = debouncer.watch(&folder.path, RecursiveMode::Recursive)
                        {
                            on_event(WatchEvent::NotWatched {
                                folder: folder.path.clone(),
                                reason: error.to_string(),
                            });
                        }
                        watched.insert(folder.id, folder.clone());
                        jobs.push((folder.clone(), vec![Scope::whole()], true));
                    } else if !present && (followed || folder.state == FolderState::Ok || first) {
                        // Gone: the scan puts it in `missing`; it is followed again on return.
                        jobs.push((folder.clone(), vec![Scope::whole()], true));
                    } else if present
                        && matches!(folder.state, FolderState::Error | FolderState::Emptied)
                    {
                        // An emptied mount point or an unreadable root: look again, quietly, so
                        // the folder comes back as soon as its photos do.
                        jobs.push((folder.clone(), vec![Scope::whole()], false));
                    }
                }
                let ids: HashSet<FolderId> = folders.iter().map(|f| f.id).collect();
                watched.retain(|id, folder| {
                    let keep = ids.contains(id);
                    if !keep {
                        let _ = debouncer.unwatch(&folder.path);
                    }
                    keep
                });
            }
            if now >= rescan_at {
                rescan_at = now + options.rescan_every;
                for folder in watched.values() {
                    jobs.push((folder.clone(), vec![Scope::whole()], true));
                }
            }
            for (folder_id, scopes) in pending.take_due(Instant::now()) {
                if let Some(folder) = watched.get(&folder_id) {
                    jobs.push((folder.clone(), scopes, false));
                }
            }
            let mut changed = false;
            for (folder, scopes, always_report) in jobs {
                let report = self.scan_scopes(&folder, scopes, self.settle).await?;
                changed |= report.changed_anything();
                follow_busy(&mut pending, &folder, &report, self.settle);
                if report.state == Some(FolderState::Missing)
                    && watched.remove(&folder.id).is_some()
                {
                    let _ = debouncer.unwatch(&folder.path);
                }
                let worth_telling = always_report
                    || report.changed_anything()
                    || !report.failures.is_empty()
                    || !report.busy.is_empty()
                    || report.state != Some(folder.state);
                if worth_telling {
                    on_event(WatchEvent::Scanned(report));
                }
            }
            if changed || first {
                self.make_thumbnails(&options, &mut on_event).await?;
            }
            if first {
                first = false;
                on_event(WatchEvent::Ready);
            }
            let wake = [Some(check_at), Some(rescan_at), pending.next_due()]
                .into_iter()
                .flatten()
                .min()
                .unwrap_or(check_at);
            tokio::select! {
                () = &mut shutdown => break,
                () = tokio::time::sleep_until(wake) => {}
                received = events.recv() => {
                    let Some(result) = received else { break };
                    let now = Instant::now();
                    match result {
                        Ok(batch) => {
                            for event in batch {
                                if event.need_rescan() {
                                    for folder in watched.values() {
                                        pending.add(now, folder.id, Scope::whole());
                                    }
                                }
                                for path in &event.paths {
                                    if let Some((folder, scopes)) = scopes_for(&watched, path) {
                                        for scope in scopes {
                                            pending.add(now, folder, scope);
                                        }
                                    }
                                }
                            }
                        }
                        // The events were lost (a queue overflowed): look at everything.
                        Err(_) => {
                            for folder in watched.values() {
                                pending.add(now, folder.id, Scope::whole());
                            }
                        }
                    }
                }
            }
        }
        debouncer.stop_nonblocking();
        Ok(())
    }

    async fn make_thumbnails(
        &self,
        options: &WatchOptions,
        on_event: &mut impl FnMut(WatchEvent),
    ) -> Result<(), Error> {
        if let Some(cache) = &options.thumbnails {
            let report = self.fill_thumbnails(cache).await?;
            if report.made + report.without_preview + report.failures.len() > 0 {
                on_event(WatchEvent::Thumbnails(report));
            }
        }
        Ok(())
    }
}

/// Files a scan found still being written are looked at again once they may have come to rest.
fn follow_busy(pending: &mut Pending, folder: &Folder, report: &ScanReport, settle: Duration) {
    let at = Instant::now() + settle.max(Duration::from_millis(100));
    for path in &report.busy {
        if let Some((_, mut scopes)) = scopes_in(folder, path) {
            // The busy file itself exists: its directory alone is enough.
            scopes.retain(|scope| !scope.recursive || scope.rel_dir.is_empty());
            for scope in scopes {
                pending.add(at, folder.id, scope);
            }
        }
    }
}

/// The folder an event's path belongs to, and what to scan for it.
fn scopes_for(watched: &HashMap<FolderId, Folder>, path: &Path) -> Option<(FolderId, Vec<Scope>)> {
    watched
        .values()
        .filter(|folder| path.starts_with(&folder.path))
        .max_by_key(|folder| folder.path.as_os_str().len())
        .and_then(|folder| scopes_in(folder, path))
}

/// What to scan when `path` in `folder` changed: its directory, and the path itself with
/// everything under it when it is (or was) a directory. `None` for litter.
fn scopes_in(folder: &Folder, path: &Path) -> Option<(FolderId, Vec<Scope>)> {
    let relative = path.strip_prefix(&folder.path).ok()?;
    if relative.as_os_str().is_empty() {
        return Some((folder.id, vec![Scope::whole()]));
    }
    let mut parts = Vec::new();
    for component in relative.components() {
        let name = component.as_os_str().to_str()?;
        if is_litter(name) {
            return None;
        }
        parts.push(name);
    }
    let rel_path = parts.join("/");
    let parent = rel_path
        .rsplit_once('/')
        .map_or("", |(dir, _)| dir)
        .to_owned();
    let mut scopes = vec![Scope {
        rel_dir: parent,
        recursive: false,
    }];
    let is_file = std::fs::symlink_metadata(path).is_ok_and(|m| !m.is_dir());
    if !is_file {
        scopes.push(Scope {
            rel_dir: rel_path,
            recursive: true,
        });
    }
    Some((folder.id, scopes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn due_work_is_taken_in_time_and_merged_by_folder() {
        let start = Instant::now();
        let mut pending = Pending::default();
        let dir = |name: &str| Scope {
            rel_dir: name.to_owned(),
            recursive: false,
        };
        pending.add(start, FolderId(1), dir("a"));
        pending.add(start + Duration::from_secs(1), FolderId(1), dir("b"));
        pending.add(start, FolderId(2), dir("c"));
        pending.add(start, FolderId(1), dir("a"));
        assert_eq!(pending.next_due(), Some(start));
        let due = pending.take_due(start);
        assert_eq!(due.get(&FolderId(1)), Some(&vec![dir("a")]));
        assert_eq!(due.get(&FolderId(2)), Some(&vec![dir("c")]));
        assert_eq!(pending.next_due(), Some(start + Duration::from_secs(1)));
        assert!(pending.take_due(start).is_empty());
        let later = pending.take_due(start + Duration::from_secs(2));
        assert_eq!(later.get(&FolderId(1)), Some(&vec![dir("b")]));
        assert_eq!(pending.next_due(), None);
    }
}
