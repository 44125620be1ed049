//! Wakes the long-polls of a user's devices when that user's change feed moves.

use std::collections::HashMap;
use std::sync::Mutex;

use tokio::sync::watch;

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
