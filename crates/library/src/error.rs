use skyfolio_codes::Code;
use std::path::PathBuf;

/// Why a library operation failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot open the library database at {}", path.display())]
    Open {
        path: PathBuf,
        #[source]
        source: sqlx::Error,
    },
    #[error("cannot bring the library database at {} up to this version", path.display())]
    Migrate {
        path: PathBuf,
        #[source]
        source: sqlx::migrate::MigrateError,
    },
    #[error("the library database failed")]
    Database(#[from] sqlx::Error),
    #[error("{} is not a folder", path.display())]
    NotAFolder {
        path: PathBuf,
        #[source]
        source: Option<std::io::Error>,
    },
    #[error("{} overlaps the library folder {}", path.display(), existing.display())]
    Overlaps { path: PathBuf, existing: PathBuf },
    #[error("{} is not a library folder", path.display())]
    UnknownFolder { path: PathBuf },
    #[error("cannot create {}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl Error {
    /// A stable code the shells branch on and translate as `error-<code>`.
    pub fn code(&self) -> Code {
        match self {
            Error::Open { .. } | Error::Migrate { .. } | Error::Database(_) => Code::Database,
            Error::NotAFolder { .. } => Code::NotAFolder,
            Error::Overlaps { .. } => Code::FolderOverlaps,
            Error::UnknownFolder { .. } => Code::UnknownFolder,
            Error::Io { .. } => Code::Io,
        }
    }
}
