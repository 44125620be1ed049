use std::path::PathBuf;

use skyfolio_library::ImportOptions;

use crate::{Fixture, corpus};

#[tokio::test]
async fn imports_by_date_without_duplicates_or_overwrites() {
    let fx = Fixture::new().await;
    // Already in the library: a drop of the same photo must not make a second copy.
    fx.put("jpeg/apple_iphone4.jpg", "existing.jpg");
    fx.scan().await;
    // A different photo already sits where the new one wants to go.
    let clash = fx.folder.join("2012/06/nokia_lumia_800.jpg");
    std::fs::create_dir_all(clash.parent().expect("parent")).expect("dirs");
    std::fs::copy(corpus("jpeg/nikon_e950.jpg"), &clash).expect("clash");
    let clash_before = std::fs::read(&clash).expect("read");

    let drop = tempfile::tempdir().expect("drop");
    for name in [
        "jpeg/apple_iphone4.jpg",
        "jpeg/no_exif.jpg",
        "video/android_gps.mp4",
        "jpeg/nokia_lumia_800.jpg",
    ] {
        let file = PathBuf::from(name);
        std::fs::copy(
            corpus(name),
            drop.path().join(file.file_name().expect("name")),
        )
        .expect("copy");
    }
    std::fs::write(drop.path().join("readme.txt"), "not a photo").expect("text");
    std::fs::copy(corpus("bad/zero_bytes.jpg"), drop.path().join("empty.jpg")).expect("copy");

    let folder = fx.library.folder(&fx.folder).await.expect("folder");
    let report = fx
        .library
        .import_paths(&[drop.path().to_owned()], &folder, ImportOptions::default())
        .await
        .expect("import runs");
    assert_eq!(report.duplicates.len(), 1, "{report:?}");
    assert!(report.duplicates[0].ends_with("apple_iphone4.jpg"));
    assert_eq!(report.skipped.len(), 1);
    assert_eq!(report.failures.len(), 1);
    assert!(report.failures[0].message.contains("empty.jpg"));
    let mut placed: Vec<String> = report
        .imported
        .iter()
        .map(|i| {
            i.to.strip_prefix(&fx.folder)
                .expect("inside")
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    placed.sort();
    let lumia = placed
        .iter()
        .find(|p| p.contains("nokia_lumia_800"))
        .expect("lumia placed")
        .clone();
    assert!(lumia.ends_with("nokia_lumia_800 (1).jpg"), "{lumia}");
    assert!(
        placed.contains(&"2017/02/android_gps.mp4".to_owned()),
        "{placed:?}"
    );
    assert!(
        placed.contains(&"unknown-date/no_exif.jpg".to_owned()),
        "{placed:?}"
    );
    assert_eq!(
        std::fs::read(&clash).expect("read"),
        clash_before,
        "the other file is untouched"
    );
    for imported in &report.imported {
        assert_eq!(
            std::fs::read(&imported.from).expect("source"),
            std::fs::read(&imported.to).expect("copy")
        );
    }
    let scan = report.scan.expect("indexed");
    assert_eq!(
        scan.added, 4,
        "three imports and the clashing file: {scan:?}"
    );

    // Importing again finds everything already there.
    let again = fx
        .library
        .import_paths(&[drop.path().to_owned()], &folder, ImportOptions::default())
        .await
        .expect("import runs");
    assert!(again.imported.is_empty());
    assert_eq!(again.duplicates.len(), 4);
}

#[tokio::test]
async fn moving_removes_the_source_only_once_the_copy_is_in_place() {
    let fx = Fixture::new().await;
    let drop = tempfile::tempdir().expect("drop");
    let source = drop.path().join("pixel.jpg");
    std::fs::copy(corpus("jpeg/google_pixel.jpg"), &source).expect("copy");
    let original = std::fs::read(&source).expect("read");
    let folder = fx.library.folder(&fx.folder).await.expect("folder");
    let report = fx
        .library
        .import_paths(
            std::slice::from_ref(&source),
            &folder,
            ImportOptions { move_files: true },
        )
        .await
        .expect("import runs");
    assert_eq!(report.imported.len(), 1);
    assert!(!source.exists(), "moved");
    assert_eq!(
        std::fs::read(&report.imported[0].to).expect("copy"),
        original
    );
    assert!(report.imported[0].to.starts_with(fx.folder.join("2018/07")));
    let leftovers: Vec<_> = walk_names(&fx.folder)
        .into_iter()
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

fn walk_names(dir: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("dir").flatten() {
        if entry.path().is_dir() {
            out.extend(walk_names(&entry.path()));
        } else {
            out.push(entry.file_name().to_string_lossy().into_owned());
        }
    }
    out
}
