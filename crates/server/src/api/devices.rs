//! The devices linked to an account.

use axum::extract::State;
use axum::http::StatusCode;
use skyfolio_protocol::{DeviceId, DeviceList, ErrorBody};

use super::ApiPath;
use super::account::device_of;
use crate::auth::Session;
use crate::error::ApiError;
use crate::server::AppState;

/// Every device logged in to this account.
#[utoipa::path(get, path = "/api/v1/devices", tag = "devices",
    security(("device_token" = [])),
    responses((status = 200, body = DeviceList), (status = "4XX", body = ErrorBody)))]
pub async fn list_devices(
    State(state): State<AppState>,
    session: Session,
) -> Result<axum::Json<DeviceList>, ApiError> {
    let devices = state.store.list_devices(&session.user.id).await?;
    Ok(axum::Json(DeviceList {
        devices: devices
            .iter()
            .map(|d| device_of(d, &session.device.id))
            .collect(),
    }))
}

/// Unlinks a device: its token stops working at once.
#[utoipa::path(delete, path = "/api/v1/devices/{id}", tag = "devices",
    security(("device_token" = [])),
    params(("id" = String, Path, description = "device id")),
    responses((status = 204), (status = "4XX", body = ErrorBody)))]
pub async fn unlink_device(
    State(state): State<AppState>,
    session: Session,
    ApiPath(id): ApiPath<DeviceId>,
) -> Result<StatusCode, ApiError> {
    let now = state.clock.now_ms();
    if state
        .store
        .revoke_device(&session.user.id, &id, now)
        .await?
    {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::not_found())
    }
}
