//! Accounts: register, log in and out per device, change the password, see the quota.

use std::net::IpAddr;

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
use crate::throttle;

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

/// How long an address one sign-in came from stays known to its account.
pub const KNOWN_ADDRESS_MS: i64 = 180 * 24 * 3600 * 1000;

fn too_many_attempts(seconds: u64) -> ApiError {
    let mut error = ApiError::new(
        ErrorCode::TooManyAttempts,
        format!("too many failed attempts; try again in {seconds} s"),
    );
    error.retry_after = Some(seconds);
    error
}

/// Creates an account. The first account of a server is its administrator and can always be
/// created; after it, registration is closed unless the server opened it, and an invite from
/// the administrator creates one account.
#[utoipa::path(post, path = "/api/v1/account/register", tag = "account",
    request_body = RegisterRequest,
    responses((status = 201, body = Account), (status = "4XX", body = ErrorBody),
              (status = 503, body = ErrorBody)))]
pub async fn register(
    State(state): State<AppState>,
    ApiJson(request): ApiJson<RegisterRequest>,
) -> Result<(StatusCode, axum::Json<Account>), ApiError> {
    let user = create_account(&state, &request.email, request.password, request.invite).await?;
    Ok((StatusCode::CREATED, axum::Json(account_of(&user))))
}

/// Creates an account under the server's rules (see [`register`]).
pub async fn create_account(
    state: &AppState,
    email: &str,
    password: String,
    invite: Option<String>,
) -> Result<UserRow, ApiError> {
    let email = auth::normalise_email(email);
    if !auth::valid_email(&email) {
        return Err(ApiError::bad_request("this is not an email address"));
    }
    check_password(&password)?;
    let invalid_invite = || {
        ApiError::new(
            ErrorCode::InvalidInvite,
            "this invite is not valid: it was used already, has expired or was never given",
        )
    };
    let invite = invite
        .as_deref()
        .map(str::trim)
        .filter(|code| !code.is_empty());
    if let Some(code) = invite {
        if code.len() > 100 {
            return Err(invalid_invite());
        }
    } else if !state.config.open_registration && state.store.count_users().await? > 0 {
        return Err(ApiError::new(
            ErrorCode::RegistrationClosed,
            "this server takes new accounts only with an invite; ask its administrator",
        ));
    }
    let hash = state.hashing.hash(password).await?;
    let now = state.clock.now_ms();
    let inserted = match invite {
        Some(code) => state
            .store
            .insert_user_with_invite(
                &email,
                &hash,
                state.config.default_quota,
                now,
                &auth::invite_hash(code),
            )
            .await
            .map(|user| user.ok_or_else(invalid_invite)),
        None => state
            .store
            .insert_user(&email, &hash, false, state.config.default_quota, now)
            .await
            .map(Ok),
    };
    match inserted {
        Ok(Ok(user)) => Ok(user),
        Ok(Err(refused)) => Err(refused),
        Err(e) if is_unique_violation(&e) => Err(ApiError::new(
            ErrorCode::EmailTaken,
            "an account with this email exists; log in instead",
        )),
        Err(e) => Err(e.into()),
    }
}

/// Logs a device in: its token comes back once and is kept only hashed.
///
/// Failed attempts are throttled per client address and account, per address, and per
/// account from addresses it never signed in from (see `throttle`); a throttled attempt is
/// answered 429 whatever its password. Passwords are checked a bounded number at once: past
/// that, 503 `server-busy`. Both carry `Retry-After`.
#[utoipa::path(post, path = "/api/v1/session", tag = "account",
    request_body = LoginRequest,
    responses((status = 200, body = LoginResponse), (status = "4XX", body = ErrorBody),
              (status = 503, body = ErrorBody)))]
pub async fn log_in(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    ApiJson(request): ApiJson<LoginRequest>,
) -> Result<axum::Json<LoginResponse>, ApiError> {
    let name = request.device_name.trim();
    let platform = request.platform.trim();
    if name.is_empty() || name.len() > 200 || platform.is_empty() || platform.len() > 50 {
        return Err(ApiError::bad_request(
            "name the device (up to 200 bytes) and its platform (up to 50)",
        ));
    }
    let user = check_credentials(&state, ip, &request.email, request.password).await?;
    let (token, device) = link_device(&state, ip, &user, name, platform).await?;
    Ok(axum::Json(LoginResponse {
        token,
        device: device_of(&device, &device.id),
        account: account_of(&user),
    }))
}

/// The account `email` and `password` open, under the throttle of failed log-ins (see
/// [`log_in`]).
pub async fn check_credentials(
    state: &AppState,
    ip: IpAddr,
    email: &str,
    password: String,
) -> Result<UserRow, ApiError> {
    let email = auth::normalise_email(email);
    if password.len() > 4 * auth::PASSWORD_LENGTH.end() {
        return Err(ApiError::new(
            ErrorCode::InvalidCredentials,
            "wrong email or password",
        ));
    }
    let now = state.clock.now_ms();
    let address = throttle::address_key(ip);
    let user = state.store.user_by_email(&email).await?;
    let known = match &user {
        Some(user) => {
            state
                .store
                .is_known_address(&user.id, &address, now - KNOWN_ADDRESS_MS)
                .await?
        }
        None => false,
    };
    let attempt = state
        .throttle
        .begin(ip, &email, known, now)
        .map_err(too_many_attempts)?;
    // An unknown email is checked against a dummy hash: the same work, the same answer.
    let hash = user
        .as_ref()
        .map_or_else(|| state.dummy_hash.clone(), |u| u.password_hash.clone());
    let matches = match state.hashing.verify(password, hash).await {
        Ok(matches) => matches,
        Err(busy) => {
            attempt.abandon();
            return Err(busy);
        }
    };
    match user {
        Some(user) if matches && !user.disabled => {
            attempt.succeeded();
            Ok(user)
        }
        _ => {
            attempt.failed(now);
            Err(ApiError::new(
                ErrorCode::InvalidCredentials,
                "wrong email or password",
            ))
        }
    }
}

/// A new device of `user`, signed in from `ip`: its token (kept only hashed) and its row.
pub async fn link_device(
    state: &AppState,
    ip: IpAddr,
    user: &UserRow,
    name: &str,
    platform: &str,
) -> Result<(String, DeviceRow), ApiError> {
    let now = state.clock.now_ms();
    let address = throttle::address_key(ip);
    // Remembering where the owner signs in from only spares them waits later: a database
    // that cannot take it now (a full disk) does not refuse the sign-in.
    if let Err(error) = state.store.remember_address(&user.id, &address, now).await {
        tracing::warn!("cannot remember the address {address} signed in from: {error}");
    }
    let (token, token_hash) = auth::new_token();
    let device = state
        .store
        .insert_device(&user.id, name, platform, &token_hash, now)
        .await?;
    Ok((token, device))
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
    // The device is signed in: only its own address's guesses at this account count.
    let attempt = state
        .throttle
        .begin(ip, &email, true, now)
        .map_err(too_many_attempts)?;
    let current = request.current_password;
    let matches = current.len() <= 4 * auth::PASSWORD_LENGTH.end()
        && match state
            .hashing
            .verify(current, session.user.password_hash.clone())
            .await
        {
            Ok(matches) => matches,
            Err(busy) => {
                attempt.abandon();
                return Err(busy);
            }
        };
    if !matches {
        attempt.failed(now);
        return Err(ApiError::new(
            ErrorCode::InvalidCredentials,
            "the current password is wrong",
        ));
    }
    attempt.succeeded();
    let hash = state.hashing.hash(request.new_password).await?;
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
