//! The server end to end: a real server on 127.0.0.1:0, a real HTTP client, a real database
//! and real files in a temporary folder.
//!
//! The database is SQLite in the data folder unless `SKYFOLIO_TEST_DATABASE` names a
//! PostgreSQL server (`postgres://user@127.0.0.1:5432/postgres`): then each test gets a new,
//! empty database of its own there (`scripts/server-test-backends.sh` starts one). Likewise the
//! bytes are in the data folder unless `SKYFOLIO_TEST_STORAGE` names an S3 bucket
//! (`s3://bucket?endpoint=http://127.0.0.1:9000`): then each test gets a prefix of its own in it.

mod accounts;
mod admin;
mod archive;
mod bad_requests;
mod changes;
mod concurrency;
mod crash;
mod faults;
mod full_disk;
mod isolation;
mod media;
mod names;
mod pairing;
mod processes;
mod races;
mod sign_in;
mod storage;
mod taken_at_fallback;
mod trash;
mod uploads;
mod web;
mod whole;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use base64::Engine;
use rand::{RngCore, SeedableRng};
use reqwest::{Method, RequestBuilder, Response, StatusCode};
use serde_json::{Value, json};
use skyfolio_protocol::{
    ChangePage, DeviceId, ErrorBody, ErrorCode, LoginResponse, MediaItem, UploadCreated, UploadId,
};
use skyfolio_server::admin::Admin;
use skyfolio_server::{Config, ManualClock, Server};

/// 2023-11-14, a fixed start for the replaceable clock.
pub const START_MS: i64 = 1_700_000_000_000;

pub fn corpus(name: &str) -> PathBuf {
    std::env::var_os("SKYFOLIO_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus"))
        .join(name)
}

/// A new, empty PostgreSQL database on the server `SKYFOLIO_TEST_DATABASE` names, as a URL;
/// `None` when the variable is not set (the tests then use SQLite).
pub async fn fresh_database() -> Option<String> {
    use sqlx::Connection;
    let admin_url = std::env::var("SKYFOLIO_TEST_DATABASE")
        .ok()
        .filter(|url| !url.is_empty())?;
    let name = format!("skyfolio_test_{}", skyfolio_server::store::new_id());
    let mut connection = sqlx::PgConnection::connect(&admin_url)
        .await
        .expect("SKYFOLIO_TEST_DATABASE answers");
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut connection)
        .await
        .expect("a new database");
    connection.close().await.expect("closed");
    let (base, query) = match admin_url.split_once('?') {
        Some((base, query)) => (base, format!("?{query}")),
        None => (admin_url.as_str(), String::new()),
    };
    let (server, _) = base.rsplit_once('/').expect("a URL with a database name");
    Some(format!("{server}/{name}{query}"))
}

/// A new, empty place in the S3 bucket `SKYFOLIO_TEST_STORAGE` names, as a storage URL;
/// `None` when the variable is not set (the tests then keep the bytes in the data folder).
pub fn fresh_storage() -> Option<String> {
    let url = std::env::var("SKYFOLIO_TEST_STORAGE")
        .ok()
        .filter(|url| !url.is_empty())?;
    let (base, query) = url.split_once('?').unwrap_or((url.as_str(), ""));
    // Short: some stores keep a key's name in one file name of their own.
    let prefix = format!("t-{}", &skyfolio_server::store::new_id()[..12]);
    Some(format!("{}/{prefix}?{query}", base.trim_end_matches('/')))
}

/// A configuration for `data` on `database` (SQLite in `data` when `None`) and `storage` (the
/// data folder when `None`).
pub fn config_on(data: &Path, database: Option<&str>, storage: Option<&str>) -> Config {
    let mut config = Config::new(data);
    config.database = database.map(str::to_owned);
    config.storage = storage.map(str::to_owned);
    config
}

/// A server on a free loopback port, with its own data folder and a clock that moves only
/// when told.
pub struct TestServer {
    pub server: Server,
    pub base: String,
    pub clock: ManualClock,
    pub data: PathBuf,
    /// The PostgreSQL database, when the suite runs on one.
    pub database: Option<String>,
    /// The S3 bucket and prefix, when the suite runs on one.
    pub storage: Option<String>,
    _dir: Option<tempfile::TempDir>,
}

impl TestServer {
    pub async fn start() -> TestServer {
        TestServer::with(|_| {}).await
    }

    pub async fn with(configure: impl FnOnce(&mut Config)) -> TestServer {
        // What the server logs shows beside a failing test (`RUST_LOG` to see more).
        let _ = tracing_subscriber::fmt()
            .with_test_writer()
            .with_env_filter(
                tracing_subscriber::EnvFilter::try_from_default_env()
                    .unwrap_or_else(|_| "skyfolio_server=warn".into()),
            )
            .try_init();
        let dir = tempfile::tempdir().expect("temp dir");
        let data = dir.path().join("data");
        let database = fresh_database().await;
        let storage = fresh_storage();
        let mut config = config_on(&data, database.as_deref(), storage.as_deref());
        // Most tests register several accounts.
        config.open_registration = true;
        configure(&mut config);
        let clock = ManualClock::new(START_MS);
        let server = Server::open_with_clock(config, Arc::new(clock.clone()))
            .await
            .expect("server opens");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a free port");
        let base = format!("http://{}", listener.local_addr().expect("bound"));
        let serving = server.clone();
        tokio::spawn(async move { serving.serve(listener).await });
        TestServer {
            server,
            base,
            clock,
            data,
            database,
            storage,
            _dir: Some(dir),
        }
    }

