//! Each folder's album in the cloud, and whether the person paused it.

use super::*;
use crate::Error;

impl State {
    /// The album a folder mirrors, once it was set.
    pub async fn album(&self, folder_id: FolderId) -> Result<Option<String>, Error> {
        Ok(
            sqlx::query_scalar("SELECT album FROM links WHERE folder_id = $1")
                .bind(folder_id)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    pub async fn set_album(&self, folder_id: FolderId, album: &str) -> Result<(), Error> {
        sqlx::query(
            "INSERT INTO links (folder_id, album) VALUES ($1, $2)
             ON CONFLICT (folder_id) DO UPDATE SET album = excluded.album",
        )
        .bind(folder_id)
        .bind(album)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Forgets everything about a folder that is no longer in the library.
    pub async fn forget_folder(&self, folder_id: FolderId) -> Result<(), Error> {
        let mut tx = self.write().await?;
        for table in ["links", "synced", "transfers"] {
            sqlx::query(&format!("DELETE FROM {table} WHERE folder_id = $1"))
                .bind(folder_id)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query("DELETE FROM settings WHERE name = $1")
            .bind(paused_setting(folder_id))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Whether someone paused this folder's sync.
    pub async fn folder_paused(&self, folder_id: FolderId) -> Result<bool, Error> {
        Ok(self.setting(&paused_setting(folder_id)).await?.as_deref() == Some("1"))
    }

    pub async fn set_folder_paused(&self, folder_id: FolderId, paused: bool) -> Result<(), Error> {
        self.set_setting(&paused_setting(folder_id), if paused { "1" } else { "0" })
            .await
    }
}
