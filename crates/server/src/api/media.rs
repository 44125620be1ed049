//! The items of an account: the timeline, one item, moves, sending to the trash, originals
//! (with `Range` and a strong `ETag`) and the server's thumbnails.

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use skyfolio_media::ThumbSize;
use skyfolio_protocol::{
    ErrorBody, ErrorCode, MediaId, MediaItem, MediaPage, MediaState, MoveRequest, ThumbnailState,
};
use utoipa::IntoParams;

use super::uploads::parse_path;
use super::{ApiJson, ApiPath, ApiQuery, page_limit};
use crate::auth::Session;
use crate::error::ApiError;
use crate::server::AppState;
use crate::store::{Cursor, Outcome};

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    /// Items per page, 1 to 1000 (200 unless given).
    pub limit: Option<u32>,
    /// `next` from the previous page.
    pub cursor: Option<String>,
}

pub fn parse_cursor(cursor: Option<&str>) -> Result<Option<Cursor>, ApiError> {
    cursor
        .map(|text| {
            Cursor::decode(text)
                .ok_or_else(|| ApiError::bad_request("cursor is not one this server gave"))
        })
        .transpose()
}

/// The timeline: live items by capture date, newest first, a page at a time.
#[utoipa::path(get, path = "/api/v1/media", tag = "media",
    security(("device_token" = [])),
    params(PageQuery),
    responses((status = 200, body = MediaPage), (status = "4XX", body = ErrorBody)))]
pub async fn list_media(
    State(state): State<AppState>,
    session: Session,
    ApiQuery(query): ApiQuery<PageQuery>,
) -> Result<axum::Json<MediaPage>, ApiError> {
    let after = parse_cursor(query.cursor.as_deref())?;
    let limit = page_limit(query.limit);
    let items = state
        .store
        .list_active(&session.user.id, after.as_ref(), limit)
        .await?;
    let next = (items.len() == limit as usize)
        .then(|| items.last())
        .flatten()
        .map(|last| {
            Cursor {
                time: last.sort_time,
                id: last.id.clone(),
            }
            .encode()
        });
    Ok(axum::Json(MediaPage { items, next }))
}

/// One item, live or in the trash.
#[utoipa::path(get, path = "/api/v1/media/{id}", tag = "media",
    security(("device_token" = [])),
    params(("id" = String, Path, description = "item id")),
    responses((status = 200, body = MediaItem), (status = "4XX", body = ErrorBody)))]
pub async fn get_media(
    State(state): State<AppState>,
    session: Session,
    ApiPath(id): ApiPath<MediaId>,
) -> Result<axum::Json<MediaItem>, ApiError> {
    let item = state
        .store
        .item(&session.user.id, &id)
        .await?
        .filter(|item| item.state != MediaState::Purged)
        .ok_or_else(ApiError::not_found)?;
    Ok(axum::Json(item))
}

/// Moves (renames) a live item.
#[utoipa::path(patch, path = "/api/v1/media/{id}", tag = "media",
    security(("device_token" = [])),
    params(("id" = String, Path, description = "item id")),
    request_body = MoveRequest,
    responses((status = 200, body = MediaItem), (status = "4XX", body = ErrorBody)))]
pub async fn move_media(
    State(state): State<AppState>,
    session: Session,
    ApiPath(id): ApiPath<MediaId>,
    ApiJson(request): ApiJson<MoveRequest>,
) -> Result<axum::Json<MediaItem>, ApiError> {
    let path = parse_path(&request.path)?;
    let now = state.clock.now_ms();
    match state
        .store
        .move_item(&session.user.id, &id, path.as_str(), now)
        .await?
    {
        Outcome::Done(item) => {
            state.notifier.publish(&session.user.id, item.seq);
            Ok(axum::Json(item))
        }
        Outcome::NotFound => Err(ApiError::not_found()),
        Outcome::NameTaken(other) => Err(ApiError::name_taken(&other)),
        Outcome::PathTaken => Err(ApiError::new(
            ErrorCode::PathTaken,
            "another item has this path; choose another name",
        )),
    }
}

/// Sends a live item to the recycle bin.
#[utoipa::path(delete, path = "/api/v1/media/{id}", tag = "media",
    security(("device_token" = [])),
    params(("id" = String, Path, description = "item id")),
    responses((status = 200, body = MediaItem), (status = "4XX", body = ErrorBody)))]
