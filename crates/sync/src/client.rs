//! The server's API as typed calls. Every failure is an [`Error`]: the server's own
//! `{code, message}` as [`Error::Server`], a server that cannot be reached as
//! [`Error::Unreachable`].

use std::time::Duration;

use futures_util::StreamExt;
use reqwest::{Method, RequestBuilder, Response, StatusCode};
use serde::de::DeserializeOwned;
use skyfolio_protocol::{
    API_PREFIX, Account, ChangePage, ChangePasswordRequest, ChunkAccepted, CreateUpload, DeviceId,
    DeviceList, ErrorBody, LoginRequest, LoginResponse, MediaId, MediaItem, MediaPage, MoveRequest,
    OFFSET_OCTET_STREAM, RegisterRequest, TUS_VERSION, UploadCreated, UploadId, Usage,
};

use crate::Error;
use crate::remote::{Download, Remote, UploadBody};

/// A connection to one server, signed in or not.
#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    server: String,
    token: Option<String>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("server", &self.server)
            .field("signed_in", &self.token.is_some())
            .finish()
    }
}

/// The longest a long-poll may wait, as the server allows.
pub const MAX_WAIT: Duration = Duration::from_secs(60);

/// The HTTP client the [`Client`]s made on this thread share: building one reads the
/// system's certificates, which costs more than most requests. One per thread, so that a
/// client never outlives the async runtime its connections belong to (a runtime's threads end
/// with it).
fn shared_http() -> Result<reqwest::Client, reqwest::Error> {
    thread_local! {
        static HTTP: std::cell::OnceCell<reqwest::Client> = const { std::cell::OnceCell::new() };
    }
    HTTP.with(|cell| {
        if let Some(http) = cell.get() {
            return Ok(http.clone());
        }
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(10))
            // A long-poll is silent for up to a minute; anything silent for longer is gone.
            .read_timeout(MAX_WAIT + Duration::from_secs(30))
            .user_agent(concat!("skyfolio/", env!("CARGO_PKG_VERSION")))
            .build()?;
        Ok(cell.get_or_init(|| http).clone())
    })
}

impl Client {
    /// A client of the server at `server` (`https://photos.example.org`, `http://host:8420`).
    pub fn new(server: &str) -> Result<Client, Error> {
        let server = server.trim().trim_end_matches('/').to_owned();
        let valid = (server.starts_with("http://") || server.starts_with("https://"))
            && reqwest::Url::parse(&server).is_ok_and(|u| u.host().is_some());
        if !valid {
            return Err(Error::InvalidServer { url: server });
        }
        let http = shared_http().map_err(|source| Error::Unreachable {
            server: server.clone(),
            source: source.into(),
        })?;
        Ok(Client {
            http,
            server,
            token: None,
        })
    }

    pub fn with_token(mut self, token: impl Into<String>) -> Client {
        self.token = Some(token.into());
        self
    }

    pub fn server(&self) -> &str {
        &self.server
    }

    fn request(&self, method: Method, path: &str) -> RequestBuilder {
        let request = self
            .http
            .request(method, format!("{}{API_PREFIX}{path}", self.server));
        match &self.token {
            Some(token) => request.bearer_auth(token),
            None => request,
        }
    }

    fn unreachable(&self, source: reqwest::Error) -> Error {
        Error::Unreachable {
            server: self.server.clone(),
            source: source.into(),
        }
    }

    /// Sends a request; a failed answer becomes the server's error.
    async fn send(&self, request: RequestBuilder) -> Result<Response, Error> {
        let response = request.send().await.map_err(|e| self.unreachable(e))?;
        if response.status().is_success() {
            return Ok(response);
        }
        Err(self.refusal(response).await)
    }

    async fn refusal(&self, response: Response) -> Error {
        let status = response.status().as_u16();
        match response.json::<ErrorBody>().await {
            Ok(body) => Error::Server {
                code: body.code,
                message: body.message,
                status,
            },
            Err(_) => Error::Protocol {
                what: format!("an answer with status {status} and no error body"),
            },
        }
    }

    async fn json<T: DeserializeOwned>(&self, request: RequestBuilder) -> Result<T, Error> {
        let response = self.send(request).await?;
        response.json::<T>().await.map_err(|e| {
            if e.is_decode() {
                Error::Protocol {
                    what: e.to_string(),
                }
            } else {
                self.unreachable(e)
            }
        })
    }

    // Accounts and devices.

    /// Creates an account; `invite` is the code the server's administrator gave, when the
    /// server takes new accounts only with one.
    pub async fn register(
        &self,
        email: &str,
        password: &str,
        invite: Option<&str>,
    ) -> Result<Account, Error> {
        let body = RegisterRequest {
            email: email.to_owned(),
            password: password.to_owned(),
            invite: invite.map(str::to_owned),
        };
        self.json(self.request(Method::POST, "/account/register").json(&body))
            .await
    }

