//! The planner's rules, one named scenario each, and a property test in the manner of Dropbox's
//! CanopyCheck: random trees, plans carried out in random orders with random failures, until
//! nothing is left to do. The passes always end, the two sides agree, and no version of any
//! photo is lost.

use std::collections::BTreeMap;

use proptest::prelude::*;
use skyfolio_library::FolderMode;
use skyfolio_media::ContentHash;

use super::*;

fn h(n: u8) -> ContentHash {
    ContentHash::from_bytes([n; 32])
}

fn file(key: &str, n: u8) -> (String, Local) {
    (
        key.to_owned(),
        Local::File {
            rel_path: key.to_owned(),
            hash: h(n),
        },
    )
}

fn item(key: &str, id: &str, n: u8) -> (String, Remote) {
    (
        key.to_owned(),
        Remote {
            id: MediaId::new(id),
            hash: h(n),
        },
    )
}

fn base(key: &str, id: &str, n: u8) -> (String, Synced) {
    (
        key.to_owned(),
        Synced {
            hash: h(n),
            remote_id: MediaId::new(id),
        },
    )
}

struct Case {
    mode: FolderMode,
    local: BTreeMap<String, Local>,
    remote: BTreeMap<String, Remote>,
    synced: BTreeMap<String, Synced>,
}

impl Case {
    fn new(
        local: impl IntoIterator<Item = (String, Local)>,
        remote: impl IntoIterator<Item = (String, Remote)>,
        synced: impl IntoIterator<Item = (String, Synced)>,
    ) -> Case {
        Case {
            mode: FolderMode::TwoWay,
            local: local.into_iter().collect(),
            remote: remote.into_iter().collect(),
            synced: synced.into_iter().collect(),
        }
    }

    fn mode(mut self, mode: FolderMode) -> Case {
        self.mode = mode;
        self
    }

    fn plan(&self) -> Plan {
        plan(&Input {
            mode: self.mode,
            device: "Laptop",
            date: "2026-12-01",
            local: &self.local,
            remote: &self.remote,
            synced: &self.synced,
        })
    }

    fn actions(&self) -> Vec<Action> {
        self.plan().actions
    }
}

#[test]
fn in_step_does_nothing() {
    let case = Case::new(
        [file("a.jpg", 1)],
        [item("a.jpg", "A", 1)],
        [base("a.jpg", "A", 1)],
    );
    assert_eq!(case.plan(), Plan::default());
}

#[test]
fn a_new_file_here_is_uploaded() {
    let case = Case::new([file("a.jpg", 1)], [], []);
    assert_eq!(
        case.actions(),
        [Action::Upload {
            key: "a.jpg".into(),
            rel_path: "a.jpg".into(),
            hash: h(1),
            replaces: None
        }]
    );
}

#[test]
fn a_new_item_in_the_cloud_is_downloaded() {
    let case = Case::new([], [item("a.jpg", "A", 1)], []);
    assert_eq!(
        case.actions(),
        [Action::Download {
            key: "a.jpg".into(),
            remote_id: "A".into(),
            hash: h(1),
            replaces: None
        }]
    );
}

#[test]
fn the_same_content_on_both_sides_is_recorded_without_a_transfer() {
    let case = Case::new([file("a.jpg", 1)], [item("a.jpg", "A", 1)], []);
    assert_eq!(
        case.actions(),
        [Action::Record {
            key: "a.jpg".into(),
            hash: h(1),
            remote_id: "A".into()
        }]
    );
}

#[test]
fn an_edit_here_replaces_the_cloud_version() {
    let case = Case::new(
        [file("a.jpg", 2)],
        [item("a.jpg", "A", 1)],
        [base("a.jpg", "A", 1)],
    );
    assert_eq!(
        case.actions(),
        [Action::Upload {
            key: "a.jpg".into(),
            rel_path: "a.jpg".into(),
            hash: h(2),
            replaces: Some("A".into())
        }]
    );
}

