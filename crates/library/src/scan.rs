//! Bringing the index up to date with a folder on disk.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rayon::prelude::*;
use serde::Serialize;
use skyfolio_media::{
    CaptureTime, ErrorCode, MediaInfo, READER_VERSION, TakenAtSource, probe, time_from_file_name,
};

use crate::access::{is_busy_error, raw_os_error};
use crate::failures::verdict_version;
use crate::walk::{self, Entry, Listing, Scope};
use crate::{Error, Folder, FolderId, FolderState, Library};

/// What one scan found and did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ScanReport {
    pub folder: PathBuf,
    pub state: Option<FolderState>,
    /// Files found on disk (litter excluded).
    pub files: usize,
    /// Files not read again because their size, modification time and identity are unchanged
    /// (failures the index remembers among them).
    pub unchanged: usize,
    pub added: usize,
    pub changed: usize,
    /// Files found under a new name that the index knew under an old one (same OS file, same
    /// size and time): taken over without reading them again.
    pub moved: usize,
    pub deleted: usize,
    /// Files this scan found not to be photos or videos.
    pub ignored: usize,
    /// Files this scan read (hashed and probed): new ones, changed ones and failures tried
    /// again.
    pub read: usize,
    /// Every file of the scanned part that could not be taken, read now or remembered from an
    /// earlier scan, by path.
    pub failures: Vec<FileFailure>,
    /// Files still being written (changed within the settle time, or while they were read), or
    /// held by another program: left for a later scan.
    pub busy: Vec<PathBuf>,
    /// Files of the scanned part whose content is only in a cloud drive (placeholders of
    /// OneDrive, iCloud Drive and the like): not read, since reading would download them, and
    /// left out until they are kept on this computer.
    pub online_only: Vec<PathBuf>,
}

impl ScanReport {
    /// Whether the scan changed anything in the index.
    pub fn changed_anything(&self) -> bool {
        self.added + self.changed + self.moved + self.deleted > 0
    }

    /// Folds a later scan of the same folder into this one: changes add up; what the folder
    /// holds, what failed and what is still being written are as the later scan found them.
    pub fn merge(&mut self, later: ScanReport) {
        self.added += later.added;
        self.changed += later.changed;
        self.moved += later.moved;
        self.deleted += later.deleted;
        self.ignored += later.ignored;
        self.read += later.read;
        self.state = later.state;
        self.files = later.files;
        self.unchanged = later.unchanged;
        self.failures = later.failures;
        self.busy = later.busy;
        self.online_only = later.online_only;
    }
}

/// How long a file must go unmodified before it is read: a file written to within this time
/// may still be growing.
pub const SETTLE_TIME: Duration = Duration::from_secs(1);

/// The fingerprint kept for a directory whose files are not all settled (some still being
/// written, or failing for reasons that may pass): it matches no real listing, so the next
/// scan looks at the directory again.
const UNSETTLED: [u8; 32] = [0; 32];

/// The index of `dir` changed without a scan (the engine wrote, moved or removed a file, or
/// failures were forgotten): its fingerprint no longer vouches for it. It is kept as
/// [`UNSETTLED`] rather than deleted, so the next scan looks at the directory even when it has
/// emptied meanwhile and has no fingerprint of its own any more: a directory without a stored
/// fingerprint and without files would never be looked at, and the files the index still
/// holds in it would stay present for good.
pub(crate) async fn distrust_summary(
    connection: &mut sqlx::SqliteConnection,
    folder_id: FolderId,
    dir: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO dir_summaries (folder_id, rel_dir, summary) VALUES (?, ?, ?)
         ON CONFLICT (folder_id, rel_dir) DO UPDATE SET summary = excluded.summary",
    )
    .bind(folder_id)
    .bind(dir)
    .bind(UNSETTLED.as_slice())
    .execute(connection)
    .await?;
    Ok(())
}

/// Counts one more change to the files of `folder_id`, in the transaction that makes it.
pub(crate) async fn count_change(
    connection: &mut sqlx::SqliteConnection,
    folder_id: FolderId,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE folders SET generation = generation + 1 WHERE id = ?")
        .bind(folder_id)
        .execute(connection)
        .await?;
    Ok(())
}

/// The code an online-only file is kept with in the index (as a file not taken, state `error`),
/// and reported with where files are left out.
pub const ONLINE_ONLY: &str = "online-only";

/// A file the scan could not read, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FileFailure {
    pub path: PathBuf,
    pub code: String,
    pub message: String,
}

/// What the index held for a path before this scan.
struct Known {
    size: i64,
    mtime_ns: i64,
    file_id: Option<String>,
    state: String,
    /// The reader that judged it, for a file that is not present.
    reader_version: i64,
    /// It was left unread as online-only.
    online_only: bool,
}

