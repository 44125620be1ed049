//! One account can never see or touch another's things: every operation that takes an id,
//! called by user B with user A's id, answers exactly as it does for an id that exists nowhere,
//! and A's account is unchanged afterwards.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::{TestServer, User, random_bytes};

/// Everything A can see of A's account, to compare before and after B's attempts.
async fn snapshot(user: &User, upload_id: &str) -> Value {
    let mut devices = user.get_json("/api/v1/devices").await;
    // B's requests must not touch A's devices; A's own reads move nothing either (the clock
    // stands still), so the whole listing is compared.
    devices["devices"]
        .as_array_mut()
        .expect("a list")
        .sort_by_key(|d| d["id"].as_str().map(str::to_owned));
    json!({
        "media": user.get_json("/api/v1/media").await,
        "trash": user.get_json("/api/v1/trash").await,
        "changes": user.get_json("/api/v1/changes?since=0").await,
        "usage": user.get_json("/api/v1/usage").await,
        "devices": devices,
        "upload_offset": user.offset(upload_id).await,
    })
}

/// A request for one operation of the document with `{id}` filled in, carrying whatever body
/// the operation takes, so that only the id can make it fail.
fn request(user: &User, method: &Method, template: &str, id: &str) -> reqwest::RequestBuilder {
    let path = template.replace("{id}", id);
    let builder = user.request(method.clone(), &path);
    match (method.as_str(), template) {
        ("PATCH", "/api/v1/media/{id}") => builder.json(&json!({"path": "Stolen/x.jpg"})),
        ("PATCH", "/api/v1/uploads/{id}") => builder
            .header("Tus-Resumable", "1.0.0")
            .header("Content-Type", "application/offset+octet-stream")
            .header("Upload-Offset", "1000")
            .body(vec![7u8; 1000]),
        _ => builder,
    }
}

