//! Room on the disks the server writes to: the file store's and, with SQLite, the data
//! folder's. Writes that would leave less than the configured reserve are refused with
//! `storage-full` before a byte is taken, and `/readyz` tells operators when the disk is full.

use crate::server::State;

/// What is known of the free space where this server writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Room {
    /// Bytes free on the fullest of the disks written to; `None` when none can tell (an
    /// object store with PostgreSQL).
    pub free: Option<u64>,
    /// The reserve kept free (`min_free_space`).
    pub reserve: u64,
}

impl Room {
    /// How many more bytes must be freed before `bytes` can be written without eating into
    /// the reserve; `None` when they fit (or nobody can tell).
    pub fn needed_for(&self, bytes: u64) -> Option<u64> {
        let free = self.free?;
        let wanted = bytes.saturating_add(self.reserve);
        (wanted > free).then(|| wanted - free)
    }
}

/// The room on the disks `state` writes to, now.
pub fn room(state: &State) -> Room {
    let storage = state.storage.free_space();
    let database = match state.config.database {
        None => fs4::available_space(&state.config.data_dir).ok(),
        Some(_) => None,
    };
    let free = match (storage, database) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    Room {
        free,
        reserve: state.config.min_free_space,
    }
}

/// The bytes to free before the server can take anything again, for a `storage-full`
/// answer that found out only by failing: what the reserve lacks, and at least one block.
pub fn needed_after_failure(state: &State) -> u64 {
    room(state).needed_for(0).unwrap_or(0).max(1 << 20)
}

#[cfg(test)]
mod tests {
    use super::Room;

    #[test]
    fn room_is_counted_above_the_reserve() {
        let room = Room {
            free: Some(1_000),
            reserve: 300,
        };
        assert_eq!(room.needed_for(700), None);
        assert_eq!(room.needed_for(701), Some(1));
        let full = Room {
            free: Some(200),
            reserve: 300,
        };
        assert_eq!(full.needed_for(0), Some(100));
        let unknown = Room {
            free: None,
            reserve: 300,
        };
        assert_eq!(unknown.needed_for(u64::MAX), None);
    }
}
