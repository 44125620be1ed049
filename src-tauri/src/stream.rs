//! Where videos play from: a loopback HTTP address. WebKitGTK's media player cannot read a
//! custom URI scheme (WebKit bug 146351), so the `media` scheme serves photos and this serves
//! videos, on every platform alike.
//!
//! `http://127.0.0.1:<port>/<secret>/<hash>`: the port is the OS's pick and the secret is
//! random for each run, so no other program or web page can read a photo through it. Content
//! is named by its hash only (never a path), served in ranges and streamed, never held whole.

use std::net::Ipv4Addr;

use axum::Router;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use skyfolio_core::{App, OpenOriginalError};

use crate::scheme::parse_hash;

#[derive(Clone)]
struct Served {
    app: App,
    /// The secret's hash: comparing two BLAKE3 hashes takes the same time wherever they differ.
    secret: blake3::Hash,
}

/// The running address; it stops with the app.
#[derive(Debug, Clone)]
pub struct VideoStream {
    base: String,
}

impl VideoStream {
    /// Listens on a loopback port for this run of the app. Call inside the async runtime.
    pub async fn start(app: App) -> std::io::Result<VideoStream> {
        let listener = tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).await?;
        let port = listener.local_addr()?.port();
        let secret: String = rand::random::<[u8; 32]>()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let served = Served {
            app,
            secret: blake3::hash(secret.as_bytes()),
        };
        let router = Router::new()
            .route("/{secret}/{hash}", get(serve))
            .with_state(served);
        tokio::spawn(async move {
            if let Err(error) = axum::serve(listener, router).await {
                tracing::error!("videos can no longer be played: {error}");
            }
        });
        Ok(VideoStream {
            base: format!("http://127.0.0.1:{port}/{secret}"),
        })
    }

    /// `http://127.0.0.1:<port>/<secret>`; a video is at `<base>/<hash>`.
    pub fn base(&self) -> &str {
        &self.base
    }
}

fn refuse(status: StatusCode, text: &'static str) -> Response {
    (
        status,
        [(header::CACHE_CONTROL, HeaderValue::from_static("no-store"))],
        text,
    )
        .into_response()
}

async fn serve(
    State(served): State<Served>,
    Path((secret, hash)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    if blake3::hash(secret.as_bytes()) != served.secret {
        return refuse(StatusCode::NOT_FOUND, "no such item");
    }
    let Some(hash) = parse_hash(&hash) else {
        return refuse(StatusCode::NOT_FOUND, "no such item");
    };
    let asked = headers.get(header::RANGE).and_then(|v| v.to_str().ok());
    let opened = match served.app.open_original(hash, asked, u64::MAX).await {
        Ok(opened) => opened,
        Err(OpenOriginalError::NotFound) => return refuse(StatusCode::NOT_FOUND, "no such item"),
        Err(OpenOriginalError::Gone) => return refuse(StatusCode::NOT_FOUND, "the file is gone"),
        Err(OpenOriginalError::OutsideTheFile { size }) => {
            let mut response = refuse(StatusCode::RANGE_NOT_SATISFIABLE, "outside the file");
            if let Ok(value) = HeaderValue::from_str(&format!("bytes */{size}")) {
                response.headers_mut().insert(header::CONTENT_RANGE, value);
            }
            return response;
        }
        Err(OpenOriginalError::Unreachable(error)) => {
            tracing::warn!("cannot play {hash}: {error}");
            return refuse(StatusCode::BAD_GATEWAY, "the original cannot be reached");
        }
    };
    let length = opened.end - opened.start + 1;
    let partial = opened.partial;
    let content_range = opened.content_range();
    let content_type = opened.content_type.clone();
    let body = Body::from_stream(opened.body);
    let mut response = Response::new(body);
    *response.status_mut() = if partial {
        StatusCode::PARTIAL_CONTENT
    } else {
        StatusCode::OK
    };
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&content_type) {
        headers.insert(header::CONTENT_TYPE, value);
    }
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(length));
    headers.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    // Content named by its hash never changes.
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, max-age=31536000, immutable"),
    );
    if partial && let Ok(value) = HeaderValue::from_str(&content_range) {
        headers.insert(header::CONTENT_RANGE, value);
    }
    response
}
