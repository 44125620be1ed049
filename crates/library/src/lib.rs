//! This computer's photos: the index the gallery shows and the sync engine reads.
//!
//! The library owns one SQLite database (WAL, migrations in `migrations/`) that knows the
//! folders this computer keeps photos in, every file in them (size, modification time, OS file
//! identity, content hash, state) and the media those files hold, one row per distinct content.
//! [`Library::scan_folder`] brings the index up to date with the disk without reading files that
//! have not changed, nor files it could not read until they change (or someone asks it to try
//! again, [`Library::forget_failures`]); the timeline queries page by capture date with keyset
//! pagination.
//!
//! It knows nothing of servers, windows or command lines: what a single file is comes from
//! `skyfolio-media`, and the shells decide what to show.

mod access;
mod db;
mod error;
mod failures;
mod folder;
mod home;
mod import;
mod scan;
mod thumbnails;
mod timeline;
mod tree;
mod walk;
mod watch;

pub use db::begin_write;
pub use error::Error;
pub use failures::FailedFiles;
pub use folder::{Folder, FolderId, FolderMode, FolderState, canonical_path};
pub use home::Home;
pub use import::{ImportOptions, ImportReport, Imported, expand_paths};
pub use scan::{FileFailure, ONLINE_ONLY, SETTLE_TIME, ScanReport};
pub use thumbnails::{FillReport, ThumbnailCache, write_atomically};
pub use timeline::{Cursor, MediaRecord, Page, PeriodCount};
pub use tree::{IndexedFile, IndexedState, disk_path};
pub use watch::{WatchEvent, WatchOptions};

use skyfolio_clock::SharedClock;
use sqlx::SqlitePool;

/// An open library. Cheap to clone; every clone shares one connection pool.
#[derive(Clone)]
pub struct Library {
    pool: SqlitePool,
    /// How long a file must rest before a scan reads it.
    settle: std::time::Duration,
    /// Where "now" comes from: when a file was last written, added, scanned.
    clock: SharedClock,
}

impl Library {
    /// Sets how long a file must go unmodified before a scan reads it ([`SETTLE_TIME`] unless
    /// set). Files written by a process that is known to have finished (a test, an import)
    /// need not wait.
    pub fn with_settle_time(mut self, settle: std::time::Duration) -> Library {
        self.settle = settle;
        self
    }

    /// How long a file must go unmodified before a scan reads it.
    pub fn settle_time(&self) -> std::time::Duration {
        self.settle
    }

    /// Takes the time from `clock` (the system's unless set).
    pub fn with_clock(mut self, clock: SharedClock) -> Library {
        self.clock = clock;
        self
    }

    /// The clock this library, and what works beside it, takes the time from.
    pub fn clock(&self) -> &SharedClock {
        &self.clock
    }

    /// Milliseconds since the Unix epoch, now.
    fn now_ms(&self) -> i64 {
        self.clock.now_ms()
    }
}