#[test]
fn an_edit_in_the_cloud_replaces_the_local_version() {
    let case = Case::new(
        [file("a.jpg", 1)],
        [item("a.jpg", "B", 2)],
        [base("a.jpg", "A", 1)],
    );
    assert_eq!(
        case.actions(),
        [Action::Download {
            key: "a.jpg".into(),
            remote_id: "B".into(),
            hash: h(2),
            replaces: Some(("a.jpg".into(), h(1)))
        }]
    );
}

#[test]
fn a_deletion_here_sends_the_cloud_item_to_its_trash() {
    let case = Case::new(
        [],
        [item("a.jpg", "A", 1), item("b.jpg", "B", 2)],
        [base("a.jpg", "A", 1), base("b.jpg", "B", 2)],
    );
    let case = Case {
        local: [file("b.jpg", 2)].into_iter().collect(),
        ..case
    };
    assert_eq!(
        case.actions(),
        [Action::TrashRemote {
            key: "a.jpg".into(),
            remote_id: "A".into(),
            hash: h(1)
        }]
    );
}

#[test]
fn a_deletion_in_the_cloud_sends_the_file_to_the_os_trash() {
    let case = Case::new(
        [file("a.jpg", 1), file("b.jpg", 2)],
        [item("b.jpg", "B", 2)],
        [base("a.jpg", "A", 1), base("b.jpg", "B", 2)],
    );
    assert_eq!(
        case.actions(),
        [Action::TrashLocal {
            key: "a.jpg".into(),
            rel_path: "a.jpg".into(),
            hash: h(1)
        }]
    );
}

#[test]
fn deleted_on_both_sides_is_forgotten() {
    let case = Case::new(
        [file("b.jpg", 2)],
        [item("b.jpg", "B", 2)],
        [base("a.jpg", "A", 1), base("b.jpg", "B", 2)],
    );
    assert_eq!(
        case.actions(),
        [Action::Forget {
            key: "a.jpg".into()
        }]
    );
}

#[test]
fn edit_on_both_sides_keeps_both() {
    let case = Case::new(
        [file("a.jpg", 2)],
        [item("a.jpg", "B", 3)],
        [base("a.jpg", "A", 1)],
    );
    assert_eq!(
        case.actions(),
        [Action::Conflict {
            key: "a.jpg".into(),
            rel_path: "a.jpg".into(),
            aside: "a (conflict Laptop 2026-12-01).jpg".into(),
            local_hash: h(2),
            remote_id: "B".into(),
            remote_hash: h(3)
        }]
    );
}

#[test]
fn new_on_both_sides_with_different_content_keeps_both() {
    let case = Case::new([file("a.jpg", 2)], [item("a.jpg", "B", 3)], []);
    assert!(matches!(
        case.actions().as_slice(),
        [Action::Conflict { .. }]
    ));
}

#[test]
fn an_edit_beats_a_deletion_on_the_other_side() {
    let edited_here = Case::new(
        [file("a.jpg", 2), file("z.jpg", 9)],
        [item("z.jpg", "Z", 9)],
        [base("a.jpg", "A", 1), base("z.jpg", "Z", 9)],
    );
    assert_eq!(
        edited_here.actions(),
        [Action::Upload {
            key: "a.jpg".into(),
            rel_path: "a.jpg".into(),
            hash: h(2),
            replaces: None
        }]
    );
    let edited_there = Case::new(
        [file("z.jpg", 9)],
        [item("a.jpg", "B", 2), item("z.jpg", "Z", 9)],
        [base("a.jpg", "A", 1), base("z.jpg", "Z", 9)],
    );
    assert_eq!(
        edited_there.actions(),
        [Action::Download {
            key: "a.jpg".into(),
            remote_id: "B".into(),
            hash: h(2),
            replaces: None
        }]
    );
}

#[test]
fn a_rename_here_is_a_move_in_the_cloud_never_a_new_upload() {
    let case = Case::new(
        [file("new/b.jpg", 1)],
        [item("a.jpg", "A", 1)],
        [base("a.jpg", "A", 1)],
    );
    assert_eq!(
        case.actions(),
        [Action::MoveRemote {
            remote_id: "A".into(),
            from: "a.jpg".into(),
            to: "new/b.jpg".into(),
            hash: h(1)
        }]
    );
}