    /// A second server on this one's database and data folder, as a second process behind a
    /// load balancer would be: it shares nothing with the first but what is stored.
    pub async fn beside(&self) -> TestServer {
        let mut config = config_on(
            &self.data,
            self.database.as_deref(),
            self.storage.as_deref(),
        );
        config.open_registration = true;
        let server = Server::open_with_clock(config, Arc::new(self.clock.clone()))
            .await
            .expect("the second server opens");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a free port");
        let base = format!("http://{}", listener.local_addr().expect("bound"));
        let serving = server.clone();
        tokio::spawn(async move { serving.serve(listener).await });
        TestServer {
            server,
            base,
            clock: self.clock.clone(),
            data: self.data.clone(),
            database: self.database.clone(),
            storage: self.storage.clone(),
            _dir: None,
        }
    }

    /// The administration commands, on this server's database.
    pub async fn admin(&self) -> Admin {
        Admin::open_database(&self.data, self.database.as_deref())
            .await
            .expect("admin")
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Registers `email` and logs in one device.
    pub async fn user(&self, email: &str) -> User {
        let http = reqwest::Client::new();
        let registered = http
            .post(self.url("/api/v1/account/register"))
            .json(&json!({"email": email, "password": "correct horse battery"}))
            .send()
            .await
            .expect("register");
        assert_eq!(registered.status(), StatusCode::CREATED, "register {email}");
        self.log_in(email, "correct horse battery", "laptop").await
    }

    pub async fn log_in(&self, email: &str, password: &str, device: &str) -> User {
        let http = reqwest::Client::new();
        let response = http
            .post(self.url("/api/v1/session"))
            .json(&json!({"email": email, "password": password,
                          "device_name": device, "platform": "linux"}))
            .send()
            .await
            .expect("log in");
        assert_eq!(response.status(), StatusCode::OK, "log in {email}");
        let login: LoginResponse = response.json().await.expect("login JSON");
        User {
            http,
            base: self.base.clone(),
            token: login.token,
            device_id: login.device.id,
        }
    }

    /// Every object stored under `under` (a folder such as `blobs`, or `""` for all),
    /// sorted; an upload in progress counts once.
    pub async fn stored_files(&self, under: &str) -> Vec<String> {
        let listed = self
            .server
            .storage()
            .list(under)
            .await
            .expect("the storage lists");
        listed.into_iter().map(|listed| listed.key).collect()
    }
}

/// A request body sent as the chunks given to the sender arrive, ending when it is dropped:
/// a chunk still arriving, or one cut off.
pub fn fed_body() -> (
    tokio::sync::mpsc::Sender<Result<axum::body::Bytes, std::io::Error>>,
    reqwest::Body,
) {
    let (sender, receiver) = tokio::sync::mpsc::channel(1);
    let body = reqwest::Body::wrap_stream(futures_util::stream::unfold(
        receiver,
        |mut receiver| async move { receiver.recv().await.map(|c| (c, receiver)) },
    ));
    (sender, body)
}

/// A body that sends `bytes` and then breaks off, as a dropped connection does.
pub fn broken_body(bytes: &[u8]) -> reqwest::Body {
    let pieces: Vec<Result<Vec<u8>, std::io::Error>> = bytes
        .chunks(64 * 1024)
        .map(|c| Ok(c.to_vec()))
        .chain(std::iter::once(Err(std::io::Error::other("cable pulled"))))
        .collect();
    reqwest::Body::wrap_stream(futures_util::stream::iter(pieces))
}

/// One logged-in device of one account.
pub struct User {
    pub http: reqwest::Client,
    pub base: String,
    pub token: String,
    pub device_id: DeviceId,
}

impl User {
    pub fn request(&self, method: Method, path: &str) -> RequestBuilder {
        self.http
            .request(method, format!("{}{path}", self.base))
            .bearer_auth(&self.token)
    }

    pub async fn get_json(&self, path: &str) -> Value {
        let response = self.request(Method::GET, path).send().await.expect("GET");
        assert_eq!(response.status(), StatusCode::OK, "GET {path}");
        response.json().await.expect("JSON")
    }

    /// Announces a file; answers the raw response.
    pub async fn create_upload(&self, path: &str, bytes: &[u8]) -> Response {
        self.request(Method::POST, "/api/v1/uploads")
            .json(&json!({"path": path, "size": bytes.len(), "hash": hash(bytes)}))
            .send()
            .await
            .expect("create upload")
    }

