use std::borrow::Borrow;
use std::collections::HashMap;
use std::hash::{BuildHasher, RandomState};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use serde::Serialize;

/// An opaque name for a listed file. The page uses it instead of the path, so the `thumb`
/// scheme never has to trust a path that came from the page.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Token(String);

impl Token {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
impl Token {
    /// A token with a known value, for fixtures.
    pub(crate) fn fixed(value: &str) -> Self {
        Token(value.to_owned())
    }
}

// Hash and Eq come from the inner string, so maps keyed by tokens can be searched by `&str`.
impl Borrow<str> for Token {
    fn borrow(&self) -> &str {
        &self.0
    }
}

/// Every file the shell has listed to the page in this session, by token.
///
/// Tokens are random per session (so a cached response from an earlier run can never stand in
/// for a different file) and stable within it (listing a folder twice gives the same tokens).
/// Nothing is forgotten while the app runs: a slow listing that finishes after a newer one must
/// not take the newer one's thumbnails away.
///
/// Clones share the same tokens.
#[derive(Debug, Clone, Default)]
pub struct Listing {
    inner: Arc<Mutex<Tokens>>,
}

#[derive(Debug, Default)]
struct Tokens {
    seed: RandomState,
    issued: u64,
    paths: HashMap<Token, PathBuf>,
    tokens: HashMap<PathBuf, Token>,
}

impl Listing {
    /// The token for `path`, issuing one the first time the path is listed.
    pub fn token_for(&self, path: &Path) -> Token {
        let mut inner = self.lock();
        if let Some(token) = inner.tokens.get(path) {
            return token.clone();
        }
        let token = loop {
            inner.issued += 1;
            let candidate = Token(format!("{:016x}", inner.seed.hash_one(inner.issued)));
            if !inner.paths.contains_key(&candidate) {
                break candidate;
            }
        };
        inner.paths.insert(token.clone(), path.to_owned());
        inner.tokens.insert(path.to_owned(), token.clone());
        token
    }

    /// The file behind a token the shell handed out, or `None` for anything else.
    pub fn path(&self, token: &str) -> Option<PathBuf> {
        self.lock().paths.get(token).cloned()
    }

    fn lock(&self) -> MutexGuard<'_, Tokens> {
        // A panic while holding the lock leaves the maps consistent (each insert is whole).
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_keeps_its_token_and_tokens_differ() {
        let listing = Listing::default();
        let a = listing.token_for(Path::new("/photos/a.jpg"));
        let b = listing.token_for(Path::new("/photos/b.jpg"));
        assert_ne!(a, b);
        assert_eq!(listing.token_for(Path::new("/photos/a.jpg")), a);
        assert_eq!(
            listing.path(a.as_str()),
            Some(PathBuf::from("/photos/a.jpg"))
        );
    }

    #[test]
    fn tokens_do_not_reveal_the_path() {
        let listing = Listing::default();
        let token = listing.token_for(Path::new("/photos/holiday.jpg"));
        assert_eq!(token.as_str().len(), 16);
        assert!(token.as_str().chars().all(|c| c.is_ascii_hexdigit()));
    }

    #[test]
    fn unknown_tokens_and_paths_are_refused() {
        let listing = Listing::default();
        listing.token_for(Path::new("/photos/a.jpg"));
        assert_eq!(listing.path("/photos/a.jpg"), None);
        assert_eq!(listing.path("../etc/passwd"), None);
        assert_eq!(listing.path(""), None);
    }
}