async fn answer(response: reqwest::Response) -> (StatusCode, Option<Value>) {
    let status = response.status();
    let bytes = response.bytes().await.expect("a body");
    let body = (!bytes.is_empty()).then(|| serde_json::from_slice(&bytes).expect("JSON"));
    (status, body)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_operation_answers_another_accounts_ids_as_ids_that_do_not_exist() {
    let server = TestServer::start().await;
    let anna = server.user("anna@example.org").await;
    let ben = server.user("ben@example.org").await;

    // A's things: a live item, a trashed item, an upload in progress, a second device.
    let live = anna.upload("Holidays/a.bin", &random_bytes(1, 5000)).await;
    let trashed = anna.upload("Holidays/b.bin", &random_bytes(2, 5000)).await;
    let trashing = anna
        .request(Method::DELETE, &format!("/api/v1/media/{}", trashed.id))
        .send()
        .await
        .expect("trash");
    assert_eq!(trashing.status(), StatusCode::OK);
    let partial = random_bytes(3, 4000);
    let created = anna.create_upload("Holidays/c.bin", &partial).await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let created: Value = created.json().await.expect("JSON");
    let upload_id = created["upload"]["id"].as_str().expect("id").to_owned();
    let sent = anna
        .patch(&upload_id, 0, partial[..1000].to_vec())
        .send()
        .await
        .expect("PATCH");
    assert_eq!(sent.status(), StatusCode::OK);
    let phone = server
        .log_in("anna@example.org", "correct horse battery", "phone")
        .await;

    let before = snapshot(&anna, &upload_id).await;
    let document: Value = reqwest::get(server.url("/api/v1/openapi.json"))
        .await
        .expect("document")
        .json()
        .await
        .expect("JSON");
    let paths = document["paths"].as_object().expect("paths");
    let mut checked = Vec::new();
    for (template, operations) in paths {
        if !template.contains("{id}") {
            continue;
        }
        for (method, _) in operations.as_object().expect("operations") {
            let method: Method = method.to_uppercase().parse().expect("a method");
            let theirs = if template.starts_with("/api/v1/devices/") {
                phone.device_id.to_string()
            } else if template.starts_with("/api/v1/uploads/") {
                upload_id.to_string()
            } else if template.starts_with("/api/v1/trash/") {
                trashed.id.to_string()
            } else if template.starts_with("/api/v1/media/") {
                live.id.to_string()
            } else {
                panic!("{method} {template} takes an id this test does not know how to pick");
            };
            // Both ids have the shape of real ones: 32 hex digits.
            let nowhere = "0123456789abcdef0123456789abcdef";
            let foreign = answer(
                request(&ben, &method, template, &theirs)
                    .send()
                    .await
                    .expect("sent"),
            )
            .await;
            let missing = answer(
                request(&ben, &method, template, nowhere)
                    .send()
                    .await
                    .expect("sent"),
            )
            .await;
            assert_eq!(
                foreign, missing,
                "{method} {template}: another account's id is answered differently from a missing one"
            );
            assert!(
                foreign.0.is_client_error(),
                "{method} {template} answered {} to another account's id",
                foreign.0
            );
            checked.push(format!("{method} {template}"));
        }
    }
    // The document lists every operation; these are the ones that must be there.
    for expected in [
        "GET /api/v1/media/{id}",
        "PATCH /api/v1/media/{id}",
        "DELETE /api/v1/media/{id}",
        "GET /api/v1/media/{id}/original",
        "GET /api/v1/media/{id}/thumbnail",
        "HEAD /api/v1/uploads/{id}",
        "PATCH /api/v1/uploads/{id}",
        "DELETE /api/v1/uploads/{id}",
        "POST /api/v1/trash/{id}/restore",
        "DELETE /api/v1/trash/{id}",
        "DELETE /api/v1/devices/{id}",
    ] {
        assert!(
            checked.iter().any(|c| c == expected),
            "{expected} was not checked"
        );
    }
    assert_eq!(
        snapshot(&anna, &upload_id).await,
        before,
        "B changed A's account"
    );
    // A's second device still works: B could not unlink it.
    let still = phone
        .request(Method::GET, "/api/v1/account")
        .send()
        .await
        .expect("GET");
    assert_eq!(still.status(), StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn listings_show_only_the_callers_own_things() {
    let server = TestServer::start().await;
    let anna = server.user("anna@example.org").await;
    let ben = server.user("ben@example.org").await;
    let bytes = random_bytes(9, 3000);
    let item = anna.upload("a/shared-content.bin", &bytes).await;
    let trashing = anna
        .request(Method::DELETE, &format!("/api/v1/media/{}", item.id))
        .send()
        .await
        .expect("trash");
    assert_eq!(trashing.status(), StatusCode::OK);
    anna.upload("a/kept.bin", &random_bytes(10, 3000)).await;

    assert_eq!(ben.get_json("/api/v1/media").await["items"], json!([]));
    assert_eq!(ben.get_json("/api/v1/trash").await["items"], json!([]));
    assert_eq!(
        ben.get_json("/api/v1/changes?since=0").await["changes"],
        json!([])
    );
    let usage = ben.get_json("/api/v1/usage").await;
    assert_eq!(usage["used"], 0);
    let devices = ben.get_json("/api/v1/devices").await;
    assert_eq!(devices["devices"].as_array().expect("a list").len(), 1);

    // Holding the same bytes as someone else gives B no shortcut: the content must be sent.
    let created = ben.create_upload("b/mine.bin", &bytes).await;
    assert_eq!(
        created.status(),
        StatusCode::CREATED,
        "no dedupe across accounts"
    );
    // A cursor made from A's page leaks nothing of A's into B's listing.
    let page = anna.get_json("/api/v1/media?limit=1").await;
    let first = page["items"][0]["sort_time"].as_i64().expect("a time") + 1;
    let cursor = format!("{first}.ffffffffffffffffffffffffffffffff");
    let listed = ben
        .get_json(&format!("/api/v1/media?cursor={cursor}"))
        .await;
    assert_eq!(listed["items"], json!([]));
}