#[test]
fn a_rename_in_the_cloud_is_a_local_move_never_a_download() {
    let case = Case::new(
        [file("a.jpg", 1)],
        [item("album/b.jpg", "A", 1)],
        [base("a.jpg", "A", 1)],
    );
    assert_eq!(
        case.actions(),
        [Action::MoveLocal {
            remote_id: "A".into(),
            from: "a.jpg".into(),
            rel_path: "a.jpg".into(),
            to: "album/b.jpg".into(),
            hash: h(1)
        }]
    );
}

#[test]
fn unsettled_files_are_left_alone() {
    let local = [("a.jpg".to_owned(), Local::Unsettled)];
    let case = Case::new(local, [item("a.jpg", "A", 2)], [base("a.jpg", "A", 1)]);
    assert!(case.actions().is_empty());
}

#[test]
fn an_empty_folder_that_held_files_sends_nothing_to_the_cloud_trash() {
    let case = Case::new(
        [],
        [item("a.jpg", "A", 1), item("b.jpg", "B", 2)],
        [base("a.jpg", "A", 1), base("b.jpg", "B", 2)],
    );
    let plan = case.plan();
    assert!(plan.actions.is_empty(), "{:?}", plan.actions);
    assert_eq!(plan.held, [Held::LocalLooksEmpty]);
    // Held, not forgotten: a person who says the folder is empty on purpose gets exactly these.
    assert_eq!(plan.held_deletions.len(), 2, "{:?}", plan.held_deletions);
    assert!(
        plan.held_deletions
            .iter()
            .all(|a| matches!(a, Action::TrashRemote { .. }))
    );
}

#[test]
fn an_empty_cloud_listing_sends_nothing_to_the_os_trash() {
    let case = Case::new(
        [file("a.jpg", 1), file("b.jpg", 2)],
        [],
        [base("a.jpg", "A", 1), base("b.jpg", "B", 2)],
    );
    let plan = case.plan();
    assert!(plan.actions.is_empty(), "{:?}", plan.actions);
    assert_eq!(plan.held, [Held::RemoteLooksEmpty]);
    assert_eq!(plan.held_deletions.len(), 2, "{:?}", plan.held_deletions);
    assert!(
        plan.held_deletions
            .iter()
            .all(|a| matches!(a, Action::TrashLocal { .. }))
    );
}

#[test]
fn backup_folders_never_send_deletions_and_never_download() {
    let deleted_here = Case::new(
        [file("b.jpg", 2)],
        [item("a.jpg", "A", 1), item("b.jpg", "B", 2)],
        [base("a.jpg", "A", 1), base("b.jpg", "B", 2)],
    )
    .mode(FolderMode::UploadOnly);
    assert!(deleted_here.actions().is_empty());
    let new_in_cloud = Case::new([], [item("c.jpg", "C", 3)], []).mode(FolderMode::UploadOnly);
    assert!(new_in_cloud.actions().is_empty());
    let deleted_in_cloud = Case::new(
        [file("a.jpg", 1), file("b.jpg", 2)],
        [item("b.jpg", "B", 2)],
        [base("a.jpg", "A", 1), base("b.jpg", "B", 2)],
    )
    .mode(FolderMode::UploadOnly);
    assert!(
        deleted_in_cloud.actions().is_empty(),
        "a backup does not upload what the cloud deleted"
    );
    let new_here = Case::new([file("d.jpg", 4)], [], []).mode(FolderMode::UploadOnly);
    assert!(matches!(
        new_here.actions().as_slice(),
        [Action::Upload { .. }]
    ));
}

