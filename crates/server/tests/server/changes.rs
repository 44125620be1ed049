//! The change feed: every create, move, trash, restore and purge after a sequence number,
//! tombstones included, a page at a time; a long-poll answers as soon as a change commits.

use std::time::{Duration, Instant};

use reqwest::Method;
use serde_json::{Value, json};
use skyfolio_protocol::{ChangeOp, ChangePage, MediaId, MediaState};

use crate::{TestServer, User, random_bytes};

async fn feed(user: &User, since: i64, limit: u32) -> ChangePage {
    let page = user
        .get_json(&format!("/api/v1/changes?since={since}&limit={limit}"))
        .await;
    serde_json::from_value(page).expect("a change page")
}

async fn send(user: &User, method: Method, path: &str, body: Option<Value>) {
    let mut request = user.request(method.clone(), path);
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.expect("sent");
    assert!(
        response.status().is_success(),
        "{method} {path}: {}",
        response.status()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_kind_of_change_is_in_the_feed_in_order() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let a = user.upload("Album/a.bin", &random_bytes(1, 1000)).await;
    let b = user.upload("Album/b.bin", &random_bytes(2, 1000)).await;
    send(
        &user,
        Method::PATCH,
        &format!("/api/v1/media/{}", a.id),
        Some(json!({"path": "Other/a.bin"})),
    )
    .await;
    send(
        &user,
        Method::DELETE,
        &format!("/api/v1/media/{}", a.id),
        None,
    )
    .await;
    send(
        &user,
        Method::POST,
        &format!("/api/v1/trash/{}/restore", a.id),
        None,
    )
    .await;
    send(
        &user,
        Method::DELETE,
        &format!("/api/v1/media/{}", b.id),
        None,
    )
    .await;
    send(
        &user,
        Method::DELETE,
        &format!("/api/v1/trash/{}", b.id),
        None,
    )
    .await;

    let page = feed(&user, 0, 100).await;
    let ops: Vec<(ChangeOp, MediaId)> = page
        .changes
        .iter()
        .map(|c| (c.op, c.item.id.clone()))
        .collect();
    assert_eq!(
        ops,
        vec![
            (ChangeOp::Create, a.id.clone()),
            (ChangeOp::Create, b.id.clone()),
            (ChangeOp::Move, a.id.clone()),
            (ChangeOp::Trash, a.id.clone()),
            (ChangeOp::Restore, a.id.clone()),
            (ChangeOp::Trash, b.id.clone()),
            (ChangeOp::Purge, b.id.clone()),
        ]
    );
    let seqs: Vec<i64> = page.changes.iter().map(|c| c.seq).collect();
    assert!(seqs.windows(2).all(|w| w[0] < w[1]), "{seqs:?}");
    assert_eq!(page.next_since, *seqs.last().expect("a change"));
    assert!(!page.has_more);
    // Each entry carries the item as it is now: the purged one as a tombstone that still
    // says what it was.
    let tombstone = &page.changes[6].item;
    assert_eq!(tombstone.state, MediaState::Purged);
    assert_eq!(tombstone.path, "Album/b.bin");
    assert_eq!(tombstone.hash, b.hash);
    let moved = &page.changes[4].item;
    assert_eq!(moved.path, "Other/a.bin");
    assert_eq!(moved.state, MediaState::Active);
    // Nothing after the last one.
    let after = feed(&user, page.next_since, 100).await;
    assert!(after.changes.is_empty());
    assert_eq!(after.next_since, page.next_since);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_feed_is_paginated_without_gaps_or_repeats() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let mut ids = Vec::new();
    for i in 0..23u64 {
        ids.push(
            user.upload(&format!("Album/{i}.bin"), &random_bytes(i, 300))
                .await
                .id,
        );
    }
    let mut seen = Vec::new();
    let mut since = 0;
    let mut pages = 0;
    loop {
        let page = feed(&user, since, 5).await;
        pages += 1;
        assert!(page.changes.len() <= 5);
        seen.extend(page.changes.iter().map(|c| c.item.id.clone()));
        since = page.next_since;
        if !page.has_more {
            break;
        }
    }
    assert_eq!(pages, 5);
    assert_eq!(seen, ids);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_long_poll_wakes_as_soon_as_another_device_commits() {
    let server = TestServer::start().await;
    let laptop = server.user("anna@example.org").await;
    let phone = server
        .log_in("anna@example.org", "correct horse battery", "phone")
        .await;
    let since = feed(&laptop, 0, 100).await.next_since;
    let waiting = laptop.long_poll(since, 30);
    // Let the poll reach the server and start waiting.
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        !waiting.is_finished(),
        "the poll answered before anything changed"
    );
    let item = phone.upload("Phone/new.bin", &random_bytes(5, 2000)).await;
    let committed = Instant::now();
    let page = tokio::time::timeout(Duration::from_secs(10), waiting)
        .await
        .expect("the poll answered")
        .expect("joined");
    let delay = committed.elapsed();
    assert_eq!(page.changes.len(), 1);
    assert_eq!(page.changes[0].item.id, item.id);
    assert!(
        delay < Duration::from_secs(1),
        "heard of the change after {delay:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_long_poll_with_nothing_new_answers_empty_after_its_wait() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    user.upload("Album/a.bin", &random_bytes(1, 100)).await;
    let since = feed(&user, 0, 100).await.next_since;
    let started = Instant::now();
    let page = user
        .get_json(&format!("/api/v1/changes?since={since}&wait=1"))
        .await;
    let waited = started.elapsed();
    let page: ChangePage = serde_json::from_value(page).expect("a page");
    assert!(page.changes.is_empty());
    assert_eq!(page.next_since, since);
    assert!(
        waited >= Duration::from_millis(900),
        "answered after {waited:?}"
    );
    // Without `wait` the answer is immediate, and another user's changes wake nobody here.
    let other = server.user("ben@example.org").await;
    let poll = tokio::spawn({
        let http = user.http.clone();
        let url = format!("{}/api/v1/changes?since={since}&wait=2", user.base);
        let token = user.token.clone();
        async move {
            http.get(url)
                .bearer_auth(token)
                .send()
                .await
                .expect("poll")
                .json::<ChangePage>()
                .await
                .expect("a page")
        }
    });
    tokio::time::sleep(Duration::from_millis(200)).await;
    other.upload("Ben/x.bin", &random_bytes(2, 100)).await;
    let page = poll.await.expect("joined");
    assert!(
        page.changes.is_empty(),
        "another account's change reached this feed"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reading_the_feed_marks_the_device_as_synced() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let devices = user.get_json("/api/v1/devices").await;
    assert_eq!(devices["devices"][0]["last_sync_at"], Value::Null);
    server.clock.advance(Duration::from_secs(5));
    feed(&user, 0, 10).await;
    let devices = user.get_json("/api/v1/devices").await;
    assert_eq!(
        devices["devices"][0]["last_sync_at"],
        crate::START_MS + 5000
    );
}
