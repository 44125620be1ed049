//! The transfer journal: every upload and download under way or waiting to be tried again.

use super::*;
use crate::Error;

impl State {
    pub async fn transfer(
        &self,
        folder_id: FolderId,
        key: &str,
        direction: Direction,
    ) -> Result<Option<Transfer>, Error> {
        let row = sqlx::query(&format!(
            "SELECT {TRANSFER_COLUMNS} FROM transfers
             WHERE folder_id = $1 AND key = $2 AND direction = $3"
        ))
        .bind(folder_id)
        .bind(key)
        .bind(direction.as_str())
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.as_ref().map(transfer_row).transpose()?)
    }

    pub async fn transfers(&self) -> Result<Vec<Transfer>, Error> {
        let rows = sqlx::query(&format!(
            "SELECT {TRANSFER_COLUMNS} FROM transfers ORDER BY folder_id, key"
        ))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(transfer_row).collect::<Result<_, _>>()?)
    }

    /// Writes a transfer's row as it now stands.
    pub async fn save_transfer(&self, transfer: &Transfer, now: i64) -> Result<(), Error> {
        sqlx::query(
            "INSERT INTO transfers (folder_id, key, direction, hash, size, local_path, upload_id,
                                    remote_id, bytes_done, attempts, next_try_at, error_code,
                                    error_message, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
             ON CONFLICT (folder_id, key, direction) DO UPDATE SET hash = excluded.hash,
                size = excluded.size, local_path = excluded.local_path,
                upload_id = excluded.upload_id, remote_id = excluded.remote_id,
                bytes_done = excluded.bytes_done, attempts = excluded.attempts,
                next_try_at = excluded.next_try_at, error_code = excluded.error_code,
                error_message = excluded.error_message, updated_at = excluded.updated_at",
        )
        .bind(transfer.folder_id)
        .bind(&transfer.key)
        .bind(transfer.direction.as_str())
        .bind(transfer.hash.as_bytes().as_slice())
        .bind(to_i64(transfer.size))
        .bind(transfer.local_path.to_string_lossy().as_ref())
        .bind(&transfer.upload_id)
        .bind(&transfer.remote_id)
        .bind(to_i64(transfer.bytes_done))
        .bind(i64::from(transfer.attempts))
        .bind(transfer.next_try_at)
        .bind(&transfer.error_code)
        .bind(&transfer.error_message)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn finish_transfer(
        &self,
        folder_id: FolderId,
        key: &str,
        direction: Direction,
    ) -> Result<(), Error> {
        sqlx::query("DELETE FROM transfers WHERE folder_id = $1 AND key = $2 AND direction = $3")
            .bind(folder_id)
            .bind(key)
            .bind(direction.as_str())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Clears the waits of failed transfers, so the next pass tries them at once.
    pub async fn retry_now(&self) -> Result<u64, Error> {
        let done = sqlx::query("UPDATE transfers SET next_try_at = 0 WHERE next_try_at > 0")
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }
}