#[test]
fn a_conflict_in_a_backup_folder_uploads_this_computers_version_beside_the_clouds() {
    let case = Case::new(
        [file("a.jpg", 2)],
        [item("a.jpg", "B", 3)],
        [base("a.jpg", "A", 1)],
    )
    .mode(FolderMode::UploadOnly);
    let actions = case.actions();
    assert!(
        matches!(
            &actions[..],
            [Action::Upload { key, replaces: None, .. }, Action::Record { .. }]
                if key == "a (conflict Laptop 2026-12-01).jpg"
        ),
        "{actions:?}"
    );
}

#[test]
fn download_only_folders_never_change_the_cloud() {
    let edited_here = Case::new(
        [file("a.jpg", 2)],
        [item("a.jpg", "A", 1)],
        [base("a.jpg", "A", 1)],
    )
    .mode(FolderMode::DownloadOnly);
    assert!(edited_here.actions().is_empty());
    let deleted_here = Case::new(
        [file("b.jpg", 2)],
        [item("a.jpg", "A", 1), item("b.jpg", "B", 2)],
        [base("a.jpg", "A", 1), base("b.jpg", "B", 2)],
    )
    .mode(FolderMode::DownloadOnly);
    assert!(
        deleted_here.actions().is_empty(),
        "a file deleted here is not fetched again either"
    );
    let new_here = Case::new([file("n.jpg", 5)], [], []).mode(FolderMode::DownloadOnly);
    assert!(new_here.actions().is_empty());
    let conflict = Case::new(
        [file("a.jpg", 2)],
        [item("a.jpg", "B", 3)],
        [base("a.jpg", "A", 1)],
    )
    .mode(FolderMode::DownloadOnly);
    assert!(matches!(
        conflict.actions().as_slice(),
        [Action::Conflict { .. }]
    ));
}

#[test]
fn case_only_and_spelling_differences_never_overwrite_another_file() {
    let case = Case::new(
        [file("Photo.jpg", 1)],
        [item("Photo.jpg", "A", 1), item("photo.jpg", "B", 2)],
        [],
    );
    let plan = case.plan();
    assert_eq!(
        plan.actions,
        [Action::Record {
            key: "Photo.jpg".into(),
            hash: h(1),
            remote_id: "A".into()
        }]
    );
    assert_eq!(
        plan.unplaceable,
        [Unplaceable {
            remote_id: "B".into(),
            key: "photo.jpg".into()
        }]
    );
    // Two new cloud items that differ only in case: only the first gets the name.
    let both_new = Case::new([], [item("IMG.JPG", "A", 1), item("img.jpg", "B", 2)], []);
    let plan = both_new.plan();
    assert_eq!(plan.actions.len(), 1);
    assert_eq!(plan.unplaceable.len(), 1);
}

#[test]
fn conflict_copies_never_take_a_name_in_use() {
    let case = Case::new(
        [
            file("a.jpg", 2),
            file("a (conflict Laptop 2026-12-01).jpg", 7),
        ],
        [
            item("a.jpg", "B", 3),
            item("a (conflict Laptop 2026-12-01).jpg", "C", 7),
        ],
        [
            base("a.jpg", "A", 1),
            base("a (conflict Laptop 2026-12-01).jpg", "C", 7),
        ],
    );
    let actions = case.actions();
    assert!(
        matches!(
            &actions[..],
            [Action::Conflict { aside, .. }] if aside == "a (conflict Laptop 2026-12-01 2).jpg"
        ),
        "{actions:?}"
    );
}

#[test]
fn many_deletions_need_a_yes() {
    assert!(!needs_confirmation(50, 60));
    assert!(!needs_confirmation(51, 1000));
    assert!(needs_confirmation(51, 100));
    assert!(needs_confirmation(300, 1000));
}

// The property test: a model of both sides that carries out actions the way the executor does,
// checking each action's expectations first and doing nothing when they do not hold.

#[derive(Debug, Clone, Default)]
struct World {
    local: BTreeMap<String, ContentHash>,
    remote: BTreeMap<String, (MediaId, ContentHash)>,
    synced: BTreeMap<String, Synced>,
    cloud_trash: Vec<ContentHash>,
    os_trash: Vec<ContentHash>,
    next_id: u32,
}

