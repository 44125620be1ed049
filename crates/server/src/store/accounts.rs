use skyfolio_protocol::DeviceId;

use super::{Fetched, Store, in_tx, read_db, write_db};

/// An account.
#[derive(Debug, Clone)]
pub struct UserRow {
    pub id: String,
    pub email: String,
    pub password_hash: String,
    pub admin: bool,
    pub disabled: bool,
    pub quota: u64,
    pub created_at: i64,
}

/// A linked device.
#[derive(Debug, Clone)]
pub struct DeviceRow {
    pub id: DeviceId,
    pub user_id: String,
    pub name: String,
    pub platform: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub last_sync_at: Option<i64>,
}

const USER_COLUMNS: &str = "id, email, password_hash, admin, disabled, quota_bytes, created_at";
const DEVICE_COLUMNS: &str = "id, user_id, name, platform, created_at, last_seen_at, last_sync_at";

fn user(row: &impl Fetched) -> Result<UserRow, sqlx::Error> {
    Ok(UserRow {
        id: row.col("id")?,
        email: row.col("email")?,
        password_hash: row.col("password_hash")?,
        admin: row.col("admin")?,
        disabled: row.col("disabled")?,
        quota: super::to_u64(row.col("quota_bytes")?),
        created_at: row.col("created_at")?,
    })
}

fn device(row: &impl Fetched) -> Result<DeviceRow, sqlx::Error> {
    Ok(DeviceRow {
        id: row.col("id")?,
        user_id: row.col("user_id")?,
        name: row.col("name")?,
        platform: row.col("platform")?,
        created_at: row.col("created_at")?,
        last_seen_at: row.col("last_seen_at")?,
        last_sync_at: row.col("last_sync_at")?,
    })
}

fn device_and_user(row: &impl Fetched) -> Result<(DeviceRow, UserRow), sqlx::Error> {
    let account = user(row)?;
    let device = DeviceRow {
        id: row.col("device_id")?,
        user_id: account.id.clone(),
        name: row.col("name")?,
        platform: row.col("platform")?,
        created_at: row.col("device_created_at")?,
        last_seen_at: row.col("last_seen_at")?,
        last_sync_at: row.col("last_sync_at")?,
    };
    Ok((device, account))
}

impl Store {
    pub async fn count_users(&self) -> Result<i64, sqlx::Error> {
        read_db!(self, |db| sqlx::query_scalar("SELECT COUNT(*) FROM users")
            .fetch_one(db)
            .await)
    }

    /// Adds an account; the first one is made administrator whatever `admin` says.
    /// A taken email is a unique violation.
    pub async fn insert_user(
        &self,
        email: &str,
        password_hash: &str,
        admin: bool,
        quota: u64,
        now: i64,
    ) -> Result<UserRow, sqlx::Error> {
        let id = super::new_id();
        write_db!(self, |db| sqlx::query(&format!(
            "INSERT INTO users (id, email, password_hash, admin, quota_bytes, created_at)
             VALUES ($1, $2, $3, $4 OR NOT EXISTS (SELECT 1 FROM users), $5, $6)
             RETURNING {USER_COLUMNS}"
        ))
        .bind(&id)
        .bind(email)
        .bind(password_hash)
        .bind(admin)
        .bind(super::to_i64(quota))
        .bind(now)
        .fetch_one(db)
        .await
        .and_then(|row| user(&row)))
    }

    pub async fn user_by_email(&self, email: &str) -> Result<Option<UserRow>, sqlx::Error> {
        read_db!(self, |db| sqlx::query(&format!(
            "SELECT {USER_COLUMNS} FROM users WHERE email = $1"
        ))
        .bind(email)
        .fetch_optional(db)
        .await
        .and_then(|row| row.as_ref().map(user).transpose()))
    }

