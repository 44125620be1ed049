//! One name per place: an account's live items never hold two names that a Windows or Mac
//! computer takes for one, whichever write would make them (a new upload, one of content the
//! account holds already, a move, a restore), nor a file and a folder of one name.

use reqwest::{Method, StatusCode};
use serde_json::json;
use skyfolio_protocol::{ErrorCode, MediaId, UploadCreated};

use crate::{TestServer, User, expect_error, random_bytes};

/// Pairs of names one of which a Windows or Mac computer cannot hold beside the other.
const TWINS: &[(&str, &str)] = &[
    ("Album/IMG.jpg", "Album/img.jpg"),
    ("Album/caf\u{e9}.jpg", "Album/cafe\u{301}.jpg"),
    (
        "Album/\u{3a3}\u{39f}\u{3a6}\u{39f}\u{3a3}.jpg",
        "Album/\u{3c3}\u{3bf}\u{3c6}\u{3bf}\u{3c2}.jpg",
    ),
    (
        "Album/\u{41c}\u{41e}\u{421}\u{41a}\u{412}\u{410}.jpg",
        "Album/\u{43c}\u{43e}\u{441}\u{43a}\u{432}\u{430}.jpg",
    ),
    // One folder, spelled two ways by what is in it.
    ("Album/Sub/a.jpg", "Album/sub/b.jpg"),
    ("Trip/Day 1/a.jpg", "TRIP/x.jpg"),
    // A file and a folder of one name.
    ("Album/Trip", "Album/trip/x.jpg"),
    ("Album/Trip/x.jpg", "Album/TRIP"),
    ("Album/Trip/x.jpg", "Album/Trip"),
];

/// Sends `bytes` to `path` to the end, answering the status of the step that ended it.
async fn try_upload(user: &User, path: &str, bytes: &[u8]) -> (StatusCode, String) {
    let response = user.create_upload(path, bytes).await;
    let status = response.status();
    let text = response.text().await.expect("body");
    if !status.is_success() {
        return (status, text);
    }
    let created: UploadCreated = serde_json::from_str(&text).expect("created JSON");
    let Some(upload) = created.upload else {
        return (status, text);
    };
    let response = user
        .patch(&upload.id, 0, bytes.to_vec())
        .send()
        .await
        .expect("PATCH");
    let status = response.status();
    (status, response.text().await.expect("body"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn names_that_collide_on_windows_and_macos_share_no_album() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    for (round, (first, second)) in TWINS.iter().enumerate() {
        let round = round as u64 * 10;
        let item = user.upload(first, &random_bytes(round + 1, 1_000)).await;
        // New content: refused before its bytes.
        let body = expect_error(
            user.create_upload(second, &random_bytes(round + 2, 1_000))
                .await,
            StatusCode::CONFLICT,
            ErrorCode::PathTaken,
        )
        .await;
        assert!(
            body.message
                .contains(first.split('/').nth(1).expect("a name")),
            "{second}: the answer names what holds the name: {}",
            body.message
        );
        // Content the account holds already (no bytes sent): refused alike.
        let held = random_bytes(round + 3, 1_000);
        user.upload(&format!("Elsewhere/{round}.jpg"), &held).await;
        expect_error(
            user.create_upload(second, &held).await,
            StatusCode::CONFLICT,
            ErrorCode::PathTaken,
        )
        .await;
        // Gone to the recycle bin, the first no longer holds the name.
        let trashed = user
            .request(Method::DELETE, &format!("/api/v1/media/{}", item.id))
            .send()
            .await
            .expect("DELETE");
        assert_eq!(trashed.status(), StatusCode::OK);
        let (status, text) = try_upload(&user, second, &random_bytes(round + 4, 1_000)).await;
        assert!(status.is_success(), "{second} after {first} left: {text}");
        // ...and cannot come back beside its twin.
        expect_error(
            user.request(Method::POST, &format!("/api/v1/trash/{}/restore", item.id))
                .send()
                .await
                .expect("restore"),
            StatusCode::CONFLICT,
            ErrorCode::PathTaken,
        )
        .await;
        // Clear the album for the next pair.
        let page = user.get_json("/api/v1/media?limit=1000").await;
        for item in page["items"].as_array().expect("items") {
            let id = item["id"].as_str().expect("id");
            user.request(Method::DELETE, &format!("/api/v1/media/{id}"))
                .send()
                .await
                .expect("DELETE");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn moves_cannot_make_twins_but_a_name_may_change_case() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let a = user.upload("Album/a.jpg", &random_bytes(1, 1_000)).await;
    let b = user.upload("Album/b.jpg", &random_bytes(2, 1_000)).await;
    user.upload("Other/Sub/c.jpg", &random_bytes(3, 1_000))
        .await;
    let move_to = |id: MediaId, path: &'static str| {
        user.request(Method::PATCH, &format!("/api/v1/media/{id}"))
            .json(&json!({ "path": path }))
            .send()
    };
    for taken in [
        "Album/A.JPG",
        "Other/SUB/b.jpg",
        "Other/sub",
        "other/Sub/c.jpg/x.jpg",
    ] {
        let response = move_to(b.id.clone(), taken).await.expect("PATCH");
        expect_error(response, StatusCode::CONFLICT, ErrorCode::PathTaken).await;
    }
    // An item's own name is no twin of itself: a change of case goes through.
    let response = move_to(a.id.clone(), "Album/A.jpg").await.expect("PATCH");
    assert_eq!(response.status(), StatusCode::OK);
    let response = move_to(b.id.clone(), "Other/Sub/b.jpg")
        .await
        .expect("PATCH");
    assert_eq!(response.status(), StatusCode::OK);
}

/// Two devices send twin names at once: the account's lock lets exactly one of them in.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_twins_let_exactly_one_in() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    for round in 0..20u64 {
        let (first, second) = TWINS[round as usize % TWINS.len()];
        let (first, second) = (format!("R{round}/{first}"), format!("R{round}/{second}"));
        let one = random_bytes(round * 2 + 100, 50_000);
        let two = random_bytes(round * 2 + 101, 50_000);
        // Both announced before either sends its bytes: both pass the early check.
        let ids = tokio::join!(
            user.begin_upload(&first, &one),
            user.begin_upload(&second, &two)
        );
        let (a, b) = tokio::join!(
            user.patch(&ids.0, 0, one.clone()).send(),
            user.patch(&ids.1, 0, two.clone()).send()
        );
        let statuses = [a.expect("PATCH").status(), b.expect("PATCH").status()];
        let landed = statuses.iter().filter(|s| s.is_success()).count();
        assert_eq!(landed, 1, "round {round}: {statuses:?}");
        assert!(statuses.contains(&StatusCode::CONFLICT), "{statuses:?}");
        let page = user.get_json("/api/v1/media?limit=1000").await;
        let live = page["items"]
            .as_array()
            .expect("items")
            .iter()
            .filter(|item| {
                item["path"]
                    .as_str()
                    .is_some_and(|p| p.starts_with(&format!("R{round}/")))
            })
            .count();
        assert_eq!(live, 1, "round {round}");
    }
}