    pub async fn log_in(
        &self,
        email: &str,
        password: &str,
        device_name: &str,
        platform: &str,
    ) -> Result<LoginResponse, Error> {
        let body = LoginRequest {
            email: email.to_owned(),
            password: password.to_owned(),
            device_name: device_name.to_owned(),
            platform: platform.to_owned(),
        };
        self.json(self.request(Method::POST, "/session").json(&body))
            .await
    }

    pub async fn log_out(&self) -> Result<(), Error> {
        self.send(self.request(Method::DELETE, "/session")).await?;
        Ok(())
    }

    pub async fn account(&self) -> Result<Account, Error> {
        self.json(self.request(Method::GET, "/account")).await
    }

    pub async fn change_password(&self, request: &ChangePasswordRequest) -> Result<(), Error> {
        self.send(
            self.request(Method::POST, "/account/password")
                .json(request),
        )
        .await?;
        Ok(())
    }

    pub async fn usage(&self) -> Result<Usage, Error> {
        self.json(self.request(Method::GET, "/usage")).await
    }

    /// The account's uploads in progress, from every device.
    pub async fn uploads(&self) -> Result<skyfolio_protocol::UploadList, Error> {
        self.json(self.request(Method::GET, "/uploads")).await
    }

    pub async fn devices(&self) -> Result<DeviceList, Error> {
        self.json(self.request(Method::GET, "/devices")).await
    }

    /// A one-time code with which a phone's browser signs in to this account.
    pub async fn create_pairing(&self) -> Result<skyfolio_protocol::PairingCode, Error> {
        self.json(self.request(Method::POST, "/pairings")).await
    }

    pub async fn unlink_device(&self, id: &DeviceId) -> Result<(), Error> {
        self.send(self.request(Method::DELETE, &format!("/devices/{id}")))
            .await?;
        Ok(())
    }

    // The change feed.

    /// Changes after `since`; with `wait`, the server answers as soon as there is one.
    pub async fn changes(&self, since: i64, wait: Option<Duration>) -> Result<ChangePage, Error> {
        let mut request = self
            .request(Method::GET, "/changes")
            .query(&[("since", since), ("limit", 1000)]);
        if let Some(wait) = wait {
            let wait = wait.min(MAX_WAIT);
            request = request
                .query(&[("wait", wait.as_secs())])
                .timeout(wait + Duration::from_secs(30));
        }
        self.json(request).await
    }

    // Media.

    pub async fn media_page(&self, cursor: Option<&str>, limit: u32) -> Result<MediaPage, Error> {
        let mut request = self
            .request(Method::GET, "/media")
            .query(&[("limit", limit)]);
        if let Some(cursor) = cursor {
            request = request.query(&[("cursor", cursor)]);
        }
        self.json(request).await
    }

    pub async fn item(&self, id: &MediaId) -> Result<MediaItem, Error> {
        self.json(self.request(Method::GET, &format!("/media/{id}")))
            .await
    }

    pub async fn move_item(&self, id: &MediaId, path: &str) -> Result<MediaItem, Error> {
        let body = MoveRequest {
            path: path.to_owned(),
        };
        self.json(
            self.request(Method::PATCH, &format!("/media/{id}"))
                .json(&body),
        )
        .await
    }

    pub async fn trash_item(&self, id: &MediaId) -> Result<MediaItem, Error> {
        self.json(self.request(Method::DELETE, &format!("/media/{id}")))
            .await
    }

    /// Bytes `start..=end` of an original (a video being played, a photo being zoomed).
    pub async fn original_range(
        &self,
        id: &MediaId,
        start: u64,
        end: u64,
    ) -> Result<bytes::Bytes, Error> {
        let response = self.original_part(id, start, end).await?;
        response.bytes().await.map_err(|e| self.unreachable(e))
    }

    /// Bytes `start..=end` of an original as a response to read as a stream (a video played
    /// from the cloud, never held whole).
    pub async fn original_part(
        &self,
        id: &MediaId,
        start: u64,
        end: u64,
    ) -> Result<Response, Error> {
        self.send(
            self.request(Method::GET, &format!("/media/{id}/original"))
                .header(reqwest::header::RANGE, format!("bytes={start}-{end}")),
        )
        .await
    }

    /// A thumbnail the server made (256 or 1440 px), as JPEG bytes.
    pub async fn thumbnail(&self, id: &MediaId, size: u32) -> Result<bytes::Bytes, Error> {
        let response = self
            .send(
                self.request(Method::GET, &format!("/media/{id}/thumbnail"))
                    .query(&[("size", size)]),
            )
            .await?;
        response.bytes().await.map_err(|e| self.unreachable(e))
    }

    // The recycle bin.

    pub async fn trash_page(&self, cursor: Option<&str>) -> Result<MediaPage, Error> {
        let mut request = self
            .request(Method::GET, "/trash")
            .query(&[("limit", 1000)]);
        if let Some(cursor) = cursor {
            request = request.query(&[("cursor", cursor)]);
        }
        self.json(request).await
    }

