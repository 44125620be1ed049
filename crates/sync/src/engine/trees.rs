//! The three trees a folder is planned from: the folder's files as the index holds them, the
//! cloud's items in its album as the mirror holds them, and the merge base.

use std::collections::BTreeMap;

use skyfolio_library::{Folder, IndexedState, Library, disk_path};
use skyfolio_protocol::MediaKind;

use super::Failure;
use crate::Error;
use crate::names::{cloud_key, local_key, strip_prefix};
use crate::plan::{Local, Remote};
use crate::state::State;

/// The folder's files by key, and those that cannot be synced.
pub(super) async fn local_tree(
    library: Library,
    folder: Folder,
) -> Result<(BTreeMap<String, Local>, Vec<Failure>), Error> {
    let folder = &folder;
    let mut not_synced = Vec::new();
    let mut tree = BTreeMap::new();
    for file in library.folder_files(folder).await? {
        let key = match local_key(&file.rel_path) {
            Ok(key) => key,
            Err(reason) => {
                not_synced.push(Failure {
                    path: disk_path(folder, &file.rel_path).display().to_string(),
                    code: "invalid-name".to_owned(),
                    message: format!("the cloud does not take this name: {reason}"),
                });
                continue;
            }
        };
        let local = match file.state {
            IndexedState::Present(hash) => Local::File {
                rel_path: file.rel_path.clone(),
                hash,
            },
            IndexedState::Failed => Local::Unsettled,
            // Its content is in a cloud drive, not here: it is not read (that would download
            // it), so neither sent nor replaced, and the person is told.
            IndexedState::OnlineOnly => {
                not_synced.push(Failure {
                    path: disk_path(folder, &file.rel_path).display().to_string(),
                    code: "online-only".to_owned(),
                    message: "only a cloud placeholder is on this computer: not read".to_owned(),
                });
                Local::Unsettled
            }
        };
        match tree.entry(key) {
            std::collections::btree_map::Entry::Occupied(mut taken) => {
                not_synced.push(Failure {
                    path: disk_path(folder, &file.rel_path).display().to_string(),
                    code: "name-taken".to_owned(),
                    message: "another file here has the same name, spelled differently".to_owned(),
                });
                taken.insert(Local::Unsettled);
            }
            std::collections::btree_map::Entry::Vacant(free) => {
                free.insert(local);
            }
        }
    }
    Ok((tree, not_synced))
}

/// The cloud's live photos and videos in `album` by key, and those that cannot be synced.
pub(super) async fn remote_tree(
    state: State,
    album: String,
) -> Result<(BTreeMap<String, Remote>, Vec<Failure>), Error> {
    let album = album.as_str();
    let mut not_synced = Vec::new();
    let mut tree: BTreeMap<String, Remote> = BTreeMap::new();
    for (id, path, hash, kind) in state.live_keys_in(album).await? {
        if !matches!(kind, MediaKind::Photo | MediaKind::Video) {
            continue;
        }
        let Some(relative) = strip_prefix(album, &path) else {
            continue;
        };
        let Some(key) = cloud_key(relative) else {
            not_synced.push(Failure {
                path: path.clone(),
                code: "invalid-path".to_owned(),
                message: "this name cannot be written on this computer".to_owned(),
            });
            continue;
        };
        match tree.get(&key) {
            Some(held) if held.id < id => {
                not_synced.push(Failure {
                    path,
                    code: "name-taken".to_owned(),
                    message: "another cloud item has the same name, spelled differently".to_owned(),
                });
            }
            _ => {
                tree.insert(key, Remote { id, hash });
            }
        }
    }
    Ok((tree, not_synced))
}
