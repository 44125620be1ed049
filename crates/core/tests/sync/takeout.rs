//! Google Takeout import end to end: Takeout zips built here from corpus photos, a real
//! server, and the report checked item by item.

use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use skyfolio_core::{FolderMode, ReportRow, RowKind, RowOutcome, TakeoutOptions, TakeoutReport};
use skyfolio_sync::transfer::{Gate, Link, TransferProgress};

use crate::{Cloud, Device, corpus};

const GP: &str = "Takeout/Google Photos";

fn read(name: &str) -> Vec<u8> {
    std::fs::read(corpus(name)).expect("a corpus file")
}

fn sidecar(title: &str, taken: i64, extra: &str) -> Vec<u8> {
    format!(
        r#"{{"title": "{title}", "url": "https://photos.google.com/photo/{title}",
            "photoTakenTime": {{"timestamp": "{taken}"}}{extra}}}"#
    )
    .into_bytes()
}

fn write_zip(path: &Path, files: &[(String, Vec<u8>)]) {
    let file = std::fs::File::create(path).expect("created");
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(false);
    for (name, bytes) in files {
        zip.start_file(name.as_str(), options)
            .expect("entry started");
        zip.write_all(bytes).expect("entry written");
    }
    zip.finish().expect("finished");
}

/// Anna's laptop, signed in to `cloud`, syncing a folder both ways.
async fn laptop(cloud: &Cloud) -> Device {
    Device::new(
        cloud,
        "Laptop",
        "anna@example.org",
        true,
        FolderMode::TwoWay,
    )
    .await
}

fn options() -> TakeoutOptions {
    TakeoutOptions {
        time_zone: jiff::tz::TimeZone::UTC,
    }
}