/// Where the index knew a moved file before.
struct MovedFrom {
    hash: Vec<u8>,
    folder_id: FolderId,
    rel_path: String,
}

enum Probed {
    Media(MediaInfo),
    /// The same file the index knew under another name: its content hash, not read again.
    Moved(Vec<u8>),
    NotMedia,
    Failed(FileFailure),
    /// Only a cloud placeholder is here: not read.
    OnlineOnly,
    /// It changed while it was read, or another program holds it.
    Busy,
}

impl Library {
    /// Scans every library folder in turn.
    pub async fn scan_all(&self) -> Result<Vec<ScanReport>, Error> {
        let mut reports = Vec::new();
        for folder in self.folders().await? {
            reports.push(self.scan_folder(&folder).await?);
        }
        Ok(reports)
    }

    /// Brings the index up to date with `folder` on disk. New and changed files are hashed and
    /// probed on every core; unchanged ones are not read. A missing, unreadable or suddenly
    /// empty folder goes to state `missing`, `error` or `emptied`, and nothing is deleted.
    pub async fn scan_folder(&self, folder: &Folder) -> Result<ScanReport, Error> {
        self.scan_scopes(folder, vec![Scope::whole()], self.settle)
            .await
    }

    /// Brings the index up to date with the parts of `folder` that `scopes` cover. Files
    /// modified within `settle` are left for later (reported as busy).
    pub(crate) async fn scan_scopes(
        &self,
        folder: &Folder,
        scopes: Vec<Scope>,
        settle: Duration,
    ) -> Result<ScanReport, Error> {
        self.scan_scopes_with(folder, scopes, settle, false).await
    }

    /// Scans `folder` whole, taking an empty listing as meant: someone said the folder was
    /// emptied on purpose, so every file the index holds in it is recorded as deleted. A folder
    /// that is missing or unreadable is still not.
    pub async fn accept_empty(&self, folder: &Folder) -> Result<ScanReport, Error> {
        self.scan_scopes_with(folder, vec![Scope::whole()], self.settle, true)
            .await
    }

    /// Files of `folder` the last scans found still being written, by relative path.
    pub async fn busy_files(&self, folder: &Folder) -> Result<Vec<String>, Error> {
        Ok(sqlx::query_scalar(
            "SELECT rel_path FROM busy_files WHERE folder_id = ? ORDER BY rel_path",
        )
        .bind(folder.id)
        .fetch_all(&self.pool)
        .await?)
    }

