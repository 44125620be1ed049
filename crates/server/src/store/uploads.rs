use skyfolio_protocol::{DeviceId, MediaId, UploadId};

use super::{Fetched, Store, Tx, in_tx, read_db, to_i64, to_u64, write_db};

/// What [`Store::insert_upload`] did.
#[derive(Debug)]
pub enum Inserted {
    /// A new upload.
    New(UploadRow),
    /// The same device was sending the same file to the same path: its upload goes on.
    Resumed(UploadRow),
    /// It would take the account past its quota.
    OverQuota,
}

/// A resumable upload in progress.
#[derive(Debug, Clone)]
pub struct UploadRow {
    pub id: UploadId,
    pub user_id: String,
    pub device_id: DeviceId,
    pub path: String,
    pub hash: String,
    pub size: u64,
    pub offset: u64,
    pub modified_at: Option<i64>,
    pub replaces: Option<MediaId>,
    pub storage_key: String,
    pub expires_at: i64,
    /// The capture time to use when the file states none (RFC 3339), from the client.
    pub taken_at_fallback: Option<String>,
}

const COLUMNS: &str = "id, user_id, device_id, path, hash, size, \"offset\", modified_at, \
                       replaces, storage_key, expires_at, taken_at_fallback";

fn upload(row: &impl Fetched) -> Result<UploadRow, sqlx::Error> {
    Ok(UploadRow {
        id: row.col("id")?,
        user_id: row.col("user_id")?,
        device_id: row.col("device_id")?,
        path: row.col("path")?,
        hash: row.col("hash")?,
        size: to_u64(row.col("size")?),
        offset: to_u64(row.col("offset")?),
        modified_at: row.col("modified_at")?,
        replaces: row.col("replaces")?,
        storage_key: row.col("storage_key")?,
        expires_at: row.col("expires_at")?,
        taken_at_fallback: row.col("taken_at_fallback")?,
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
    ) -> Result<Inserted, sqlx::Error> {
        let mut tx: Tx = self.begin_lease().await?;
        // The account's lock first: the sums below then count every upload and commit
        // before this one, on whatever process it ran.
        super::lock_user(&mut tx, &new.user_id).await?;
        // The device announces a file it was sending before (its process was killed, the
        // network dropped, its journal was lost): that upload goes on, and no second one
        // reserves the same bytes again.
        let earlier = in_tx!(&mut tx, |c| sqlx::query(&format!(
            "SELECT {COLUMNS} FROM uploads
             WHERE user_id = $1 AND device_id = $2 AND path = $3 AND hash = $4 AND size = $5
             ORDER BY \"offset\" DESC LIMIT 1"
        ))
        .bind(&new.user_id)
        .bind(&new.device_id)
        .bind(&new.path)
        .bind(&new.hash)
        .bind(to_i64(new.size))
        .fetch_optional(&mut *c)
        .await
        .and_then(|row| row.as_ref().map(upload).transpose()))?;
        if let Some(earlier) = earlier {
            return Ok(Inserted::Resumed(earlier));
        }
        if !Store::fits_in_quota(&mut tx, &new.user_id, new.size, quota).await? {
            return Ok(Inserted::OverQuota);
        }
        let row = in_tx!(&mut tx, |c| sqlx::query(&format!(
            "INSERT INTO uploads (id, user_id, device_id, path, hash, size, \"offset\", modified_at,
                replaces, storage_key, created_at, expires_at, taken_at_fallback)
             VALUES ($1, $2, $3, $4, $5, $6, 0, $7, $8, $9, $10, $11, $12) RETURNING {COLUMNS}"
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
        .bind(&new.taken_at_fallback)
        .fetch_one(&mut *c)
        .await
        .and_then(|row| upload(&row)))?;
        tx.commit().await?;
        Ok(Inserted::New(row))
    }

    /// Whether `size` more bytes keep the account within `quota`, counting its stored content
    /// and its uploads in progress. Call with the account locked ([`super::lock_user`]), so
    /// that the sums count every upload and commit before this one.
    pub(crate) async fn fits_in_quota(
        tx: &mut Tx,
        user_id: &str,
        size: u64,
        quota: u64,
    ) -> Result<bool, sqlx::Error> {
        let (stored, reserved): (Option<i64>, Option<i64>) = in_tx!(tx, |c| sqlx::query_as(
            "SELECT u.stored_bytes,
                    (SELECT CAST(SUM(size) AS BIGINT) FROM uploads WHERE user_id = u.id)
             FROM users u WHERE u.id = $1"
        )
        .bind(user_id)
        .fetch_optional(&mut *c)
        .await)?
        .unwrap_or((None, None));
        let total = stored
            .map_or(0, to_u64)
            .saturating_add(reserved.map_or(0, to_u64))
            .saturating_add(size);
        Ok(total <= quota)
    }

    /// An account's uploads in progress, the oldest first.
    pub async fn uploads_of(&self, user_id: &str) -> Result<Vec<UploadRow>, sqlx::Error> {
        read_db!(self, |db| sqlx::query(&format!(
            "SELECT {COLUMNS} FROM uploads WHERE user_id = $1 ORDER BY created_at, id"
        ))
        .bind(user_id)
        .fetch_all(db)
        .await
        .and_then(|rows| rows.iter().map(upload).collect()))
    }

    pub async fn upload(&self, user_id: &str, id: &str) -> Result<Option<UploadRow>, sqlx::Error> {
        read_db!(self, |db| sqlx::query(&format!(
            "SELECT {COLUMNS} FROM uploads WHERE user_id = $1 AND id = $2"
        ))
        .bind(user_id)
        .bind(id)
        .fetch_optional(db)
        .await
        .and_then(|row| row.as_ref().map(upload).transpose()))
    }

    /// How many uploads are under way (for the metrics).
    pub async fn upload_count(&self) -> Result<i64, sqlx::Error> {
        read_db!(self, |db| sqlx::query_scalar(
            "SELECT COUNT(*) FROM uploads"
        )
        .fetch_one(db)
        .await)
    }

    pub async fn all_uploads(&self) -> Result<Vec<UploadRow>, sqlx::Error> {
        read_db!(self, |db| sqlx::query(&format!(
            "SELECT {COLUMNS} FROM uploads"
        ))
        .fetch_all(db)
        .await
        .and_then(|rows| rows.iter().map(upload).collect()))
    }

    /// Records how far an upload has come and pushes its expiry back.
    pub async fn set_upload_offset(
        &self,
        id: &str,
        offset: u64,
        expires_at: i64,
    ) -> Result<(), sqlx::Error> {
        write_db!(self, |db| sqlx::query(
            "UPDATE uploads SET \"offset\" = $1, expires_at = $2 WHERE id = $3"
        )
        .bind(to_i64(offset))
        .bind(expires_at)
        .bind(id)
        .execute(db)
        .await
        .map(|done| done.rows_affected()))?;
        Ok(())
    }

    /// Claims the right to write to an upload for the request `writer`, until `until`: false
    /// while another request's claim holds, on any process. A claim that lapsed (its process
    /// stopped) is taken over.
    pub async fn claim_upload(
        &self,
        id: &str,
        writer: &str,
        now: i64,
        until: i64,
    ) -> Result<bool, sqlx::Error> {
        // A claim is a lease: a power cut forgets it with the request that held it.
        let mut tx = self.begin_lease().await?;
        let done = in_tx!(&mut tx, |c| sqlx::query(
            "UPDATE uploads SET writer = $1, writing_until = $2
             WHERE id = $3 AND (writer IS NULL OR writer = $1 OR writing_until <= $4)"
        )
        .bind(writer)
        .bind(until)
        .bind(id)
        .bind(now)
        .execute(&mut *c)
        .await
        .map(|done| done.rows_affected()))?;
        tx.commit().await?;
        Ok(done > 0)
    }

    /// Gives up a claim `writer` holds; nothing when it holds none.
    pub async fn release_upload(&self, id: &str, writer: &str) -> Result<(), sqlx::Error> {
        let mut tx = self.begin_lease().await?;
        in_tx!(&mut tx, |c| sqlx::query(
            "UPDATE uploads SET writer = NULL, writing_until = NULL WHERE id = $1 AND writer = $2"
        )
        .bind(id)
        .bind(writer)
        .execute(&mut *c)
        .await
        .map(|done| done.rows_affected()))?;
        tx.commit().await
    }

    /// Gives up every claim on an upload, held by whatever request (at the start of the
    /// only process on the database: every claim then is what a stopped process left).
    pub async fn release_all_uploads(&self) -> Result<(), sqlx::Error> {
        write_db!(self, |db| sqlx::query(
            "UPDATE uploads SET writer = NULL, writing_until = NULL WHERE writer IS NOT NULL"
        )
        .execute(db)
        .await
        .map(|done| done.rows_affected()))?;
        Ok(())
    }

    /// Forgets an upload; false when the user had no such upload.
    pub async fn delete_upload(&self, user_id: &str, id: &str) -> Result<bool, sqlx::Error> {
        let done = write_db!(self, |db| sqlx::query(
            "DELETE FROM uploads WHERE user_id = $1 AND id = $2"
        )
        .bind(user_id)
        .bind(id)
        .execute(db)
        .await
        .map(|done| done.rows_affected()))?;
        Ok(done > 0)
    }

    pub(crate) async fn delete_upload_in(tx: &mut Tx, id: &str) -> Result<(), sqlx::Error> {
        in_tx!(tx, |c| sqlx::query("DELETE FROM uploads WHERE id = $1")
            .bind(id)
            .execute(&mut *c)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(())
    }

    /// Uploads that received nothing before `now` passed their expiry, and that no request
    /// is writing to.
    pub async fn expired_uploads(&self, now: i64) -> Result<Vec<UploadRow>, sqlx::Error> {
        read_db!(self, |db| sqlx::query(&format!(
            "SELECT {COLUMNS} FROM uploads
             WHERE expires_at <= $1 AND (writing_until IS NULL OR writing_until <= $1)"
        ))
        .bind(now)
        .fetch_all(db)
        .await
        .and_then(|rows| rows.iter().map(upload).collect()))
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Backend, Store};

    /// What the writer's next commit waits for: 2 is FULL (the disk).
    async fn writer_synchronous(store: &Store) -> i64 {
        let Backend::Sqlite { writer, .. } = &store.backend else {
            unreachable!("a SQLite store")
        };
        let mut connection = writer.pool.acquire().await.expect("the writer");
        sqlx::query_scalar("PRAGMA synchronous")
            .fetch_one(&mut *connection)
            .await
            .expect("the setting")
    }

    #[tokio::test]
    async fn a_lease_leaves_the_writer_waiting_for_the_disk_again() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open_sqlite(&dir.path().join("server.db"))
            .await
            .expect("a store");
        assert_eq!(writer_synchronous(&store).await, 2);
        // No such upload: the lease takes nothing, and every commit after it is durable.
        let claimed = store
            .claim_upload("no-such-upload", "writer", 0, 1)
            .await
            .expect("a claim");
        assert!(!claimed);
        assert_eq!(writer_synchronous(&store).await, 2);
        store
            .release_upload("no-such-upload", "writer")
            .await
            .expect("released");
        assert_eq!(writer_synchronous(&store).await, 2);
        // A reservation's transaction, committed or given up.
        store
            .begin_lease()
            .await
            .expect("a lease")
            .commit()
            .await
            .expect("committed");
        assert_eq!(writer_synchronous(&store).await, 2);
        drop(store.begin_lease().await.expect("a lease"));
        assert_eq!(writer_synchronous(&store).await, 2);
    }
}
