use sqlx::Row;
use sqlx::sqlite::SqliteRow;

use super::Store;

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
    pub id: String,
    pub user_id: String,
    pub name: String,
    pub platform: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub last_sync_at: Option<i64>,
}

const USER_COLUMNS: &str = "id, email, password_hash, admin, disabled, quota_bytes, created_at";
const DEVICE_COLUMNS: &str = "id, user_id, name, platform, created_at, last_seen_at, last_sync_at";

fn user(row: &SqliteRow) -> Result<UserRow, sqlx::Error> {
    Ok(UserRow {
        id: row.try_get("id")?,
        email: row.try_get("email")?,
        password_hash: row.try_get("password_hash")?,
        admin: row.try_get("admin")?,
        disabled: row.try_get("disabled")?,
        quota: super::to_u64(row.try_get("quota_bytes")?),
        created_at: row.try_get("created_at")?,
    })
}

fn device(row: &SqliteRow) -> Result<DeviceRow, sqlx::Error> {
    Ok(DeviceRow {
        id: row.try_get("id")?,
        user_id: row.try_get("user_id")?,
        name: row.try_get("name")?,
        platform: row.try_get("platform")?,
        created_at: row.try_get("created_at")?,
        last_seen_at: row.try_get("last_seen_at")?,
        last_sync_at: row.try_get("last_sync_at")?,
    })
}

impl Store {
    pub async fn count_users(&self) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar("SELECT COUNT(*) FROM users")
            .fetch_one(&self.pool)
            .await
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
        let row = sqlx::query(&format!(
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
        .fetch_one(&self.writer)
        .await?;
        user(&row)
    }

    pub async fn user_by_email(&self, email: &str) -> Result<Option<UserRow>, sqlx::Error> {
        let row = sqlx::query(&format!(
            "SELECT {USER_COLUMNS} FROM users WHERE email = $1"
        ))
        .bind(email)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(user).transpose()
    }

    pub async fn user_by_id(&self, id: &str) -> Result<Option<UserRow>, sqlx::Error> {
        let row = sqlx::query(&format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(user).transpose()
    }

    pub async fn list_users(&self) -> Result<Vec<UserRow>, sqlx::Error> {
        let rows = sqlx::query(&format!(
            "SELECT {USER_COLUMNS} FROM users ORDER BY created_at, email"
        ))
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(user).collect()
    }

    /// Sets an account's quota; false when there is no such account.
    pub async fn set_quota(&self, email: &str, quota: u64) -> Result<bool, sqlx::Error> {
        let done = sqlx::query("UPDATE users SET quota_bytes = $1 WHERE email = $2")
            .bind(super::to_i64(quota))
            .bind(email)
            .execute(&self.writer)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    /// Disables (or enables) an account; disabling unlinks every device at once.
    pub async fn set_disabled(
        &self,
        email: &str,
        disabled: bool,
        now: i64,
    ) -> Result<bool, sqlx::Error> {
        let mut tx = self.begin().await?;
        let id: Option<String> =
            sqlx::query_scalar("UPDATE users SET disabled = $1 WHERE email = $2 RETURNING id")
                .bind(disabled)
                .bind(email)
                .fetch_optional(&mut *tx)
                .await?;
        let Some(id) = id else { return Ok(false) };
        if disabled {
            sqlx::query(
                "UPDATE devices SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL",
            )
            .bind(now)
            .bind(&id)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    pub async fn set_password(&self, user_id: &str, hash: &str) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(hash)
            .bind(user_id)
            .execute(&self.writer)
            .await?;
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
        let row = sqlx::query(&format!(
            "INSERT INTO devices (id, user_id, name, platform, token_hash, created_at, last_seen_at)
             VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING {DEVICE_COLUMNS}"
        ))
        .bind(super::new_id())
        .bind(user_id)
        .bind(name)
        .bind(platform)
        .bind(token_hash)
        .bind(now)
        .fetch_one(&self.writer)
        .await?;
        device(&row)
    }

    /// The live device (and its enabled account) a token belongs to.
    pub async fn device_by_token(
        &self,
        token_hash: &str,
    ) -> Result<Option<(DeviceRow, UserRow)>, sqlx::Error> {
        let row = sqlx::query(
            "SELECT d.id AS device_id, d.name, d.platform, d.created_at AS device_created_at,
                    d.last_seen_at, d.last_sync_at,
                    u.id, u.email, u.password_hash, u.admin, u.disabled, u.quota_bytes,
                    u.created_at
             FROM devices d JOIN users u ON u.id = d.user_id
             WHERE d.token_hash = $1 AND d.revoked_at IS NULL AND NOT u.disabled",
        )
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let account = user(&row)?;
        let device = DeviceRow {
            id: row.try_get("device_id")?,
            user_id: account.id.clone(),
            name: row.try_get("name")?,
            platform: row.try_get("platform")?,
            created_at: row.try_get("device_created_at")?,
            last_seen_at: row.try_get("last_seen_at")?,
            last_sync_at: row.try_get("last_sync_at")?,
        };
        Ok(Some((device, account)))
    }

    pub async fn touch_device(&self, id: &str, now: i64) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE devices SET last_seen_at = $1 WHERE id = $2")
            .bind(now)
            .bind(id)
            .execute(&self.writer)
            .await?;
        Ok(())
    }

    pub async fn mark_synced(&self, id: &str, now: i64) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE devices SET last_sync_at = $1, last_seen_at = $1 WHERE id = $2")
            .bind(now)
            .bind(id)
            .execute(&self.writer)
            .await?;
        Ok(())
    }

    /// [`Store::mark_synced`] inside a transaction that does more.
    pub(crate) async fn mark_synced_in(
        tx: &mut super::Tx,
        id: &str,
        now: i64,
    ) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE devices SET last_sync_at = $1, last_seen_at = $1 WHERE id = $2")
            .bind(now)
            .bind(id)
            .execute(&mut **tx)
            .await?;
        Ok(())
    }

    pub async fn list_devices(&self, user_id: &str) -> Result<Vec<DeviceRow>, sqlx::Error> {
        let rows = sqlx::query(&format!(
            "SELECT {DEVICE_COLUMNS} FROM devices
             WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at, id"
        ))
        .bind(user_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(device).collect()
    }

    /// Unlinks one of a user's devices; false when the user has no such live device.
    pub async fn revoke_device(
        &self,
        user_id: &str,
        device_id: &str,
        now: i64,
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE devices SET revoked_at = $1
             WHERE id = $2 AND user_id = $3 AND revoked_at IS NULL",
        )
        .bind(now)
        .bind(device_id)
        .bind(user_id)
        .execute(&self.writer)
        .await?;
        Ok(done.rows_affected() > 0)
    }

    /// Unlinks every device of a user but `keep`.
    pub async fn revoke_other_devices(
        &self,
        user_id: &str,
        keep: &str,
        now: i64,
    ) -> Result<u64, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE devices SET revoked_at = $1
             WHERE user_id = $2 AND id <> $3 AND revoked_at IS NULL",
        )
        .bind(now)
        .bind(user_id)
        .bind(keep)
        .execute(&self.writer)
        .await?;
        Ok(done.rows_affected())
    }
}
