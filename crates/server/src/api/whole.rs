//! A small file sent whole in one request: announced in the query as for a resumable upload,
//! its bytes the body. No upload row is written; the bytes are staged, checked against the
//! declared hash and committed in one step. A photo then costs one request and one
//! transaction instead of three of each, which is what a library of small files waits on.

use axum::body::Body;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt;
use skyfolio_protocol::{
    CreateUpload, ErrorBody, ErrorCode, MediaItem, UploadId, WHOLE_UPLOAD_LIMIT,
};

use super::ApiQuery;
use super::receive::{Reception, receive};
use super::uploads::{
    Room, UploadProgress, check_announcement, check_room, closing_when_refused, commit,
    held_already,
};
use crate::auth::Session;
use crate::error::ApiError;
use crate::server::{AppState, State as ServerState};
use crate::storage::Received;
use crate::store::UploadRow;

/// Sends a file of at most 8 MiB whole: the query announces it (the fields of
/// `CreateUpload`), the body is its bytes. The answer is the new item (201), or the item made
/// from content the account held already (200). A body that breaks off, is longer or shorter
/// than announced, or does not match the hash leaves nothing behind.
#[utoipa::path(post, path = "/api/v1/media", tag = "uploads",
    security(("device_token" = [])),
    params(
        ("path" = String, Query, description = "where the item goes"),
        ("size" = u64, Query, description = "the file's size in bytes"),
        ("hash" = String, Query, description = "BLAKE3 of the file, 64 lowercase hex digits"),
        ("modified_at" = Option<i64>, Query, description = "the file's modification time, ms"),
        ("replaces" = Option<String>, Query, description = "the live item at `path` this is a new version of"),
        ("taken_at_fallback" = Option<String>, Query, description = "RFC 3339 capture time, used when the file states none")),
    request_body(content = Vec<u8>, content_type = "application/octet-stream"),
    responses(
        (status = 201, description = "the new item", body = MediaItem),
        (status = 200, description = "content already held: the item exists", body = MediaItem),
        (status = "4XX", body = ErrorBody)))]
pub async fn upload_whole(
    State(state): State<AppState>,
    session: Session,
    ApiQuery(request): ApiQuery<CreateUpload>,
    body: Body,
) -> Response {
    closing_when_refused(whole(&state, &session, request, body).await)
}

async fn whole(
    state: &ServerState,
    session: &Session,
    request: CreateUpload,
    body: Body,
) -> Result<Response, ApiError> {
    let path = check_announcement(&request)?;
    if request.size > WHOLE_UPLOAD_LIMIT {
        return Err(ApiError::bad_request(format!(
            "a file over {} is sent as a resumable upload (POST /api/v1/uploads)",
            crate::config::format_size(WHOLE_UPLOAD_LIMIT)
        )));
    }
    if let Some(item) = held_already(state, session, &request, &path).await? {
        // The bytes are not needed, but read to their end all the same, so that the
        // connection carries the client's next request.
        let mut body = body.into_data_stream();
        let mut left = WHOLE_UPLOAD_LIMIT;
        while left > 0
            && let Some(Ok(bytes)) = body.next().await
        {
            left = left.saturating_sub(bytes.len() as u64);
        }
        return Ok((StatusCode::OK, axum::Json(item)).into_response());
    }
    check_room(state, session, &request, &path).await?;
    let id = UploadId::new(crate::store::new_id());
    let upload = UploadRow {
        storage_key: format!("staging/{id}"),
        id,
        user_id: session.user.id.clone(),
        device_id: session.device.id.clone(),
        path: path.as_str().to_owned(),
        hash: request.hash,
        size: request.size,
        offset: 0,
        modified_at: request.modified_at,
        replaces: request.replaces,
        expires_at: 0,
        taken_at_fallback: request.taken_at_fallback,
    };
    // Staged under a name no row knows: should the process stop before the commit, the next
    // start removes it.
    state.storage.create(&upload.storage_key).await?;
    let mut progress = UploadProgress::new();
    let received = receive(state, &upload, 0, upload.size, None, body, &mut progress).await;
    let item = match received.and_then(|reception| complete(state, &upload, reception)) {
        Ok(()) => {
            state.metrics.received.inc_by(upload.size);
            let copy = progress
                .received
                .take()
                .filter(|copy| copy.len() == upload.size)
                .map(Received::into_copy);
            let room = Room::Unreserved {
                quota: session.user.quota,
            };
            commit(state, session, &upload, Some(progress.hasher), copy, room).await
        }
        Err(refusal) => Err(refusal),
    };
    match item {
        Ok(item) => Ok((StatusCode::CREATED, axum::Json(item)).into_response()),
        Err(error) => {
            // Whatever was staged goes; a commit that failed may have put the bytes back.
            if let Err(remove) = state.storage.remove(&upload.storage_key).await {
                tracing::warn!("cannot remove {}: {remove}", upload.storage_key);
            }
            Err(error)
        }
    }
}

/// Whether the body brought exactly the announced bytes, all written.
fn complete(state: &ServerState, upload: &UploadRow, reception: Reception) -> Result<(), ApiError> {
    if let Some(refused) = reception.refused {
        return Err(refused);
    }
    if reception.broken {
        return Err(ApiError::bad_request("the body broke off"));
    }
    if reception.written.is_none() {
        if reception.no_space {
            let needed = crate::space::room(state)
                .needed_for(upload.size)
                .unwrap_or_else(|| crate::space::needed_after_failure(state));
            return Err(ApiError::storage_full(Some(needed)));
        }
        return Err(ApiError::internal(&"the file could not be stored"));
    }
    if reception.received != upload.size {
        return Err(ApiError::new(
            ErrorCode::SizeMismatch,
            format!(
                "the body has {} bytes; {} were announced",
                reception.received, upload.size
            ),
        ));
    }
    Ok(())
}
