use std::collections::HashSet;
use std::fs::File;
use std::time::{Duration, UNIX_EPOCH};

use image::{Rgb, RgbImage};
use skyfolio_library::Cursor;

use crate::Fixture;

/// `count` distinct small photos without capture dates, one a day apart by modification time.
fn make_photos(fx: &Fixture, count: u32) {
    for i in 0..count {
        let path = fx.folder.join(format!("day{i:03}.png"));
        let picture = RgbImage::from_pixel(8, 8, Rgb([i as u8, (i / 256) as u8, 7]));
        picture.save(&path).expect("png");
        let day = Duration::from_secs(86_400);
        let when = UNIX_EPOCH + Duration::from_secs(1_700_000_000) + day * i;
        File::options()
            .write(true)
            .open(&path)
            .and_then(|f| f.set_modified(when))
            .expect("mtime");
    }
}

#[tokio::test]
async fn pages_walk_the_whole_timeline_newest_first_without_repeats() {
    let fx = Fixture::new().await;
    make_photos(&fx, 45);
    fx.put("jpeg/apple_iphone4.jpg", "old/iphone.jpg");
    let report = fx.scan().await;
    assert_eq!(report.added, 46);

    let mut seen = Vec::new();
    let mut cursor: Option<Cursor> = None;
    loop {
        let page = fx.library.timeline_page(cursor, 7).await.expect("page");
        assert!(page.items.len() <= 7);
        seen.extend(page.items.iter().map(|i| (i.sort_time, i.hash)));
        match page.next {
            Some(next) => {
                let text = next.to_string();
                cursor = Some(text.parse().expect("cursor round-trips"));
            }
            None => break,
        }
    }
    assert_eq!(seen.len(), 46);
    assert_eq!(seen.iter().map(|s| s.1).collect::<HashSet<_>>().len(), 46);
    assert!(
        seen.windows(2).all(|w| w[0] > w[1]),
        "newest first, strictly ordered"
    );
    let oldest = fx
        .library
        .media_by_hash(&seen[45].1)
        .await
        .expect("lookup")
        .expect("found");
    assert_eq!(oldest.taken_at.as_deref(), Some("2011-01-13T14:33:39"));
}

#[tokio::test]
async fn counts_per_day_and_month_and_folder_items() {
    let fx = Fixture::new().await;
    make_photos(&fx, 40);
    fx.put("jpeg/apple_iphone4.jpg", "old/iphone.jpg");
    fx.put("jpeg/nikon_e950.jpg", "old/deeper/nikon.jpg");
    fx.scan().await;

    let days = fx.library.counts_by_day().await.expect("days");
    assert_eq!(days.iter().map(|d| d.count).sum::<i64>(), 42);
    assert!(
        days.iter()
            .any(|d| d.period == "2011-01-13" && d.count == 1)
    );
    let months = fx.library.counts_by_month().await.expect("months");
    assert_eq!(months.iter().map(|m| m.count).sum::<i64>(), 42);
    assert!(months.windows(2).all(|w| w[0].period > w[1].period));
    // 2023-11-14 plus 39 days spans November and December 2023.
    assert!(months.iter().any(|m| m.period == "2023-12"));

    let folder = fx.library.folder(&fx.folder).await.expect("folder");
    let old = fx
        .library
        .folder_items(folder.id, "old")
        .await
        .expect("items");
    assert_eq!(old.len(), 2);
    let deeper = fx
        .library
        .folder_items(folder.id, "old/deeper")
        .await
        .expect("items");
    assert_eq!(deeper.len(), 1);
    assert!(deeper[0].paths[0].ends_with("old/deeper/nikon.jpg"));
    let all = fx.library.folder_items(folder.id, "").await.expect("items");
    assert_eq!(all.len(), 42);
}
