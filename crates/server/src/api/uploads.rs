//! Resumable uploads on the tus 1.0 model: creation (with the size and hash declared first),
//! `HEAD` for the offset, `PATCH` to append at the offset (with an optional per-chunk
//! checksum), `DELETE` to give up. The last byte commits: the whole file's hash is checked,
//! the bytes move into place and the item appears, in that order.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use skyfolio_protocol::{
    ChunkAccepted, CreateUpload, ErrorBody, ErrorCode, MediaItem, MediaPath, OFFSET_OCTET_STREAM,
    TUS_VERSION, ThumbnailState, UploadCreated, UploadId, UploadInProgress, UploadList,
    UploadStatus,
};

use super::describe::{describe, hash_stored};
use super::receive::{Checksum, Reception, receive};
use super::write_claim::WriteClaim;
use super::{ApiJson, ApiPath};
use crate::auth::Session;
use crate::error::ApiError;
use crate::server::{AppState, State as ServerState};
use crate::storage::{LocalCopy, Received};
use crate::store::{Inserted, NewBlob, Outcome, Store, UploadRow};

/// The running hash of an upload's bytes `0..hashed`, kept between chunks while the server
/// runs so that the last chunk need not read the whole file again; beside a remote store,
/// also those bytes themselves, so that the commit need not fetch them back.
pub struct UploadProgress {
    pub(super) hashed: u64,
    pub(super) hasher: blake3::Hasher,
    pub(super) received: Option<Received>,
}

impl UploadProgress {
    /// Nothing received yet.
    pub(super) fn new() -> UploadProgress {
        UploadProgress {
            hashed: 0,
            hasher: blake3::Hasher::new(),
            received: None,
        }
    }
}

/// How long `HEAD` waits for a write in progress to finish.
const SETTLE_WAIT: std::time::Duration = std::time::Duration::from_secs(2);

const TUS_RESUMABLE: &str = "tus-resumable";
const UPLOAD_OFFSET: &str = "upload-offset";
const UPLOAD_LENGTH: &str = "upload-length";
const UPLOAD_CHECKSUM: &str = "upload-checksum";

fn tus_headers(headers: &mut HeaderMap, offset: u64, size: u64) {
    headers.insert(TUS_RESUMABLE, HeaderValue::from_static(TUS_VERSION));
    headers.insert(UPLOAD_OFFSET, HeaderValue::from(offset));
    headers.insert(UPLOAD_LENGTH, HeaderValue::from(size));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
}

pub(crate) fn valid_hash(hash: &str) -> bool {
    hash.len() == 64 && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

pub(crate) fn parse_path(path: &str) -> Result<MediaPath, ApiError> {
    MediaPath::parse(path).map_err(|e| ApiError::new(ErrorCode::InvalidPath, e.to_string()))
}

fn status_of(upload: &UploadRow) -> UploadStatus {
    UploadStatus {
        id: upload.id.clone(),
        offset: upload.offset,
        size: upload.size,
        expires_at: upload.expires_at,
    }
}

fn expiry(state: &ServerState) -> i64 {
    let ttl = i64::try_from(state.config.upload_expiry.as_millis()).unwrap_or(i64::MAX);
    state.clock.now_ms().saturating_add(ttl)
}

/// Announces a file. When this account holds the content already the item is made at once
/// and no bytes are wanted; otherwise the answer is an upload to send them to. The quota is
/// checked here, before any byte is accepted.
#[utoipa::path(post, path = "/api/v1/uploads", tag = "uploads",
    security(("device_token" = [])),
    request_body = CreateUpload,
    responses(
        (status = 200, description = "content already held: the item exists", body = UploadCreated),
        (status = 201, description = "send the bytes to the upload", body = UploadCreated),
        (status = "4XX", body = ErrorBody)))]