impl World {
    fn trees(&self) -> (BTreeMap<String, Local>, BTreeMap<String, Remote>) {
        let local = self
            .local
            .iter()
            .map(|(k, hash)| {
                let file = Local::File {
                    rel_path: k.clone(),
                    hash: *hash,
                };
                (k.clone(), file)
            })
            .collect();
        let remote = self
            .remote
            .iter()
            .map(|(k, (id, hash))| {
                let item = Remote {
                    id: id.clone(),
                    hash: *hash,
                };
                (k.clone(), item)
            })
            .collect();
        (local, remote)
    }

    fn new_id(&mut self) -> MediaId {
        self.next_id += 1;
        MediaId::new(format!("new{}", self.next_id))
    }

    fn apply(&mut self, action: &Action) {
        match action {
            Action::Upload {
                key,
                rel_path,
                hash,
                replaces,
            } => {
                if self.local.get(rel_path) != Some(hash) {
                    return;
                }
                match self.remote.get(key).cloned() {
                    Some((id, existing)) if existing == *hash => {
                        self.synced.insert(
                            key.clone(),
                            Synced {
                                hash: *hash,
                                remote_id: id,
                            },
                        );
                        return;
                    }
                    Some((id, existing)) if replaces.as_ref() == Some(&id) => {
                        self.cloud_trash.push(existing);
                    }
                    Some(_) => return,
                    None => {}
                }
                let id = self.new_id();
                self.remote.insert(key.clone(), (id.clone(), *hash));
                if rel_path == key {
                    self.synced.insert(
                        key.clone(),
                        Synced {
                            hash: *hash,
                            remote_id: id,
                        },
                    );
                }
            }
            Action::Download {
                key,
                remote_id,
                hash,
                replaces,
            } => {
                if self.remote.get(key) != Some(&(remote_id.clone(), *hash)) {
                    return;
                }
                match (self.local.get(key), replaces) {
                    (None, None) => {}
                    (Some(now), Some((_, old))) if now == old => self.os_trash.push(*old),
                    _ => return,
                }
                self.local.insert(key.clone(), *hash);
                self.synced.insert(
                    key.clone(),
                    Synced {
                        hash: *hash,
                        remote_id: remote_id.clone(),
                    },
                );
            }
            Action::MoveRemote {
                remote_id,
                from,
                to,
                hash,
            } => {
                if self.remote.get(from) != Some(&(remote_id.clone(), *hash))
                    || self.remote.contains_key(to)
                {
                    return;
                }
                self.remote.remove(from);
                self.remote.insert(to.clone(), (remote_id.clone(), *hash));
                self.synced.remove(from);
                self.synced.insert(
                    to.clone(),
                    Synced {
                        hash: *hash,
                        remote_id: remote_id.clone(),
                    },
                );
            }
            Action::MoveLocal {
                remote_id,
                from,
                to,
                hash,
                ..
            } => {
                if self.local.get(from) != Some(hash) || self.local.contains_key(to) {
                    return;
                }
                self.local.remove(from);
                self.local.insert(to.clone(), *hash);
                self.synced.remove(from);
                self.synced.insert(
                    to.clone(),
                    Synced {
                        hash: *hash,
                        remote_id: remote_id.clone(),
                    },
                );
            }
            Action::TrashRemote {
                key,
                remote_id,
                hash,
            } => {
                if self.remote.get(key) != Some(&(remote_id.clone(), *hash)) {
                    return;
                }
                self.remote.remove(key);
                self.cloud_trash.push(*hash);
                self.synced.remove(key);
            }
            Action::TrashLocal { key, hash, .. } => {
                if self.local.get(key) != Some(hash) {
                    return;
                }
                self.local.remove(key);
                self.os_trash.push(*hash);
                self.synced.remove(key);
            }
            Action::Conflict {
                key,
                aside,
                local_hash,
                remote_id,
                remote_hash,
                ..
            } => {
                if self.local.get(key) != Some(local_hash)
                    || self.local.contains_key(aside)
                    || self.remote.get(key) != Some(&(remote_id.clone(), *remote_hash))
                {
                    return;
                }
                self.local.insert(aside.clone(), *local_hash);
                self.local.insert(key.clone(), *remote_hash);
                self.synced.insert(
                    key.clone(),
                    Synced {
                        hash: *remote_hash,
                        remote_id: remote_id.clone(),
                    },
                );
            }
            Action::Record {
                key,
                hash,
                remote_id,
            } => {
                self.synced.insert(
                    key.clone(),
                    Synced {
                        hash: *hash,
                        remote_id: remote_id.clone(),
                    },
                );
            }
            Action::Forget { key } => {
                self.synced.remove(key);
            }
        }
    }

