//! The planner: three trees in, actions out, no I/O.
//!
//! For each key, **local** (what the folder holds now, from the index), **remote** (the
//! cloud's live items under the folder's album, from the change feed) and **synced** (what both
//! last agreed on) decide what happens:
//!
//! | local vs synced | remote vs synced | two-way                                            |
//! |-----------------|------------------|----------------------------------------------------|
//! | same            | same             | nothing                                            |
//! | changed         | same             | upload; deleted here: the cloud item to its trash  |
//! | same            | changed          | download; deleted there: the file to the OS trash  |
//! | changed         | changed, equal   | record as synced                                   |
//! | changed         | changed, differ  | keep both: an edit beats a delete; two edits make  |
//! |                 |                  | a conflict copy of the local file, and the cloud's |
//! |                 |                  | version keeps the name, so every device agrees     |
//!
//! `upload-only` folders never download and never send deletions; `download-only` folders
//! never upload, never change the cloud, and keep local edits beside the cloud's version.
//!
//! Identity is the content: a file that left one key and appeared at another with the same
//! content, while the other side kept it, is a move, never a new upload or download. Every
//! action names what it expects to find, so an executor that finds anything else does nothing
//! and the next pass plans again. The planner never deletes when one side looks empty while
//! the merge base says it held files: an unmounted drive or a failed listing looks like that.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use skyfolio_library::FolderMode;
use skyfolio_media::ContentHash;
use skyfolio_protocol::MediaId;

use crate::names::{conflict_key, fold_key};

/// What the folder holds at a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Local {
    /// A file with this content, at `rel_path` as spelled on disk.
    File { rel_path: String, hash: ContentHash },
    /// A file that cannot be judged now (unreadable, damaged, two spellings of one name): the
    /// key is left alone this pass.
    Unsettled,
}

/// An item in the cloud, by key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Remote {
    pub id: MediaId,
    pub hash: ContentHash,
}

/// What both sides last agreed on at a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Synced {
    pub hash: ContentHash,
    pub remote_id: MediaId,
}

/// Everything the planner looks at.
#[derive(Debug, Clone)]
pub struct Input<'a> {
    pub mode: FolderMode,
    /// This device's name, for conflict copies.
    pub device: &'a str,
    /// Today as `YYYY-MM-DD`, for conflict copies (the caller's clock).
    pub date: &'a str,
    pub local: &'a BTreeMap<String, Local>,
    pub remote: &'a BTreeMap<String, Remote>,
    pub synced: &'a BTreeMap<String, Synced>,
}

/// One step. Keys are relative to the folder (and to its album in the cloud).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Send the file at `rel_path` to the cloud as `key`; `replaces` is the cloud item now at
    /// `key`, which goes to the cloud's trash as the new version appears.
    Upload {
        key: String,
        rel_path: String,
        hash: ContentHash,
        replaces: Option<MediaId>,
    },
    /// Fetch the item to `key`. `replaces` is the local file now there, which must still hold
    /// that content; it goes to the OS trash as the new version takes its place.
    Download {
        key: String,
        remote_id: MediaId,
        hash: ContentHash,
        replaces: Option<(String, ContentHash)>,
    },
    /// The file moved from `from` to `to` here: move the cloud item the same way.
    MoveRemote {
        remote_id: MediaId,
        from: String,
        to: String,
        hash: ContentHash,
    },
    /// The item moved in the cloud: move the local file (now at `rel_path`) to `to`.
    MoveLocal {
        remote_id: MediaId,
        from: String,
        rel_path: String,
        to: String,
        hash: ContentHash,
    },
    /// Deleted here: send the cloud item to the cloud's trash.
    TrashRemote {
        key: String,
        remote_id: MediaId,
        hash: ContentHash,
    },
    /// Deleted in the cloud: move the local file to the OS trash.
    TrashLocal {
        key: String,
        rel_path: String,
        hash: ContentHash,
    },
    /// Both sides changed `key` differently: the local file moves aside to `aside` (a later pass
    /// uploads it from there) and the cloud's version is downloaded to `key`.
    Conflict {
        key: String,
        rel_path: String,
        aside: String,
        local_hash: ContentHash,
        remote_id: MediaId,
        remote_hash: ContentHash,
    },
    /// Both sides agree: remember it.
    Record {
        key: String,
        hash: ContentHash,
        remote_id: MediaId,
    },
    /// Gone from both sides: forget it.
    Forget { key: String },
}

