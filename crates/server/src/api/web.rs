//! A browser's session: sign in (or sign up) with a password and get the device token in an
//! `HttpOnly` cookie that page scripts cannot read; see who is signed in; sign out.
//!
//! A browser is a device like any other: it shows in the account's devices, named after the
//! browser and its system, and unlinking it ends its session at once. Requests it makes with
//! the cookie that change something must carry `X-Skyfolio-Request: 1` (see
//! [`crate::auth::cookie_may`]).

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use skyfolio_protocol::{
    ErrorBody, ErrorCode, PairingCode, WebPairRequest, WebSession, WebSessionRequest,
};

use super::ApiJson;
use super::account::{account_of, check_credentials, create_account, device_of, link_device};
use crate::auth::{SESSION_COOKIE, Session};
use crate::error::ApiError;
use crate::server::AppState;

/// The platform browsers are listed under among an account's devices.
pub const WEB_PLATFORM: &str = "web";

/// Where a request came from, and whether over https: the listener's peer, or what a trusted
/// proxy says of its client. (Not the `Origin` header, which this server does not read.)
pub struct Origin {
    pub client: IpAddr,
    pub https: bool,
}

impl FromRequestParts<AppState> for Origin {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |c| c.0.ip());
        let (trusted, header) = (&state.config.trusted_proxies, state.config.proxy_header);
        Ok(Origin {
            client: crate::proxy::client_address(peer, &parts.headers, trusted, header),
            https: parts.uri.scheme_str() == Some("https")
                || crate::proxy::forwarded_https(peer, &parts.headers, trusted, header),
        })
    }
}

/// `Set-Cookie` for a session `token`, or, without one, the cookie's removal.
fn session_cookie(token: Option<&str>, https: bool) -> HeaderValue {
    let mut cookie = match token {
        Some(token) => format!("{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict"),
        None => format!("{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0"),
    };
    if https {
        cookie.push_str("; Secure");
    }
    // A token is hex: the value is always a valid header.
    HeaderValue::from_str(&cookie).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// Signs a browser in, or with `register` creates the account first (under the rules of
/// `POST /api/v1/account/register`). The browser becomes a device of the account, named after
/// it; its token is set as the `skyfolio_session` cookie (`HttpOnly`, `SameSite=Strict`,
/// `Secure` over https) and never appears in the body.
///
/// Failed attempts are throttled as `POST /api/v1/session`'s are, in the same counts.
#[utoipa::path(post, path = "/api/v1/web/session", tag = "web",
    request_body = WebSessionRequest,
    responses((status = 200, body = WebSession,
               headers(("Set-Cookie" = String, description = "skyfolio_session=<token>; Path=/; HttpOnly; SameSite=Strict[; Secure]"))),
              (status = "4XX", body = ErrorBody), (status = 503, body = ErrorBody)))]
pub async fn sign_in(
    State(state): State<AppState>,
    origin: Origin,
    headers: HeaderMap,
    ApiJson(request): ApiJson<WebSessionRequest>,
) -> Result<Response, ApiError> {
    let user = if request.register {
        create_account(&state, &request.email, request.password, request.invite).await?
    } else {
        check_credentials(&state, origin.client, &request.email, request.password).await?
    };
    open_session(&state, &origin, &headers, &user).await
}

/// Signs a browser in with a pairing code that another device of the account showed (as a QR
/// code; see `POST /api/v1/pairings`), without the password. The code works once, and only
/// while it is fresh and the device that made it is still linked; the session is set as
/// `POST /api/v1/web/session` sets it. A wrong, used or expired code answers 401
/// `invalid-credentials` (a code has 128 random bits: it cannot be guessed).
#[utoipa::path(post, path = "/api/v1/web/pair", tag = "web",
    request_body = WebPairRequest,
    responses((status = 200, body = WebSession,
               headers(("Set-Cookie" = String, description = "skyfolio_session=<token>; Path=/; HttpOnly; SameSite=Strict[; Secure]"))),
              (status = "4XX", body = ErrorBody)))]
