//! The change feed devices follow.

use std::time::Duration;

use axum::extract::State;
use serde::Deserialize;
use skyfolio_protocol::{ChangePage, ErrorBody};
use utoipa::IntoParams;

use super::{ApiQuery, page_limit};
use crate::auth::Session;
use crate::error::ApiError;
use crate::server::AppState;

/// The longest long-poll, in seconds.
pub const MAX_WAIT: u64 = 60;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ChangesQuery {
    /// The `next_since` of the previous answer; 0 for everything.
    pub since: Option<i64>,
    /// Changes per page, 1 to 1000 (200 unless given).
    pub limit: Option<u32>,
    /// When nothing changed after `since`, wait up to this many seconds (at most 60) for a
    /// change before answering.
    pub wait: Option<u64>,
}

/// Every create, move, trash, restore and purge after `since`, oldest first, tombstones
/// included. With `wait`, answers as soon as a change is committed.
#[utoipa::path(get, path = "/api/v1/changes", tag = "changes",
    security(("device_token" = [])),
    params(ChangesQuery),
    responses((status = 200, body = ChangePage), (status = "4XX", body = ErrorBody)))]
pub async fn changes(
    State(state): State<AppState>,
    session: Session,
    ApiQuery(query): ApiQuery<ChangesQuery>,
) -> Result<axum::Json<ChangePage>, ApiError> {
    let since = query.since.unwrap_or(0);
    if since < 0 {
        return Err(ApiError::bad_request(
            "since is a sequence number, 0 or more",
        ));
    }
    let limit = page_limit(query.limit);
    let wait = Duration::from_secs(query.wait.unwrap_or(0).min(MAX_WAIT));
    let user_id = &session.user.id;
    // Subscribe before reading, so that a commit between the read and the wait still wakes us.
    let mut updates = state.notifier.subscribe(user_id);
    let deadline = tokio::time::Instant::now() + wait;
    let mut changes = state.store.changes(user_id, since, limit + 1).await?;
    while changes.is_empty() && tokio::time::Instant::now() < deadline {
        match tokio::time::timeout_at(deadline, updates.changed()).await {
            Ok(Ok(())) => changes = state.store.changes(user_id, since, limit + 1).await?,
            _ => break,
        }
    }
    let has_more = changes.len() > limit as usize;
    changes.truncate(limit as usize);
    let next_since = match changes.last() {
        Some(last) => last.seq,
        None => since,
    };
    state
        .store
        .mark_synced(&session.device.id, state.clock.now_ms())
        .await?;
    Ok(axum::Json(ChangePage {
        changes,
        next_since,
        has_more,
    }))
}
