//! The library against real folders on disk and a real SQLite database.

mod failures;
mod folders;
mod import;
mod scan;
mod timeline;
mod watch;

use std::path::{Path, PathBuf};
use std::time::Duration;

use skyfolio_library::{FolderMode, Home, Library};

pub fn corpus(name: &str) -> PathBuf {
    std::env::var_os("SKYFOLIO_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus"))
        .join(name)
}

/// A fresh library and one empty folder to put photos in.
pub struct Fixture {
    pub library: Library,
    pub folder: PathBuf,
    home: Home,
    _dir: tempfile::TempDir,
}

impl Fixture {
    pub async fn new() -> Fixture {
        let dir = tempfile::tempdir().expect("temp dir");
        let folder = dir.path().join("Photos");
        std::fs::create_dir(&folder).expect("photo folder");
        // Files are put in place before each scan; the settle time has tests of its own.
        let home = Home::at(dir.path().join("home"));
        let library = Library::open(&home)
            .await
            .expect("library opens")
            .with_settle_time(Duration::ZERO);
        library
            .add_folder(&folder, FolderMode::TwoWay)
            .await
            .expect("folder added");
        Fixture {
            library,
            folder: std::fs::canonicalize(&folder).expect("canonical"),
            home,
            _dir: dir,
        }
    }

    /// Copies a corpus file into the folder under `rel`.
    pub fn put(&self, corpus_name: &str, rel: &str) -> PathBuf {
        let target = self.folder.join(rel);
        std::fs::create_dir_all(target.parent().expect("parent")).expect("dirs");
        std::fs::copy(corpus(corpus_name), &target).expect("copy");
        target
    }

    /// How many items the timeline shows.
    pub async fn timeline_len(&self) -> usize {
        let page = self.library.timeline_page(None, 1000).await.expect("page");
        page.items.len()
    }

    /// Changes the index behind the library's back, as an older or newer Skyfolio would have
    /// left it.
    pub async fn execute(&self, sql: &str) {
        use sqlx::Connection;
        let url = format!("sqlite:{}", self.home.database_path().display());
        let mut connection = sqlx::SqliteConnection::connect(&url)
            .await
            .expect("open the index");
        sqlx::query(sql)
            .execute(&mut connection)
            .await
            .expect("change the index");
        connection.close().await.expect("close");
    }

    pub async fn scan(&self) -> skyfolio_library::ScanReport {
        let folder = self
            .library
            .folder(&self.folder)
            .await
            .expect("folder known");
        self.library.scan_folder(&folder).await.expect("scan runs")
    }
}