pub async fn pair(
    State(state): State<AppState>,
    origin: Origin,
    headers: HeaderMap,
    ApiJson(request): ApiJson<WebPairRequest>,
) -> Result<Response, ApiError> {
    let refused = || {
        ApiError::new(
            ErrorCode::InvalidCredentials,
            "this sign-in code is wrong, was used already or has expired: make a new one",
        )
    };
    let code = request.code.trim();
    if code.is_empty() || code.len() > 128 {
        return Err(refused());
    }
    let now = state.clock.now_ms();
    let user_id = state
        .store
        .take_pairing(&crate::auth::token_hash(code), now)
        .await?
        .ok_or_else(refused)?;
    let user = state
        .store
        .user_by_id(&user_id)
        .await?
        .filter(|user| !user.disabled)
        .ok_or_else(refused)?;
    open_session(&state, &origin, &headers, &user).await
}

/// A new one-time pairing code for this account, good for [`PAIRING_LIFETIME_MS`]: the device
/// asking shows it (as a QR code of its address) to a phone, whose browser signs in with it
/// (`POST /api/v1/web/pair`). The device's previous code stops working.
#[utoipa::path(post, path = "/api/v1/pairings", tag = "web",
    security(("device_token" = []), ("session_cookie" = [])),
    responses((status = 200, body = PairingCode), (status = "4XX", body = ErrorBody)))]
pub async fn create_pairing(
    State(state): State<AppState>,
    session: Session,
) -> Result<Response, ApiError> {
    let (code, hash) = crate::auth::new_token_of(16);
    let now = state.clock.now_ms();
    let expires_at = now + PAIRING_LIFETIME_MS;
    state
        .store
        .replace_pairing(&session.user.id, &session.device.id, &hash, now, expires_at)
        .await?;
    Ok((
        [(header::CACHE_CONTROL, HeaderValue::from_static("no-store"))],
        axum::Json(PairingCode { code, expires_at }),
    )
        .into_response())
}

/// How long a pairing code works.
pub const PAIRING_LIFETIME_MS: i64 = 10 * 60 * 1000;

/// Links this browser as a new device of `user` and sets its session cookie. A session this
/// browser still held (a sign-in over another) is ended: one browser is one device.
async fn open_session(
    state: &AppState,
    origin: &Origin,
    headers: &HeaderMap,
    user: &crate::store::UserRow,
) -> Result<Response, ApiError> {
    if let Some(previous) = crate::auth::cookie_token(headers)
        && let Some((device, owner)) = state
            .store
            .device_by_token(&crate::auth::token_hash(previous))
            .await?
        && device.platform == WEB_PLATFORM
    {
        state
            .store
            .revoke_device(&owner.id, &device.id, state.clock.now_ms())
            .await?;
    }
    let agent = headers
        .get(header::USER_AGENT)
        .and_then(|value| value.to_str().ok());
    let name = browser_name(agent);
    let (token, device) = link_device(state, origin.client, user, &name, WEB_PLATFORM).await?;
    let body = WebSession {
        device: device_of(&device, &device.id),
        account: account_of(user),
    };
    Ok((
        [
            (
                header::SET_COOKIE,
                session_cookie(Some(&token), origin.https),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        axum::Json(body),
    )
        .into_response())
}

/// The account this browser is signed in to and the device it is; 401 `unauthorized` when it
/// is not signed in (or was unlinked).
#[utoipa::path(get, path = "/api/v1/web/session", tag = "web",
    security(("session_cookie" = []), ("device_token" = [])),
    responses((status = 200, body = WebSession), (status = "4XX", body = ErrorBody)))]
pub async fn current(session: Session) -> impl IntoResponse {
    (
        [(header::CACHE_CONTROL, "no-store")],
        axum::Json(WebSession {
            device: device_of(&session.device, &session.device.id),
            account: account_of(&session.user),
        }),
    )
}

/// Signs this browser out: its device is unlinked (the token dies at once) and the cookie is
/// removed. With the cookie, the request must carry `X-Skyfolio-Request: 1`.
#[utoipa::path(delete, path = "/api/v1/web/session", tag = "web",
    security(("session_cookie" = []), ("device_token" = [])),
    responses((status = 204,
               headers(("Set-Cookie" = String, description = "skyfolio_session=; Max-Age=0"))),
              (status = "4XX", body = ErrorBody)))]
