//! Files the reader could not take: reported on every scan, read again only when they change,
//! when a newer reader comes, or when someone asks to try again.

use std::fs::File;
use std::path::Path;
use std::time::{Duration, SystemTime};

use skyfolio_library::{FailedFiles, ScanReport};

use crate::{Fixture, corpus};

/// Writes `bytes` at `rel` in the folder, an hour old.
fn write_old(fx: &Fixture, rel: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = fx.folder.join(rel);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("dirs");
    std::fs::write(&path, bytes).expect("write");
    set_mtime(&path, SystemTime::now() - Duration::from_secs(3600));
    path
}

fn set_mtime(path: &Path, when: SystemTime) {
    File::options()
        .write(true)
        .open(path)
        .and_then(|f| f.set_modified(when))
        .expect("set the modification time");
}

/// Rewrites a file's bytes in place (same OS file) and puts its modification time back, so
/// that only a scan that reads it can tell.
fn swap_bytes_behind_its_back(path: &Path, bytes: &[u8]) {
    let before = std::fs::metadata(path).expect("metadata");
    assert_eq!(before.len(), bytes.len() as u64, "same size");
    std::fs::write(path, bytes).expect("rewrite in place");
    set_mtime(path, before.modified().expect("mtime"));
}

fn codes(report: &ScanReport) -> Vec<(String, String)> {
    let mut codes: Vec<(String, String)> = report
        .failures
        .iter()
        .map(|f| {
            let name = f.path.file_name().expect("name").to_string_lossy();
            (name.into_owned(), f.code.clone())
        })
        .collect();
    codes.sort();
    codes
}

fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect()
}

#[tokio::test]
async fn a_failed_file_is_not_read_again_until_it_changes() {
    let fx = Fixture::new().await;
    let good = std::fs::read(corpus("jpeg/apple_iphone4.jpg")).expect("corpus");
    write_old(&fx, "good.jpg", &good);
    let truncated =
        std::fs::read(corpus("bad/truncated_header_only_oppo_r7_plus.jpg")).expect("corpus");
    let broken = write_old(&fx, "broken.jpg", &truncated);
    let text = write_old(&fx, "text.jpg", b"this is not a photo\n");
    let empty = write_old(&fx, "empty.jpg", b"");
    // Garbage exactly as long as a good photo: its bytes are swapped for the photo's later,
    // behind the scanner's back, so that reading it would show.
    let swapped = write_old(&fx, "nested/swapped.jpg", &vec![b'x'; good.len()]);

    let first = fx.scan().await;
    assert_eq!((first.added, first.read), (1, 5), "{first:?}");
    let expected = owned(&[
        ("broken.jpg", "corrupt"),
        ("empty.jpg", "empty-file"),
        ("swapped.jpg", "unsupported-format"),
        ("text.jpg", "unsupported-format"),
    ]);
    assert_eq!(codes(&first), expected, "{first:?}");
    assert!(
        first.failures.iter().all(|f| !f.message.is_empty()),
        "each failure says why: {first:?}"
    );

    swap_bytes_behind_its_back(&swapped, &good);
    let second = fx.scan().await;
    assert_eq!(
        (second.read, second.added, second.unchanged),
        (0, 0, 5),
        "nothing is read again: {second:?}"
    );
    assert_eq!(codes(&second), expected, "the failures are still reported");
    assert_eq!(
        second.failures, first.failures,
        "with the reasons the first scan found"
    );
    assert_eq!(fx.timeline_len().await, 1, "the swapped file was not read");

    // A new modification time, or a new size, is a new file to read.
    set_mtime(&text, SystemTime::now() - Duration::from_secs(60));
    std::fs::write(&empty, b"still not a photo").expect("write");
    set_mtime(&empty, SystemTime::now() - Duration::from_secs(60));
    let third = fx.scan().await;
    assert_eq!(third.read, 2, "{third:?}");
    assert_eq!(
        codes(&third),
        owned(&[
            ("broken.jpg", "corrupt"),
            ("empty.jpg", "unsupported-format"),
            ("swapped.jpg", "unsupported-format"),
            ("text.jpg", "unsupported-format"),
        ])
    );

    // A good photo put in place of a broken one, under the same name, is indexed.
    std::fs::write(&broken, &good).expect("replace");
    let fourth = fx.scan().await;
    assert_eq!((fourth.read, fourth.changed), (1, 1), "{fourth:?}");
    assert_eq!(fourth.failures.len(), 3, "{fourth:?}");
    let page = fx.library.timeline_page(None, 10).await.expect("page");
    assert!(page.items.iter().any(|item| item.paths.contains(&broken)));
}

