//! Accounts: register, log in and out per device, change the password, see the quota.

use axum::extract::State;
use axum::http::StatusCode;
use skyfolio_protocol::{
    Account, ChangePasswordRequest, Device, ErrorBody, ErrorCode, LoginRequest, LoginResponse,
    RegisterRequest, Usage,
};

use super::{ApiJson, ClientIp};
use crate::auth::{self, Session};
use crate::error::{ApiError, is_unique_violation};
use crate::server::AppState;
use crate::store::{DeviceRow, UserRow};

pub fn account_of(user: &UserRow) -> Account {
    Account {
        email: user.email.clone(),
        admin: user.admin,
        created_at: user.created_at,
    }
}

pub fn device_of(device: &DeviceRow, current: &str) -> Device {
    Device {
        id: device.id.clone(),
        name: device.name.clone(),
        platform: device.platform.clone(),
        created_at: device.created_at,
        last_seen_at: device.last_seen_at,
        last_sync_at: device.last_sync_at,
        current: device.id == current,
    }
}

fn check_password(password: &str) -> Result<(), ApiError> {
    if auth::PASSWORD_LENGTH.contains(&password.chars().count()) {
        Ok(())
    } else {
        Err(ApiError::new(
            ErrorCode::WeakPassword,
            format!(
                "a password has {} to {} characters",
                auth::PASSWORD_LENGTH.start(),
                auth::PASSWORD_LENGTH.end()
            ),
        ))
    }
}

/// Creates an account. The first account of a server is its administrator; after that,
/// registration may be switched off.
#[utoipa::path(post, path = "/api/v1/account/register", tag = "account",
    request_body = RegisterRequest,
    responses((status = 201, body = Account), (status = "4XX", body = ErrorBody)))]
pub async fn register(
    State(state): State<AppState>,
    ApiJson(request): ApiJson<RegisterRequest>,
) -> Result<(StatusCode, axum::Json<Account>), ApiError> {
    let email = auth::normalise_email(&request.email);
    if !auth::valid_email(&email) {
        return Err(ApiError::bad_request("this is not an email address"));
    }
    check_password(&request.password)?;
    if !state.config.registration && state.store.count_users().await? > 0 {
        return Err(ApiError::new(
            ErrorCode::RegistrationClosed,
            "this server takes no new accounts; ask its administrator",
        ));
    }
    let hash = auth::hash_password_async(request.password).await?;
    let now = state.clock.now_ms();
    match state
        .store
        .insert_user(&email, &hash, false, state.config.default_quota, now)
        .await
    {
        Ok(user) => Ok((StatusCode::CREATED, axum::Json(account_of(&user)))),
        Err(e) if is_unique_violation(&e) => Err(ApiError::new(
            ErrorCode::EmailTaken,
            "an account with this email exists; log in instead",
        )),
        Err(e) => Err(e.into()),
    }
}

/// Logs a device in: its token comes back once and is kept only hashed.
#[utoipa::path(post, path = "/api/v1/session", tag = "account",
    request_body = LoginRequest,
    responses((status = 200, body = LoginResponse), (status = "4XX", body = ErrorBody)))]
