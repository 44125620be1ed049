//! SQLite's one writer connection, and the transactions on it.
//!
//! Every write waits for the disk before it is answered (`synchronous = FULL`), and SQLite has
//! one writer, so a server receiving many photos at once has its requests queue behind each
//! other's commits. Here the requests waiting for the writer share one (group commit): the
//! transaction that gets the writer begins a batch (`BEGIN IMMEDIATE`); those that were
//! queued behind it then join it one after another, each under a savepoint of its own; and one
//! `COMMIT` makes all of them durable together. A transaction with nobody queued behind it
//! commits at once, as it would alone, and a single write with no batch open commits by
//! itself. One that gives up rolls back to its savepoint, and the others' work stays.
//!
//! Who commits: the transaction that finds nobody waiting for the writer, or else the batch's
//! committer, a task queued for the writer when the batch began. Whichever comes first
//! commits; the other finds the batch gone. A transaction is answered only once the commit
//! that holds it has reached the disk, so nothing is reported done that a crash can take back.
//!
//! SQLite rolls a whole transaction back by itself on some errors ("database or disk is full",
//! I/O errors). A savepoint that is then gone, a `RELEASE` or `ROLLBACK TO` that fails, or a
//! `COMMIT` that fails ends the batch: its connection is closed rather than returned to the
//! pool (closing rolls back whatever is open), every transaction in it is told it failed, and
//! the pool opens a fresh connection.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use sqlx::pool::PoolConnection;
use sqlx::{Sqlite, SqlitePool};
use tokio::sync::watch;

/// The writer connection's pool (one connection) and the batch open on it.
#[derive(Clone)]
pub(crate) struct Writer {
    pub(crate) pool: SqlitePool,
    shared: Arc<Shared>,
}

#[derive(Default)]
struct Shared {
    /// The transaction open on the connection, when transactions wait for its commit.
    open: Mutex<Option<Arc<Batch>>>,
    /// Transactions waiting for the connection.
    queued: AtomicUsize,
}

/// Transactions sharing one commit.
struct Batch {
    outcome: watch::Sender<Option<Result<(), Failure>>>,
}

/// Why a batch did not commit, for each of its transactions.
#[derive(Clone, Debug)]
struct Failure {
    disk_full: bool,
    message: Arc<str>,
}

impl Failure {
    fn of(error: &sqlx::Error) -> Failure {
        Failure {
            disk_full: crate::error::is_disk_full(error),
            message: error.to_string().into(),
        }
    }

    fn error(&self) -> sqlx::Error {
        let kind = if self.disk_full {
            std::io::ErrorKind::StorageFull
        } else {
            std::io::ErrorKind::Other
        };
        sqlx::Error::Io(std::io::Error::new(
            kind,
            format!("the shared commit failed: {}", self.message),
        ))
    }
}

/// Settles a batch as failed when dropped before its commit settled it.
struct Interrupted<'a>(&'a Batch);

impl Drop for Interrupted<'_> {
    fn drop(&mut self) {
        self.0.settle(Err(Failure {
            disk_full: false,
            message: "the commit was interrupted".into(),
        }));
    }
}

impl Batch {
    fn new() -> Arc<Batch> {
        Arc::new(Batch {
            outcome: watch::Sender::new(None),
        })
    }

    fn settle(&self, outcome: Result<(), Failure>) {
        self.outcome.send_if_modified(|settled| {
            let first = settled.is_none();
            if first {
                *settled = Some(outcome);
            }
            first
        });
    }

    async fn settled(&self) -> Result<(), sqlx::Error> {
        let mut outcome = self.outcome.subscribe();
        let settled = outcome
            .wait_for(Option::is_some)
            .await
            .map_err(|_| sqlx::Error::PoolClosed)?;
        match settled.as_ref() {
            Some(Ok(())) => Ok(()),
            Some(Err(failure)) => Err(failure.error()),
            None => Err(sqlx::Error::PoolClosed),
        }
    }
}

impl Writer {
    pub(crate) fn new(pool: SqlitePool) -> Writer {
        Writer {
            pool,
            shared: Arc::default(),
        }
    }

    fn open(&self) -> std::sync::MutexGuard<'_, Option<Arc<Batch>>> {
        self.shared
            .open
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// The connection, waited for in turn with the other transactions.
    async fn acquire(&self) -> Result<PoolConnection<Sqlite>, sqlx::Error> {
        self.shared.queued.fetch_add(1, Ordering::SeqCst);
        let acquired = self.pool.acquire().await;
        self.shared.queued.fetch_sub(1, Ordering::SeqCst);
        acquired
    }

