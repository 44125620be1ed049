//! A cloud that fails as networks do: it goes away in the middle of a pass, or an upload's
//! connection breaks part-way through its body. Nothing half-written may show, and the next
//! pass finishes the work without sending again what the cloud holds.

use skyfolio_sync::Options;
use skyfolio_sync::testing::MemoryCloud;

use crate::{Home, large_photo, resumable_photo};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cloud_going_away_mid_pass_leaves_nothing_half_written() {
    let cloud = MemoryCloud::new();
    // One transfer at a time, so that where the cloud goes away is the same every time.
    let one_at_a_time = || Options {
        transfers: 1,
        ..Options::default()
    };
    let (laptop, desktop) = (
        Home::with_options(&cloud, "Laptop", one_at_a_time()).await,
        Home::with_options(&cloud, "Desktop", one_at_a_time()).await,
    );
    let photos: Vec<Vec<u8>> = (1..=4).map(large_photo).collect();
    for (n, bytes) in photos.iter().enumerate() {
        laptop.put(&format!("Trip/{n}.png"), bytes);
    }
    let is_one_of_them = |bytes: &Vec<u8>| photos.contains(bytes);

    // Up: the cloud answers the feed and two files (each sent whole, in one request), then
    // goes away with the third on its way.
    cloud.go_away_after(3);
    let cut_short = laptop.engine.sync_once(10).await;
    assert!(cloud.is_away());
    let in_cloud = cloud.files();
    assert!(
        !in_cloud.is_empty() && in_cloud.len() < photos.len(),
        "{cut_short:?}"
    );
    assert!(in_cloud.values().all(is_one_of_them), "only whole files");
    cloud.come_back();
    laptop.wait_is_over();
    laptop.sync().await;
    assert_eq!(cloud.files().len(), photos.len());
    assert!(cloud.files().values().all(is_one_of_them));
    assert_eq!(cloud.uploads_in_progress(), 0);

    // Down: the cloud answers the feed, one whole download (a request and its four pieces)
    // and the first two pieces of the next, then goes away.
    cloud.go_away_after(7);
    let cut_short = desktop.engine.sync_once(10).await;
    assert!(cloud.is_away());
    let here = desktop.files();
    assert!(
        !here.is_empty() && here.len() < photos.len(),
        "{cut_short:?}"
    );
    assert!(
        here.values().all(is_one_of_them),
        "only whole files take a name"
    );
    assert!(
        desktop.partial_files() > 0,
        "the broken download is under a hidden temporary name"
    );
    cloud.come_back();
    desktop.wait_is_over();
    let report = desktop.sync().await;
    assert!(report.folders[0].failures.is_empty(), "{report:?}");
    assert_eq!(desktop.files(), laptop.files());
    assert_eq!(desktop.partial_files(), 0, "every download placed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_upload_cut_off_resumes_at_the_offset_the_cloud_holds() {
    let cloud = MemoryCloud::new();
    let laptop = Home::new(&cloud, "Laptop").await;
    let bytes = resumable_photo(7);
    let size = bytes.len() as u64;
    laptop.put("big.png", &bytes);

    cloud.cut_next_upload(50_000);
    let report = laptop.sync().await;
    assert_eq!(report.folders[0].failures.len(), 1, "{report:?}");
    assert_eq!(report.folders[0].failures[0].code, "unreachable");
    assert!(cloud.files().is_empty(), "no item before the last byte");
    assert_eq!(cloud.uploads_in_progress(), 1);
    assert_eq!(
        cloud.bytes_received(),
        50_000,
        "what arrived before the break is kept"
    );

    // It waits before it is tried again (2 s after a first failure, by the home's clock).
    let report = laptop.sync().await;
    assert_eq!(report.folders[0].uploaded, 0, "{report:?}");
    laptop
        .clock
        .advance(std::time::Duration::from_millis(1_500));
    let report = laptop.sync().await;
    assert_eq!(report.folders[0].uploaded, 0, "{report:?}");
    assert_eq!(
        cloud.bytes_received(),
        50_000,
        "nothing sent while it waits"
    );
    laptop
        .clock
        .advance(std::time::Duration::from_millis(1_000));
    let report = laptop.sync().await;
    assert_eq!(report.folders[0].uploaded, 1, "{report:?}");
    assert_eq!(cloud.files()["big.png"], bytes);
    // The second attempt sent the rest only: what the cloud kept, and no byte twice.
    let sent_again = cloud.bytes_received() - 50_000;
    assert_eq!(sent_again, size - 50_000);
    assert!(sent_again < size);
    assert_eq!(cloud.uploads_in_progress(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_small_file_cut_off_is_sent_again_whole_and_nothing_half_is_kept() {
    let cloud = MemoryCloud::new();
    let laptop = Home::new(&cloud, "Laptop").await;
    let bytes = large_photo(8);
    laptop.put("small.png", &bytes);

    cloud.cut_next_upload(50_000);
    let report = laptop.sync().await;
    assert_eq!(report.folders[0].failures.len(), 1, "{report:?}");
    assert_eq!(report.folders[0].failures[0].code, "unreachable");
    assert!(cloud.files().is_empty());
    assert_eq!(cloud.uploads_in_progress(), 0, "no upload is left open");
    assert_eq!(cloud.bytes_received(), 50_000);

    laptop.wait_is_over();
    let report = laptop.sync().await;
    assert_eq!(report.folders[0].uploaded, 1, "{report:?}");
    assert_eq!(cloud.files()["small.png"], bytes);
    assert_eq!(
        cloud.bytes_received(),
        50_000 + bytes.len() as u64,
        "sent again whole, in one request"
    );
}
