use std::fs::{File, OpenOptions};
use std::io::Write;

use skyfolio_library::FolderState;

use crate::Fixture;

#[tokio::test]
async fn new_files_are_indexed_and_unchanged_ones_are_not_read_again() {
    let fx = Fixture::new().await;
    fx.put("jpeg/apple_iphone4.jpg", "2011/iphone.jpg");
    let pixel = fx.put("jpeg/google_pixel.jpg", "2018/pixel.jpg");
    fx.put("video/apple_iphone6_gps.mov", "clips/iphone6.mov");
    std::fs::write(fx.folder.join("notes.txt"), "not a photo").expect("write");

    let first = fx.scan().await;
    assert_eq!(
        (first.files, first.added, first.ignored),
        (4, 3, 1),
        "{first:?}"
    );
    assert!(first.failures.is_empty(), "{:?}", first.failures);

    // Same size, same modification time, same file: the scan must trust the index and not
    // read it. Overwrite the bytes behind its back to prove it.
    let before = std::fs::metadata(&pixel).expect("metadata");
    let garbage = vec![0u8; before.len() as usize];
    OpenOptions::new()
        .write(true)
        .open(&pixel)
        .and_then(|mut f| f.write_all(&garbage))
        .expect("overwrite in place");
    File::options()
        .write(true)
        .open(&pixel)
        .and_then(|f| f.set_modified(before.modified().expect("mtime")))
        .expect("restore mtime");
    let second = fx.scan().await;
    assert_eq!(
        (second.unchanged, second.added, second.changed),
        (4, 0, 0),
        "{second:?}"
    );
    let page = fx.library.timeline_page(None, 10).await.expect("page");
    assert!(
        page.items.iter().any(|i| i.paths.contains(&pixel)),
        "old content still indexed"
    );

    // A real change (new modification time) is read again.
    File::options()
        .write(true)
        .open(&pixel)
        .and_then(|f| f.set_modified(std::time::SystemTime::now()))
        .expect("touch");
    let third = fx.scan().await;
    assert_eq!(third.unchanged, 3, "{third:?}");
    assert_eq!(
        third.failures.len(),
        1,
        "zeroed bytes are not a photo any more: {third:?}"
    );
}

#[tokio::test]
async fn deletions_are_recorded() {
    let fx = Fixture::new().await;
    let a = fx.put("jpeg/apple_iphone4.jpg", "a.jpg");
    fx.put("jpeg/nikon_e950.jpg", "b.jpg");
    fx.scan().await;
    std::fs::remove_file(&a).expect("delete");
    let report = fx.scan().await;
    assert_eq!((report.deleted, report.unchanged), (1, 1), "{report:?}");
    assert_eq!(fx.timeline_len().await, 1);
}

#[tokio::test]
async fn a_missing_folder_deletes_nothing() {
    let fx = Fixture::new().await;
    fx.put("jpeg/apple_iphone4.jpg", "a.jpg");
    fx.put("jpeg/nikon_e950.jpg", "b.jpg");
    fx.scan().await;

    // Unplugged: the folder is gone.
    let away = fx.folder.with_file_name("Photos-unplugged");
    std::fs::rename(&fx.folder, &away).expect("unplug");
    let report = fx.scan().await;
    assert_eq!(report.state, Some(FolderState::Missing));
    assert_eq!(report.deleted, 0);
    let folder = fx.library.folder(&fx.folder).await.expect("still known");
    assert_eq!(folder.state, FolderState::Missing);
    assert!(folder.error.is_some_and(|e| e.contains("Photos")));
    assert_eq!(fx.timeline_len().await, 2);

    // An empty mount point where the photos used to be is not a deletion either.
    std::fs::create_dir(&fx.folder).expect("empty mount point");
    let report = fx.scan().await;
    assert_eq!(report.state, Some(FolderState::Emptied));
    assert_eq!(fx.timeline_len().await, 2);

    // Plugged back in: all is well and nothing was lost.
    std::fs::remove_dir(&fx.folder).expect("unmount");
    std::fs::rename(&away, &fx.folder).expect("plug in");
    let report = fx.scan().await;
    assert_eq!(
        (report.state, report.unchanged, report.deleted),
        (Some(FolderState::Ok), 2, 0)
    );
}

