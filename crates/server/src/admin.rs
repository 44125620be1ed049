//! Administration from the command line, on the data folder itself: add, invite, list,
//! disable accounts and set their quotas. Works whether or not a server is running on that folder.

use std::path::Path;

use crate::Error;
use crate::auth;
use crate::store::{Store, UserRow};
use crate::{Clock, SystemClock};

/// The database of a data folder, for administration.
pub struct Admin {
    store: Store,
}

impl Admin {
    pub async fn open(data_dir: &Path) -> Result<Admin, Error> {
        Admin::open_database(data_dir, None).await
    }

    /// The database at `database` (a `postgres://` URL), or the data folder's SQLite file.
    pub async fn open_database(data_dir: &Path, database: Option<&str>) -> Result<Admin, Error> {
        if let Some(url) = database {
            return Ok(Admin {
                store: Store::open(url).await?,
            });
        }
        std::fs::create_dir_all(data_dir).map_err(|source| Error::Io {
            path: data_dir.to_owned(),
            source,
        })?;
        let store = Store::open_sqlite(&data_dir.join("skyfolio-server.db")).await?;
        Ok(Admin { store })
    }

    /// Adds an account (the first one is the administrator).
    pub async fn add_user(
        &self,
        email: &str,
        password: &str,
        admin: bool,
        quota: u64,
    ) -> Result<UserRow, Error> {
        let email = auth::normalise_email(email);
        if !auth::valid_email(&email) {
            return Err(Error::Invalid(format!("{email:?} is not an email address")));
        }
        if !auth::PASSWORD_LENGTH.contains(&password.chars().count()) {
            return Err(Error::Invalid(format!(
                "a password has {} to {} characters",
                auth::PASSWORD_LENGTH.start(),
                auth::PASSWORD_LENGTH.end()
            )));
        }
        let password = password.to_owned();
        let hash = tokio::task::spawn_blocking(move || auth::hash_password(&password))
            .await
            .map_err(|e| Error::Invalid(e.to_string()))?
            .map_err(Error::Password)?;
        match self
            .store
            .insert_user(&email, &hash, admin, quota, SystemClock.now_ms())
            .await
        {
            Err(e) if crate::error::is_unique_violation(&e) => Err(Error::EmailTaken { email }),
            other => Ok(other?),
        }
    }

    /// A new invite, good for one account until `valid_for` has passed (with `quota`, or the
    /// server's default quota): its code, to hand to the person, and when it expires (ms since
    /// the epoch). Only the code's hash is kept.
    pub async fn invite(
        &self,
        valid_for: std::time::Duration,
        quota: Option<u64>,
    ) -> Result<(String, i64), Error> {
        let (code, hash) = auth::new_invite();
        let now = SystemClock.now_ms();
        let expires_at =
            now.saturating_add(i64::try_from(valid_for.as_millis()).unwrap_or(i64::MAX));
        self.store
            .insert_invite(&hash, quota, now, expires_at)
            .await?;
        Ok((code, expires_at))
    }

    /// Every account with what it uses.
    pub async fn list_users(&self) -> Result<Vec<(UserRow, crate::store::Usage)>, Error> {
        let mut listed = Vec::new();
        for user in self.store.list_users().await? {
            let usage = self.store.usage(&user.id).await?;
            listed.push((user, usage));
        }
        Ok(listed)
    }

    pub async fn set_quota(&self, email: &str, quota: u64) -> Result<(), Error> {
        let email = auth::normalise_email(email);
        if self.store.set_quota(&email, quota).await? {
            Ok(())
        } else {
            Err(Error::UnknownUser { email })
        }
    }

    /// Disables (or enables again) an account; disabling logs out every device at once.
    pub async fn set_disabled(&self, email: &str, disabled: bool) -> Result<(), Error> {
        let email = auth::normalise_email(email);
        if self
            .store
            .set_disabled(&email, disabled, SystemClock.now_ms())
            .await?
        {
            Ok(())
        } else {
            Err(Error::UnknownUser { email })
        }
    }

    pub async fn close(self) {
        self.store.close().await;
    }
}