pub async fn create_upload(
    State(state): State<AppState>,
    session: Session,
    ApiJson(request): ApiJson<CreateUpload>,
) -> Result<Response, ApiError> {
    let path = check_announcement(&request)?;
    if let Some(item) = held_already(&state, &session, &request, &path).await? {
        let body = UploadCreated {
            upload: None,
            item: Some(item),
        };
        return Ok((StatusCode::OK, axum::Json(body)).into_response());
    }
    check_room(&state, &session, &request, &path).await?;
    let user = &session.user;
    let id = UploadId::new(crate::store::new_id());
    let new = UploadRow {
        storage_key: format!("staging/{id}"),
        id,
        user_id: user.id.clone(),
        device_id: session.device.id.clone(),
        path: path.as_str().to_owned(),
        hash: request.hash,
        size: request.size,
        offset: 0,
        modified_at: request.modified_at,
        replaces: request.replaces,
        expires_at: expiry(&state),
        taken_at_fallback: request.taken_at_fallback,
    };
    state.storage.create(&new.storage_key).await?;
    let upload = match state
        .store
        .insert_upload(&new, user.quota, state.clock.now_ms())
        .await?
    {
        Inserted::New(upload) => upload,
        Inserted::Resumed(earlier) => {
            state.storage.remove(&new.storage_key).await?;
            earlier
        }
        Inserted::OverQuota => {
            state.storage.remove(&new.storage_key).await?;
            return Err(over_quota(&state, &session, new.size).await);
        }
    };
    let mut response = (
        StatusCode::CREATED,
        axum::Json(UploadCreated {
            upload: Some(status_of(&upload)),
            item: None,
        }),
    )
        .into_response();
    let headers = response.headers_mut();
    tus_headers(headers, upload.offset, upload.size);
    if let Ok(location) = HeaderValue::from_str(&format!("/api/v1/uploads/{}", upload.id)) {
        headers.insert(header::LOCATION, location);
    }
    Ok(response)
}

/// Checks what a client says of a file before it sends it: its path, hash, size and capture
/// time. Answers the path.
pub(super) fn check_announcement(request: &CreateUpload) -> Result<MediaPath, ApiError> {
    let path = parse_path(&request.path)?;
    if !valid_hash(&request.hash) {
        return Err(ApiError::bad_request(
            "hash must be the file's BLAKE3 as 64 lowercase hex digits",
        ));
    }
    if request.size == 0 || i64::try_from(request.size).is_err() {
        return Err(ApiError::bad_request("size must be more than zero bytes"));
    }
    if let Some(fallback) = &request.taken_at_fallback
        && super::describe::fallback_time(fallback).is_none()
    {
        return Err(ApiError::bad_request(
            "taken_at_fallback must be an RFC 3339 time with its offset",
        ));
    }
    Ok(path)
}

/// The item made at once when the account holds the announced content already; `None` when
/// its bytes are wanted.
pub(super) async fn held_already(
    state: &ServerState,
    session: &Session,
    request: &CreateUpload,
    path: &MediaPath,
) -> Result<Option<MediaItem>, ApiError> {
    let user = &session.user;
    let Some(blob) = state.store.blob(&user.id, &request.hash).await? else {
        return Ok(None);
    };
    if blob.size != request.size {
        return Ok(None);
    }
    let now = state.clock.now_ms();
    let mut tx = state.store.begin().await?;
    let outcome = Store::create_item(
        &mut tx,
        &user.id,
        path.as_str(),
        &request.hash,
        request.modified_at,
        request.replaces.as_deref(),
        now,
    )
    .await?;
    match outcome {
        Outcome::Done(item) => {
            Store::mark_synced_in(&mut tx, &session.device.id, now).await?;
            tx.commit().await?;
            state.notifier.publish(&user.id, item.seq);
            Ok(Some(item))
        }
        Outcome::PathTaken => Err(path_taken()),
        Outcome::NameTaken(other) => Err(ApiError::name_taken(&other)),
        // The content was deleted for good a moment ago: its bytes are wanted again.
        Outcome::NotFound => Ok(None),
    }
}

/// Refuses, before any byte arrives, a file whose path another item has or whose bytes the
/// server's disk cannot take with its reserve kept.
pub(super) async fn check_room(
    state: &ServerState,
    session: &Session,
    request: &CreateUpload,
    path: &MediaPath,
) -> Result<(), ApiError> {
    let user = &session.user;
    if let Some(existing) = state.store.item_at(&user.id, path.as_str()).await?
        && existing.hash != request.hash
        && request.replaces.as_deref() != Some(existing.id.as_str())
    {
        return Err(path_taken());
    }
    if let Some(other) = state
        .store
        .name_clash(&user.id, path.as_str(), request.replaces.as_deref())
        .await?
        && other != path.as_str()
    {
        return Err(ApiError::name_taken(&other));
    }
    if let Some(needed) = crate::space::room(state).needed_for(request.size) {
        return Err(ApiError::storage_full(Some(needed)));
    }
    Ok(())
}

