use std::path::PathBuf;

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use skyfolio_protocol::{ErrorBody, ErrorCode};

/// Why the server could not start or an administrative command failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot open the database at {}", path.display())]
    Open {
        path: PathBuf,
        #[source]
        source: sqlx::Error,
    },
    #[error("cannot bring the database at {} up to this version", path.display())]
    Migrate {
        path: PathBuf,
        #[source]
        source: sqlx::migrate::MigrateError,
    },
    #[error("cannot connect to the database {url}")]
    OpenDatabase {
        url: String,
        #[source]
        source: sqlx::Error,
    },
    #[error("cannot bring the database {url} up to this version")]
    MigrateDatabase {
        url: String,
        #[source]
        source: sqlx::migrate::MigrateError,
    },
    #[error("cannot use the storage {url}")]
    Storage {
        url: String,
        #[source]
        source: std::io::Error,
    },
    #[error("the database failed")]
    Database(#[from] sqlx::Error),
    #[error("cannot use the data folder {}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("no account has the email {email}")]
    UnknownUser { email: String },
    #[error("an account with the email {email} exists")]
    EmailTaken { email: String },
    #[error("{0}")]
    Invalid(String),
    #[error("cannot hash the password")]
    Password(#[source] argon2::password_hash::Error),
}

/// An answer to a failed request: the one error shape, `{code, message}`, with its status.
#[derive(Debug)]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
    /// Seconds to wait before trying again (throttling).
    pub retry_after: Option<u64>,
    /// With `storage-full`: the free space needed, in bytes, when known here (the router
    /// fills it in otherwise).
    pub needed: Option<u64>,
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> ApiError {
        ApiError {
            code,
            message: message.into(),
            retry_after: None,
            needed: None,
        }
    }

    /// The server's disk, or its database's, is full: nothing was kept.
    pub fn storage_full(needed: Option<u64>) -> ApiError {
        ApiError {
            needed,
            ..ApiError::new(
                ErrorCode::StorageFull,
                "the server's disk is full; nothing was kept: try again once it has room",
            )
        }
    }

    /// `other` holds a name that a Windows or Mac computer takes for the one asked for.
    pub fn name_taken(other: &str) -> ApiError {
        ApiError::new(
            ErrorCode::PathTaken,
            format!(
                "{other:?} has this name as Windows and macOS read names (other case or Unicode \
                 spelling, or a file and a folder of one name); choose another name"
            ),
        )
    }

    /// The one answer for "not yours" and "not there".
    pub fn not_found() -> ApiError {
        ApiError::new(ErrorCode::NotFound, "nothing with this id here")
    }

    pub fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(ErrorCode::BadRequest, message)
    }

    /// A failure of the server itself; the cause goes to the log, not to the client.
    pub fn internal(cause: &dyn std::fmt::Display) -> ApiError {
        tracing::error!("request failed: {cause}");
        ApiError::new(
            ErrorCode::Internal,
            "the server failed; try again in a moment",
        )
    }

    pub fn status(&self) -> StatusCode {
        match self.code {
            ErrorCode::BadRequest
            | ErrorCode::InvalidPath
            | ErrorCode::WeakPassword
            | ErrorCode::SizeMismatch => StatusCode::BAD_REQUEST,
            ErrorCode::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ErrorCode::HeadersTooLarge => StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            ErrorCode::UriTooLong => StatusCode::URI_TOO_LONG,
            ErrorCode::Unauthorized | ErrorCode::InvalidCredentials => StatusCode::UNAUTHORIZED,
            ErrorCode::TooManyAttempts => StatusCode::TOO_MANY_REQUESTS,
            ErrorCode::Forbidden | ErrorCode::RegistrationClosed | ErrorCode::InvalidInvite => {
                StatusCode::FORBIDDEN
            }
            ErrorCode::NotFound | ErrorCode::NoPreview => StatusCode::NOT_FOUND,
            ErrorCode::EmailTaken
            | ErrorCode::PathTaken
            | ErrorCode::OffsetMismatch
            | ErrorCode::NotReady => StatusCode::CONFLICT,
            ErrorCode::UploadBusy => StatusCode::LOCKED,
            // tus: 460 Checksum Mismatch.
            ErrorCode::ChecksumMismatch => {
                StatusCode::from_u16(460).unwrap_or(StatusCode::BAD_REQUEST)
            }
            ErrorCode::HashMismatch => StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::QuotaExceeded => StatusCode::PAYLOAD_TOO_LARGE,
            ErrorCode::StorageFull => StatusCode::INSUFFICIENT_STORAGE,
            ErrorCode::RangeNotSatisfiable => StatusCode::RANGE_NOT_SATISFIABLE,
            ErrorCode::ServerBusy => StatusCode::SERVICE_UNAVAILABLE,
            ErrorCode::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        let retry_after = self.retry_after;
        let unauthorized = self.code == ErrorCode::Unauthorized;
        let body = ErrorBody {
            code: self.code,
            message: self.message,
            needed: self.needed,
        };
        let mut response = (status, axum::Json(body)).into_response();
        let headers = response.headers_mut();
        if let Some(seconds) = retry_after {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        if unauthorized {
            headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        response
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(error: sqlx::Error) -> ApiError {
        if is_disk_full(&error) {
            tracing::warn!("the database's disk is full: {error}");
            return ApiError::storage_full(None);
        }
        ApiError::internal(&error)
    }
}

impl From<std::io::Error> for ApiError {
    fn from(error: std::io::Error) -> ApiError {
        if is_no_space(&error) {
            tracing::warn!("the storage's disk is full: {error}");
            return ApiError::storage_full(None);
        }
        ApiError::internal(&error)
    }
}

/// Whether the database refused a write for want of disk space: SQLite's `SQLITE_FULL`
/// (13, with its extended codes), PostgreSQL's `disk_full` (53100); or a file it could not
/// write for the same reason.
pub(crate) fn is_disk_full(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::Database(e) => {
            let code = e.code();
            let code = code.as_deref().unwrap_or_default();
            match e.try_downcast_ref::<sqlx::postgres::PgDatabaseError>() {
                Some(_) => code == "53100",
                None => code.parse::<i32>().is_ok_and(|code| code & 0xff == 13),
            }
        }
        sqlx::Error::Io(e) => is_no_space(e),
        _ => false,
    }
}

/// Whether a file system refused a write for want of space (or of the user's disk quota).
pub(crate) fn is_no_space(error: &std::io::Error) -> bool {
    matches!(
        error.kind(),
        std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded
    )
}

/// Whether a database error is a broken UNIQUE constraint.
pub(crate) fn is_unique_violation(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(e) if e.is_unique_violation())
}
