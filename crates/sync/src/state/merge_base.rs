//! The merge base: what each folder and the cloud last agreed on, file by file.

use std::collections::BTreeMap;

use skyfolio_media::ContentHash;

use super::*;
use crate::Error;
use crate::plan::Synced;

impl State {
    pub async fn synced(&self, folder_id: FolderId) -> Result<BTreeMap<String, Synced>, Error> {
        let rows: Vec<(String, Vec<u8>, MediaId)> =
            sqlx::query_as("SELECT key, hash, remote_id FROM synced WHERE folder_id = $1")
                .bind(folder_id)
                .fetch_all(&self.pool)
                .await?;
        let mut synced = BTreeMap::new();
        for (key, hash, remote_id) in rows {
            synced.insert(
                key,
                Synced {
                    hash: hash_of(hash)?,
                    remote_id,
                },
            );
        }
        Ok(synced)
    }

    pub async fn synced_count(&self) -> Result<i64, Error> {
        Ok(sqlx::query_scalar("SELECT count(*) FROM synced")
            .fetch_one(&self.pool)
            .await?)
    }

    pub async fn record_synced(
        &self,
        folder_id: FolderId,
        key: &str,
        hash: ContentHash,
        remote_id: &MediaId,
    ) -> Result<(), Error> {
        sqlx::query(
            "INSERT INTO synced (folder_id, key, hash, remote_id) VALUES ($1, $2, $3, $4)
             ON CONFLICT (folder_id, key) DO UPDATE SET hash = excluded.hash,
                remote_id = excluded.remote_id",
        )
        .bind(folder_id)
        .bind(key)
        .bind(hash.as_bytes().as_slice())
        .bind(remote_id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Records many agreements in one transaction.
    pub async fn record_synced_many(
        &self,
        folder_id: FolderId,
        rows: &[(String, ContentHash, MediaId)],
    ) -> Result<(), Error> {
        let mut tx = self.write().await?;
        for (key, hash, remote_id) in rows {
            sqlx::query(
                "INSERT INTO synced (folder_id, key, hash, remote_id) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (folder_id, key) DO UPDATE SET hash = excluded.hash,
                    remote_id = excluded.remote_id",
            )
            .bind(folder_id)
            .bind(key)
            .bind(hash.as_bytes().as_slice())
            .bind(remote_id)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub async fn forget_synced(&self, folder_id: FolderId, key: &str) -> Result<(), Error> {
        sqlx::query("DELETE FROM synced WHERE folder_id = $1 AND key = $2")
            .bind(folder_id)
            .bind(key)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Moves a merge base from one key to another, in one step.
    pub async fn move_synced(
        &self,
        folder_id: FolderId,
        from: &str,
        to: &str,
        hash: ContentHash,
        remote_id: &MediaId,
    ) -> Result<(), Error> {
        let mut tx = self.write().await?;
        sqlx::query("DELETE FROM synced WHERE folder_id = $1 AND key = $2")
            .bind(folder_id)
            .bind(from)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO synced (folder_id, key, hash, remote_id) VALUES ($1, $2, $3, $4)
             ON CONFLICT (folder_id, key) DO UPDATE SET hash = excluded.hash,
                remote_id = excluded.remote_id",
        )
        .bind(folder_id)
        .bind(to)
        .bind(hash.as_bytes().as_slice())
        .bind(remote_id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