    /// `batch` is no longer the open one.
    fn forget(&self, batch: &Arc<Batch>) -> bool {
        let mut open = self.open();
        let is_open = open.as_ref().is_some_and(|b| Arc::ptr_eq(b, batch));
        if is_open {
            *open = None;
        }
        is_open
    }

    /// Ends `batch` with `failure` and closes its connection, when it is still the open one.
    fn fail(&self, batch: &Arc<Batch>, connection: &mut PoolConnection<Sqlite>, failure: Failure) {
        self.forget(batch);
        connection.close_on_drop();
        batch.settle(Err(failure));
    }

    /// Commits `batch` on `connection` when it is still open there.
    async fn commit(
        &self,
        batch: &Arc<Batch>,
        connection: &mut PoolConnection<Sqlite>,
    ) -> Result<(), sqlx::Error> {
        if !self.forget(batch) {
            return Ok(());
        }
        // Should this be interrupted, the batch's transactions are told it failed rather than
        // left waiting.
        let _interrupted = Interrupted(batch);
        match sqlx::query("COMMIT").execute(&mut **connection).await {
            Ok(_) => {
                batch.settle(Ok(()));
                Ok(())
            }
            Err(error) => {
                connection.close_on_drop();
                batch.settle(Err(Failure::of(&error)));
                Err(error)
            }
        }
    }

    /// Commits whatever batch is open on `connection`, so that it can be used outside one.
    async fn commit_open(
        &self,
        connection: &mut PoolConnection<Sqlite>,
    ) -> Result<(), sqlx::Error> {
        match self.joined() {
            Some(batch) => self.commit(&batch, connection).await,
            None => Ok(()),
        }
    }

    /// The batch open on the connection, for a transaction that holds it to join.
    fn joined(&self) -> Option<Arc<Batch>> {
        self.open().clone()
    }

    /// A batch begun by the transaction that holds the connection, with a committer queued
    /// for the connection behind the transactions waiting now.
    fn begin_batch(&self) -> Arc<Batch> {
        let batch = Batch::new();
        *self.open() = Some(batch.clone());
        let (writer, committed) = (self.clone(), batch.clone());
        tokio::spawn(async move {
            match writer.pool.acquire().await {
                Ok(mut connection) => {
                    if let Err(error) = writer.commit(&committed, &mut connection).await {
                        tracing::warn!("a shared commit failed: {error}");
                    }
                }
                Err(error) => {
                    writer.forget(&committed);
                    committed.settle(Err(Failure::of(&error)));
                }
            }
        });
        batch
    }
}

/// A transaction on the writer connection, begun and ended by this code rather than by sqlx's
/// transaction manager, whose count of open transactions would not follow SQLite's own
/// rollbacks. One that does not commit is undone when dropped.
pub struct SqliteTx {
    connection: Option<PoolConnection<Sqlite>>,
    writer: Writer,
    mode: Mode,
    done: bool,
}

enum Mode {
    /// Began a batch (`BEGIN IMMEDIATE`): nobody joins before it commits or gives up, so
    /// giving up rolls back the whole transaction.
    First(Arc<Batch>),
    /// Joined the open batch under a savepoint.
    Joined(Arc<Batch>),
    /// One statement, committed by itself (no batch was open).
    Single,
    /// A transaction of its own, committed without waiting for the disk.
    Lease,
}

impl SqliteTx {
    fn on(connection: PoolConnection<Sqlite>, writer: &Writer, mode: Mode) -> SqliteTx {
        SqliteTx {
            connection: Some(connection),
            writer: writer.clone(),
            mode,
            done: false,
        }
    }

    /// A transaction in the writer's shared commit.
    pub(crate) async fn begin(writer: &Writer) -> Result<SqliteTx, sqlx::Error> {
        SqliteTx::start(writer, false).await
    }

    /// One write: in the open batch when there is one, else a statement committed by itself.
    pub(crate) async fn begin_single(writer: &Writer) -> Result<SqliteTx, sqlx::Error> {
        SqliteTx::start(writer, true).await
    }

