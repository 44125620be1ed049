//! Every SQL statement the server runs, behind one handle.
//!
//! The statements keep to what SQLite and PostgreSQL both understand (`RETURNING`, partial
//! indexes, `ON CONFLICT DO NOTHING`, positional parameters), so that a PostgreSQL pool can
//! take SQLite's place here without the rest of the server noticing.

mod accounts;
mod media;
mod uploads;

pub use accounts::{DeviceRow, UserRow};
pub use media::{BlobRow, Cursor, NewBlob, Outcome, Usage};
pub use uploads::UploadRow;

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, SqlitePool, Transaction};

use crate::Error;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// The database.
#[derive(Clone)]
pub struct Store {
    /// For reads, several at once.
    pool: SqlitePool,
    /// For every write and transaction: one connection, so writers queue here instead of
    /// sleeping in SQLite's busy handler while another holds the write lock.
    writer: SqlitePool,
}

pub(crate) type Tx = Transaction<'static, Sqlite>;

impl Store {
    /// Opens (creating when needed) the SQLite database at `path` and migrates it.
    pub async fn open_sqlite(path: &Path) -> Result<Store, Error> {
        let open_error = |source| Error::Open {
            path: path.to_owned(),
            source,
        };
        let options = SqliteConnectOptions::from_str("sqlite:")
            .map_err(open_error)?
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // The catalogue of a family's photos: every commit reaches the disk before the
            // client is told it is done.
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(30));
        let writer = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(options.clone())
            .await
            .map_err(open_error)?;
        MIGRATOR
            .run(&writer)
            .await
            .map_err(|source| Error::Migrate {
                path: path.to_owned(),
                source,
            })?;
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options.read_only(true))
            .await
            .map_err(open_error)?;
        Ok(Store { pool, writer })
    }

    pub(crate) async fn begin(&self) -> Result<Tx, sqlx::Error> {
        self.writer.begin().await
    }

    pub async fn close(&self) {
        self.pool.close().await;
        self.writer.close().await;
    }
}

/// A new random id: 128 bits, hex.
pub fn new_id() -> String {
    let bytes: [u8; 16] = rand::random();
    hex(&bytes)
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

pub(crate) fn to_u64(value: i64) -> u64 {
    u64::try_from(value).unwrap_or(0)
}

pub(crate) fn to_i64(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}
