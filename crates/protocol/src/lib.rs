//! The wire between Skyfolio and its server.
//!
//! Every JSON body the server sends or accepts is a type here, and so is the one error shape,
//! [`ErrorBody`] with its stable [`ErrorCode`]. Clients and the server share these types, so the
//! two cannot drift apart. [`MediaPath`] holds the rule for names that travel between machines:
//! a path from the other side is never trusted as a file-system path until it passes it.
//!
//! This crate is serde only: no HTTP, no I/O, no database. With the `openapi` feature the types
//! also describe themselves for the server's OpenAPI document; with `sqlx` the ids bind to a
//! database column as the strings they are.

mod ids;
mod path;

pub use ids::{DeviceId, MediaId, UploadId};
pub use path::{MediaPath, PathError, name_key};

use serde::{Deserialize, Serialize};

/// The version prefix of every API route.
pub const API_PREFIX: &str = "/api/v1";

/// The tus protocol version the upload routes speak (core, creation, checksum, termination).
pub const TUS_VERSION: &str = "1.0.0";

/// The content type of an upload chunk (tus).
pub const OFFSET_OCTET_STREAM: &str = "application/offset+octet-stream";

/// The largest file a client may send whole in one request (`POST /api/v1/media`, announced
/// in the query as by [`CreateUpload`]); larger ones go as resumable uploads.
pub const WHOLE_UPLOAD_LIMIT: u64 = 8 << 20;

/// The one error shape every failed request answers with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    /// What went wrong, stable: clients branch on it and translate it as `error-<code>`.
    pub code: ErrorCode,
    /// What went wrong, in English, for logs and people reading raw responses.
    pub message: String,
    /// With `storage-full`: how many more bytes of free space the server needs before it can
    /// take this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub needed: Option<u64>,
}

/// The stable error codes. A code is added only when a client has a reason to branch on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, strum::VariantArray)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    /// The request is malformed: bad JSON, a missing or invalid field or header.
    BadRequest,
    /// A media path breaks the naming rules (`..`, absolute, empty segment, reserved name).
    InvalidPath,
    /// The request's body is not of the content type the route takes.
    UnsupportedMediaType,
    /// The request's headers are too large.
    HeadersTooLarge,
    /// The request's URI (its path and query) is too long.
    UriTooLong,
    /// No valid device token: log in again.
    Unauthorized,
    /// Wrong email or password (or a disabled account: the answer is the same).
    InvalidCredentials,
    /// Too many failed log-ins from this address for this account: wait and try again.
    TooManyAttempts,
    /// Only an administrator may do this; or a browser's write came without the
    /// `X-Skyfolio-Request` header its session cookie needs.
    Forbidden,
    /// This server does not take new accounts.
    RegistrationClosed,
    /// The invite is not one this server gave, was used already or has expired.
    InvalidInvite,
    /// An account with this email exists.
    EmailTaken,
    /// The password is too short or too long.
    WeakPassword,
    /// Nothing with this id belongs to you (it may not exist at all).
    NotFound,
    /// Another item already has this path.
    PathTaken,
    /// The upload's offset is not the one the request says (tus: 409).
    OffsetMismatch,
    /// A chunk's bytes do not match its `Upload-Checksum`; the offset did not move.
    ChecksumMismatch,
    /// The whole file's hash is not the one declared; nothing was kept.
    HashMismatch,
    /// More bytes were sent than the upload declared.
    SizeMismatch,
    /// Another request is writing to this upload right now.
    UploadBusy,
    /// Accepting this would pass the account's storage quota; nothing was stored.
    QuotaExceeded,
    /// The server's own disk (or its database's) is full: nothing was stored; try again once
    /// it has room (`needed` says how much).
    StorageFull,
    /// The thumbnail is still being made.
    NotReady,
    /// This item has no preview (a video on a server without ffmpeg, a file of unknown type).
    NoPreview,
    /// The requested byte range is outside the file.
    RangeNotSatisfiable,
    /// The server is checking as many passwords as its memory allows: try again after the
    /// `Retry-After` seconds.
    ServerBusy,
    /// Something failed on the server; the request may be retried.
    Internal,
}

impl From<ErrorCode> for skyfolio_codes::Code {
    /// The wire's codes are the registry's, spelled the same.
    fn from(code: ErrorCode) -> skyfolio_codes::Code {
        code.as_str()
            .parse()
            .unwrap_or(skyfolio_codes::Code::Internal)
    }
}

