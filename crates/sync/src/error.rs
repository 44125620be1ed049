use std::path::PathBuf;

use skyfolio_codes::Code;
use skyfolio_protocol::ErrorCode;

/// Why a sync operation failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot open the sync state at {}", path.display())]
    Open {
        path: PathBuf,
        #[source]
        source: sqlx::Error,
    },
    #[error("cannot bring the sync state at {} up to this version", path.display())]
    Migrate {
        path: PathBuf,
        #[source]
        source: sqlx::migrate::MigrateError,
    },
    #[error("the sync state database failed")]
    Database(#[from] sqlx::Error),
    #[error(transparent)]
    Library(#[from] skyfolio_library::Error),
    #[error("{url} is not a server address (write it as https://host or http://host:port)")]
    InvalidServer { url: String },
    #[error("cannot reach the server at {server}")]
    Unreachable {
        server: String,
        /// What the connection answered: the HTTP client's error, or, from a cloud in
        /// memory, why it is away.
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    #[error("the server refused: {message}")]
    Server {
        code: ErrorCode,
        message: String,
        status: u16,
    },
    #[error("the server answered something this version does not understand ({what})")]
    Protocol { what: String },
    #[error("not signed in: run `skyfolio login` first")]
    NotSignedIn,
    #[error("cannot keep the device token: {reason}")]
    Credentials { reason: String },
    #[error("{}: {}", path.display(), what)]
    Io {
        path: PathBuf,
        what: &'static str,
        #[source]
        source: std::io::Error,
    },
    #[error("{} did not arrive whole: its bytes do not match the cloud's hash", path.display())]
    HashMismatch { path: PathBuf },
    #[error("{} changed while it was being sent; it will be sent again", path.display())]
    ChangedMeanwhile { path: PathBuf },
    #[error(
        "what waits for an answer in {} changed since it was shown: look at it again",
        folder.display()
    )]
    HeldChanged { folder: PathBuf },
}

impl Error {
    /// A stable code the shells branch on and translate as `error-<code>`.
    pub fn code(&self) -> Code {
        match self {
            Error::Open { .. } | Error::Migrate { .. } | Error::Database(_) => Code::Database,
            Error::Library(error) => error.code(),
            Error::InvalidServer { .. } => Code::InvalidServer,
            Error::Unreachable { .. } => Code::Unreachable,
            Error::Server { code, .. } => (*code).into(),
            Error::Protocol { .. } => Code::Protocol,
            Error::NotSignedIn => Code::NotSignedIn,
            Error::Credentials { .. } => Code::Credentials,
            Error::Io { .. } => Code::Io,
            Error::HashMismatch { .. } => Code::HashMismatch,
            Error::ChangedMeanwhile { .. } => Code::ChangedMeanwhile,
            Error::HeldChanged { .. } => Code::HeldChanged,
        }
    }

    /// Whether trying again later may succeed without anyone doing anything.
    pub fn is_transient(&self) -> bool {
        match self {
            Error::Unreachable { .. }
            | Error::HashMismatch { .. }
            | Error::ChangedMeanwhile { .. } => true,
            Error::Server { code, .. } => matches!(
                code,
                ErrorCode::Internal
                    | ErrorCode::UploadBusy
                    | ErrorCode::OffsetMismatch
                    | ErrorCode::TooManyAttempts
                    | ErrorCode::ServerBusy
                    | ErrorCode::NotReady
            ),
            Error::Io { .. } => true,
            _ => false,
        }
    }

    /// Whether the device was signed out or unlinked: sync must stop and say so.
    pub fn is_signed_out(&self) -> bool {
        matches!(
            self,
            Error::NotSignedIn
                | Error::Server {
                    code: ErrorCode::Unauthorized,
                    ..
                }
        )
    }

    pub(crate) fn io(
        path: impl Into<PathBuf>,
        what: &'static str,
    ) -> impl FnOnce(std::io::Error) -> Error {
        let path = path.into();
        move |source| Error::Io { path, what, source }
    }
}
