//! Requests that are wrong in every way a client (or an attacker) can get them wrong: each gets
//! a 4xx answer in the one error shape with a code a client can act on, and nothing is stored.

use reqwest::{Method, StatusCode};
use serde_json::json;
use skyfolio_protocol::{ErrorBody, ErrorCode};

use crate::{TestServer, User, expect_error, hash, random_bytes};

/// Nothing of an upload or an item reached the database or the disk.
async fn nothing_stored(server: &TestServer, user: &User) {
    assert_eq!(user.get_json("/api/v1/media").await["items"], json!([]));
    let usage = user.get_json("/api/v1/usage").await;
    assert_eq!(usage["used"], 0, "{usage}");
    assert_eq!(usage["uploading"], 0, "{usage}");
    assert!(server.stored_files("blobs").await.is_empty());
    assert!(server.stored_files("staging").await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_json_is_a_bad_request() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    for body in [
        "{",
        "[]",
        "null",
        r#"{"path": "a.jpg"}"#,
        r#"{"path": "a.jpg", "size": "ten", "hash": "00"}"#,
        r#"{"path": 7, "size": 1, "hash": "00"}"#,
        r#"{"path": "a.jpg", "size": 1, "hash": "00", "admin": true}"#,
    ] {
        let response = user
            .request(Method::POST, "/api/v1/uploads")
            .header("Content-Type", "application/json")
            .body(body)
            .send()
            .await
            .expect("POST");
        expect_error(response, StatusCode::BAD_REQUEST, ErrorCode::BadRequest).await;
    }
    let register = reqwest::Client::new()
        .post(server.url("/api/v1/account/register"))
        .header("Content-Type", "application/json")
        .body(r#"{"email": "x@example.org""#)
        .send()
        .await
        .expect("POST");
    expect_error(register, StatusCode::BAD_REQUEST, ErrorCode::BadRequest).await;
    nothing_stored(&server, &user).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_content_types_are_refused() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let bytes = random_bytes(1, 1000);
    let body = json!({"path": "a/b.bin", "size": bytes.len(), "hash": hash(&bytes)}).to_string();
    for content_type in [
        None,
        Some("text/plain"),
        Some("application/x-www-form-urlencoded"),
    ] {
        let mut request = user
            .request(Method::POST, "/api/v1/uploads")
            .body(body.clone());
        if let Some(content_type) = content_type {
            request = request.header("Content-Type", content_type);
        }
        let response = request.send().await.expect("POST");
        expect_error(
            response,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ErrorCode::UnsupportedMediaType,
        )
        .await;
    }
    // A chunk must be application/offset+octet-stream.
    let created = user.create_upload("a/b.bin", &bytes).await;
    let created: serde_json::Value = created.json().await.expect("JSON");
    let id = created["upload"]["id"].as_str().expect("an upload");
    for content_type in ["application/json", "application/octet-stream"] {
        let response = user
            .request(Method::PATCH, &format!("/api/v1/uploads/{id}"))
            .header("Content-Type", content_type)
            .header("Upload-Offset", "0")
            .body(bytes.clone())
            .send()
            .await
            .expect("PATCH");
        expect_error(
            response,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ErrorCode::UnsupportedMediaType,
        )
        .await;
        assert_eq!(user.offset(id).await, Some(0));
    }
    assert!(server.stored_files("blobs").await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oversized_headers_are_refused() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let response = user
        .request(Method::GET, "/api/v1/media")
        .header("X-Padding", "a".repeat(20 * 1024))
        .send()
        .await
        .expect("GET");
    expect_error(
        response,
        StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
        ErrorCode::HeadersTooLarge,
    )
    .await;
    // Many small headers add up the same way.
    let mut request = user.request(Method::GET, "/api/v1/media");
    for i in 0..400 {
        request = request.header(
            format!("x-h{i}"),
            "0123456789012345678901234567890123456789",
        );
    }
    let response = request.send().await.expect("GET");
    expect_error(
        response,
        StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
        ErrorCode::HeadersTooLarge,
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn uri_too_long_and_headers_too_large_answer_the_error_shape() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    // Past the API's limit on URIs…
    let long = format!("/api/v1/media?after={}", "a".repeat(10 * 1024));
    let response = user.request(Method::GET, &long).send().await.expect("GET");
    expect_error(response, StatusCode::URI_TOO_LONG, ErrorCode::UriTooLong).await;
    // …and past what hyper itself parses, which answers before any handler: a URI over
    // 64 KiB, more headers than it counts, a head larger than its buffer. (HTTP clients do not
    // send such requests; they are written by hand.)
    let address = server.base.trim_start_matches("http://").to_owned();
    let uri = format!("/api/v1/media?after={}", "a".repeat(70 * 1024));
    let (status, body) = raw_request(&address, &format!("GET {uri} HTTP/1.1\r\n\r\n")).await;
    assert_eq!(status, 414);
    let body: ErrorBody = serde_json::from_slice(&body).expect("the error shape");
    assert_eq!(body.code, ErrorCode::UriTooLong);
    let many: String = (0..1100).map(|i| format!("x-h{i}: 1\r\n")).collect();
    let (status, body) = raw_request(
        &address,
        &format!("GET /api/v1/media HTTP/1.1\r\n{many}\r\n"),
    )
    .await;
    assert_eq!(status, 431);
    let body: ErrorBody = serde_json::from_slice(&body).expect("the error shape");
    assert_eq!(body.code, ErrorCode::HeadersTooLarge);
    let padding = "a".repeat(512 * 1024);
    let (status, body) = raw_request(
        &address,
        &format!("GET /api/v1/media HTTP/1.1\r\nx-padding: {padding}\r\n\r\n"),
    )
    .await;
    assert_eq!(status, 431);
    let body: ErrorBody = serde_json::from_slice(&body).expect("the error shape");
    assert_eq!(body.code, ErrorCode::HeadersTooLarge);
    assert!(!body.message.is_empty());
}

/// Sends `request` as written on a new connection; answers the status and the body, read until
/// the server closes the connection.
async fn raw_request(address: &str, request: &str) -> (u16, Vec<u8>) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(address)
        .await
        .expect("connected");
    // The server may answer and close before reading everything.
    let _ = stream.write_all(request.as_bytes()).await;
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(
        std::time::Duration::from_secs(10),
        stream.read_to_end(&mut answer),
    )
    .await;
    let split = answer
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a head");
    let head = String::from_utf8_lossy(&answer[..split]).into_owned();
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .expect("a status");
    (status, answer[split + 4..].to_vec())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn paths_that_escape_or_break_a_file_system_are_refused() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let bytes = random_bytes(2, 1000);
    for path in [
        "../x.jpg",
        "a/../../x.jpg",
        "/etc/passwd",
        "C:/Windows/x.jpg",
        "\\\\server\\share\\x.jpg",
        "a\\..\\x.jpg",
        "a//x.jpg",
        "a/./x.jpg",
        "",
        "a/CON",
        "a/nul.jpg",
        "a/x.jpg.",
        "a/x\u{0}.jpg",
        "a/x?.jpg",
    ] {
        let response = user
            .request(Method::POST, "/api/v1/uploads")
            .json(&json!({"path": path, "size": bytes.len(), "hash": hash(&bytes)}))
            .send()
            .await
            .expect("POST");
        expect_error(response, StatusCode::BAD_REQUEST, ErrorCode::InvalidPath).await;
    }
    // A move may not take a bad path either.
    let item = user.upload("good/x.bin", &bytes).await;
    for path in ["../x.jpg", "/x.jpg", "a/.."] {
        let response = user
            .request(Method::PATCH, &format!("/api/v1/media/{}", item.id))
            .json(&json!({"path": path}))
            .send()
            .await
            .expect("PATCH");
        expect_error(response, StatusCode::BAD_REQUEST, ErrorCode::InvalidPath).await;
    }
    let listed = user.get_json("/api/v1/media").await;
    assert_eq!(listed["items"][0]["path"], "good/x.bin");
    assert_eq!(server.stored_files("blobs").await.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn negative_zero_and_lying_sizes_are_refused() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let bytes = random_bytes(3, 1000);
    for size in [
        json!(-1),
        json!(0),
        json!(1.5),
        json!(u64::MAX),
        json!("1000"),
    ] {
        let response = user
            .request(Method::POST, "/api/v1/uploads")
            .json(&json!({"path": "a/b.bin", "size": size, "hash": hash(&bytes)}))
            .send()
            .await
            .expect("POST");
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "size {size}");
        expect_error(response, StatusCode::BAD_REQUEST, ErrorCode::BadRequest).await;
    }
    for bad_hash in ["", "00", &hash(&bytes).to_uppercase(), &"g".repeat(64)] {
        let response = user
            .request(Method::POST, "/api/v1/uploads")
            .json(&json!({"path": "a/b.bin", "size": 1000, "hash": bad_hash}))
            .send()
            .await
            .expect("POST");
        expect_error(response, StatusCode::BAD_REQUEST, ErrorCode::BadRequest).await;
    }
    // Declared smaller than it is: the bytes past the declared size are refused and the
    // upload never becomes an item.
    let response = user
        .request(Method::POST, "/api/v1/uploads")
        .json(&json!({"path": "a/b.bin", "size": 500, "hash": hash(&bytes)}))
        .send()
        .await
        .expect("POST");
    let created: serde_json::Value = response.json().await.expect("JSON");
    let id = created["upload"]["id"]
        .as_str()
        .expect("an upload")
        .to_owned();
    let response = user
        .patch(&id, 0, bytes.clone())
        .send()
        .await
        .expect("PATCH");
    expect_error(response, StatusCode::BAD_REQUEST, ErrorCode::SizeMismatch).await;
    assert_eq!(user.offset(&id).await, Some(0));
    // Declared with the right size but the hash of other bytes: the whole file is checked.
    let cancel = user
        .request(Method::DELETE, &format!("/api/v1/uploads/{id}"))
        .send()
        .await
        .expect("DELETE");
    assert_eq!(cancel.status(), StatusCode::NO_CONTENT);
    let other = random_bytes(4, 1000);
    let response = user
        .request(Method::POST, "/api/v1/uploads")
        .json(&json!({"path": "a/b.bin", "size": 1000, "hash": hash(&other)}))
        .send()
        .await
        .expect("POST");
    let created: serde_json::Value = response.json().await.expect("JSON");
    let id = created["upload"]["id"]
        .as_str()
        .expect("an upload")
        .to_owned();
    let response = user
        .patch(&id, 0, bytes.clone())
        .send()
        .await
        .expect("PATCH");
    expect_error(
        response,
        StatusCode::UNPROCESSABLE_ENTITY,
        ErrorCode::HashMismatch,
    )
    .await;
    nothing_stored(&server, &user).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_tokens_ids_cursors_and_routes_get_clear_codes() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    let http = reqwest::Client::new();
    for authorization in [
        None,
        Some("Bearer"),
        Some("Bearer nonsense"),
        Some("Basic YTpi"),
    ] {
        let mut request = http.get(server.url("/api/v1/media"));
        if let Some(value) = authorization {
            request = request.header("Authorization", value);
        }
        let response = request.send().await.expect("GET");
        assert_eq!(response.headers()["www-authenticate"], "Bearer");
        expect_error(response, StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized).await;
    }
    let long_token = format!("Bearer {}", "a".repeat(4000));
    let response = http
        .get(server.url("/api/v1/media"))
        .header("Authorization", long_token)
        .send()
        .await
        .expect("GET");
    expect_error(response, StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized).await;
    for query in ["cursor=nonsense", "cursor=12.xyz", "limit=-4", "limit=many"] {
        let response = user
            .request(Method::GET, &format!("/api/v1/media?{query}"))
            .send()
            .await
            .expect("GET");
        expect_error(response, StatusCode::BAD_REQUEST, ErrorCode::BadRequest).await;
    }
    let response = user
        .request(Method::GET, "/api/v1/changes?since=-1")
        .send()
        .await
        .expect("GET");
    expect_error(response, StatusCode::BAD_REQUEST, ErrorCode::BadRequest).await;
    let response = user
        .request(Method::GET, "/api/v1/nothing-here")
        .send()
        .await
        .expect("GET");
    expect_error(response, StatusCode::NOT_FOUND, ErrorCode::NotFound).await;
    let response = user
        .request(Method::PUT, "/api/v1/media")
        .send()
        .await
        .expect("PUT");
    expect_error(
        response,
        StatusCode::METHOD_NOT_ALLOWED,
        ErrorCode::BadRequest,
    )
    .await;
    let response = user
        .request(Method::GET, "/api/v1/media/x/thumbnail?size=99")
        .send()
        .await
        .expect("GET");
    expect_error(response, StatusCode::BAD_REQUEST, ErrorCode::BadRequest).await;
}