    pub async fn restore(&self, id: &MediaId) -> Result<MediaItem, Error> {
        self.json(self.request(Method::POST, &format!("/trash/{id}/restore")))
            .await
    }

    pub async fn delete_forever(&self, id: &MediaId) -> Result<(), Error> {
        self.send(self.request(Method::DELETE, &format!("/trash/{id}")))
            .await?;
        Ok(())
    }

    pub async fn empty_trash(&self) -> Result<(), Error> {
        self.send(self.request(Method::DELETE, "/trash")).await?;
        Ok(())
    }

    // Uploads.

    pub async fn create_upload(&self, request: &CreateUpload) -> Result<UploadCreated, Error> {
        self.json(self.request(Method::POST, "/uploads").json(request))
            .await
    }

    /// Where the server has an upload; `None` when it knows no such upload (expired, or
    /// committed).
    pub async fn upload_offset(&self, id: &UploadId) -> Result<Option<u64>, Error> {
        let response = self
            .request(Method::HEAD, &format!("/uploads/{id}"))
            .header("Tus-Resumable", TUS_VERSION)
            .send()
            .await
            .map_err(|e| self.unreachable(e))?;
        match response.status() {
            StatusCode::NOT_FOUND => Ok(None),
            status if status.is_success() => response
                .headers()
                .get("upload-offset")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.parse().ok())
                .map(Some)
                .ok_or_else(|| Error::Protocol {
                    what: "an upload's HEAD without Upload-Offset".to_owned(),
                }),
            status => Err(Error::Protocol {
                what: format!("an upload's HEAD answered {status}"),
            }),
        }
    }

    pub async fn cancel_upload(&self, id: &UploadId) -> Result<(), Error> {
        self.send(
            self.request(Method::DELETE, &format!("/uploads/{id}"))
                .header("Tus-Resumable", TUS_VERSION),
        )
        .await?;
        Ok(())
    }
}

impl Remote for Client {
    async fn changes(&self, since: i64, wait: Option<Duration>) -> Result<ChangePage, Error> {
        Client::changes(self, since, wait).await
    }

    async fn move_item(&self, id: &MediaId, path: &str) -> Result<MediaItem, Error> {
        Client::move_item(self, id, path).await
    }

    async fn trash_item(&self, id: &MediaId) -> Result<MediaItem, Error> {
        Client::trash_item(self, id).await
    }

    async fn create_upload(&self, request: &CreateUpload) -> Result<UploadCreated, Error> {
        Client::create_upload(self, request).await
    }

    async fn upload_offset(&self, id: &UploadId) -> Result<Option<u64>, Error> {
        Client::upload_offset(self, id).await
    }

    async fn append(
        &self,
        id: &UploadId,
        offset: u64,
        len: u64,
        body: UploadBody,
    ) -> Result<ChunkAccepted, Error> {
        self.json(
            self.request(Method::PATCH, &format!("/uploads/{id}"))
                .header("Tus-Resumable", TUS_VERSION)
                .header(reqwest::header::CONTENT_TYPE, OFFSET_OCTET_STREAM)
                .header(reqwest::header::CONTENT_LENGTH, len)
                .header("Upload-Offset", offset)
                // A whole file may take long; silence is what the read timeout catches.
                .timeout(Duration::from_secs(24 * 3600))
                .body(reqwest::Body::wrap_stream(body)),
        )
        .await
    }

    async fn upload_whole(
        &self,
        request: &CreateUpload,
        body: UploadBody,
    ) -> Result<MediaItem, Error> {
        self.json(
            self.request(Method::POST, "/media")
                .query(request)
                .header(reqwest::header::CONTENT_TYPE, "application/octet-stream")
                .header(reqwest::header::CONTENT_LENGTH, request.size)
                .body(reqwest::Body::wrap_stream(body)),
        )
        .await
    }

    async fn cancel_upload(&self, id: &UploadId) -> Result<(), Error> {
        Client::cancel_upload(self, id).await
    }

    /// `If-Range` with the content hash makes the server send the whole file again (status
    /// 200) if it is no longer that content.
    async fn download(&self, id: &MediaId, offset: u64, hash: &str) -> Result<Download, Error> {
        let mut request = self.request(Method::GET, &format!("/media/{id}/original"));
        if offset > 0 {
            request = request
                .header(reqwest::header::RANGE, format!("bytes={offset}-"))
                .header(reqwest::header::IF_RANGE, format!("\"{hash}\""));
        }
        let response = self.send(request).await?;
        let partial = match response.status() {
            StatusCode::OK => false,
            StatusCode::PARTIAL_CONTENT => true,
            other => {
                return Err(Error::Protocol {
                    what: format!("a download answered {other}"),
                });
            }
        };
        let server = self.server.clone();
        let body = response
            .bytes_stream()
            .map(move |chunk| {
                chunk.map_err(|source| Error::Unreachable {
                    server: server.clone(),
                    source: source.into(),
                })
            })
            .boxed();
        Ok(Download { partial, body })
    }
}
