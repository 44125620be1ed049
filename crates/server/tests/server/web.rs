//! The web app and a browser's session: the built UI at `/` under a strict policy, sign-in
//! that sets an `HttpOnly` cookie, the cookie opening the same API as a device token, writes
//! refused without `X-Skyfolio-Request`, and a browser as unlinkable as any device.

use std::path::Path;
use std::time::Duration;

use reqwest::header::{HeaderMap, SET_COOKIE};
use reqwest::{Method, RequestBuilder, Response, StatusCode};
use serde_json::{Value, json};
use skyfolio_protocol::{ErrorCode, MediaPage, WebSession};

use crate::{TestServer, User, corpus, expect_error};

const PASSWORD: &str = "correct horse battery";
const ANDROID_CHROME: &str = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 \
                              (KHTML, like Gecko) Chrome/131.0.6778.135 Mobile Safari/537.36";
const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
                   worker-src 'self' blob:; style-src 'self'; img-src 'self' blob: data:; \
                   media-src 'self' blob:; connect-src 'self'; object-src 'none'; \
                   base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/// A browser signed in to one account: it holds nothing but its cookie.
struct Browser {
    http: reqwest::Client,
    base: String,
    cookie: String,
}

impl Browser {
    /// A request with the cookie only, as a page of another site could make the browser send.
    fn bare(&self, method: Method, path: &str) -> RequestBuilder {
        self.http
            .request(method, format!("{}{path}", self.base))
            .header(
                "Cookie",
                format!("theme=dark; skyfolio_session={}", self.cookie),
            )
    }

    /// A request as the web app makes it: the cookie and the request header.
    fn request(&self, method: Method, path: &str) -> RequestBuilder {
        self.bare(method, path).header("X-Skyfolio-Request", "1")
    }

    async fn get_json(&self, path: &str) -> Value {
        let response = self.bare(Method::GET, path).send().await.expect("GET");
        assert_eq!(response.status(), StatusCode::OK, "GET {path}");
        response.json().await.expect("JSON")
    }
}

async fn web_session(
    server: &TestServer,
    body: Value,
    agent: &str,
    headers: &[(&str, &str)],
) -> Response {
    let mut request = reqwest::Client::new()
        .post(server.url("/api/v1/web/session"))
        .header("User-Agent", agent)
        .json(&body);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.send().await.expect("an answer")
}

/// The cookie's value and its attributes, from a `Set-Cookie` answer.
fn set_cookie(headers: &HeaderMap) -> (String, Vec<String>) {
    let all: Vec<&str> = headers
        .get_all(SET_COOKIE)
        .iter()
        .map(|value| value.to_str().expect("text"))
        .collect();
    assert_eq!(all.len(), 1, "one cookie: {all:?}");
    let mut parts = all[0].split("; ");
    let (name, value) = parts
        .next()
        .and_then(|pair| pair.split_once('='))
        .expect("name=value");
    assert_eq!(name, "skyfolio_session");
    (value.to_owned(), parts.map(str::to_owned).collect())
}

