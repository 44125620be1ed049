//! The capture time a phone's file name gives, for files that state none themselves.

use std::path::{Path, PathBuf};

use skyfolio_media::{TakenAtSource, probe, probe_without_hash};

use crate::corpus;

/// Re-encodes a corpus photo with the `image` crate, which writes no metadata at all, under
/// `name` in `dir`.
fn without_metadata(dir: &Path, corpus_name: &str, name: &str) -> PathBuf {
    let picture = image::open(corpus().join(corpus_name)).expect("a corpus photo");
    let target = dir.join(name);
    picture.save(&target).expect("re-encoded");
    target
}

#[test]
fn a_photo_without_a_time_takes_its_names() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cases = [
        ("IMG_20230101_123456.jpg", "2023-01-01T12:34:56"),
        ("PXL_20220704_081500123.MP.jpg", "2022-07-04T08:15:00+00:00"),
        (
            "Screenshot_2021-03-05-22-01-02-345_com.example.app.png",
            "2021-03-05T22:01:02",
        ),
        // WhatsApp names say the day only: noon of it.
        ("IMG-20200229-WA0007.jpg", "2020-02-29T12:00:00"),
    ];
    for (name, expected) in cases {
        let path = without_metadata(dir.path(), "jpeg/xiaomi_mi_9t.jpg", name);
        let info = probe(&path).unwrap_or_else(|e| panic!("{}", e.message()));
        let meta = &info.metadata;
        assert_eq!(
            meta.taken_at.map(|t| t.to_rfc3339()).as_deref(),
            Some(expected),
            "{name}"
        );
        assert_eq!(
            meta.taken_at_source,
            Some(TakenAtSource::FileName),
            "{name}"
        );
        assert_eq!(
            meta.taken_at_source.map(TakenAtSource::as_str),
            Some("file-name")
        );
        // The reader for files whose hash the caller knows agrees.
        let known = probe_without_hash(&path, info.hash).expect("readable");
        assert_eq!(known.metadata, info.metadata, "{name}");
    }

    // A name that is not a phone's gives nothing.
    let path = without_metadata(dir.path(), "jpeg/xiaomi_mi_9t.jpg", "IMG_1234.jpg");
    let info = probe(&path).expect("readable");
    assert_eq!(info.metadata.taken_at, None);
    assert_eq!(info.metadata.taken_at_source, None);
}

#[test]
fn a_time_the_file_states_wins_over_its_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cases = [
        ("jpeg/xiaomi_mi_9t.jpg", "IMG_20230101_123456.jpg"),
        ("heic/apple_iphone11pro.heic", "IMG-20230101-WA0001.heic"),
        ("video/android_gps.mp4", "VID_20230101_123456.mp4"),
        (
            "video/apple_iphone6_gps.mov",
            "Screen Recording 2023-01-01 at 12.34.56.mov",
        ),
    ];
    for (corpus_name, name) in cases {
        let original = probe(&corpus().join(corpus_name)).expect("readable");
        let stated = original
            .metadata
            .taken_at
            .expect("the corpus file states a time");
        assert_ne!(
            original.metadata.taken_at_source,
            Some(TakenAtSource::FileName)
        );
        let renamed = dir.path().join(name);
        std::fs::copy(corpus().join(corpus_name), &renamed).expect("copy");
        let info = probe(&renamed).expect("readable");
        assert_eq!(info.metadata.taken_at, Some(stated), "{name}");
        assert_eq!(
            info.metadata.taken_at_source, original.metadata.taken_at_source,
            "{name}"
        );
        let known = probe_without_hash(&renamed, info.hash).expect("readable");
        assert_eq!(known.metadata.taken_at, Some(stated), "{name}");
    }
}