pub async fn trash_media(
    State(state): State<AppState>,
    session: Session,
    ApiPath(id): ApiPath<MediaId>,
) -> Result<axum::Json<MediaItem>, ApiError> {
    let now = state.clock.now_ms();
    match state.store.trash_item(&session.user.id, &id, now).await? {
        Outcome::Done(item) => {
            state.notifier.publish(&session.user.id, item.seq);
            Ok(axum::Json(item))
        }
        _ => Err(ApiError::not_found()),
    }
}

/// A byte range asked for: `start..end`, end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RangeAsk {
    Whole,
    Part(u64, u64),
    Unsatisfiable,
}

/// Reads a `Range` header for a file of `size` bytes. Only single `bytes=` ranges are served;
/// anything else gets the whole file, as RFC 9110 allows.
pub fn parse_range(value: Option<&str>, size: u64) -> RangeAsk {
    let Some(spec) = value.and_then(|v| v.trim().strip_prefix("bytes=")) else {
        return RangeAsk::Whole;
    };
    if spec.contains(',') {
        return RangeAsk::Whole;
    }
    let Some((first, last)) = spec.trim().split_once('-') else {
        return RangeAsk::Whole;
    };
    let (first, last) = (first.trim(), last.trim());
    match (first.parse::<u64>(), last.parse::<u64>()) {
        (Ok(start), _) if start >= size => RangeAsk::Unsatisfiable,
        (Ok(start), Ok(end)) if end >= start => {
            RangeAsk::Part(start, end.saturating_add(1).min(size))
        }
        (Ok(_), Ok(_)) => RangeAsk::Whole,
        (Ok(start), Err(_)) if last.is_empty() => RangeAsk::Part(start, size),
        (Err(_), Ok(suffix)) if first.is_empty() => {
            if suffix == 0 {
                RangeAsk::Unsatisfiable
            } else {
                RangeAsk::Part(size.saturating_sub(suffix), size)
            }
        }
        _ => RangeAsk::Whole,
    }
}

fn etag(hash: &str) -> String {
    format!("\"{hash}\"")
}

fn etag_matches(list: &str, tag: &str) -> bool {
    list.split(',')
        .map(|t| t.trim().trim_start_matches("W/"))
        .any(|t| t == "*" || t == tag)
}

/// The original file. `ETag` is the content hash (strong); `If-None-Match`, `Range` and
/// `If-Range` work as RFC 9110 says, so a broken download resumes where it stopped.
#[utoipa::path(get, path = "/api/v1/media/{id}/original", tag = "media",
    security(("device_token" = [])),
    params(("id" = String, Path, description = "item id"),
        ("Range" = Option<String>, Header, description = "`bytes=start-end`"),
        ("If-Range" = Option<String>, Header, description = "the ETag the range is for"),
        ("If-None-Match" = Option<String>, Header, description = "ETags the client holds")),
    responses(
        (status = 200, content_type = "application/octet-stream", body = Vec<u8>),
        (status = 206, content_type = "application/octet-stream", body = Vec<u8>),
        (status = 304),
        (status = "4XX", body = ErrorBody)))]
pub async fn download_original(
    State(state): State<AppState>,
    session: Session,
    ApiPath(id): ApiPath<MediaId>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let item = state
        .store
        .item(&session.user.id, &id)
        .await?
        .filter(|item| item.state != MediaState::Purged)
        .ok_or_else(ApiError::not_found)?;
    let blob = state
        .store
        .blob(&session.user.id, &item.hash)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let tag = etag(&item.hash);
    let header_text = |name| {
        headers
            .get(name)
            .and_then(|v: &HeaderValue| v.to_str().ok())
    };
    let mut response_headers = HeaderMap::new();
    if let Ok(value) = HeaderValue::from_str(&tag) {
        response_headers.insert(header::ETAG, value);
    }
    response_headers.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    response_headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, max-age=31536000, immutable"),
    );
    if header_text(header::IF_NONE_MATCH).is_some_and(|list| etag_matches(list, &tag)) {
        return Ok((StatusCode::NOT_MODIFIED, response_headers).into_response());
    }
    let size = blob.size;
    let range_applies = header_text(header::IF_RANGE).is_none_or(|v| v.trim() == tag);
    let ask = if range_applies {
        parse_range(header_text(header::RANGE), size)
    } else {
        RangeAsk::Whole
    };
    let (status, start, end) = match ask {
        RangeAsk::Whole => (StatusCode::OK, 0, size),
        RangeAsk::Part(start, end) => (StatusCode::PARTIAL_CONTENT, start, end),
        RangeAsk::Unsatisfiable => {
            let mut response = ApiError::new(
                ErrorCode::RangeNotSatisfiable,
                format!("the file has {size} bytes"),
            )
            .into_response();
            if let Ok(value) = HeaderValue::from_str(&format!("bytes */{size}")) {
                response.headers_mut().insert(header::CONTENT_RANGE, value);
            }
            return Ok(response);
        }
    };
    let stream = state.storage.read(&blob.storage_key, start..end).await?;
    if status == StatusCode::PARTIAL_CONTENT
        && let Ok(value) = HeaderValue::from_str(&format!("bytes {start}-{}/{size}", end - 1))
    {
        response_headers.insert(header::CONTENT_RANGE, value);
    }
    response_headers.insert(header::CONTENT_LENGTH, HeaderValue::from(end - start));
    let mime = blob.mime.as_deref().unwrap_or("application/octet-stream");
    if let Ok(value) = HeaderValue::from_str(mime) {
        response_headers.insert(header::CONTENT_TYPE, value);
    }
    Ok((status, response_headers, Body::from_stream(stream)).into_response())
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ThumbnailQuery {
    /// Longest side: 256 (grid, the default) or 1440 (viewer).
    pub size: Option<u32>,
}