#[tokio::test]
async fn litter_is_ignored_and_loops_do_not_trap() {
    let fx = Fixture::new().await;
    fx.put("jpeg/apple_iphone4.jpg", "keep.jpg");
    for litter in [
        ".DS_Store",
        "Thumbs.db",
        "desktop.ini",
        "._keep.jpg",
        "movie.mp4.part",
        "x.jpg.crdownload",
    ] {
        std::fs::write(fx.folder.join(litter), "litter").expect("litter");
    }
    fx.put(
        "jpeg/nikon_e950.jpg",
        "@eaDir/keep.jpg/SYNOPHOTO_THUMB_XL.jpg",
    );
    #[cfg(unix)]
    std::os::unix::fs::symlink(&fx.folder, fx.folder.join("loop")).expect("symlink loop");
    let report = fx.scan().await;
    assert_eq!((report.files, report.added), (1, 1), "{report:?}");
}

#[cfg(target_os = "linux")]
#[tokio::test]
async fn a_file_it_cannot_take_is_a_per_file_error_and_the_scan_goes_on() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;

    let fx = Fixture::new().await;
    fx.put("jpeg/apple_iphone4.jpg", "good.jpg");
    fx.put("bad/truncated_header_only_oppo_r7_plus.jpg", "broken.jpg");
    let odd = fx.folder.join(OsStr::from_bytes(b"caf\xe9.jpg"));
    std::fs::copy(crate::corpus("jpeg/nikon_e950.jpg"), &odd).expect("odd name");
    // A directory with such a name is one failure, however many files it holds.
    let odd_dir = fx.folder.join(OsStr::from_bytes(b"f\xeate"));
    std::fs::create_dir(&odd_dir).expect("odd directory");
    for name in ["1.jpg", "2.jpg"] {
        std::fs::copy(crate::corpus("jpeg/nikon_e950.jpg"), odd_dir.join(name)).expect("copy");
    }
    let report = fx.scan().await;
    assert_eq!(report.added, 1, "{report:?}");
    assert_eq!(report.failures.len(), 3, "{report:?}");
    assert!(
        report
            .failures
            .iter()
            .any(|f| f.path == odd_dir && f.message.contains("not valid Unicode")),
        "{report:?}"
    );
    assert!(
        report
            .failures
            .iter()
            .any(|f| f.message.contains("broken.jpg") && f.code == "corrupt")
    );
    assert!(
        report
            .failures
            .iter()
            .any(|f| f.message.contains("not valid Unicode"))
    );
}

#[tokio::test]
async fn a_removed_subfolder_is_recorded_as_deleted_and_failures_stay_reported() {
    let fx = Fixture::new().await;
    fx.put("jpeg/apple_iphone4.jpg", "keep/a.jpg");
    fx.put("jpeg/nikon_e950.jpg", "trip/day1/b.jpg");
    fx.put("jpeg/htc_desire.jpg", "trip/day2/c.jpg");
    fx.put(
        "bad/truncated_header_only_oppo_r7_plus.jpg",
        "keep/broken.jpg",
    );
    let first = fx.scan().await;
    assert_eq!((first.added, first.failures.len()), (3, 1), "{first:?}");

    std::fs::remove_dir_all(fx.folder.join("trip")).expect("remove subfolder");
    let second = fx.scan().await;
    assert_eq!(
        (second.deleted, second.unchanged, second.read),
        (2, 2, 0),
        "{second:?}"
    );
    assert_eq!(
        second.failures.len(),
        1,
        "a failed file is still reported: {second:?}"
    );

    // A new file in a folder whose fingerprint was kept is still found.
    fx.put("jpeg/nikon_e950.jpg", "keep/new.jpg");
    let third = fx.scan().await;
    assert_eq!(third.added, 1, "{third:?}");
    assert_eq!(fx.timeline_len().await, 2);
}

