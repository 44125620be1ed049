//! Deletions that wait for a person. A pass holds back deletions when one side of a folder looks
//! empty although the merge base says it held files (then nothing at all is done in the folder),
//! when it would delete many at once, or when the settings say to ask. What is held is shown as
//! a [`HeldPlan`]: the folder's exact deletions and a fingerprint of them. An answer names that
//! fingerprint, and covers exactly those deletions of that folder: a plan that changed since it
//! was shown is answered `held-changed`, and every other deletion stays behind its guards.

use serde::Serialize;
use skyfolio_library::{Folder, FolderState};

use super::{DeletionPolicy, Engine, FolderContext, FolderReport, Planned};
use crate::Error;
use crate::plan::{self, Action, Held, Plan};
use crate::remote::Remote;

/// Why deletions wait for a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum HeldReason {
    /// The folder lists no photos although it held synced ones (deleted, or an unmounted drive
    /// whose empty mount point is there): nothing is done in it until someone answers.
    FolderEmpty,
    /// The cloud holds nothing for the folder although it did: nothing is done in it until
    /// someone answers.
    AlbumEmpty,
    /// The pass would delete more than 50 files and a fifth of the folder at once.
    Many,
    /// The settings say deletions always wait for a yes.
    AlwaysAsk,
}

/// Where a held deletion would send a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum DeletionSide {
    /// The cloud's item goes to the cloud's recycle bin (it was deleted on this computer).
    Cloud,
    /// The file here goes to this computer's trash (it was deleted in the cloud).
    Here,
}

/// One deletion waiting for a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, ts_rs::TS)]
pub struct HeldDeletion {
    /// Relative to the folder (and to its album), `/`-separated.
    pub path: String,
    pub side: DeletionSide,
}

/// What waits for a person in one folder, exactly as shown to them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, ts_rs::TS)]
pub struct HeldPlan {
    pub reason: HeldReason,
    /// Every deletion held, by path.
    pub deletions: Vec<HeldDeletion>,
    /// Names this folder and exactly these deletions (each file's content and cloud item
    /// included); an answer gives it back.
    pub fingerprint: String,
}

/// A person's answer to a held plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum HeldAnswer {
    /// Carry the deletions out: to the cloud's recycle bin, or to this computer's trash.
    Delete,
    /// Bring the files back from the other side instead.
    Restore,
}

/// A held plan with the actions behind it.
pub(super) struct Holding {
    pub plan: HeldPlan,
    pub actions: Vec<Action>,
    /// One side looks empty: nothing in the folder is carried out until someone answers.
    pub everything: bool,
}

/// Takes out of `plan` what must wait for a person, if anything. `emptied` says the library
/// found the folder empty although it held photos.
pub(super) fn hold(
    folder: &Folder,
    emptied: bool,
    plan: &mut Plan,
    policy: DeletionPolicy,
    synced: usize,
) -> Option<Holding> {
    let looks_empty = if emptied || plan.held.contains(&Held::LocalLooksEmpty) {
        Some(HeldReason::FolderEmpty)
    } else if plan.held.contains(&Held::RemoteLooksEmpty) {
        Some(HeldReason::AlbumEmpty)
    } else {
        None
    };
    let deletions = plan.held_deletions.len() + plan.deletions();
    let by_policy = match policy {
        DeletionPolicy::Ask => {
            plan::needs_confirmation(deletions, synced).then_some(HeldReason::Many)
        }
        DeletionPolicy::Send => None,
        DeletionPolicy::Never => (deletions > 0).then_some(HeldReason::AlwaysAsk),
    };
    let reason = looks_empty.or(by_policy)?;
    let mut actions = std::mem::take(&mut plan.held_deletions);
    actions.extend(plan.actions.iter().filter(|a| a.deletes()).cloned());
    plan.actions.retain(|a| !a.deletes());
    actions.sort_by(|a, b| a.key().cmp(b.key()));
    let deletions = actions
        .iter()
        .map(|action| HeldDeletion {
            path: action.key().to_owned(),
            side: match action {
                Action::TrashRemote { .. } => DeletionSide::Cloud,
                _ => DeletionSide::Here,
            },
        })
        .collect();
    Some(Holding {
        plan: HeldPlan {
            reason,
            deletions,
            fingerprint: fingerprint(folder, &actions),
        },
        actions,
        everything: looks_empty.is_some(),
    })
}

