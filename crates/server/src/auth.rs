//! Passwords (and how many are checked at once), device tokens, and the token a request
//! carries: `Authorization: Bearer` from an app, the session cookie from a browser.

use std::sync::Arc;
use std::time::Duration;

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use axum::extract::FromRequestParts;
use axum::http::HeaderMap;
use axum::http::request::Parts;
use skyfolio_protocol::ErrorCode;

use crate::error::ApiError;
use crate::server::AppState;
use crate::store::{DeviceRow, UserRow};

/// Shortest and longest password accepted. The upper bound keeps hashing cheap to refuse.
pub const PASSWORD_LENGTH: std::ops::RangeInclusive<usize> = 8..=1024;

/// argon2id at OWASP's recommended minimum: 19 MiB, 2 passes, 1 lane.
fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes a password (slow on purpose: call it off the async threads).
pub fn hash_password(password: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut rand::rngs::OsRng);
    Ok(argon2()
        .hash_password(password.as_bytes(), &salt)?
        .to_string())
}

/// Whether `password` matches `hash`. A malformed hash matches nothing.
pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| {
        argon2()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

/// The memory one password check takes: argon2's `m`, 19 MiB.
pub const HASH_MEMORY: u64 = 19 << 20;

/// How many passwords may be checked at once: a quarter of the memory available, 19 MiB
/// each, but never more than two per core (more would only queue for the cores) nor fewer
/// than one. Unknown memory: two per core.
pub fn hashing_permits(available: Option<u64>, cores: usize) -> usize {
    let most = cores.max(1) * 2;
    match available {
        Some(bytes) => usize::try_from(bytes / 4 / HASH_MEMORY)
            .unwrap_or(usize::MAX)
            .clamp(1, most),
        None => most,
    }
}

/// The memory this process may still take: the system's available memory, or less when a
/// control group (a container, a systemd unit's `MemoryMax`) allows less.
pub fn available_memory() -> Option<u64> {
    let read = |path: &str| std::fs::read_to_string(path).ok();
    let system = read("/proc/meminfo").and_then(|text| {
        text.lines()
            .find_map(|line| line.strip_prefix("MemAvailable:"))
            .and_then(|rest| rest.trim().strip_suffix("kB"))
            .and_then(|kb| kb.trim().parse::<u64>().ok())
            .map(|kb| kb * 1024)
    });
    let group = read("/sys/fs/cgroup/memory.max")
        .and_then(|max| max.trim().parse::<u64>().ok())
        .map(|max| {
            let current = read("/sys/fs/cgroup/memory.current")
                .and_then(|current| current.trim().parse::<u64>().ok())
                .unwrap_or(0);
            max.saturating_sub(current)
        });
    match (system, group) {
        (Some(system), Some(group)) => Some(system.min(group)),
        (system, group) => system.or(group),
    }
}

/// Password checks, a bounded number at once. Each takes 19 MiB while it runs: unbounded, a
/// flood of log-ins takes the server's memory with it. A check waits a moment for its turn;
/// past that the request is answered `server-busy` with a time to try again.
pub struct Hashing {
    turns: Arc<tokio::sync::Semaphore>,
    wait: Duration,
}

/// Seconds a busy server asks a client to wait.
const BUSY_RETRY_SECONDS: u64 = 2;

impl Hashing {
    pub fn new(permits: usize, wait: Duration) -> Hashing {
        Hashing {
            turns: Arc::new(tokio::sync::Semaphore::new(permits.max(1))),
            wait,
        }
    }

    async fn turn(&self) -> Result<tokio::sync::OwnedSemaphorePermit, ApiError> {
        match tokio::time::timeout(self.wait, self.turns.clone().acquire_owned()).await {
            Ok(Ok(permit)) => Ok(permit),
            _ => {
                let mut error = ApiError::new(
                    ErrorCode::ServerBusy,
                    "the server is checking as many passwords as it can; try again shortly",
                );
                error.retry_after = Some(BUSY_RETRY_SECONDS);
                Err(error)
            }
        }
    }

    /// Hashes a password, off the async threads.
    pub async fn hash(&self, password: String) -> Result<String, ApiError> {
        let turn = self.turn().await?;
        // The turn goes with the work: a request dropped meanwhile does not free it early.
        tokio::task::spawn_blocking(move || {
            let hashed = hash_password(&password);
            drop(turn);
            hashed
        })
        .await
        .map_err(|e| ApiError::internal(&e))?
        .map_err(|e| ApiError::internal(&e))
    }

    /// Whether `password` matches `hash`, off the async threads.
    pub async fn verify(&self, password: String, hash: String) -> Result<bool, ApiError> {
        let turn = self.turn().await?;
        tokio::task::spawn_blocking(move || {
            let matches = verify_password(&password, &hash);
            drop(turn);
            matches
        })
        .await
        .map_err(|e| ApiError::internal(&e))
    }
}

/// A new device token (256 random bits, hex) and the hash the database keeps of it.
pub fn new_token() -> (String, String) {
    new_token_of(32)
}

/// A new secret of `bytes` random bytes, hex, and the hash the database keeps of it.
pub fn new_token_of(bytes: usize) -> (String, String) {
    let random: Vec<u8> = (0..bytes).map(|_| rand::random::<u8>()).collect();
    let token = crate::store::hex(&random);
    let hash = token_hash(&token);
    (token, hash)
}

pub fn token_hash(token: &str) -> String {
    blake3::hash(token.as_bytes()).to_hex().to_string()
}

/// The letters of an invite code: Crockford's base 32, without I, L, O and U, which are read
/// as 1, 1, 0 or not at all.
const INVITE_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A new invite code (100 random bits, as `XXXXX-XXXXX-XXXXX-XXXXX`) and the hash the database
/// keeps of it.
pub fn new_invite() -> (String, String) {
    let bits: u128 = rand::random::<u128>() >> 28;
    let mut code = String::with_capacity(23);
    for i in 0..20 {
        if i > 0 && i % 5 == 0 {
            code.push('-');
        }
        let digit = usize::try_from((bits >> (5 * (19 - i))) & 31).unwrap_or(0);
        code.push(char::from(INVITE_ALPHABET[digit]));
    }
    let hash = invite_hash(&code);
    (code, hash)
}

/// The hash of an invite code as a person may type it: any case, with or without dashes and
/// spaces, O for 0 and I or L for 1.
pub fn invite_hash(code: &str) -> String {
    let normal: String = code
        .chars()
        .filter(|c| !(c.is_whitespace() || *c == '-'))
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect();
    blake3::hash(normal.as_bytes()).to_hex().to_string()
}

/// Emails compare without case and surrounding blanks.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

pub fn valid_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.is_empty()
        && email.len() <= 254
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// The token of `Authorization: Bearer <token>`; the scheme's name in any case (RFC 9110).
pub fn bearer_token(headers: &HeaderMap) -> Option<&str> {
    let value = headers
        .get(axum::http::header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .trim();
    let (scheme, token) = value.split_once([' ', '\t'])?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty() && token.len() <= 128)
        .then_some(token)
}

/// The cookie a browser's device token travels in.
pub const SESSION_COOKIE: &str = "skyfolio_session";

/// The header a browser's writes must carry besides the cookie. A page of another site can
/// make a browser send the cookie with a form or a plain `fetch`, but not with a header of
/// its own: that takes a CORS preflight, which this server never grants.
pub const REQUEST_HEADER: &str = "x-skyfolio-request";

/// The token of the `skyfolio_session` cookie, from every `Cookie` header the request has.
pub fn cookie_token(headers: &HeaderMap) -> Option<&str> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.split_once('='))
        .find(|(name, _)| name.trim() == SESSION_COOKIE)
        .map(|(_, token)| token.trim().trim_matches('"'))
        .filter(|token| !token.is_empty() && token.len() <= 128)
}

