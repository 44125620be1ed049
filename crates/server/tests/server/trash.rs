//! The recycle bin: deleting moves to the trash, which can be listed, restored from, deleted
//! from for good or emptied; items purge on their own after the retention time, and until then
//! they count toward the quota.

use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde_json::Value;
use skyfolio_protocol::{ErrorCode, MediaId, MediaItem, MediaState};

use crate::{TestServer, User, expect_error, random_bytes};

async fn trash(user: &User, id: &str) -> MediaItem {
    let response = user
        .request(Method::DELETE, &format!("/api/v1/media/{id}"))
        .send()
        .await
        .expect("DELETE");
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.expect("the item")
}

async fn trash_ids(user: &User) -> Vec<MediaId> {
    let page = user.get_json("/api/v1/trash").await;
    page["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| MediaId::new(i["id"].as_str().expect("id")))
        .collect()
}

async fn live_ids(user: &User) -> Vec<MediaId> {
    let page = user.get_json("/api/v1/media").await;
    page["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| MediaId::new(i["id"].as_str().expect("id")))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn delete_restore_and_delete_forever() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let bytes = random_bytes(1, 10_000);
    let item = user.upload("Album/a.bin", &bytes).await;
    let other = user.upload("Album/b.bin", &random_bytes(2, 20_000)).await;

    server.clock.advance(Duration::from_secs(60));
    let trashed = trash(&user, &item.id).await;
    assert_eq!(trashed.state, MediaState::Trashed);
    assert_eq!(trashed.trashed_at, Some(crate::START_MS + 60_000));
    assert_eq!(trash_ids(&user).await, vec![item.id.clone()]);
    assert_eq!(live_ids(&user).await, vec![other.id.clone()]);
    // A trashed item can still be looked at and downloaded: it is not gone yet.
    assert_eq!(user.download(&item.id).await, bytes);
    // ... and counts toward the quota, as trash.
    let usage = user.get_json("/api/v1/usage").await;
    assert_eq!(usage["trash"], 10_000);
    assert_eq!(usage["used"], 30_000);
    // Deleting it again from the timeline finds nothing there.
    let again = user
        .request(Method::DELETE, &format!("/api/v1/media/{}", item.id))
        .send()
        .await
        .expect("DELETE");
    expect_error(again, StatusCode::NOT_FOUND, ErrorCode::NotFound).await;

    let response = user
        .request(Method::POST, &format!("/api/v1/trash/{}/restore", item.id))
        .send()
        .await
        .expect("restore");
    assert_eq!(response.status(), StatusCode::OK);
    let restored: MediaItem = response.json().await.expect("the item");
    assert_eq!(restored.state, MediaState::Active);
    assert_eq!(restored.path, "Album/a.bin");
    assert_eq!(restored.trashed_at, None);
    assert!(trash_ids(&user).await.is_empty());
    assert_eq!(user.get_json("/api/v1/usage").await["trash"], 0);

    trash(&user, &item.id).await;
    let response = user
        .request(Method::DELETE, &format!("/api/v1/trash/{}", item.id))
        .send()
        .await
        .expect("delete forever");
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    assert!(trash_ids(&user).await.is_empty());
    let gone = user
        .request(Method::GET, &format!("/api/v1/media/{}", item.id))
        .send()
        .await
        .expect("GET");
    expect_error(gone, StatusCode::NOT_FOUND, ErrorCode::NotFound).await;
    let usage = user.get_json("/api/v1/usage").await;
    assert_eq!(usage["used"], 20_000);
    assert_eq!(
        server.stored_files("blobs").await.len(),
        1,
        "the purged bytes are gone"
    );
    // Restoring what is gone for good is not possible.
    let response = user
        .request(Method::POST, &format!("/api/v1/trash/{}/restore", item.id))
        .send()
        .await
        .expect("restore");
    expect_error(response, StatusCode::NOT_FOUND, ErrorCode::NotFound).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restore_onto_a_taken_path_is_refused_and_keeps_the_item_in_the_trash() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let first = user.upload("Album/a.jpg", &random_bytes(1, 1000)).await;
    trash(&user, &first.id).await;
    user.upload("Album/a.jpg", &random_bytes(2, 1000)).await;
    let response = user
        .request(Method::POST, &format!("/api/v1/trash/{}/restore", first.id))
        .send()
        .await
        .expect("restore");
    expect_error(response, StatusCode::CONFLICT, ErrorCode::PathTaken).await;
    assert_eq!(trash_ids(&user).await, vec![first.id]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn content_shared_by_two_items_stays_until_both_are_purged() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let bytes = random_bytes(3, 5000);
    let a = user.upload("One/a.bin", &bytes).await;
    let b = user.upload("Two/a.bin", &bytes).await;
    assert_eq!(
        server.stored_files("blobs").await.len(),
        1,
        "one copy of the bytes"
    );
    trash(&user, &a.id).await;
    let response = user
        .request(Method::DELETE, &format!("/api/v1/trash/{}", a.id))
        .send()
        .await
        .expect("delete forever");
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        user.download(&b.id).await,
        bytes,
        "the other item keeps its bytes"
    );
    assert_eq!(server.stored_files("blobs").await.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn emptying_the_trash_purges_everything_in_it() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let mut trashed = Vec::new();
    for i in 0..5u64 {
        let item = user
            .upload(&format!("Album/{i}.bin"), &random_bytes(10 + i, 2000))
            .await;
        trash(&user, &item.id).await;
        trashed.push(item.id);
    }
    let kept = user.upload("Album/kept.bin", &random_bytes(99, 2000)).await;
    assert_eq!(trash_ids(&user).await.len(), 5);
    let response = user
        .request(Method::DELETE, "/api/v1/trash")
        .send()
        .await
        .expect("empty");
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    assert!(trash_ids(&user).await.is_empty());
    assert_eq!(live_ids(&user).await, vec![kept.id]);
    let usage = user.get_json("/api/v1/usage").await;
    assert_eq!(usage["trash"], 0);
    assert_eq!(usage["used"], 2000);
    assert_eq!(server.stored_files("blobs").await.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn trash_purges_at_thirty_days_not_a_moment_before() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let item = user.upload("Album/a.bin", &random_bytes(4, 3000)).await;
    trash(&user, &item.id).await;

    server
        .clock
        .advance(Duration::from_secs(29 * 24 * 3600 + 23 * 3600));
    server.server.run_maintenance().await.expect("maintenance");
    assert_eq!(
        trash_ids(&user).await,
        vec![item.id.clone()],
        "kept at 29 d 23 h"
    );
    assert_eq!(server.stored_files("blobs").await.len(), 1);

    server.clock.advance(Duration::from_secs(3600));
    server.server.run_maintenance().await.expect("maintenance");
    assert!(trash_ids(&user).await.is_empty(), "gone at 30 d");
    assert!(server.stored_files("blobs").await.is_empty());
    // The change feed says so, so every device learns it.
    let feed: Value = user.get_json("/api/v1/changes?since=0").await;
    let last = feed["changes"].as_array().expect("changes").last().cloned();
    let last = last.expect("a change");
    assert_eq!(last["op"], "purge");
    assert_eq!(last["item"]["id"], item.id.as_str());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_retention_is_configurable() {
    let server = TestServer::with(|config| {
        config.trash_retention = Duration::from_secs(7 * 24 * 3600);
    })
    .await;
    let user = server.user("anna@example.org").await;
    let item = user.upload("Album/a.bin", &random_bytes(5, 3000)).await;
    trash(&user, &item.id).await;
    server.clock.advance(Duration::from_secs(7 * 24 * 3600 - 1));
    server.server.run_maintenance().await.expect("maintenance");
    assert_eq!(trash_ids(&user).await.len(), 1);
    server.clock.advance(Duration::from_secs(1));
    server.server.run_maintenance().await.expect("maintenance");
    assert!(trash_ids(&user).await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn trash_is_listed_most_recently_deleted_first_a_page_at_a_time() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let mut order = Vec::new();
    for i in 0..7u64 {
        let item = user
            .upload(&format!("Album/{i}.bin"), &random_bytes(20 + i, 500))
            .await;
        server.clock.advance(Duration::from_secs(1));
        trash(&user, &item.id).await;
        order.push(item.id);
    }
    order.reverse();
    let mut listed = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let query = match &cursor {
            Some(c) => format!("/api/v1/trash?limit=3&cursor={c}"),
            None => "/api/v1/trash?limit=3".to_owned(),
        };
        let page = user.get_json(&query).await;
        for item in page["items"].as_array().expect("items") {
            listed.push(MediaId::new(item["id"].as_str().expect("id")));
        }
        match page["next"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => break,
        }
    }
    assert_eq!(listed, order);
}