impl Action {
    /// Whether the action sends a file of one side to a trash.
    pub fn deletes(&self) -> bool {
        matches!(self, Action::TrashRemote { .. } | Action::TrashLocal { .. })
    }

    /// Whether the action moves bytes over the network.
    pub fn transfers(&self) -> bool {
        matches!(
            self,
            Action::Upload { .. } | Action::Download { .. } | Action::Conflict { .. }
        )
    }

    /// The key the action is about (the destination, for moves).
    pub fn key(&self) -> &str {
        match self {
            Action::Upload { key, .. }
            | Action::Download { key, .. }
            | Action::TrashRemote { key, .. }
            | Action::TrashLocal { key, .. }
            | Action::Conflict { key, .. }
            | Action::Record { key, .. }
            | Action::Forget { key } => key,
            Action::MoveRemote { to, .. } | Action::MoveLocal { to, .. } => to,
        }
    }
}

/// A cloud item this folder cannot hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unplaceable {
    pub remote_id: MediaId,
    pub key: String,
}

/// Deletions the planner did not plan, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Held {
    /// The folder lists no file although files were synced: an unmounted drive looks like
    /// this. Nothing is sent to the cloud's trash.
    LocalLooksEmpty,
    /// The cloud lists no item in this album although items were synced. Nothing here is sent
    /// to the OS trash.
    RemoteLooksEmpty,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    pub actions: Vec<Action>,
    /// Cloud items whose name is taken here by another file apart from case or spelling.
    pub unplaceable: Vec<Unplaceable>,
    /// Why deletions were held back, once each.
    pub held: Vec<Held>,
    /// The deletions held back because one side looks empty: carried out only once a person
    /// says the emptiness is meant.
    pub held_deletions: Vec<Action>,
}

impl Plan {
    /// How many files the plan sends to a trash, on either side.
    pub fn deletions(&self) -> usize {
        self.actions.iter().filter(|a| a.deletes()).count()
    }
}

/// Whether a pass that deletes `deletions` files of `synced` known ones deletes so many that a
/// person must say yes first: more than 50 and more than a fifth.
pub fn needs_confirmation(deletions: usize, synced: usize) -> bool {
    deletions > 50 && deletions * 5 > synced
}

/// Plans one pass. Deterministic: the same input always gives the same plan.
pub fn plan(input: &Input<'_>) -> Plan {
    let mut planner = Planner::new(input);
    planner.remote_moves();
    planner.local_moves();
    let keys: BTreeSet<&String> = input
        .local
        .keys()
        .chain(input.remote.keys())
        .chain(input.synced.keys())
        .collect();
    for key in keys {
        if !planner.done.contains(key.as_str()) {
            planner.path(key);
        }
    }
    planner.plan
}

struct Planner<'a> {
    input: &'a Input<'a>,
    /// Fold keys of the local names that exist or that this plan creates, with the exact key
    /// that holds each; made the first time a new local name is considered.
    folds: Option<HashMap<String, String>>,
    /// Keys already decided this pass.
    done: BTreeSet<&'a str>,
    remote_by_id: HashMap<&'a str, &'a str>,
    local_looks_empty: bool,
    remote_looks_empty: bool,
    plan: Plan,
}

