use std::path::PathBuf;

/// Why a JSON file or a source of a Takeout could not be read. Every variant names the entry
/// or the file.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The bytes are not JSON: cut short, damaged, or not text.
    #[error("{entry}: the JSON is damaged")]
    DamagedJson {
        /// The entry's path in the Takeout.
        entry: String,
        /// The parser's account of what is wrong, and where.
        #[source]
        source: serde_json::Error,
    },
    /// The JSON is well formed but not an object, so it is no sidecar or album metadata.
    #[error("{entry}: the JSON is not an object")]
    NotAnObject {
        /// The entry's path in the Takeout.
        entry: String,
    },
    /// A source (zip part or folder) could not be read from the disk.
    #[error("{}: cannot read it", path.display())]
    Io {
        /// The zip part or folder.
        path: PathBuf,
        /// The OS's reason.
        #[source]
        source: std::io::Error,
    },
    /// A zip part is not a zip, or is damaged or cut short (a download that did not finish).
    #[error("{}: not a zip archive, or a damaged one", path.display())]
    Zip {
        /// The zip part.
        path: PathBuf,
        /// What the zip reader found wrong.
        #[source]
        source: zip::result::ZipError,
    },
}

impl Error {
    /// The stable code of the error, for reports and the UI's messages.
    pub fn code(&self) -> skyfolio_codes::Code {
        use skyfolio_codes::Code;
        match self {
            Error::DamagedJson { .. } => Code::DamagedJson,
            Error::NotAnObject { .. } => Code::NotAnObject,
            Error::Io { .. } => Code::Io,
            Error::Zip { .. } => Code::BadZip,
        }
    }

    /// The entry or file the error is about.
    pub fn entry(&self) -> String {
        match self {
            Error::DamagedJson { entry, .. } | Error::NotAnObject { entry } => entry.clone(),
            Error::Io { path, .. } | Error::Zip { path, .. } => path.display().to_string(),
        }
    }
}
