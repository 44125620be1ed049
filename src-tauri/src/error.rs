use serde::Serialize;

/// The one error shape that crosses IPC (and the schemes' error bodies): a stable `code` the UI
/// branches on to pick the message `error-<code>`, and an English `message` for logs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct CommandError {
    pub code: String,
    pub message: String,
}

impl CommandError {
    /// A bug in Skyfolio rather than a problem with the files or the network.
    pub const INTERNAL: &'static str = "internal";

    pub fn new(code: &str, message: impl Into<String>) -> Self {
        CommandError {
            code: code.to_owned(),
            message: message.into(),
        }
    }

    pub fn internal(message: impl Into<String>) -> Self {
        CommandError::new(Self::INTERNAL, message)
    }
}

impl From<skyfolio_core::Problem> for CommandError {
    fn from(problem: skyfolio_core::Problem) -> Self {
        CommandError {
            code: problem.code,
            message: problem.message,
        }
    }
}

impl From<skyfolio_core::Error> for CommandError {
    fn from(error: skyfolio_core::Error) -> Self {
        skyfolio_core::Problem::from(&error).into()
    }
}

impl From<skyfolio_core::SyncError> for CommandError {
    fn from(error: skyfolio_core::SyncError) -> Self {
        skyfolio_core::Problem::from(&error).into()
    }
}