    async fn scan_scopes_with(
        &self,
        folder: &Folder,
        scopes: Vec<Scope>,
        settle: Duration,
        empty_meant: bool,
    ) -> Result<ScanReport, Error> {
        let scopes = Scope::normalize(scopes);
        let whole = scopes.iter().any(Scope::is_whole);
        let mut report = ScanReport {
            folder: folder.path.clone(),
            ..ScanReport::default()
        };
        match tokio::fs::metadata(&folder.path).await {
            Ok(metadata) if metadata.is_dir() => {}
            Ok(_) => {
                return self
                    .give_up(folder, report, FolderState::Error, "is no longer a folder")
                    .await;
            }
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                return self
                    .give_up(folder, report, FolderState::Missing, "is not there")
                    .await;
            }
            Err(error) => {
                let reason = format!("cannot be read: {error}");
                return self
                    .give_up(folder, report, FolderState::Error, &reason)
                    .await;
            }
        }
        let root = folder.path.clone();
        let walked_scopes = scopes.clone();
        let listing = tokio::task::spawn_blocking(move || {
            if let [scope] = walked_scopes.as_slice() {
                // Already sorted, and one walk lists each file once.
                return walk::walk(&root, scope);
            }
            let mut listing = Listing::default();
            for scope in &walked_scopes {
                let mut part = walk::walk(&root, scope);
                listing.entries.append(&mut part.entries);
                listing.unreadable.append(&mut part.unreadable);
            }
            listing.entries.sort_by(|a, b| a.rel_path.cmp(&b.rel_path));
            listing.entries.dedup_by(|a, b| a.rel_path == b.rel_path);
            listing
        })
        .await
        .map_err(|e| Error::Io {
            path: folder.path.clone(),
            source: std::io::Error::other(e),
        })?;
        let summaries = summarize(&listing);
        let mut stored = self.stored_summaries(folder).await?;
        stored.retain(|dir, _| scopes.iter().any(|scope| scope.covers(dir)));
        let judge_again = self.dirs_to_judge_again(folder).await?;
        let unchanged_dirs: HashSet<&str> = summaries
            .iter()
            .filter(|(dir, summary)| {
                stored.get(dir.as_str()) == Some(*summary) && !judge_again.contains(*dir)
            })
            .map(|(dir, _)| dir.as_str())
            .collect();
        let vanished_dirs: Vec<&str> = stored
            .keys()
            .map(String::as_str)
            .filter(|dir| !summaries.contains_key(*dir))
            .collect();
        if whole && listing.entries.is_empty() && !empty_meant {
            let present_before = self.present_count(folder).await?;
            if present_before > 0 {
                // An unmounted share or a drive letter reused by an empty stick looks exactly
                // like this. Absence is not deletion.
                let reason = format!("is empty, but held {present_before} photos and videos");
                return self
                    .give_up(folder, report, FolderState::Emptied, &reason)
                    .await;
            }
        }
        let look_at: HashSet<&str> = summaries
            .keys()
            .map(String::as_str)
            .filter(|dir| !unchanged_dirs.contains(dir))
            .chain(vanished_dirs.iter().copied())
            .collect();
        let known = self
            .known_files(folder, &look_at, whole && stored.is_empty())
            .await?;
        let mut remembered = self.remembered_failures(folder).await?;
        report.files = listing.entries.len();
        let candidates: Vec<&Entry> = listing
            .entries
            .iter()
            .filter(|entry| !unchanged_dirs.contains(parent_dir(&entry.rel_path)))
            .collect();
        let (to_read, unchanged) = changed_entries(&candidates, &known);
        report.unchanged = unchanged + (listing.entries.len() - candidates.len());
        let now_ns = self.now_ms().saturating_mul(1_000_000);
        let (settling, to_read): (Vec<Entry>, Vec<Entry>) = to_read
            .into_iter()
            .partition(|entry| is_settling(entry.mtime_ns, now_ns, settle));
        let mut moved = self.moved_files(&to_read).await?;
        let moved_from: HashSet<String> = moved
            .values()
            .filter(|from| from.folder_id == folder.id)
            .map(|from| from.rel_path.clone())
            .collect();
        let root = folder.path.clone();
        let (renamed, to_read): (Vec<Entry>, Vec<Entry>) = to_read
            .into_iter()
            .partition(|entry| moved.contains_key(&entry.rel_path));
        report.read = to_read.iter().filter(|entry| !entry.online_only).count();
        let mut probed: Vec<(Entry, Probed)> = renamed
            .into_iter()
            .filter_map(|entry| {
                let from = moved.remove(&entry.rel_path)?;
                Some((entry, Probed::Moved(from.hash)))
            })
            .collect();
        probed.extend(
            tokio::task::spawn_blocking(move || {
                to_read
                    .into_par_iter()
                    .map(|entry| {
                        let outcome = read_file(&root, &entry);
                        (entry, outcome)
                    })
                    .collect::<Vec<_>>()
            })
            .await
            .map_err(|e| Error::Io {
                path: folder.path.clone(),
                source: std::io::Error::other(e),
            })?,
        );
        let mut busy: Vec<Entry> = settling;
        probed.retain(|(entry, outcome)| {
            let settled = !matches!(outcome, Probed::Busy);
            if !settled {
                busy.push(entry.clone());
            }
            settled
        });
        let deleted = deleted_paths(&folder.path, &listing, &known);
        // A failure the bytes decide is remembered and leaves its directory settled; one that
        // may pass on its own keeps the directory to be looked at again.
        let mut unsettled: HashSet<String> = probed
            .iter()
            .filter(|(_, outcome)| {
                matches!(outcome, Probed::Failed(failure) if verdict_version(Some(failure.code.as_str())) == 0)
            })
            .map(|(entry, _)| parent_dir(&entry.rel_path).to_owned())
            .chain(busy.iter().map(|e| parent_dir(&e.rel_path).to_owned()))
            .collect();
        unsettled.extend(listing.unreadable.iter().filter_map(|u| {
            let relative = u.path.strip_prefix(&folder.path).ok()?;
            let relative = relative.to_str()?.replace(std::path::MAIN_SEPARATOR, "/");
            Some(parent_dir(&relative).to_owned())
        }));
        self.record(folder, &known, probed, &deleted, &mut report)
            .await?;
        if whole {
            self.date_from_names(folder).await?;
        }
        self.store_summaries(
            folder,
            &summaries,
            &unchanged_dirs,
            &vanished_dirs,
            &unsettled,
        )
        .await?;
        // Failures the index remembers are reported as they were found, for the files that are
        // still as they were then (the others were read again above).
        for entry in &listing.entries {
            let Some(failure) = remembered.remove(&entry.rel_path) else {
                continue;
            };
            if failure.size == i64::try_from(entry.size).unwrap_or(i64::MAX)
                && failure.mtime_ns == entry.mtime_ns
                && failure.file_id == entry.file_id
            {
                if failure.code == ONLINE_ONLY {
                    // Kept on this computer since: it was read above, and reported as it was.
                    if entry.online_only {
                        report.online_only.push(folder.path.join(&entry.rel_path));
                    }
                    continue;
                }
                report.failures.push(FileFailure {
                    path: folder.path.join(&entry.rel_path),
                    code: failure.code,
                    message: failure.message,
                });
            }
        }
        for unreadable in &listing.unreadable {
            report.failures.push(FileFailure {
                path: unreadable.path.clone(),
                code: "io".to_owned(),
                message: format!(
                    "cannot read {}: {}",
                    unreadable.path.display(),
                    unreadable.reason
                ),
            });
        }
        report.failures.sort_by(|a, b| a.path.cmp(&b.path));
        report.online_only.sort();
        report.deleted = deleted.iter().filter(|p| !moved_from.contains(*p)).count();
        report.busy = busy
            .iter()
            .map(|entry| folder.path.join(&entry.rel_path))
            .collect();
        report.busy.sort();
        self.store_busy(folder, &scopes, &busy).await?;
        report.state = Some(FolderState::Ok);
        self.set_folder_state(folder, FolderState::Ok, None).await?;
        Ok(report)
    }

    /// Gives the media of `folder` that the index holds without a capture time the time their
    /// file names state, as the reader does for every file it reads now. An index written
    /// before the reader looked at names holds such media undated, and the reader does not
    /// read an unchanged file again; this reads only names, never files, and only once per
    /// folder: what a name does not date now, it never will.
    async fn date_from_names(&self, folder: &Folder) -> Result<(), Error> {
        let done: bool = sqlx::query_scalar("SELECT names_dated FROM folders WHERE id = ?")
            .bind(folder.id)
            .fetch_one(&self.pool)
            .await?;
        if done {
            return Ok(());
        }
        let undated: Vec<(Vec<u8>, String, i64)> = sqlx::query_as(
            "SELECT m.hash, f.rel_path, f.mtime_ns FROM files f JOIN media m ON m.hash = f.hash
             WHERE f.folder_id = ? AND f.state = 'present' AND m.taken_at IS NULL
             ORDER BY f.rel_path",
        )
        .bind(folder.id)
        .fetch_all(&self.pool)
        .await?;
        let now = jiff::Timestamp::now();
        let mut transaction = self.write().await?;
        for (hash, rel_path, mtime_ns) in undated {
            date_by_name(&mut transaction, &hash, &rel_path, mtime_ns, now).await?;
        }
        sqlx::query("UPDATE folders SET names_dated = 1 WHERE id = ?")
            .bind(folder.id)
            .execute(&mut *transaction)
            .await?;
        transaction.commit().await?;
        Ok(())
    }

    /// Entries the index already knows under another path as the same OS file with the same
    /// size and modification time (a rename or a move), with the content hash it has for them.
    async fn moved_files(&self, entries: &[Entry]) -> Result<HashMap<String, MovedFrom>, Error> {
        let mut by_id: HashMap<&str, &Entry> = entries
            .iter()
            .filter_map(|entry| Some((entry.file_id.as_deref()?, entry)))
            .collect();
        let ids: Vec<&str> = by_id.keys().copied().collect();
        let mut moved = HashMap::new();
        for chunk in ids.chunks(500) {
            let placeholders = vec!["?"; chunk.len()].join(", ");
            let sql = format!(
                "SELECT file_id, size, mtime_ns, hash, folder_id, rel_path FROM files
                 WHERE state = 'present' AND hash IS NOT NULL AND file_id IN ({placeholders})"
            );
            let mut query =
                sqlx::query_as::<_, (String, i64, i64, Vec<u8>, FolderId, String)>(&sql);
            for id in chunk {
                query = query.bind(*id);
            }
            for (file_id, size, mtime_ns, hash, folder_id, rel_path) in
                query.fetch_all(&self.pool).await?
            {
                let Some(entry) = by_id.get(file_id.as_str()) else {
                    continue;
                };
                if i64::try_from(entry.size).ok() == Some(size) && entry.mtime_ns == mtime_ns {
                    let from = MovedFrom {
                        hash,
                        folder_id,
                        rel_path,
                    };
                    moved.insert(entry.rel_path.clone(), from);
                    by_id.remove(file_id.as_str());
                }
            }
        }
        Ok(moved)
    }

    async fn give_up(
        &self,
        folder: &Folder,
        mut report: ScanReport,
        state: FolderState,
        reason: &str,
    ) -> Result<ScanReport, Error> {
        let message = format!("{} {reason}", folder.path.display());
        self.set_folder_state(folder, state, Some(&message)).await?;
        report.state = Some(state);
        Ok(report)
    }

    /// Keeps the files still being written that a scan of `scopes` found, in place of those
    /// the last scans found there.
    async fn store_busy(
        &self,
        folder: &Folder,
        scopes: &[Scope],
        busy: &[Entry],
    ) -> Result<(), Error> {
        let known = self.busy_files(folder).await?;
        if known.is_empty() && busy.is_empty() {
            return Ok(());
        }
        let mut transaction = self.write().await?;
        for rel_path in known
            .iter()
            .filter(|path| scopes.iter().any(|scope| scope.covers(parent_dir(path))))
        {
            sqlx::query("DELETE FROM busy_files WHERE folder_id = ? AND rel_path = ?")
                .bind(folder.id)
                .bind(rel_path)
                .execute(&mut *transaction)
                .await?;
        }
        for entry in busy {
            sqlx::query("INSERT OR IGNORE INTO busy_files (folder_id, rel_path) VALUES (?, ?)")
                .bind(folder.id)
                .bind(&entry.rel_path)
                .execute(&mut *transaction)
                .await?;
        }
        transaction.commit().await?;
        Ok(())
    }

    async fn present_count(&self, folder: &Folder) -> Result<i64, Error> {
        let (count,): (i64,) =
            sqlx::query_as("SELECT count(*) FROM files WHERE folder_id = ? AND state = 'present'")
                .bind(folder.id)
                .fetch_one(&self.pool)
                .await?;
        Ok(count)
    }

    async fn stored_summaries(&self, folder: &Folder) -> Result<HashMap<String, [u8; 32]>, Error> {
        let rows: Vec<(String, Vec<u8>)> =
            sqlx::query_as("SELECT rel_dir, summary FROM dir_summaries WHERE folder_id = ?")
                .bind(folder.id)
                .fetch_all(&self.pool)
                .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(dir, summary)| Some((dir, summary.try_into().ok()?)))
            .collect())
    }

    /// What the index holds for the files directly in `dirs` (every file when `all`).
    async fn known_files(
        &self,
        folder: &Folder,
        dirs: &HashSet<&str>,
        all: bool,
    ) -> Result<HashMap<String, Known>, Error> {
        type Row = (String, i64, i64, Option<String>, String, i64, bool);
        let mut rows: Vec<Row> = Vec::new();
        let columns = "SELECT rel_path, size, mtime_ns, file_id, state, reader_version,
                              coalesce(error_code = 'online-only', 0) FROM files
                       WHERE folder_id = ?";
        if all || dirs.len() > 64 {
            rows = sqlx::query_as(columns)
                .bind(folder.id)
                .fetch_all(&self.pool)
                .await?;
        } else {
            for dir in dirs {
                let mut found: Vec<Row> = if dir.is_empty() {
                    sqlx::query_as(&format!("{columns} AND instr(rel_path, '/') = 0"))
                        .bind(folder.id)
                        .fetch_all(&self.pool)
                        .await?
                } else {
                    // Every path under `dir/`: from `dir/` up to `dir0` ('0' follows '/').
                    sqlx::query_as(&format!("{columns} AND rel_path > ? AND rel_path < ?"))
                        .bind(folder.id)
                        .bind(format!("{dir}/"))
                        .bind(format!("{dir}0"))
                        .fetch_all(&self.pool)
                        .await?
                };
                rows.append(&mut found);
            }
        }
        Ok(rows
            .into_iter()
            .filter(|(rel_path, ..)| all || dirs.contains(parent_dir(rel_path)))
            .map(
                |(rel_path, size, mtime_ns, file_id, state, reader_version, online_only)| {
                    let known = Known {
                        size,
                        mtime_ns,
                        file_id,
                        state,
                        reader_version,
                        online_only,
                    };
                    (rel_path, known)
                },
            )
            .collect())
    }

    /// Keeps the fingerprint of every directory whose files are all settled in the index, and a
    /// fingerprint that matches nothing for the others, so they are looked at again.
    async fn store_summaries(
        &self,
        folder: &Folder,
        summaries: &HashMap<String, [u8; 32]>,
        unchanged: &HashSet<&str>,
        vanished: &[&str],
        unsettled: &HashSet<String>,
    ) -> Result<(), Error> {
        let mut transaction = self.write().await?;
        for dir in vanished {
            if unsettled.contains(*dir) {
                continue;
            }
            sqlx::query("DELETE FROM dir_summaries WHERE folder_id = ? AND rel_dir = ?")
                .bind(folder.id)
                .bind(dir)
                .execute(&mut *transaction)
                .await?;
        }
        let settled = summaries
            .iter()
            .filter(|(dir, _)| !unchanged.contains(dir.as_str()) && !unsettled.contains(*dir))
            .map(|(dir, summary)| (dir.as_str(), summary));
        let unsettled = unsettled.iter().map(|dir| (dir.as_str(), &UNSETTLED));
        for (dir, summary) in settled.chain(unsettled) {
            sqlx::query(
                "INSERT INTO dir_summaries (folder_id, rel_dir, summary) VALUES (?, ?, ?)
                 ON CONFLICT (folder_id, rel_dir) DO UPDATE SET summary = excluded.summary",
            )
            .bind(folder.id)
            .bind(dir)
            .bind(summary.as_slice())
            .execute(&mut *transaction)
            .await?;
        }
        transaction.commit().await?;
        Ok(())
    }

    async fn record(
        &self,
        folder: &Folder,
        known: &HashMap<String, Known>,
        probed: Vec<(Entry, Probed)>,
        deleted: &[String],
        report: &mut ScanReport,
    ) -> Result<(), Error> {
        let now = self.now_ms();
        let changed = !probed.is_empty() || !deleted.is_empty();
        let mut transaction = self.write().await?;
        for (entry, outcome) in probed {
            let was_known = known
                .get(&entry.rel_path)
                .is_some_and(|k| k.state != "deleted");
            let (state, hash, code, message): (_, _, Option<String>, _) = match outcome {
                Probed::Media(info) => {
                    insert_media(&mut transaction, &info, &entry, now).await?;
                    if was_known {
                        report.changed += 1;
                    } else {
                        report.added += 1;
                    }
                    ("present", Some(info.hash.as_bytes().to_vec()), None, None)
                }
                Probed::Moved(hash) => {
                    report.moved += 1;
                    // Not read again: a new name that states a time dates it as a read would.
                    date_by_name(
                        &mut transaction,
                        &hash,
                        &entry.rel_path,
                        entry.mtime_ns,
                        jiff::Timestamp::now(),
                    )
                    .await?;
                    ("present", Some(hash), None, None)
                }
                Probed::NotMedia => {
                    report.ignored += 1;
                    ("ignored", None, None, None)
                }
                Probed::Failed(failure) => {
                    let code = failure.code.clone();
                    let message = failure.message.clone();
                    report.failures.push(failure);
                    ("error", None, Some(code), Some(message))
                }
                Probed::OnlineOnly => {
                    report.online_only.push(folder.path.join(&entry.rel_path));
                    let message = "only a cloud placeholder is on this computer: not read";
                    (
                        "error",
                        None,
                        Some(ONLINE_ONLY.to_owned()),
                        Some(message.to_owned()),
                    )
                }
                Probed::Busy => continue,
            };
            let reader_version = verdict_version(code.as_deref());
            sqlx::query(
                "INSERT INTO files (folder_id, rel_path, size, mtime_ns, file_id, hash, state,
                                    error_code, error_message, reader_version, updated_at)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                 ON CONFLICT (folder_id, rel_path) DO UPDATE SET
                    size = excluded.size, mtime_ns = excluded.mtime_ns,
                    file_id = excluded.file_id, hash = excluded.hash, state = excluded.state,
                    error_code = excluded.error_code, error_message = excluded.error_message,
                    reader_version = excluded.reader_version, updated_at = excluded.updated_at",
            )
            .bind(folder.id)
            .bind(&entry.rel_path)
            .bind(i64::try_from(entry.size).unwrap_or(i64::MAX))
            .bind(entry.mtime_ns)
            .bind(&entry.file_id)
            .bind(hash)
            .bind(state)
            .bind(code)
            .bind(message)
            .bind(reader_version)
            .bind(now)
            .execute(&mut *transaction)
            .await?;
        }
        for rel_path in deleted {
            sqlx::query(
                "UPDATE files SET state = 'deleted', updated_at = ? WHERE folder_id = ? AND rel_path = ?",
            )
            .bind(now)
            .bind(folder.id)
            .bind(rel_path)
            .execute(&mut *transaction)
            .await?;
        }
        if changed {
            count_change(&mut transaction, folder.id).await?;
        }
        transaction.commit().await?;
        Ok(())
    }
}

