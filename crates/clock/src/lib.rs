//! The time, from a clock that tests can replace.
//!
//! Every rule that depends on the wall clock (a file rests before it is read, a failed transfer
//! waits before it is tried again, the recycle bin counts its days, an upload expires) takes
//! "now" from a [`Clock`], never from the system. Programs run on [`SystemClock`]; tests hand
//! in a [`ManualClock`] and move it, instead of sleeping.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

/// Where the time comes from.
pub trait Clock: Send + Sync + 'static {
    /// Milliseconds since the Unix epoch.
    fn now_ms(&self) -> i64;
}

/// A clock to share among the parts of one program.
pub type SharedClock = Arc<dyn Clock>;

/// The system's clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl SystemClock {
    /// The system's clock, to share.
    pub fn shared() -> SharedClock {
        Arc::new(SystemClock)
    }
}

impl Clock for SystemClock {
    fn now_ms(&self) -> i64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
    }
}

/// A clock that stands still until moved. Clones share one time.
#[derive(Debug, Clone)]
pub struct ManualClock(Arc<AtomicI64>);

impl ManualClock {
    pub fn new(now_ms: i64) -> ManualClock {
        ManualClock(Arc::new(AtomicI64::new(now_ms)))
    }

    /// A clock standing at the system's time now.
    pub fn at_system_time() -> ManualClock {
        ManualClock::new(SystemClock.now_ms())
    }

    /// Moves the clock forward.
    pub fn advance(&self, by: std::time::Duration) {
        let ms = i64::try_from(by.as_millis()).unwrap_or(i64::MAX);
        self.0.fetch_add(ms, Ordering::SeqCst);
    }

    pub fn set(&self, now_ms: i64) {
        self.0.store(now_ms, Ordering::SeqCst);
    }

    /// This clock, to share: moving either moves both.
    pub fn shared(&self) -> SharedClock {
        Arc::new(self.clone())
    }
}

impl Clock for ManualClock {
    fn now_ms(&self) -> i64 {
        self.0.load(Ordering::SeqCst)
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn a_manual_clock_moves_only_when_moved_and_its_shares_move_with_it() {
        let clock = ManualClock::new(1_000);
        let shared = clock.shared();
        assert_eq!(shared.now_ms(), 1_000);
        clock.advance(Duration::from_secs(2));
        assert_eq!((clock.now_ms(), shared.now_ms()), (3_000, 3_000));
        clock.set(10);
        assert_eq!(shared.now_ms(), 10);
    }

    #[test]
    fn the_system_clock_is_the_time_since_the_epoch() {
        let before = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .expect("after 1970")
            .as_millis();
        let now = u128::try_from(SystemClock.now_ms()).expect("positive");
        assert!(now >= before && now - before < 60_000, "{before} {now}");
    }
}