impl ErrorCode {
    /// The code as it appears on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::BadRequest => "bad-request",
            ErrorCode::InvalidPath => "invalid-path",
            ErrorCode::UnsupportedMediaType => "unsupported-media-type",
            ErrorCode::HeadersTooLarge => "headers-too-large",
            ErrorCode::UriTooLong => "uri-too-long",
            ErrorCode::Unauthorized => "unauthorized",
            ErrorCode::InvalidCredentials => "invalid-credentials",
            ErrorCode::TooManyAttempts => "too-many-attempts",
            ErrorCode::Forbidden => "forbidden",
            ErrorCode::RegistrationClosed => "registration-closed",
            ErrorCode::InvalidInvite => "invalid-invite",
            ErrorCode::EmailTaken => "email-taken",
            ErrorCode::WeakPassword => "weak-password",
            ErrorCode::NotFound => "not-found",
            ErrorCode::PathTaken => "path-taken",
            ErrorCode::OffsetMismatch => "offset-mismatch",
            ErrorCode::ChecksumMismatch => "checksum-mismatch",
            ErrorCode::HashMismatch => "hash-mismatch",
            ErrorCode::SizeMismatch => "size-mismatch",
            ErrorCode::UploadBusy => "upload-busy",
            ErrorCode::QuotaExceeded => "quota-exceeded",
            ErrorCode::StorageFull => "storage-full",
            ErrorCode::NotReady => "not-ready",
            ErrorCode::NoPreview => "no-preview",
            ErrorCode::RangeNotSatisfiable => "range-not-satisfiable",
            ErrorCode::ServerBusy => "server-busy",
            ErrorCode::Internal => "internal",
        }
    }
}

/// `POST /api/v1/account/register`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RegisterRequest {
    pub email: String,
    pub password: String,
    /// The code of an invite from the server's administrator: needed once the server has its
    /// first account, unless its registration is open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invite: Option<String>,
}

/// An account as its owner sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Account {
    pub email: String,
    pub admin: bool,
    /// Milliseconds since the Unix epoch.
    pub created_at: i64,
}

/// `POST /api/v1/session`: log in from one device.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    pub email: String,
    pub password: String,
    /// What the person calls this device ("Anna's laptop").
    pub device_name: String,
    /// `windows`, `macos`, `linux`, or whatever the client is.
    pub platform: String,
}

/// A new device session.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LoginResponse {
    /// The device token: send it as `Authorization: Bearer <token>`. The server keeps only its
    /// hash; it cannot be shown again.
    pub token: String,
    pub device: Device,
    pub account: Account,
}

/// `POST /api/v1/web/session`: a browser signs in, or creates its account and signs in. The
/// device it becomes is named after the browser; its token travels only in the
/// `skyfolio_session` cookie, never in a body.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct WebSessionRequest {
    pub email: String,
    pub password: String,
    /// Create the account first, under the rules of `POST /api/v1/account/register`.
    #[serde(default)]
    pub register: bool,
    /// With `register`: the code of an invite from the server's administrator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invite: Option<String>,
}

/// A browser's session: the account it is signed in to and the device it is. The answer of
/// `POST` and `GET /api/v1/web/session`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WebSession {
    pub device: Device,
    pub account: Account,
}

/// `POST /api/v1/pairings`: a one-time code with which another device of this account, a
/// phone's browser, signs in without the password (`POST /api/v1/web/pair`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PairingCode {
    /// 128 random bits, hex. Shown once: the server keeps only its hash.
    pub code: String,
    /// When it stops working, in milliseconds since the epoch. It works once.
    pub expires_at: i64,
}

/// `POST /api/v1/web/pair`: a browser signs in with a pairing code.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct WebPairRequest {
    pub code: String,
}

/// `POST /api/v1/account/password`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ChangePasswordRequest {
    pub current_password: String,
    pub new_password: String,
    /// Unlink every device but the one asking.
    #[serde(default)]
    pub sign_out_other_devices: bool,
}

/// A device linked to an account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Device {
    pub id: DeviceId,
    pub name: String,
    pub platform: String,
    /// Milliseconds since the Unix epoch, as are all times below.
    pub created_at: i64,
    pub last_seen_at: i64,
    /// The last time this device read the change feed or finished an upload.
    pub last_sync_at: Option<i64>,
    /// This is the device making the request.
    pub current: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeviceList {
    pub devices: Vec<Device>,
}

/// What a file is, as far as the server could tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum MediaKind {
    Photo,
    Video,
    /// A file the server could not recognise; it is kept all the same.
    Other,
}

/// Where an item is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum MediaState {
    Active,
    Trashed,
    /// Gone for good; only its tombstone is left, for the change feed.
    Purged,
}

/// Whether the server's thumbnails of an item can be fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum ThumbnailState {
    Pending,
    Ready,
    /// This item cannot have one (see [`ErrorCode::NoPreview`]).
    None,
}

/// One photo or video in the cloud.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MediaItem {
    pub id: MediaId,
    /// `album/name`, `/`-separated, see [`MediaPath`].
    pub path: String,
    pub kind: MediaKind,
    pub state: MediaState,
    /// BLAKE3 of the whole file, lowercase hex.
    pub hash: String,
    pub size: u64,
    /// The camera's wall-clock time, RFC 3339, with the offset when the file says it.
    pub taken_at: Option<String>,
    /// The order of the timeline: the capture time read as UTC (or the file's modification
    /// time when it has none), milliseconds since the Unix epoch.
    pub sort_time: i64,
    /// Size as displayed (orientation applied).
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub duration_ms: Option<u64>,
    pub created_at: i64,
    pub trashed_at: Option<i64>,
    pub thumbnails: ThumbnailState,
    /// The change-feed sequence number of this item's latest change.
    pub seq: i64,
}