/// Dates the media `hash`, if it is undated, by the time its file's name at `rel_path` states
/// (the file's modification time, `mtime_ns`, places it in the timeline when there is none).
async fn date_by_name(
    transaction: &mut sqlx::Transaction<'static, sqlx::Sqlite>,
    hash: &[u8],
    rel_path: &str,
    mtime_ns: i64,
    now: jiff::Timestamp,
) -> Result<(), sqlx::Error> {
    let name = rel_path.rsplit('/').next().unwrap_or(rel_path);
    let Some((time, _)) = time_from_file_name(name, now) else {
        return Ok(());
    };
    sqlx::query(
        "UPDATE media SET taken_at = ?, taken_at_source = ?, sort_time = ?
         WHERE hash = ? AND taken_at IS NULL",
    )
    .bind(time.to_rfc3339())
    .bind(TakenAtSource::FileName.as_str())
    .bind(sort_time(Some(time), mtime_ns))
    .bind(hash)
    .execute(&mut **transaction)
    .await?;
    Ok(())
}

/// Entries to read (new, changed, or judged by another reader) and how many need no reading.
fn changed_entries(candidates: &[&Entry], known: &HashMap<String, Known>) -> (Vec<Entry>, usize) {
    let mut to_read = Vec::new();
    let mut unchanged = 0;
    for &entry in candidates {
        let same = known.get(&entry.rel_path).is_some_and(|k| {
            k.size == i64::try_from(entry.size).unwrap_or(i64::MAX)
                && k.mtime_ns == entry.mtime_ns
                && crate::walk::same_file_in_folder(k.file_id.as_deref(), entry.file_id.as_deref())
                && (k.state == "present"
                    || (matches!(k.state.as_str(), "ignored" | "error")
                        && k.reader_version == i64::from(READER_VERSION)))
                // A placeholder downloaded since keeps its size and time: read it now.
                && (!k.online_only || entry.online_only)
        });
        if same {
            unchanged += 1;
        } else {
            to_read.push(entry.clone());
        }
    }
    (to_read, unchanged)
}

