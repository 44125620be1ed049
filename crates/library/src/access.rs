//! What the operating system says about reading a file now, beyond the file's bytes: another
//! program holds it (Windows).
//!
//! Each rule is a plain function of the raw values and the system, so that every system's rule
//! is checked wherever the tests run.

/// `ERROR_SHARING_VIOLATION`: another program opened the file without sharing it.
const ERROR_SHARING_VIOLATION: i32 = 32;
/// `ERROR_LOCK_VIOLATION`: another program locked the part of the file being read.
const ERROR_LOCK_VIOLATION: i32 = 33;

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
}