impl<'a> Planner<'a> {
    fn new(input: &'a Input<'a>) -> Planner<'a> {
        let synced_any = !input.synced.is_empty();
        let local_looks_empty = synced_any && input.local.is_empty();
        let remote_looks_empty = synced_any && input.remote.is_empty();
        Planner {
            input,
            folds: None,
            done: BTreeSet::new(),
            remote_by_id: input
                .remote
                .iter()
                .map(|(key, item)| (item.id.as_str(), key.as_str()))
                .collect(),
            local_looks_empty,
            remote_looks_empty,
            plan: Plan::default(),
        }
    }

    fn may_download(&self) -> bool {
        self.input.mode != FolderMode::UploadOnly
    }

    fn may_upload(&self) -> bool {
        self.input.mode != FolderMode::DownloadOnly
    }

    fn folds(&mut self) -> &mut HashMap<String, String> {
        let local = self.input.local;
        self.folds.get_or_insert_with(|| {
            local
                .keys()
                .map(|key| (fold_key(key), key.clone()))
                .collect()
        })
    }

    /// Whether a new local file may be called `key`: no other local name (existing or planned)
    /// is the same apart from case or spelling.
    fn name_free(&mut self, key: &str) -> bool {
        self.folds()
            .get(&fold_key(key))
            .is_none_or(|holder| holder == key)
    }

    fn claim(&mut self, key: &str) {
        self.folds().insert(fold_key(key), key.to_owned());
    }

    fn push(&mut self, action: Action) {
        let held = match action {
            Action::TrashRemote { .. } if self.local_looks_empty => Some(Held::LocalLooksEmpty),
            Action::TrashLocal { .. } if self.remote_looks_empty => Some(Held::RemoteLooksEmpty),
            _ => None,
        };
        match held {
            Some(why) => {
                if !self.plan.held.contains(&why) {
                    self.plan.held.push(why);
                }
                self.plan.held_deletions.push(action);
            }
            None => self.plan.actions.push(action),
        }
    }

    fn local_file(&self, key: &str) -> Option<(&'a str, ContentHash)> {
        match self.input.local.get(key) {
            Some(Local::File { rel_path, hash }) => Some((rel_path.as_str(), *hash)),
            _ => None,
        }
    }

    /// Items the cloud moved whose local file is unchanged at the old key: move the file.
    fn remote_moves(&mut self) {
        if !self.may_download() {
            return;
        }
        for (from, base) in self.input.synced {
            let Some(&to) = self.remote_by_id.get(base.remote_id.as_str()) else {
                continue;
            };
            if to == from || self.done.contains(from.as_str()) || self.done.contains(to) {
                continue;
            }
            let Some((rel_path, hash)) = self.local_file(from) else {
                continue;
            };
            let item_unchanged = self
                .input
                .remote
                .get(to)
                .is_some_and(|i| i.hash == base.hash);
            let free_there = !self.input.local.contains_key(to)
                && !self.input.synced.contains_key(to)
                && self.name_free(to);
            if hash == base.hash && item_unchanged && free_there {
                self.claim(to);
                self.done.insert(from);
                self.done.insert(to);
                self.push(Action::MoveLocal {
                    remote_id: base.remote_id.clone(),
                    from: from.clone(),
                    rel_path: rel_path.to_owned(),
                    to: to.to_owned(),
                    hash,
                });
            }
        }
    }

    /// Files that left a synced key and appeared, same content, at a new one, while the cloud
    /// item stayed as it was: move the item.
    fn local_moves(&mut self) {
        if !self.may_upload() {
            return;
        }
        let mut arrivals: BTreeMap<ContentHash, Vec<&'a str>> = BTreeMap::new();
        for (key, local) in self.input.local {
            if let Local::File { hash, .. } = local
                && !self.input.synced.contains_key(key)
                && !self.input.remote.contains_key(key)
                && !self.done.contains(key.as_str())
            {
                arrivals.entry(*hash).or_default().push(key);
            }
        }
        for (from, base) in self.input.synced {
            if self.done.contains(from.as_str()) || self.input.local.contains_key(from) {
                continue;
            }
            let item_unchanged = self
                .input
                .remote
                .get(from)
                .is_some_and(|i| i.id == base.remote_id && i.hash == base.hash);
            let Some(candidates) = arrivals.get_mut(&base.hash) else {
                continue;
            };
            if !item_unchanged || candidates.is_empty() {
                continue;
            }
            let to = candidates.remove(0);
            self.done.insert(from);
            self.done.insert(to);
            self.push(Action::MoveRemote {
                remote_id: base.remote_id.clone(),
                from: from.clone(),
                to: to.to_owned(),
                hash: base.hash,
            });
        }
    }

    fn path(&mut self, key: &'a str) {
        if self.input.local.get(key) == Some(&Local::Unsettled) {
            return;
        }
        let local = self.local_file(key);
        let remote = self.input.remote.get(key);
        let base = self.input.synced.get(key);
        let local_hash = local.map(|(_, hash)| hash);
        let remote_hash = remote.map(|r| r.hash);
        let base_hash = base.map(|b| b.hash);
        if local_hash == remote_hash {
            match (local_hash, remote) {
                (Some(hash), Some(item)) => {
                    let agreed = base.is_some_and(|b| b.hash == hash && b.remote_id == item.id);
                    if !agreed {
                        self.push(Action::Record {
                            key: key.to_owned(),
                            hash,
                            remote_id: item.id.clone(),
                        });
                    }
                }
                _ if base.is_some() => self.push(Action::Forget {
                    key: key.to_owned(),
                }),
                _ => {}
            }
            return;
        }
        let local_changed = local_hash != base_hash;
        let remote_changed = remote_hash != base_hash;
        match (local, remote) {
            // Only this side changed.
            (Some((rel_path, hash)), _) if !remote_changed => {
                if self.may_upload() {
                    self.push(Action::Upload {
                        key: key.to_owned(),
                        rel_path: rel_path.to_owned(),
                        hash,
                        replaces: remote.map(|r| r.id.clone()),
                    });
                }
            }
            (None, Some(item)) if !remote_changed => {
                // Deleted here. Backup folders never send that; download-only ones never
                // change the cloud. Either way the merge base stays, so nothing comes back.
                if self.input.mode == FolderMode::TwoWay {
                    self.push(Action::TrashRemote {
                        key: key.to_owned(),
                        remote_id: item.id.clone(),
                        hash: item.hash,
                    });
                }
            }
            // Only the cloud changed.
            (_, Some(item)) if !local_changed => self.download(key, item, local),
            (Some((rel_path, hash)), None) if !local_changed => {
                if self.may_download() {
                    self.push(Action::TrashLocal {
                        key: key.to_owned(),
                        rel_path: rel_path.to_owned(),
                        hash,
                    });
                }
            }
            // Both changed, and differently.
            (Some((rel_path, hash)), Some(item)) => self.conflict(key, rel_path, hash, item),
            (Some((rel_path, hash)), None) => {
                // Edited here, deleted there: the edit wins.
                if self.may_upload() {
                    self.push(Action::Upload {
                        key: key.to_owned(),
                        rel_path: rel_path.to_owned(),
                        hash,
                        replaces: None,
                    });
                }
            }
            (None, Some(item)) => self.download(key, item, None),
            (None, None) => {}
        }
    }

    fn download(&mut self, key: &str, item: &Remote, local: Option<(&str, ContentHash)>) {
        if !self.may_download() {
            return;
        }
        if local.is_none() && !self.name_free(key) {
            self.plan.unplaceable.push(Unplaceable {
                remote_id: item.id.clone(),
                key: key.to_owned(),
            });
            return;
        }
        self.claim(key);
        self.push(Action::Download {
            key: key.to_owned(),
            remote_id: item.id.clone(),
            hash: item.hash,
            replaces: local.map(|(rel_path, hash)| (rel_path.to_owned(), hash)),
        });
    }

    fn conflict(&mut self, key: &str, rel_path: &str, local_hash: ContentHash, item: &Remote) {
        let input = self.input;
        let folds = self.folds();
        let aside = conflict_key(key, input.device, input.date, |candidate| {
            folds.contains_key(&fold_key(candidate))
                || input.remote.contains_key(candidate)
                || input.synced.contains_key(candidate)
        });
        self.claim(&aside);
        match self.input.mode {
            FolderMode::UploadOnly => {
                // The cloud's version stays in the cloud; this computer's goes up beside it,
                // and the merge base takes this computer's content so the pair stays settled.
                self.push(Action::Upload {
                    key: aside,
                    rel_path: rel_path.to_owned(),
                    hash: local_hash,
                    replaces: None,
                });
                self.push(Action::Record {
                    key: key.to_owned(),
                    hash: local_hash,
                    remote_id: item.id.clone(),
                });
            }
            FolderMode::TwoWay | FolderMode::DownloadOnly => self.push(Action::Conflict {
                key: key.to_owned(),
                rel_path: rel_path.to_owned(),
                aside,
                local_hash,
                remote_id: item.id.clone(),
                remote_hash: item.hash,
            }),
        }
    }
}

#[cfg(test)]
mod tests;
