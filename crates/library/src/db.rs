use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

use crate::{Error, Home, Library};

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

impl Library {
    /// Opens (creating when needed) the library under `home` and brings its schema up to date.
    pub async fn open(home: &Home) -> Result<Library, Error> {
        let path = home.database_path();
        std::fs::create_dir_all(home.data_dir()).map_err(|source| Error::Io {
            path: home.data_dir().to_owned(),
            source,
        })?;
        let options = SqliteConnectOptions::from_str("sqlite:")
            .map_err(|source| Error::Open {
                path: path.clone(),
                source,
            })?
            .filename(&path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // With WAL, NORMAL loses at most the last transactions on power loss, never
            // consistency; the index can always be rebuilt from the disk.
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            // The gallery pages through the index at random: keep up to 32 MiB of it cached.
            .pragma("cache_size", "-32768")
            // A rescan loads thousands of rows at a time (remembered failures, a changed
            // directory's files): the connection's thread may send 1,024 rows ahead of the
            // reader rather than 50, and the two hand over less often.
            .row_buffer_size(1024)
            .busy_timeout(Duration::from_secs(10));
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            // A file on this computer: a query finds out as soon as a ping would, without
            // the extra round trip to the connection's thread before each one.
            .test_before_acquire(false)
            .connect_with(options)
            .await
            .map_err(|source| Error::Open {
                path: path.clone(),
                source,
            })?;
        MIGRATOR
            .run(&pool)
            .await
            .map_err(|source| Error::Migrate { path, source })?;
        Ok(Library {
            pool,
            settle: crate::SETTLE_TIME,
            clock: skyfolio_clock::SystemClock::shared(),
        })
    }

    /// A write transaction of the index ([`begin_write`]): its pool has several connections.
    pub(crate) async fn write(
        &self,
    ) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>, sqlx::Error> {
        begin_write(&self.pool).await
    }

    /// Closes every connection, checkpointing the write-ahead log.
    pub async fn close(self) {
        self.pool.close().await;
    }
}

/// A write transaction on `pool` that holds the database's write lock from its first
/// statement. A transaction that reads and then writes could otherwise find that another
/// connection (of this pool or of another process) wrote in between, and fail with "database is
/// locked" at once instead of waiting (SQLite's busy snapshot).
pub async fn begin_write(
    pool: &sqlx::SqlitePool,
) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>, sqlx::Error> {
    // On a task of its own: sqlx opens a custom `BEGIN` in two steps, and a caller dropped
    // between them (a pass stopped part-way) would leave the connection in a transaction nobody
    // ends, holding the write lock. A spawned task always finishes, and its transaction, if
    // nobody takes it, is rolled back as it is dropped.
    let pool = pool.clone();
    tokio::spawn(async move { pool.begin_with("BEGIN IMMEDIATE").await })
        .await
        .map_err(|e| sqlx::Error::Io(std::io::Error::other(e)))?
}