pub async fn sign_out(
    State(state): State<AppState>,
    origin: Origin,
    session: Session,
) -> Result<Response, ApiError> {
    let now = state.clock.now_ms();
    state
        .store
        .revoke_device(&session.user.id, &session.device.id, now)
        .await?;
    Ok((
        StatusCode::NO_CONTENT,
        [(header::SET_COOKIE, session_cookie(None, origin.https))],
    )
        .into_response())
}

/// What a person would call the browser sending `user_agent`: "Chrome on Android", "Safari on
/// iPhone", "Firefox on Linux"; "Web browser" when it says nothing recognisable.
pub fn browser_name(user_agent: Option<&str>) -> String {
    let agent = user_agent.unwrap_or_default();
    let has = |token: &str| agent.contains(token);
    // Order matters: Edge, Opera and Samsung Internet name Chrome too, and Chrome names Safari.
    let browser = if has("Edg/") || has("EdgA/") || has("EdgiOS/") {
        Some("Edge")
    } else if has("OPR/") || has("OPiOS/") {
        Some("Opera")
    } else if has("SamsungBrowser/") {
        Some("Samsung Internet")
    } else if has("Firefox/") || has("FxiOS/") {
        Some("Firefox")
    } else if has("Chrome/") || has("CriOS/") || has("Chromium/") {
        Some("Chrome")
    } else if has("Safari/") && has("Version/") {
        Some("Safari")
    } else {
        None
    };
    // iPadOS asks for desktop sites as a Mac: it stays a Mac here too.
    let system = if has("iPhone") || has("iPod") {
        Some("iPhone")
    } else if has("iPad") {
        Some("iPad")
    } else if has("Android") {
        Some("Android")
    } else if has("Windows") {
        Some("Windows")
    } else if has("Macintosh") || has("Mac OS X") {
        Some("Mac")
    } else if has("CrOS") {
        Some("ChromeOS")
    } else if has("Linux") || has("X11") {
        Some("Linux")
    } else {
        None
    };
    match (browser, system) {
        (Some(browser), Some(system)) => format!("{browser} on {system}"),
        (Some(browser), None) => browser.to_owned(),
        (None, Some(system)) => format!("Web browser on {system}"),
        (None, None) => "Web browser".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browsers_are_named_from_their_user_agent() {
        let cases = [
            (
                "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) \
                 Chrome/131.0.6778.135 Mobile Safari/537.36",
                "Chrome on Android",
            ),
            (
                "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 \
                 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
                "Safari on iPhone",
            ),
            (
                "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
                "Firefox on Linux",
            ),
            (
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like \
                 Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
                "Edge on Windows",
            ),
            (
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, \
                 like Gecko) Version/18.1 Safari/605.1.15",
                "Safari on Mac",
            ),
            (
                "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 \
                 (KHTML, like Gecko) CriOS/131.0.6778.103 Mobile/15E148 Safari/604.1",
                "Chrome on iPhone",
            ),
            (
                "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, \
                 like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
                "Samsung Internet on Android",
            ),
            (
                "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like \
                 Gecko) FxiOS/133.0 Mobile/15E148 Safari/605.1.15",
                "Firefox on iPad",
            ),
            ("curl/8.5.0", "Web browser"),
            ("", "Web browser"),
        ];
        for (agent, name) in cases {
            assert_eq!(browser_name(Some(agent)), name, "{agent}");
        }
        assert_eq!(browser_name(None), "Web browser");
    }

    #[test]
    fn the_cookie_is_secure_over_https_only() {
        let cookie = session_cookie(Some("abc"), false);
        assert_eq!(
            cookie,
            "skyfolio_session=abc; Path=/; HttpOnly; SameSite=Strict"
        );
        let cookie = session_cookie(Some("abc"), true);
        assert_eq!(
            cookie,
            "skyfolio_session=abc; Path=/; HttpOnly; SameSite=Strict; Secure"
        );
        let cleared = session_cookie(None, true);
        assert_eq!(
            cleared,
            "skyfolio_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0; Secure"
        );
    }
}