#[tokio::test]
async fn a_renamed_file_is_a_move_of_the_same_media_and_is_not_read_again() {
    let fx = Fixture::new().await;
    let photo = fx.put("jpeg/apple_iphone4.jpg", "2011/iphone.jpg");
    assert_eq!(fx.scan().await.added, 1);
    // Zeros with the same size and time: a read would fail; a move takes the known hash.
    let before = std::fs::metadata(&photo).expect("metadata");
    let file = OpenOptions::new().write(true).open(&photo).expect("open");
    (&file)
        .write_all(&vec![0u8; before.len() as usize])
        .expect("overwrite");
    file.set_modified(before.modified().expect("mtime"))
        .expect("keep mtime");
    let moved_to = fx.folder.join("album/renamed.jpg");
    std::fs::create_dir(fx.folder.join("album")).expect("album");
    std::fs::rename(&photo, &moved_to).expect("rename");

    let report = fx.scan().await;
    assert_eq!(
        (report.moved, report.added, report.deleted),
        (1, 0, 0),
        "{report:?}"
    );
    assert!(report.failures.is_empty(), "{:?}", report.failures);
    let page = fx.library.timeline_page(None, 10).await.expect("page");
    assert_eq!(page.items.len(), 1);
    assert_eq!(page.items[0].paths, vec![moved_to]);
}

#[tokio::test]
async fn a_file_written_moments_ago_is_left_for_a_later_scan() {
    let fx = Fixture::new().await;
    let clock = skyfolio_clock::ManualClock::at_system_time();
    let library = fx
        .library
        .clone()
        .with_settle_time(std::time::Duration::from_secs(60))
        .with_clock(clock.shared());
    let fresh = fx.put("jpeg/apple_iphone4.jpg", "fresh.jpg");
    let folder = library.folder(&fx.folder).await.expect("folder");
    let report = library.scan_folder(&folder).await.expect("scan");
    assert_eq!(
        (report.added, report.busy.clone()),
        (0, vec![fresh.clone()])
    );
    assert_eq!(fx.timeline_len().await, 0);
    // It is remembered as waiting, for whoever asks without scanning.
    assert_eq!(
        library.busy_files(&folder).await.expect("busy"),
        ["fresh.jpg"]
    );

    // Not yet rested by the library's clock, it still waits; once it has, the next scan takes
    // it.
    clock.advance(std::time::Duration::from_secs(50));
    let report = library.scan_folder(&folder).await.expect("scan");
    assert_eq!((report.added, report.busy.len()), (0, 1), "{report:?}");
    clock.advance(std::time::Duration::from_secs(20));
    let report = library.scan_folder(&folder).await.expect("scan");
    assert_eq!((report.added, report.busy.len()), (1, 0), "{report:?}");
    assert!(library.busy_files(&folder).await.expect("busy").is_empty());
}

#[tokio::test]
async fn an_emptied_folder_is_taken_as_emptied_only_when_someone_says_so() {
    let fx = Fixture::new().await;
    let a = fx.put("jpeg/apple_iphone4.jpg", "a.jpg");
    let b = fx.put("jpeg/nikon_e950.jpg", "b.jpg");
    fx.scan().await;
    std::fs::remove_file(&a).expect("delete");
    std::fs::remove_file(&b).expect("delete");
    let report = fx.scan().await;
    assert_eq!(
        (report.state, report.deleted),
        (Some(FolderState::Emptied), 0)
    );
    let folder = fx.library.folder(&fx.folder).await.expect("folder");
    assert_eq!(folder.state, FolderState::Emptied);
    assert_eq!(fx.timeline_len().await, 2, "nothing taken as deleted yet");

    let report = fx.library.accept_empty(&folder).await.expect("accepted");
    assert_eq!((report.state, report.deleted), (Some(FolderState::Ok), 2));
    assert_eq!(fx.timeline_len().await, 0);
    let folder = fx.library.folder(&fx.folder).await.expect("folder");
    assert_eq!(folder.state, FolderState::Ok);
}

/// The engine writes a file (the index takes it without a scan), then the person empties that
/// sub-folder: the next scan finds the files gone. A directory the index changed without a
/// scan, which then empties, used to be looked at by no scan, and its files stayed present.
#[tokio::test]
async fn a_subfolder_emptied_after_sync_wrote_in_it_is_seen_empty() {
    let fx = Fixture::new().await;
    fx.put("jpeg/apple_iphone4.jpg", "kept.jpg");
    let first = fx.put("jpeg/google_pixel.jpg", "Home/a.jpg");
    fx.scan().await;
    let folder = fx.library.folder(&fx.folder).await.expect("folder");
    let second = fx.put("jpeg/apple_iphone4.jpg", "Home/b.jpg");
    let hash = skyfolio_media::hash_file(&second).expect("hash");
    fx.library
        .record_written(&folder, "Home/b.jpg", hash)
        .await
        .expect("recorded");
    std::fs::remove_file(&first).expect("deleted");
    std::fs::remove_file(&second).expect("deleted");
    let report = fx.scan().await;
    assert_eq!(report.deleted, 2, "{report:?}");
    assert_eq!(indexed_paths(&fx, &folder).await, ["kept.jpg"]);
}

