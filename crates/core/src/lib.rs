//! The application: one handle, [`App`], over this computer's library, the account it is
//! signed in to and the sync engine, and [`Supervisor`], the local cloud and background sync of
//! a shell that stays open. The desktop shell and the `skyfolio` command call this and nothing
//! below it (they depend on no other crate of the workspace but `i18n` and, for the CLI,
//! `media`; the types the API speaks of are re-exported here); each method is one thing a
//! person does (sign in, add a folder, sync, upload these files, import a Google Takeout,
//! download that album, empty the trash).
//!
//! It knows nothing of windows, command lines or languages: it answers typed values and errors
//! with stable codes, and the shells decide what to show.

mod account;
mod cloud;
mod device;
mod diagnostics;
mod error;
mod folders;
mod language;
mod local_cloud;
mod media;
mod oneoff;
mod operations;
mod phone;
mod settings;
pub mod status;
mod supervisor;
mod takeout;
mod timeline;

/// What tests and benchmarks reach beneath the core with: the library, the sync state and a
/// signed-in client of an [`App`]. Only builds that ask for the `testing` feature have it (the
/// crate's own tests, `skyfolio-bench`); the shells never do.
#[cfg(feature = "testing")]
pub mod testing {
    use crate::{App, Error};

    pub fn library(app: &App) -> &skyfolio_library::Library {
        &app.library
    }

    pub fn state(app: &App) -> &skyfolio_sync::State {
        &app.state
    }

    pub async fn client(app: &App) -> Result<skyfolio_sync::Client, Error> {
        app.client().await
    }
}

pub use account::{SignIn, SignOutReport};
pub use cloud::{Space, SpaceItem, TrashEntry, days_left};
pub use device::{
    CAMERA_ALBUM, CameraStorage, Confirmed, DeviceOutcome, DeviceReport, DeviceRow, FreeReport, Os,
    album_for, camera_storage, drive_roots, has_dcim, is_left_out, mount_parents,
};
pub use diagnostics::{DiagnosticsReport, logs_dir};
pub use error::Error;
pub use folders::LinkedFolder;
pub use language::Language;
pub use local_cloud::LocalCloud;
pub use media::{ByteStream, OpenOriginalError, Original, OriginalBytes};
pub use oneoff::{DownloadReport, Selection, UploadReport};
pub use operations::{
    FileProgress, OperationId, OperationKind, OperationProgress, OperationState, ProgressReports,
    TakeoutStarted,
};
pub use phone::{PHONE_PORT, Pairing, PhoneAccess, phone_addresses, qr_path};
pub use settings::{MAX_TRANSFERS, MIN_LIMIT, Preferences};
pub use status::Status;
pub use supervisor::{Problem, Said, Supervisor, SupervisorEvent, SyncState, SyncStatus};
pub use takeout::{
    GOOGLE_PHOTOS_ALBUM, MAX_RATIO, ReportCounts, ReportRow, RowKind, RowOutcome, SavedReport,
    SkipCount, SourceError, SourceKind, SourceSummary, TakeoutOptions, TakeoutReport,
    TakeoutReview,
};
pub use timeline::{Album, KindFilter, Place, TimelineItem, TimelinePage};

// What the core's API speaks of from the crates beneath it: a shell names them through the core
// and depends on nothing else of the workspace (`make lint` checks it).
pub use skyfolio_clock::{Clock, ManualClock, SharedClock, SystemClock};
pub use skyfolio_codes::{Code, describe_chain};
pub use skyfolio_library::{
    Error as LibraryError, FileFailure, FillReport, Folder, FolderId, FolderMode, FolderState,
    Home, ImportOptions, IndexedState, Library, MediaRecord, ONLINE_ONLY, SETTLE_TIME, ScanReport,
    WatchEvent, WatchOptions, expand_paths, write_atomically,
};
pub use skyfolio_media::{ContentHash, ThumbSize};
pub use skyfolio_protocol::{Device, DeviceId, MediaId, UploadId, UploadInProgress, Usage};
pub use skyfolio_sync::transfer::{Link, ProgressSink, TransferProgress};
pub use skyfolio_sync::{
    AccountRow, DeletionPolicy, DeletionSide, Engine, Error as SyncError, Failure, FolderReport,
    HeldAnswer, HeldDeletion, HeldPlan, HeldReason, Options as SyncOptions, PassProgress,
    PassReport, TokenStore, error_message,
};

use skyfolio_sync::{Credentials, State};

/// How the application keeps secrets and deleted files.
#[derive(Debug, Clone, Copy)]
pub struct AppOptions {
    /// Keep the device token in the OS keychain when one answers (otherwise a private file).
    pub use_keychain: bool,
    /// Put files the cloud deleted in the OS trash (otherwise the folder's own trash).
    pub os_trash: bool,
}

impl Default for AppOptions {
    fn default() -> AppOptions {
        AppOptions {
            use_keychain: true,
            os_trash: true,
        }
    }
}

/// An open home: library, sync state, credentials.
#[derive(Clone)]
pub struct App {
    home: Home,
    library: Library,
    state: State,
    credentials: Credentials,
    options: AppOptions,
    operations: std::sync::Arc<operations::Operations>,
}

impl App {
    pub async fn open(home: &Home, options: AppOptions) -> Result<App, Error> {
        let library = Library::open(home).await?;
        let state = State::open(home.data_dir()).await?;
        let credentials = Credentials::new(home.data_dir(), options.use_keychain);
        Ok(App {
            home: home.clone(),
            library,
            state,
            credentials,
            options,
            operations: std::sync::Arc::default(),
        })
    }

    pub fn home(&self) -> &Home {
        &self.home
    }

    /// Takes the time from `clock` (the system's unless set), here and in the library and sync
    /// beneath.
    pub fn with_clock(mut self, clock: SharedClock) -> App {
        self.library = self.library.with_clock(clock);
        self
    }

    /// Where this app takes the time from.
    pub fn clock(&self) -> &SharedClock {
        self.library.clock()
    }

    /// Milliseconds since the Unix epoch, by this app's clock.
    pub(crate) fn now_ms(&self) -> i64 {
        self.clock().now_ms()
    }

    pub async fn close(self) {
        self.state.close().await;
        self.library.close().await;
    }
}

/// This computer's name, as the list of linked devices shows it.
pub fn device_name() -> String {
    let name = gethostname::gethostname()
        .to_string_lossy()
        .trim()
        .to_owned();
    if name.is_empty() {
        "This computer".to_owned()
    } else {
        name
    }
}

/// The platform the list of linked devices shows.
pub fn platform() -> &'static str {
    std::env::consts::OS
}
