//! Accounts and devices: registering, logging in per device, throttled failures that reveal
//! nothing, logging out, changing the password, unlinking devices, disabled accounts.

use std::time::{Duration, Instant};

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use skyfolio_protocol::ErrorCode;

use crate::{TestServer, User, expect_error};

const PASSWORD: &str = "correct horse battery";

async fn register(server: &TestServer, email: &str, password: &str) -> reqwest::Response {
    reqwest::Client::new()
        .post(server.url("/api/v1/account/register"))
        .json(&json!({"email": email, "password": password}))
        .send()
        .await
        .expect("register")
}

async fn try_log_in(server: &TestServer, email: &str, password: &str) -> reqwest::Response {
    reqwest::Client::new()
        .post(server.url("/api/v1/session"))
        .json(&json!({"email": email, "password": password,
                      "device_name": "laptop", "platform": "linux"}))
        .send()
        .await
        .expect("log in")
}

async fn status_of(user: &User) -> StatusCode {
    user.request(Method::GET, "/api/v1/account")
        .send()
        .await
        .expect("GET")
        .status()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_first_account_is_the_administrator_and_registration_can_be_closed() {
    let server = TestServer::with(|config| config.open_registration = false).await;
    let first = register(&server, " Anna@Example.org ", PASSWORD).await;
    assert_eq!(
        first.status(),
        StatusCode::CREATED,
        "the first account is always possible"
    );
    let account: Value = first.json().await.expect("JSON");
    assert_eq!(
        account["email"], "anna@example.org",
        "emails are kept lowercased"
    );
    assert_eq!(account["admin"], true);
    let second = register(&server, "ben@example.org", PASSWORD).await;
    expect_error(second, StatusCode::FORBIDDEN, ErrorCode::RegistrationClosed).await;
    // The administrator can still add people from the command line.
    let admin = server.admin().await;
    let ben = admin
        .add_user("ben@example.org", PASSWORD, false, 1 << 30)
        .await
        .expect("added");
    assert!(!ben.admin);
    admin.close().await;
    let user = server.log_in("ben@example.org", PASSWORD, "phone").await;
    assert_eq!(user.get_json("/api/v1/usage").await["quota"], 1 << 30);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registration_checks_email_password_and_duplicates() {
    let server = TestServer::start().await;
    let first = register(&server, "anna@example.org", PASSWORD).await;
    assert_eq!(first.status(), StatusCode::CREATED);
    let again = register(&server, "ANNA@example.org", "another password").await;
    expect_error(again, StatusCode::CONFLICT, ErrorCode::EmailTaken).await;
    let short = register(&server, "ben@example.org", "short").await;
    expect_error(short, StatusCode::BAD_REQUEST, ErrorCode::WeakPassword).await;
    let long = register(&server, "ben@example.org", &"x".repeat(2000)).await;
    expect_error(long, StatusCode::BAD_REQUEST, ErrorCode::WeakPassword).await;
    for email in ["", "no-at-sign", "@example.org", "ben@", "b en@example.org"] {
        let response = register(&server, email, PASSWORD).await;
        expect_error(response, StatusCode::BAD_REQUEST, ErrorCode::BadRequest).await;
    }
    let new = register(&server, "ben@example.org", PASSWORD).await;
    let account: Value = new.json().await.expect("JSON");
    assert_eq!(
        account["admin"], false,
        "only the first account is an administrator"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_password_and_an_unknown_email_get_the_same_answer_in_the_same_time() {
    let server = TestServer::start().await;
    server.user("anna@example.org").await;
    let mut known = Vec::new();
    let mut unknown = Vec::new();
    for round in 0..4 {
        // Different emails each round keep the throttle out of it.
        let started = Instant::now();
        let wrong = try_log_in(&server, "anna@example.org", &format!("wrong {round}")).await;
        known.push(started.elapsed());
        let wrong = expect_error(
            wrong,
            StatusCode::UNAUTHORIZED,
            ErrorCode::InvalidCredentials,
        )
        .await;
        let started = Instant::now();
        let nobody = try_log_in(&server, &format!("nobody{round}@example.org"), "wrong").await;
        unknown.push(started.elapsed());
        let nobody = expect_error(
            nobody,
            StatusCode::UNAUTHORIZED,
            ErrorCode::InvalidCredentials,
        )
        .await;
        assert_eq!(wrong, nobody, "the answers differ");
    }
    known.sort();
    unknown.sort();
    let (known, unknown) = (known[1], unknown[1]);
    // An unknown email is checked against a dummy hash: without it, the refusal would take a
    // hundredth of the time of a real check.
    assert!(
        unknown * 3 >= known,
        "unknown emails answer in {unknown:?}, known ones in {known:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failed_log_ins_are_throttled_per_account_without_locking_the_account() {
    let server = TestServer::start().await;
    server.user("anna@example.org").await;
    server.user("ben@example.org").await;
    for _ in 0..5 {
        let response = try_log_in(&server, "anna@example.org", "guess").await;
        expect_error(
            response,
            StatusCode::UNAUTHORIZED,
            ErrorCode::InvalidCredentials,
        )
        .await;
    }
    // Now even the right password must wait: guessing gets no faster by being lucky.
    let response = try_log_in(&server, "anna@example.org", PASSWORD).await;
    assert_eq!(response.headers()["retry-after"], "1");
    expect_error(
        response,
        StatusCode::TOO_MANY_REQUESTS,
        ErrorCode::TooManyAttempts,
    )
    .await;
    // Another account from the same address is not slowed down.
    let response = try_log_in(&server, "ben@example.org", PASSWORD).await;
    assert_eq!(response.status(), StatusCode::OK);
    // The wait doubles with every further failure, and ends.
    server.clock.advance(Duration::from_secs(1));
    let response = try_log_in(&server, "anna@example.org", "guess").await;
    expect_error(
        response,
        StatusCode::UNAUTHORIZED,
        ErrorCode::InvalidCredentials,
    )
    .await;
    let response = try_log_in(&server, "anna@example.org", PASSWORD).await;
    assert_eq!(response.headers()["retry-after"], "2");
    server.clock.advance(Duration::from_secs(2));
    let response = try_log_in(&server, "anna@example.org", PASSWORD).await;
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "the owner gets in once the wait is over"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn devices_are_listed_and_an_unlinked_device_stops_at_once() {
    let server = TestServer::start().await;
    let laptop = server.user("anna@example.org").await;
    server.clock.advance(Duration::from_secs(120));
    let phone = server
        .log_in("anna@example.org", PASSWORD, "Anna's phone")
        .await;
    let devices = phone.get_json("/api/v1/devices").await;
    let devices = devices["devices"].as_array().expect("a list").clone();
    assert_eq!(devices.len(), 2);
    assert_eq!(devices[0]["name"], "laptop");
    assert_eq!(devices[0]["platform"], "linux");
    assert_eq!(devices[0]["current"], false);
    assert_eq!(devices[0]["created_at"], crate::START_MS);
    assert_eq!(devices[1]["name"], "Anna's phone");
    assert_eq!(devices[1]["current"], true);
    assert_eq!(devices[1]["created_at"], crate::START_MS + 120_000);

    let response = phone
        .request(
            Method::DELETE,
            &format!("/api/v1/devices/{}", laptop.device_id),
        )
        .send()
        .await
        .expect("unlink");
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    assert_eq!(status_of(&laptop).await, StatusCode::UNAUTHORIZED);
    let devices = phone.get_json("/api/v1/devices").await;
    assert_eq!(devices["devices"].as_array().expect("a list").len(), 1);
    // Unlinking twice finds nothing.
    let response = phone
        .request(
            Method::DELETE,
            &format!("/api/v1/devices/{}", laptop.device_id),
        )
        .send()
        .await
        .expect("unlink");
    expect_error(response, StatusCode::NOT_FOUND, ErrorCode::NotFound).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logging_out_ends_only_this_device() {
    let server = TestServer::start().await;
    let laptop = server.user("anna@example.org").await;
    let phone = server.log_in("anna@example.org", PASSWORD, "phone").await;
    let response = laptop
        .request(Method::DELETE, "/api/v1/session")
        .send()
        .await
        .expect("log out");
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    assert_eq!(status_of(&laptop).await, StatusCode::UNAUTHORIZED);
    assert_eq!(status_of(&phone).await, StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn changing_the_password_can_sign_out_every_other_device() {
    let server = TestServer::start().await;
    let laptop = server.user("anna@example.org").await;
    let phone = server.log_in("anna@example.org", PASSWORD, "phone").await;
    let wrong = laptop
        .request(Method::POST, "/api/v1/account/password")
        .json(&json!({"current_password": "not it", "new_password": "a new long secret"}))
        .send()
        .await
        .expect("POST");
    expect_error(
        wrong,
        StatusCode::UNAUTHORIZED,
        ErrorCode::InvalidCredentials,
    )
    .await;
    let weak = laptop
        .request(Method::POST, "/api/v1/account/password")
        .json(&json!({"current_password": PASSWORD, "new_password": "short"}))
        .send()
        .await
        .expect("POST");
    expect_error(weak, StatusCode::BAD_REQUEST, ErrorCode::WeakPassword).await;

    let changed = laptop
        .request(Method::POST, "/api/v1/account/password")
        .json(
            &json!({"current_password": PASSWORD, "new_password": "a new long secret",
                      "sign_out_other_devices": true}),
        )
        .send()
        .await
        .expect("POST");
    assert_eq!(changed.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        status_of(&laptop).await,
        StatusCode::OK,
        "the device that asked stays"
    );
    assert_eq!(status_of(&phone).await, StatusCode::UNAUTHORIZED);
    let old = try_log_in(&server, "anna@example.org", PASSWORD).await;
    expect_error(old, StatusCode::UNAUTHORIZED, ErrorCode::InvalidCredentials).await;
    server
        .log_in("anna@example.org", "a new long secret", "tablet")
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_disabled_account_cannot_log_in_and_its_devices_stop() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let admin = server.admin().await;
    admin
        .set_disabled("anna@example.org", true)
        .await
        .expect("disabled");
    assert_eq!(status_of(&user).await, StatusCode::UNAUTHORIZED);
    let response = try_log_in(&server, "anna@example.org", PASSWORD).await;
    expect_error(
        response,
        StatusCode::UNAUTHORIZED,
        ErrorCode::InvalidCredentials,
    )
    .await;
    admin
        .set_disabled("anna@example.org", false)
        .await
        .expect("enabled");
    admin
        .set_quota("anna@example.org", 20 << 30)
        .await
        .expect("quota");
    let users = admin.list_users().await.expect("listed");
    assert_eq!(users.len(), 1);
    assert_eq!(users[0].0.quota, 20 << 30);
    assert!(admin.set_quota("nobody@example.org", 1).await.is_err());
    admin.close().await;
    let again = server.log_in("anna@example.org", PASSWORD, "laptop").await;
    let usage = again.get_json("/api/v1/usage").await;
    assert_eq!(usage["quota"], 20u64 << 30);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_account_has_five_gib_of_quota() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let usage = user.get_json("/api/v1/usage").await;
    assert_eq!(usage["quota"], 5u64 << 30);
    assert_eq!(usage["used"], 0);
    for field in ["photos", "videos", "other", "trash", "uploading"] {
        assert_eq!(usage[field], 0, "{field}");
    }
}
