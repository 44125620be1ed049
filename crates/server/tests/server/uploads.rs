use futures_util::StreamExt;
use rand::{Rng, SeedableRng};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use skyfolio_protocol::{ErrorCode, UploadCreated, UploadId, UploadList};

use crate::{TestServer, User, broken_body, expect_error, hash, random_bytes, sha256_header};

async fn start_upload(user: &User, path: &str, bytes: &[u8]) -> UploadId {
    let response = user.create_upload(path, bytes).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    assert_eq!(response.headers()["tus-resumable"], "1.0.0");
    let created: UploadCreated = response.json().await.expect("JSON");
    assert!(created.item.is_none());
    created.upload.expect("an upload").id
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn uploads_cut_at_random_offsets_resume_to_identical_bytes() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let mut rng = rand::rngs::StdRng::seed_from_u64(4);
    for round in 0..3u64 {
        let bytes = random_bytes(round, 3 * 1024 * 1024 + rng.gen_range(0..100_000));
        let id = start_upload(&user, &format!("cut/{round}.bin"), &bytes).await;
        let mut item = None;
        let mut cuts = 0;
        // The furthest byte ever sent: a broken request may still be settling on the server
        // when the client has given up on it, so the offset can move up to here, never past.
        let mut furthest = 0;
        while item.is_none() {
            let offset = user.offset(&id).await.expect("the upload lives") as usize;
            let rest = bytes.len() - offset;
            // Half the time the connection breaks somewhere in the chunk; otherwise a chunk
            // of random length arrives whole.
            let length = rng.gen_range(1..=rest.min(900_000));
            if rng.gen_bool(0.5) && length > 1 {
                let cut = rng.gen_range(0..length);
                furthest = furthest.max(offset + cut);
                let sent = user
                    .patch(
                        &id,
                        offset as u64,
                        broken_body(&bytes[offset..offset + cut]),
                    )
                    .send()
                    .await;
                assert!(sent.is_err() || !sent.expect("answer").status().is_success());
                cuts += 1;
                let now = user.offset(&id).await.expect("the upload lives") as usize;
                assert!(
                    now >= offset && now <= furthest,
                    "offset {now} after a cut at {} (furthest byte sent {furthest})",
                    offset + cut
                );
                continue;
            }
            let response = user
                .patch(&id, offset as u64, bytes[offset..offset + length].to_vec())
                .send()
                .await
                .expect("PATCH");
            if cuts > 0 && response.status() == StatusCode::LOCKED {
                // A broken request is still settling on the server: try again shortly, as a
                // client does.
                tokio::time::sleep(std::time::Duration::from_millis(20)).await;
                continue;
            }
            if cuts > 0 && response.status() == StatusCode::CONFLICT {
                // A broken request moved the offset after it was read: read it again.
                let now = user.offset(&id).await.expect("the upload lives") as usize;
                assert!(
                    now > offset && now <= furthest,
                    "offset {now} after a conflict"
                );
                continue;
            }
            assert_eq!(response.status(), StatusCode::OK);
            furthest = furthest.max(offset + length);
            assert_eq!(
                response.headers()["upload-offset"].to_str().expect("text"),
                (offset + length).to_string()
            );
            let accepted: Value = response.json().await.expect("JSON");
            if !accepted["item"].is_null() {
                item = Some(accepted["item"].clone());
            }
        }
        assert!(cuts > 0, "round {round} was never cut");
        let item = item.expect("an item");
        assert_eq!(item["hash"], hash(&bytes));
        assert_eq!(item["size"], bytes.len());
        let id = item["id"].as_str().expect("id");
        assert!(
            user.download(id).await == bytes,
            "round {round}: the bytes differ"
        );
        assert_eq!(user.offset(id).await, None, "a committed upload is gone");
    }
    assert!(server.stored_files("staging").await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_offset_gets_409_and_changes_nothing() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let bytes = random_bytes(1, 100_000);
    let id = start_upload(&user, "a/b.bin", &bytes).await;
    let first = user
        .patch(&id, 0, bytes[..40_000].to_vec())
        .send()
        .await
        .expect("PATCH");
    assert_eq!(first.status(), StatusCode::OK);
    for wrong in [0, 39_999, 40_001, 100_000] {
        let response = user
            .patch(&id, wrong, bytes[wrong as usize..].to_vec())
            .send()
            .await
            .expect("PATCH");
        assert_eq!(response.headers()["upload-offset"], "40000");
        expect_error(response, StatusCode::CONFLICT, ErrorCode::OffsetMismatch).await;
        assert_eq!(user.offset(&id).await, Some(40_000));
    }
    let rest = user
        .patch(&id, 40_000, bytes[40_000..].to_vec())
        .send()
        .await
        .expect("PATCH");
    assert_eq!(rest.status(), StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bad_checksum_is_refused_and_the_offset_stays() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let bytes = random_bytes(2, 200_000);
    let id = start_upload(&user, "a/b.bin", &bytes).await;
    let good = user
        .patch(&id, 0, bytes[..50_000].to_vec())
        .header("Upload-Checksum", sha256_header(&bytes[..50_000]))
        .send()
        .await
        .expect("PATCH");
    assert_eq!(good.status(), StatusCode::OK);
    let mut damaged = bytes[50_000..].to_vec();
    damaged[1234] ^= 0x40;
    let refused = user
        .patch(&id, 50_000, damaged)
        .header("Upload-Checksum", sha256_header(&bytes[50_000..]))
        .send()
        .await
        .expect("PATCH");
    assert_eq!(refused.headers()["upload-offset"], "50000");
    expect_error(
        refused,
        StatusCode::from_u16(460).expect("460"),
        ErrorCode::ChecksumMismatch,
    )
    .await;
    assert_eq!(user.offset(&id).await, Some(50_000));
    let blake3 = format!(
        "blake3 {}",
        base64::Engine::encode(
            &base64::engine::general_purpose::STANDARD,
            blake3::hash(&bytes[50_000..]).as_bytes()
        )
    );
    let resent = user
        .patch(&id, 50_000, bytes[50_000..].to_vec())
        .header("Upload-Checksum", blake3)
        .send()
        .await
        .expect("PATCH");
    assert_eq!(resent.status(), StatusCode::OK);
    let accepted: Value = resent.json().await.expect("JSON");
    let id = accepted["item"]["id"].as_str().expect("an item");
    assert!(user.download(id).await == bytes);
    let unknown = user
        .patch("0123", 0, vec![1])
        .header("Upload-Checksum", "md5 AAAA")
        .send()
        .await
        .expect("PATCH");
    expect_error(unknown, StatusCode::BAD_REQUEST, ErrorCode::BadRequest).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn content_the_account_holds_is_accepted_at_once() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let bytes = random_bytes(3, 300_000);
    let first = user.upload("2024/a.jpg", &bytes).await;
    let response = user.create_upload("copies/a.jpg", &bytes).await;
    assert_eq!(response.status(), StatusCode::OK, "no bytes wanted");
    let created: UploadCreated = response.json().await.expect("JSON");
    assert!(created.upload.is_none());
    let copy = created.item.expect("the item exists at once");
    assert_eq!(copy.hash, first.hash);
    assert_ne!(copy.id, first.id);
    assert_eq!(copy.path, "copies/a.jpg");
    // The same file at the same path again is the same item.
    let again: UploadCreated = user
        .create_upload("2024/a.jpg", &bytes)
        .await
        .json()
        .await
        .expect("JSON");
    assert_eq!(again.item.expect("item").id, first.id);
    // Stored once.
    assert_eq!(server.stored_files("blobs").await.len(), 1);
    assert!(user.download(&copy.id).await == bytes);
    // Another account does not share it: its upload wants the bytes.
    let other = server.user("ben@example.org").await;
    assert_eq!(
        other.create_upload("a.jpg", &bytes).await.status(),
        StatusCode::CREATED
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_whose_hash_differs_from_the_declared_one_is_not_kept() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let bytes = random_bytes(5, 70_000);
    let response = user
        .request(Method::POST, "/api/v1/uploads")
        .json(&json!({"path": "a.bin", "size": bytes.len(), "hash": hash(b"something else")}))
        .send()
        .await
        .expect("create");
    let created: UploadCreated = response.json().await.expect("JSON");
    let id = created.upload.expect("upload").id;
    let response = user.patch(&id, 0, bytes).send().await.expect("PATCH");
    expect_error(
        response,
        StatusCode::UNPROCESSABLE_ENTITY,
        ErrorCode::HashMismatch,
    )
    .await;
    assert_eq!(user.offset(&id).await, None);
    let page = user.get_json("/api/v1/media").await;
    assert_eq!(page["items"].as_array().expect("items").len(), 0);
    assert!(
        server.stored_files("").await.is_empty(),
        "{:?}",
        server.stored_files("").await
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn terminated_and_abandoned_uploads_leave_nothing() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let bytes = random_bytes(6, 50_000);
    let cancelled = start_upload(&user, "a.bin", &bytes).await;
    user.patch(&cancelled, 0, bytes[..1000].to_vec())
        .send()
        .await
        .expect("PATCH");
    let deleted = user
        .request(Method::DELETE, &format!("/api/v1/uploads/{cancelled}"))
        .send()
        .await
        .expect("DELETE");
    assert_eq!(deleted.status(), StatusCode::NO_CONTENT);
    assert_eq!(user.offset(&cancelled).await, None);

    let abandoned = start_upload(&user, "b.bin", &bytes).await;
    user.patch(&abandoned, 0, bytes[..1000].to_vec())
        .send()
        .await
        .expect("PATCH");
    server
        .clock
        .advance(std::time::Duration::from_secs(23 * 3600));
    server.server.run_maintenance().await.expect("maintenance");
    assert_eq!(user.offset(&abandoned).await, Some(1000), "not yet expired");
    server.clock.advance(std::time::Duration::from_secs(3600));
    server.server.run_maintenance().await.expect("maintenance");
    assert_eq!(
        user.offset(&abandoned).await,
        None,
        "expired a day after its last byte"
    );
    assert!(
        server.stored_files("").await.is_empty(),
        "{:?}",
        server.stored_files("").await
    );
    let usage = user.get_json("/api/v1/usage").await;
    assert_eq!(usage["uploading"], 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_upload_past_the_quota_is_refused_before_its_bytes() {
    let server = TestServer::with(|config| config.default_quota = 1_000_000).await;
    let user = server.user("anna@example.org").await;
    user.upload("a.bin", &random_bytes(7, 600_000)).await;
    let pending = start_upload(&user, "b.bin", &random_bytes(8, 300_000)).await;
    // 600 000 stored + 300 000 reserved + 200 000 > 1 000 000.
    let response = user.create_upload("c.bin", &random_bytes(9, 200_000)).await;
    expect_error(
        response,
        StatusCode::PAYLOAD_TOO_LARGE,
        ErrorCode::QuotaExceeded,
    )
    .await;
    assert_eq!(
        server.stored_files("staging").await.len(),
        1,
        "only the first upload is staged"
    );
    let usage = user.get_json("/api/v1/usage").await;
    assert_eq!(usage["quota"], 1_000_000);
    assert_eq!(usage["used"], 600_000);
    assert_eq!(usage["uploading"], 300_000);
    assert_eq!(user.offset(&pending).await, Some(0));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_chunk_past_the_declared_size_is_refused() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let bytes = random_bytes(10, 10_000);
    let id = start_upload(&user, "a.bin", &bytes).await;
    user.patch(&id, 0, bytes[..4000].to_vec())
        .send()
        .await
        .expect("PATCH");
    let mut longer = bytes[4000..].to_vec();
    longer.extend_from_slice(b"more than declared");
    let response = user.patch(&id, 4000, longer).send().await.expect("PATCH");
    expect_error(response, StatusCode::BAD_REQUEST, ErrorCode::SizeMismatch).await;
    assert_eq!(user.offset(&id).await, Some(4000));
    let done = user
        .patch(&id, 4000, bytes[4000..].to_vec())
        .send()
        .await
        .expect("PATCH");
    assert_eq!(done.status(), StatusCode::OK);
}

/// 4 GiB through the API, generated on the fly and checked on the fly: neither side holds
/// the file in memory. Skipped (with a note) when the disk lacks room for it twice over.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_4_gib_upload_streams_through() {
    const SIZE: u64 = 4 << 30;
    let server = TestServer::start().await;
    let free = fs_free_bytes(&server.data);
    // An object store on this machine keeps the parts of a multipart upload beside the whole.
    let needs = if server.storage.is_some() { 5 } else { 3 } * SIZE;
    if free < needs {
        eprintln!("skipped: {free} bytes free, the 4 GiB upload needs {needs}");
        return;
    }
    let user = server.user("anna@example.org").await;
    let admin = server.admin().await;
    admin
        .set_quota("anna@example.org", 5 << 30)
        .await
        .expect("quota");
    // A cheap deterministic stream: each 1 MiB block is a counter run through BLAKE3's XOF.
    let block = |i: u64| {
        let mut out = vec![0u8; 1 << 20];
        blake3::Hasher::new()
            .update(&i.to_le_bytes())
            .finalize_xof()
            .fill(&mut out);
        out
    };
    let blocks = SIZE >> 20;
    let mut whole = blake3::Hasher::new();
    for i in 0..blocks {
        whole.update(&block(i));
    }
    let digest = whole.finalize().to_hex().to_string();
    let created: UploadCreated = user
        .request(Method::POST, "/api/v1/uploads")
        .json(&json!({"path": "big/four.bin", "size": SIZE, "hash": digest}))
        .send()
        .await
        .expect("create")
        .json()
        .await
        .expect("JSON");
    let id = created.upload.expect("upload").id;
    let body =
        futures_util::stream::iter(0..blocks).map(move |i| Ok::<_, std::io::Error>(block(i)));
    let response = user
        .patch(&id, 0, reqwest::Body::wrap_stream(body))
        .send()
        .await
        .expect("PATCH");
    let status = response.status();
    let text = response.text().await.expect("a body");
    assert_eq!(status, StatusCode::OK, "{text}");
    let accepted: Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(accepted["item"]["size"], SIZE);
    assert_eq!(accepted["item"]["hash"], digest);
    // Download it back, hashing as it comes.
    let media_id = accepted["item"]["id"].as_str().expect("id").to_owned();
    let response = user
        .request(Method::GET, &format!("/api/v1/media/{media_id}/original"))
        .send()
        .await
        .expect("download");
    let mut stream = response.bytes_stream();
    let mut back = blake3::Hasher::new();
    let mut received = 0u64;
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.expect("chunk");
        received += chunk.len() as u64;
        back.update(&chunk);
    }
    assert_eq!(received, SIZE);
    assert_eq!(back.finalize().to_hex().to_string(), digest);
}

pub fn fs_free_bytes(path: &std::path::Path) -> u64 {
    let output = std::process::Command::new("df")
        .args(["-B1", "--output=avail"])
        .arg(path)
        .output()
        .expect("df runs");
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .nth(1)
        .and_then(|line| line.trim().parse().ok())
        .unwrap_or(0)
}

/// A device whose upload broke off (killed, offline, its journal lost) announces the file again:
/// its earlier upload goes on from where it stopped, and the quota holds the bytes once. Every
/// upload in progress is listed, and cancelling one gives its room back.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn interrupted_uploads_resume_instead_of_holding_the_quota_twice() {
    let server = TestServer::with(|config| config.default_quota = 1_000_000).await;
    let user = server.user("anna@example.org").await;
    let bytes = random_bytes(21, 700_000);
    let first = user.begin_upload("Trip/big.bin", &bytes).await;
    let done = user
        .patch(&first, 0, bytes[..250_000].to_vec())
        .send()
        .await
        .expect("PATCH");
    assert_eq!(done.status(), StatusCode::OK);
    // Announced again, as after an interruption: the same upload, where it stopped. Before,
    // a second upload reserved another 700 000 bytes and this answer was quota-exceeded.
    for _ in 0..3 {
        let response = user.create_upload("Trip/big.bin", &bytes).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        assert_eq!(
            response.headers()["Upload-Offset"].to_str().expect("text"),
            "250000"
        );
        let created: UploadCreated = response.json().await.expect("JSON");
        let upload = created.upload.expect("the upload");
        assert_eq!(upload.id, first);
        assert_eq!(upload.offset, 250_000);
    }
    let usage = user.get_json("/api/v1/usage").await;
    assert_eq!(usage["uploading"], 700_000);
    let listed: UploadList = user
        .request(Method::GET, "/api/v1/uploads")
        .send()
        .await
        .expect("GET")
        .json()
        .await
        .expect("JSON");
    assert_eq!(listed.uploads.len(), 1);
    let listed = &listed.uploads[0];
    assert_eq!(
        (
            listed.id.as_str(),
            listed.path.as_str(),
            listed.size,
            listed.offset
        ),
        (first.as_str(), "Trip/big.bin", 700_000, 250_000)
    );
    assert_eq!(listed.device_id, user.device_id);
    assert!(listed.device_name.is_some());
    // Another device's uploads are its own; another account sees none of them.
    let stranger = server.user("ben@example.org").await;
    let theirs: UploadList = stranger
        .request(Method::GET, "/api/v1/uploads")
        .send()
        .await
        .expect("GET")
        .json()
        .await
        .expect("JSON");
    assert!(theirs.uploads.is_empty());
    // The rest of the bytes finish the one upload.
    let finished = user
        .patch(&first, 250_000, bytes[250_000..].to_vec())
        .send()
        .await
        .expect("PATCH");
    assert_eq!(finished.status(), StatusCode::OK);
    assert_eq!(user.get_json("/api/v1/usage").await["uploading"], 0);
    // Cancelled from the list, an abandoned upload gives its room back at once.
    let other = random_bytes(22, 250_000);
    let abandoned = user.begin_upload("Trip/other.bin", &other).await;
    assert_eq!(user.get_json("/api/v1/usage").await["uploading"], 250_000);
    let cancelled = user
        .request(Method::DELETE, &format!("/api/v1/uploads/{abandoned}"))
        .header("Tus-Resumable", "1.0.0")
        .send()
        .await
        .expect("DELETE");
    assert_eq!(cancelled.status(), StatusCode::NO_CONTENT);
    assert_eq!(user.get_json("/api/v1/usage").await["uploading"], 0);
    assert!(server.stored_files("staging").await.is_empty());
}
