use serde::Serialize;

/// The one error shape that crosses IPC (and the `thumb` scheme's error bodies): a stable `code`
/// the UI branches on to pick the message `error-<code>`, and an English `message` for logs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CommandError {
    pub code: &'static str,
    pub message: String,
}

impl CommandError {
    /// A folder that cannot be listed: missing, not a folder, or not readable.
    pub const FOLDER_UNREADABLE: &'static str = "folder-unreadable";
    /// A bug in Skyfolio rather than a problem with the files.
    pub const INTERNAL: &'static str = "internal";

    pub fn internal(message: String) -> Self {
        CommandError {
            code: Self::INTERNAL,
            message,
        }
    }
}

impl From<&skyfolio_media::Error> for CommandError {
    fn from(error: &skyfolio_media::Error) -> Self {
        CommandError {
            code: error.code().as_str(),
            message: error.message(),
        }
    }
}

impl From<skyfolio_media::Error> for CommandError {
    fn from(error: skyfolio_media::Error) -> Self {
        CommandError::from(&error)
    }
}