#[tokio::test]
async fn try_again_reads_remembered_failures() {
    let fx = Fixture::new().await;
    let good = std::fs::read(corpus("jpeg/apple_iphone4.jpg")).expect("corpus");
    let garbage = vec![b'x'; good.len()];
    let top = write_old(&fx, "top.jpg", &garbage);
    let deep = write_old(&fx, "a/b/deep.jpg", &garbage);
    let first = fx.scan().await;
    assert_eq!(first.failures.len(), 2, "{first:?}");
    let folder = fx.library.folder(&fx.folder).await.expect("folder");

    // Trying one file again reads that file alone.
    swap_bytes_behind_its_back(&deep, &good);
    swap_bytes_behind_its_back(&top, &good);
    let retried = fx
        .library
        .forget_failures(FailedFiles::File(&folder, "a/b/deep.jpg"))
        .await
        .expect("forget one");
    assert_eq!(retried, 1);
    let second = fx.scan().await;
    assert_eq!((second.read, second.changed), (1, 1), "{second:?}");
    assert_eq!(codes(&second), owned(&[("top.jpg", "unsupported-format")]));

    // Trying everything again reads what still fails.
    let retried = fx
        .library
        .forget_failures(FailedFiles::All)
        .await
        .expect("forget all");
    assert_eq!(retried, 1);
    let third = fx.scan().await;
    assert_eq!((third.read, third.changed), (1, 1), "{third:?}");
    assert!(third.failures.is_empty(), "{third:?}");
    assert_eq!(fx.timeline_len().await, 1, "both files hold the same photo");
}

#[tokio::test]
async fn a_file_still_being_written_is_looked_at_again() {
    let fx = Fixture::new().await;
    let library = fx.library.clone().with_settle_time(Duration::from_secs(60));
    let folder = library.folder(&fx.folder).await.expect("folder");
    let growing = fx.folder.join("growing.jpg");
    std::fs::write(&growing, b"\xFF\xD8\xFF\xE0 the first bytes of a photo").expect("write");

    for _ in 0..2 {
        let report = library.scan_folder(&folder).await.expect("scan");
        assert_eq!(report.busy, vec![growing.clone()], "{report:?}");
        assert_eq!((report.read, report.failures.len()), (0, 0), "{report:?}");
    }

    // Once it rests it is read, fails, and is remembered.
    set_mtime(&growing, SystemTime::now() - Duration::from_secs(3600));
    let rested = library.scan_folder(&folder).await.expect("scan");
    assert_eq!((rested.read, rested.failures.len()), (1, 1), "{rested:?}");
    let again = library.scan_folder(&folder).await.expect("scan");
    assert_eq!((again.read, again.failures.len()), (0, 1), "{again:?}");

    // Written to again, it is busy again, not a remembered failure.
    std::fs::write(&growing, b"\xFF\xD8\xFF\xE0 a few more bytes of the photo").expect("write");
    let written = library.scan_folder(&folder).await.expect("scan");
    assert_eq!(written.busy, vec![growing.clone()], "{written:?}");
    assert_eq!(written.read, 0, "{written:?}");
}

#[tokio::test]
async fn failures_judged_by_an_older_reader_are_read_again() {
    let fx = Fixture::new().await;
    let good = std::fs::read(corpus("jpeg/apple_iphone4.jpg")).expect("corpus");
    let old = write_old(&fx, "old/photo.jpg", &vec![b'x'; good.len()]);
    write_old(&fx, "old/notes.txt", b"not a photo");
    let first = fx.scan().await;
    assert_eq!((first.read, first.ignored), (2, 1), "{first:?}");
    swap_bytes_behind_its_back(&old, &good);
    assert_eq!(fx.scan().await.read, 0);

    // The index says an older reader judged both files.
    fx.execute("UPDATE files SET reader_version = reader_version - 1")
        .await;
    let report = fx.scan().await;
    assert_eq!(
        (report.read, report.changed, report.ignored),
        (2, 1, 1),
        "{report:?}"
    );
    assert!(report.failures.is_empty(), "{report:?}");
}
