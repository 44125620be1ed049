//! Carrying out a plan: each action checks that what it expects is still so, transfers are
//! journaled and wait after a failure, and nothing is ever overwritten or deleted.

use std::path::{Path, PathBuf};

use futures_util::StreamExt;
use skyfolio_library::{Folder, FolderId, disk_path};
use skyfolio_media::ContentHash;
use skyfolio_protocol::ErrorCode;

use super::report::Outcome;
use super::{Engine, Failure, FolderContext, FolderReport, backoff_ms, error_message};
use crate::Error;
use crate::names::{cloud_path, local_key};
use crate::plan::Action;
use crate::remote::Remote;
use crate::state::{Direction, RemoteRow, Transfer};
use crate::transfer::{self, rename_no_replace};

impl<R: Remote> Engine<R> {
    /// Carries out `actions` in `context`'s folder, several at once, and counts how each ended
    /// in `report`. A signed-out device stops everything; any other failure is the file's.
    pub(super) async fn run_actions(
        &self,
        context: &FolderContext,
        actions: Vec<Action>,
        report: &mut FolderReport,
    ) -> Result<(), Error> {
        let results: Vec<(Action, Result<Outcome, Error>)> = futures_util::stream::iter(actions)
            .map(|action| async move {
                let result = self.run(context, &action).await;
                match (&result, &action) {
                    (Ok(Outcome::Uploaded), _) => self.count(|tally| tally.uploaded += 1),
                    (Ok(Outcome::Downloaded | Outcome::Conflict), _) => {
                        self.count(|tally| tally.downloaded += 1)
                    }
                    (_, Action::Upload { .. }) => {
                        self.count(|tally| tally.uploads = tally.uploads.saturating_sub(1))
                    }
                    (_, Action::Download { .. } | Action::Conflict { .. }) => {
                        self.count(|tally| tally.downloads = tally.downloads.saturating_sub(1))
                    }
                    _ => {}
                }
                (action, result)
            })
            .buffer_unordered(self.options.transfers.max(1))
            .collect()
            .await;
        for (action, result) in results {
            match result {
                Ok(outcome) => outcome.count(report),
                Err(error) if error.is_signed_out() => return Err(error),
                Err(error) => {
                    tracing::warn!("{}: {error}", action.key());
                    report.failures.push(Failure {
                        path: context.folder.path.join(action.key()).display().to_string(),
                        code: error.code().to_string(),
                        message: error_message(&error),
                    });
                }
            }
        }
        Ok(())
    }

