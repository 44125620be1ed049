//! The account this computer is signed in to (the token itself is kept apart).

use sqlx::Row;

use super::*;
use crate::Error;

impl State {
    pub async fn account(&self) -> Result<Option<AccountRow>, Error> {
        let row = sqlx::query(
            "SELECT server, email, device_id, device_name, token_store, signed_in_at
             FROM account WHERE id = 1",
        )
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        Ok(Some(AccountRow {
            server: row.try_get("server")?,
            email: row.try_get("email")?,
            device_id: row.try_get("device_id")?,
            device_name: row.try_get("device_name")?,
            token_store: if row.try_get::<String, _>("token_store")? == "keychain" {
                TokenStore::Keychain
            } else {
                TokenStore::File
            },
            signed_in_at: row.try_get("signed_in_at")?,
        }))
    }

    /// Records the account signed in to. Signing in to another server or account starts the
    /// mirror, the merge bases and the journal afresh: what was agreed with one cloud says
    /// nothing of another.
    pub async fn set_account(&self, account: &AccountRow) -> Result<(), Error> {
        let mut tx = self.write().await?;
        let previous: Option<(String, String)> =
            sqlx::query_as("SELECT server, email FROM account WHERE id = 1")
                .fetch_optional(&mut *tx)
                .await?;
        let same_cloud = previous.is_some_and(|(s, e)| s == account.server && e == account.email);
        if !same_cloud {
            for table in ["remote", "feed", "synced", "transfers"] {
                sqlx::query(&format!("DELETE FROM {table}"))
                    .execute(&mut *tx)
                    .await?;
            }
        }
        sqlx::query(
            "INSERT INTO account (id, server, email, device_id, device_name, token_store,
                                  signed_in_at)
             VALUES (1, $1, $2, $3, $4, $5, $6)
             ON CONFLICT (id) DO UPDATE SET server = excluded.server, email = excluded.email,
                device_id = excluded.device_id, device_name = excluded.device_name,
                token_store = excluded.token_store, signed_in_at = excluded.signed_in_at",
        )
        .bind(&account.server)
        .bind(&account.email)
        .bind(&account.device_id)
        .bind(&account.device_name)
        .bind(account.token_store.as_str())
        .bind(account.signed_in_at)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The same account, reached at another address (the local cloud on a new port): nothing
    /// is started afresh.
    pub async fn set_server_address(&self, server: &str) -> Result<(), Error> {
        sqlx::query("UPDATE account SET server = $1 WHERE id = 1")
            .bind(server)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Forgets the account (signing out). The mirror and the merge bases stay until another
    /// account signs in, so signing in again to the same one resumes where it was.
    pub async fn clear_account(&self) -> Result<(), Error> {
        sqlx::query("DELETE FROM account")
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