/// A Takeout in three parts plus a truncated one and a file that is no zip at all (part 3 is
/// missing). Answers the paths to give the importer.
fn takeout(dir: &Path) -> Vec<PathBuf> {
    let f = |path: &str| format!("{GP}/{path}");
    let part1 = vec![
        (
            f("Photos from 2011/IMG_0001.jpg"),
            read("jpeg/apple_iphone4.jpg"),
        ),
        (
            f("Photos from 2011/IMG_0001.jpg.supplemental-metadata.json"),
            sidecar("IMG_0001.jpg", 1_294_929_219, r#", "favorited": true"#),
        ),
        (
            f("Photos from 2017/copy.jpg"),
            read("jpeg/apple_iphone4.jpg"),
        ),
        (f("Photos from 2019/IMG_1.jpg"), read("jpeg/no_exif.jpg")),
        (
            f("Photos from 2019/IMG_1.jpg.json"),
            sidecar("IMG_1.jpg", 1_559_390_400, ""),
        ),
        (
            f("Photos from 2012/DSC_1.jpg"),
            read("jpeg/nikon_d5000.jpg"),
        ),
        (
            f("Photos from 2012/DSC_1-edited.jpg"),
            read("jpeg/htc_desire.jpg"),
        ),
        (
            f("Photos from 2012/DSC_1.jpg.json"),
            sidecar("DSC_1.jpg", 1_300_000_000, ""),
        ),
        (f("Photos from 2013/IMG_2.jpg"), read("jpeg/jolla.jpg")),
        (
            f("Photos from 2013/IMG_2(1).jpg"),
            read("jpeg/kodak_dc3400.jpg"),
        ),
        (
            f("Photos from 2013/IMG_2.jpg.json"),
            sidecar("IMG_2.jpg", 1_360_000_000, ""),
        ),
        (
            f("Photos from 2013/IMG_2.jpg(1).json"),
            sidecar("IMG_2.jpg", 1_360_000_100, ""),
        ),
        (
            f("Photos from 2014/filename_that_is_45_chars_long_abcdefghij.jpg"),
            read("jpeg/casio_ex-z3.jpg"),
        ),
        (
            f("Photos from 2014/filename_that_is_45_chars_long_abcdefghij.jpg..json"),
            sidecar(
                "filename_that_is_45_chars_long_abcdefghij.jpg",
                1_400_000_000,
                "",
            ),
        ),
        (
            f("Photos from 2015/IMG_3.jpg"),
            read("jpeg/kyocera_fc-s3.jpg"),
        ),
        (
            f("Photos from 2015/IMG_3.jpg.json"),
            sidecar("IMG_3.jpg", 1_430_000_000, r#", "trashed": true"#),
        ),
        (
            f("Photos from 2020/IMG_9.jpg.json"),
            sidecar("IMG_9.jpg", 1_590_000_000, ""),
        ),
        (
            f("Trip/metadata.json"),
            br#"{"title": "Trip to Rome"}"#.to_vec(),
        ),
        (f("Trip/IMG_5.jpg"), read("jpeg/canon_eos_7d.jpg")),
        (
            f("Trip/IMG_5.jpg.json"),
            sidecar("IMG_5.jpg", 1_260_000_000, ""),
        ),
        (
            f("Photos from 2016/IMG_5.jpg"),
            read("jpeg/canon_eos_7d.jpg"),
        ),
        ("../../evil.jpg".to_owned(), read("jpeg/jolla.jpg")),
        (f("Photos from 2018/bomb.jpg"), vec![0; 40 << 20]),
        (f("Photos from 2018/fake.jpg"), read("bad/not_an_image.jpg")),
        (f("archive_browser.html"), b"<html></html>".to_vec()),
        (
            f("Photos from 2019/PXL_1.MP.jpg"),
            read("jpeg/google_pixel.jpg"),
        ),
        (
            f("Photos from 2019/PXL_1.MP"),
            read("video/android_gps.mp4"),
        ),
        (
            f("Photos from 2019/PXL_1.MP.jpg.json"),
            sidecar("PXL_1.MP.jpg", 1_532_000_000, ""),
        ),
        (
            f("Photos from 2010/IMG_7.jpg"),
            read("jpeg/sony_dsc-hx5v.jpg"),
        ),
        (
            f("Photos from 2010/IMG_7.jpg.json"),
            sidecar("IMG_7.jpg", 1_270_000_000, ""),
        ),
    ];
    let part2 = vec![(
        f("Photos from 2016/IMG_5.jpg"),
        read("jpeg/canon_eos_7d.jpg"),
    )];
    let paths = [
        dir.join("takeout-20240712T112341Z-002.zip"),
        dir.join("takeout-20240712T112341Z-001.zip"),
        dir.join("takeout-20240712T112341Z-004.zip"),
        dir.join("notes.txt"),
    ];
    write_zip(&paths[0], &part2);
    write_zip(&paths[1], &part1);
    // Part 4 was cut short by a download that did not finish.
    let whole = std::fs::read(&paths[1]).expect("read");
    std::fs::write(&paths[2], &whole[..whole.len() / 3]).expect("cut");
    std::fs::write(&paths[3], b"not a zip").expect("written");
    paths.to_vec()
}

fn by_name(report: &TakeoutReport) -> HashMap<String, ReportRow> {
    report
        .rows
        .iter()
        .filter(|r| {
            matches!(
                r.kind,
                RowKind::Photo | RowKind::Video | RowKind::MotionVideo
            )
        })
        .map(|r| (r.name.clone(), r.clone()))
        .collect()
}

fn check_adds_up(report: &TakeoutReport) {
    let c = &report.counts;
    assert_eq!(
        c.imported + c.already_present + c.failed,
        c.items + c.motion_videos,
        "{c:?}"
    );
    assert_eq!(c.entries_by_use.values().sum::<usize>(), c.entries, "{c:?}");
}

/// Bytes of every live cloud item by path, as the mirror knows them.
async fn live(device: &Device) -> BTreeMap<String, String> {
    device
        .app
        .engine(skyfolio_sync::Options::default())
        .await
        .expect("engine")
        .pull()
        .await
        .expect("pulled");
    skyfolio_core::testing::state(&device.app)
        .live_items()
        .await
        .expect("items")
        .into_iter()
        .map(|row| (row.path, row.hash.to_hex()))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_takeout_is_imported_once_with_its_albums_dates_and_trash() {
    let cloud = Cloud::start().await;
    let device = laptop(&cloud).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = takeout(dir.path());
    let before: Vec<(PathBuf, Vec<u8>)> = paths
        .iter()
        .map(|p| (p.clone(), std::fs::read(p).expect("read")))
        .collect();
    // A photo the cloud holds already.
    let earlier = dir.path().join("sony.jpg");
    std::fs::write(&earlier, read("jpeg/sony_dsc-hx5v.jpg")).expect("written");
    let sent = device
        .app
        .upload_paths(&[earlier], Some("Earlier"), Arc::new(|_| {}))
        .await
        .expect("uploaded");
    assert_eq!(sent.uploaded.len(), 1);
    // Another photo under a name the Takeout uses.
    let other = dir.path().join("IMG_2.jpg");
    std::fs::write(&other, read("jpeg/olympus_c720uz.jpg")).expect("written");
    device
        .app
        .upload_paths(&[other], Some("Google Photos"), Arc::new(|_| {}))
        .await
        .expect("uploaded");

    let review = device
        .app
        .plan_takeout_import(&paths)
        .await
        .expect("reviewed");
    assert_eq!(review.photos, 14, "{review:?}");
    assert_eq!(review.motion_photos, 1);
    assert_eq!(review.albums, 1);
    assert_eq!(review.album_titles, ["Trip to Rome"]);
    assert_eq!((review.favorites, review.trashed), (1, 1));
    assert_eq!(review.done_earlier, 0);
    assert_eq!(
        review.sources.iter().filter(|s| s.error.is_some()).count(),
        2
    );
    assert_eq!(live(&device).await.len(), 2, "a dry run sends nothing");

    let report = device
        .app
        .import_takeout(&paths, &options(), Link::new(Arc::new(|_| {})))
        .await
        .expect("imported");
    check_adds_up(&report);
    let rows = by_name(&report);
    let imported = |name: &str, at: &str| {
        let row = &rows[name];
        assert_eq!(row.outcome, RowOutcome::Imported, "{row:?}");
        assert_eq!(row.cloud_path.as_deref(), Some(at), "{row:?}");
    };
    imported("IMG_0001.jpg", "Google Photos/IMG_0001.jpg");
    imported("IMG_1.jpg", "Google Photos/IMG_1.jpg");
    imported("DSC_1.jpg", "Google Photos/DSC_1.jpg");
    imported("DSC_1-edited.jpg", "Google Photos/DSC_1-edited.jpg");
    imported("IMG_2.jpg", "Google Photos/IMG_2 (1).jpg");
    imported("IMG_2(1).jpg", "Google Photos/IMG_2(1).jpg");
    imported(
        "filename_that_is_45_chars_long_abcdefghij.jpg",
        "Google Photos/filename_that_is_45_chars_long_abcdefghij.jpg",
    );
    imported("IMG_3.jpg", "Google Photos/IMG_3.jpg");
    imported("IMG_5.jpg", "Trip to Rome/IMG_5.jpg");
    imported("PXL_1.MP.jpg", "Google Photos/PXL_1.MP.jpg");
    imported("PXL_1.MP", "Google Photos/PXL_1.MP");
    assert_eq!(rows["PXL_1.MP"].kind, RowKind::MotionVideo);
    // Sidecars in every naming form found their photos.
    assert_eq!(
        rows["DSC_1-edited.jpg"].sidecar.as_deref(),
        Some(format!("{GP}/Photos from 2012/DSC_1.jpg.json").as_str())
    );
    assert_eq!(
        rows["IMG_2(1).jpg"].sidecar.as_deref(),
        Some(format!("{GP}/Photos from 2013/IMG_2.jpg(1).json").as_str())
    );
    assert!(
        rows["filename_that_is_45_chars_long_abcdefghij.jpg"]
            .sidecar
            .is_some()
    );
    assert!(rows["IMG_0001.jpg"].favorite);
    assert!(rows["IMG_3.jpg"].trashed);
    // Content already somewhere is not sent again, and the report says where it is.
    let copy = &rows["copy.jpg"];
    assert_eq!(copy.outcome, RowOutcome::AlreadyPresent);
    assert_eq!(
        copy.present_at.as_deref(),
        Some("Google Photos/IMG_0001.jpg")
    );
    assert!(copy.sidecar.is_none(), "listed as media without a sidecar");
    let earlier = &rows["IMG_7.jpg"];
    assert_eq!(earlier.outcome, RowOutcome::AlreadyPresent);
    assert_eq!(earlier.present_at.as_deref(), Some("Earlier/sony.jpg"));
    let bomb = &rows["bomb.jpg"];
    assert_eq!(bomb.outcome, RowOutcome::Failed);
    assert_eq!(bomb.reason.as_deref(), Some("zip-bomb"), "{bomb:?}");
    let fake = &rows["fake.jpg"];
    assert_eq!(fake.outcome, RowOutcome::Failed);
    assert_eq!(
        fake.reason.as_deref(),
        Some("unsupported-format"),
        "{fake:?}"
    );
    assert!(
        fake.detail
            .as_deref()
            .is_some_and(|d| !d.contains(".takeout-")),
        "the entry is named, not a temporary file: {fake:?}"
    );

    let others: Vec<&ReportRow> = report
        .rows
        .iter()
        .filter(|r| {
            !matches!(
                r.kind,
                RowKind::Photo | RowKind::Video | RowKind::MotionVideo
            )
        })
        .collect();
    let orphan = others
        .iter()
        .find(|r| r.outcome == RowOutcome::NotImported)
        .expect("the sidecar of the missing part");
    assert_eq!(orphan.name, "IMG_9.jpg");
    assert_eq!(
        orphan.url.as_deref(),
        Some("https://photos.google.com/photo/IMG_9.jpg")
    );
    let refused = others
        .iter()
        .find(|r| r.outcome == RowOutcome::Refused)
        .expect("the entry that climbs out");
    assert_eq!(refused.entry.as_deref(), Some("../../evil.jpg"));
    assert_eq!(refused.reason.as_deref(), Some("dot-segment"));
    assert!(
        others
            .iter()
            .any(|r| r.outcome == RowOutcome::Ignored && r.reason.as_deref() == Some("not-media"))
    );
    let bad: Vec<(&str, &str)> = report
        .sources
        .iter()
        .filter_map(|s| {
            let name = s.path.file_name()?.to_str()?;
            Some((name, s.error.as_ref()?.code.as_str()))
        })
        .collect();
    assert_eq!(
        bad,
        [
            ("takeout-20240712T112341Z-004.zip", "bad-zip"),
            ("notes.txt", "bad-zip")
        ]
    );
    let c = &report.counts;
    assert_eq!((c.items, c.motion_videos), (14, 1));
    assert_eq!((c.imported, c.already_present, c.failed), (11, 2, 2));
    assert_eq!(
        (c.sidecars_without_media, c.refused, c.unreadable_sources),
        (1, 1, 2)
    );
    assert_eq!((c.favorites, c.trashed, c.without_sidecar), (1, 1, 3));
    assert!(report.has_failures());

    // In the cloud: each content once; Google's trash in the recycle bin; the sidecar's date
    // only where the file has none.
    let items = live(&device).await;
    assert_eq!(items.len(), 12, "{items:#?}");
    let mut hashes: Vec<&String> = items.values().collect();
    hashes.sort();
    hashes.dedup();
    assert_eq!(hashes.len(), items.len(), "one item per content");
    assert!(!items.contains_key("Google Photos/IMG_3.jpg"));
    let trash = device.app.trash().await.expect("the trash");
    assert!(trash.iter().any(|i| i.path == "Google Photos/IMG_3.jpg"));
    let rows_in_cloud = skyfolio_core::testing::state(&device.app)
        .live_items()
        .await
        .expect("items");
    let taken = |path: &str| {
        rows_in_cloud
            .iter()
            .find(|r| r.path == path)
            .and_then(|r| r.taken_at.clone())
            .unwrap_or_default()
    };
    assert!(
        taken("Google Photos/IMG_1.jpg").starts_with("2019-06-01T12:00:00"),
        "{}",
        taken("Google Photos/IMG_1.jpg")
    );
    assert!(
        taken("Google Photos/IMG_0001.jpg").starts_with("2011-01-13T14:33:39"),
        "the file's own time wins: {}",
        taken("Google Photos/IMG_0001.jpg")
    );

    // A second run imports nothing new: the ledger says what is done.
    let again = device
        .app
        .import_takeout(&paths, &options(), Link::new(Arc::new(|_| {})))
        .await
        .expect("imported again");
    check_adds_up(&again);
    assert_eq!(again.counts.imported, 11);
    assert_eq!(again.counts.earlier, 13, "{:?}", again.counts);
    assert_eq!(live(&device).await, items);
    let review = device
        .app
        .plan_takeout_import(&paths)
        .await
        .expect("reviewed");
    assert_eq!(review.done_earlier, 13);

    // The Takeout was only read, and nothing is left in the scratch folder.
    for (path, bytes) in before {
        assert_eq!(
            std::fs::read(&path).expect("read"),
            bytes,
            "{}",
            path.display()
        );
    }
    let scratch = device.app.home().cache_dir().join("takeout");
    assert_eq!(std::fs::read_dir(scratch).expect("scratch").count(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_import_stopped_midway_resumes_and_sends_each_photo_once() {
    let cloud = Cloud::start().await;
    let device = laptop(&cloud).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let names = [
        "jpeg/canon_eos_d60.jpg",
        "jpeg/nikon_e950.jpg",
        "jpeg/pentax_ist_d.jpg",
        "jpeg/ricoh_rdc-5300.jpg",
        "jpeg/sony_dsc-d700.jpg",
    ];
    let files: Vec<(String, Vec<u8>)> = names
        .iter()
        .enumerate()
        .map(|(i, name)| (format!("{GP}/Photos from 2005/IMG_{i}.jpg"), read(name)))
        .collect();
    let part = dir.path().join("takeout-001.zip");
    write_zip(&part, &files);
    let paths = vec![part];

    // The first photo goes through; then the transfers stop and the import is aborted.
    let gate = Gate::new();
    let sink_gate = gate.clone();
    let progress = Arc::new(move |p: TransferProgress| {
        if p.done >= p.size {
            sink_gate.set_open(false);
        }
    });
    let link = Link {
        progress,
        limit: None,
        gate: Some(gate.clone()),
    };
    let app = device.app.clone();
    let task_paths = paths.clone();
    let task = tokio::spawn(async move { app.import_takeout(&task_paths, &options(), link).await });
    let ledger = device.app.home().data_dir().join("takeout-ledger.jsonl");
    for _ in 0..600 {
        if std::fs::read_to_string(&ledger).is_ok_and(|t| t.lines().count() >= 1) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    task.abort();
    assert!(task.await.is_err(), "aborted before it finished");
    let partly = live(&device).await;
    assert!(
        !partly.is_empty() && partly.len() < names.len(),
        "{partly:#?}"
    );

    let report = device
        .app
        .import_takeout(&paths, &options(), Link::new(Arc::new(|_| {})))
        .await
        .expect("resumed");
    check_adds_up(&report);
    assert_eq!(report.counts.imported, names.len(), "{:?}", report.counts);
    assert_eq!(report.counts.earlier, partly.len());
    let items = live(&device).await;
    assert_eq!(items.len(), names.len(), "{items:#?}");
    for (i, name) in names.iter().enumerate() {
        let hash = blake3::hash(&read(name)).to_hex().to_string();
        assert_eq!(
            items.get(&format!("Google Photos/IMG_{i}.jpg")),
            Some(&hash),
            "{name}"
        );
    }
    let scratch = device.app.home().cache_dir().join("takeout");
    assert_eq!(std::fs::read_dir(scratch).expect("scratch").count(), 0);
}

/// What the app does: the import runs as an operation, and its report, saved as CSV and JSON
/// under a fresh name, reads back whole by that name; a name with a path in it is refused.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_import_in_the_background_saves_a_report_the_app_reads_back() {
    let cloud = Cloud::start().await;
    let device = laptop(&cloud).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let part = dir.path().join("takeout-001.zip");
    write_zip(
        &part,
        &[
            (
                format!("{GP}/Photos from 2019/IMG_1.jpg"),
                read("jpeg/no_exif.jpg"),
            ),
            (
                format!("{GP}/Photos from 2019/IMG_1.jpg.json"),
                sidecar("IMG_1.jpg", 1_559_390_400, ""),
            ),
            (
                format!("{GP}/Photos from 2019/IMG_9.jpg.json"),
                sidecar("IMG_9.jpg", 1_559_390_400, ""),
            ),
        ],
    );
    let (sender, mut receiver) = tokio::sync::mpsc::unbounded_channel();
    let reports: skyfolio_core::ProgressReports = Arc::new(move |p| {
        let _ = sender.send(p);
    });
    let started = device
        .app
        .start_takeout_import(vec![part.clone()], reports.clone())
        .expect("started");
    let last = loop {
        let progress = tokio::time::timeout(Duration::from_secs(60), receiver.recv())
            .await
            .expect("a report within a minute")
            .expect("reports until the end");
        assert_eq!(progress.id, started.id);
        if progress.state != skyfolio_core::OperationState::Running {
            break progress;
        }
    };
    assert_eq!(last.state, skyfolio_core::OperationState::Done, "{last:?}");
    assert_eq!((last.files_done, last.files_total), (1, 1), "{last:?}");

    let csv = std::fs::read_to_string(&started.path).expect("the CSV report");
    assert_eq!(csv.lines().count(), 3, "a header and two rows: {csv}");
    let report = device
        .app
        .takeout_report(&started.report)
        .await
        .expect("the report reads back");
    check_adds_up(&report);
    let rows = by_name(&report);
    assert_eq!(rows["IMG_1.jpg"].outcome, RowOutcome::Imported);
    let orphan = report
        .rows
        .iter()
        .find(|r| r.kind == RowKind::Sidecar)
        .expect("the JSON without its photo");
    assert_eq!(
        (orphan.outcome, orphan.url.as_deref()),
        (
            RowOutcome::NotImported,
            Some("https://photos.google.com/photo/IMG_9.jpg")
        )
    );

    // A second import the same second gets a name of its own.
    let again = device
        .app
        .start_takeout_import(vec![part], reports)
        .expect("started");
    assert_ne!(again.report, started.report);
    while let Some(progress) = receiver.recv().await {
        if progress.id == again.id && progress.state != skyfolio_core::OperationState::Running {
            assert_eq!(progress.already_there, 1, "{progress:?}");
            break;
        }
    }

    let listed = device.app.takeout_reports().await.expect("listed");
    let mut names: Vec<&str> = listed.iter().map(|r| r.name.as_str()).collect();
    names.sort_unstable();
    let mut expected = vec![started.report.as_str(), again.report.as_str()];
    expected.sort_unstable();
    assert_eq!(names, expected, "{listed:?}");
    assert!(listed.iter().any(|r| r.path == started.path), "{listed:?}");

    let secret = device.app.home().data_dir().join("secret.json");
    std::fs::write(&secret, b"{}").expect("written");
    for name in ["../secret", "..", "", "a/b", "a\\b", "C:x", "nothing here"] {
        let error = device
            .app
            .takeout_report(name)
            .await
            .expect_err("not a report of this app");
        assert_eq!(error.code(), skyfolio_core::Code::Io, "{name}: {error}");
    }
}
