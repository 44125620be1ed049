//! Wakes the long-polls of a user's devices when that user's change feed moves.
//!
//! Within a process, commits publish to the [`Notifier`] directly. On PostgreSQL, where several
//! processes share the database, every sequence number handed out is also sent with
//! `pg_notify` on [`CHANNEL`] inside its transaction, and each process [`follow`]s the channel,
//! so a long-poll on one process wakes when another commits.

use std::collections::HashMap;
use std::sync::Mutex;

use tokio::sync::watch;

/// The PostgreSQL channel that carries `<user id> <seq>` for every change committed.
pub const CHANNEL: &str = "skyfolio_changes";

/// One watch channel per user that anybody is waiting on, holding that user's latest sequence
/// number. A waiter subscribes before it reads the feed, so no commit can slip between the two.
#[derive(Default)]
pub struct Notifier {
    users: Mutex<HashMap<String, watch::Sender<i64>>>,
}

impl Notifier {
    pub fn subscribe(&self, user_id: &str) -> watch::Receiver<i64> {
        let mut users = self.users.lock().unwrap_or_else(|e| e.into_inner());
        // Channels nobody listens to any more are dropped now and then.
        if users.len() > 1024 {
            users.retain(|_, sender| sender.receiver_count() > 0);
        }
        users
            .entry(user_id.to_owned())
            .or_insert_with(|| watch::channel(0).0)
            .subscribe()
    }

    /// Tells the user's waiters that the feed reached `seq`.
    pub fn publish(&self, user_id: &str, seq: i64) {
        let users = self.users.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(sender) = users.get(user_id) {
            sender.send_if_modified(|latest| {
                let newer = seq > *latest;
                if newer {
                    *latest = seq;
                }
                newer
            });
        }
    }
}

/// Publishes the changes every process commits, as PostgreSQL announces them, for as long as
/// the server runs. A lost connection is made again; a long-poll that missed a notification
/// meanwhile still answers at its timeout, with the feed as it is.
pub(crate) async fn follow(pool: sqlx::PgPool, state: std::sync::Arc<crate::server::State>) {
    loop {
        let mut listener = match sqlx::postgres::PgListener::connect_with(&pool).await {
            Ok(listener) => listener,
            Err(error) => {
                tracing::warn!("cannot listen for changes of other processes: {error}");
                tokio::time::sleep(std::time::Duration::from_secs(1)).await;
                continue;
            }
        };
        if let Err(error) = listener.listen(CHANNEL).await {
            tracing::warn!("cannot listen on {CHANNEL}: {error}");
            tokio::time::sleep(std::time::Duration::from_secs(1)).await;
            continue;
        }
        loop {
            match listener.recv().await {
                Ok(notification) => {
                    if let Some((user, seq)) = notification.payload().split_once(' ')
                        && let Ok(seq) = seq.parse()
                    {
                        state.notifier.publish(user, seq);
                    }
                }
                Err(error) => {
                    tracing::warn!("lost the changes of other processes, listening again: {error}");
                    break;
                }
            }
        }
    }
}
