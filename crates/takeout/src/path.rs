//! Entry names are hostile input: a zip can name an entry `../../x.jpg`, `/etc/x`, `C:x` or
//! `a\..\x`, and its names are bytes that need not be UTF-8. Only a [`TakeoutPath`] goes on.

use std::fmt;

use serde::Serialize;

/// The longest entry name taken, in bytes. Google's names are far shorter; a longer one is
/// made to hurt (memory, file systems), not a photo's.
pub const MAX_PATH_BYTES: usize = 4096;

/// A path inside a Takeout that cannot leave the folder it is joined to, on any OS: relative,
/// `/`-separated, valid UTF-8, no empty segment, no segment made only of dots and spaces
/// (`.`, `..`, and `.. ` or `...`, which Windows turns into `..`), no backslash, no drive
/// letter, no control character.
///
/// It is kept exactly as the archive spells it, so it also names the entry to read back. It is
/// not necessarily a valid file name everywhere (`:`, `?`, `CON`): whoever writes a file still
/// passes the name through the target's naming rule.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct TakeoutPath(String);

/// Why an entry name was refused. Serialized as its [`code`](UnsafePath::code).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum UnsafePath {
    /// The name is empty.
    Empty,
    /// The name's bytes are not UTF-8.
    NotUtf8,
    /// The name is longer than [`MAX_PATH_BYTES`].
    TooLong,
    /// The name starts at a root (`/x`) or a drive (`C:x`, `C:/x`).
    Absolute,
    /// A segment is `.`, `..` or only dots and spaces.
    DotSegment,
    /// Two slashes in a row.
    EmptySegment,
    /// A backslash, a separator on Windows.
    Backslash,
    /// A control character (NUL, newline, DEL…).
    ControlCharacter,
}

impl UnsafePath {
    /// The stable code of the reason, for reports and the UI's messages.
    pub fn code(self) -> &'static str {
        match self {
            UnsafePath::Empty => "empty",
            UnsafePath::NotUtf8 => "not-utf8",
            UnsafePath::TooLong => "too-long",
            UnsafePath::Absolute => "absolute",
            UnsafePath::DotSegment => "dot-segment",
            UnsafePath::EmptySegment => "empty-segment",
            UnsafePath::Backslash => "backslash",
            UnsafePath::ControlCharacter => "control-character",
        }
    }
}

impl fmt::Display for UnsafePath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl std::error::Error for UnsafePath {}

/// Checks an entry name (a file's, not a directory's: no trailing slash) and returns it as a
/// [`TakeoutPath`], or why it is refused. Writers join only such paths under their folder.
pub fn safe_relative_path(name: &str) -> Result<TakeoutPath, UnsafePath> {
    if name.is_empty() {
        return Err(UnsafePath::Empty);
    }
    if name.len() > MAX_PATH_BYTES {
        return Err(UnsafePath::TooLong);
    }
    if name.chars().any(char::is_control) {
        return Err(UnsafePath::ControlCharacter);
    }
    if name.contains('\\') {
        return Err(UnsafePath::Backslash);
    }
    let bytes = name.as_bytes();
    if bytes[0] == b'/' || (bytes.len() >= 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':')
    {
        return Err(UnsafePath::Absolute);
    }
    for segment in name.split('/') {
        if segment.is_empty() {
            return Err(UnsafePath::EmptySegment);
        }
        if segment.trim_end_matches(['.', ' ']).is_empty() {
            return Err(UnsafePath::DotSegment);
        }
    }
    Ok(TakeoutPath(name.to_owned()))
}

/// [`safe_relative_path`] for a name as bytes, the way a zip stores it.
pub fn safe_relative_path_bytes(name: &[u8]) -> Result<TakeoutPath, UnsafePath> {
    if name.len() > MAX_PATH_BYTES {
        return Err(UnsafePath::TooLong);
    }
    let name = std::str::from_utf8(name).map_err(|_| UnsafePath::NotUtf8)?;
    safe_relative_path(name)
}

impl TakeoutPath {
    /// The path as the archive spells it.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The last segment: the file's name.
    pub fn file_name(&self) -> &str {
        self.0.rsplit('/').next().unwrap_or(&self.0)
    }

