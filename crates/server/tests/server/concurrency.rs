//! Two servers on one database and one store, as two processes behind a load balancer: what
//! arrives through both at once gets distinct sequence numbers, stays under the quota and is
//! kept once.

use std::collections::BTreeSet;
use std::sync::Arc;

use reqwest::StatusCode;
use serde_json::Value;
use skyfolio_protocol::{ErrorCode, MediaItem};

use crate::{TestServer, User, expect_error, random_bytes};

/// The same device's token, sent to the other server.
fn through(user: &User, server: &TestServer) -> User {
    User {
        http: reqwest::Client::new(),
        base: server.base.clone(),
        token: user.token.clone(),
        device_id: user.device_id.clone(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn uploads_through_two_servers_at_once_get_one_sequence_number_each() {
    let first = TestServer::start().await;
    let second = first.beside().await;
    let anna = first.user("anna@example.org").await;
    let clients = Arc::new([through(&anna, &first), through(&anna, &second)]);
    let mut tasks = Vec::new();
    for i in 0..24u64 {
        let clients = clients.clone();
        tasks.push(tokio::spawn(async move {
            let bytes = random_bytes(i, 20_000 + i as usize);
            clients[(i % 2) as usize]
                .upload(&format!("Album/{i}.bin"), &bytes)
                .await
        }));
    }
    let mut seqs = BTreeSet::new();
    for task in tasks {
        let item: MediaItem = task.await.expect("the upload task");
        assert!(seqs.insert(item.seq), "sequence number {} twice", item.seq);
    }
    assert_eq!(seqs, (1..=24).collect::<BTreeSet<i64>>());
    // Both servers tell the same feed.
    for client in clients.iter() {
        let feed = client.get_json("/api/v1/changes?since=0&limit=100").await;
        let changes = feed["changes"].as_array().expect("changes");
        let numbers: Vec<i64> = changes
            .iter()
            .map(|c| c["seq"].as_i64().expect("seq"))
            .collect();
        assert_eq!(numbers, (1..=24).collect::<Vec<i64>>());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_quota_holds_for_uploads_announced_through_two_servers_at_once() {
    let first = TestServer::with(|config| config.default_quota = 1_000_000).await;
    let second = first.beside().await;
    let anna = first.user("anna@example.org").await;
    let clients = Arc::new([through(&anna, &first), through(&anna, &second)]);
    let mut tasks = Vec::new();
    for i in 0..12u64 {
        let clients = clients.clone();
        tasks.push(tokio::spawn(async move {
            let bytes = random_bytes(100 + i, 300_000);
            clients[(i % 2) as usize]
                .create_upload(&format!("Album/{i}.bin"), &bytes)
                .await
        }));
    }
    let mut accepted = 0;
    for task in tasks {
        let response = task.await.expect("the task");
        if response.status() == StatusCode::CREATED {
            accepted += 1;
        } else {
            expect_error(
                response,
                StatusCode::PAYLOAD_TOO_LARGE,
                ErrorCode::QuotaExceeded,
            )
            .await;
        }
    }
    assert_eq!(
        accepted, 3,
        "three of 300 kB fit in 1 MB, a fourth does not"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_same_file_sent_through_two_servers_at_once_is_one_item() {
    let first = TestServer::start().await;
    let second = first.beside().await;
    let anna = first.user("anna@example.org").await;
    let bytes = random_bytes(7, 400_000);
    // Two of her devices, each through its own server (one device announcing a file twice
    // goes on with its one upload instead).
    let phone = second
        .log_in("anna@example.org", "correct horse battery", "phone")
        .await;
    let (a, b) = (through(&anna, &first), phone);
    let (one, other) = tokio::join!(
        a.upload("Album/same.bin", &bytes),
        b.upload("Album/same.bin", &bytes)
    );
    assert_eq!(one.id, other.id, "one item for one file at one path");
    let listed: Value = a.get_json("/api/v1/media?limit=10").await;
    assert_eq!(listed["items"].as_array().expect("items").len(), 1);
    let usage = a.get_json("/api/v1/usage").await;
    assert_eq!(usage["used"].as_u64(), Some(400_000), "{usage}");
    assert_eq!(b.download(&one.id).await, bytes);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_chunk_sent_to_the_other_server_while_one_is_being_written_waits_its_turn() {
    use axum::body::Bytes;
    const MIB: usize = 1 << 20;
    let first = TestServer::start().await;
    let second = first.beside().await;
    let anna = first.user("anna@example.org").await;
    let (on_first, on_second) = (through(&anna, &first), through(&anna, &second));
    let bytes = random_bytes(8, 3 * MIB);
    let id = on_first.begin_upload("Videos/retried.bin", &bytes).await;
    // A chunk still arriving at the first server…
    let (sender, body) = crate::fed_body();
    let slow = tokio::spawn(on_first.patch(&id, 0, body).send());
    sender
        .send(Ok(Bytes::copy_from_slice(&bytes[..MIB])))
        .await
        .expect("sent");
    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    // …while the client, thinking it lost, sends it again to the second, then gives it up.
    let retried = on_second
        .patch(&id, 0, bytes[..2 * MIB].to_vec())
        .send()
        .await
        .expect("PATCH");
    expect_error(retried, StatusCode::LOCKED, ErrorCode::UploadBusy).await;
    let cancelled = on_second
        .request(reqwest::Method::DELETE, &format!("/api/v1/uploads/{id}"))
        .send()
        .await
        .expect("DELETE");
    expect_error(cancelled, StatusCode::LOCKED, ErrorCode::UploadBusy).await;
    sender
        .send(Ok(Bytes::copy_from_slice(&bytes[MIB..2 * MIB])))
        .await
        .expect("sent");
    drop(sender);
    let done = slow.await.expect("joined").expect("PATCH");
    assert_eq!(done.status(), StatusCode::OK);
    // Once the first is done, the second takes the rest at once.
    let rest = on_second
        .patch(&id, 2 * MIB as u64, bytes[2 * MIB..].to_vec())
        .send()
        .await
        .expect("PATCH");
    assert_eq!(rest.status(), StatusCode::OK);
    let page = on_first.get_json("/api/v1/media").await;
    let item = page["items"][0]["id"].as_str().expect("an item").to_owned();
    assert!(
        on_second.download(&item).await == bytes,
        "the bytes are whole"
    );
}