/// A page of items; pass `next` back as `cursor` for the next one.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MediaPage {
    pub items: Vec<MediaItem>,
    pub next: Option<String>,
}

/// `PATCH /api/v1/media/{id}`: move (rename) an item.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct MoveRequest {
    pub path: String,
}

/// What happened to an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum ChangeOp {
    Create,
    Move,
    Trash,
    Restore,
    Purge,
}

/// One entry of the change feed. `item` is the item as it is now (a tombstone once purged).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Change {
    pub seq: i64,
    pub op: ChangeOp,
    pub item: MediaItem,
}

/// `GET /api/v1/changes`: changes after `since`, oldest first.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChangePage {
    pub changes: Vec<Change>,
    /// Pass as `since` next time.
    pub next_since: i64,
    /// More changes wait: ask again at once.
    pub has_more: bool,
}

/// `POST /api/v1/uploads`: announce a file before sending it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateUpload {
    /// Where the item goes, see [`MediaPath`].
    pub path: String,
    /// The whole file's size in bytes.
    pub size: u64,
    /// BLAKE3 of the whole file, hex.
    pub hash: String,
    /// The file's modification time (ms since the epoch): the timeline's order when the file
    /// has no capture time.
    #[serde(default)]
    pub modified_at: Option<i64>,
    /// The id of the live item now at `path` that this file is a new version of. It goes to
    /// the trash in the same step that the new item appears, so the path is never empty and
    /// the old version is never lost.
    #[serde(default)]
    pub replaces: Option<MediaId>,
    /// When the item was taken by another account of it than the file (an importer's sidecar,
    /// such as a Google Takeout's `photoTakenTime`), RFC 3339 with its offset
    /// (`2019-06-01T14:00:00+02:00`). Used only when the file states no capture time of its
    /// own, before the date its name may give; a file's own time always wins.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taken_at_fallback: Option<String>,
}

/// The answer to [`CreateUpload`]: either the bytes are wanted (`upload`), or the server has
/// this content already and the item exists at once (`item`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UploadCreated {
    pub upload: Option<UploadStatus>,
    pub item: Option<MediaItem>,
}

/// One of an account's uploads in progress: bytes on their way, reserved in the quota until
/// they arrive, the upload is cancelled or it expires.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UploadInProgress {
    pub id: UploadId,
    /// Where the item will be.
    pub path: String,
    pub size: u64,
    /// Bytes received so far.
    pub offset: u64,
    /// The device sending it, and its name (none when it was unlinked since).
    pub device_id: DeviceId,
    pub device_name: Option<String>,
    /// When the server forgets it unless more bytes arrive (ms since the epoch).
    pub expires_at: i64,
}

/// The answer to `GET /api/v1/uploads`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UploadList {
    pub uploads: Vec<UploadInProgress>,
}

/// A resumable upload in progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UploadStatus {
    pub id: UploadId,
    pub offset: u64,
    pub size: u64,
    /// When the server forgets it unless more bytes arrive (ms since the epoch).
    pub expires_at: i64,
}

/// The answer to the chunk that completed an upload (its offset is in the headers).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChunkAccepted {
    pub offset: u64,
    /// The new item, once the last byte arrived and the hash matched.
    pub item: Option<MediaItem>,
}

/// Storage used and allowed, in bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Usage {
    pub quota: u64,
    pub used: u64,
    pub photos: u64,
    pub videos: u64,
    /// Files of no known kind.
    pub other: u64,
    /// In the recycle bin: counts toward the quota until purged.
    pub trash: u64,
    /// Reserved by uploads in progress.
    pub uploading: u64,
    /// Days an item stays in the recycle bin before it is deleted for good.
    pub trash_days: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_codes_serialise_as_their_stable_names() {
        for code in [
            ErrorCode::BadRequest,
            ErrorCode::InvalidPath,
            ErrorCode::NotFound,
            ErrorCode::QuotaExceeded,
            ErrorCode::OffsetMismatch,
            ErrorCode::TooManyAttempts,
            ErrorCode::UriTooLong,
            ErrorCode::InvalidInvite,
            ErrorCode::ServerBusy,
            ErrorCode::StorageFull,
        ] {
            let json = serde_json::to_string(&code).expect("serialisable");
            assert_eq!(json, format!("\"{}\"", code.as_str()));
        }
    }

    #[test]
    fn every_wire_code_is_the_registrys_code_of_the_same_name() {
        use strum::VariantArray;
        for code in ErrorCode::VARIANTS {
            assert_eq!(skyfolio_codes::Code::from(*code).as_str(), code.as_str());
        }
    }

    #[test]
    fn unknown_fields_are_refused() {
        let body = r#"{"path":"a/b.jpg","size":1,"hash":"00","extra":1}"#;
        assert!(serde_json::from_str::<CreateUpload>(body).is_err());
    }

    #[test]
    fn negative_sizes_are_refused() {
        let body = r#"{"path":"a/b.jpg","size":-1,"hash":"00"}"#;
        assert!(serde_json::from_str::<CreateUpload>(body).is_err());
    }
}
