//! Files still being written wait, everywhere: a pass, the status and "in step" count them until
//! they are carried.

use std::time::Duration;

use skyfolio_core::FolderMode;
use skyfolio_sync::Options;

use crate::{Device, photo};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_still_being_written_waits_and_is_carried_once_it_rests() {
    let cloud = crate::Cloud::start().await;
    let a = Device::new(
        &cloud,
        "Laptop",
        "anna@example.org",
        true,
        FolderMode::TwoWay,
    )
    .await;
    // Written just now, as a copy in progress is: not read yet.
    std::fs::write(a.path("fresh.png"), photo(1)).expect("written");
    let engine = a.app.engine(Options::default()).await.expect("engine");
    let report = engine.sync_once(10).await.expect("a pass");
    assert_eq!(
        (report.folders[0].settling, report.folders[0].uploaded),
        (1, 0),
        "{report:#?}"
    );
    assert!(
        !report.in_step(),
        "a file still being written is not in step"
    );
    let status = a.app.status().await.expect("status");
    assert_eq!(status.pending.settling, 1);
    assert_eq!(status.folders[0].settling, 1);

    // Waited for, it rests and goes up.
    let mut waited = Vec::new();
    let report = engine
        .sync_settled(Duration::from_secs(30), |n| waited.push(n))
        .await
        .expect("passes");
    assert_eq!(waited.first(), Some(&1), "said what it waits for");
    assert_eq!(report.folders[0].uploaded, 1, "{report:#?}");
    assert!(report.in_step(), "{report:#?}");
    assert_eq!(a.app.status().await.expect("status").pending.settling, 0);

    // One that never rests within the wait is left, and said to be.
    let path = a.path("growing.png");
    let writer = std::thread::spawn(move || {
        for n in 0..30 {
            std::fs::write(&path, photo(100 + n)).expect("written");
            std::thread::sleep(Duration::from_millis(100));
        }
    });
    let report = engine
        .sync_settled(Duration::from_millis(1500), |_| {})
        .await
        .expect("passes");
    assert_eq!(report.folders[0].settling, 1, "{report:#?}");
    assert!(!report.in_step());
    writer.join().expect("writer");
}
