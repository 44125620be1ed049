//! This computer's photos: the index the gallery shows and the sync engine reads.
//!
//! The library owns one SQLite database (WAL, migrations in `migrations/`) that knows the
//! folders this computer keeps photos in, every file in them (size, modification time, OS file
//! identity, content hash, state) and the media those files hold, one row per distinct content.
//! [`Library::scan_folder`] brings the index up to date with the disk without reading files that
//! have not changed; the timeline queries page by capture date with keyset pagination.
//!
//! It knows nothing of servers, windows or command lines: what a single file is comes from
//! `skyfolio-media`, and the shells decide what to show.

mod db;
mod error;
mod folder;
mod home;
mod import;
mod scan;
mod thumbnails;
mod timeline;
mod walk;

pub use error::Error;
pub use folder::{Folder, FolderMode, FolderState};
pub use home::Home;
pub use import::{ImportOptions, ImportReport, Imported, expand_paths};
pub use scan::{FileFailure, ScanReport};
pub use thumbnails::{FillReport, ThumbnailCache, write_atomically};
pub use timeline::{Cursor, MediaRecord, Page, PeriodCount};

use sqlx::SqlitePool;

/// An open library. Cheap to clone; every clone shares one connection pool.
#[derive(Clone)]
pub struct Library {
    pool: SqlitePool,
}

/// Milliseconds since the Unix epoch, now.
fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}
