//! `skyfolio import-takeout` as a person runs it: a dry run, then the import with a CSV report,
//! on a Takeout zip built here from corpus photos.

use std::io::Write;
use std::path::Path;

use crate::cloud::{Cloud, Computer};
use crate::corpus;

const GP: &str = "Takeout/Google Photos";

fn write_zip(path: &Path, files: &[(String, Vec<u8>)]) {
    let file = std::fs::File::create(path).expect("created");
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in files {
        zip.start_file(name.as_str(), options)
            .expect("entry started");
        zip.write_all(bytes).expect("entry written");
    }
    zip.finish().expect("finished");
}

fn read(name: &str) -> Vec<u8> {
    std::fs::read(corpus().join(name)).expect("a corpus file")
}

#[test]
fn import_takeout_reviews_imports_and_writes_a_csv_report() {
    let cloud = Cloud::start();
    let laptop = Computer::new();
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
                format!("{GP}/Photos from 2019/IMG_1.jpg.supplemental-metadata.json"),
                br#"{"title": "IMG_1.jpg", "photoTakenTime": {"timestamp": "1559390400"},
                    "url": "https://photos.google.com/photo/1"}"#
                    .to_vec(),
            ),
            (
                format!("{GP}/Trip/metadata.json"),
                br#"{"title": "Trip"}"#.to_vec(),
            ),
            (format!("{GP}/Trip/DSC_2.jpg"), read("jpeg/nikon_d5000.jpg")),
            (
                format!("{GP}/Photos from 2020/IMG_9.jpg.json"),
                br#"{"title": "IMG_9.jpg", "url": "https://photos.google.com/photo/9"}"#.to_vec(),
            ),
            ("../../evil.jpg".to_owned(), b"x".to_vec()),
        ],
    );
    let part_arg = part.to_str().expect("utf-8");

    let review = laptop.ok(&["import-takeout", "--dry-run", part_arg]);
    assert!(
        review.contains("2 photos and 0 videos (0 motion photos) in 1 albums"),
        "{review}"
    );
    assert!(
        review.contains("not imported: 1 × refused (dot-segment)"),
        "{review}"
    );
    assert!(review.contains("nothing was sent (--dry-run)"), "{review}");

    // A part that is no zip is named, with why, and the command says something failed.
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, b"not a zip").expect("written");
    let output = laptop.run(&[
        "import-takeout",
        "--dry-run",
        part_arg,
        notes.to_str().expect("utf-8"),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("notes.txt: not read: This is not a zip archive"),
        "{stderr}"
    );

    let bad_zone = laptop.run(&["import-takeout", "--time-zone", "Mars/Olympus", part_arg]);
    assert_eq!(bad_zone.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&bad_zone.stderr).contains("Mars/Olympus is not a time zone"),
        "{}",
        String::from_utf8_lossy(&bad_zone.stderr)
    );

    laptop.login(&cloud, true);
    let report = dir.path().join("report.csv");
    let out = laptop.ok(&[
        "import-takeout",
        part_arg,
        "--time-zone",
        "UTC",
        "--report",
        report.to_str().expect("utf-8"),
    ]);
    assert!(
        out.contains("2 imported, 0 already there, 0 done by an earlier import, 0 failed"),
        "{out}"
    );
    assert!(out.contains("report written to"), "{out}");
    let csv = std::fs::read_to_string(&report).expect("the report");
    let mut lines = csv.lines();
    let header = lines.next().expect("a header");
    assert!(
        header.starts_with("outcome,kind,name,source,entry,album,cloudPath,presentAt"),
        "{header}"
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 4, "{csv}");
    assert!(
        rows.iter()
            .any(|r| r.starts_with("imported,photo,IMG_1.jpg,")
                && r.contains("Google Photos/IMG_1.jpg")),
        "{csv}"
    );
    assert!(
        rows.iter()
            .any(|r| r.starts_with("imported,photo,DSC_2.jpg,") && r.contains("Trip/DSC_2.jpg")),
        "{csv}"
    );
    assert!(
        rows.iter()
            .any(|r| r.starts_with("not-imported,sidecar,IMG_9.jpg,")
                && r.contains("https://photos.google.com/photo/9")),
        "{csv}"
    );
    assert!(
        rows.iter()
            .any(|r| r.starts_with("refused,entry,../../evil.jpg,")),
        "{csv}"
    );

    // Again: nothing new, said as such; the JSON report has the counts.
    let json_report = dir.path().join("report.json");
    let again = laptop.ok(&[
        "import-takeout",
        part_arg,
        "--report",
        json_report.to_str().expect("utf-8"),
    ]);
    assert!(
        again.contains("0 imported, 0 already there, 2 done by an earlier import"),
        "{again}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json_report).expect("read")).expect("JSON");
    assert_eq!(json["counts"]["imported"], 2);
    assert_eq!(json["counts"]["earlier"], 2);
}

#[test]
fn import_device_backs_up_a_card_and_free_device_removes_only_what_the_cloud_holds() {
    let cloud = Cloud::start();
    let laptop = Computer::new();
    laptop.login(&cloud, true);
    let dir = tempfile::tempdir().expect("temp dir");
    let card = dir.path().join("CANON");
    let put = |rel: &str, bytes: &[u8]| {
        let path = card.join(rel);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
        std::fs::write(path, bytes).expect("written");
    };
    put("DCIM/100CANON/IMG_0001.JPG", &read("jpeg/canon_eos_7d.jpg"));
    put("DCIM/.thumbnails/t.jpg", &read("jpeg/jolla.jpg"));
    put("MISC/notes.txt", b"not a photo");
    let card_arg = card.to_str().expect("utf-8");

    let out = laptop.ok(&["import-device", card_arg]);
    assert!(out.contains("-> Camera/IMG_0001.JPG"), "{out}");
    assert!(
        out.contains("1 backed up, 0 already in the cloud or on this computer, 1 not photos or videos, 0 failed"),
        "{out}"
    );
    let listed = laptop.ok(&["free-device", card_arg]);
    assert!(
        listed.contains("1 files (") && listed.contains("run again with --yes"),
        "{listed}"
    );
    assert!(
        card.join("DCIM/100CANON/IMG_0001.JPG").exists(),
        "removed without --yes"
    );
    let freed = laptop.ok(&["free-device", card_arg, "--yes"]);
    assert!(freed.contains("1 files removed"), "{freed}");
    assert!(!card.join("DCIM/100CANON/IMG_0001.JPG").exists());
    assert!(card.join("DCIM/.thumbnails/t.jpg").exists());
    assert!(card.join("MISC/notes.txt").exists());

    // A folder that is not there is named, and nothing else happens.
    let missing = laptop.run(&["import-device", "/nonexistent/CARD"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&missing.stderr).contains("/nonexistent/CARD"),
        "{}",
        String::from_utf8_lossy(&missing.stderr)
    );
}
