//! From the copies of an item in each folder to the [`Item`]s of the plan.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::{FolderId, Item, Place, Placement, Plan};
use crate::folder::{FolderKind, SpecialFolder};
use crate::metadata::ItemMetadata;
use crate::name::MediaKind;

/// The order of places in an item: its year folder's copy is the canonical one.
fn place_rank(kind: FolderKind) -> u8 {
    match kind {
        FolderKind::Year { .. } => 0,
        FolderKind::Root => 1,
        FolderKind::Album => 2,
        FolderKind::Special { .. } => 3,
    }
}

/// Groups the folders' copies into items (by name and size), settles each item's canonical
/// place, metadata, albums and flags, and lists the items no folder had a sidecar for.
pub(super) fn build_items(plan: &mut Plan, placements: Vec<Placement>) {
    // The same name and size in several folders: one item.
    let mut groups: BTreeMap<(String, u64), Vec<Placement>> = BTreeMap::new();
    for placement in placements {
        groups
            .entry((placement.name.clone(), placement.size))
            .or_default()
            .push(placement);
    }

    // A motion video found alone in a folder (its still in a part that is missing, or only the
    // video in that album) joins the item whose video it is, when there is exactly one.
    let mut motion_owner: HashMap<(String, u64), Option<(String, u64)>> = HashMap::new();
    for (key, group) in &groups {
        for placement in group {
            if let Some((video, _)) = &placement.motion {
                motion_owner
                    .entry((video.name.clone(), video.size))
                    .and_modify(|owner| {
                        if owner.as_ref() != Some(key) {
                            *owner = None;
                        }
                    })
                    .or_insert_with(|| Some(key.clone()));
            }
        }
    }
    for (video_key, owner) in motion_owner {
        let Some(owner) = owner else { continue };
        if owner == video_key {
            continue;
        }
        let Some(alone) = groups.get(&video_key) else {
            continue;
        };
        if alone
            .iter()
            .any(|p| p.motion.is_some() || p.sidecar.is_some())
        {
            continue; // A video of its own here: leave it be.
        }
        let Some(alone) = groups.remove(&video_key) else {
            continue;
        };
        let Some(target) = groups.get_mut(&owner) else {
            continue;
        };
        let Some(motion) = target.iter().find_map(|p| p.motion.clone()) else {
            continue;
        };
        for placement in alone {
            target.push(Placement {
                media: Vec::new(),
                motion: Some((motion.0.clone(), placement.media)),
                name: owner.0.clone(),
                size: owner.1,
                kind: target_kind(target),
                ..placement
            });
        }
    }

    let mut items: Vec<Item> = Vec::new();
    for (_, group) in groups {
        for group in split_by_year(plan, group) {
            items.push(item_from(plan, group));
        }
    }
    items.sort_by(|a, b| {
        (a.places[0].folder, &a.name, a.size).cmp(&(b.places[0].folder, &b.name, b.size))
    });
    plan.without_sidecar = items
        .iter()
        .enumerate()
        .filter(|(_, item)| item.places.iter().all(|p| p.sidecar.is_none()))
        .map(|(i, _)| i)
        .collect();
    plan.items = items;
}

fn target_kind(group: &[Placement]) -> MediaKind {
    group.first().map_or(MediaKind::Photo, |p| p.kind)
}

/// One photo is in one year folder. The same name and size in two year folders are two
/// photos (or one uploaded twice, which the hash will tell): each year folder's copy is an
/// item of its own, and the album copies go with the first.
fn split_by_year(plan: &Plan, group: Vec<Placement>) -> Vec<Vec<Placement>> {
    let years: BTreeSet<FolderId> = group
        .iter()
        .filter(|p| {
            matches!(
                plan.folders[p.folder.0 as usize].kind,
                FolderKind::Year { .. }
            )
        })
        .map(|p| p.folder)
        .collect();
    if years.len() < 2 {
        return vec![group];
    }
    let mut split: BTreeMap<FolderId, Vec<Placement>> = BTreeMap::new();
    let first = *years.iter().next().unwrap_or(&FolderId(0));
    for placement in group {
        let key = if years.contains(&placement.folder) {
            placement.folder
        } else {
            first
        };
        split.entry(key).or_default().push(placement);
    }
    split.into_values().collect()
}

fn item_from(plan: &Plan, mut group: Vec<Placement>) -> Item {
    let folder_of = |p: &Placement| &plan.folders[p.folder.0 as usize];
    group.sort_by(|a, b| {
        let (fa, fb) = (folder_of(a), folder_of(b));
        (place_rank(fa.kind), &fa.name, a.media.first()).cmp(&(
            place_rank(fb.kind),
            &fb.name,
            b.media.first(),
        ))
    });
    let chosen = group
        .iter()
        .find(|p| p.metadata.is_some() && p.sidecar.is_some());
    let metadata = chosen.and_then(|p| p.metadata.clone());
    let sidecar = chosen.and_then(|p| p.sidecar.as_ref()?.entries.first().cloned());
    let mut albums = Vec::new();
    let (mut in_trash, mut in_archive) = (false, false);
    for placement in &group {
        let folder = folder_of(placement);
        if let Some(album) = folder.album
            && !albums.contains(&album)
        {
            albums.push(album);
        }
        match folder.kind {
            FolderKind::Special {
                folder: SpecialFolder::Trash,
            } => in_trash = true,
            FolderKind::Special {
                folder: SpecialFolder::Archive,
            } => in_archive = true,
            _ => {}
        }
    }
    let first = &group[0];
    let motion = group
        .iter()
        .find_map(|p| p.motion.as_ref().map(|m| m.0.clone()));
    Item {
        name: first.name.clone(),
        size: first.size,
        kind: first.kind,
        motion,
        favorite: metadata.as_ref().is_some_and(|m| m.favorited),
        archived: in_archive || metadata.as_ref().is_some_and(|m| m.archived),
        trashed: in_trash || metadata.as_ref().is_some_and(|m| m.trashed),
        location: metadata.as_ref().and_then(ItemMetadata::location),
        taken_at: metadata.as_ref().and_then(|m| m.taken_at),
        places: group
            .into_iter()
            .map(|p| Place {
                folder: p.folder,
                media: p.media,
                motion_video: p.motion.map(|m| m.1).unwrap_or_default(),
                sidecar: p.sidecar,
            })
            .collect(),
        sidecar,
        metadata,
        albums,
    }
}
