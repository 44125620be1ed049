//! Every SQL statement the server runs, behind one handle.
//!
//! The statements keep to what SQLite and PostgreSQL both understand (`RETURNING`, partial
//! indexes, `ON CONFLICT DO NOTHING`, positional parameters, sums cast to `BIGINT`), and both
//! databases run the same migrations. Each statement is written once and compiled for each
//! backend by the macros below, so neither pays for the other at run time.
//!
//! Writers of one account queue on that account's `users` row: every transaction that hands
//! out a sequence number, reserves quota or records content takes the row's lock first
//! (`UPDATE users SET seq = seq`), so on PostgreSQL, where several server processes write at
//! once, sequence numbers are never handed out twice, two uploads cannot both squeeze under
//! the quota and two commits of one path cannot both succeed. SQLite has one writer anyway.

mod accounts;
mod media;
mod names;
mod uploads;
mod writer;

pub use accounts::{DeviceRow, UserRow};
pub use media::{BlobRow, Cursor, NewBlob, Outcome, Usage};
pub use uploads::{Inserted, UploadRow};
pub use writer::SqliteTx;

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions, PgRow};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteRow, SqliteSynchronous,
};
use sqlx::{PgPool, Postgres, Sqlite, SqlitePool, Transaction};

use crate::Error;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// The database.
#[derive(Clone)]
pub struct Store {
    backend: Backend,
}

#[derive(Clone)]
enum Backend {
    Sqlite {
        /// For reads, several at once.
        pool: SqlitePool,
        /// For every write and transaction: one connection, so writers queue here instead of
        /// sleeping in SQLite's busy handler while another holds the write lock, and share
        /// their commits.
        writer: writer::Writer,
    },
    Postgres {
        pool: PgPool,
    },
}

/// A transaction on either backend.
pub enum Tx {
    Sqlite(SqliteTx),
    Postgres(Transaction<'static, Postgres>),
}

impl Tx {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        match self {
            Tx::Sqlite(tx) => tx.commit().await,
            Tx::Postgres(tx) => tx.commit().await,
        }
    }
}

/// Runs `$body` with `$db` bound to the pool for reads.
macro_rules! read_db {
    ($store:expr, |$db:ident| $body:expr) => {
        match &$store.backend {
            $crate::store::Backend::Sqlite { pool, .. } => {
                let $db = pool;
                $body
            }
            $crate::store::Backend::Postgres { pool, .. } => {
                let $db = pool;
                $body
            }
        }
    };
}

/// Runs `$body` with `$db` bound to a connection for writes. On SQLite the write joins the
/// writer's shared commit when one is open (see [`writer`]) and answers once it is on the
/// disk; one that fails is undone.
macro_rules! write_db {
    ($store:expr, |$db:ident| $body:expr) => {
        match &$store.backend {
            $crate::store::Backend::Sqlite { writer, .. } => {
                match $crate::store::SqliteTx::begin_single(writer).await {
                    Err(error) => Err(error),
                    Ok(mut tx) => {
                        let result = {
                            let $db = &mut *tx;
                            $body
                        };
                        match result {
                            Ok(value) => tx.commit().await.map(|()| value),
                            Err(error) => Err(error),
                        }
                    }
                }
            }
            $crate::store::Backend::Postgres { pool, .. } => {
                let $db = pool;
                $body
            }
        }
    };
}

/// Runs `$body` with `$c` bound to the transaction's connection.
macro_rules! in_tx {
    ($tx:expr, |$c:ident| $body:expr) => {
        match $tx {
            $crate::store::Tx::Sqlite(tx) => {
                let $c = &mut **tx;
                $body
            }
            $crate::store::Tx::Postgres(tx) => {
                let $c = &mut **tx;
                $body
            }
        }
    };
}

pub(crate) use {in_tx, read_db, write_db};

/// A column type both backends read.
pub(crate) trait Value:
    Sized
    + for<'r> sqlx::Decode<'r, Sqlite>
    + sqlx::Type<Sqlite>
    + for<'r> sqlx::Decode<'r, Postgres>
    + sqlx::Type<Postgres>
{
}

impl<T> Value for T where
    T: Sized
        + for<'r> sqlx::Decode<'r, Sqlite>
        + sqlx::Type<Sqlite>
        + for<'r> sqlx::Decode<'r, Postgres>
        + sqlx::Type<Postgres>
{
}

/// A row of either backend, read by column name.
pub(crate) trait Fetched {
    fn col<T: Value>(&self, name: &str) -> Result<T, sqlx::Error>;
}

impl Fetched for SqliteRow {
    fn col<T: Value>(&self, name: &str) -> Result<T, sqlx::Error> {
        sqlx::Row::try_get(self, name)
    }
}