/// The directory part of a `/`-separated relative path (`""` at the top).
pub(crate) fn parent_dir(rel_path: &str) -> &str {
    rel_path.rsplit_once('/').map_or("", |(dir, _)| dir)
}

/// The fingerprint of each directory's listing. Entries arrive sorted by path, so files of one
/// directory are hashed in a stable order.
fn summarize(listing: &Listing) -> HashMap<String, [u8; 32]> {
    let mut hashers: HashMap<&str, blake3::Hasher> = HashMap::new();
    for entry in &listing.entries {
        let hasher = hashers.entry(parent_dir(&entry.rel_path)).or_default();
        hasher.update(entry.rel_path.as_bytes());
        hasher.update(&[0]);
        hasher.update(&entry.size.to_le_bytes());
        hasher.update(&entry.mtime_ns.to_le_bytes());
        hasher.update(entry.file_id.as_deref().unwrap_or_default().as_bytes());
        hasher.update(&[0]);
        // Downloading a placeholder, or giving its space back, changes neither its size nor
        // its time. Said only when true, so the fingerprints of other files stay as they were.
        if entry.online_only {
            hasher.update(ONLINE_ONLY.as_bytes());
            hasher.update(&[0]);
        }
    }
    hashers
        .into_iter()
        .map(|(dir, hasher)| (dir.to_owned(), *hasher.finalize().as_bytes()))
        .collect()
}

