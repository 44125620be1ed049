//! Passwords, device tokens and log-in throttling.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use axum::extract::FromRequestParts;
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

pub async fn hash_password_async(password: String) -> Result<String, ApiError> {
    tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .map_err(|e| ApiError::internal(&e))?
        .map_err(|e| ApiError::internal(&e))
}

pub async fn verify_password_async(password: String, hash: String) -> Result<bool, ApiError> {
    tokio::task::spawn_blocking(move || verify_password(&password, &hash))
        .await
        .map_err(|e| ApiError::internal(&e))
}

/// A new device token (256 random bits, hex) and the hash the database keeps of it.
pub fn new_token() -> (String, String) {
    let bytes: [u8; 32] = rand::random();
    let token = crate::store::hex(&bytes);
    let hash = token_hash(&token);
    (token, hash)
}

pub fn token_hash(token: &str) -> String {
    blake3::hash(token.as_bytes()).to_hex().to_string()
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

/// Failed log-ins before the first wait.
const FREE_ATTEMPTS: u32 = 5;
/// The longest wait between attempts, in seconds.
const MAX_WAIT_SECONDS: i64 = 15 * 60;
/// Entries idle this long are forgotten.
const FORGET_AFTER_MS: i64 = 3600 * 1000;

/// Counts failed log-ins per (address, email). Keyed by both, an attacker elsewhere cannot make
/// an account's owner wait: only the attacker's own address is slowed down for that account.
#[derive(Default)]
pub struct Throttle {
    entries: Mutex<HashMap<(IpAddr, String), Attempts>>,
}

#[derive(Debug, Clone, Copy)]
struct Attempts {
    failures: u32,
    blocked_until: i64,
    last: i64,
}

impl Throttle {
    /// `Err(seconds)` when this address must wait before trying this email again.
    pub fn check(&self, ip: IpAddr, email: &str, now: i64) -> Result<(), u64> {
        let entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        match entries.get(&(ip, email.to_owned())) {
            Some(a) if a.blocked_until > now => {
                Err(u64::try_from((a.blocked_until - now + 999) / 1000).unwrap_or(1))
            }
            _ => Ok(()),
        }
    }

    pub fn failed(&self, ip: IpAddr, email: &str, now: i64) {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        if entries.len() > 100_000 {
            entries.retain(|_, a| now - a.last < FORGET_AFTER_MS);
        }
        let entry = entries.entry((ip, email.to_owned())).or_insert(Attempts {
            failures: 0,
            blocked_until: 0,
            last: now,
        });
        if now - entry.last > FORGET_AFTER_MS {
            entry.failures = 0;
        }
        entry.failures += 1;
        entry.last = now;
        if entry.failures >= FREE_ATTEMPTS {
            let doublings = (entry.failures - FREE_ATTEMPTS).min(20);
            let wait = (1i64 << doublings).min(MAX_WAIT_SECONDS);
            entry.blocked_until = now + wait * 1000;
        }
    }

    pub fn succeeded(&self, ip: IpAddr, email: &str) {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries.remove(&(ip, email.to_owned()));
    }
}

/// The device (and account) a request comes from, from its bearer token.
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
        let header = parts
            .headers
            .get(axum::http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .ok_or_else(unauthorized)?;
        let token = header
            .strip_prefix("Bearer ")
            .map(str::trim)
            .filter(|t| !t.is_empty() && t.len() <= 128)
            .ok_or_else(unauthorized)?;
        let (device, user) = state
            .store
            .device_by_token(&token_hash(token))
            .await?
            .ok_or_else(unauthorized)?;
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
    fn throttle_slows_one_address_for_one_account_only() {
        let throttle = Throttle::default();
        let attacker: IpAddr = "192.0.2.1".parse().expect("an address");
        let owner: IpAddr = "198.51.100.7".parse().expect("an address");
        for _ in 0..FREE_ATTEMPTS {
            assert_eq!(throttle.check(attacker, "anna@example.org", 0), Ok(()));
            throttle.failed(attacker, "anna@example.org", 0);
        }
        assert_eq!(throttle.check(attacker, "anna@example.org", 0), Err(1));
        assert_eq!(throttle.check(attacker, "anna@example.org", 1000), Ok(()));
        assert_eq!(throttle.check(owner, "anna@example.org", 0), Ok(()));
        assert_eq!(throttle.check(attacker, "ben@example.org", 0), Ok(()));
        throttle.failed(attacker, "anna@example.org", 1000);
        assert_eq!(throttle.check(attacker, "anna@example.org", 1000), Err(2));
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
