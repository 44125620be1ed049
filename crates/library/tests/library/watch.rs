//! The watcher against real folders: real file-system events, real waiting (with timeouts, never
//! fixed sleeps as synchronisation).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use skyfolio_library::{
    FolderMode, FolderState, Library, SETTLE_TIME, ThumbnailCache, WatchEvent, WatchOptions,
};
use skyfolio_media::hash_file;
use tokio::sync::{mpsc, oneshot};

use crate::{Fixture, corpus};

/// Long enough for a slow CI machine; every wait ends as soon as its condition holds.
const PATIENCE: Duration = Duration::from_secs(20);

/// A watcher running on its own task, and what it has said so far.
struct Watching {
    events: mpsc::UnboundedReceiver<WatchEvent>,
    heard: Vec<WatchEvent>,
    stop: Option<oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<Result<(), skyfolio_library::Error>>,
}

impl Watching {
    /// Starts watching and waits until the first scan is done and the folders are followed.
    async fn start(library: &Library, options: WatchOptions) -> Watching {
        let (sender, events) = mpsc::unbounded_channel();
        let (stop, stopped) = oneshot::channel::<()>();
        let library = library.clone();
        let task = tokio::spawn(async move {
            let shutdown = async {
                let _ = stopped.await;
            };
            library
                .watch(options, shutdown, move |event| {
                    let _ = sender.send(event);
                })
                .await
        });
        let mut watching = Watching {
            events,
            heard: Vec::new(),
            stop: Some(stop),
            task,
        };
        watching
            .until("the watcher is ready", |e| matches!(e, WatchEvent::Ready))
            .await;
        watching
    }

    /// Waits for an event that satisfies `wanted`.
    async fn until(&mut self, what: &str, mut wanted: impl FnMut(&WatchEvent) -> bool) {
        let deadline = tokio::time::Instant::now() + PATIENCE;
        loop {
            let event = tokio::time::timeout_at(deadline, self.events.recv())
                .await
                .unwrap_or_else(|_| panic!("timed out waiting for {what}; heard {:#?}", self.heard))
                .expect("the watcher stopped");
            let hit = wanted(&event);
            self.heard.push(event);
            if hit {
                return;
            }
        }
    }

    async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        self.task
            .await
            .expect("the watch task ends")
            .expect("the watch ends without error");
    }

    /// Every scan report heard so far.
    fn reports(&self) -> impl Iterator<Item = &skyfolio_library::ScanReport> {
        self.heard.iter().filter_map(|event| match event {
            WatchEvent::Scanned(report) => Some(report),
            _ => None,
        })
    }
}