/// Whether a request may change something on the strength of its cookie alone: reads may,
/// writes need [`REQUEST_HEADER`] set to `1`.
pub fn cookie_may(method: &axum::http::Method, headers: &HeaderMap) -> bool {
    use axum::http::Method;
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
        || headers
            .get(REQUEST_HEADER)
            .is_some_and(|value| value.as_bytes() == b"1")
}

/// The device (and account) a request comes from, from its bearer token or, in a browser,
/// its session cookie.
#[derive(Debug, Clone)]
pub struct Session {
    pub user: UserRow,
    pub device: DeviceRow,
}

/// How stale `last_seen_at` may get before a request writes it again.
const SEEN_GRANULARITY_MS: i64 = 60 * 1000;

impl FromRequestParts<AppState> for Session {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let unauthorized = || ApiError::new(ErrorCode::Unauthorized, "log in first");
        // A bearer token wins: an app never sends the cookie, and a browser never the header.
        let (token, by_cookie) = match bearer_token(&parts.headers) {
            Some(token) => (token, false),
            None => (cookie_token(&parts.headers).ok_or_else(unauthorized)?, true),
        };
        let (device, user) = state
            .store
            .device_by_token(&token_hash(token))
            .await?
            .ok_or_else(unauthorized)?;
        if by_cookie && !cookie_may(&parts.method, &parts.headers) {
            return Err(ApiError::new(
                ErrorCode::Forbidden,
                "a browser's request that changes something must carry the header \
                 X-Skyfolio-Request: 1",
            ));
        }
        let now = state.clock.now_ms();
        if now - device.last_seen_at > SEEN_GRANULARITY_MS {
            state.store.touch_device(&device.id, now).await?;
        }
        Ok(Session { user, device })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_verify_and_use_argon2id() {
        let hash = hash_password("correct horse").expect("hashable");
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert!(verify_password("correct horse", &hash));
        assert!(!verify_password("wrong horse", &hash));
        assert!(!verify_password("correct horse", "not a hash"));
    }

