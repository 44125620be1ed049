use std::path::{Path, PathBuf};

/// Where the library keeps its database and caches: the OS's data and cache folders, or one
/// folder given with `--home` / `SKYFOLIO_HOME` (tests and portable installs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Home {
    data_dir: PathBuf,
    cache_dir: PathBuf,
}

impl Home {
    /// Everything under one folder.
    pub fn at(dir: impl AsRef<Path>) -> Home {
        let dir = dir.as_ref();
        Home {
            data_dir: dir.to_owned(),
            cache_dir: dir.join("cache"),
        }
    }

    /// The OS's folders for this user (`~/.local/share/skyfolio` and `~/.cache/skyfolio` on
    /// Linux, both under `%LOCALAPPDATA%` on Windows, `~/Library/...` on macOS). On Windows the
    /// data stays local, not roaming: an index of this computer's files and a database of this
    /// computer's sync must not follow a person to another PC, and a roaming profile would copy
    /// thumbnails and databases over the network at every sign-in.
    pub fn os_default() -> Option<Home> {
        let dirs = directories::ProjectDirs::from("org", "Skyfolio", "Skyfolio")?;
        Some(Home {
            data_dir: dirs.data_local_dir().to_owned(),
            cache_dir: dirs.cache_dir().to_owned(),
        })
    }

    /// `dir` when given, else the environment's `SKYFOLIO_HOME`, else the OS folders.
    pub fn resolve(dir: Option<&Path>) -> Option<Home> {
        match dir {
            Some(dir) => Some(Home::at(dir)),
            None => match std::env::var_os("SKYFOLIO_HOME") {
                Some(dir) if !dir.is_empty() => Some(Home::at(PathBuf::from(dir))),
                _ => Home::os_default(),
            },
        }
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    pub fn cache_dir(&self) -> &Path {
        &self.cache_dir
    }

    pub fn database_path(&self) -> PathBuf {
        self.data_dir.join("library.db")
    }

    pub fn thumbnail_cache(&self) -> crate::ThumbnailCache {
        crate::ThumbnailCache::new(self.cache_dir.join("thumbnails"))
    }
}
