//! A phone signs in with a code another device of the account shows, never with the password:
//! the code works once, for ten minutes, while the device that made it is linked, and a browser
//! that signs in again is one device, not two.

use std::time::Duration;

use reqwest::header::SET_COOKIE;
use reqwest::{Method, Response, StatusCode};
use serde_json::{Value, json};
use skyfolio_protocol::{ErrorCode, PairingCode, WebSession};
use skyfolio_server::Clock;

use crate::{TestServer, User, expect_error};

const PASSWORD: &str = "correct horse battery";
const IPHONE_SAFARI: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) \
                             AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 \
                             Mobile/15E148 Safari/604.1";

async fn new_code(device: &User) -> PairingCode {
    let response = device
        .request(Method::POST, "/api/v1/pairings")
        .send()
        .await
        .expect("an answer");
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["cache-control"], "no-store");
    response.json().await.expect("a pairing code")
}

async fn pair(server: &TestServer, code: &str, cookie: Option<&str>) -> Response {
    let mut request = reqwest::Client::new()
        .post(server.url("/api/v1/web/pair"))
        .header("User-Agent", IPHONE_SAFARI)
        .json(&json!({ "code": code }));
    if let Some(cookie) = cookie {
        request = request.header("Cookie", format!("skyfolio_session={cookie}"));
    }
    request.send().await.expect("an answer")
}

/// The session cookie a successful answer sets.
fn cookie(response: &Response) -> String {
    let set = response.headers()[SET_COOKIE].to_str().expect("text");
    assert!(
        set.contains("HttpOnly") && set.contains("SameSite=Strict"),
        "{set}"
    );
    set.split(';')
        .next()
        .and_then(|pair| pair.strip_prefix("skyfolio_session="))
        .expect("the session cookie")
        .to_owned()
}

async fn refused(response: Response) {
    let body = expect_error(
        response,
        StatusCode::UNAUTHORIZED,
        ErrorCode::InvalidCredentials,
    )
    .await;
    assert!(body.message.contains("code"), "{}", body.message);
}

async fn web_devices(device: &User) -> Vec<Value> {
    let listed = device.get_json("/api/v1/devices").await;
    listed["devices"]
        .as_array()
        .expect("a list")
        .iter()
        .filter(|d| d["platform"] == "web")
        .cloned()
        .collect()
}

