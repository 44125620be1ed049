//! What one home does reaches the cloud and the other homes: new photos, renames, deletions,
//! and two edits of one name.

use skyfolio_protocol::MediaState;
use skyfolio_sync::testing::MemoryCloud;

use crate::{Home, photo};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_photo_added_in_a_folder_reaches_the_cloud_and_the_other_home() {
    let cloud = MemoryCloud::new();
    let (laptop, desktop) = (
        Home::new(&cloud, "Laptop").await,
        Home::new(&cloud, "Desktop").await,
    );
    laptop.put("Trip/beach.png", &photo(1));
    let report = laptop.sync().await;
    assert_eq!(report.folders[0].uploaded, 1, "{report:?}");
    assert_eq!(
        cloud.files().into_iter().collect::<Vec<_>>(),
        vec![("Trip/beach.png".to_owned(), photo(1))]
    );
    let report = desktop.sync().await;
    assert_eq!(report.folders[0].downloaded, 1, "{report:?}");
    assert_eq!(desktop.files(), laptop.files());
    assert_eq!(desktop.files()["Trip/beach.png"], photo(1));
    assert_eq!(desktop.partial_files(), 0);
    // Nothing more to do on either side, and nothing sent twice.
    assert_eq!(laptop.sync().await.done(), 0);
    assert_eq!(desktop.sync().await.done(), 0);
    assert_eq!(cloud.bytes_received(), photo(1).len() as u64);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rename_and_a_delete_travel() {
    let cloud = MemoryCloud::new();
    let (laptop, desktop) = (
        Home::new(&cloud, "Laptop").await,
        Home::new(&cloud, "Desktop").await,
    );
    laptop.put("Trip/1.png", &photo(1));
    laptop.put("Trip/2.png", &photo(2));
    laptop.put("Trip/3.png", &photo(3));
    laptop.sync().await;
    desktop.sync().await;
    assert_eq!(desktop.files().len(), 3);

    std::fs::rename(laptop.path("Trip/1.png"), laptop.path("Trip/first.png")).expect("renamed");
    std::fs::remove_file(laptop.path("Trip/2.png")).expect("deleted");
    let report = laptop.sync().await;
    assert_eq!(report.folders[0].moved, 1, "{report:?}");
    assert_eq!(report.folders[0].trashed_in_cloud, 1, "{report:?}");
    let in_cloud = cloud.files();
    assert_eq!(
        in_cloud.keys().collect::<Vec<_>>(),
        ["Trip/3.png", "Trip/first.png"]
    );
    assert_eq!(in_cloud["Trip/first.png"], photo(1));
    // The renamed item is the same item, not a new upload; the deleted one is in the bin.
    let items = cloud.items();
    assert_eq!(items.len(), 3);
    let trashed: Vec<_> = items
        .values()
        .filter(|i| i.state == MediaState::Trashed)
        .collect();
    assert_eq!(trashed.len(), 1);
    assert_eq!(trashed[0].path, "Trip/2.png");
    let sent: usize = (1..=3).map(|n| photo(n).len()).sum();
    assert_eq!(
        cloud.bytes_received(),
        sent as u64,
        "nothing was sent again"
    );

    let report = desktop.sync().await;
    assert_eq!(report.folders[0].moved, 1, "{report:?}");
    assert_eq!(report.folders[0].trashed_here, 1, "{report:?}");
    assert_eq!(desktop.files(), laptop.files());
    assert_eq!(desktop.files()["Trip/first.png"], photo(1));
    // Deleted in the cloud is never deleted here: it went to the folder's trash.
    assert_eq!(desktop.trashed(), vec![photo(2)]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_homes_editing_one_name_keep_both_versions() {
    let cloud = MemoryCloud::new();
    let (laptop, desktop) = (
        Home::new(&cloud, "Laptop").await,
        Home::new(&cloud, "Desktop").await,
    );
    laptop.put("edit.png", &photo(1));
    laptop.sync().await;
    desktop.sync().await;
    laptop.put("edit.png", &photo(2));
    desktop.put("edit.png", &photo(3));
    laptop.sync().await;
    let report = desktop.sync().await;
    assert_eq!(report.folders[0].conflicts, 1, "{report:?}");
    laptop.sync().await;

    // The cloud's version keeps the name; the desktop's moved aside under a name that says
    // so, and travelled too.
    let on_desktop = desktop.files();
    assert_eq!(on_desktop.len(), 2, "{:?}", on_desktop.keys());
    assert_eq!(on_desktop["edit.png"], photo(2));
    let (aside, bytes) = on_desktop
        .iter()
        .find(|(key, _)| key.starts_with("edit (conflict Desktop "))
        .expect("a conflict copy");
    assert!(aside.ends_with(").png"), "{aside}");
    assert_eq!(*bytes, photo(3));
    assert_eq!(laptop.files(), on_desktop);
    assert_eq!(cloud.files(), on_desktop);
    // The first version, replaced in the cloud, is in its recycle bin: nothing is lost.
    let replaced: Vec<_> = cloud
        .items()
        .into_values()
        .filter(|i| i.state == MediaState::Trashed)
        .collect();
    assert_eq!(replaced.len(), 1);
    assert_eq!(replaced[0].hash, blake3::hash(&photo(1)).to_hex().as_str());
}
