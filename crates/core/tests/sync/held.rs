//! Deletions held back for a person's answer: the answer covers exactly the folder and the
//! deletions that were shown, and an emptied folder can have its photos back.

use skyfolio_core::{DeletionSide, FolderMode, HeldAnswer, HeldReason};

use crate::{photo, put, two_devices};

/// Issue 15, defect 7: saying yes to one folder's held deletions ran a whole pass with
/// `confirm_deletes` on every folder, which also lifted the empty-cloud guard elsewhere. Now a
/// yes names the plan it saw: a plan that grew since is refused, and another folder's guard
/// stays on.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn consent_covers_only_the_deletions_shown() {
    let (_cloud, a, b) = two_devices(FolderMode::TwoWay, FolderMode::TwoWay).await;
    // The laptop's folder mirrors the album "Main", a second one the album "Other".
    a.app.remove_folder(&a.folder).await.expect("removed");
    a.app
        .add_folder(&a.folder, FolderMode::TwoWay, Some("Main"))
        .await
        .expect("added");
    let other = a.folder.with_file_name("Other");
    std::fs::create_dir_all(&other).expect("mkdir");
    let other = std::fs::canonicalize(&other).expect("canonical");
    a.app
        .add_folder(&other, FolderMode::TwoWay, Some("Other"))
        .await
        .expect("added");
    for n in 0..100 {
        a.put(&format!("{n:03}.png"), &photo(n));
    }
    for n in 0..3 {
        put(&other.join(format!("o{n}.png")), &photo(500 + n));
    }
    a.sync().await;
    b.sync().await;
    // The album "Other" is emptied from elsewhere; 60 files are deleted in the first folder.
    let client = skyfolio_core::testing::client(&b.app)
        .await
        .expect("client");
    for item in client.media_page(None, 1000).await.expect("page").items {
        if item.path.starts_with("Other/") {
            client.trash_item(&item.id).await.expect("trashed");
        }
    }
    for n in 0..60 {
        std::fs::remove_file(a.path(&format!("{n:03}.png"))).expect("deleted");
    }
    a.sync().await;
    let status = a.app.status().await.expect("status");
    let shown = |path: &std::path::Path| {
        status
            .folders
            .iter()
            .find(|f| std::path::Path::new(&f.path) == path)
            .and_then(|f| f.held.clone())
            .expect("held")
    };
    let many = shown(&a.folder);
    assert_eq!((many.reason, many.deletions.len()), (HeldReason::Many, 60));
    assert!(many.deletions.iter().all(|d| d.side == DeletionSide::Cloud));
    let emptied = shown(&other);
    assert_eq!(
        (emptied.reason, emptied.deletions.len()),
        (HeldReason::AlbumEmpty, 3)
    );

    // One more deletion after the plan was shown: the yes no longer covers what would happen.
    std::fs::remove_file(a.path("060.png")).expect("deleted");
    let refused = a
        .app
        .answer_held(&a.folder, &many.fingerprint, HeldAnswer::Delete)
        .await
        .expect_err("the plan changed");
    assert_eq!(refused.code(), skyfolio_core::Code::HeldChanged);
    assert_eq!(
        a.app.trash().await.expect("trash").len(),
        3,
        "nothing deleted but the three of Other, trashed elsewhere"
    );

    // Shown again, and answered: exactly those 61, in this folder only.
    let status = a.app.status().await.expect("status");
    let many = status
        .folders
        .iter()
        .find(|f| std::path::Path::new(&f.path) == a.folder)
        .and_then(|f| f.held.clone())
        .expect("held again");
    assert_eq!(many.deletions.len(), 61);
    let report = a
        .app
        .answer_held(&a.folder, &many.fingerprint, HeldAnswer::Delete)
        .await
        .expect("answered");
    assert_eq!(report.folders[0].trashed_in_cloud, 61, "{report:#?}");
    let trash = a.app.trash().await.expect("trash");
    assert_eq!(trash.len(), 3 + 61);

    // The empty album's guard is still on: its files stay here, and the same plan waits.
    let report = a.sync().await;
    let still = report
        .folders
        .iter()
        .find(|f| f.folder == other)
        .and_then(|f| f.held.clone())
        .expect("still held");
    assert_eq!(still, emptied);
    assert_eq!(
        crate::files_under(&other, &[".skyfolio-trash"]).len(),
        3,
        "nothing of Other was moved to a trash"
    );

    // Brought back instead: the files go up again, and the album is whole.
    a.app
        .answer_held(&other, &emptied.fingerprint, HeldAnswer::Restore)
        .await
        .expect("answered");
    let live = client.media_page(None, 1000).await.expect("page").items;
    let mut back: Vec<&str> = live
        .iter()
        .filter(|i| i.path.starts_with("Other/"))
        .map(|i| i.path.as_str())
        .collect();
    back.sort_unstable();
    assert_eq!(back, ["Other/o0.png", "Other/o1.png", "Other/o2.png"]);
    assert!(a.sync().await.in_step());
}

/// A folder emptied on this computer (or a drive unmounted under it) waits for an answer; its
/// photos come back from the cloud when asked, and nothing in the cloud is deleted meanwhile.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_emptied_folder_gets_its_photos_back_from_the_cloud() {
    let (_cloud, a, b) = two_devices(FolderMode::TwoWay, FolderMode::TwoWay).await;
    for n in 0..3 {
        a.put(&format!("{n}.png"), &photo(n));
    }
    a.sync().await;
    for n in 0..3 {
        std::fs::remove_file(a.path(&format!("{n}.png"))).expect("deleted");
    }
    let report = a.sync().await;
    let held = report.folders[0].held.clone().expect("held");
    assert_eq!(
        (held.reason, held.deletions.len()),
        (HeldReason::FolderEmpty, 3)
    );
    assert!(!report.in_step());
    // Meanwhile another computer adds a photo: it does not come down into the emptied folder.
    b.put("new.png", &photo(9));
    b.sync().await;
    let report = a.sync().await;
    assert_eq!(report.folders[0].downloaded, 0, "{report:#?}");
    assert!(a.files().is_empty());
    assert!(a.app.trash().await.expect("trash").is_empty());
    let fingerprint = report.folders[0]
        .held
        .as_ref()
        .expect("held")
        .fingerprint
        .clone();
    let report = a
        .app
        .answer_held(&a.folder, &fingerprint, HeldAnswer::Restore)
        .await
        .expect("answered");
    assert_eq!(report.folders[0].downloaded, 4, "{report:#?}");
    assert_eq!(a.files().len(), 4);
    assert!(a.app.trash().await.expect("trash").is_empty());
    assert!(a.sync().await.in_step());
}
