//! `CreateUpload::taken_at_fallback`: the capture time an importer knows from elsewhere, used
//! only when the file states none, before the date its name gives.

use reqwest::{Method, StatusCode};
use serde_json::json;
use skyfolio_protocol::{ErrorCode, MediaItem, UploadCreated};

use crate::{TestServer, User, corpus, expect_error, hash};

async fn upload_with_fallback(user: &User, path: &str, bytes: &[u8], fallback: &str) -> MediaItem {
    let response = user
        .request(Method::POST, "/api/v1/uploads")
        .json(
            &json!({"path": path, "size": bytes.len(), "hash": hash(bytes),
                      "taken_at_fallback": fallback}),
        )
        .send()
        .await
        .expect("create upload");
    assert_eq!(response.status(), StatusCode::CREATED, "{path}");
    let created: UploadCreated = response.json().await.expect("JSON");
    let upload = created.upload.expect("an upload");
    let response = user
        .patch(&upload.id, 0, bytes.to_vec())
        .send()
        .await
        .expect("PATCH");
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    let accepted: serde_json::Value = response.json().await.expect("JSON");
    serde_json::from_value(accepted["item"].clone()).expect("the item")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_fallback_time_dates_only_files_without_a_time_of_their_own() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let no_exif = std::fs::read(corpus("jpeg/no_exif.jpg")).expect("corpus");
    let item = upload_with_fallback(
        &user,
        "Google Photos/IMG_1.jpg",
        &no_exif,
        "2019-06-01T14:00:00+02:00",
    )
    .await;
    assert_eq!(item.taken_at.as_deref(), Some("2019-06-01T14:00:00+02:00"));

    // The file's own time wins.
    let dated = std::fs::read(corpus("jpeg/apple_iphone4.jpg")).expect("corpus");
    let item = upload_with_fallback(
        &user,
        "Google Photos/IMG_2.jpg",
        &dated,
        "2019-06-01T12:00:00Z",
    )
    .await;
    assert!(
        item.taken_at
            .as_deref()
            .is_some_and(|t| t.starts_with("2011-01-13T14:33:39")),
        "{:?}",
        item.taken_at
    );

    // The fallback comes before the date the name gives.
    let minimal = std::fs::read(corpus("jpeg/minimal_exif.jpg")).expect("corpus");
    let item = upload_with_fallback(
        &user,
        "Google Photos/IMG_20230101_123456.jpg",
        &minimal,
        "2018-03-04T05:06:07Z",
    )
    .await;
    assert!(
        item.taken_at
            .as_deref()
            .is_some_and(|t| t.starts_with("2018-03-04T05:06:07")),
        "{:?}",
        item.taken_at
    );

    // A fallback that is no time is refused.
    let response = user
        .request(Method::POST, "/api/v1/uploads")
        .json(
            &json!({"path": "x/y.jpg", "size": no_exif.len(), "hash": hash(&no_exif),
                      "taken_at_fallback": "last summer"}),
        )
        .send()
        .await
        .expect("create upload");
    expect_error(response, StatusCode::BAD_REQUEST, ErrorCode::BadRequest).await;
}
