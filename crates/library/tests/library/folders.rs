use skyfolio_library::{Error, FolderMode, Home, Library};

use crate::Fixture;

#[tokio::test]
async fn folders_cannot_overlap_and_modes_can_change() {
    let fx = Fixture::new().await;
    let inner = fx.folder.join("inner");
    std::fs::create_dir(&inner).expect("inner");
    let refused = fx.library.add_folder(&inner, FolderMode::UploadOnly).await;
    assert!(
        matches!(refused, Err(Error::Overlaps { .. })),
        "{refused:?}"
    );
    let outer = fx.folder.parent().expect("parent").to_owned();
    let refused = fx.library.add_folder(&outer, FolderMode::UploadOnly).await;
    assert!(
        matches!(refused, Err(Error::Overlaps { .. })),
        "{refused:?}"
    );

    let changed = fx
        .library
        .add_folder(&fx.folder, FolderMode::DownloadOnly)
        .await
        .expect("mode");
    assert_eq!(changed.mode, FolderMode::DownloadOnly);
    let listed = fx.library.folders().await.expect("list");
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].mode, FolderMode::DownloadOnly);

    let missing = fx
        .library
        .add_folder(&fx.folder.join("nope"), FolderMode::TwoWay)
        .await;
    assert!(matches!(missing, Err(Error::NotAFolder { .. })));
}

#[tokio::test]
async fn removing_a_folder_forgets_its_media_but_not_its_files() {
    let fx = Fixture::new().await;
    let photo = fx.put("jpeg/apple_iphone4.jpg", "a.jpg");
    fx.scan().await;
    fx.library.remove_folder(&fx.folder).await.expect("removed");
    assert!(fx.library.folders().await.expect("list").is_empty());
    assert_eq!(fx.timeline_len().await, 0);
    assert!(photo.exists(), "the photo itself is untouched");
}

#[tokio::test]
async fn the_database_is_reopened_with_what_it_held() {
    let dir = tempfile::tempdir().expect("temp");
    let folder = dir.path().join("Photos");
    std::fs::create_dir(&folder).expect("folder");
    std::fs::copy(
        crate::corpus("jpeg/apple_iphone4.jpg"),
        folder.join("a.jpg"),
    )
    .expect("copy");
    let home = Home::at(dir.path().join("home"));
    {
        let library = Library::open(&home)
            .await
            .expect("open")
            .with_settle_time(std::time::Duration::ZERO);
        let added = library
            .add_folder(&folder, FolderMode::UploadOnly)
            .await
            .expect("add");
        library.scan_folder(&added).await.expect("scan");
        library.close().await;
    }
    let library = Library::open(&home).await.expect("reopen");
    let page = library.timeline_page(None, 10).await.expect("page");
    assert_eq!(page.items.len(), 1);
    assert_eq!(
        page.items[0].taken_at.as_deref(),
        Some("2011-01-13T14:33:39")
    );
    assert!(home.database_path().exists());
}
