//! Small files sent whole in one request (`POST /api/v1/media`): the item at once, and nothing
//! left behind by a body that is not what was announced, that breaks off, or that does not fit.

use reqwest::{Method, StatusCode};
use skyfolio_protocol::{ErrorCode, MediaItem, MediaKind, WHOLE_UPLOAD_LIMIT};

use crate::{TestServer, User, broken_body, expect_error, hash, random_bytes};

/// Nothing of a refused file is anywhere: no item, no stored or staged bytes, no usage.
async fn nothing_kept(server: &TestServer, user: &User, what: &str) {
    let page = user.get_json("/api/v1/media").await;
    assert_eq!(page["items"].as_array().expect("items").len(), 0, "{what}");
    assert!(
        server.stored_files("").await.is_empty(),
        "{what}: {:?}",
        server.stored_files("").await
    );
    assert_eq!(user.get_json("/api/v1/usage").await["used"], 0, "{what}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_small_file_sent_whole_is_an_item_at_once() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let photo = std::fs::read(crate::corpus("jpeg/canon_eos_7d.jpg")).expect("corpus");
    let response = user
        .send_whole("2024/photo.jpg", &photo, photo.clone())
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let item: MediaItem = response.json().await.expect("the item");
    assert_eq!(item.path, "2024/photo.jpg");
    assert_eq!(item.hash, hash(&photo));
    assert_eq!(item.size, photo.len() as u64);
    // Read as any upload is: its kind, size and capture time.
    assert_eq!(item.kind, MediaKind::Photo);
    assert!(item.width.is_some() && item.taken_at.is_some(), "{item:?}");
    assert_eq!(user.download(&item.id).await, photo);
    assert!(server.stored_files("staging").await.is_empty());
    assert_eq!(server.stored_files("blobs").await.len(), 1);
    let usage = user.get_json("/api/v1/usage").await;
    assert_eq!(usage["used"], photo.len());
    assert_eq!(usage["uploading"], 0);
    // The feed tells other devices.
    let feed = user.get_json("/api/v1/changes?since=0").await;
    let changes = feed["changes"].as_array().expect("changes");
    assert!(
        changes.iter().any(|c| c["item"]["id"] == item.id.as_str()),
        "{feed}"
    );

    // Content the account holds: the item without keeping the bytes twice.
    let response = user
        .send_whole("copies/photo.jpg", &photo, photo.clone())
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let copy: MediaItem = response.json().await.expect("the item");
    assert_ne!(copy.id, item.id);
    assert_eq!(copy.hash, item.hash);
    // The same file at the same path again is the same item.
    assert_eq!(
        user.upload_whole("2024/photo.jpg", &photo).await.id,
        item.id
    );
    assert_eq!(server.stored_files("blobs").await.len(), 1);

    // Another file at a taken path is refused; a name with any letters is not.
    let other = random_bytes(1, 50_000);
    let taken = user
        .send_whole("2024/photo.jpg", &other, other.clone())
        .await;
    expect_error(taken, StatusCode::CONFLICT, ErrorCode::PathTaken).await;
    let odd = "Été 2024/crème brûlée #1 & 2 + 50% = ½.bin";
    assert_eq!(user.upload_whole(odd, &other).await.path, odd);
    assert_eq!(server.stored_files("blobs").await.len(), 2);
    assert!(server.stored_files("staging").await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_whole_file_that_is_not_what_was_announced_leaves_nothing() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let bytes = random_bytes(2, 70_000);

    let wrong = random_bytes(3, bytes.len());
    let response = user.send_whole("a.bin", &wrong, bytes.clone()).await;
    expect_error(
        response,
        StatusCode::UNPROCESSABLE_ENTITY,
        ErrorCode::HashMismatch,
    )
    .await;
    nothing_kept(&server, &user, "another hash").await;

    let response = user
        .send_whole("a.bin", &bytes, bytes[..60_000].to_vec())
        .await;
    expect_error(response, StatusCode::BAD_REQUEST, ErrorCode::SizeMismatch).await;
    nothing_kept(&server, &user, "a shorter body").await;

    let mut longer = bytes.clone();
    longer.extend_from_slice(b"and then some");
    let response = user.send_whole("a.bin", &bytes, longer).await;
    expect_error(response, StatusCode::BAD_REQUEST, ErrorCode::SizeMismatch).await;
    nothing_kept(&server, &user, "a longer body").await;

    let broken = user
        .whole("a.bin", &bytes, broken_body(&bytes[..40_000]))
        .send()
        .await;
    if let Ok(response) = broken {
        assert!(!response.status().is_success(), "a broken body was taken");
    }
    nothing_kept(&server, &user, "a body that broke off").await;

    let large = vec![7u8; usize::try_from(WHOLE_UPLOAD_LIMIT).expect("a size") + 1];
    let response = user.send_whole("large.bin", &large, b"x".to_vec()).await;
    let error = expect_error(response, StatusCode::BAD_REQUEST, ErrorCode::BadRequest).await;
    assert!(error.message.contains("resumable"), "{}", error.message);
    let response = user.send_whole("empty.bin", b"", Vec::new()).await;
    expect_error(response, StatusCode::BAD_REQUEST, ErrorCode::BadRequest).await;
    for query in [
        "path=a.bin&size=10",
        "path=a.bin&size=10&hash=xyz",
        "path=../a.bin&size=10&hash=0000000000000000000000000000000000000000000000000000000000000000",
        "path=a.bin&size=ten&hash=0000000000000000000000000000000000000000000000000000000000000000",
    ] {
        let response = user
            .request(Method::POST, &format!("/api/v1/media?{query}"))
            .body(vec![0u8; 10])
            .send()
            .await
            .expect("POST");
        assert_eq!(response.status().as_u16() / 100, 4, "{query}");
    }
    nothing_kept(&server, &user, "malformed announcements").await;

    // The next file goes through as if nothing had happened.
    let item = user.upload_whole("a.bin", &bytes).await;
    assert_eq!(user.download(&item.id).await, bytes);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_whole_file_past_the_quota_is_refused_and_not_kept() {
    let server = TestServer::with(|config| config.default_quota = 1_000_000).await;
    let user = server.user("anna@example.org").await;
    user.upload_whole("a.bin", &random_bytes(7, 600_000)).await;
    let pending = user.begin_upload("b.bin", &random_bytes(8, 300_000)).await;
    // 600 000 stored + 300 000 reserved by an upload in progress + 200 000 > 1 000 000.
    let over = random_bytes(9, 200_000);
    let response = user.send_whole("c.bin", &over, over.clone()).await;
    expect_error(
        response,
        StatusCode::PAYLOAD_TOO_LARGE,
        ErrorCode::QuotaExceeded,
    )
    .await;
    assert_eq!(server.stored_files("blobs").await.len(), 1);
    assert_eq!(
        server.stored_files("staging").await.len(),
        1,
        "only the upload in progress is staged"
    );
    let usage = user.get_json("/api/v1/usage").await;
    assert_eq!(
        (usage["used"].as_u64(), usage["uploading"].as_u64()),
        (Some(600_000), Some(300_000))
    );
    assert_eq!(user.offset(&pending).await, Some(0));
    // What fits exactly is taken.
    user.upload_whole("d.bin", &random_bytes(10, 100_000)).await;
    assert_eq!(user.get_json("/api/v1/usage").await["used"], 700_000);
}

/// Many whole files at once against one quota and one path: the quota is never passed, one
/// path holds one item, and nothing refused is left stored or staged.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn whole_files_racing_for_the_quota_and_a_path_never_squeeze_past_either() {
    let server = TestServer::with(|config| config.default_quota = 1_000_000).await;
    let user = std::sync::Arc::new(server.user("anna@example.org").await);
    let mut sends = tokio::task::JoinSet::new();
    for n in 0..10u64 {
        let user = user.clone();
        sends.spawn(async move {
            let bytes = random_bytes(100 + n, 150_000);
            let response = user
                .send_whole(&format!("q/{n}.bin"), &bytes, bytes.clone())
                .await;
            response.status()
        });
    }
    let mut taken = 0;
    while let Some(status) = sends.join_next().await {
        match status.expect("a send") {
            StatusCode::CREATED => taken += 1,
            StatusCode::PAYLOAD_TOO_LARGE => {}
            other => panic!("a send answered {other}"),
        }
    }
    // 6 × 150 000 fits in 1 000 000; a seventh does not.
    assert_eq!(taken, 6);
    assert_eq!(user.get_json("/api/v1/usage").await["used"], 900_000);
    assert_eq!(server.stored_files("blobs").await.len(), 6);

    let mut sends = tokio::task::JoinSet::new();
    for n in 0..6u64 {
        let user = user.clone();
        sends.spawn(async move {
            let bytes = random_bytes(200 + n, 10_000);
            let response = user.send_whole("one/path.bin", &bytes, bytes.clone()).await;
            (response.status(), bytes)
        });
    }
    let mut winners = Vec::new();
    while let Some(sent) = sends.join_next().await {
        let (status, bytes) = sent.expect("a send");
        match status {
            StatusCode::CREATED => winners.push(bytes),
            StatusCode::CONFLICT => {}
            other => panic!("a send to one path answered {other}"),
        }
    }
    assert_eq!(winners.len(), 1, "one path, one item");
    let page = user.get_json("/api/v1/media?limit=100").await;
    let at_path: Vec<_> = page["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter(|i| i["path"] == "one/path.bin")
        .collect();
    assert_eq!(at_path.len(), 1);
    assert_eq!(at_path[0]["hash"], hash(&winners[0]));
    assert_eq!(server.stored_files("blobs").await.len(), 7);
    assert!(server.stored_files("staging").await.is_empty());
    assert_eq!(user.get_json("/api/v1/usage").await["used"], 910_000);
}