/// A thumbnail the server made (JPEG, upright, never larger than the original); made at once
/// when it is asked for before the background reached it.
#[utoipa::path(get, path = "/api/v1/media/{id}/thumbnail", tag = "media",
    security(("device_token" = [])),
    params(("id" = String, Path, description = "item id"), ThumbnailQuery),
    responses((status = 200, content_type = "image/jpeg", body = Vec<u8>),
        (status = "4XX", body = ErrorBody)))]
pub async fn thumbnail(
    State(state): State<AppState>,
    session: Session,
    ApiPath(id): ApiPath<MediaId>,
    ApiQuery(query): ApiQuery<ThumbnailQuery>,
) -> Result<Response, ApiError> {
    let size = ThumbSize::from_pixels(query.size.unwrap_or(256))
        .ok_or_else(|| ApiError::bad_request("size is 256 or 1440"))?;
    let item = state
        .store
        .item(&session.user.id, &id)
        .await?
        .filter(|item| item.state != MediaState::Purged)
        .ok_or_else(ApiError::not_found)?;
    if item.thumbnails == ThumbnailState::None {
        return Err(no_preview());
    }
    let blob = state
        .store
        .blob(&session.user.id, &item.hash)
        .await?
        .ok_or_else(ApiError::not_found)?;
    if item.thumbnails == ThumbnailState::Pending {
        // Someone is looking at it: made now rather than when the background reaches it.
        let made = state
            .thumbnails
            .make_now(
                &state.store,
                state.storage.as_ref(),
                &state.scratch(),
                &blob,
            )
            .await;
        match made {
            ThumbnailState::Ready => {}
            ThumbnailState::None => return Err(no_preview()),
            ThumbnailState::Pending => {
                return Err(ApiError::new(
                    ErrorCode::NotReady,
                    "the thumbnail is being made",
                ));
            }
        }
    }
    let key = crate::thumbnails::key(&blob.storage_key, size);
    let len = state.storage.len(&key).await?;
    let stream = state.storage.read(&key, 0..len).await?;
    let mut headers = HeaderMap::new();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("image/jpeg"));
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(len));
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, max-age=31536000, immutable"),
    );
    Ok((StatusCode::OK, headers, Body::from_stream(stream)).into_response())
}

fn no_preview() -> ApiError {
    ApiError::new(ErrorCode::NoPreview, "this item has no preview")
}

/// A photo as a full-size upright JPEG, for a browser that cannot draw its format (HEIC, TIFF,
/// raw): made when first asked for, one at a time, and kept beside the thumbnails. The
/// original is still what `/original` gives.
#[utoipa::path(get, path = "/api/v1/media/{id}/rendition", tag = "media",
    security(("device_token" = []), ("session_cookie" = [])),
    params(("id" = String, Path, description = "item id")),
    responses((status = 200, content_type = "image/jpeg", body = Vec<u8>),
        (status = "4XX", body = ErrorBody)))]