    /// The name of the folder holding the file (`Photos from 2019`), if the path has one.
    pub fn folder_name(&self) -> Option<&str> {
        let (folder, _) = self.0.rsplit_once('/')?;
        Some(folder.rsplit('/').next().unwrap_or(folder))
    }
}

impl fmt::Display for TakeoutPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_the_names_google_writes() {
        for name in [
            "Takeout/Google Photos/Photos from 2019/IMG_20190601_120000.jpg",
            "Takeout/Google Photos/Photos from 2019/IMG_1.jpg.supplemental-metadata.json",
            "Takeout/Google Fotos/Urlaub: Rom/IMG_1.jpg",
            "Takeout/Google 相册/2019 年的照片/IMG_1.jpg",
            "Takeout/Google Photos/Trip/..json",
            "Takeout/Google Photos/Trip/IMG_1.jpg..json",
            "Takeout/Google Photos/.hidden/x.jpg",
            "x.jpg",
        ] {
            let path = safe_relative_path(name).expect("a safe path");
            assert_eq!(path.as_str(), name);
        }
    }

    #[test]
    fn refuses_what_could_leave_the_folder() {
        let cases: &[(&[u8], UnsafePath)] = &[
            (b"", UnsafePath::Empty),
            (b"../../x.jpg", UnsafePath::DotSegment),
            (b"Takeout/../../x.jpg", UnsafePath::DotSegment),
            (b"Takeout/Google Photos/..", UnsafePath::DotSegment),
            (b"./x.jpg", UnsafePath::DotSegment),
            (b"a/.. /x.jpg", UnsafePath::DotSegment),
            (b"a/.../x.jpg", UnsafePath::DotSegment),
            (b"/etc/passwd", UnsafePath::Absolute),
            (b"C:/Windows/x.jpg", UnsafePath::Absolute),
            (b"c:x.jpg", UnsafePath::Absolute),
            (b"Takeout\\..\\x.jpg", UnsafePath::Backslash),
            (b"\\\\server\\share\\x.jpg", UnsafePath::Backslash),
            (b"a//x.jpg", UnsafePath::EmptySegment),
            (b"a/x.jpg/", UnsafePath::EmptySegment),
            (b"x\0.jpg", UnsafePath::ControlCharacter),
            (b"x\n.jpg", UnsafePath::ControlCharacter),
            (b"x\x7f.jpg", UnsafePath::ControlCharacter),
            (b"x\xc2\x85.jpg", UnsafePath::ControlCharacter),
            (b"IMG_\xff\xfe.jpg", UnsafePath::NotUtf8),
            (b"\xed\xa0\x80.jpg", UnsafePath::NotUtf8),
        ];
        for (name, reason) in cases {
            assert_eq!(
                safe_relative_path_bytes(name),
                Err(*reason),
                "{}",
                String::from_utf8_lossy(name)
            );
        }
        let long = "a/".repeat(MAX_PATH_BYTES / 2) + "x.jpg";
        assert_eq!(safe_relative_path(&long), Err(UnsafePath::TooLong));
        assert_eq!(
            safe_relative_path_bytes(long.as_bytes()),
            Err(UnsafePath::TooLong)
        );
    }

    #[test]
    fn names_the_file_and_its_folder() {
        let path = safe_relative_path("Takeout/Google Photos/Trip/IMG_1.jpg").expect("a safe path");
        assert_eq!(path.file_name(), "IMG_1.jpg");
        assert_eq!(path.folder_name(), Some("Trip"));
        let path = safe_relative_path("Trip/IMG_1.jpg").expect("a safe path");
        assert_eq!(path.folder_name(), Some("Trip"));
        let path = safe_relative_path("IMG_1.jpg").expect("a safe path");
        assert_eq!(path.file_name(), "IMG_1.jpg");
        assert_eq!(path.folder_name(), None);
    }

    #[test]
    fn codes_are_stable() {
        assert_eq!(
            serde_json::to_string(&UnsafePath::NotUtf8).expect("serializable"),
            "\"not-utf8\""
        );
        assert_eq!(UnsafePath::DotSegment.code(), "dot-segment");
    }
}