    pub async fn user_by_id(&self, id: &str) -> Result<Option<UserRow>, sqlx::Error> {
        read_db!(self, |db| sqlx::query(&format!(
            "SELECT {USER_COLUMNS} FROM users WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(db)
        .await
        .and_then(|row| row.as_ref().map(user).transpose()))
    }

    pub async fn list_users(&self) -> Result<Vec<UserRow>, sqlx::Error> {
        read_db!(self, |db| sqlx::query(&format!(
            "SELECT {USER_COLUMNS} FROM users ORDER BY created_at, email"
        ))
        .fetch_all(db)
        .await
        .and_then(|rows| rows.iter().map(user).collect()))
    }

    /// Sets an account's quota; false when there is no such account.
    pub async fn set_quota(&self, email: &str, quota: u64) -> Result<bool, sqlx::Error> {
        let done = write_db!(self, |db| sqlx::query(
            "UPDATE users SET quota_bytes = $1 WHERE email = $2"
        )
        .bind(super::to_i64(quota))
        .bind(email)
        .execute(db)
        .await
        .map(|done| done.rows_affected()))?;
        Ok(done > 0)
    }

    /// Disables (or enables) an account; disabling unlinks every device at once.
    pub async fn set_disabled(
        &self,
        email: &str,
        disabled: bool,
        now: i64,
    ) -> Result<bool, sqlx::Error> {
        let mut tx = self.begin().await?;
        let id: Option<String> = in_tx!(&mut tx, |c| sqlx::query_scalar(
            "UPDATE users SET disabled = $1 WHERE email = $2 RETURNING id"
        )
        .bind(disabled)
        .bind(email)
        .fetch_optional(&mut *c)
        .await)?;
        let Some(id) = id else { return Ok(false) };
        if disabled {
            in_tx!(&mut tx, |c| sqlx::query(
                "UPDATE devices SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL",
            )
            .bind(now)
            .bind(&id)
            .execute(&mut *c)
            .await
            .map(|done| done.rows_affected()))?;
        }
        tx.commit().await?;
        Ok(true)
    }

    pub async fn set_password(&self, user_id: &str, hash: &str) -> Result<(), sqlx::Error> {
        write_db!(self, |db| sqlx::query(
            "UPDATE users SET password_hash = $1 WHERE id = $2"
        )
        .bind(hash)
        .bind(user_id)
        .execute(db)
        .await
        .map(|done| done.rows_affected()))?;
        Ok(())
    }

    pub async fn insert_device(
        &self,
        user_id: &str,
        name: &str,
        platform: &str,
        token_hash: &str,
        now: i64,
    ) -> Result<DeviceRow, sqlx::Error> {
        write_db!(self, |db| sqlx::query(&format!(
            "INSERT INTO devices (id, user_id, name, platform, token_hash, created_at, last_seen_at)
             VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING {DEVICE_COLUMNS}"
        ))
        .bind(super::new_id())
        .bind(user_id)
        .bind(name)
        .bind(platform)
        .bind(token_hash)
        .bind(now)
        .fetch_one(db)
        .await
        .and_then(|row| device(&row)))
    }

    /// The live device (and its enabled account) a token belongs to.
    pub async fn device_by_token(
        &self,
        token_hash: &str,
    ) -> Result<Option<(DeviceRow, UserRow)>, sqlx::Error> {
        read_db!(self, |db| sqlx::query(
            "SELECT d.id AS device_id, d.name, d.platform, d.created_at AS device_created_at,
                    d.last_seen_at, d.last_sync_at,
                    u.id, u.email, u.password_hash, u.admin, u.disabled, u.quota_bytes,
                    u.created_at
             FROM devices d JOIN users u ON u.id = d.user_id
             WHERE d.token_hash = $1 AND d.revoked_at IS NULL AND NOT u.disabled",
        )
        .bind(token_hash)
        .fetch_optional(db)
        .await
        .and_then(|row| row.as_ref().map(device_and_user).transpose()))
    }

    pub async fn touch_device(&self, id: &str, now: i64) -> Result<(), sqlx::Error> {
        write_db!(self, |db| sqlx::query(
            "UPDATE devices SET last_seen_at = $1 WHERE id = $2"
        )
        .bind(now)
        .bind(id)
        .execute(db)
        .await
        .map(|done| done.rows_affected()))?;
        Ok(())
    }

    pub async fn mark_synced(&self, id: &str, now: i64) -> Result<(), sqlx::Error> {
        write_db!(self, |db| sqlx::query(
            "UPDATE devices SET last_sync_at = $1, last_seen_at = $1 WHERE id = $2"
        )
        .bind(now)
        .bind(id)
        .execute(db)
        .await
        .map(|done| done.rows_affected()))?;
        Ok(())
    }

    /// [`Store::mark_synced`] inside a transaction that does more.
    pub(crate) async fn mark_synced_in(
        tx: &mut super::Tx,
        id: &str,
        now: i64,
    ) -> Result<(), sqlx::Error> {
        in_tx!(tx, |c| sqlx::query(
            "UPDATE devices SET last_sync_at = $1, last_seen_at = $1 WHERE id = $2"
        )
        .bind(now)
        .bind(id)
        .execute(&mut *c)
        .await
        .map(|done| done.rows_affected()))?;
        Ok(())
    }

    pub async fn list_devices(&self, user_id: &str) -> Result<Vec<DeviceRow>, sqlx::Error> {
        read_db!(self, |db| sqlx::query(&format!(
            "SELECT {DEVICE_COLUMNS} FROM devices
             WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at, id"
        ))
        .bind(user_id)
        .fetch_all(db)
        .await
        .and_then(|rows| rows.iter().map(device).collect()))
    }

    /// Unlinks one of a user's devices; false when the user has no such live device.
    pub async fn revoke_device(
        &self,
        user_id: &str,
        device_id: &str,
        now: i64,
    ) -> Result<bool, sqlx::Error> {
        let done = write_db!(self, |db| sqlx::query(
            "UPDATE devices SET revoked_at = $1
             WHERE id = $2 AND user_id = $3 AND revoked_at IS NULL",
        )
        .bind(now)
        .bind(device_id)
        .bind(user_id)
        .execute(db)
        .await
        .map(|done| done.rows_affected()))?;
        Ok(done > 0)
    }

    /// Unlinks every device of a user but `keep`.
    pub async fn revoke_other_devices(
        &self,
        user_id: &str,
        keep: &str,
        now: i64,
    ) -> Result<u64, sqlx::Error> {
        let done = write_db!(self, |db| sqlx::query(
            "UPDATE devices SET revoked_at = $1
             WHERE user_id = $2 AND id <> $3 AND revoked_at IS NULL",
        )
        .bind(now)
        .bind(user_id)
        .bind(keep)
        .execute(db)
        .await
        .map(|done| done.rows_affected()))?;
        Ok(done)
    }

    /// Whether the account signed in from `address` (a throttle key) at `since` or later.
    pub async fn is_known_address(
        &self,
        user_id: &str,
        address: &str,
        since: i64,
    ) -> Result<bool, sqlx::Error> {
        read_db!(self, |db| sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM known_addresses
             WHERE user_id = $1 AND address = $2 AND last_seen_at >= $3"
        )
        .bind(user_id)
        .bind(address)
        .bind(since)
        .fetch_one(db)
        .await
        .map(|count| count > 0))
    }

    /// Notes that the account signed in from `address` now.
    pub async fn remember_address(
        &self,
        user_id: &str,
        address: &str,
        now: i64,
    ) -> Result<(), sqlx::Error> {
        write_db!(self, |db| sqlx::query(
            "INSERT INTO known_addresses (user_id, address, last_seen_at) VALUES ($1, $2, $3)
             ON CONFLICT (user_id, address) DO UPDATE SET last_seen_at = excluded.last_seen_at"
        )
        .bind(user_id)
        .bind(address)
        .bind(now)
        .execute(db)
        .await
        .map(|done| done.rows_affected()))?;
        Ok(())
    }

    /// Forgets addresses no sign-in came from since `before`.
    pub async fn forget_addresses_before(&self, before: i64) -> Result<u64, sqlx::Error> {
        write_db!(self, |db| sqlx::query(
            "DELETE FROM known_addresses WHERE last_seen_at < $1"
        )
        .bind(before)
        .execute(db)
        .await
        .map(|done| done.rows_affected()))
    }

    /// Keeps a pairing code (by its hash) that `device_id` of `user_id` made, good until
    /// `expires_at`; the device's earlier codes, and every expired one, stop existing.
    pub async fn replace_pairing(
        &self,
        user_id: &str,
        device_id: &str,
        code_hash: &str,
        now: i64,
        expires_at: i64,
    ) -> Result<(), sqlx::Error> {
        let mut tx = self.begin().await?;
        in_tx!(&mut tx, |c| sqlx::query(
            "DELETE FROM pairings WHERE device_id = $1 OR expires_at <= $2"
        )
        .bind(device_id)
        .bind(now)
        .execute(&mut *c)
        .await
        .map(|done| done.rows_affected()))?;
        in_tx!(&mut tx, |c| sqlx::query(
            "INSERT INTO pairings (code_hash, user_id, device_id, created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5)"
        )
        .bind(code_hash)
        .bind(user_id)
        .bind(device_id)
        .bind(now)
        .bind(expires_at)
        .execute(&mut *c)
        .await
        .map(|done| done.rows_affected()))?;
        tx.commit().await
    }

    /// Uses up the pairing code that hashes to `code_hash`: the account it signs in to, when
    /// the code has not expired and the device that made it is still linked. A code works
    /// once, however many ask with it at the same moment.
    pub async fn take_pairing(
        &self,
        code_hash: &str,
        now: i64,
    ) -> Result<Option<String>, sqlx::Error> {
        write_db!(self, |db| sqlx::query_scalar(
            "DELETE FROM pairings
             WHERE code_hash = $1 AND expires_at > $2
               AND EXISTS (SELECT 1 FROM devices d
                           WHERE d.id = pairings.device_id AND d.revoked_at IS NULL)
             RETURNING user_id"
        )
        .bind(code_hash)
        .bind(now)
        .fetch_optional(db)
        .await)
    }

    /// Forgets pairing codes that expired before `now`.
    pub async fn forget_pairings_before(&self, now: i64) -> Result<u64, sqlx::Error> {
        write_db!(self, |db| sqlx::query(
            "DELETE FROM pairings WHERE expires_at <= $1"
        )
        .bind(now)
        .execute(db)
        .await
        .map(|done| done.rows_affected()))
    }

    /// Records an invite by the hash of its code.
    pub async fn insert_invite(
        &self,
        code_hash: &str,
        quota: Option<u64>,
        now: i64,
        expires_at: i64,
    ) -> Result<(), sqlx::Error> {
        write_db!(self, |db| sqlx::query(
            "INSERT INTO invites (code_hash, quota_bytes, created_at, expires_at)
             VALUES ($1, $2, $3, $4)"
        )
        .bind(code_hash)
        .bind(quota.map(super::to_i64))
        .bind(now)
        .bind(expires_at)
        .execute(db)
        .await
        .map(|done| done.rows_affected()))?;
        Ok(())
    }

    /// Adds an account with the invite whose code hashes to `code_hash`, using the invite up
    /// in the same transaction: `None` when there is no such invite, or it was used or has
    /// expired. A taken email is a unique violation, and leaves the invite as it was.
    pub async fn insert_user_with_invite(
        &self,
        email: &str,
        password_hash: &str,
        default_quota: u64,
        now: i64,
        code_hash: &str,
    ) -> Result<Option<UserRow>, sqlx::Error> {
        let mut tx = self.begin().await?;
        let invite: Option<Option<i64>> = in_tx!(&mut tx, |c| sqlx::query_scalar(
            "UPDATE invites SET used_at = $1
             WHERE code_hash = $2 AND used_at IS NULL AND expires_at > $1
             RETURNING quota_bytes"
        )
        .bind(now)
        .bind(code_hash)
        .fetch_optional(&mut *c)
        .await)?;
        let Some(quota) = invite else {
            return Ok(None);
        };
        let quota = quota.map_or(default_quota, super::to_u64);
        let id = super::new_id();
        let user = in_tx!(&mut tx, |c| sqlx::query(&format!(
            "INSERT INTO users (id, email, password_hash, admin, quota_bytes, created_at)
             VALUES ($1, $2, $3, NOT EXISTS (SELECT 1 FROM users), $4, $5)
             RETURNING {USER_COLUMNS}"
        ))
        .bind(&id)
        .bind(email)
        .bind(password_hash)
        .bind(super::to_i64(quota))
        .bind(now)
        .fetch_one(&mut *c)
        .await
        .and_then(|row| user(&row)))?;
        in_tx!(&mut tx, |c| sqlx::query(
            "UPDATE invites SET used_by = $1 WHERE code_hash = $2"
        )
        .bind(&id)
        .bind(code_hash)
        .execute(&mut *c)
        .await
        .map(|done| done.rows_affected()))?;
        tx.commit().await?;
        Ok(Some(user))
    }
}
