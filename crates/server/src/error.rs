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
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> ApiError {
        ApiError {
            code,
            message: message.into(),
            retry_after: None,
        }
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
            ErrorCode::Unauthorized | ErrorCode::InvalidCredentials => StatusCode::UNAUTHORIZED,
            ErrorCode::TooManyAttempts => StatusCode::TOO_MANY_REQUESTS,
            ErrorCode::Forbidden | ErrorCode::RegistrationClosed => StatusCode::FORBIDDEN,
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
            ErrorCode::RangeNotSatisfiable => StatusCode::RANGE_NOT_SATISFIABLE,
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
        ApiError::internal(&error)
    }
}

impl From<std::io::Error> for ApiError {
    fn from(error: std::io::Error) -> ApiError {
        ApiError::internal(&error)
    }
}

/// Whether a database error is a broken UNIQUE constraint.
pub(crate) fn is_unique_violation(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(e) if e.is_unique_violation())
}
