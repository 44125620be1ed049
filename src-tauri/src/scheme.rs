//! The URI schemes that feed the page pictures, never as base64 over IPC:
//!
//! - `thumb://localhost/<hash>/<256|1440>`: a thumbnail from the local cache, made from the file
//!   on this computer or fetched from the server for items only in the cloud;
//! - `media://localhost/<hash>`: the original, in ranges (a video plays and seeks; a photo is
//!   zoomed to its full resolution), from this computer or from the cloud.
//!
//! A request names content by its hash only: never a path. Anything else is a 404.

use futures_util::StreamExt;
use skyfolio_core::{App, ByteStream, ContentHash, OpenOriginalError, ThumbSize};
use tauri::http::{Method, Request, Response, StatusCode, header};

pub const THUMB: &str = "thumb";
pub const MEDIA: &str = "media";

/// The most one answer of `media` carries; a player asks again for the rest.
const MAX_RANGE: u64 = 8 << 20;

pub(crate) fn parse_hash(text: &str) -> Option<ContentHash> {
    let hash = text.parse::<ContentHash>().ok()?;
    (hash.to_hex() == text).then_some(hash)
}

/// The request's path without its leading `/`, with the `/` that the page's `convertFileSrc`
/// encodes (`%2F`) decoded; nothing else is ever encoded in a hash or a size.
fn path_of(request: &Request<Vec<u8>>) -> String {
    request
        .uri()
        .path()
        .trim_start_matches('/')
        .replace("%2F", "/")
        .replace("%2f", "/")
}

/// `thumb://localhost/<hash>/<size>`.
pub async fn thumb(app: &App, request: &Request<Vec<u8>>) -> Response<Vec<u8>> {
    if request.method() != Method::GET && request.method() != Method::HEAD {
        return plain(StatusCode::METHOD_NOT_ALLOWED, "only GET is served here");
    }
    let path = path_of(request);
    let mut parts = path.split('/');
    let hash = parts.next().and_then(parse_hash);
    let size = parts
        .next()
        .and_then(|s| s.parse::<u32>().ok())
        .and_then(ThumbSize::from_pixels);
    let (Some(hash), Some(size)) = (hash, size) else {
        return plain(StatusCode::NOT_FOUND, "no such thumbnail");
    };
    match app.thumbnail(hash, size).await {
        Ok(Some(path)) => match tokio::fs::read(&path).await {
            Ok(bytes) => build(StatusCode::OK, "image/jpeg", bytes, true),
            Err(_) => plain(StatusCode::NOT_FOUND, "no such thumbnail"),
        },
        Ok(None) => plain(StatusCode::NOT_FOUND, "this item has no preview"),
        Err(error) => {
            let body = serde_json::to_vec(&crate::CommandError::from(error)).unwrap_or_default();
            build(StatusCode::BAD_GATEWAY, "application/json", body, false)
        }
    }
}

/// `media://localhost/<hash>`: at most [`MAX_RANGE`] bytes per answer, which is held whole.
pub async fn media(app: &App, request: &Request<Vec<u8>>) -> Response<Vec<u8>> {
    if request.method() != Method::GET && request.method() != Method::HEAD {
        return plain(StatusCode::METHOD_NOT_ALLOWED, "only GET is served here");
    }
    let Some(hash) = parse_hash(&path_of(request)) else {
        return plain(StatusCode::NOT_FOUND, "no such item");
    };
    let range = request
        .headers()
        .get(header::RANGE)
        .and_then(|v| v.to_str().ok());
    let opened = match app.open_original(hash, range, MAX_RANGE).await {
        Ok(opened) => opened,
        Err(error) => return refused(error),
    };
    let content_range = opened.content_range();
    let bytes = match read_all(opened.body).await {
        Ok(bytes) => bytes,
        Err(error) => return plain(StatusCode::BAD_GATEWAY, &error.to_string()),
    };
    let status = if opened.partial {
        StatusCode::PARTIAL_CONTENT
    } else {
        StatusCode::OK
    };
    let mut response = build(status, &opened.content_type, bytes, true);
    let headers = response.headers_mut();
    headers.insert(
        header::ACCEPT_RANGES,
        header::HeaderValue::from_static("bytes"),
    );
    if opened.partial
        && let Ok(value) = header::HeaderValue::from_str(&content_range)
    {
        headers.insert(header::CONTENT_RANGE, value);
    }
    response
}

async fn read_all(mut body: ByteStream) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    while let Some(chunk) = body.next().await {
        bytes.extend_from_slice(&chunk?);
    }
    Ok(bytes)
}

/// The answer when an original cannot be given: 404, 416 with the size, or 502 with the
/// error's code for the page.
fn refused(error: OpenOriginalError) -> Response<Vec<u8>> {
    match error {
        OpenOriginalError::NotFound | OpenOriginalError::Gone => {
            plain(StatusCode::NOT_FOUND, &error.to_string())
        }
        OpenOriginalError::OutsideTheFile { size } => {
            let mut response = plain(StatusCode::RANGE_NOT_SATISFIABLE, "outside the file");
            if let Ok(value) = format!("bytes */{size}").parse() {
                response.headers_mut().insert(header::CONTENT_RANGE, value);
            }
            response
        }
        OpenOriginalError::Unreachable(error) => {
            let body = serde_json::to_vec(&crate::CommandError::from(error)).unwrap_or_default();
            build(StatusCode::BAD_GATEWAY, "application/json", body, false)
        }
    }
}

fn plain(status: StatusCode, text: &str) -> Response<Vec<u8>> {
    build(
        status,
        "text/plain; charset=utf-8",
        text.as_bytes().to_vec(),
        false,
    )
}

fn build(status: StatusCode, content_type: &str, body: Vec<u8>, cache: bool) -> Response<Vec<u8>> {
    let response = Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, content_type)
        // Content named by its hash never changes.
        .header(
            header::CACHE_CONTROL,
            if cache {
                "private, max-age=31536000, immutable"
            } else {
                "no-store"
            },
        )
        // The page reads error bodies with fetch(); it lives on another scheme.
        .header(header::ACCESS_CONTROL_ALLOW_ORIGIN, "*")
        .body(body);
    response.unwrap_or_else(|_| {
        let mut fallback = Response::new(Vec::new());
        *fallback.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
        fallback
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_whole_lowercase_hashes_name_content() {
        let hash = "ab".repeat(32);
        assert!(parse_hash(&hash).is_some());
        assert!(parse_hash(&hash.to_uppercase()).is_none());
        assert!(parse_hash("../../etc/passwd").is_none());
        assert!(parse_hash("").is_none());
    }
}