/// The paths of the files the index holds in `folder`.
async fn indexed_paths(fx: &Fixture, folder: &skyfolio_library::Folder) -> Vec<String> {
    fx.library
        .folder_files(folder)
        .await
        .expect("files")
        .into_iter()
        .map(|f| f.rel_path)
        .collect()
}

/// Re-encodes a corpus photo with the `image` crate, which writes no metadata, into the folder
/// under `rel`: a photo that states no capture time, as messengers and editors leave them.
fn put_without_metadata(fx: &Fixture, corpus_name: &str, rel: &str) -> std::path::PathBuf {
    let picture = image::open(crate::corpus(corpus_name)).expect("a corpus photo");
    let target = fx.folder.join(rel);
    std::fs::create_dir_all(target.parent().expect("parent")).expect("dirs");
    picture.save(&target).expect("re-encoded");
    target
}

/// Capture time, its source and the timeline's order key of each item, by file name.
async fn dates_by_name(fx: &Fixture) -> Vec<(String, Option<String>, Option<String>, i64)> {
    let page = fx.library.timeline_page(None, 100).await.expect("page");
    let mut dates: Vec<_> = page
        .items
        .into_iter()
        .map(|item| {
            let name = item.paths[0].file_name().expect("a name");
            let name = name.to_string_lossy().into_owned();
            (name, item.taken_at, item.taken_at_source, item.sort_time)
        })
        .collect();
    dates.sort();
    dates
}

fn millis(utc: &str) -> i64 {
    utc.parse::<jiff::Timestamp>()
        .expect("a timestamp")
        .as_millisecond()
}

/// The file-name dates a scan gives, and keeps: a phone's screenshot and a WhatsApp photo
/// without any metadata, a photo with EXIF under a misleading name, and a photo whose name
/// says nothing (dated by its modification time in the timeline).
fn expected_dates(mtime_of_undated: i64) -> Vec<(String, Option<String>, Option<String>, i64)> {
    let row = |name: &str, taken: Option<&str>, source: Option<&str>, sort: i64| {
        (
            name.to_owned(),
            taken.map(str::to_owned),
            source.map(str::to_owned),
            sort,
        )
    };
    vec![
        row(
            "IMG-20220304-WA0001.jpg",
            Some("2022-03-04T12:00:00"),
            Some("file-name"),
            millis("2022-03-04T12:00:00Z"),
        ),
        row(
            "IMG_20230101_123456.jpg",
            Some("2011-01-13T14:33:39"),
            Some("exif-original"),
            millis("2011-01-13T14:33:39Z"),
        ),
        row(
            "Screenshot_2023-01-01-12-34-56-789_com.example.app.png",
            Some("2023-01-01T12:34:56"),
            Some("file-name"),
            millis("2023-01-01T12:34:56.789Z"),
        ),
        row("holiday.jpg", None, None, mtime_of_undated),
    ]
}

#[tokio::test]
async fn a_photo_without_a_capture_time_is_dated_by_its_phone_style_name() {
    let fx = Fixture::new().await;
    put_without_metadata(
        &fx,
        "jpeg/sony_cybershot_portrait.jpg",
        "Screenshots/Screenshot_2023-01-01-12-34-56-789_com.example.app.png",
    );
    put_without_metadata(
        &fx,
        "jpeg/ricoh_rdc-5300.jpg",
        "WhatsApp/IMG-20220304-WA0001.jpg",
    );
    fx.put("jpeg/apple_iphone4.jpg", "Camera/IMG_20230101_123456.jpg");
    let undated = put_without_metadata(&fx, "jpeg/sony_dsc-d700.jpg", "holiday.jpg");
    let mtime = std::fs::metadata(&undated)
        .and_then(|m| m.modified())
        .expect("mtime");
    let mtime = jiff::Timestamp::try_from(mtime)
        .expect("a time")
        .as_millisecond();

    let report = fx.scan().await;
    assert_eq!(report.added, 4, "{report:?}");
    assert_eq!(dates_by_name(&fx).await, expected_dates(mtime));
    let days: Vec<String> = fx
        .library
        .counts_by_day()
        .await
        .expect("counts")
        .into_iter()
        .map(|count| count.period)
        .collect();
    assert!(days.contains(&"2022-03-04".to_owned()), "{days:?}");
    assert!(days.contains(&"2023-01-01".to_owned()), "{days:?}");
}

