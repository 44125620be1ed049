use std::io;
use std::path::{Path, PathBuf};

type Cause = Box<dyn std::error::Error + Send + Sync + 'static>;

/// Why a file could not be understood. Every variant names the file.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: cannot read the file", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("{}: the file is empty", path.display())]
    Empty { path: PathBuf },
    #[error("{}: not a photo or video that Skyfolio can read ({detail})", path.display())]
    Unsupported { path: PathBuf, detail: String },
    #[error(
        "{}: the picture is too large to open safely ({width}×{height} pixels; the limit is {limit} pixels)",
        path.display()
    )]
    TooLarge {
        path: PathBuf,
        width: u64,
        height: u64,
        limit: u64,
    },
    #[error("{}: the {format} data is damaged or incomplete", path.display())]
    Corrupt {
        path: PathBuf,
        format: &'static str,
        #[source]
        source: Cause,
    },
    #[error("{}: gave up after {seconds} s making a preview", path.display())]
    Timeout { path: PathBuf, seconds: u64 },
}

/// The stable reason behind an [`Error`], from the registry of every code: shells branch on
/// it and show the localized message `error-<code>`.
pub use skyfolio_codes::Code as ErrorCode;

impl Error {
    pub(crate) fn io(path: &Path, source: io::Error) -> Self {
        Error::Io {
            path: path.to_owned(),
            source,
        }
    }

    pub(crate) fn corrupt(path: &Path, format: &'static str, source: impl Into<Cause>) -> Self {
        Error::Corrupt {
            path: path.to_owned(),
            format,
            source: source.into(),
        }
    }

    pub(crate) fn unsupported(path: &Path, detail: impl Into<String>) -> Self {
        Error::Unsupported {
            path: path.to_owned(),
            detail: detail.into(),
        }
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Io { .. } => ErrorCode::Io,
            Error::Empty { .. } => ErrorCode::EmptyFile,
            Error::Unsupported { .. } => ErrorCode::UnsupportedFormat,
            Error::TooLarge { .. } => ErrorCode::TooLarge,
            Error::Corrupt { .. } => ErrorCode::Corrupt,
            Error::Timeout { .. } => ErrorCode::Timeout,
        }
    }

    /// The file this error is about.
    pub fn path(&self) -> &Path {
        match self {
            Error::Io { path, .. }
            | Error::Empty { path }
            | Error::Unsupported { path, .. }
            | Error::TooLarge { path, .. }
            | Error::Corrupt { path, .. }
            | Error::Timeout { path, .. } => path,
        }
    }

    /// The whole story in one line: this error followed by those of its causes that add
    /// something (libraries often repeat their cause inside their own message).
    pub fn message(&self) -> String {
        skyfolio_codes::describe_chain(self)
    }
}
