//! The recycle bin: what was deleted stays here, counting toward the quota, until it is
//! restored, deleted for good, or purged after the retention time.

use axum::extract::State;
use axum::http::StatusCode;
use skyfolio_protocol::{ErrorBody, ErrorCode, MediaId, MediaItem, MediaPage};

use super::media::{PageQuery, parse_cursor};
use super::{ApiPath, ApiQuery, page_limit};
use crate::auth::Session;
use crate::error::ApiError;
use crate::server::{AppState, State as ServerState};
use crate::store::{Cursor, Outcome};

/// Items in the recycle bin, most recently deleted first.
#[utoipa::path(get, path = "/api/v1/trash", tag = "trash",
    security(("device_token" = [])),
    params(PageQuery),
    responses((status = 200, body = MediaPage), (status = "4XX", body = ErrorBody)))]
pub async fn list_trash(
    State(state): State<AppState>,
    session: Session,
    ApiQuery(query): ApiQuery<PageQuery>,
) -> Result<axum::Json<MediaPage>, ApiError> {
    let after = parse_cursor(query.cursor.as_deref())?;
    let limit = page_limit(query.limit);
    let items = state
        .store
        .list_trashed(&session.user.id, after.as_ref(), limit)
        .await?;
    let next = (items.len() == limit as usize)
        .then(|| items.last())
        .flatten()
        .map(|last| {
            Cursor {
                time: last.trashed_at.unwrap_or(0),
                id: last.id.clone(),
            }
            .encode()
        });
    Ok(axum::Json(MediaPage { items, next }))
}

/// Brings an item back to where it was.
#[utoipa::path(post, path = "/api/v1/trash/{id}/restore", tag = "trash",
    security(("device_token" = [])),
    params(("id" = String, Path, description = "item id")),
    responses((status = 200, body = MediaItem), (status = "4XX", body = ErrorBody)))]
pub async fn restore_from_trash(
    State(state): State<AppState>,
    session: Session,
    ApiPath(id): ApiPath<MediaId>,
) -> Result<axum::Json<MediaItem>, ApiError> {
    let now = state.clock.now_ms();
    match state.store.restore_item(&session.user.id, &id, now).await? {
        Outcome::Done(item) => {
            state.notifier.publish(&session.user.id, item.seq);
            Ok(axum::Json(item))
        }
        Outcome::NotFound => Err(ApiError::not_found()),
        Outcome::NameTaken(other) => Err(ApiError::name_taken(&other)),
        Outcome::PathTaken => Err(ApiError::new(
            ErrorCode::PathTaken,
            "another item has taken this one's path; move that one first",
        )),
    }
}

/// Deletes one item in the recycle bin for good.
#[utoipa::path(delete, path = "/api/v1/trash/{id}", tag = "trash",
    security(("device_token" = [])),
    params(("id" = String, Path, description = "item id")),
    responses((status = 204), (status = "4XX", body = ErrorBody)))]
pub async fn delete_forever(
    State(state): State<AppState>,
    session: Session,
    ApiPath(id): ApiPath<MediaId>,
) -> Result<StatusCode, ApiError> {
    if purge(&state, &session.user.id, &id).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::not_found())
    }
}

/// Empties the recycle bin.
#[utoipa::path(delete, path = "/api/v1/trash", tag = "trash",
    security(("device_token" = [])),
    responses((status = 204), (status = "4XX", body = ErrorBody)))]
pub async fn empty_trash(
    State(state): State<AppState>,
    session: Session,
) -> Result<StatusCode, ApiError> {
    for id in state.store.trashed_ids(&session.user.id).await? {
        purge(&state, &session.user.id, &id).await?;
    }
    Ok(StatusCode::NO_CONTENT)
}

/// Purges one trashed item: the row becomes a tombstone, and when nothing else holds the
/// content its bytes and thumbnails are removed. False when there was no such trashed item.
pub(crate) async fn purge(state: &ServerState, user_id: &str, id: &str) -> Result<bool, ApiError> {
    let now = state.clock.now_ms();
    let (item, removed): (MediaItem, Option<String>) =
        match state.store.purge_item(user_id, id, now).await? {
            Outcome::Done(done) => done,
            _ => return Ok(false),
        };
    if let Some(key) = removed {
        state.storage.remove(&key).await?;
        for derived in crate::thumbnails::derived_keys(&key) {
            state.storage.remove(&derived).await?;
        }
    }
    state.notifier.publish(user_id, item.seq);
    Ok(true)
}
