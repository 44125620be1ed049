//! Where the device token is kept: the OS keychain (Keychain on macOS, the Credential Manager
//! on Windows, the Secret Service on Linux) or, when none can be reached, a file that only this
//! user may read, in the sync state's folder.

use std::path::{Path, PathBuf};

use crate::Error;
use crate::state::TokenStore;

const SERVICE: &str = "Skyfolio";

/// Keeps and finds the token of one home's account.
#[derive(Debug, Clone)]
pub struct Credentials {
    dir: PathBuf,
    use_keychain: bool,
}

impl Credentials {
    /// Tokens for the home whose sync state lives in `dir`. With `use_keychain` false, the
    /// keychain is never touched (tests, portable installs).
    pub fn new(dir: &Path, use_keychain: bool) -> Credentials {
        Credentials {
            dir: dir.to_owned(),
            use_keychain,
        }
    }

    fn file(&self) -> PathBuf {
        self.dir.join("device-token")
    }

    /// The keychain entry is named after the home, so two homes (a portable copy, a test)
    /// never take each other's token.
    fn entry(&self, account: &str) -> Option<keyring::Entry> {
        let user = format!("{account} ({})", self.dir.display());
        keyring::Entry::new(SERVICE, &user).ok()
    }

    /// Keeps `token` for `account` (`email at server`), in the keychain when one answers.
    pub fn store(&self, account: &str, token: &str) -> Result<TokenStore, Error> {
        if self.use_keychain
            && let Some(entry) = self.entry(account)
            && entry.set_password(token).is_ok()
            && entry.get_password().is_ok_and(|kept| kept == token)
        {
            let _ = std::fs::remove_file(self.file());
            return Ok(TokenStore::Keychain);
        }
        write_private(&self.file(), token.as_bytes()).map_err(|e| Error::Credentials {
            reason: format!("cannot write {}: {e}", self.file().display()),
        })?;
        Ok(TokenStore::File)
    }

    pub fn load(&self, account: &str, store: TokenStore) -> Result<String, Error> {
        match store {
            TokenStore::Keychain => self
                .entry(account)
                .ok_or_else(|| Error::Credentials {
                    reason: "the keychain cannot be reached".to_owned(),
                })?
                .get_password()
                .map_err(|e| Error::Credentials {
                    reason: format!("the keychain has no token: {e}"),
                }),
            TokenStore::File => std::fs::read_to_string(self.file())
                .map(|t| t.trim().to_owned())
                .map_err(|_| Error::NotSignedIn),
        }
    }

    pub fn remove(&self, account: &str, store: TokenStore) {
        if store == TokenStore::Keychain
            && let Some(entry) = self.entry(account)
        {
            let _ = entry.delete_credential();
        }
        let _ = std::fs::remove_file(self.file());
    }
}

/// Writes a file only its owner may read, under a temporary name, then renames it into place.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut file = tempfile::NamedTempFile::new_in(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_keychain_the_token_is_a_file_only_its_owner_reads() {
        let dir = tempfile::tempdir().expect("temp dir");
        let credentials = Credentials::new(dir.path(), false);
        let store = credentials
            .store("anna@example.org at http://x", "secret-token")
            .expect("stored");
        assert_eq!(store, TokenStore::File);
        assert_eq!(
            credentials
                .load("anna@example.org at http://x", store)
                .expect("loaded"),
            "secret-token"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join("device-token"))
                .expect("written")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        credentials.remove("anna@example.org at http://x", store);
        assert!(
            credentials
                .load("anna@example.org at http://x", store)
                .is_err()
        );
    }
}