    /// Every content either side holds or has in a trash.
    fn all_content(&self) -> std::collections::BTreeSet<ContentHash> {
        self.local
            .values()
            .chain(self.remote.values().map(|(_, h)| h))
            .chain(self.cloud_trash.iter())
            .chain(self.os_trash.iter())
            .copied()
            .collect()
    }
}

fn world() -> impl Strategy<Value = World> {
    let key = prop::sample::select(vec![
        "a.jpg", "b.jpg", "c.jpg", "x/d.jpg", "x/e.jpg", "y/f.jpg",
    ]);
    let content = 1u8..6;
    (
        prop::collection::btree_map(key.clone(), content.clone(), 0..6),
        prop::collection::btree_map(key.clone(), (0u8..4, content.clone()), 0..6),
        prop::collection::btree_map(key, (0u8..4, content), 0..6),
    )
        .prop_map(|(local, remote, synced)| World {
            local: local
                .into_iter()
                .map(|(k, c)| (k.to_owned(), h(c)))
                .collect(),
            remote: remote
                .into_iter()
                .map(|(k, (id, c))| (k.to_owned(), (MediaId::new(format!("r{id}{k}")), h(c))))
                .collect(),
            synced: synced
                .into_iter()
                .map(|(k, (id, c))| {
                    (
                        k.to_owned(),
                        Synced {
                            hash: h(c),
                            remote_id: MediaId::new(format!("r{id}{k}")),
                        },
                    )
                })
                .collect(),
            ..World::default()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn passes_end_in_agreement_and_lose_nothing(
        start in world(),
        seed in any::<u64>(),
        fail_one_in in 2u32..6,
    ) {
        use rand::{Rng, SeedableRng, seq::SliceRandom};
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let mut world = start.clone();
        let before = start.all_content();
        let mut passes = 0;
        loop {
            let (local, remote) = world.trees();
            let plan = plan(&Input {
                mode: FolderMode::TwoWay,
                device: "Laptop",
                date: "2026-12-01",
                local: &local,
                remote: &remote,
                synced: &world.synced,
            });
            if plan.actions.is_empty() {
                break;
            }
            passes += 1;
            prop_assert!(passes < 30, "no end after 30 passes: {:?}", plan.actions);
            let mut actions = plan.actions.clone();
            actions.shuffle(&mut rng);
            // Early passes may fail anywhere; the later ones get through, as a network does.
            for action in &actions {
                if passes < 10 && rng.gen_ratio(1, fail_one_in) {
                    continue;
                }
                world.apply(action);
            }
        }
        // Agreement: both sides hold the same content at the same keys, unless one side looked
        // empty and the planner held back (then nothing was deleted either).
        let (local, remote) = world.trees();
        let final_plan = plan(&Input {
            mode: FolderMode::TwoWay,
            device: "Laptop",
            date: "2026-12-01",
            local: &local,
            remote: &remote,
            synced: &world.synced,
        });
        if final_plan.held.is_empty() {
            let here: BTreeMap<&String, &ContentHash> = world.local.iter().collect();
            let there: BTreeMap<&String, &ContentHash> =
                world.remote.iter().map(|(k, (_, h))| (k, h)).collect();
            prop_assert_eq!(here, there);
        }
        // Nothing lost: every content that existed anywhere is still somewhere.
        let after = world.all_content();
        for content in before {
            prop_assert!(after.contains(&content), "{content:?} was lost");
        }
    }
}