/// The answer to a file of `size` bytes that does not fit in the account's quota.
async fn over_quota(state: &ServerState, session: &Session, size: u64) -> ApiError {
    let user = &session.user;
    let used = match state.store.usage(&user.id).await {
        Ok(usage) => crate::config::format_size(usage.stored() + usage.uploading),
        Err(error) => return error.into(),
    };
    ApiError::new(
        ErrorCode::QuotaExceeded,
        format!(
            "this file ({}) does not fit: {used} of {} used (trash and uploads in progress \
             included); empty the trash or ask for more space",
            crate::config::format_size(size),
            crate::config::format_size(user.quota),
        ),
    )
}

/// The account's uploads in progress, from every device: what they reserve of the quota
/// until they arrive, are cancelled or expire.
#[utoipa::path(get, path = "/api/v1/uploads", tag = "uploads",
    security(("device_token" = [])),
    responses((status = 200, body = UploadList), (status = "4XX", body = ErrorBody)))]
pub async fn list_uploads(
    State(state): State<AppState>,
    session: Session,
) -> Result<axum::Json<UploadList>, ApiError> {
    let user = &session.user.id;
    let devices = state.store.list_devices(user).await?;
    let uploads = state.store.uploads_of(user).await?;
    Ok(axum::Json(UploadList {
        uploads: uploads
            .into_iter()
            .map(|upload| UploadInProgress {
                device_name: devices
                    .iter()
                    .find(|d| d.id == upload.device_id)
                    .map(|d| d.name.clone()),
                id: upload.id,
                path: upload.path,
                size: upload.size,
                offset: upload.offset,
                device_id: upload.device_id,
                expires_at: upload.expires_at,
            })
            .collect(),
    }))
}

pub(super) fn path_taken() -> ApiError {
    ApiError::new(
        ErrorCode::PathTaken,
        "another item has this path; choose another name, or name the item this replaces",
    )
}

/// How far an upload has come (tus `HEAD`): `Upload-Offset` and `Upload-Length`.
#[utoipa::path(head, path = "/api/v1/uploads/{id}", tag = "uploads",
    security(("device_token" = [])),
    params(("id" = String, Path, description = "upload id")),
    responses((status = 200, headers(("Upload-Offset" = u64), ("Upload-Length" = u64))),
        (status = "4XX", body = ErrorBody)))]
pub async fn upload_offset(
    State(state): State<AppState>,
    session: Session,
    ApiPath(id): ApiPath<UploadId>,
) -> Result<Response, ApiError> {
    state
        .store
        .upload(&session.user.id, &id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    // A client asks right after its connection broke; the server may not have noticed yet.
    // Wait a little for a write in progress to end, so the answer is where the next chunk
    // must start.
    let writing = state
        .uploads
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(&id)
        .cloned();
    if let Some(progress) = writing {
        let _ = tokio::time::timeout(SETTLE_WAIT, progress.lock()).await;
    }
    let upload = state
        .store
        .upload(&session.user.id, &id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let mut response = StatusCode::OK.into_response();
    tus_headers(response.headers_mut(), upload.offset, upload.size);
    Ok(response)
}

/// Gives up an upload (tus termination): its bytes are dropped.
#[utoipa::path(delete, path = "/api/v1/uploads/{id}", tag = "uploads",
    security(("device_token" = [])),
    params(("id" = String, Path, description = "upload id")),
    responses((status = 204), (status = "4XX", body = ErrorBody)))]
pub async fn cancel_upload(
    State(state): State<AppState>,
    session: Session,
    ApiPath(id): ApiPath<UploadId>,
) -> Result<StatusCode, ApiError> {
    let upload = state
        .store
        .upload(&session.user.id, &id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let progress = progress_of(&state, &upload.id);
    let _writing = progress
        .try_lock_owned()
        .map_err(|_| ApiError::new(ErrorCode::UploadBusy, "this upload is receiving bytes"))?;
    // Held until the row goes with the upload.
    let _claim = WriteClaim::take(&state, &upload.id).await?;
    if state.store.delete_upload(&session.user.id, &id).await? {
        state.storage.remove(&upload.storage_key).await?;
    }
    forget_progress(&state, &upload.id);
    Ok(StatusCode::NO_CONTENT)
}

fn progress_of(state: &ServerState, id: &UploadId) -> Arc<tokio::sync::Mutex<UploadProgress>> {
    let mut uploads = state.uploads.lock().unwrap_or_else(|e| e.into_inner());
    uploads
        .entry(id.clone())
        .or_insert_with(|| Arc::new(tokio::sync::Mutex::new(UploadProgress::new())))
        .clone()
}

fn forget_progress(state: &ServerState, id: &UploadId) {
    state
        .uploads
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .remove(id);
}

/// Appends a chunk at `Upload-Offset` (tus `PATCH`, body `application/offset+octet-stream`).
/// A chunk at another offset gets 409; one whose bytes miss `Upload-Checksum` is dropped whole
/// and the offset stays; bytes past the declared size are refused. The chunk that brings the
/// last byte commits the upload and answers the new item.
#[utoipa::path(patch, path = "/api/v1/uploads/{id}", tag = "uploads",
    security(("device_token" = [])),
    params(("id" = String, Path, description = "upload id"),
        ("Upload-Offset" = u64, Header, description = "where this chunk starts"),
        ("Upload-Checksum" = Option<String>, Header, description = "`sha256 <base64>` or `blake3 <base64>` of this chunk")),
    request_body(content = Vec<u8>, content_type = "application/offset+octet-stream"),
    responses((status = 200, body = ChunkAccepted, headers(("Upload-Offset" = u64))),
        (status = "4XX", body = ErrorBody)))]