/// A short, stable name of a folder's held deletions: the folder, then each deletion with the
/// content and the cloud item it would send to a trash.
pub(super) fn fingerprint(folder: &Folder, actions: &[Action]) -> String {
    let mut hasher = blake3::Hasher::new();
    hasher.update(b"skyfolio held deletions 1\n");
    hasher.update(folder.id.to_string().as_bytes());
    hasher.update(b"\n");
    hasher.update(folder.path.to_string_lossy().as_bytes());
    hasher.update(b"\n");
    for action in actions {
        let line = match action {
            Action::TrashRemote {
                key,
                remote_id,
                hash,
            } => format!("cloud\t{key}\t{remote_id}\t{}\n", hash.to_hex()),
            Action::TrashLocal {
                key,
                rel_path,
                hash,
            } => format!("here\t{key}\t{rel_path}\t{}\n", hash.to_hex()),
            other => format!("other\t{}\n", other.key()),
        };
        hasher.update(line.as_bytes());
    }
    hasher.finalize().to_hex()[..16].to_owned()
}

impl<R: Remote> Engine<R> {
    /// Answers the held plan of `folder` that was shown with `fingerprint`: carries out exactly
    /// its deletions, or brings those files back from the other side, and then syncs the
    /// folder. The feed is read and the folder scanned first; a plan that is not the one shown
    /// any more is answered [`Error::HeldChanged`] and nothing is done.
    pub async fn answer_held(
        &self,
        folder: &Folder,
        fingerprint: &str,
        answer: HeldAnswer,
    ) -> Result<FolderReport, Error> {
        let changed = || Error::HeldChanged {
            folder: folder.path.clone(),
        };
        self.pull().await?;
        self.library.scan_folder(folder).await?;
        let mut folder = self.library.folder(&folder.path).await?;
        if !matches!(folder.state, FolderState::Ok | FolderState::Emptied)
            || self.state.folder_paused(folder.id).await?
        {
            return Err(changed());
        }
        let album = self.album_of(&folder).await?;
        let mut report = Self::folder_report(&folder, &album);
        let Planned {
            held,
            local,
            remote,
            synced,
            ..
        } = self.plan_folder(&folder, &album, &mut report).await?;
        let Some(holding) = held.filter(|h| h.plan.fingerprint == fingerprint) else {
            return Err(changed());
        };
        let mut local = local;
        if folder.state == FolderState::Emptied {
            // The person says the folder is empty on purpose (or wants its photos back): the
            // index now takes the emptiness as the disk shows it.
            self.library.accept_empty(&folder).await?;
            folder = self.library.folder(&folder.path).await?;
            let again = self
                .plan_folder(&folder, &album, &mut FolderReport::default())
                .await?;
            let same = again
                .held
                .as_ref()
                .map_or(holding.actions.is_empty(), |h| h.actions == holding.actions);
            if !same {
                return Err(changed());
            }
            local = again.local;
        }
        // Keys whose file is gone from the side that looks empty, beyond the deletions shown:
        // their plan is a transfer the other way either way, which the answer lets go ahead.
        let held_keys: Vec<String> = holding.actions.iter().map(|a| a.key().to_owned()).collect();
        let missing: Vec<&String> = synced
            .keys()
            .filter(|_| holding.everything)
            .filter(|key| match holding.plan.reason {
                HeldReason::AlbumEmpty => !remote.contains_key(*key),
                _ => !local.contains_key(*key),
            })
            .filter(|key| !held_keys.contains(key))
            .collect();
        let context = FolderContext {
            folder: folder.clone(),
            album,
        };
        match answer {
            HeldAnswer::Delete => {
                self.run_actions(&context, holding.actions, &mut report)
                    .await?;
            }
            HeldAnswer::Restore => {
                // Without its merge base a file only one side holds is a new file there: the
                // next plan brings it to the other side.
                for key in &held_keys {
                    self.state.forget_synced(folder.id, key).await?;
                }
            }
        }
        for key in missing {
            self.state.forget_synced(folder.id, key).await?;
        }
        report.held = None;
        let later = self.sync_folder(&folder, true).await?;
        report.merge(later);
        Ok(report)
    }
}