/// Paths the index holds as present (or failed) that the walk did not find, leaving out any
/// under a folder the walk could not read. `known` only holds the directories looked at.
fn deleted_paths(root: &Path, listing: &Listing, known: &HashMap<String, Known>) -> Vec<String> {
    let found: std::collections::HashSet<&str> = listing
        .entries
        .iter()
        .map(|e| e.rel_path.as_str())
        .collect();
    let mut deleted: Vec<String> = known
        .iter()
        .filter(|(path, k)| k.state != "deleted" && !found.contains(path.as_str()))
        .filter(|(path, _)| {
            !listing
                .unreadable
                .iter()
                .any(|unreadable| root.join(path.as_str()).starts_with(&unreadable.path))
        })
        .map(|(path, _)| path.clone())
        .collect();
    deleted.sort();
    deleted
}

/// Names that promise a photo or video: such a file that turns out not to be one is reported,
/// not quietly ignored (it may be a photo that was damaged).
fn named_like_media(path: &Path) -> bool {
    const EXTENSIONS: [&str; 16] = [
        "jpg", "jpeg", "png", "gif", "webp", "tif", "tiff", "bmp", "heic", "heif", "avif", "mp4",
        "mov", "3gp", "mkv", "webm",
    ];
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// Hashes and probes one file, then checks it did not change meanwhile. An online-only file is
/// not opened at all.
fn read_file(root: &Path, entry: &Entry) -> Probed {
    if entry.online_only {
        return Probed::OnlineOnly;
    }
    let path = root.join(&entry.rel_path);
    let outcome = match probe(&path) {
        Ok(info) => Probed::Media(info),
        // Another program holds it: it is read again soon, like a file still being written.
        Err(error) if is_busy_error(raw_os_error(&error), cfg!(windows)) => Probed::Busy,
        Err(error) if error.code() == ErrorCode::UnsupportedFormat && !named_like_media(&path) => {
            Probed::NotMedia
        }
        Err(error) => Probed::Failed(FileFailure {
            path,
            code: error.code().as_str().to_owned(),
            message: error.message(),
        }),
    };
    match walk::stat(root, &entry.rel_path) {
        Some(now) if now.size == entry.size && now.mtime_ns == entry.mtime_ns => outcome,
        // Gone meanwhile: the next scan records the deletion.
        None => Probed::Busy,
        Some(_) => Probed::Busy,
    }
}

/// Whether a file modified at `mtime_ns` may still be being written at `now_ns`. A time far
/// in the future (a skewed clock on a share) says nothing either way.
fn is_settling(mtime_ns: i64, now_ns: i64, settle: Duration) -> bool {
    let settle = i64::try_from(settle.as_nanos()).unwrap_or(i64::MAX);
    let age = now_ns.saturating_sub(mtime_ns);
    age < settle && age > -settle
}

/// The timeline's order: the capture time as the camera's wall clock, read as if UTC; the
/// file's modification time when there is none.
fn sort_time(taken_at: Option<CaptureTime>, mtime_ns: i64) -> i64 {
    taken_at
        .and_then(|taken| taken.local.to_zoned_datetime(jiff::tz::TimeZone::UTC).ok())
        .map_or(mtime_ns / 1_000_000, |zoned| {
            zoned.timestamp().as_millisecond()
        })
}

pub(crate) async fn insert_media(
    transaction: &mut sqlx::SqliteConnection,
    info: &MediaInfo,
    entry: &Entry,
    now: i64,
) -> Result<(), Error> {
    let meta = &info.metadata;
    sqlx::query(
        "INSERT INTO media (hash, kind, mime, size, taken_at, taken_at_source, sort_time, width,
                            height, orientation, duration_ms, rotation, make, model, latitude,
                            longitude, added_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (hash) DO NOTHING",
    )
    .bind(info.hash.as_bytes().as_slice())
    .bind(info.media_type.kind.as_str())
    .bind(info.media_type.mime)
    .bind(i64::try_from(info.size).unwrap_or(i64::MAX))
    .bind(meta.taken_at.map(|t| t.to_rfc3339()))
    .bind(meta.taken_at_source.map(TakenAtSource::as_str))
    .bind(sort_time(meta.taken_at, entry.mtime_ns))
    .bind(meta.width)
    .bind(meta.height)
    .bind(meta.orientation.exif_value())
    .bind(
        meta.duration_ms
            .map(|d| i64::try_from(d).unwrap_or(i64::MAX)),
    )
    .bind(meta.rotation)
    .bind(&meta.make)
    .bind(&meta.model)
    .bind(meta.gps.map(|g| g.latitude))
    .bind(meta.gps.map(|g| g.longitude))
    .bind(now)
    .execute(&mut *transaction)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(rel_path: &str, online_only: bool) -> Entry {
        Entry {
            rel_path: rel_path.to_owned(),
            size: 10,
            mtime_ns: 20,
            file_id: Some("1:2".to_owned()),
            online_only,
        }
    }

    fn known(state: &str, online_only: bool) -> Known {
        Known {
            size: 10,
            mtime_ns: 20,
            file_id: Some("1:2".to_owned()),
            state: state.to_owned(),
            reader_version: i64::from(READER_VERSION),
            online_only,
        }
    }

    #[test]
    fn an_online_only_file_is_never_opened() {
        // The file is not there: reading it would fail, and nothing does.
        let dir = tempfile::tempdir().expect("a folder");
        let outcome = read_file(dir.path(), &entry("cloud.jpg", true));
        assert!(matches!(outcome, Probed::OnlineOnly));
        let outcome = read_file(dir.path(), &entry("cloud.jpg", false));
        assert!(matches!(outcome, Probed::Busy | Probed::Failed(_)));
    }

    #[test]
    fn a_placeholder_is_read_once_it_is_kept_here() {
        let known = HashMap::from([("a.jpg".to_owned(), known("error", true))]);
        let still_online = entry("a.jpg", true);
        let (to_read, unchanged) = changed_entries(&[&still_online], &known);
        assert!(to_read.is_empty());
        assert_eq!(unchanged, 1);
        // Downloaded: same size, same time, now here.
        let kept_here = entry("a.jpg", false);
        let (to_read, unchanged) = changed_entries(&[&kept_here], &known);
        assert_eq!(to_read.len(), 1);
        assert_eq!(unchanged, 0);
    }

    #[test]
    fn a_photo_read_before_stays_when_its_space_is_given_back() {
        let known = HashMap::from([("a.jpg".to_owned(), known("present", false))]);
        let (to_read, unchanged) = changed_entries(&[&entry("a.jpg", true)], &known);
        assert!(to_read.is_empty());
        assert_eq!(unchanged, 1);
    }

    #[test]
    fn a_directory_looks_changed_when_a_placeholder_is_downloaded() {
        let listing = |online_only| Listing {
            entries: vec![entry("d/a.jpg", online_only)],
            unreadable: Vec::new(),
        };
        assert_ne!(summarize(&listing(true)), summarize(&listing(false)));
    }
}