impl Fetched for PgRow {
    fn col<T: Value>(&self, name: &str) -> Result<T, sqlx::Error> {
        sqlx::Row::try_get(self, name)
    }
}

/// Takes the lock on an account's row for the rest of the transaction: the writers of one
/// account queue here. On SQLite the transaction holds the one write lock from its start
/// (`BEGIN IMMEDIATE` on the one writer), which is more than this lock, so nothing is run.
pub(crate) async fn lock_user(tx: &mut Tx, user_id: &str) -> Result<(), sqlx::Error> {
    if let Tx::Postgres(tx) = tx {
        sqlx::query("UPDATE users SET seq = seq WHERE id = $1")
            .bind(user_id)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

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
        let store = Store {
            backend: Backend::Sqlite {
                pool,
                writer: writer::Writer::new(writer),
            },
        };
        store.fill_name_keys().await.map_err(open_error)?;
        Ok(store)
    }

    /// Connects to the PostgreSQL database at `url` (`postgres://user:password@host/db`, or
    /// `?host=/run/postgresql` for a unix socket) and migrates it. Several server processes
    /// may share it.
    pub async fn open_postgres(url: &str) -> Result<Store, Error> {
        let shown = redact(url);
        let open_error = |source| Error::OpenDatabase {
            url: shown.clone(),
            source,
        };
        let options = PgConnectOptions::from_str(url).map_err(open_error)?;
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(30))
            .connect_with(options)
            .await
            .map_err(open_error)?;
        // Processes starting together migrate one after the other (sqlx takes an advisory
        // lock).
        MIGRATOR
            .run(&pool)
            .await
            .map_err(|source| Error::MigrateDatabase {
                url: shown.clone(),
                source,
            })?;
        let store = Store {
            backend: Backend::Postgres { pool },
        };
        store.index_name_keys_by_bytes().await.map_err(open_error)?;
        store.fill_name_keys().await.map_err(open_error)?;
        Ok(store)
    }

    /// Opens `database`: a `postgres://` URL, or else the path of a SQLite file.
    pub async fn open(database: &str) -> Result<Store, Error> {
        if database.starts_with("postgres://") || database.starts_with("postgresql://") {
            Store::open_postgres(database).await
        } else {
            Store::open_sqlite(Path::new(
                database.strip_prefix("sqlite://").unwrap_or(database),
            ))
            .await
        }
    }

    pub(crate) async fn begin(&self) -> Result<Tx, sqlx::Error> {
        match &self.backend {
            Backend::Sqlite { writer, .. } => SqliteTx::begin(writer).await.map(Tx::Sqlite),
            Backend::Postgres { pool, .. } => pool.begin().await.map(Tx::Postgres),
        }
    }

    /// A transaction whose commit need not survive a power cut, because what it records is a
    /// reservation that is lost harmlessly with it (an upload not yet received: its client
    /// asks for it, is told it is unknown and announces the file again). Its commit does not
    /// wait for the disk: `synchronous = NORMAL` on SQLite for this transaction (in WAL mode
    /// the next durable commit makes it durable too, in order), `synchronous_commit = off` on
    /// PostgreSQL. A kill of the process loses nothing either way; only the machine's
    /// crash can.
    pub(crate) async fn begin_lease(&self) -> Result<Tx, sqlx::Error> {
        match &self.backend {
            Backend::Sqlite { writer, .. } => SqliteTx::begin_lease(writer).await.map(Tx::Sqlite),
            Backend::Postgres { pool, .. } => {
                let mut tx = pool.begin().await?;
                sqlx::query("SET LOCAL synchronous_commit = off")
                    .execute(&mut *tx)
                    .await?;
                Ok(Tx::Postgres(tx))
            }
        }
    }

    /// Where the changes every process commits are announced: PostgreSQL's pool; `None` for
    /// SQLite, whose only writer is this process.
    pub(crate) fn postgres(&self) -> Option<&PgPool> {
        match &self.backend {
            Backend::Sqlite { .. } => None,
            Backend::Postgres { pool, .. } => Some(pool),
        }
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> Result<(), sqlx::Error> {
        read_db!(self, |db| sqlx::query("SELECT 1")
            .execute(db)
            .await
            .map(|done| done.rows_affected()))?;
        Ok(())
    }

    pub async fn close(&self) {
        match &self.backend {
            Backend::Sqlite { pool, writer } => {
                pool.close().await;
                writer.pool.close().await;
            }
            Backend::Postgres { pool, .. } => pool.close().await,
        }
    }
}

/// A database URL without its password, for messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
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
