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

/// An error and its causes in one line, `what failed: why: the root cause`: each cause kept as
/// the error's `source` is said once, and a cause whose words its error already repeats is left
/// out (libraries often put their cause inside their own message). The one way every crate and
/// shell renders an error chain for logs and details.
pub fn describe_chain(error: &(dyn std::error::Error + 'static)) -> String {
    let mut told = String::new();
    let mut next = Some(error);
    while let Some(error) = next {
        let text = error.to_string();
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() && !told.contains(&text) {
            if !told.is_empty() {
                told.push_str(": ");
            }
            told.push_str(&text);
        }
        next = error.source();
    }
    told
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

    #[derive(Debug)]
    struct Failed(&'static str, Option<Box<Failed>>);

    impl std::fmt::Display for Failed {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.0)
        }
    }

    impl std::error::Error for Failed {
        fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
            self.1.as_deref().map(|inner| inner as _)
        }
    }

    #[test]
    fn a_chain_is_told_once_outermost_first_without_repeating_a_cause() {
        let root = Failed("No space left on device (os error 28)", None);
        let middle = Failed(
            "cannot write part: No space left on device (os error 28)",
            Some(Box::new(root)),
        );
        let outer = Failed("/photos/a.jpg:  cannot keep   it", Some(Box::new(middle)));
        assert_eq!(
            describe_chain(&outer),
            "/photos/a.jpg: cannot keep it: cannot write part: No space left on device (os error 28)"
        );
        assert_eq!(describe_chain(&Failed("", None)), "");
    }

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