    /// Sends a file whole in one request (`POST /api/v1/media`), announced as `path` with the
    /// size and hash of `announced`; answers the raw response.
    pub async fn send_whole(
        &self,
        path: &str,
        announced: &[u8],
        body: impl Into<reqwest::Body>,
    ) -> Response {
        self.whole(path, announced, body)
            .send()
            .await
            .expect("POST a whole file")
    }

    /// The request [`User::send_whole`] sends.
    pub fn whole(
        &self,
        path: &str,
        announced: &[u8],
        body: impl Into<reqwest::Body>,
    ) -> RequestBuilder {
        self.request(Method::POST, "/api/v1/media")
            .query(&[
                ("path", path.to_owned()),
                ("size", announced.len().to_string()),
                ("hash", hash(announced)),
            ])
            .header("Content-Type", "application/octet-stream")
            .body(body)
    }

    /// Sends a file whole; answers the item.
    pub async fn upload_whole(&self, path: &str, bytes: &[u8]) -> MediaItem {
        let response = self.send_whole(path, bytes, bytes.to_vec()).await;
        assert!(
            response.status().is_success(),
            "POST {path}: {}",
            response.status()
        );
        response.json().await.expect("the item")
    }

    /// Announces a file the server does not hold yet; answers the upload's id.
    pub async fn begin_upload(&self, path: &str, bytes: &[u8]) -> UploadId {
        let created: UploadCreated = self
            .create_upload(path, bytes)
            .await
            .json()
            .await
            .expect("JSON");
        created.upload.expect("an upload").id
    }

    /// Announces a file and, unless the server holds it already, sends it in one chunk.
    pub async fn upload(&self, path: &str, bytes: &[u8]) -> MediaItem {
        let response = self.create_upload(path, bytes).await;
        assert!(
            response.status().is_success(),
            "create {path}: {}",
            response.status()
        );
        let created: UploadCreated = response.json().await.expect("created JSON");
        if let Some(item) = created.item {
            return item;
        }
        let upload = created.upload.expect("an upload or an item");
        let response = self
            .patch(&upload.id, 0, bytes.to_vec())
            .send()
            .await
            .expect("PATCH");
        assert_eq!(response.status(), StatusCode::OK, "PATCH {path}");
        let accepted: Value = response.json().await.expect("JSON");
        serde_json::from_value(accepted["item"].clone()).expect("the last chunk answers the item")
    }

    /// Starts a long-poll of the change feed after `since`, waiting up to `wait` seconds.
    pub fn long_poll(&self, since: i64, wait: u64) -> tokio::task::JoinHandle<ChangePage> {
        let request = self.request(
            Method::GET,
            &format!("/api/v1/changes?since={since}&wait={wait}"),
        );
        tokio::spawn(async move {
            request
                .send()
                .await
                .expect("long-poll")
                .json()
                .await
                .expect("a page")
        })
    }

    /// A tus PATCH of `body` at `offset`.
    pub fn patch(&self, id: &str, offset: u64, body: impl Into<reqwest::Body>) -> RequestBuilder {
        self.request(Method::PATCH, &format!("/api/v1/uploads/{id}"))
            .header("Tus-Resumable", "1.0.0")
            .header("Content-Type", "application/offset+octet-stream")
            .header("Upload-Offset", offset.to_string())
            .body(body)
    }

    /// The offset the server reports (tus HEAD); `None` when it knows no such upload.
    pub async fn offset(&self, id: &str) -> Option<u64> {
        let response = self
            .request(Method::HEAD, &format!("/api/v1/uploads/{id}"))
            .send()
            .await
            .expect("HEAD");
        if response.status() == StatusCode::NOT_FOUND {
            return None;
        }
        assert_eq!(response.status(), StatusCode::OK);
        Some(
            response.headers()["upload-offset"]
                .to_str()
                .expect("text")
                .parse()
                .expect("a number"),
        )
    }

    pub async fn download(&self, id: &str) -> Vec<u8> {
        let response = self
            .request(Method::GET, &format!("/api/v1/media/{id}/original"))
            .send()
            .await
            .expect("download");
        assert_eq!(response.status(), StatusCode::OK);
        response.bytes().await.expect("body").to_vec()
    }
}

pub fn hash(bytes: &[u8]) -> String {
    blake3::hash(bytes).to_hex().to_string()
}

pub fn sha256_header(bytes: &[u8]) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(bytes);
    format!(
        "sha256 {}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// `len` bytes that no other call with another seed repeats.
pub fn random_bytes(seed: u64, len: usize) -> Vec<u8> {
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let mut bytes = vec![0; len];
    rng.fill_bytes(&mut bytes);
    bytes
}

/// Asserts an error answer and returns its body.
pub async fn expect_error(response: Response, status: StatusCode, code: ErrorCode) -> ErrorBody {
    assert_eq!(response.status(), status, "status");
    let body: ErrorBody = response.json().await.expect("the error shape");
    assert_eq!(body.code, code, "code ({})", body.message);
    assert!(!body.message.is_empty());
    body
}
