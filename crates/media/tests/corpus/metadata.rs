use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Command;

use serde_json::Value;
use skyfolio_media::{MediaKind, TakenAtSource, probe};

use crate::{corpus, files_in};

/// ExifTool's reading of the photos, keyed by path.
fn exiftool(folders: &[&str]) -> HashMap<PathBuf, Value> {
    let output = Command::new("exiftool")
        .args([
            "-j",
            "-n",
            "-q",
            "-DateTimeOriginal",
            "-OffsetTimeOriginal",
            "-OffsetTime",
        ])
        .args([
            "-Make",
            "-Model",
            "-Orientation",
            "-GPSLatitude",
            "-GPSLongitude",
        ])
        .args(folders.iter().map(|f| corpus().join(f)))
        .output()
        .expect("exiftool runs (Debian package libimage-exiftool-perl)");
    let rows: Vec<Value> = serde_json::from_slice(&output.stdout).expect("exiftool JSON");
    rows.into_iter()
        .map(|row| {
            (
                PathBuf::from(row["SourceFile"].as_str().expect("SourceFile")),
                row,
            )
        })
        .collect()
}

fn text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// `2020:05:04 18:39:11` + `-04:00` -> `2020-05-04T18:39:11-04:00`; invalid dates are absent.
fn expected_time(date: &str, offset: Option<String>) -> Option<String> {
    let (day, clock) = date.trim().split_once(' ')?;
    let day = day.replace(':', "-");
    let valid = day.len() == 10
        && day
            .split('-')
            .all(|p| p.parse::<u32>().is_ok_and(|n| n > 0))
        && clock.split(':').all(|p| p.parse::<u32>().is_ok());
    valid.then(|| format!("{day}T{}{}", &clock[..8], offset.unwrap_or_default()))
}

#[test]
fn photos_agree_with_exiftool() {
    let folders = ["jpeg", "orientation", "heic", "other"];
    let reference = exiftool(&folders);
    let mut checked = 0;
    for path in folders.iter().flat_map(|f| files_in(f)) {
        let info = probe(&path).unwrap_or_else(|e| panic!("{}", e.message()));
        let meta = &info.metadata;
        let row = reference
            .get(&path)
            .unwrap_or_else(|| panic!("exiftool did not read {}", path.display()));
        let name = path.display();
        assert_eq!(info.media_type.kind, MediaKind::Photo, "{name}");

        assert_eq!(meta.make, text(&row["Make"]), "make of {name}");
        assert_eq!(meta.model, text(&row["Model"]), "model of {name}");

        let orientation = row["Orientation"]
            .as_u64()
            .filter(|o| (1..=8).contains(o))
            .unwrap_or(1);
        assert_eq!(
            u64::from(meta.orientation.exif_value()),
            orientation,
            "orientation of {name}"
        );

        let offset = text(&row["OffsetTimeOriginal"]).or_else(|| text(&row["OffsetTime"]));
        let expected = text(&row["DateTimeOriginal"]).and_then(|d| expected_time(&d, offset));
        match expected {
            Some(expected) => {
                assert_eq!(
                    meta.taken_at_source,
                    Some(TakenAtSource::ExifOriginal),
                    "{name}"
                );
                assert_eq!(
                    meta.taken_at.map(|t| t.to_rfc3339()),
                    Some(expected),
                    "time of {name}"
                );
            }
            None => assert_ne!(
                meta.taken_at_source,
                Some(TakenAtSource::ExifOriginal),
                "{name}"
            ),
        }

        let lat = row["GPSLatitude"].as_f64().filter(|v| *v != 0.0);
        let lon = row["GPSLongitude"].as_f64().filter(|v| *v != 0.0);
        // ExifTool blanks a coordinate whose seconds are 0/0; we read its degrees and decimal
        // minutes (checked by hand in `gps_with_undefined_seconds`).
        let blanked = row["GPSLatitude"] == "" || row["GPSLongitude"] == "";
        match (lat, lon, meta.gps) {
            _ if blanked => {}
            (Some(lat), Some(lon), Some(gps)) => {
                assert!((gps.latitude - lat).abs() < 1e-6, "latitude of {name}");
                assert!((gps.longitude - lon).abs() < 1e-6, "longitude of {name}");
            }
            (None, None, None) => {}
            other => panic!("GPS of {name}: exiftool and we disagree: {other:?}"),
        }

        assert!(
            meta.width.is_some_and(|w| w > 0) && meta.height.is_some_and(|h| h > 0),
            "{name}"
        );
        checked += 1;
    }
    assert!(checked >= 70, "only {checked} photos checked");
}

#[test]
fn zeroed_and_blank_dates_are_absent() {
    for name in [
        "jpeg/nikon_e885_zero_date.jpg",
        "jpeg/fujifilm_dx-5_blank_date.jpg",
    ] {
        let info = probe(&corpus().join(name)).expect("readable");
        assert_eq!(info.metadata.taken_at, None, "{name}");
        assert_eq!(info.metadata.taken_at_source, None, "{name}");
    }
}

#[test]
fn offsets_are_kept_when_the_file_gives_them() {
    let info = probe(&corpus().join("heic/apple_iphone11pro.heic")).expect("readable");
    assert_eq!(
        info.metadata.taken_at.map(|t| t.to_rfc3339()).as_deref(),
        Some("2020-05-04T18:39:11-04:00")
    );
}

#[test]
fn displayed_size_follows_orientation_and_the_heif_container() {
    let cases = [
        ("orientation/landscape_1.jpg", 1800, 1200),
        ("orientation/landscape_6.jpg", 1800, 1200),
        ("orientation/landscape_0.jpg", 1800, 1200),
        ("orientation/portrait_5.jpg", 1200, 1800),
        ("orientation/portrait_8.jpg", 1200, 1800),
        // EXIF says 6 and the container holds an irot: turned once, not twice.
        ("heic/samsung_sm-g975f_galaxy_s10plus.heic", 3024, 4032),
        ("heic/apple_iphone8.heic", 4032, 3024),
    ];
    for (name, width, height) in cases {
        let info = probe(&corpus().join(name)).expect("readable");
        assert_eq!(
            (info.metadata.width, info.metadata.height),
            (Some(width), Some(height)),
            "{name}"
        );
    }
}

#[test]
fn content_hash_is_blake3_of_the_bytes() {
    for path in files_in("heic") {
        let bytes = std::fs::read(&path).expect("readable");
        let info = probe(&path).expect("readable");
        assert_eq!(info.hash.to_hex(), blake3::hash(&bytes).to_hex().as_str());
        assert_eq!(info.size, bytes.len() as u64);
    }
}

#[test]
fn gps_with_undefined_seconds() {
    // Nikon writes degrees and decimal minutes with seconds 0/0: 48° 53.32358' N, 21° 2.59507' E.
    let info = probe(&corpus().join("jpeg/nikon_d5000.jpg")).expect("readable");
    let gps = info.metadata.gps.expect("a place");
    assert!((gps.latitude - (48.0 + 53.32358 / 60.0)).abs() < 1e-9);
    assert!((gps.longitude - (21.0 + 2.59507 / 60.0)).abs() < 1e-9);
    assert_eq!(gps.altitude, Some(324.145));
}
