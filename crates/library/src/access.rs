//! What the operating system says about reading a file now, beyond the file's bytes: another
//! program holds it (Windows), or only a cloud placeholder is on the disk (OneDrive and other
//! cloud drives on Windows, iCloud Drive and File Provider folders on macOS), whose bytes would
//! be downloaded by reading them.
//!
//! Each rule is a plain function of the raw values and the system, so that every system's rule
//! is checked wherever the tests run.

/// `ERROR_SHARING_VIOLATION`: another program opened the file without sharing it.
const ERROR_SHARING_VIOLATION: i32 = 32;
/// `ERROR_LOCK_VIOLATION`: another program locked the part of the file being read.
const ERROR_LOCK_VIOLATION: i32 = 33;

/// Windows file attributes of a file whose content is elsewhere: `FILE_ATTRIBUTE_OFFLINE`,
/// `FILE_ATTRIBUTE_RECALL_ON_OPEN` and `FILE_ATTRIBUTE_RECALL_ON_DATA_ACCESS`.
const WINDOWS_ONLINE_ONLY: u32 = 0x0000_1000 | 0x0004_0000 | 0x0040_0000;
/// macOS `SF_DATALESS` in `st_flags`: the file's content is not on the disk.
const MACOS_DATALESS: u32 = 0x4000_0000;

/// Whether a read failed with the raw OS error `code` only because another program holds the
/// file for now (on Windows, where opening a file can be refused for that): the file is busy,
/// to be read again soon, not failed. Elsewhere these numbers mean other things (32 is a broken
/// pipe on Linux).
pub(crate) fn is_busy_error(code: Option<i32>, windows: bool) -> bool {
    windows && matches!(code, Some(ERROR_SHARING_VIOLATION | ERROR_LOCK_VIOLATION))
}

/// The raw OS error behind a reader's error, if one caused it.
pub(crate) fn raw_os_error(error: &skyfolio_media::Error) -> Option<i32> {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(inner) = cause {
        if let Some(code) = inner
            .downcast_ref::<std::io::Error>()
            .and_then(std::io::Error::raw_os_error)
        {
            return Some(code);
        }
        cause = inner.source();
    }
    None
}

/// Whether a file with these `flags` (Windows file attributes, macOS `st_flags`; see
/// [`file_flags`]) is online-only on `os` (`std::env::consts::OS`): a placeholder whose content
/// is in a cloud drive. Reading it would download it, so it is never read.
pub(crate) fn is_online_only(flags: u32, os: &str) -> bool {
    match os {
        "windows" => flags & WINDOWS_ONLINE_ONLY != 0,
        "macos" => flags & MACOS_DATALESS != 0,
        _ => false,
    }
}

/// The flags [`is_online_only`] judges: the file attributes on Windows.
#[cfg(windows)]
pub(crate) fn file_flags(metadata: &std::fs::Metadata) -> u32 {
    use std::os::windows::fs::MetadataExt;
    metadata.file_attributes()
}

/// The flags [`is_online_only`] judges: `st_flags` on macOS.
#[cfg(target_os = "macos")]
pub(crate) fn file_flags(metadata: &std::fs::Metadata) -> u32 {
    use std::os::macos::fs::MetadataExt;
    metadata.st_flags()
}

/// No placeholders are known elsewhere.
#[cfg(not(any(windows, target_os = "macos")))]
pub(crate) fn file_flags(_metadata: &std::fs::Metadata) -> u32 {
    0
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    #[test]
    fn a_file_another_program_holds_on_windows_is_busy() {
        assert!(is_busy_error(Some(32), true));
        assert!(is_busy_error(Some(33), true));
        // Access denied, not found: failures.
        assert!(!is_busy_error(Some(5), true));
        assert!(!is_busy_error(Some(2), true));
        assert!(!is_busy_error(None, true));
        // 32 is EPIPE on Linux, 33 EDOM: nothing to do with other programs.
        assert!(!is_busy_error(Some(32), false));
        assert!(!is_busy_error(Some(33), false));
    }

    #[test]
    fn the_os_error_is_found_under_the_readers_error() {
        let error = skyfolio_media::Error::Io {
            path: PathBuf::from("a.jpg"),
            source: std::io::Error::from_raw_os_error(32),
        };
        assert_eq!(raw_os_error(&error), Some(32));
        let error = skyfolio_media::Error::Empty {
            path: PathBuf::from("a.jpg"),
        };
        assert_eq!(raw_os_error(&error), None);
    }

    #[test]
    fn cloud_placeholders_are_online_only() {
        // OneDrive's Files On-Demand, and other cloud drives on Windows.
        assert!(is_online_only(0x0040_0000 | 0x20, "windows"));
        assert!(is_online_only(0x0004_0000, "windows"));
        assert!(is_online_only(0x1000, "windows"));
        // Archive, read-only, hidden, a reparse point that is kept on this device: here.
        assert!(!is_online_only(0x20 | 0x01 | 0x02 | 0x400, "windows"));
        // iCloud Drive's "Optimise Mac Storage", and File Provider folders.
        assert!(is_online_only(0x4000_0000, "macos"));
        // UF_HIDDEN, UF_COMPRESSED: here.
        assert!(!is_online_only(0x8000 | 0x20, "macos"));
        // The same bits mean nothing elsewhere, nor each system's bits on the other.
        assert!(!is_online_only(0x4000_0000, "windows"));
        assert!(!is_online_only(0x0040_0000, "macos"));
        assert!(!is_online_only(u32::MAX, "linux"));
    }

    #[test]
    fn files_here_are_not_online_only() {
        let file = tempfile::NamedTempFile::new().expect("a file");
        let metadata = std::fs::metadata(file.path()).expect("metadata");
        assert!(!is_online_only(file_flags(&metadata), std::env::consts::OS));
    }
}