pub async fn rendition(
    State(state): State<AppState>,
    session: Session,
    ApiPath(id): ApiPath<MediaId>,
) -> Result<Response, ApiError> {
    let item = state
        .store
        .item(&session.user.id, &id)
        .await?
        .filter(|item| item.state != MediaState::Purged)
        .ok_or_else(ApiError::not_found)?;
    if item.kind != skyfolio_protocol::MediaKind::Photo {
        return Err(ApiError::new(
            ErrorCode::NoPreview,
            "only a photo has a full-size picture",
        ));
    }
    let blob = state
        .store
        .blob(&session.user.id, &item.hash)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let key = crate::thumbnails::rendition_key(&blob.storage_key);
    let jpeg = match state.storage.len(&key).await {
        Ok(len) if len > 0 => None,
        _ => Some(make_rendition(&state, &blob, &key).await?),
    };
    let mut headers = HeaderMap::new();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("image/jpeg"));
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, max-age=31536000, immutable"),
    );
    let body = match jpeg {
        Some(jpeg) => {
            headers.insert(header::CONTENT_LENGTH, HeaderValue::from(jpeg.len()));
            Body::from(jpeg)
        }
        None => {
            let len = state.storage.len(&key).await?;
            headers.insert(header::CONTENT_LENGTH, HeaderValue::from(len));
            Body::from_stream(state.storage.read(&key, 0..len).await?)
        }
    };
    Ok((StatusCode::OK, headers, body).into_response())
}

/// Decodes the stored photo and keeps its full-size JPEG under `key`.
async fn make_rendition(
    state: &AppState,
    blob: &crate::store::BlobRow,
    key: &str,
) -> Result<bytes::Bytes, ApiError> {
    let _turn = state
        .renditions
        .acquire()
        .await
        .map_err(|e| ApiError::internal(&e))?;
    // Another request may have made it while this one waited.
    if let Ok(len) = state.storage.len(key).await
        && len > 0
    {
        let mut stream = state.storage.read(key, 0..len).await?;
        let mut bytes = bytes::BytesMut::with_capacity(usize::try_from(len).unwrap_or(0));
        while let Some(chunk) = futures_util::StreamExt::next(&mut stream).await {
            bytes.extend_from_slice(&chunk?);
        }
        return Ok(bytes.freeze());
    }
    let copy =
        crate::storage::local_copy(state.storage.as_ref(), &blob.storage_key, &state.scratch())
            .await?;
    let jpeg = tokio::task::spawn_blocking(move || skyfolio_media::full_size_jpeg(copy.path()))
        .await
        .map_err(|e| ApiError::internal(&e))?
        .map_err(|e| {
            tracing::warn!("{}: no full-size picture: {}", blob.hash, e.message());
            ApiError::new(ErrorCode::NoPreview, "this photo cannot be drawn here")
        })?;
    let jpeg = bytes::Bytes::from(jpeg);
    state.storage.put(key, jpeg.clone()).await?;
    Ok(jpeg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_read_as_rfc_9110_says() {
        assert_eq!(parse_range(None, 100), RangeAsk::Whole);
        assert_eq!(parse_range(Some("bytes=0-9"), 100), RangeAsk::Part(0, 10));
        assert_eq!(parse_range(Some("bytes=90-"), 100), RangeAsk::Part(90, 100));
        assert_eq!(parse_range(Some("bytes=-10"), 100), RangeAsk::Part(90, 100));
        assert_eq!(
            parse_range(Some("bytes=-1000"), 100),
            RangeAsk::Part(0, 100)
        );
        assert_eq!(
            parse_range(Some("bytes=50-1000"), 100),
            RangeAsk::Part(50, 100)
        );
        assert_eq!(
            parse_range(Some("bytes=100-"), 100),
            RangeAsk::Unsatisfiable
        );
        assert_eq!(parse_range(Some("bytes=-0"), 100), RangeAsk::Unsatisfiable);
        assert_eq!(parse_range(Some("bytes=9-1"), 100), RangeAsk::Whole);
        assert_eq!(parse_range(Some("bytes=0-1,5-6"), 100), RangeAsk::Whole);
        assert_eq!(parse_range(Some("items=0-1"), 100), RangeAsk::Whole);
    }

    #[test]
    fn etags_match_lists_and_weak_forms() {
        assert!(etag_matches("\"ab\"", "\"ab\""));
        assert!(etag_matches("\"x\", W/\"ab\"", "\"ab\""));
        assert!(etag_matches("*", "\"ab\""));
        assert!(!etag_matches("\"x\"", "\"ab\""));
    }
}
