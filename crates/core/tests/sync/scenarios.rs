//! One named scenario for every rule of sync, each on a real server with real folders.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use skyfolio_core::{FolderMode, HeldAnswer, HeldReason};
use skyfolio_sync::transfer::TransferProgress;
use skyfolio_sync::{DeletionPolicy, Options, PassProgress};

use crate::{Device, corpus, photo, two_devices};

fn corpus_photos() -> Vec<(String, Vec<u8>)> {
    [
        "jpeg/canon_eos_7d.jpg",
        "heic/apple_iphone8.heic",
        "video/android_gps.mp4",
    ]
    .iter()
    .map(|name| {
        let bytes = std::fs::read(corpus(name)).expect("corpus");
        let key = format!("Trip/{}", name.rsplit('/').next().expect("a name"));
        (key, bytes)
    })
    .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn photos_added_on_one_device_arrive_whole_on_another() {
    let (_cloud, a, b) = two_devices(FolderMode::TwoWay, FolderMode::TwoWay).await;
    for (key, bytes) in corpus_photos() {
        a.put(&key, &bytes);
    }
    let report = a.sync().await;
    assert!(report.in_step(), "{report:#?}");
    let b_report = b.sync().await;
    assert!(b_report.in_step(), "{b_report:#?}");
    assert_eq!(b.files(), a.files());
    assert_eq!(b.files().len(), 3);
    // Both are in step now: a further pass on either does nothing.
    assert_eq!(a.sync().await.done(), 0);
    assert_eq!(b.sync().await.done(), 0);
    // The cloud holds each once, with the capture time the media core reads.
    let storage = a.app.storage().await.expect("storage");
    let total: usize = corpus_photos().iter().map(|(_, b)| b.len()).sum();
    assert_eq!(storage.used, total as u64);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rename_is_a_move_never_a_new_upload() {
    let (_cloud, a, b) = two_devices(FolderMode::TwoWay, FolderMode::TwoWay).await;
    a.put("a.png", &photo(1));
    a.sync().await;
    b.sync().await;
    let before = skyfolio_core::testing::client(&a.app)
        .await
        .expect("client")
        .media_page(None, 100)
        .await
        .expect("page");
    std::fs::create_dir_all(a.path("Album")).expect("mkdir");
    std::fs::rename(a.path("a.png"), a.path("Album/b.png")).expect("renamed");
    let report = a.sync().await;
    assert_eq!(report.folders[0].moved, 1, "{report:#?}");
    assert_eq!(report.folders[0].uploaded, 0);
    let after = skyfolio_core::testing::client(&a.app)
        .await
        .expect("client")
        .media_page(None, 100)
        .await
        .expect("page");
    assert_eq!(after.items.len(), 1);
    assert_eq!(
        after.items[0].id, before.items[0].id,
        "the same item, moved"
    );
    assert_eq!(after.items[0].path, "Album/b.png");
    let report = b.sync().await;
    assert_eq!(report.folders[0].moved, 1, "{report:#?}");
    assert_eq!(
        report.folders[0].downloaded, 0,
        "moved here too, not fetched again"
    );
    assert_eq!(b.files(), a.files());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn edits_travel_and_the_old_version_goes_to_a_trash() {
    let (_cloud, a, b) = two_devices(FolderMode::TwoWay, FolderMode::TwoWay).await;
    a.put("a.png", &photo(1));
    a.sync().await;
    b.sync().await;
    a.put("a.png", &photo(2));
    a.sync().await;
    let trash = a.app.trash().await.expect("trash");
    assert_eq!(trash.len(), 1, "the first version is in the cloud's trash");
    b.sync().await;
    assert_eq!(b.files()["a.png"], photo(2));
    assert_eq!(b.trashed(), vec![photo(1)], "and in the trash here");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn edit_on_both_sides_keeps_both() {
    let (_cloud, a, b) = two_devices(FolderMode::TwoWay, FolderMode::TwoWay).await;
    a.put("a.png", &photo(1));
    a.sync().await;
    b.sync().await;
    a.put("a.png", &photo(2));
    b.put("a.png", &photo(3));
    a.sync().await;
    let report = b.sync().await;
    assert_eq!(report.folders[0].conflicts, 1, "{report:#?}");
    a.sync().await;
    // Every device agrees: the cloud's version (the first to arrive) keeps the name, the
    // other is beside it, named after the device that found the conflict.
    assert_eq!(a.files(), b.files());
    let files = a.files();
    assert_eq!(files["a.png"], photo(2));
    let copies: Vec<&String> = files
        .keys()
        .filter(|k| k.contains("(conflict Desktop "))
        .collect();
    assert_eq!(copies.len(), 1, "{:?}", files.keys());
    assert_eq!(files[copies[0]], photo(3));
    assert!(a.sync().await.in_step());
    assert!(b.sync().await.in_step());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deletion_sends_the_photo_to_a_trash_on_both_sides() {
    let (_cloud, a, b) = two_devices(FolderMode::TwoWay, FolderMode::TwoWay).await;
    for n in 0..3 {
        a.put(&format!("{n}.png"), &photo(n));
    }
    a.sync().await;
    b.sync().await;
    std::fs::remove_file(a.path("1.png")).expect("deleted");
    let report = a.sync().await;
    assert_eq!(report.folders[0].trashed_in_cloud, 1, "{report:#?}");
    let trash = a.app.trash().await.expect("trash");
    assert_eq!(trash.len(), 1);
    assert_eq!(trash[0].path, "1.png");
    let report = b.sync().await;
    assert_eq!(report.folders[0].trashed_here, 1, "{report:#?}");
    assert!(!b.files().contains_key("1.png"));
    assert_eq!(
        b.trashed(),
        vec![photo(1)],
        "moved to the trash, never deleted"
    );
    // Restoring it in the cloud brings it back everywhere.
    a.app.restore(&trash[0].id).await.expect("restored");
    a.sync().await;
    b.sync().await;
    assert_eq!(a.files()["1.png"], photo(1));
    assert_eq!(b.files()["1.png"], photo(1));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_folder_that_vanished_deletes_nothing_in_the_cloud() {
    let (_cloud, a, b) = two_devices(FolderMode::TwoWay, FolderMode::TwoWay).await;
    for n in 0..3 {
        a.put(&format!("{n}.png"), &photo(n));
    }
    a.sync().await;
    b.sync().await;
    // B's drive is unplugged.
    let parked = b.folder.with_extension("unplugged");
    std::fs::rename(&b.folder, &parked).expect("unplugged");
    let report = b.sync().await;
    assert!(report.folders[0].problem.is_some(), "{report:#?}");
    assert_eq!(report.folders[0].trashed_in_cloud, 0);
    assert!(a.app.trash().await.expect("trash").is_empty());
    a.sync().await;
    assert_eq!(a.files().len(), 3);
    // When it comes back empty (a drive letter reused by an empty stick), the folder waits
    // for an answer and nothing is deleted meanwhile.
    std::fs::create_dir(&b.folder).expect("mkdir");
    let report = b.sync().await;
    assert_eq!(
        report.folders[0].held.as_ref().map(|held| held.reason),
        Some(HeldReason::FolderEmpty),
        "{report:#?}"
    );
    assert!(!report.in_step());
    assert!(a.app.trash().await.expect("trash").is_empty());
    std::fs::remove_dir(&b.folder).expect("rmdir");
    std::fs::rename(&parked, &b.folder).expect("plugged in again");
    let report = b.sync().await;
    assert!(report.in_step(), "{report:#?}");
    assert_eq!(b.files(), a.files());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_empty_cloud_deletes_nothing_here_until_confirmed() {
    let (_cloud, a, b) = two_devices(FolderMode::TwoWay, FolderMode::TwoWay).await;
    for n in 0..3 {
        a.put(&format!("{n}.png"), &photo(n));
    }
    a.sync().await;
    b.sync().await;
    // Everything is deleted in the cloud, from elsewhere (the app's recycle-bin action).
    let client = skyfolio_core::testing::client(&a.app)
        .await
        .expect("client");
    let ids: Vec<skyfolio_core::MediaId> = client
        .media_page(None, 100)
        .await
        .expect("page")
        .items
        .into_iter()
        .map(|item| item.id)
        .collect();
    assert_eq!(a.app.move_to_trash(&ids).await.expect("trashed"), 3);
    assert_eq!(a.app.recycle_bin().await.expect("the bin").len(), 3);
    let report = b.sync().await;
    let held = report.folders[0].held.clone().expect("held");
    assert_eq!(held.reason, HeldReason::AlbumEmpty, "{report:#?}");
    assert_eq!(held.deletions.len(), 3);
    assert_eq!(b.files().len(), 3, "nothing deleted on an empty listing");
    let report = b
        .app
        .answer_held(&b.folder, &held.fingerprint, HeldAnswer::Delete)
        .await
        .expect("answered");
    assert_eq!(report.folders[0].trashed_here, 3, "{report:#?}");
    assert_eq!(b.trashed().len(), 3);
    assert!(b.sync().await.in_step());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pass_that_would_delete_many_files_stops_and_asks() {
    let (_cloud, a, b) = two_devices(FolderMode::TwoWay, FolderMode::TwoWay).await;
    for n in 0..100 {
        a.put(&format!("{n:03}.png"), &photo(n));
    }
    a.sync().await;
    b.sync().await;
    for n in 0..60 {
        std::fs::remove_file(a.path(&format!("{n:03}.png"))).expect("deleted");
    }
    let report = a.sync().await;
    let held = report.folders[0].held.clone().expect("held");
    assert_eq!(
        (held.reason, held.deletions.len()),
        (HeldReason::Many, 60),
        "{report:#?}"
    );
    assert!(!report.in_step());
    assert!(a.app.trash().await.expect("trash").is_empty());
    let status = a.app.status().await.expect("status");
    assert_eq!(status.folders[0].held, Some(held.clone()));
    let report = a
        .app
        .answer_held(&a.folder, &held.fingerprint, HeldAnswer::Delete)
        .await
        .expect("answered");
    assert_eq!(report.folders[0].trashed_in_cloud, 60, "{report:#?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_folder_never_sends_deletions_nor_receives_files() {
    let (_cloud, a, b) = two_devices(FolderMode::UploadOnly, FolderMode::TwoWay).await;
    a.put("Camera/1.png", &photo(1));
    a.put("Camera/2.png", &photo(2));
    a.sync().await;
    b.sync().await;
    // A backup goes to an album named after its folder.
    let album = b
        .files()
        .keys()
        .next()
        .expect("a file")
        .split('/')
        .next()
        .map(str::to_owned);
    assert_eq!(album.as_deref(), Some("Photos"));
    assert_eq!(b.files().len(), 2);
    std::fs::remove_file(a.path("Camera/1.png")).expect("deleted");
    let report = a.sync().await;
    assert_eq!(report.folders[0].trashed_in_cloud, 0);
    b.sync().await;
    assert_eq!(b.files().len(), 2, "the backup keeps what was deleted here");
    b.put("Photos/from-desktop.png", &photo(9));
    b.sync().await;
    a.sync().await;
    assert!(
        !a.path("from-desktop.png").exists(),
        "a backup receives nothing"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_download_only_folder_receives_and_never_changes_the_cloud() {
    let (_cloud, a, b) = two_devices(FolderMode::TwoWay, FolderMode::DownloadOnly).await;
    a.put("1.png", &photo(1));
    a.put("2.png", &photo(2));
    a.sync().await;
    b.sync().await;
    assert_eq!(b.files(), a.files());
    std::fs::remove_file(b.path("1.png")).expect("deleted");
    b.put("2.png", &photo(22));
    b.put("new.png", &photo(3));
    b.sync().await;
    a.sync().await;
    assert_eq!(a.files()["1.png"], photo(1), "a deletion there is not sent");
    assert_eq!(a.files()["2.png"], photo(2), "nor an edit");
    assert!(!a.files().contains_key("new.png"), "nor a new file");
    assert!(a.app.trash().await.expect("trash").is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_same_content_arriving_several_ways_is_one_upload() {
    let (_cloud, a, b) = two_devices(FolderMode::TwoWay, FolderMode::TwoWay).await;
    let bytes = std::fs::read(corpus("jpeg/canon_eos_7d.jpg")).expect("corpus");
    // Dropped onto the app as a one-off upload, and also in the synced folder.
    let dropped = tempfile::tempdir().expect("temp dir");
    let loose = dropped.path().join("IMG_1.jpg");
    crate::put(&loose, &bytes);
    let report = a
        .app
        .upload_paths(&[loose], Some("Drops"), Arc::new(|_| {}))
        .await
        .expect("uploaded");
    assert_eq!(report.uploaded.len(), 1);
    a.put("IMG_1.jpg", &bytes);
    b.put("Mine/IMG_1.jpg", &bytes);
    a.sync().await;
    b.sync().await;
    a.sync().await;
    let usage = a.app.storage().await.expect("storage");
    assert_eq!(
        usage.used,
        bytes.len() as u64,
        "one copy in the cloud, however it arrived"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn names_that_differ_only_in_case_never_overwrite_each_other() {
    let (_cloud, a, b) = two_devices(FolderMode::TwoWay, FolderMode::TwoWay).await;
    // Another device (a Linux one) sends both spellings to the cloud.
    let upload = |name: &'static str, n: u32| {
        let app = a.app.clone();
        async move {
            let dir = tempfile::tempdir().expect("temp dir");
            let path = dir.path().join(name);
            crate::put(&path, &photo(n));
            app.upload_paths(&[path], Some("Case"), Arc::new(|_| {}))
                .await
                .expect("uploaded")
        }
    };
    upload("IMG.png", 1).await;
    // The cloud takes no second spelling of a name: the one-off upload gives the file a name
    // of its own, and both arrive on every computer.
    upload("img.png", 2).await;
    let report = b.sync().await;
    let files = b.files();
    assert_eq!(
        files.keys().collect::<Vec<_>>(),
        ["Case/IMG.png", "Case/img (1).png"],
        "{report:#?}"
    );
    assert_eq!(files["Case/IMG.png"], photo(1));
    assert_eq!(files["Case/img (1).png"], photo(2));
    // Composed and decomposed spellings of one name are one file, too.
    b.put("Caf\u{e9}.png", &photo(5));
    b.sync().await;
    let items = skyfolio_core::testing::client(&a.app)
        .await
        .expect("client")
        .media_page(None, 100)
        .await
        .expect("page");
    assert!(items.items.iter().any(|i| i.path == "Caf\u{e9}.png"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_upload_cut_by_a_vanishing_server_resumes_at_the_servers_offset() {
    let (mut cloud, a, _b) = two_devices(FolderMode::TwoWay, FolderMode::TwoWay).await;
    // A large file, so the server can vanish in the middle of it.
    let mut big = std::fs::read(corpus("jpeg/canon_eos_7d.jpg")).expect("corpus");
    big.resize(48 << 20, 7);
    a.put("big.jpg", &big);
    let progress: Arc<Mutex<Vec<u64>>> = Arc::default();
    let seen = progress.clone();
    let options = Options {
        progress: Some(Arc::new(move |p: TransferProgress| {
            seen.lock().expect("lock").push(p.done);
        })),
        // Slow enough that the server can vanish in the middle.
        upload_limit: Some(16 << 20),
        ..Options::default()
    };
    let engine = a.app.engine(options.clone()).await.expect("engine");
    let syncing = tokio::spawn(async move { engine.pass().await });
    // Stop the server once some bytes are through.
    for _ in 0..500 {
        if progress
            .lock()
            .expect("lock")
            .last()
            .is_some_and(|d| *d > 8 << 20)
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    cloud.stop();
    let first = syncing.await.expect("joined").expect("a pass");
    assert_eq!(first.folders[0].uploaded, 0, "{first:#?}");
    assert_eq!(first.folders[0].failures.len(), 1, "{first:#?}");
    cloud.restart().await;
    skyfolio_core::testing::state(&a.app)
        .retry_now()
        .await
        .expect("retry");
    progress.lock().expect("lock").clear();
    let engine = a.app.engine(options).await.expect("engine");
    let second = engine.sync_once(5).await.expect("a pass");
    assert!(second.in_step(), "{second:#?}");
    let resumed_from = progress
        .lock()
        .expect("lock")
        .first()
        .copied()
        .expect("progress");
    assert!(
        resumed_from > 1 << 20,
        "the second attempt started at {resumed_from}, not at the server's offset"
    );
    let item = skyfolio_core::testing::client(&a.app)
        .await
        .expect("client")
        .media_page(None, 10)
        .await
        .expect("page");
    assert_eq!(item.items[0].size, big.len() as u64);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_download_cut_off_resumes_and_places_the_file_only_when_whole() {
    let (mut cloud, a, b) = two_devices(FolderMode::TwoWay, FolderMode::TwoWay).await;
    let mut big = std::fs::read(corpus("jpeg/canon_eos_7d.jpg")).expect("corpus");
    big.resize(48 << 20, 9);
    a.put("big.jpg", &big);
    a.sync().await;
    let progress: Arc<Mutex<Vec<u64>>> = Arc::default();
    let seen = progress.clone();
    let options = Options {
        progress: Some(Arc::new(move |p: TransferProgress| {
            seen.lock().expect("lock").push(p.done);
        })),
        download_limit: Some(16 << 20),
        ..Options::default()
    };
    let engine = b.app.engine(options.clone()).await.expect("engine");
    let syncing = tokio::spawn(async move { engine.pass().await });
    for _ in 0..500 {
        if progress
            .lock()
            .expect("lock")
            .last()
            .is_some_and(|d| *d > 8 << 20)
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    cloud.stop();
    let first = syncing.await.expect("joined").expect("a pass");
    assert_eq!(first.folders[0].downloaded, 0, "{first:#?}");
    assert!(
        !b.path("big.jpg").exists(),
        "a partial download never takes the name"
    );
    cloud.restart().await;
    skyfolio_core::testing::state(&b.app)
        .retry_now()
        .await
        .expect("retry");
    progress.lock().expect("lock").clear();
    let engine = b.app.engine(options).await.expect("engine");
    let second = engine.sync_once(5).await.expect("a pass");
    assert!(second.in_step(), "{second:#?}");
    let resumed_from = progress
        .lock()
        .expect("lock")
        .first()
        .copied()
        .expect("progress");
    assert!(
        resumed_from > 1 << 20,
        "the second attempt started at {resumed_from}"
    );
    assert!(b.files()["big.jpg"] == big, "the bytes differ");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreachable_server_changes_nothing_and_says_so() {
    let (mut cloud, a, _b) = two_devices(FolderMode::TwoWay, FolderMode::TwoWay).await;
    a.put("a.png", &photo(1));
    a.sync().await;
    cloud.stop();
    let engine = a.app.engine(Options::default()).await.expect("engine");
    let error = engine.pass().await.expect_err("no server");
    assert_eq!(error.code(), skyfolio_core::Code::Unreachable);
    assert_eq!(a.files().len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unlinked_device_stops_and_says_why() {
    let (_cloud, a, b) = two_devices(FolderMode::TwoWay, FolderMode::TwoWay).await;
    let devices = a.app.devices().await.expect("devices");
    let desktop = devices
        .iter()
        .find(|d| d.name == "Desktop")
        .expect("listed");
    a.app.unlink_device(&desktop.id).await.expect("unlinked");
    b.put("a.png", &photo(1));
    let engine = b.app.engine(Options::default()).await.expect("engine");
    let error = engine.pass().await.expect_err("signed out");
    assert!(error.is_signed_out(), "{error}");
    assert!(b.path("a.png").exists());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn status_tells_what_waits_and_when_all_was_last_in_step() {
    let (_cloud, a, _b) = two_devices(FolderMode::TwoWay, FolderMode::TwoWay).await;
    a.put("a.png", &photo(1));
    a.put("b.png", &photo(2));
    skyfolio_core::testing::library(&a.app)
        .scan_all()
        .await
        .expect("scanned");
    let status = a.app.status().await.expect("status");
    assert_eq!(status.pending.uploads, 2, "{status:#?}");
    assert_eq!(status.last_success_at, None);
    a.sync().await;
    let status = a.app.status().await.expect("status");
    assert_eq!(status.pending.uploads, 0, "{status:#?}");
    assert!(status.last_success_at.is_some());
    a.app.set_paused(true).await.expect("paused");
    assert!(a.app.status().await.expect("status").paused);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_off_downloads_never_overwrite_and_keep_albums() {
    let (_cloud, a, b) = two_devices(FolderMode::TwoWay, FolderMode::TwoWay).await;
    a.put("Trip/1.png", &photo(1));
    a.put("Trip/2.png", &photo(2));
    a.put("Home/3.png", &photo(3));
    a.sync().await;
    let to = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(to.path().join("Trip")).expect("mkdir");
    std::fs::write(to.path().join("Trip/2.png"), b"someone else's file").expect("written");
    let report = b
        .app
        .download(
            &skyfolio_core::Selection::Album("Trip".into()),
            to.path(),
            Arc::new(|_| {}),
        )
        .await
        .expect("downloaded");
    assert_eq!(report.downloaded.len(), 2, "{report:?}");
    let got = crate::files_under(to.path(), &[]);
    assert_eq!(got["Trip/1.png"], photo(1));
    assert_eq!(
        got["Trip/2.png"], b"someone else's file",
        "never overwritten"
    );
    assert_eq!(got["Trip/2 (1).png"], photo(2));
    // Again: what is there with the same content is not fetched twice.
    let again = b
        .app
        .download(
            &skyfolio_core::Selection::Album("Trip".into()),
            to.path(),
            Arc::new(|_| {}),
        )
        .await
        .expect("downloaded");
    assert_eq!(again.downloaded.len(), 0, "{again:?}");
    assert_eq!(again.already_there, 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signing_out_keeps_the_photos_unless_asked() {
    let (_cloud, a, b) = two_devices(FolderMode::TwoWay, FolderMode::TwoWay).await;
    a.put("a.png", &photo(1));
    a.sync().await;
    b.sync().await;
    b.put("only-here.png", &photo(7));
    let report = b.app.sign_out(false).await.expect("signed out");
    assert!(report.server_told);
    assert_eq!(b.files().len(), 2);
    assert!(
        b.app.engine(Options::default()).await.is_err(),
        "no engine without an account"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signing_out_with_delete_local_data_trashes_only_what_the_cloud_holds() {
    let cloud = crate::Cloud::start().await;
    let a = Device::new(
        &cloud,
        "Laptop",
        "anna@example.org",
        true,
        FolderMode::TwoWay,
    )
    .await;
    a.put("a.png", &photo(1));
    a.sync().await;
    a.put("only-here.png", &photo(7));
    skyfolio_core::testing::library(&a.app)
        .scan_all()
        .await
        .expect("scanned");
    let report = a.app.sign_out(true).await.expect("signed out");
    assert_eq!(report.trashed_here, 1);
    assert_eq!(a.files().keys().collect::<Vec<_>>(), ["only-here.png"]);
}

/// Background uploads report to the end and are forgotten once over, even one that has
/// nothing to do and ends before its caller has its id.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn background_uploads_end_reported_and_forgotten() {
    let (_cloud, a, _b) = two_devices(FolderMode::TwoWay, FolderMode::TwoWay).await;
    let dropped = tempfile::tempdir().expect("temp dir");
    for n in 0..3 {
        crate::put(&dropped.path().join(format!("{n}.png")), &photo(40 + n));
    }
    let (sender, mut receiver) = tokio::sync::mpsc::unbounded_channel();
    let reports: skyfolio_core::ProgressReports = Arc::new(move |p| {
        let _ = sender.send(p);
    });
    let id = a
        .app
        .start_upload(vec![dropped.path().to_owned()], None, reports.clone());
    let last = loop {
        let progress = tokio::time::timeout(std::time::Duration::from_secs(60), receiver.recv())
            .await
            .expect("a report within a minute")
            .expect("reports until the end");
        assert_eq!(progress.id, id);
        if progress.state != skyfolio_core::OperationState::Running {
            break progress;
        }
    };
    assert_eq!(last.state, skyfolio_core::OperationState::Done, "{last:?}");
    assert_eq!((last.files_done, last.files_total), (3, 3));
    assert!(
        !a.app.set_operation_running(id, false),
        "forgotten once over"
    );
    for _ in 0..20 {
        let (sender, mut receiver) = tokio::sync::mpsc::unbounded_channel();
        let id = a.app.start_upload(
            Vec::new(),
            None,
            Arc::new(move |p| {
                let _ = sender.send(p.state);
            }),
        );
        let state = receiver.recv().await.expect("an end is reported");
        assert_eq!(state, skyfolio_core::OperationState::Done);
        assert!(
            !a.app.set_operation_running(id, false),
            "an upload with nothing to send is forgotten once over"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_deletion_preference_sends_deletions_always_or_never() {
    let (_cloud, a, b) = two_devices(FolderMode::TwoWay, FolderMode::TwoWay).await;
    for n in 0..100 {
        a.put(&format!("{n:03}.png"), &photo(n));
    }
    a.sync().await;
    b.sync().await;
    // Never: one deletion here waits for a yes; nothing is downloaded again in its place.
    let never = skyfolio_core::Preferences {
        deletions: DeletionPolicy::Never,
        ..skyfolio_core::Preferences::default()
    };
    a.app.set_preferences(&never).await.expect("kept");
    std::fs::remove_file(a.path("000.png")).expect("deleted");
    let options = a.app.sync_options().await.expect("options");
    let report = a.sync_with(options.clone()).await;
    let held = report.folders[0].held.clone().expect("held");
    assert_eq!(
        (held.reason, held.deletions.len()),
        (HeldReason::AlwaysAsk, 1),
        "{report:#?}"
    );
    assert_eq!(report.folders[0].downloaded, 0);
    assert!(!a.path("000.png").exists());
    assert!(a.app.trash().await.expect("trash").is_empty());
    // Confirmed, it goes.
    let report = a
        .app
        .answer_held(&a.folder, &held.fingerprint, HeldAnswer::Delete)
        .await
        .expect("answered");
    assert_eq!(report.folders[0].trashed_in_cloud, 1, "{report:#?}");
    // Send: 60 deletions at once go without a question.
    let send = skyfolio_core::Preferences {
        deletions: DeletionPolicy::Send,
        ..skyfolio_core::Preferences::default()
    };
    a.app.set_preferences(&send).await.expect("kept");
    for n in 1..61 {
        std::fs::remove_file(a.path(&format!("{n:03}.png"))).expect("deleted");
    }
    let report = a
        .sync_with(a.app.sync_options().await.expect("options"))
        .await;
    assert_eq!(report.folders[0].held, None, "{report:#?}");
    assert_eq!(report.folders[0].trashed_in_cloud, 60);
    assert_eq!(a.app.trash().await.expect("trash").len(), 61);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_paused_folder_is_left_alone_until_resumed() {
    let (_cloud, a, b) = two_devices(FolderMode::TwoWay, FolderMode::TwoWay).await;
    let paused = a
        .app
        .set_folder_paused(&a.folder, true)
        .await
        .expect("paused");
    assert!(paused.paused);
    a.put("1.png", &photo(1));
    let report = a.sync().await;
    assert!(report.folders[0].paused, "{report:#?}");
    assert_eq!(report.folders[0].uploaded, 0);
    assert!(b.sync().await.folders[0].downloaded == 0);
    let status = a.app.status().await.expect("status");
    assert_eq!(status.folders[0].state, "paused");
    assert!(a.app.folders().await.expect("folders")[0].paused);
    a.app
        .set_folder_paused(&a.folder, false)
        .await
        .expect("resumed");
    assert_eq!(a.sync().await.folders[0].uploaded, 1);
    assert_eq!(b.sync().await.folders[0].downloaded, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_folder_changes_mode_and_keeps_what_was_synced() {
    let (_cloud, a, b) = two_devices(FolderMode::TwoWay, FolderMode::TwoWay).await;
    a.put("1.png", &photo(1));
    a.sync().await;
    b.sync().await;
    let changed = b
        .app
        .set_folder_mode(&b.folder, FolderMode::DownloadOnly)
        .await
        .expect("changed");
    assert_eq!(changed.folder.mode, FolderMode::DownloadOnly);
    assert_eq!(changed.album, "");
    // Nothing is sent again; new files here stay here, the cloud's still arrive.
    b.put("2.png", &photo(2));
    let report = b.sync().await;
    assert_eq!(report.folders[0].uploaded, 0, "{report:#?}");
    a.put("3.png", &photo(3));
    a.sync().await;
    assert_eq!(b.sync().await.folders[0].downloaded, 1);
    // An unknown folder is an error that names it.
    let error = b
        .app
        .set_folder_paused(std::path::Path::new("/nowhere/at/all"), true)
        .await
        .expect_err("an unknown folder");
    assert_eq!(error.code(), skyfolio_core::Code::UnknownFolder);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pass_tells_how_many_files_it_sent_of_how_many() {
    let (_cloud, a, _b) = two_devices(FolderMode::TwoWay, FolderMode::TwoWay).await;
    for n in 0..5 {
        a.put(&format!("{n}.png"), &photo(n));
    }
    let seen: Arc<Mutex<Vec<PassProgress>>> = Arc::default();
    let sink = seen.clone();
    let report = a
        .sync_with(Options {
            pass_progress: Some(Arc::new(move |progress| {
                sink.lock().expect("lock").push(progress)
            })),
            ..Options::default()
        })
        .await;
    assert_eq!(report.folders[0].uploaded, 5);
    let seen = seen.lock().expect("lock").clone();
    let uploaded: Vec<usize> = seen
        .iter()
        .filter(|p| p.uploads == 5)
        .map(|p| p.uploaded)
        .collect();
    assert_eq!(uploaded, vec![0, 1, 2, 3, 4, 5], "{seen:?}");
}

/// The cloud's disk is full: the pass says so (never "in step"), keeps the files here, and the
/// next pass once there is room carries them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_cloud_disk_holds_the_files_and_sync_goes_on_once_there_is_room() {
    let (mut cloud, laptop, tablet) = two_devices(FolderMode::TwoWay, FolderMode::TwoWay).await;
    // A reserve larger than any disk: every upload is refused for want of room.
    cloud
        .restart_with(|config| config.min_free_space = u64::MAX / 4)
        .await;
    laptop.put("Trip/a.jpg", &photo(1));
    laptop.put("Trip/b.jpg", &photo(2));
    let report = laptop.sync().await;
    assert!(report.cloud_full(), "{report:?}");
    assert!(!report.in_step());
    let failures: Vec<_> = report.folders.iter().flat_map(|f| &f.failures).collect();
    assert_eq!(failures.len(), 2, "{failures:?}");
    assert!(
        failures.iter().all(|f| f.code == "storage-full"),
        "{failures:?}"
    );
    assert_eq!(laptop.files().len(), 2, "the files stay here");
    cloud.restart().await;
    let report = laptop.sync().await;
    assert!(!report.cloud_full());
    assert!(report.in_step(), "{report:?}");
    tablet.sync().await;
    assert_eq!(tablet.files(), laptop.files());
}
