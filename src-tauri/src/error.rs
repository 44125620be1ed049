use serde::Serialize;
use skyfolio_core::Code;

/// The one error shape that crosses IPC (and the schemes' error bodies): a stable `code` from
/// the registry the UI branches on to pick the message `error-<code>`, and an English `message`
/// for logs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct CommandError {
    pub code: Code,
    pub message: String,
}

impl CommandError {
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        CommandError {
            code,
            message: message.into(),
        }
    }

    /// A bug in Skyfolio rather than a problem with the files or the network.
    pub fn internal(message: impl Into<String>) -> Self {
        CommandError::new(Code::Internal, message)
    }
}

impl From<skyfolio_core::Problem> for CommandError {
    fn from(problem: skyfolio_core::Problem) -> Self {
        CommandError::new(problem.code, problem.message)
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