    #[test]
    fn the_bearer_scheme_is_read_in_any_case() {
        let with = |value: &str| {
            let mut headers = HeaderMap::new();
            headers.insert(
                axum::http::header::AUTHORIZATION,
                value.parse().expect("a value"),
            );
            bearer_token(&headers).map(str::to_owned)
        };
        assert_eq!(with("Bearer abc").as_deref(), Some("abc"));
        assert_eq!(with("bearer abc").as_deref(), Some("abc"));
        assert_eq!(with("BEARER   abc ").as_deref(), Some("abc"));
        assert_eq!(with("Basic abc"), None);
        assert_eq!(with("Bearer"), None);
        assert_eq!(with("Bearerabc"), None);
        assert_eq!(with(&format!("Bearer {}", "a".repeat(129))), None);
    }

    #[test]
    fn the_session_cookie_is_found_among_others() {
        let with = |values: &[&str]| {
            let mut headers = HeaderMap::new();
            for value in values {
                headers.append(axum::http::header::COOKIE, value.parse().expect("a value"));
            }
            cookie_token(&headers).map(str::to_owned)
        };
        assert_eq!(with(&["skyfolio_session=abc"]).as_deref(), Some("abc"));
        assert_eq!(
            with(&["theme=dark; skyfolio_session=abc; lang=fr"]).as_deref(),
            Some("abc")
        );
        assert_eq!(
            with(&["theme=dark", "skyfolio_session=abc"]).as_deref(),
            Some("abc")
        );
        assert_eq!(with(&["skyfolio_session="]), None);
        assert_eq!(with(&["other_skyfolio_session=abc"]), None);
        assert_eq!(with(&[]), None);
    }

    #[test]
    fn cookie_writes_need_the_request_header() {
        use axum::http::Method;
        let mut headers = HeaderMap::new();
        assert!(cookie_may(&Method::GET, &headers));
        assert!(cookie_may(&Method::HEAD, &headers));
        assert!(!cookie_may(&Method::POST, &headers));
        assert!(!cookie_may(&Method::DELETE, &headers));
        headers.insert(REQUEST_HEADER, "0".parse().expect("a value"));
        assert!(!cookie_may(&Method::PATCH, &headers));
        headers.insert(REQUEST_HEADER, "1".parse().expect("a value"));
        assert!(cookie_may(&Method::PATCH, &headers));
    }

    #[test]
    fn password_checks_at_once_follow_memory_and_cores() {
        assert_eq!(
            hashing_permits(Some(64 << 30), 2),
            4,
            "two per core at most"
        );
        assert_eq!(
            hashing_permits(Some(200 << 20), 8),
            2,
            "a quarter of 200 MiB"
        );
        assert_eq!(hashing_permits(Some(10 << 20), 8), 1, "always one");
        assert_eq!(hashing_permits(None, 3), 6);
    }

    #[test]
    fn invite_codes_read_as_people_type_them() {
        let (code, hash) = new_invite();
        assert_eq!(code.len(), 23, "{code}");
        assert_eq!(invite_hash(&code), hash);
        assert_eq!(invite_hash(&code.to_lowercase().replace('-', " ")), hash);
        assert_eq!(invite_hash("01ABC"), invite_hash("oLabc"));
        assert_ne!(new_invite().0, code);
    }

    #[test]
    fn tokens_are_random_and_stored_hashed() {
        let (a, hash_a) = new_token();
        let (b, _) = new_token();
        assert_ne!(a, b);
        assert_eq!(a.len(), 64);
        assert_eq!(token_hash(&a), hash_a);
        assert_ne!(a, hash_a);
    }
}