pub async fn append_upload(
    State(state): State<AppState>,
    session: Session,
    ApiPath(id): ApiPath<UploadId>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    closing_when_refused(append(state, session, id, headers, body).await)
}

/// The answer to a request with a body, closing its connection when it is a refusal: the body
/// may not have been read to its end, so the connection cannot carry another request, and the
/// client must know before it tries.
pub(super) fn closing_when_refused(answer: Result<Response, ApiError>) -> Response {
    let mut response = answer.unwrap_or_else(IntoResponse::into_response);
    if !response.status().is_success() {
        response
            .headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
    }
    response
}

async fn append(
    state: AppState,
    session: Session,
    id: UploadId,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or(v).trim().to_ascii_lowercase());
    if content_type.as_deref() != Some(OFFSET_OCTET_STREAM) {
        return Err(ApiError::new(
            ErrorCode::UnsupportedMediaType,
            format!("send chunks with Content-Type: {OFFSET_OCTET_STREAM}"),
        ));
    }
    let offset: u64 = headers
        .get(UPLOAD_OFFSET)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse().ok())
        .ok_or_else(|| ApiError::bad_request("Upload-Offset must be a byte count"))?;
    let checksum = headers
        .get(UPLOAD_CHECKSUM)
        .map(|v| {
            v.to_str()
                .map_err(|_| ApiError::bad_request("Upload-Checksum is not text"))
                .and_then(Checksum::parse)
        })
        .transpose()?;
    let user_id = &session.user.id;
    if state.store.upload(user_id, &id).await?.is_none() {
        return Err(ApiError::not_found());
    }
    let progress = progress_of(&state, &id);
    let mut progress = progress.try_lock_owned().map_err(|_| {
        ApiError::new(
            ErrorCode::UploadBusy,
            "another request is writing to this upload",
        )
    })?;
    let mut claim = WriteClaim::take(&state, &id).await?;
    let written = write_chunk(&state, &session, &id, offset, checksum, body, &mut progress).await;
    if matches!(&written, Ok(Written::Committed(_))) {
        claim.went_with_the_upload();
    }
    claim.release().await;
    written.map(Written::into_response)
}

/// How a chunk ended: with the answer to give, and whether it committed the upload (whose row,
/// with the request's claim in it, is then gone).
enum Written {
    Answered(Response),
    Committed(Response),
}

impl Written {
    fn into_response(self) -> Response {
        match self {
            Written::Answered(response) | Written::Committed(response) => response,
        }
    }
}

