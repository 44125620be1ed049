//! An original opened as a `Range` asks, wherever its bytes are: a file here, or only in the
//! cloud (streamed); the whole file, a piece, nothing outside it.

use futures_util::StreamExt;
use skyfolio_core::{ContentHash, FolderMode, OpenOriginalError, OriginalBytes};

use crate::{photo, two_devices};

async fn read(opened: OriginalBytes) -> Vec<u8> {
    let mut body = opened.body;
    let mut bytes = Vec::new();
    while let Some(chunk) = body.next().await {
        bytes.extend_from_slice(&chunk.expect("a chunk"));
    }
    bytes
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_original_is_read_in_ranges_from_here_and_from_the_cloud() {
    // B only sends: what A has stays in the cloud for B.
    let (_cloud, a, b) = two_devices(FolderMode::TwoWay, FolderMode::UploadOnly).await;
    let bytes = photo(7);
    a.put("a.png", &bytes);
    a.sync().await;
    b.sync().await;
    assert!(b.files().is_empty(), "B keeps nothing of A's");
    let hash = ContentHash::from_bytes(*blake3::hash(&bytes).as_bytes());
    let size = bytes.len() as u64;

    for device in [&a, &b] {
        let whole = device
            .app
            .open_original(hash, None, u64::MAX)
            .await
            .expect("opens");
        assert_eq!(
            (whole.size, whole.partial),
            (size, false),
            "{}",
            device.name
        );
        assert_eq!(
            whole.content_type,
            if device.name == "Laptop" {
                "image/png"
            } else {
                "application/octet-stream"
            }
        );
        assert_eq!(read(whole).await, bytes, "{}", device.name);

        let piece = device
            .app
            .open_original(hash, Some("bytes=10-19"), u64::MAX)
            .await
            .expect("opens");
        assert!(piece.partial);
        assert_eq!(piece.content_range(), format!("bytes 10-19/{size}"));
        assert_eq!(read(piece).await, bytes[10..20], "{}", device.name);

        // At most so many bytes per answer: the rest is asked for again.
        let capped = device
            .app
            .open_original(hash, Some("bytes=5-"), 8)
            .await
            .expect("opens");
        assert_eq!((capped.start, capped.end), (5, 12));
        assert_eq!(read(capped).await, bytes[5..13], "{}", device.name);

        let outside = device
            .app
            .open_original(hash, Some(&format!("bytes={size}-")), u64::MAX)
            .await;
        assert!(
            matches!(outside, Err(OpenOriginalError::OutsideTheFile { size: s }) if s == size),
            "{}",
            device.name
        );
    }

    let unknown = ContentHash::from_bytes([7; 32]);
    assert!(matches!(
        a.app.open_original(unknown, None, u64::MAX).await,
        Err(OpenOriginalError::NotFound)
    ));
    // The file went away before the library noticed: gone, not someone else's bytes.
    std::fs::remove_file(a.path("a.png")).expect("removed");
    assert!(matches!(
        a.app.open_original(hash, None, u64::MAX).await,
        Err(OpenOriginalError::Gone)
    ));
}
