//! The storage back-ends on their own terms: large files in parts, writes resumed and cut back,
//! and nothing half-written left in the store when a write is cut off. Run on the data folder,
//! and on an S3 bucket when `SKYFOLIO_TEST_STORAGE` names one.

use std::sync::Arc;

use axum::body::Bytes;
use futures_util::StreamExt;
use skyfolio_server::Storage;
use tokio::sync::mpsc;

use crate::{TestServer, corpus, hash, random_bytes, sha256_header};

const MIB: usize = 1 << 20;

async fn read_all(storage: &dyn Storage, key: &str) -> Vec<u8> {
    let len = storage.len(key).await.expect("a length");
    let mut stream = storage.read(key, 0..len).await.expect("readable");
    let mut bytes = Vec::new();
    while let Some(chunk) = stream.next().await {
        bytes.extend_from_slice(&chunk.expect("a chunk"));
    }
    bytes
}

/// Sends `bytes` to an append at `offset` in chunks of `chunk` bytes; answers what it wrote.
async fn append(storage: &Arc<dyn Storage>, key: &str, offset: u64, bytes: &[u8]) -> u64 {
    let (sender, receiver) = mpsc::channel(1);
    let writer = {
        let (storage, key) = (storage.clone(), key.to_owned());
        tokio::spawn(async move { storage.append(&key, offset, receiver).await })
    };
    for chunk in bytes.chunks(MIB) {
        sender
            .send(Bytes::copy_from_slice(chunk))
            .await
            .expect("the writer takes it");
    }
    drop(sender);
    writer.await.expect("joined").expect("written")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_large_file_sent_in_pieces_is_stored_whole_and_read_back_in_ranges() {
    let server = TestServer::start().await;
    let storage = server.server.storage().clone();
    // Past the size of one part (8 MiB) in every piece, and not a multiple of it.
    let bytes = random_bytes(11, 21 * MIB + 12_345);
    storage.create("staging/big").await.expect("created");
    assert_eq!(storage.len("staging/big").await.expect("len"), 0);
    let first = 9 * MIB + 7;
    assert_eq!(
        append(&storage, "staging/big", 0, &bytes[..first]).await,
        first as u64
    );
    // A piece that went wrong is cut back, then sent again.
    let second = first + 10 * MIB;
    append(&storage, "staging/big", first as u64, &bytes[first..second]).await;
    storage
        .truncate("staging/big", first as u64)
        .await
        .expect("cut back");
    assert_eq!(storage.len("staging/big").await.expect("len"), first as u64);
    append(&storage, "staging/big", first as u64, &bytes[first..]).await;
    assert_eq!(
        storage.len("staging/big").await.expect("len"),
        bytes.len() as u64
    );
    assert_eq!(read_all(storage.as_ref(), "staging/big").await, bytes);

    storage
        .promote("staging/big", "blobs/someone/big")
        .await
        .expect("promoted");
    assert!(server.stored_files("staging").await.is_empty());
    assert_eq!(read_all(storage.as_ref(), "blobs/someone/big").await, bytes);
    // Ranges across where the pieces met.
    for range in [
        0..1,
        first as u64 - 3..first as u64 + 3,
        8 * MIB as u64..17 * MIB as u64,
    ] {
        let mut stream = storage
            .read("blobs/someone/big", range.clone())
            .await
            .expect("a range");
        let mut got = Vec::new();
        while let Some(chunk) = stream.next().await {
            got.extend_from_slice(&chunk.expect("a chunk"));
        }
        assert_eq!(
            got,
            bytes[range.start as usize..range.end as usize],
            "{range:?}"
        );
    }
    assert_eq!(
        storage.clean_up(i64::MAX).await.expect("clean-up"),
        0,
        "every write that ended left nothing behind"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_write_cut_off_midway_leaves_only_whole_pieces_and_is_cleaned_up() {
    let server = TestServer::start().await;
    let storage = server.server.storage().clone();
    let bytes = random_bytes(12, 12 * MIB);
    storage.create("staging/cut").await.expect("created");
    let (sender, receiver) = mpsc::channel(1);
    let writer = {
        let storage = storage.clone();
        tokio::spawn(async move { storage.append("staging/cut", 0, receiver).await })
    };
    // Ten MiB handed over: the writer has taken in more than a part's worth.
    for chunk in bytes.chunks(MIB).take(10) {
        sender
            .send(Bytes::copy_from_slice(chunk))
            .await
            .expect("the writer takes it");
    }
    let remote = storage.local_path("staging/cut").is_none();
    if remote {
        // The writer has begun its multipart upload (on a busy machine, a moment after it
        // took the bytes in).
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while server.stored_files("multipart").await.is_empty()
            && std::time::Instant::now() < deadline
        {
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }
    // The process stops here: the write never ends.
    writer.abort();
    let _ = writer.await;
    drop(sender);
    if remote {
        // A part request whose sender went away may still be written by the store: it is
        // done with it before the clean-up looks (as it is long before the next start's).
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    }
    let len = storage.len("staging/cut").await.expect("still an upload");
    assert!(len <= 10 * MIB as u64, "{len}");
    let kept = read_all(storage.as_ref(), "staging/cut").await;
    assert_eq!(kept, bytes[..kept.len()], "what is kept is a whole prefix");
    // The multipart uploads left behind, by the ids their markers hold.
    let mut abandoned = Vec::new();
    for marker in server.stored_files("multipart").await {
        let text = String::from_utf8(read_all(storage.as_ref(), &marker).await).expect("text");
        abandoned.push(text.lines().next().expect("an id").to_owned());
    }
    assert_eq!(abandoned.len(), usize::from(remote), "{abandoned:?}");
    assert_eq!(
        storage.clean_up(i64::MAX).await.expect("clean-up"),
        usize::from(remote),
        "the object store's multipart upload is found and aborted"
    );
    assert_eq!(storage.clean_up(i64::MAX).await.expect("clean-up"), 0);
    if let Some(root) = std::env::var_os("SKYFOLIO_TEST_S3_ROOT") {
        // The store itself keeps no part of it any more (other tests' uploads may be under
        // way beside it).
        let leftovers: Vec<_> = walk(std::path::Path::new(&root))
            .into_iter()
            .filter(|name| {
                abandoned
                    .iter()
                    .any(|id| name.contains(&format!(".upload_id-{id}")))
            })
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }
    // The client goes on from what the server says it holds.
    append(&storage, "staging/cut", len, &bytes[len as usize..]).await;
    assert_eq!(read_all(storage.as_ref(), "staging/cut").await, bytes);
}

fn walk(root: &std::path::Path) -> Vec<String> {
    let mut names = Vec::new();
    let mut dirs = vec![root.to_owned()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else {
                names.push(path.to_string_lossy().into_owned());
            }
        }
    }
    names
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_upload_resumed_through_the_api_in_large_pieces_arrives_whole() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let bytes = random_bytes(13, 19 * MIB + 1);
    let id = user.begin_upload("Videos/long.bin", &bytes).await;
    let mut offset = 0usize;
    for piece in [9 * MIB, 9 * MIB, MIB + 1] {
        let response = user
            .patch(&id, offset as u64, bytes[offset..offset + piece].to_vec())
            .send()
            .await
            .expect("PATCH");
        let status = response.status();
        assert!(
            status.is_success(),
            "{status}: {}",
            response.text().await.unwrap_or_default()
        );
        offset += piece;
        if offset < bytes.len() {
            assert_eq!(user.offset(&id).await, Some(offset as u64));
        }
    }
    let page = user.get_json("/api/v1/media").await;
    let item = &page["items"][0];
    assert_eq!(item["hash"], hash(&bytes));
    let downloaded = user.download(item["id"].as_str().expect("an id")).await;
    assert_eq!(downloaded.len(), bytes.len());
    assert!(downloaded == bytes, "the bytes are whole");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_photo_sent_in_pieces_with_one_refused_is_read_and_thumbnailed_from_its_true_bytes() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let path = corpus("jpeg/canon_eos_7d.jpg");
    let photo = std::fs::read(&path).expect("corpus");
    let id = user.begin_upload("Camera/7d.jpg", &photo).await;
    let (first, second) = (100_000, 200_000);
    let sent = user
        .patch(&id, 0, photo[..first].to_vec())
        .send()
        .await
        .expect("PATCH");
    assert!(sent.status().is_success(), "{}", sent.status());
    // A damaged piece is refused and dropped: what follows must not be read after it.
    let mut damaged = photo[first..second].to_vec();
    damaged[10] ^= 0xff;
    let refused = user
        .patch(&id, first as u64, damaged)
        .header("Upload-Checksum", sha256_header(&photo[first..second]))
        .send()
        .await
        .expect("PATCH");
    assert_eq!(refused.status().as_u16(), 460);
    for (from, to) in [(first, second), (second, photo.len())] {
        let sent = user
            .patch(&id, from as u64, photo[from..to].to_vec())
            .send()
            .await
            .expect("PATCH");
        assert!(sent.status().is_success(), "{}", sent.status());
    }
    server.server.thumbnails_idle().await;

    let page = user.get_json("/api/v1/media").await;
    let item = &page["items"][0];
    let media_type = skyfolio_media::sniff(&path).expect("sniffed");
    let metadata = skyfolio_media::read_metadata(&path, &media_type).expect("read");
    assert_eq!(item["kind"], "photo");
    assert_eq!(item["width"], metadata.width.expect("a width"));
    assert_eq!(item["height"], metadata.height.expect("a height"));
    assert_eq!(
        item["taken_at"],
        metadata.taken_at.expect("a capture time").to_rfc3339()
    );
    assert_eq!(item["thumbnails"], "ready");
    let made = skyfolio_media::thumbnails(
        &path,
        &[
            skyfolio_media::ThumbSize::Grid,
            skyfolio_media::ThumbSize::Viewer,
        ],
    )
    .expect("thumbnails of the original");
    let skyfolio_media::Thumbnail::Jpeg(expected) = &made[0] else {
        panic!("a JPEG thumbnail of the original");
    };
    let id = item["id"].as_str().expect("an id");
    let served = user
        .request(
            reqwest::Method::GET,
            &format!("/api/v1/media/{id}/thumbnail?size=256"),
        )
        .send()
        .await
        .expect("GET")
        .bytes()
        .await
        .expect("a thumbnail");
    assert!(
        served.as_ref() == expected.as_slice(),
        "the thumbnail is made from the photo's true bytes"
    );
    // Every copy the upload and the thumbnails used is gone.
    let scratch = server.data.join("scratch");
    let left: Vec<_> = std::fs::read_dir(&scratch)
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    assert!(left.is_empty(), "left in the scratch folder: {left:?}");
}