/// An index written before the reader looked at names holds phone-named photos undated; a scan
/// dates them from their names without reading the files again, and leaves alone what the
/// files themselves date and what no name dates.
#[tokio::test]
async fn an_index_from_before_file_name_dates_gets_them_without_reading_files_again() {
    let fx = Fixture::new().await;
    put_without_metadata(
        &fx,
        "jpeg/sony_cybershot_portrait.jpg",
        "Screenshots/Screenshot_2023-01-01-12-34-56-789_com.example.app.png",
    );
    put_without_metadata(
        &fx,
        "jpeg/ricoh_rdc-5300.jpg",
        "WhatsApp/IMG-20220304-WA0001.jpg",
    );
    fx.put("jpeg/apple_iphone4.jpg", "Camera/IMG_20230101_123456.jpg");
    let undated = put_without_metadata(&fx, "jpeg/sony_dsc-d700.jpg", "holiday.jpg");
    let mtime = std::fs::metadata(&undated)
        .and_then(|m| m.modified())
        .expect("mtime");
    let mtime = jiff::Timestamp::try_from(mtime)
        .expect("a time")
        .as_millisecond();
    assert_eq!(fx.scan().await.added, 4);
    // As the reader before file-name dates left them: undated, in the timeline by mtime, in a
    // folder never dated by names.
    fx.execute(&format!(
        "UPDATE media SET taken_at = NULL, taken_at_source = NULL, sort_time = {mtime}
         WHERE taken_at_source = 'file-name'"
    ))
    .await;
    fx.execute("UPDATE folders SET names_dated = 0").await;
    let old = dates_by_name(&fx).await;
    assert_eq!(
        old.iter().filter(|row| row.1.is_none()).count(),
        3,
        "{old:?}"
    );

    let report = fx.scan().await;
    assert_eq!((report.read, report.unchanged), (0, 4), "{report:?}");
    assert_eq!(dates_by_name(&fx).await, expected_dates(mtime));

    // Once done, a rescan does not look at names again: what they did not date stays so...
    fx.execute("UPDATE media SET taken_at = NULL, taken_at_source = NULL WHERE taken_at_source = 'file-name'")
        .await;
    fx.scan().await;
    assert!(
        dates_by_name(&fx)
            .await
            .iter()
            .all(|row| row.1.is_none() || row.0 == "IMG_20230101_123456.jpg"),
        "{:?}",
        dates_by_name(&fx).await
    );
    // ...but a file renamed to a name that states a time is dated by it, without being read.
    std::fs::rename(
        fx.folder.join("holiday.jpg"),
        fx.folder.join("IMG_20190607_080910.jpg"),
    )
    .expect("renamed");
    let report = fx.scan().await;
    assert_eq!((report.read, report.moved), (0, 1), "{report:?}");
    let renamed = dates_by_name(&fx).await;
    let row = renamed
        .iter()
        .find(|row| row.0 == "IMG_20190607_080910.jpg")
        .expect("the renamed photo");
    assert_eq!(row.1.as_deref(), Some("2019-06-07T08:09:10"), "{renamed:?}");
}

/// A camera card or a network drive mounted again comes back with a new device number: its
/// files are the same and are not read again.
#[tokio::test]
async fn a_drive_mounted_again_is_not_read_again() {
    let fx = Fixture::new().await;
    fx.put("jpeg/apple_iphone4.jpg", "DCIM/a.jpg");
    fx.put("jpeg/nikon_e950.jpg", "DCIM/b.jpg");
    let first = fx.scan().await;
    assert_eq!(first.added, 2, "{first:?}");
    // What a drive mounted again under another device number looks like to the index: its
    // directory's listing changed (every identity in it did), its files' identities differ.
    let folder = fx.library.folder(&fx.folder).await.expect("folder");
    let rescan_after = |sql: &'static str| {
        let (fx, folder) = (&fx, &folder);
        async move {
            fx.execute(sql).await;
            fx.library
                .look_again(folder, "DCIM/a.jpg")
                .await
                .expect("distrusted");
            fx.scan().await
        }
    };
    let again = rescan_after(
        "UPDATE files SET file_id = '4242:' || substr(file_id, instr(file_id, ':') + 1)",
    )
    .await;
    assert_eq!((again.unchanged, again.read), (2, 0), "{again:?}");
    // Another file under the same name is still another file.
    let replaced =
        rescan_after("UPDATE files SET file_id = '4242:1' WHERE rel_path = 'DCIM/a.jpg'").await;
    assert_eq!((replaced.unchanged, replaced.read), (1, 1), "{replaced:?}");
}