async fn reads_with(server: &TestServer, cookie: &str) -> StatusCode {
    reqwest::Client::new()
        .get(server.url("/api/v1/media"))
        .header("Cookie", format!("skyfolio_session={cookie}"))
        .send()
        .await
        .expect("an answer")
        .status()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_code_signs_a_phone_in_to_the_same_account_once() {
    let server = TestServer::start().await;
    let laptop = server.user("anna@example.org").await;
    server.user("ben@example.org").await;
    let code = new_code(&laptop).await;
    assert_eq!(code.code.len(), 32, "128 bits, hex: {}", code.code);
    assert_eq!(code.expires_at, server.clock.now_ms() + 10 * 60 * 1000);

    let response = pair(&server, &code.code, None).await;
    assert_eq!(response.status(), StatusCode::OK);
    let phone = cookie(&response);
    let session: WebSession = response.json().await.expect("a web session");
    assert_eq!(session.account.email, "anna@example.org");
    assert_eq!(reads_with(&server, &phone).await, StatusCode::OK);
    let listed = web_devices(&laptop).await;
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert_eq!(listed[0]["name"], "Safari on iPhone");
    assert_eq!(listed[0]["id"], session.device.id.as_str());

    // Once only, and a code that never was is no better.
    refused(pair(&server, &code.code, None).await).await;
    refused(pair(&server, &"0".repeat(32), None).await).await;
    refused(pair(&server, "", None).await).await;
    refused(pair(&server, &"a".repeat(5000), None).await).await;

    // The phone, now a device, is unlinked like any other.
    let unlinked = laptop
        .request(
            Method::DELETE,
            &format!("/api/v1/devices/{}", session.device.id),
        )
        .send()
        .await
        .expect("an answer");
    assert_eq!(unlinked.status(), StatusCode::NO_CONTENT);
    assert_eq!(reads_with(&server, &phone).await, StatusCode::UNAUTHORIZED);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_code_dies_when_it_expires_when_the_next_is_made_and_with_its_device() {
    let server = TestServer::start().await;
    let laptop = server.user("anna@example.org").await;

    let stale = new_code(&laptop).await;
    server.clock.advance(Duration::from_secs(10 * 60));
    refused(pair(&server, &stale.code, None).await).await;

    let replaced = new_code(&laptop).await;
    let fresh = new_code(&laptop).await;
    refused(pair(&server, &replaced.code, None).await).await;
    assert_eq!(
        pair(&server, &fresh.code, None).await.status(),
        StatusCode::OK
    );

    // Another device's code is its own: it lives beside this one's.
    let desktop = server.log_in("anna@example.org", PASSWORD, "desktop").await;
    let laptops = new_code(&laptop).await;
    let desktops = new_code(&desktop).await;
    // Unlinking the laptop voids the code it showed; the desktop's still works.
    let unlinked = desktop
        .request(
            Method::DELETE,
            &format!("/api/v1/devices/{}", laptop.device_id),
        )
        .send()
        .await
        .expect("an answer");
    assert_eq!(unlinked.status(), StatusCode::NO_CONTENT);
    refused(pair(&server, &laptops.code, None).await).await;
    assert_eq!(
        pair(&server, &desktops.code, None).await.status(),
        StatusCode::OK
    );

    // Without a session there is no code to make.
    let anonymous = reqwest::Client::new()
        .post(server.url("/api/v1/pairings"))
        .send()
        .await
        .expect("an answer");
    expect_error(anonymous, StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_uses_of_one_code_let_exactly_one_phone_in() {
    let server = TestServer::start().await;
    let laptop = server.user("anna@example.org").await;
    for round in 0..5 {
        let code = new_code(&laptop).await;
        let tries = (0..12).map(|_| {
            let (server, code) = (&server, code.code.clone());
            async move { pair(server, &code, None).await.status() }
        });
        let answers = futures_util::future::join_all(tries).await;
        let admitted = answers.iter().filter(|s| **s == StatusCode::OK).count();
        assert_eq!(admitted, 1, "round {round}: {answers:?}");
        assert!(
            answers
                .iter()
                .all(|s| *s == StatusCode::OK || *s == StatusCode::UNAUTHORIZED),
            "{answers:?}"
        );
        assert_eq!(web_devices(&laptop).await.len(), round + 1);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_browser_that_signs_in_again_stays_one_device() {
    let server = TestServer::start().await;
    let laptop = server.user("anna@example.org").await;
    let first = pair(&server, &new_code(&laptop).await.code, None).await;
    let first = cookie(&first);
    // The same browser, still holding its cookie, signs in again: by a code, then by password.
    let second = pair(&server, &new_code(&laptop).await.code, Some(&first)).await;
    assert_eq!(second.status(), StatusCode::OK);
    let second = cookie(&second);
    assert_eq!(reads_with(&server, &first).await, StatusCode::UNAUTHORIZED);
    let third = reqwest::Client::new()
        .post(server.url("/api/v1/web/session"))
        .header("Cookie", format!("skyfolio_session={second}"))
        .json(&json!({"email": "anna@example.org", "password": PASSWORD}))
        .send()
        .await
        .expect("an answer");
    assert_eq!(third.status(), StatusCode::OK);
    let third = cookie(&third);
    assert_eq!(reads_with(&server, &second).await, StatusCode::UNAUTHORIZED);
    assert_eq!(reads_with(&server, &third).await, StatusCode::OK);
    assert_eq!(web_devices(&laptop).await.len(), 1);

    // A browser moving to another account leaves no session behind that nobody holds.
    server.user("ben@example.org").await;
    let ben = reqwest::Client::new()
        .post(server.url("/api/v1/web/session"))
        .json(&json!({"email": "ben@example.org", "password": PASSWORD}))
        .send()
        .await
        .expect("an answer");
    let ben = cookie(&ben);
    let anna_again = pair(&server, &new_code(&laptop).await.code, Some(&ben)).await;
    assert_eq!(anna_again.status(), StatusCode::OK);
    assert_eq!(reads_with(&server, &ben).await, StatusCode::UNAUTHORIZED);
}