pub async fn log_in(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    ApiJson(request): ApiJson<LoginRequest>,
) -> Result<axum::Json<LoginResponse>, ApiError> {
    let email = auth::normalise_email(&request.email);
    let name = request.device_name.trim();
    let platform = request.platform.trim();
    if name.is_empty() || name.len() > 200 || platform.is_empty() || platform.len() > 50 {
        return Err(ApiError::bad_request(
            "name the device (up to 200 bytes) and its platform (up to 50)",
        ));
    }
    if request.password.len() > 4 * auth::PASSWORD_LENGTH.end() {
        return Err(ApiError::new(
            ErrorCode::InvalidCredentials,
            "wrong email or password",
        ));
    }
    let now = state.clock.now_ms();
    if let Err(seconds) = state.throttle.check(ip, &email, now) {
        let mut error = ApiError::new(
            ErrorCode::TooManyAttempts,
            format!("too many failed attempts; try again in {seconds} s"),
        );
        error.retry_after = Some(seconds);
        return Err(error);
    }
    let user = state.store.user_by_email(&email).await?;
    // An unknown email is checked against a dummy hash: the same work, the same answer.
    let hash = user
        .as_ref()
        .map_or_else(|| state.dummy_hash.clone(), |u| u.password_hash.clone());
    let matches = auth::verify_password_async(request.password, hash).await?;
    let user = match user {
        Some(user) if matches && !user.disabled => user,
        _ => {
            state.throttle.failed(ip, &email, now);
            return Err(ApiError::new(
                ErrorCode::InvalidCredentials,
                "wrong email or password",
            ));
        }
    };
    state.throttle.succeeded(ip, &email);
    let (token, token_hash) = auth::new_token();
    let device = state
        .store
        .insert_device(&user.id, name, platform, &token_hash, now)
        .await?;
    Ok(axum::Json(LoginResponse {
        token,
        device: device_of(&device, &device.id),
        account: account_of(&user),
    }))
}

/// Logs this device out: its token stops working.
#[utoipa::path(delete, path = "/api/v1/session", tag = "account",
    security(("device_token" = [])),
    responses((status = 204), (status = "4XX", body = ErrorBody)))]
pub async fn log_out(
    State(state): State<AppState>,
    session: Session,
) -> Result<StatusCode, ApiError> {
    let now = state.clock.now_ms();
    state
        .store
        .revoke_device(&session.user.id, &session.device.id, now)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The account this device is logged in to.
#[utoipa::path(get, path = "/api/v1/account", tag = "account",
    security(("device_token" = [])),
    responses((status = 200, body = Account), (status = "4XX", body = ErrorBody)))]
pub async fn account(session: Session) -> axum::Json<Account> {
    axum::Json(account_of(&session.user))
}

/// Changes the password, optionally unlinking every other device.
#[utoipa::path(post, path = "/api/v1/account/password", tag = "account",
    security(("device_token" = [])),
    request_body = ChangePasswordRequest,
    responses((status = 204), (status = "4XX", body = ErrorBody)))]
pub async fn change_password(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    session: Session,
    ApiJson(request): ApiJson<ChangePasswordRequest>,
) -> Result<StatusCode, ApiError> {
    check_password(&request.new_password)?;
    let now = state.clock.now_ms();
    let email = session.user.email.clone();
    if let Err(seconds) = state.throttle.check(ip, &email, now) {
        let mut error = ApiError::new(
            ErrorCode::TooManyAttempts,
            format!("too many failed attempts; try again in {seconds} s"),
        );
        error.retry_after = Some(seconds);
        return Err(error);
    }
    let current = request.current_password;
    if current.len() > 4 * auth::PASSWORD_LENGTH.end()
        || !auth::verify_password_async(current, session.user.password_hash.clone()).await?
    {
        state.throttle.failed(ip, &email, now);
        return Err(ApiError::new(
            ErrorCode::InvalidCredentials,
            "the current password is wrong",
        ));
    }
    let hash = auth::hash_password_async(request.new_password).await?;
    state.store.set_password(&session.user.id, &hash).await?;
    if request.sign_out_other_devices {
        state
            .store
            .revoke_other_devices(&session.user.id, &session.device.id, now)
            .await?;
    }
    Ok(StatusCode::NO_CONTENT)
}

/// Storage used, by kind, and the quota.
#[utoipa::path(get, path = "/api/v1/usage", tag = "account",
    security(("device_token" = [])),
    responses((status = 200, body = Usage), (status = "4XX", body = ErrorBody)))]
pub async fn usage(
    State(state): State<AppState>,
    session: Session,
) -> Result<axum::Json<Usage>, ApiError> {
    let usage = state.store.usage(&session.user.id).await?;
    Ok(axum::Json(Usage {
        quota: session.user.quota,
        used: usage.stored(),
        photos: usage.photos,
        videos: usage.videos,
        other: usage.other,
        trash: usage.trash,
        uploading: usage.uploading,
        trash_days: u32::try_from(state.config.trash_retention.as_secs() / 86_400).unwrap_or(30),
    }))
}
