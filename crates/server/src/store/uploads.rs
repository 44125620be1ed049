use sqlx::Row;
use sqlx::sqlite::SqliteRow;

use super::{Store, Tx, to_i64, to_u64};

/// A resumable upload in progress.
#[derive(Debug, Clone)]
pub struct UploadRow {
    pub id: String,
    pub user_id: String,
    pub device_id: String,
    pub path: String,
    pub hash: String,
    pub size: u64,
    pub offset: u64,
    pub modified_at: Option<i64>,
    pub replaces: Option<String>,
    pub storage_key: String,
    pub expires_at: i64,
}

const COLUMNS: &str = "id, user_id, device_id, path, hash, size, \"offset\", modified_at, \
                       replaces, storage_key, expires_at";

fn upload(row: &SqliteRow) -> Result<UploadRow, sqlx::Error> {
    Ok(UploadRow {
        id: row.try_get("id")?,
        user_id: row.try_get("user_id")?,
        device_id: row.try_get("device_id")?,
        path: row.try_get("path")?,
        hash: row.try_get("hash")?,
        size: to_u64(row.try_get("size")?),
        offset: to_u64(row.try_get("offset")?),
        modified_at: row.try_get("modified_at")?,
        replaces: row.try_get("replaces")?,
        storage_key: row.try_get("storage_key")?,
        expires_at: row.try_get("expires_at")?,
    })
}

impl Store {
    /// Records an upload unless it would take the user past `quota` (stored content plus
    /// uploads in progress plus this one); `None` then. The check and the insert are one
    /// transaction, so two uploads cannot both squeeze under the limit.
    pub async fn insert_upload(
        &self,
        new: &UploadRow,
        quota: u64,
        now: i64,
    ) -> Result<Option<UploadRow>, sqlx::Error> {
        let mut tx: Tx = self.begin().await?;
        // A write first: it takes the write lock before the sums are read.
        sqlx::query("UPDATE users SET seq = seq WHERE id = $1")
            .bind(&new.user_id)
            .execute(&mut *tx)
            .await?;
        let stored: Option<i64> =
            sqlx::query_scalar("SELECT SUM(size) FROM blobs WHERE user_id = $1")
                .bind(&new.user_id)
                .fetch_one(&mut *tx)
                .await?;
        let reserved: Option<i64> =
            sqlx::query_scalar("SELECT SUM(size) FROM uploads WHERE user_id = $1")
                .bind(&new.user_id)
                .fetch_one(&mut *tx)
                .await?;
        let total = stored
            .map_or(0, to_u64)
            .saturating_add(reserved.map_or(0, to_u64))
            .saturating_add(new.size);
        if total > quota {
            return Ok(None);
        }
        let row = sqlx::query(&format!(
            "INSERT INTO uploads (id, user_id, device_id, path, hash, size, \"offset\", modified_at,
                replaces, storage_key, created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5, $6, 0, $7, $8, $9, $10, $11) RETURNING {COLUMNS}"
        ))
        .bind(&new.id)
        .bind(&new.user_id)
        .bind(&new.device_id)
        .bind(&new.path)
        .bind(&new.hash)
        .bind(to_i64(new.size))
        .bind(new.modified_at)
        .bind(&new.replaces)
        .bind(&new.storage_key)
        .bind(now)
        .bind(new.expires_at)
        .fetch_one(&mut *tx)
        .await?;
        let row = upload(&row)?;
        tx.commit().await?;
        Ok(Some(row))
    }

    pub async fn upload(&self, user_id: &str, id: &str) -> Result<Option<UploadRow>, sqlx::Error> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM uploads WHERE user_id = $1 AND id = $2"
        ))
        .bind(user_id)
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(upload).transpose()
    }

    pub async fn all_uploads(&self) -> Result<Vec<UploadRow>, sqlx::Error> {
        let rows = sqlx::query(&format!("SELECT {COLUMNS} FROM uploads"))
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(upload).collect()
    }

    /// Records how far an upload has come and pushes its expiry back.
    pub async fn set_upload_offset(
        &self,
        id: &str,
        offset: u64,
        expires_at: i64,
    ) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE uploads SET \"offset\" = $1, expires_at = $2 WHERE id = $3")
            .bind(to_i64(offset))
            .bind(expires_at)
            .bind(id)
            .execute(&self.writer)
            .await?;
        Ok(())
    }

    /// Forgets an upload; false when the user had no such upload.
    pub async fn delete_upload(&self, user_id: &str, id: &str) -> Result<bool, sqlx::Error> {
        let done = sqlx::query("DELETE FROM uploads WHERE user_id = $1 AND id = $2")
            .bind(user_id)
            .bind(id)
            .execute(&self.writer)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    pub(crate) async fn delete_upload_in(tx: &mut Tx, id: &str) -> Result<(), sqlx::Error> {
        sqlx::query("DELETE FROM uploads WHERE id = $1")
            .bind(id)
            .execute(&mut **tx)
            .await?;
        Ok(())
    }

    /// Uploads that received nothing before `now` passed their expiry.
    pub async fn expired_uploads(&self, now: i64) -> Result<Vec<UploadRow>, sqlx::Error> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM uploads WHERE expires_at <= $1"
        ))
        .bind(now)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(upload).collect()
    }
}
