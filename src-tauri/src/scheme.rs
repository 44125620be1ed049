//! The URI schemes that feed the page pictures, never as base64 over IPC:
//!
//! - `thumb://localhost/<hash>/<256|1440>`: a thumbnail from the local cache, made from the file
//!   on this computer or fetched from the server for items only in the cloud;
//! - `media://localhost/<hash>`: the original, in ranges (a video plays and seeks; a photo is
//!   zoomed to its full resolution), from this computer or from the cloud.
//!
//! A request names content by its hash only: never a path. Anything else is a 404.

use std::io::{Read, Seek, SeekFrom};

use skyfolio_core::{App, ContentHash, Original, ThumbSize};
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

/// `start..=end` of a file of `size` bytes asked for by a `Range` header value, and whether
/// the answer is partial; the whole file without one. `None` when the range is outside it.
pub(crate) fn requested_range(value: Option<&str>, size: u64) -> Option<(u64, u64, bool)> {
    if size == 0 {
        return None;
    }
    let asked = value
        .and_then(|v| v.trim().strip_prefix("bytes="))
        .and_then(|v| v.split_once('-'));
    let (start, end, partial) = match asked {
        Some((first, last)) => {
            let start: u64 = if first.is_empty() {
                size.saturating_sub(last.parse().ok()?)
            } else {
                first.parse().ok()?
            };
            let end = if first.is_empty() || last.is_empty() {
                size - 1
            } else {
                last.parse::<u64>().ok()?.min(size - 1)
            };
            (start, end, true)
        }
        None => (0, size - 1, false),
    };
    if start > end || start >= size {
        return None;
    }
    Some((start, end, partial))
}

/// [`requested_range`] of a request, at most [`MAX_RANGE`] long: an answer of the scheme is
/// held whole in memory.
fn range_of(request: &Request<Vec<u8>>, size: u64) -> Option<(u64, u64, bool)> {
    let value = request
        .headers()
        .get(header::RANGE)
        .and_then(|v| v.to_str().ok());
    let (start, end, partial) = requested_range(value, size)?;
    let end = end.min(start + MAX_RANGE - 1);
    Some((start, end, partial || end < size - 1))
}

/// `media://localhost/<hash>`.
pub async fn media(app: &App, request: &Request<Vec<u8>>) -> Response<Vec<u8>> {
    if request.method() != Method::GET && request.method() != Method::HEAD {
        return plain(StatusCode::METHOD_NOT_ALLOWED, "only GET is served here");
    }
    let Some(hash) = parse_hash(&path_of(request)) else {
        return plain(StatusCode::NOT_FOUND, "no such item");
    };
    let original = match app.original(hash).await {
        Ok(Some(original)) => original,
        Ok(None) => return plain(StatusCode::NOT_FOUND, "no such item"),
        Err(error) => {
            let body = serde_json::to_vec(&crate::CommandError::from(error)).unwrap_or_default();
            return build(StatusCode::BAD_GATEWAY, "application/json", body, false);
        }
    };
    let (size, mime) = match &original {
        Original::Local { path, mime } => match tokio::fs::metadata(path).await {
            Ok(metadata) => (metadata.len(), mime.clone()),
            Err(_) => return plain(StatusCode::NOT_FOUND, "the file is gone"),
        },
        Original::Cloud { size, .. } => (*size, String::new()),
    };
    let Some((start, end, partial)) = range_of(request, size) else {
        let mut response = plain(StatusCode::RANGE_NOT_SATISFIABLE, "outside the file");
        if let Ok(value) = format!("bytes */{size}").parse() {
            response.headers_mut().insert(header::CONTENT_RANGE, value);
        }
        return response;
    };
    let bytes = match &original {
        Original::Local { path, .. } => {
            let path = path.clone();
            tokio::task::spawn_blocking(move || -> std::io::Result<Vec<u8>> {
                let mut file = std::fs::File::open(&path)?;
                file.seek(SeekFrom::Start(start))?;
                let mut bytes = Vec::with_capacity(usize::try_from(end - start + 1).unwrap_or(0));
                file.take(end - start + 1).read_to_end(&mut bytes)?;
                Ok(bytes)
            })
            .await
            .map_err(std::io::Error::other)
            .and_then(|r| r)
            .map_err(|e| e.to_string())
        }
        Original::Cloud { id, .. } => match app.client().await {
            Ok(client) => client
                .original_range(id, start, end)
                .await
                .map(|b| b.to_vec())
                .map_err(|e| e.to_string()),
            Err(error) => Err(error.to_string()),
        },
    };
    let bytes = match bytes {
        Ok(bytes) => bytes,
        Err(message) => return plain(StatusCode::BAD_GATEWAY, &message),
    };
    let content_type = if mime.is_empty() {
        "application/octet-stream"
    } else {
        mime.as_str()
    };
    let status = if partial {
        StatusCode::PARTIAL_CONTENT
    } else {
        StatusCode::OK
    };
    let mut response = build(status, content_type, bytes, true);
    let headers = response.headers_mut();
    headers.insert(
        header::ACCEPT_RANGES,
        header::HeaderValue::from_static("bytes"),
    );
    if partial && let Ok(value) = format!("bytes {start}-{end}/{size}").parse() {
        headers.insert(header::CONTENT_RANGE, value);
    }
    response
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

    fn request(range: Option<&str>) -> Request<Vec<u8>> {
        let mut builder = Request::get("media://localhost/x");
        if let Some(range) = range {
            builder = builder.header(header::RANGE, range);
        }
        builder.body(Vec::new()).expect("a request")
    }

    #[test]
    fn ranges_are_served_in_pieces_players_can_ask_for() {
        assert_eq!(range_of(&request(None), 100), Some((0, 99, false)));
        assert_eq!(
            range_of(&request(Some("bytes=10-19")), 100),
            Some((10, 19, true))
        );
        assert_eq!(
            range_of(&request(Some("bytes=90-")), 100),
            Some((90, 99, true))
        );
        assert_eq!(
            range_of(&request(Some("bytes=-10")), 100),
            Some((90, 99, true))
        );
        assert_eq!(range_of(&request(Some("bytes=100-")), 100), None);
        assert_eq!(range_of(&request(None), 0), None);
        let big = 100 << 20;
        assert_eq!(
            range_of(&request(None), big),
            Some((0, MAX_RANGE - 1, true)),
            "a large file comes in pieces"
        );
    }

    #[test]
    fn only_whole_lowercase_hashes_name_content() {
        let hash = "ab".repeat(32);
        assert!(parse_hash(&hash).is_some());
        assert!(parse_hash(&hash.to_uppercase()).is_none());
        assert!(parse_hash("../../etc/passwd").is_none());
        assert!(parse_hash("").is_none());
    }
}