/// Signs a browser in (or up, with `register`) and checks the cookie it gets.
async fn browser(server: &TestServer, email: &str, register: bool) -> (Browser, WebSession) {
    let response = web_session(
        server,
        json!({"email": email, "password": PASSWORD, "register": register}),
        ANDROID_CHROME,
        &[],
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK, "sign in {email}");
    let (cookie, attributes) = set_cookie(response.headers());
    assert_eq!(cookie.len(), 64, "a device token");
    assert_eq!(attributes, ["Path=/", "HttpOnly", "SameSite=Strict"]);
    let body: Value = response.json().await.expect("JSON");
    assert!(body.get("token").is_none(), "no token in the body: {body}");
    assert!(!body.to_string().contains(&cookie), "no token in the body");
    let session: WebSession = serde_json::from_value(body).expect("a web session");
    let browser = Browser {
        http: reqwest::Client::new(),
        base: server.base.clone(),
        cookie,
    };
    (browser, session)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_browser_signs_up_and_in_and_gets_an_http_only_cookie() {
    let server = TestServer::start().await;
    let (first, session) = browser(&server, "Anna@Example.org", true).await;
    assert_eq!(session.account.email, "anna@example.org");
    assert_eq!(session.device.name, "Chrome on Android");
    assert_eq!(session.device.platform, "web");
    assert!(session.device.current);

    let current: WebSession =
        serde_json::from_value(first.get_json("/api/v1/web/session").await).expect("session");
    assert_eq!(current, session);
    let account = first.get_json("/api/v1/account").await;
    assert_eq!(account["email"], "anna@example.org");

    // Signing in again makes a second device, with a cookie of its own.
    let (second, again) = browser(&server, "anna@example.org", false).await;
    assert_ne!(second.cookie, first.cookie);
    assert_ne!(again.device.id, session.device.id);
    let devices = second.get_json("/api/v1/devices").await;
    assert_eq!(devices["devices"].as_array().expect("a list").len(), 2);

    // The same account cannot be created twice, and a wrong password sets no cookie.
    let taken = web_session(
        &server,
        json!({"email": "anna@example.org", "password": PASSWORD, "register": true}),
        ANDROID_CHROME,
        &[],
    )
    .await;
    assert!(taken.headers().get(SET_COOKIE).is_none());
    expect_error(taken, StatusCode::CONFLICT, ErrorCode::EmailTaken).await;
    let wrong = web_session(
        &server,
        json!({"email": "anna@example.org", "password": "not it at all"}),
        ANDROID_CHROME,
        &[],
    )
    .await;
    assert!(wrong.headers().get(SET_COOKIE).is_none());
    expect_error(
        wrong,
        StatusCode::UNAUTHORIZED,
        ErrorCode::InvalidCredentials,
    )
    .await;

    // Another site's page can post only "simple" bodies without asking first: not JSON.
    let simple = reqwest::Client::new()
        .post(server.url("/api/v1/web/session"))
        .header("Content-Type", "text/plain")
        .body(json!({"email": "anna@example.org", "password": PASSWORD}).to_string())
        .send()
        .await
        .expect("an answer");
    assert!(simple.headers().get(SET_COOKIE).is_none());
    expect_error(
        simple,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        ErrorCode::UnsupportedMediaType,
    )
    .await;

    // Without a cookie, nobody is signed in.
    let nobody = reqwest::get(server.url("/api/v1/web/session"))
        .await
        .expect("an answer");
    expect_error(nobody, StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized).await;
    let forged = Browser {
        cookie: "0".repeat(64),
        ..second
    };
    let forged = forged
        .bare(Method::GET, "/api/v1/web/session")
        .send()
        .await
        .expect("an answer");
    expect_error(forged, StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_sign_up_follows_the_registration_rules() {
    let server = TestServer::with(|config| config.open_registration = false).await;
    let (_, anna) = browser(&server, "anna@example.org", true).await;
    assert!(
        anna.account.admin,
        "the first account administers the server"
    );
    let closed = web_session(
        &server,
        json!({"email": "ben@example.org", "password": PASSWORD, "register": true}),
        ANDROID_CHROME,
        &[],
    )
    .await;
    expect_error(closed, StatusCode::FORBIDDEN, ErrorCode::RegistrationClosed).await;
    let short = web_session(
        &server,
        json!({"email": "ben@example.org", "password": "short", "register": true,
               "invite": null}),
        ANDROID_CHROME,
        &[],
    )
    .await;
    expect_error(short, StatusCode::BAD_REQUEST, ErrorCode::WeakPassword).await;

    let (code, _) = server
        .admin()
        .await
        .invite(Duration::from_secs(3600), None)
        .await
        .expect("an invite");
    let invited = web_session(
        &server,
        json!({"email": "ben@example.org", "password": PASSWORD, "register": true,
               "invite": code}),
        "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
        &[],
    )
    .await;
    assert_eq!(invited.status(), StatusCode::OK);
    let ben: WebSession = invited.json().await.expect("a session");
    assert_eq!(ben.account.email, "ben@example.org");
    assert!(!ben.account.admin);
    assert_eq!(ben.device.name, "Firefox on Linux");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cookie_is_secure_when_the_trusted_proxy_says_https() {
    let server = TestServer::with(|config| {
        config.trusted_proxies =
            vec![skyfolio_server::config::parse_proxy("127.0.0.1").expect("an address")];
    })
    .await;
    server.user("anna@example.org").await;
    let body = json!({"email": "anna@example.org", "password": PASSWORD});
    let https = [
        ("X-Forwarded-For", "198.51.100.7"),
        ("X-Forwarded-Proto", "https"),
    ];
    let response = web_session(&server, body.clone(), ANDROID_CHROME, &https).await;
    assert_eq!(response.status(), StatusCode::OK);
    let (cookie, attributes) = set_cookie(response.headers());
    assert_eq!(
        attributes,
        ["Path=/", "HttpOnly", "SameSite=Strict", "Secure"]
    );
    let browser = Browser {
        http: reqwest::Client::new(),
        base: server.base.clone(),
        cookie,
    };
    let out = browser
        .request(Method::DELETE, "/api/v1/web/session")
        .header("X-Forwarded-Proto", "https")
        .send()
        .await
        .expect("an answer");
    assert_eq!(out.status(), StatusCode::NO_CONTENT);
    let (cleared, attributes) = set_cookie(out.headers());
    assert_eq!(cleared, "");
    assert_eq!(
        attributes,
        [
            "Path=/",
            "HttpOnly",
            "SameSite=Strict",
            "Max-Age=0",
            "Secure"
        ]
    );

    let http = [("X-Forwarded-Proto", "http")];
    let response = web_session(&server, body, ANDROID_CHROME, &http).await;
    let (_, attributes) = set_cookie(response.headers());
    assert_eq!(attributes, ["Path=/", "HttpOnly", "SameSite=Strict"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_proxy_is_not_believed_about_https_unless_trusted() {
    let server = TestServer::start().await;
    server.user("anna@example.org").await;
    let response = web_session(
        &server,
        json!({"email": "anna@example.org", "password": PASSWORD}),
        ANDROID_CHROME,
        &[("X-Forwarded-Proto", "https")],
    )
    .await;
    let (_, attributes) = set_cookie(response.headers());
    assert_eq!(attributes, ["Path=/", "HttpOnly", "SameSite=Strict"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cookie_reads_the_timeline_originals_and_thumbnails() {
    let server = TestServer::start().await;
    let laptop = server.user("anna@example.org").await;
    let bytes = std::fs::read(corpus("jpeg/canon_eos_7d.jpg")).expect("a corpus photo");
    let item = laptop.upload("Camera/canon.jpg", &bytes).await;
    server.server.thumbnails_idle().await;
    let (phone, _) = browser(&server, "anna@example.org", false).await;

    let page: MediaPage =
        serde_json::from_value(phone.get_json("/api/v1/media").await).expect("a page");
    assert_eq!(page.items.len(), 1);
    assert_eq!(page.items[0].id, item.id);
    let original = phone
        .bare(Method::GET, &format!("/api/v1/media/{}/original", item.id))
        .send()
        .await
        .expect("an answer");
    assert_eq!(original.status(), StatusCode::OK);
    assert_eq!(original.bytes().await.expect("bytes").as_ref(), bytes);
    let thumbnail = phone
        .bare(
            Method::GET,
            &format!("/api/v1/media/{}/thumbnail?size=256", item.id),
        )
        .send()
        .await
        .expect("an answer");
    assert_eq!(thumbnail.status(), StatusCode::OK);
    assert_eq!(thumbnail.headers()["content-type"], "image/jpeg");
    let thumbnail = thumbnail.bytes().await.expect("bytes");
    assert_eq!(&thumbnail[..3], b"\xff\xd8\xff", "a JPEG");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cookie_writes_without_the_request_header_are_refused_and_change_nothing() {
    let server = TestServer::start().await;
    let laptop = server.user("anna@example.org").await;
    let item = laptop.upload("Camera/a.jpg", b"not really a photo").await;
    let (phone, _) = browser(&server, "anna@example.org", false).await;
    let before = json!({
        "media": laptop.get_json("/api/v1/media").await,
        "trash": laptop.get_json("/api/v1/trash").await,
        "uploads": laptop.get_json("/api/v1/uploads").await,
        "devices": laptop.get_json("/api/v1/devices").await,
    });

    let trash_path = format!("/api/v1/media/{}", item.id);
    let writes = [
        phone.bare(Method::DELETE, &trash_path),
        phone
            .bare(Method::PATCH, &trash_path)
            .json(&json!({"path": "Elsewhere/a.jpg"})),
        phone.bare(Method::POST, "/api/v1/uploads").json(&json!({
            "path": "Camera/b.jpg", "size": 3, "hash": crate::hash(b"abc")})),
        phone.bare(Method::DELETE, "/api/v1/web/session"),
        phone.bare(Method::DELETE, "/api/v1/trash"),
        phone
            .bare(Method::DELETE, &trash_path)
            .header("X-Skyfolio-Request", "yes"),
    ];
    for write in writes {
        let refused = write.send().await.expect("an answer");
        assert!(refused.headers().get(SET_COOKIE).is_none());
        let body = expect_error(refused, StatusCode::FORBIDDEN, ErrorCode::Forbidden).await;
        assert!(
            body.message.contains("X-Skyfolio-Request"),
            "{}",
            body.message
        );
    }
    let after = json!({
        "media": laptop.get_json("/api/v1/media").await,
        "trash": laptop.get_json("/api/v1/trash").await,
        "uploads": laptop.get_json("/api/v1/uploads").await,
        "devices": laptop.get_json("/api/v1/devices").await,
    });
    assert_eq!(before, after, "refused writes changed nothing");
    phone.get_json("/api/v1/web/session").await;

    // With the header, the same writes go through.
    let trashed = phone
        .request(Method::DELETE, &trash_path)
        .send()
        .await
        .expect("an answer");
    assert!(trashed.status().is_success(), "{}", trashed.status());
    let trash = phone.get_json("/api/v1/trash").await;
    assert_eq!(trash["items"][0]["id"], item.id.as_str());
    // A device token needs no such header.
    let restored = laptop
        .request(Method::POST, &format!("/api/v1/trash/{}/restore", item.id))
        .send()
        .await
        .expect("an answer");
    assert!(restored.status().is_success(), "{}", restored.status());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signing_out_ends_the_cookie_at_once() {
    let server = TestServer::start().await;
    let laptop = server.user("anna@example.org").await;
    let (phone, session) = browser(&server, "anna@example.org", false).await;
    let out = phone
        .request(Method::DELETE, "/api/v1/web/session")
        .send()
        .await
        .expect("an answer");
    assert_eq!(out.status(), StatusCode::NO_CONTENT);
    let (cleared, attributes) = set_cookie(out.headers());
    assert_eq!(cleared, "");
    assert!(
        attributes.contains(&"Max-Age=0".to_owned()),
        "{attributes:?}"
    );
    for path in ["/api/v1/web/session", "/api/v1/media"] {
        let response = phone.bare(Method::GET, path).send().await.expect("sent");
        expect_error(response, StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized).await;
    }
    let devices = laptop.get_json("/api/v1/devices").await;
    let ids: Vec<&str> = devices["devices"]
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|d| d["id"].as_str())
        .collect();
    assert!(!ids.contains(&session.device.id.as_str()), "{ids:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unlinking_the_browser_from_another_device_ends_its_session() {
    let server = TestServer::start().await;
    let laptop = server.user("anna@example.org").await;
    let (phone, session) = browser(&server, "anna@example.org", false).await;
    let devices = laptop.get_json("/api/v1/devices").await;
    let listed = devices["devices"]
        .as_array()
        .expect("a list")
        .iter()
        .find(|d| d["id"] == session.device.id.as_str())
        .expect("the browser is a device");
    assert_eq!(listed["name"], "Chrome on Android");
    assert_eq!(listed["platform"], "web");
    let unlinked = laptop
        .request(
            Method::DELETE,
            &format!("/api/v1/devices/{}", session.device.id),
        )
        .send()
        .await
        .expect("an answer");
    assert_eq!(unlinked.status(), StatusCode::NO_CONTENT);
    let response = phone
        .bare(Method::GET, "/api/v1/media")
        .send()
        .await
        .expect("sent");
    expect_error(response, StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized).await;
    let response = phone
        .bare(Method::GET, "/api/v1/web/session")
        .send()
        .await
        .expect("sent");
    expect_error(response, StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_accounts_cookie_sees_nothing_of_the_first() {
    let server = TestServer::start().await;
    let anna: User = server.user("anna@example.org").await;
    let bytes = std::fs::read(corpus("jpeg/canon_eos_7d.jpg")).expect("a corpus photo");
    let live = anna.upload("Camera/canon.jpg", &bytes).await;
    let trashed = anna.upload("Camera/other.jpg", b"other bytes").await;
    let gone = anna
        .request(Method::DELETE, &format!("/api/v1/media/{}", trashed.id))
        .send()
        .await
        .expect("trash");
    assert!(gone.status().is_success());
    server.server.thumbnails_idle().await;
    server.user("ben@example.org").await;
    let (ben, _) = browser(&server, "ben@example.org", false).await;

    for path in ["/api/v1/media", "/api/v1/trash", "/api/v1/uploads"] {
        let listed = ben.get_json(path).await;
        assert_eq!(listed["items"].as_array().map_or(0, Vec::len), 0, "{path}");
        assert_eq!(
            listed["uploads"].as_array().map_or(0, Vec::len),
            0,
            "{path}"
        );
    }
    let changes = ben.get_json("/api/v1/changes?since=0").await;
    assert_eq!(changes["changes"].as_array().map_or(0, Vec::len), 0);
    for id in [&live.id, &trashed.id] {
        for path in [
            format!("/api/v1/media/{id}"),
            format!("/api/v1/media/{id}/original"),
            format!("/api/v1/media/{id}/thumbnail"),
        ] {
            let response = ben.bare(Method::GET, &path).send().await.expect("sent");
            expect_error(response, StatusCode::NOT_FOUND, ErrorCode::NotFound).await;
        }
        for (method, path) in [
            (Method::DELETE, format!("/api/v1/media/{id}")),
            (Method::POST, format!("/api/v1/trash/{id}/restore")),
            (Method::DELETE, format!("/api/v1/trash/{id}")),
        ] {
            let response = ben.request(method, &path).send().await.expect("sent");
            expect_error(response, StatusCode::NOT_FOUND, ErrorCode::NotFound).await;
        }
    }
    let media = anna.get_json("/api/v1/media").await;
    assert_eq!(media["items"][0]["id"], live.id.as_str());
    assert_eq!(anna.download(&live.id).await, bytes);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_passwords_in_the_browser_are_throttled_with_the_apps() {
    let server = TestServer::start().await;
    server.user("anna@example.org").await;
    let app_log_in = |password: &'static str| {
        reqwest::Client::new()
            .post(server.url("/api/v1/session"))
            .json(&json!({"email": "anna@example.org", "password": password,
                          "device_name": "laptop", "platform": "linux"}))
            .send()
    };
    let browser_sign_in = |password: &'static str| {
        web_session(
            &server,
            json!({"email": "anna@example.org", "password": password}),
            ANDROID_CHROME,
            &[],
        )
    };
    // Five guesses, from the app and the browser alike, use up the free attempts.
    for _ in 0..3 {
        let guess = browser_sign_in("a guess").await;
        expect_error(
            guess,
            StatusCode::UNAUTHORIZED,
            ErrorCode::InvalidCredentials,
        )
        .await;
    }
    for _ in 0..2 {
        let guess = app_log_in("a guess").await.expect("an answer");
        expect_error(
            guess,
            StatusCode::UNAUTHORIZED,
            ErrorCode::InvalidCredentials,
        )
        .await;
    }
    // Now even the right password waits, in the browser as in the app.
    let response = browser_sign_in(PASSWORD).await;
    assert_eq!(response.headers()["retry-after"], "1");
    assert!(response.headers().get(SET_COOKIE).is_none());
    expect_error(
        response,
        StatusCode::TOO_MANY_REQUESTS,
        ErrorCode::TooManyAttempts,
    )
    .await;
    let response = app_log_in(PASSWORD).await.expect("an answer");
    expect_error(
        response,
        StatusCode::TOO_MANY_REQUESTS,
        ErrorCode::TooManyAttempts,
    )
    .await;
    // Once the wait is over, the right password signs the browser in.
    server.clock.advance(Duration::from_secs(2));
    browser(&server, "anna@example.org", false).await;
}

/// A built web app in miniature: an index, hashed assets and a manifest.
fn tiny_web_app(root: &Path) {
    std::fs::create_dir_all(root.join("assets")).expect("assets");
    std::fs::write(
        root.join("index.html"),
        "<!doctype html><script type=\"module\" src=\"./assets/index-B2x9aQ.js\"></script>",
    )
    .expect("index");
    std::fs::write(
        root.join("assets/index-B2x9aQ.js"),
        "console.log('Skyfolio');\n".repeat(100),
    )
    .expect("js");
    std::fs::write(root.join("assets/index-C3d4.css"), "body{margin:0}").expect("css");
    std::fs::write(root.join("manifest.webmanifest"), "{\"name\":\"Skyfolio\"}").expect("m");
}

fn assert_policy(response: &Response, what: &str) {
    let headers = response.headers();
    assert_eq!(headers["content-security-policy"], CSP, "{what}");
    assert_eq!(headers["x-content-type-options"], "nosniff", "{what}");
    assert_eq!(headers["referrer-policy"], "same-origin", "{what}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_web_app_is_served_at_the_root_under_a_strict_policy() {
    let web = tempfile::tempdir().expect("temp dir");
    tiny_web_app(web.path());
    let folder = web.path().to_owned();
    let server = TestServer::with(|config| config.web_app = Some(folder)).await;
    let index = std::fs::read_to_string(web.path().join("index.html")).expect("index");

    for path in [
        "/",
        "/index.html",
        "/trash",
        "/some/deep/link",
        "/albums/2024?x=1",
    ] {
        let response = reqwest::get(server.url(path)).await.expect("an answer");
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert_policy(&response, path);
        assert_eq!(
            response.headers()["content-type"],
            "text/html; charset=utf-8",
            "{path}"
        );
        assert_eq!(response.headers()["cache-control"], "no-cache", "{path}");
        assert_eq!(response.text().await.expect("text"), index, "{path}");
    }
    // A browser that takes gzip gets the files gzipped.
    let gzipped = reqwest::Client::new()
        .get(server.url("/assets/index-B2x9aQ.js"))
        .header("Accept-Encoding", "gzip")
        .send()
        .await
        .expect("an answer");
    assert_eq!(gzipped.status(), StatusCode::OK);
    assert_eq!(gzipped.headers()["content-encoding"], "gzip");
    assert_policy(&gzipped, "gzipped");
    let bytes = gzipped.bytes().await.expect("bytes");
    assert_eq!(&bytes[..2], b"\x1f\x8b", "gzip");

    // The page names its files relative to itself: under a deep link, they are found too.
    for (path, content_type) in [
        ("/assets/index-B2x9aQ.js", "text/javascript; charset=utf-8"),
        ("/assets/index-C3d4.css", "text/css; charset=utf-8"),
        (
            "/albums/2024/assets/index-B2x9aQ.js",
            "text/javascript; charset=utf-8",
        ),
    ] {
        let response = reqwest::get(server.url(path)).await.expect("an answer");
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert_policy(&response, path);
        assert_eq!(response.headers()["content-type"], content_type);
        assert_eq!(
            response.headers()["cache-control"],
            "public, max-age=31536000, immutable"
        );
    }
    for path in ["/manifest.webmanifest", "/albums/2024/manifest.webmanifest"] {
        let manifest = reqwest::get(server.url(path)).await.expect("an answer");
        assert_eq!(manifest.status(), StatusCode::OK, "{path}");
        assert_eq!(
            manifest.headers()["content-type"],
            "application/manifest+json"
        );
        assert_eq!(manifest.headers()["cache-control"], "no-cache");
        assert_eq!(
            manifest.text().await.expect("text"),
            "{\"name\":\"Skyfolio\"}"
        );
    }

    // A missing asset is not a page, and the API keeps its own answers.
    for path in ["/assets/gone-1234.js", "/albums/2024/assets/gone-1234.js"] {
        let missing = reqwest::get(server.url(path)).await.expect("an answer");
        assert_eq!(missing.status(), StatusCode::NOT_FOUND, "{path}");
    }
    for path in ["/api/v1/nope", "/api/v2/media", "/api", "/metrics"] {
        let response = reqwest::get(server.url(path)).await.expect("an answer");
        expect_error(response, StatusCode::NOT_FOUND, ErrorCode::NotFound).await;
    }
    let post = reqwest::Client::new()
        .post(server.url("/trash"))
        .send()
        .await
        .expect("an answer");
    expect_error(post, StatusCode::NOT_FOUND, ErrorCode::NotFound).await;
    // The benchmark's plain sink lives in the benchmark's program, never in the server.
    let sink = reqwest::Client::new()
        .put(server.url("/bench/sink/probe"))
        .body("bytes")
        .send()
        .await
        .expect("an answer");
    assert!(!sink.status().is_success(), "{}", sink.status());
    let health = reqwest::get(server.url("/healthz")).await.expect("answer");
    assert_eq!(health.status(), StatusCode::OK);
    assert_eq!(health.text().await.expect("text"), "ok\n");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_without_its_web_app_says_so() {
    let empty = tempfile::tempdir().expect("temp dir");
    let folder = empty.path().to_owned();
    let server = TestServer::with(|config| config.web_app = Some(folder)).await;
    for path in ["/", "/trash"] {
        let response = reqwest::get(server.url(path)).await.expect("an answer");
        assert_eq!(response.status(), StatusCode::OK);
        assert_policy(&response, path);
        let text = response.text().await.expect("text");
        assert!(text.contains("built without its web app"), "{text}");
    }
}