/// Writes one chunk at `offset` of the upload `id`, which this request holds, and commits the
/// upload when the chunk completes it.
async fn write_chunk(
    state: &AppState,
    session: &Session,
    id: &str,
    offset: u64,
    checksum: Option<Checksum>,
    body: Body,
    progress: &mut UploadProgress,
) -> Result<Written, ApiError> {
    let user_id = &session.user.id;
    // Read again under the lock: a request that held it may have moved or finished it.
    let upload = state
        .store
        .upload(user_id, id)
        .await?
        .ok_or_else(ApiError::not_found)?;
    if offset != upload.offset {
        let mut error = ApiError::new(
            ErrorCode::OffsetMismatch,
            format!("the upload is at byte {}, not {offset}", upload.offset),
        )
        .into_response();
        tus_headers(error.headers_mut(), upload.offset, upload.size);
        return Ok(Written::Answered(error));
    }
    let remaining = upload.size - upload.offset;
    let hashing = progress.hashed == offset;
    let hasher_before = progress.hasher.clone();
    let Reception {
        received,
        refused,
        broken,
        written,
        no_space,
        checksum,
    } = receive(state, &upload, offset, remaining, checksum, body, progress).await?;
    // A chunk that cannot be trusted whole is dropped whole: refused, failed to write, or
    // broken off before its checksum could be checked.
    let keep = refused.is_none() && written.is_some() && !(broken && checksum.is_some());
    let new_offset = if keep {
        state.metrics.received.inc_by(received);
        offset + received
    } else {
        state.storage.truncate(&upload.storage_key, offset).await?;
        progress.hasher = hasher_before;
        if let Some(copy) = progress.received.as_mut()
            && copy.cut(offset).is_err()
        {
            progress.received = None;
        }
        offset
    };
    if hashing && keep {
        progress.hashed = new_offset;
    } else if !hashing {
        // What the running hash covers no longer lines up; the commit reads the file instead.
        progress.hashed = u64::MAX;
        progress.received = None;
    }
    let completes = keep && new_offset == upload.size;
    if !completes {
        // The chunk that completes the upload goes straight to the commit, which removes the
        // upload; should the commit fail, the client asks for the offset and sends the rest
        // again from what was recorded.
        state
            .store
            .set_upload_offset(&upload.id, new_offset, expiry(state))
            .await?;
    }
    if let Some(error) = refused {
        let mut response = error.into_response();
        tus_headers(response.headers_mut(), new_offset, upload.size);
        return Ok(Written::Answered(response));
    }
    if written.is_none() {
        if no_space {
            let room = crate::space::room(state);
            let needed = room
                .needed_for(upload.size - new_offset)
                .unwrap_or_else(|| crate::space::needed_after_failure(state));
            let mut response = ApiError::storage_full(Some(needed)).into_response();
            tus_headers(response.headers_mut(), new_offset, upload.size);
            return Ok(Written::Answered(response));
        }
        return Err(ApiError::internal(&"the chunk could not be stored"));
    }
    if broken {
        return Err(ApiError::bad_request("the chunk broke off"));
    }
    let item = if new_offset == upload.size {
        let hasher = (progress.hashed == upload.size).then(|| progress.hasher.clone());
        let received = progress
            .received
            .take()
            .filter(|copy| hasher.is_some() && copy.len() == upload.size)
            .map(Received::into_copy);
        let item = commit(state, session, &upload, hasher, received, Room::Reserved).await;
        forget_progress(state, &upload.id);
        Some(item?)
    } else {
        None
    };
    let committed = item.is_some();
    let mut response = axum::Json(ChunkAccepted {
        offset: new_offset,
        item,
    })
    .into_response();
    tus_headers(response.headers_mut(), new_offset, upload.size);
    Ok(if committed {
        Written::Committed(response)
    } else {
        Written::Answered(response)
    })
}