    async fn start(writer: &Writer, single: bool) -> Result<SqliteTx, sqlx::Error> {
        let connection = writer.acquire().await?;
        let (mode, statement) = match writer.joined() {
            Some(batch) => (Mode::Joined(batch), Some("SAVEPOINT member")),
            None if single => (Mode::Single, None),
            // The write lock at once: a transaction never fails half-way for want of it.
            None => (Mode::First(writer.begin_batch()), Some("BEGIN IMMEDIATE")),
        };
        // From here a dropped transaction (an error, or a caller gone) is undone.
        let mut tx = SqliteTx::on(connection, writer, mode);
        if let Some(statement) = statement {
            sqlx::query(statement).execute(&mut *tx).await?;
        }
        Ok(tx)
    }

    /// A transaction of its own, committed without waiting for the disk (see
    /// [`super::Store::begin_lease`]): `synchronous = NORMAL` until it ends.
    pub(crate) async fn begin_lease(writer: &Writer) -> Result<SqliteTx, sqlx::Error> {
        let mut connection = writer.acquire().await?;
        writer.commit_open(&mut connection).await?;
        let mut tx = SqliteTx::on(connection, writer, Mode::Lease);
        sqlx::query("PRAGMA synchronous = NORMAL; BEGIN IMMEDIATE")
            .execute(&mut *tx)
            .await?;
        Ok(tx)
    }

    /// Commits: answers once the transaction is on the disk (a lease: once it is written).
    pub(crate) async fn commit(mut self) -> Result<(), sqlx::Error> {
        let batch = match &self.mode {
            Mode::Single => {
                self.done = true;
                return Ok(());
            }
            Mode::Lease => {
                sqlx::query("COMMIT").execute(&mut *self).await?;
                // Committed; a writer that cannot be put back to waiting for the disk is
                // closed rather than returned to the pool (by Drop, as if it had not
                // committed).
                self.done = sqlx::query("PRAGMA synchronous = FULL")
                    .execute(&mut *self)
                    .await
                    .inspect_err(|error| tracing::warn!("the writer stays closed: {error}"))
                    .is_ok();
                return Ok(());
            }
            Mode::First(batch) | Mode::Joined(batch) => batch.clone(),
        };
        let mut connection = self
            .connection
            .take()
            .expect("a transaction has its connection");
        self.done = true;
        if let Mode::Joined(_) = self.mode
            && let Err(error) = sqlx::query("RELEASE member")
                .execute(&mut *connection)
                .await
        {
            self.writer
                .fail(&batch, &mut connection, Failure::of(&error));
            return Err(error);
        }
        if self.writer.shared.queued.load(Ordering::SeqCst) == 0 {
            // Nobody to share the commit with.
            self.writer.commit(&batch, &mut connection).await?;
        }
        drop(connection);
        batch.settled().await
    }
}

impl std::ops::Deref for SqliteTx {
    type Target = sqlx::SqliteConnection;

    fn deref(&self) -> &Self::Target {
        self.connection
            .as_ref()
            .expect("a transaction has its connection")
    }
}

impl std::ops::DerefMut for SqliteTx {
    fn deref_mut(&mut self) -> &mut Self::Target {
        self.connection
            .as_mut()
            .expect("a transaction has its connection")
    }
}