#[tokio::test]
async fn every_change_changes_the_folders_fingerprint_whatever_the_clock_says() {
    let fx = Fixture::new().await;
    let clock = skyfolio_clock::ManualClock::at_system_time();
    let library = fx.library.clone().with_clock(clock.shared());
    let folder = library.folder(&fx.folder).await.expect("folder");
    let fingerprint = || async {
        library
            .folder_fingerprint(&folder)
            .await
            .expect("fingerprint")
    };
    fx.put("jpeg/apple_iphone4.jpg", "a.jpg");
    library.scan_folder(&folder).await.expect("scan");
    let first = fingerprint().await;
    library.scan_folder(&folder).await.expect("scan");
    assert_eq!(fingerprint().await, first, "nothing changed, nothing told");

    // Changed while the clock stands still (two changes within one millisecond)...
    fx.put("jpeg/nikon_e950.jpg", "a.jpg");
    let report = library.scan_folder(&folder).await.expect("scan");
    assert_eq!(report.changed, 1, "{report:?}");
    let second = fingerprint().await;
    assert_ne!(second, first);

    // ...and after the clock was set back an hour.
    clock.set(skyfolio_clock::Clock::now_ms(&clock) - 3_600_000);
    fx.put("jpeg/apple_iphone4.jpg", "a.jpg");
    let report = library.scan_folder(&folder).await.expect("scan");
    assert_eq!(report.changed, 1, "{report:?}");
    assert_ne!(fingerprint().await, second);
}

/// Sync writes into the index from many tasks at once: files it downloaded and files it
/// moved. Each of these reads, then writes; on the library's several connections
/// none may fail because another wrote in between ("database is locked" at once, which no
/// waiting cures), or a move is done on disk and missing from the index.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn writes_racing_on_the_index_all_land() {
    let fx = Fixture::new().await;
    const FILES: usize = 24;
    let mut hashes = Vec::new();
    for n in 0..FILES {
        let path = fx.put("jpeg/google_pixel.jpg", &format!("in/{n}.jpg"));
        hashes.push(skyfolio_media::hash_file(&path).expect("hash"));
    }
    fx.scan().await;
    let folder = fx.library.folder(&fx.folder).await.expect("folder");
    for n in 0..FILES {
        fx.put("jpeg/google_pixel.jpg", &format!("new/{n}.jpg"));
        std::fs::create_dir_all(fx.folder.join("moved")).expect("dir");
        std::fs::rename(
            fx.folder.join(format!("in/{n}.jpg")),
            fx.folder.join(format!("moved/{n}.jpg")),
        )
        .expect("moved on disk");
    }
    let mut tasks = tokio::task::JoinSet::new();
    for (n, hash) in hashes.into_iter().enumerate() {
        let (library, at) = (fx.library.clone(), folder.clone());
        tasks.spawn(async move {
            library
                .record_moved(&at, &format!("in/{n}.jpg"), &format!("moved/{n}.jpg"))
                .await
        });
        let (library, at) = (fx.library.clone(), folder.clone());
        tasks.spawn(async move {
            library
                .record_written(&at, &format!("new/{n}.jpg"), hash)
                .await
                .map(|_| ())
        });
    }
    while let Some(done) = tasks.join_next().await {
        done.expect("task").expect("every write lands");
    }
    let mut present = indexed_paths(&fx, &folder).await;
    present.sort();
    let mut expected: Vec<String> = (0..FILES)
        .flat_map(|n| [format!("moved/{n}.jpg"), format!("new/{n}.jpg")])
        .collect();
    expected.sort();
    assert_eq!(present, expected);
}