/// Turns a complete upload into an item: check the whole file's hash, read what the file is,
/// move the bytes into place under a name of their own, then record blob and item in one
/// transaction. A crash between any two steps leaves no item (the next start sets aside what
/// was moved) or a complete one. The stored file is this commit's alone until its transaction
/// makes it the content's; when the content was held already, or the commit is refused, the
/// file goes again, and no other request's bytes can be touched by that.
/// `received` is a local copy of every byte, when this process received them all and the
/// running hash covers them.
pub(super) async fn commit(
    state: &ServerState,
    session: &Session,
    upload: &UploadRow,
    hasher: Option<blake3::Hasher>,
    received: Option<LocalCopy>,
    room: Room,
) -> Result<MediaItem, ApiError> {
    let actual = match hasher {
        Some(hasher) => hasher.finalize().to_hex().to_string(),
        None => hash_stored(state, &upload.storage_key).await?,
    };
    if actual != upload.hash {
        drop_upload(state, upload).await?;
        return Err(ApiError::new(
            ErrorCode::HashMismatch,
            "the file's bytes do not match the hash declared for it; nothing was kept",
        ));
    }
    state.crash_point("after-verify");
    let (blob, copy) = describe(state, upload, received).await?;
    if let Err(error) = state
        .storage
        .promote(&upload.storage_key, &blob.storage_key)
        .await
    {
        // A promote that reports failure may have moved the bytes all the same (its flush
        // failed): they go back to the upload, so that its next try finds them there.
        if state.storage.len(&blob.storage_key).await.is_ok()
            && let Err(back) = state
                .storage
                .promote(&blob.storage_key, &upload.storage_key)
                .await
        {
            tracing::warn!("cannot give upload {} its bytes back: {back}", upload.id);
        }
        return Err(error.into());
    }
    state.crash_point("after-promote");
    let (item, ours) = match record(state, session, upload, &blob, room).await {
        Ok(Recorded::Item { item, ours }) => (item, ours),
        Ok(refused @ (Recorded::Refused(_) | Recorded::OverQuota)) => {
            // Rolled back: nothing refers to the file this commit stored.
            state.storage.remove(&blob.storage_key).await?;
            if let Room::Reserved = room {
                state
                    .store
                    .delete_upload(&upload.user_id, &upload.id)
                    .await?;
            }
            return Err(match refused {
                Recorded::Refused(refusal) => refusal,
                _ => over_quota(state, session, upload.size).await,
            });
        }
        Err(error) => {
            // A commit whose answer was lost may have landed all the same: the file moves
            // back only when the database says it is not the content's (otherwise the next
            // start's check sets it aside). Back in the upload, the client's next try of its
            // last chunk finds what it sent before.
            if let Ok(held) = state.store.blob(&upload.user_id, &upload.hash).await
                && held.is_none_or(|held| held.storage_key != blob.storage_key)
                && let Err(back) = state
                    .storage
                    .promote(&blob.storage_key, &upload.storage_key)
                    .await
            {
                tracing::warn!("cannot give upload {} its bytes back: {back}", upload.id);
                state.storage.remove(&blob.storage_key).await?;
            }
            return Err(error);
        }
    };
    state.crash_point("after-commit");
    if !ours {
        // The account held this content already: its stored file is the one kept.
        state.storage.remove(&blob.storage_key).await?;
    }
    state.notifier.publish(&upload.user_id, item.seq);
    if ours
        && item.thumbnails == ThumbnailState::Pending
        && let Some(row) = state.store.blob(&upload.user_id, &upload.hash).await?
    {
        state.thumbnails.push_with(row, copy);
    }
    Ok(item)
}

/// What holds the room of the bytes being committed in the account's quota.
#[derive(Clone, Copy)]
pub(super) enum Room {
    /// The upload's row, which the commit removes.
    Reserved,
    /// Nothing (a file sent whole): the commit checks the account's `quota` itself.
    Unreserved { quota: u64 },
}

/// What the commit's transaction did.
enum Recorded {
    /// The item exists; `ours` when the file this commit stored is now the content's.
    Item { item: MediaItem, ours: bool },
    /// The item cannot have its path: the answer to give.
    Refused(ApiError),
    /// The bytes, which no upload reserved, do not fit in the account's quota.
    OverQuota,
}

/// Records the content and the item, and forgets the upload, in one transaction.
async fn record(
    state: &ServerState,
    session: &Session,
    upload: &UploadRow,
    blob: &NewBlob,
    room: Room,
) -> Result<Recorded, ApiError> {
    let now = state.clock.now_ms();
    let mut tx = state.store.begin().await?;
    if let Room::Unreserved { quota } = room {
        crate::store::lock_user(&mut tx, &upload.user_id).await?;
        if !Store::fits_in_quota(&mut tx, &upload.user_id, upload.size, quota).await? {
            return Ok(Recorded::OverQuota);
        }
    }
    let ours = Store::insert_blob(&mut tx, &upload.user_id, blob, now).await?;
    let outcome = Store::create_item(
        &mut tx,
        &upload.user_id,
        &upload.path,
        &upload.hash,
        upload.modified_at,
        upload.replaces.as_deref(),
        now,
    )
    .await?;
    let item = match outcome {
        Outcome::Done(item) => item,
        Outcome::PathTaken => return Ok(Recorded::Refused(path_taken())),
        Outcome::NameTaken(other) => return Ok(Recorded::Refused(ApiError::name_taken(&other))),
        Outcome::NotFound => return Err(ApiError::internal(&"the new content vanished")),
    };
    if let Room::Reserved = room {
        Store::delete_upload_in(&mut tx, &upload.id).await?;
    }
    Store::mark_synced_in(&mut tx, &session.device.id, now).await?;
    tx.commit().await?;
    Ok(Recorded::Item { item, ours })
}

async fn drop_upload(state: &ServerState, upload: &UploadRow) -> Result<(), ApiError> {
    state
        .store
        .delete_upload(&upload.user_id, &upload.id)
        .await?;
    state.storage.remove(&upload.storage_key).await?;
    Ok(())
}