impl Drop for SqliteTx {
    fn drop(&mut self) {
        if self.done {
            return;
        }
        let Some(mut connection) = self.connection.take() else {
            return;
        };
        let given_up = || Failure {
            disk_full: false,
            message: "the transaction that began it gave up".into(),
        };
        match &self.mode {
            // Closing the connection rolls back whatever SQLite may have left open.
            Mode::Single | Mode::Lease => connection.close_on_drop(),
            Mode::First(batch) => self.writer.fail(batch, &mut connection, given_up()),
            Mode::Joined(batch) => {
                let batch = batch.clone();
                let Ok(runtime) = tokio::runtime::Handle::try_current() else {
                    self.writer.fail(&batch, &mut connection, given_up());
                    return;
                };
                // The others' work in the batch stays: roll back to this transaction's
                // savepoint, holding the connection until that is done.
                let writer = self.writer.clone();
                runtime.spawn(async move {
                    if let Err(error) = sqlx::query("ROLLBACK TO member; RELEASE member")
                        .execute(&mut *connection)
                        .await
                    {
                        writer.fail(&batch, &mut connection, Failure::of(&error));
                    }
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions};

    use super::{SqliteTx, Writer};

    async fn writer(dir: &std::path::Path) -> (Writer, sqlx::SqlitePool) {
        let options = SqliteConnectOptions::from_str("sqlite:")
            .expect("options")
            .filename(dir.join("test.db"))
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal);
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(options.clone())
            .await
            .expect("the writer");
        sqlx::query("CREATE TABLE t (n INTEGER PRIMARY KEY)")
            .execute(&pool)
            .await
            .expect("a table");
        let readers = SqlitePoolOptions::new()
            .max_connections(2)
            .connect_with(options.read_only(true))
            .await
            .expect("readers");
        (Writer::new(pool), readers)
    }

    async fn rows(readers: &sqlx::SqlitePool) -> Vec<i64> {
        sqlx::query_scalar("SELECT n FROM t ORDER BY n")
            .fetch_all(readers)
            .await
            .expect("rows")
    }

    async fn insert(tx: &mut SqliteTx, n: i64) {
        sqlx::query("INSERT INTO t (n) VALUES ($1)")
            .bind(n)
            .execute(&mut **tx)
            .await
            .expect("inserted");
    }

    /// Many transactions at once, some given up after writing: every commit answered done is
    /// there, as soon as it is answered, and nothing given up is.
    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn transactions_racing_for_the_writer_keep_exactly_what_committed() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (writer, readers) = writer(dir.path()).await;
        let mut tasks = tokio::task::JoinSet::new();
        for n in 0..120i64 {
            let (writer, readers) = (writer.clone(), readers.clone());
            tasks.spawn(async move {
                let mut tx = if n % 4 == 3 {
                    SqliteTx::begin_single(&writer).await.expect("a write")
                } else {
                    SqliteTx::begin(&writer).await.expect("a transaction")
                };
                insert(&mut tx, n).await;
                tokio::task::yield_now().await;
                if n % 3 == 0 {
                    drop(tx);
                    return None;
                }
                tx.commit().await.expect("committed");
                let seen: Option<i64> = sqlx::query_scalar("SELECT n FROM t WHERE n = $1")
                    .bind(n)
                    .fetch_optional(&readers)
                    .await
                    .expect("read");
                assert_eq!(seen, Some(n), "{n} was answered done before it was there");
                Some(n)
            });
        }
        let mut committed: Vec<i64> = tasks.join_all().await.into_iter().flatten().collect();
        committed.sort_unstable();
        assert_eq!(committed.len(), 80);
        // Given-up transactions roll back on a task of their own: the writer is theirs until
        // that is done.
        drop(
            SqliteTx::begin(&writer)
                .await
                .expect("the writer, after them"),
        );
        assert_eq!(rows(&readers).await, committed);
    }

    /// A transaction that breaks the shared one (as SQLite does by itself on a full disk)
    /// fails every transaction waiting on that commit, none of them is kept, and the writer
    /// goes on with a fresh connection.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_broken_batch_fails_all_its_transactions_and_keeps_none() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (writer, readers) = writer(dir.path()).await;
        let queued = |n: usize| {
            let writer = writer.clone();
            async move {
                while writer
                    .shared
                    .queued
                    .load(std::sync::atomic::Ordering::SeqCst)
                    < n
                {
                    tokio::task::yield_now().await;
                }
            }
        };
        // While one transaction holds the writer, two queue for it: the first of them begins
        // a batch, and the second joins it.
        let mut holding = SqliteTx::begin(&writer).await.expect("a transaction");
        insert(&mut holding, 0).await;
        let first = tokio::spawn({
            let writer = writer.clone();
            async move {
                let mut tx = SqliteTx::begin(&writer).await.expect("a transaction");
                insert(&mut tx, 1).await;
                tx.commit().await
            }
        });
        queued(1).await;
        let second = tokio::spawn({
            let writer = writer.clone();
            async move {
                let mut tx = SqliteTx::begin(&writer).await.expect("a transaction");
                insert(&mut tx, 2).await;
                sqlx::query("ROLLBACK")
                    .execute(&mut *tx)
                    .await
                    .expect("the shared transaction rolled back");
                tx.commit().await
            }
        });
        queued(2).await;
        holding.commit().await.expect("committed");
        let first = first.await.expect("the task");
        let second = second.await.expect("the task");
        assert!(first.is_err(), "the first was answered done: {first:?}");
        assert!(second.is_err(), "the second was answered done: {second:?}");
        assert_eq!(rows(&readers).await, vec![0]);
        let mut after = SqliteTx::begin(&writer).await.expect("a fresh connection");
        insert(&mut after, 3).await;
        after.commit().await.expect("committed");
        assert_eq!(rows(&readers).await, vec![0, 3]);
    }
}