/// Polls `check` until it holds.
async fn eventually(what: &str, mut check: impl AsyncFnMut() -> bool) {
    let deadline = tokio::time::Instant::now() + PATIENCE;
    while !check().await {
        assert!(
            tokio::time::Instant::now() < deadline,
            "timed out waiting until {what}"
        );
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

/// Every path the timeline shows.
async fn timeline_paths(library: &Library) -> Vec<PathBuf> {
    let page = library.timeline_page(None, 1000).await.expect("page");
    let mut paths: Vec<PathBuf> = page.items.into_iter().flat_map(|i| i.paths).collect();
    paths.sort();
    paths
}

/// A fixture whose library waits the real settle time, as the app does.
async fn settling_fixture() -> Fixture {
    let mut fx = Fixture::new().await;
    fx.library = fx.library.clone().with_settle_time(SETTLE_TIME);
    fx
}

fn options(thumbnails: Option<ThumbnailCache>) -> WatchOptions {
    WatchOptions {
        thumbnails,
        ..WatchOptions::default()
    }
}

#[tokio::test]
async fn a_photo_copied_in_is_indexed_with_its_thumbnails() {
    let fx = settling_fixture().await;
    let cache_dir = tempfile::tempdir().expect("cache dir");
    let cache = ThumbnailCache::new(cache_dir.path());
    let mut watching = Watching::start(&fx.library, options(Some(cache.clone()))).await;
    assert_eq!(fx.timeline_len().await, 0);

    let photo = fx.put("jpeg/google_pixel.jpg", "new/pixel.jpg");
    let hash = hash_file(&photo).expect("hash");
    watching
        .until(
            "the photo's thumbnails",
            |e| matches!(e, WatchEvent::Thumbnails(report) if report.made == 1),
        )
        .await;
    let item = fx
        .library
        .media_by_hash(&hash)
        .await
        .expect("lookup")
        .expect("the photo is indexed");
    assert_eq!(item.paths, vec![photo]);
    assert_eq!(item.thumb_state, "ready");
    for size in [
        skyfolio_media::ThumbSize::Grid,
        skyfolio_media::ThumbSize::Viewer,
    ] {
        let thumbnail = image::open(cache.path(&hash, size)).expect("a thumbnail on disk");
        assert_eq!(
            thumbnail.width().max(thumbnail.height()),
            size.pixels(),
            "{size:?}"
        );
    }
    watching.stop().await;
}

#[tokio::test]
async fn a_file_still_being_written_is_taken_only_once_it_rests() {
    let fx = settling_fixture().await;
    let mut watching = Watching::start(&fx.library, options(None)).await;
    let source = std::fs::read(corpus("jpeg/google_pixel.jpg")).expect("corpus photo");
    let target = fx.folder.join("slow.jpg");
    let mut file = std::fs::File::create(&target).expect("create");
    // Eight pieces, 300 ms apart: each pause is shorter than the settle time, the whole write
    // far longer.
    for piece in source.chunks(source.len().div_ceil(8)) {
        file.write_all(piece).expect("write");
        file.flush().expect("flush");
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert!(
            !timeline_paths(&fx.library).await.contains(&target),
            "a half-written file was indexed"
        );
        // Let the watcher look while the file is incomplete.
        while let Ok(event) = watching.events.try_recv() {
            watching.heard.push(event);
        }
    }
    drop(file);
    let hash = hash_file(&target).expect("hash");
    eventually("the finished file is indexed", async || {
        fx.library
            .media_by_hash(&hash)
            .await
            .expect("lookup")
            .is_some_and(|item| item.paths == [target.clone()])
    })
    .await;
    while let Ok(event) = watching.events.try_recv() {
        watching.heard.push(event);
    }
    assert!(
        watching.reports().any(|r| r.busy.contains(&target)),
        "the watcher saw the file while it was being written: {:#?}",
        watching.heard
    );
    assert!(
        watching.reports().all(|r| r.failures.is_empty()),
        "no error for a file still being written: {:#?}",
        watching.heard
    );
    assert_eq!(fx.timeline_len().await, 1, "one item, the complete one");
    watching.stop().await;
}

/// Overwrites a file with zeros, keeping its size and modification time: only a read of the
/// file can notice.
fn poison_in_place(path: &Path) {
    let before = std::fs::metadata(path).expect("metadata");
    let file = std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .expect("open");
    (&file)
        .write_all(&vec![0; usize::try_from(before.len()).expect("size")])
        .expect("overwrite");
    file.set_modified(before.modified().expect("mtime"))
        .expect("keep mtime");
}

#[tokio::test]
async fn renames_and_moves_are_the_same_media_and_are_not_read_again() {
    let fx = Fixture::new().await;
    let single = fx.put("jpeg/apple_iphone4.jpg", "a.jpg");
    let in_trip = [
        fx.put("jpeg/google_pixel.jpg", "trip/pixel.jpg"),
        fx.put("orientation/landscape_6.jpg", "trip/deeper/six.jpg"),
    ];
    assert_eq!(fx.scan().await.added, 3);
    let mut watching = Watching::start(&fx.library, options(None)).await;
    assert_eq!(fx.timeline_len().await, 3);
    let hashes: Vec<_> = [&single, &in_trip[0], &in_trip[1]]
        .into_iter()
        .map(|p| hash_file(p).expect("hash"))
        .collect();
    // Were a moved file read again, its zeros would show as a failure or a new hash.
    poison_in_place(&single);
    for path in &in_trip {
        poison_in_place(path);
    }

    std::fs::create_dir(fx.folder.join("album")).expect("album");
    std::fs::rename(&single, fx.folder.join("album/b.jpg")).expect("rename file");
    std::fs::rename(fx.folder.join("trip"), fx.folder.join("trip 2024")).expect("rename dir");
    let mut moved = 0;
    watching
        .until("three moves", |e| {
            if let WatchEvent::Scanned(report) = e {
                moved += report.moved;
            }
            moved >= 3
        })
        .await;
    let expected = vec![
        fx.folder.join("album/b.jpg"),
        fx.folder.join("trip 2024/deeper/six.jpg"),
        fx.folder.join("trip 2024/pixel.jpg"),
    ];
    eventually("the old paths are gone", async || {
        timeline_paths(&fx.library).await == expected
    })
    .await;
    for hash in &hashes {
        assert!(
            fx.library
                .media_by_hash(hash)
                .await
                .expect("lookup")
                .is_some(),
            "the same media, by the same hash"
        );
    }
    assert_eq!(fx.timeline_len().await, 3, "no new item");
    assert!(watching.reports().all(|r| r.added == 0 && r.changed == 0));
    assert!(watching.reports().all(|r| r.failures.is_empty()));
    watching.stop().await;
}

#[tokio::test]
async fn a_deleted_file_is_recorded() {
    let fx = Fixture::new().await;
    let photo = fx.put("jpeg/apple_iphone4.jpg", "a.jpg");
    fx.put("jpeg/google_pixel.jpg", "b.jpg");
    let mut watching = Watching::start(&fx.library, options(None)).await;
    std::fs::remove_file(&photo).expect("delete");
    watching
        .until(
            "the deletion",
            |e| matches!(e, WatchEvent::Scanned(report) if report.deleted == 1),
        )
        .await;
    assert_eq!(
        timeline_paths(&fx.library).await,
        vec![fx.folder.join("b.jpg")]
    );
    watching.stop().await;
}

#[tokio::test]
async fn a_folder_that_disappears_is_missing_and_nothing_in_it_is_deleted() {
    let fx = Fixture::new().await;
    fx.put("jpeg/apple_iphone4.jpg", "a.jpg");
    fx.put("jpeg/google_pixel.jpg", "sub/b.jpg");
    let before = timeline_paths(&fx.library).await;
    let mut watching = Watching::start(&fx.library, options(None)).await;
    let before_watch = timeline_paths(&fx.library).await;
    assert_eq!(before_watch.len(), 2, "{before:?}");

    // The drive is unplugged: the root goes away with everything in it.
    let away = fx.folder.with_file_name("Photos (unplugged)");
    std::fs::rename(&fx.folder, &away).expect("unplug");
    watching
        .until(
            "the folder is missing",
            |e| matches!(e, WatchEvent::Scanned(r) if r.state == Some(FolderState::Missing)),
        )
        .await;
    let folder = fx.library.folder(&fx.folder).await.expect("still known");
    assert_eq!(folder.state, FolderState::Missing);
    assert_eq!(
        timeline_paths(&fx.library).await,
        before_watch,
        "nothing recorded as deleted"
    );
    assert!(watching.reports().all(|r| r.deleted == 0));

    // Plugged back in: followed again, nothing changed, and new photos are seen.
    std::fs::rename(&away, &fx.folder).expect("plug back");
    watching
        .until(
            "the folder is back",
            |e| matches!(e, WatchEvent::Scanned(r) if r.state == Some(FolderState::Ok)),
        )
        .await;
    assert_eq!(timeline_paths(&fx.library).await, before_watch);
    let new = fx.put("orientation/landscape_3.jpg", "after.jpg");
    eventually("a photo added after the return is indexed", async || {
        timeline_paths(&fx.library).await.contains(&new)
    })
    .await;
    assert!(watching.reports().all(|r| r.deleted == 0));
    watching.stop().await;
}

#[tokio::test]
async fn a_folder_added_while_watching_is_followed() {
    let fx = Fixture::new().await;
    let mut watching = Watching::start(&fx.library, options(None)).await;
    let other = tempfile::tempdir().expect("other folder");
    let other_path = std::fs::canonicalize(other.path()).expect("canonical");
    fx.library
        .add_folder(&other_path, FolderMode::UploadOnly)
        .await
        .expect("added");
    watching
        .until(
            "the new folder's first scan",
            |e| matches!(e, WatchEvent::Scanned(r) if r.folder == other_path),
        )
        .await;
    let photo = other_path.join("p.jpg");
    std::fs::copy(corpus("jpeg/google_pixel.jpg"), &photo).expect("copy");
    eventually("the photo in the new folder is indexed", async || {
        timeline_paths(&fx.library).await.contains(&photo)
    })
    .await;
    watching.stop().await;
}

#[tokio::test]
async fn every_folder_is_rescanned_in_full_periodically() {
    let fx = Fixture::new().await;
    fx.put("jpeg/apple_iphone4.jpg", "a.jpg");
    let options = WatchOptions {
        rescan_every: Duration::from_millis(300),
        ..WatchOptions::default()
    };
    let mut watching = Watching::start(&fx.library, options).await;
    let mut full_scans = 0;
    watching
        .until("three periodic full scans", |e| {
            if matches!(e, WatchEvent::Scanned(r) if r.files == 1 && r.unchanged == 1) {
                full_scans += 1;
            }
            full_scans >= 3
        })
        .await;
    watching.stop().await;
}
