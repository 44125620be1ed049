//! Every error code Skyfolio says, in one registry.
//!
//! A code is what a shell branches on and what the person is told: the UI and the command line
//! say `error-<code>` from `locales/` (a test checks that every code has its message in every
//! language), and the English detail that comes with it is for logs. Each crate's `code()`
//! answers one of these; the server sends the wire's share of them (`skyfolio_protocol::ErrorCode`).
//! A code is added only when someone has a reason to tell it apart.

use serde::{Deserialize, Serialize};

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    ts_rs::TS,
    strum::Display,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Code {
    // The wire: what the server answers (`skyfolio_protocol::ErrorCode`).
    BadRequest,
    InvalidPath,
    UnsupportedMediaType,
    HeadersTooLarge,
    UriTooLong,
    Unauthorized,
    InvalidCredentials,
    TooManyAttempts,
    Forbidden,
    RegistrationClosed,
    InvalidInvite,
    EmailTaken,
    WeakPassword,
    NotFound,
    PathTaken,
    OffsetMismatch,
    ChecksumMismatch,
    HashMismatch,
    SizeMismatch,
    UploadBusy,
    QuotaExceeded,
    StorageFull,
    NotReady,
    NoPreview,
    RangeNotSatisfiable,
    ServerBusy,
    /// A bug, on the server or here, rather than a problem with the files or the network.
    Internal,

    // A file: what the media crate finds reading it.
    Io,
    EmptyFile,
    UnsupportedFormat,
    TooLarge,
    Corrupt,
    Timeout,

    // The library of this computer.
    Database,
    NotAFolder,
    FolderOverlaps,
    UnknownFolder,

    // Sync and the account.
    InvalidServer,
    Unreachable,
    Protocol,
    NotSignedIn,
    Credentials,
    ChangedMeanwhile,
    HeldChanged,
    /// A name the other side cannot hold.
    InvalidName,
    /// Another file has this name, told apart only by case or form.
    NameTaken,
    /// A cloud drive's placeholder, not on this computer.
    OnlineOnly,

    // The app.
    InvalidAlbum,
    AlbumTaken,
    NothingSelected,
    InvalidSetting,
    NotABackupFolder,
    /// The cloud did not confirm it holds a phone's photo, so it stays on the phone.
    NotConfirmed,
    /// Something on a phone or card that is not a file (a folder, a link): left where it is.
    NotAFile,

    // A Google Takeout.
    BadZip,
    ZipBomb,
    ScratchFull,
    PartMissing,
    DamagedJson,
    NotAnObject,

    // Updates of the desktop app.
    NoUpdate,
    UpdateFailed,
    /// The web app was asked for what only the desktop app does.
    DesktopOnly,

    /// What a shell says for a code it does not know (one only a newer server sends).
    Unknown,
}

impl Code {
    /// Every code, in the order above.
    pub const ALL: &'static [Code] = <Code as strum::VariantArray>::VARIANTS;

    /// The code as it is written everywhere: `storage-full`.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The id of its message in `locales/`.
    pub fn message_id(self) -> String {
        format!("error-{self}")
    }
}

impl From<Code> for String {
    fn from(code: Code) -> String {
        code.as_str().to_owned()
    }
}

#[cfg(test)]
mod tests {
    use strum::VariantArray;

    use super::*;

    #[test]
    fn a_code_is_written_the_same_in_json_in_text_and_parsed_back() {
        for code in Code::VARIANTS {
            let json = serde_json::to_string(code).expect("JSON");
            assert_eq!(json, format!("\"{}\"", code.as_str()));
            assert_eq!(serde_json::from_str::<Code>(&json).ok(), Some(*code));
            assert_eq!(code.to_string(), code.as_str());
            assert_eq!(code.as_str().parse::<Code>().ok(), Some(*code));
            assert!(
                code.as_str()
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{code}"
            );
        }
        assert_eq!(Code::NotABackupFolder.as_str(), "not-a-backup-folder");
        assert_eq!(Code::StorageFull.message_id(), "error-storage-full");
    }
}
