use skyfolio_codes::Code;
use std::path::PathBuf;

/// Why something a person asked for could not be done.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Library(#[from] skyfolio_library::Error),
    #[error(transparent)]
    Sync(#[from] skyfolio_sync::Error),
    #[error("{album:?} is not a name the cloud takes for an album: {reason}")]
    InvalidAlbum { album: String, reason: String },
    #[error(
        "{} would mirror the album {album:?} both ways, which {} mirrors already",
        path.display(),
        other.display()
    )]
    AlbumTaken {
        path: PathBuf,
        album: String,
        other: PathBuf,
    },
    #[error("{}: {what}", path.display())]
    Io {
        path: PathBuf,
        what: &'static str,
        #[source]
        source: std::io::Error,
    },
    #[error("nothing in the cloud matches {what}")]
    NothingSelected { what: String },
    #[error("the setting {name} is out of range: {reason}")]
    InvalidSetting { name: &'static str, reason: String },
    /// Space is freed only in backup (upload-only) folders: elsewhere a removed file would be
    /// removed from the cloud too, or come back.
    #[error("{} is not a backup (upload-only) folder", path.display())]
    NotBackupFolder { path: PathBuf },
    /// A part or folder of a Google Takeout that could not be listed.
    #[error(transparent)]
    Takeout(#[from] skyfolio_takeout::Error),
    /// One entry of a Google Takeout that could not be read: the part or folder, the entry's
    /// path inside it, and why (`code`: `bad-zip`, `zip-bomb`, `scratch-full`, `io`...).
    #[error("{}: {entry}: {reason}", source_path.display())]
    TakeoutEntry {
        source_path: PathBuf,
        entry: String,
        code: Code,
        reason: String,
    },
    /// A file the media core could not read as a photo or video: empty, damaged, too large.
    #[error("{}: {reason}", path.display())]
    Unreadable {
        path: PathBuf,
        code: Code,
        reason: String,
    },
}

impl Error {
    /// Why, in words, without the path: for reports and lists that name the file beside it.
    pub fn reason(&self) -> String {
        match self {
            Error::Sync(inner) => skyfolio_sync::error_message(inner),
            Error::Io { what, source, .. } => format!("{what}: {source}"),
            Error::Unreadable { reason, .. } | Error::TakeoutEntry { reason, .. } => reason.clone(),
            other => other.to_string(),
        }
    }

    /// A stable code the shells branch on and translate as `error-<code>`.
    pub fn code(&self) -> Code {
        match self {
            Error::Library(error) => error.code(),
            Error::Sync(error) => error.code(),
            Error::InvalidAlbum { .. } => Code::InvalidAlbum,
            Error::AlbumTaken { .. } => Code::AlbumTaken,
            Error::Io { .. } => Code::Io,
            Error::NothingSelected { .. } => Code::NothingSelected,
            Error::InvalidSetting { .. } => Code::InvalidSetting,
            Error::NotBackupFolder { .. } => Code::NotABackupFolder,
            Error::Unreadable { code, .. } => *code,
            Error::Takeout(error) => error.code(),
            Error::TakeoutEntry { code, .. } => *code,
        }
    }
}