    /// Carries out one action after checking that what it expects is still so.
    async fn run(&self, context: &FolderContext, action: &Action) -> Result<Outcome, Error> {
        let folder = &context.folder;
        let id = folder.id;
        match action {
            Action::Record {
                key,
                hash,
                remote_id,
            } => {
                self.state.record_synced(id, key, *hash, remote_id).await?;
                Ok(Outcome::Recorded)
            }
            Action::Forget { key } => {
                self.state.forget_synced(id, key).await?;
                Ok(Outcome::Recorded)
            }
            Action::Upload {
                key,
                rel_path,
                hash,
                replaces,
            } => {
                if !self.library.is_unchanged(folder, rel_path, *hash).await? {
                    return self.changed_under_us(folder, rel_path).await;
                }
                let path = disk_path(folder, rel_path);
                let cloud = cloud_path(&context.album, key);
                let job = transfer::Upload {
                    folder_id: id,
                    key,
                    path: &path,
                    cloud_path: &cloud,
                    hash: *hash,
                    replaces: replaces.clone(),
                };
                let item = match self
                    .transfer(id, key, Direction::Up, hash, &path, async {
                        transfer::upload(&self.client, &self.state, job, &self.up, self.now_ms())
                            .await
                    })
                    .await?
                {
                    Some(item) => item,
                    None => return Ok(Outcome::Waiting),
                };
                self.state.note_item(&item).await?;
                if local_key(rel_path).as_deref() == Ok(key.as_str()) {
                    self.state.record_synced(id, key, *hash, &item.id).await?;
                }
                Ok(Outcome::Uploaded)
            }
            Action::Download {
                key,
                remote_id,
                hash,
                replaces,
            } => {
                let rel_path = replaces
                    .as_ref()
                    .map_or(key.as_str(), |(rel_path, _)| rel_path.as_str());
                if let Some((rel_path, old)) = replaces
                    && !self.library.is_unchanged(folder, rel_path, *old).await?
                {
                    return self.changed_under_us(folder, rel_path).await;
                }
                let target = disk_path(folder, rel_path);
                if replaces.is_none() && tokio::fs::symlink_metadata(&target).await.is_ok() {
                    // A file the index has not seen yet is there: never overwrite it.
                    return self.changed_under_us(folder, rel_path).await;
                }
                let Some(row) = self.state.item(remote_id).await?.filter(|r| !r.trashed) else {
                    return Ok(Outcome::Skipped);
                };
                let row = &row;
                let Some(partial) = self.fetch(id, key, row, *hash, &target).await? else {
                    return Ok(Outcome::Waiting);
                };
                if let Some((rel_path, old)) = replaces {
                    // The old version goes to the trash only once the new one is here whole.
                    if !self.library.is_unchanged(folder, rel_path, *old).await? {
                        let _ = tokio::fs::remove_file(&partial).await;
                        return self.changed_under_us(folder, rel_path).await;
                    }
                    self.move_to_trash(folder, rel_path).await?;
                }
                if let Err(error) = place(&partial, &target).await {
                    let _ = tokio::fs::remove_file(&partial).await;
                    if error.kind() == std::io::ErrorKind::AlreadyExists {
                        return Ok(Outcome::Skipped);
                    }
                    return Err(Error::Io {
                        path: target,
                        what: "cannot place the download",
                        source: error,
                    });
                }
                self.library.record_written(folder, rel_path, *hash).await?;
                self.state.record_synced(id, key, *hash, remote_id).await?;
                self.state.finish_transfer(id, key, Direction::Down).await?;
                Ok(Outcome::Downloaded)
            }
            Action::MoveRemote {
                remote_id,
                from,
                to,
                hash,
            } => match self
                .client
                .move_item(remote_id, &cloud_path(&context.album, to))
                .await
            {
                Ok(item) => {
                    self.state.note_item(&item).await?;
                    self.state
                        .move_synced(id, from, to, *hash, remote_id)
                        .await?;
                    Ok(Outcome::Moved)
                }
                Err(Error::Server {
                    code: ErrorCode::PathTaken | ErrorCode::NotFound,
                    ..
                }) => Ok(Outcome::Skipped),
                Err(error) => Err(error),
            },
            Action::MoveLocal {
                remote_id,
                from,
                rel_path,
                to,
                hash,
            } => {
                if !self.library.is_unchanged(folder, rel_path, *hash).await? {
                    return self.changed_under_us(folder, rel_path).await;
                }
                let (source, target) = (disk_path(folder, rel_path), disk_path(folder, to));
                match move_file(&source, &target).await {
                    Ok(()) => {}
                    Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
                        return Ok(Outcome::Skipped);
                    }
                    Err(error) => {
                        return Err(Error::Io {
                            path: source,
                            what: "cannot move",
                            source: error,
                        });
                    }
                }
                self.library.record_moved(folder, rel_path, to).await?;
                self.state
                    .move_synced(id, from, to, *hash, remote_id)
                    .await?;
                Ok(Outcome::Moved)
            }
            Action::TrashRemote { key, remote_id, .. } => {
                match self.client.trash_item(remote_id).await {
                    Ok(item) => self.state.note_item(&item).await?,
                    Err(Error::Server {
                        code: ErrorCode::NotFound,
                        ..
                    }) => {}
                    Err(error) => return Err(error),
                }
                self.state.forget_synced(id, key).await?;
                Ok(Outcome::TrashedInCloud)
            }
            Action::TrashLocal {
                key,
                rel_path,
                hash,
            } => {
                if !self.library.is_unchanged(folder, rel_path, *hash).await? {
                    return self.changed_under_us(folder, rel_path).await;
                }
                self.move_to_trash(folder, rel_path).await?;
                self.state.forget_synced(id, key).await?;
                Ok(Outcome::TrashedHere)
            }
            Action::Conflict {
                key,
                rel_path,
                aside,
                local_hash,
                remote_id,
                remote_hash,
            } => {
                if !self
                    .library
                    .is_unchanged(folder, rel_path, *local_hash)
                    .await?
                {
                    return self.changed_under_us(folder, rel_path).await;
                }
                let Some(row) = self.state.item(remote_id).await?.filter(|r| !r.trashed) else {
                    return Ok(Outcome::Skipped);
                };
                let row = &row;
                let target = disk_path(folder, rel_path);
                // Fetch first: this computer's version moves aside only once the cloud's is
                // here whole.
                let Some(partial) = self.fetch(id, key, row, *remote_hash, &target).await? else {
                    return Ok(Outcome::Waiting);
                };
                if !self
                    .library
                    .is_unchanged(folder, rel_path, *local_hash)
                    .await?
                {
                    let _ = tokio::fs::remove_file(&partial).await;
                    return self.changed_under_us(folder, rel_path).await;
                }
                let aside_path = disk_path(folder, aside);
                if let Err(error) = move_file(&target, &aside_path).await {
                    let _ = tokio::fs::remove_file(&partial).await;
                    if error.kind() == std::io::ErrorKind::AlreadyExists {
                        return Ok(Outcome::Skipped);
                    }
                    return Err(Error::Io {
                        path: target,
                        what: "cannot move aside",
                        source: error,
                    });
                }
                self.library.record_moved(folder, rel_path, aside).await?;
                if let Err(error) = place(&partial, &target).await {
                    let _ = tokio::fs::remove_file(&partial).await;
                    return Err(Error::Io {
                        path: target,
                        what: "cannot place the download",
                        source: error,
                    });
                }
                self.library
                    .record_written(folder, rel_path, *remote_hash)
                    .await?;
                self.state
                    .record_synced(id, key, *remote_hash, remote_id)
                    .await?;
                self.state.finish_transfer(id, key, Direction::Down).await?;
                Ok(Outcome::Conflict)
            }
        }
    }

    /// Runs a transfer unless its last failure asks to wait; records a failure's wait.
    async fn transfer<T>(
        &self,
        folder_id: FolderId,
        key: &str,
        direction: Direction,
        hash: &ContentHash,
        path: &Path,
        work: impl Future<Output = Result<T, Error>>,
    ) -> Result<Option<T>, Error> {
        let now = self.now_ms();
        let journal = self.state.transfer(folder_id, key, direction).await?;
        if let Some(journal) = &journal
            && journal.next_try_at > now
            && journal.hash == *hash
        {
            return Ok(None);
        }
        match work.await {
            Ok(done) => Ok(Some(done)),
            Err(error) => {
                let mut journal = self
                    .state
                    .transfer(folder_id, key, direction)
                    .await?
                    .unwrap_or(Transfer {
                        folder_id,
                        key: key.to_owned(),
                        direction,
                        hash: *hash,
                        size: 0,
                        local_path: path.to_owned(),
                        upload_id: None,
                        remote_id: None,
                        bytes_done: 0,
                        attempts: 0,
                        next_try_at: 0,
                        error_code: None,
                        error_message: None,
                    });
                journal.attempts += 1;
                journal.next_try_at = if matches!(
                    error,
                    Error::Server {
                        code: ErrorCode::StorageFull,
                        ..
                    }
                ) {
                    // The cloud refuses before any byte is sent: each pass asks again, and
                    // the first one after the cloud has room carries the file.
                    0
                } else {
                    self.now_ms() + backoff_ms(journal.attempts)
                };
                journal.error_code = Some(error.code().to_string());
                journal.error_message = Some(error_message(&error));
                self.state.save_transfer(&journal, self.now_ms()).await?;
                Err(error)
            }
        }
    }

    async fn fetch(
        &self,
        folder_id: FolderId,
        key: &str,
        row: &RemoteRow,
        hash: ContentHash,
        target: &Path,
    ) -> Result<Option<PathBuf>, Error> {
        let job = transfer::Download {
            folder_id,
            key,
            remote_id: &row.id,
            hash,
            size: row.size,
            target,
            // A file without a capture time keeps its place in the timeline by its time.
            modified_at: row.taken_at.is_none().then_some(row.sort_time),
        };
        self.transfer(folder_id, key, Direction::Down, &hash, target, async {
            transfer::download(&self.client, &self.state, job, &self.down, self.now_ms()).await
        })
        .await
    }

    /// An action whose file is not as the plan saw it is left for a later pass; the index
    /// was wrong about the file, so the next scan reads its directory again instead of
    /// planning the same action from the same stale view.
    async fn changed_under_us(&self, folder: &Folder, rel_path: &str) -> Result<Outcome, Error> {
        tracing::debug!("{rel_path}: not as planned; looked at again next pass");
        self.library.look_again(folder, rel_path).await?;
        Ok(Outcome::Skipped)
    }

    /// Moves a file to the OS trash, or, when that is not possible, to the folder's own
    /// `.skyfolio-trash`. A file is never deleted.
    async fn move_to_trash(&self, folder: &Folder, rel_path: &str) -> Result<(), Error> {
        let os_trash = self.options.os_trash;
        let root = folder.path.clone();
        let relative = rel_path.to_owned();
        let moved =
            tokio::task::spawn_blocking(move || transfer::trash_file(&root, &relative, os_trash))
                .await
                .map_err(|e| Error::Io {
                    path: folder.path.join(rel_path),
                    what: "cannot move to the trash",
                    source: std::io::Error::other(e),
                })?;
        moved.map_err(Error::io(
            folder.path.join(rel_path),
            "cannot move to the trash",
        ))?;
        self.library.record_removed(folder, rel_path).await?;
        Ok(())
    }
}

/// Gives the downloaded file its name, never over another file.
async fn place(partial: &Path, target: &Path) -> std::io::Result<()> {
    let (partial, target) = (partial.to_owned(), target.to_owned());
    tokio::task::spawn_blocking(move || rename_no_replace(&partial, &target))
        .await
        .map_err(std::io::Error::other)?
}

async fn move_file(from: &Path, to: &Path) -> std::io::Result<()> {
    place(from, to).await
}
