use std::fmt;

/// The longest path the server accepts, in bytes.
pub const MAX_PATH_BYTES: usize = 1024;

/// The longest segment (folder or file name), in bytes: what every common file system allows.
pub const MAX_SEGMENT_BYTES: usize = 255;

/// A media item's place: `album/name.jpg`, segments separated by `/`.
///
/// Every device must be able to write it as a relative path under its sync folder, so the
/// rules are those of the strictest file system: no empty, `.` or `..` segment, nothing
/// absolute (no leading `/`, no drive letter, no backslash), no control characters, none of
/// `<>:"|?*`, no segment ending in a dot or a space, and none of Windows' reserved device names
/// (`CON`, `NUL`, `COM1`, … with or without an extension).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MediaPath(String);

/// Why a string is not a [`MediaPath`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathError {
    Empty,
    TooLong,
    Absolute,
    EmptySegment,
    DotSegment,
    ForbiddenCharacter(char),
    TrailingDotOrSpace,
    ReservedName(String),
}

impl fmt::Display for PathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PathError::Empty => write!(f, "the path is empty"),
            PathError::TooLong => write!(
                f,
                "the path is longer than {MAX_PATH_BYTES} bytes or a name in it longer than {MAX_SEGMENT_BYTES}"
            ),
            PathError::Absolute => write!(f, "the path must be relative (album/name)"),
            PathError::EmptySegment => write!(f, "the path has an empty folder name"),
            PathError::DotSegment => write!(f, "the path may not contain `.` or `..`"),
            PathError::ForbiddenCharacter(c) => {
                write!(f, "the path contains the forbidden character {c:?}")
            }
            PathError::TrailingDotOrSpace => {
                write!(f, "a name in the path ends with a dot or a space")
            }
            PathError::ReservedName(name) => {
                write!(f, "{name:?} is a reserved name on Windows")
            }
        }
    }
}

impl std::error::Error for PathError {}

/// Windows' device names, which no file may take whatever its extension. Windows also counts
/// the superscript digits ¹ ² ³ as digits here, and the console's own `CONIN$`/`CONOUT$`.
const RESERVED: &[&str] = &[
    "CON",
    "PRN",
    "AUX",
    "NUL",
    "COM0",
    "COM1",
    "COM2",
    "COM3",
    "COM4",
    "COM5",
    "COM6",
    "COM7",
    "COM8",
    "COM9",
    "COM\u{b9}",
    "COM\u{b2}",
    "COM\u{b3}",
    "LPT0",
    "LPT1",
    "LPT2",
    "LPT3",
    "LPT4",
    "LPT5",
    "LPT6",
    "LPT7",
    "LPT8",
    "LPT9",
    "LPT\u{b9}",
    "LPT\u{b2}",
    "LPT\u{b3}",
    "CONIN$",
    "CONOUT$",
];

/// The key under which two names are the same name: a Windows or Mac computer cannot hold
/// both `IMG.jpg` and `img.jpg`, nor the composed and decomposed spellings of `café.jpg`, so
/// names are compared in Unicode NFC after full case folding (`Straße` and `STRASSE`, `ΣΟΦΟΣ`
/// and `σοφος`, Cyrillic and Greek pairs alike). The key of `dir/name` is the key of `dir`,
/// `/`, and the key of `name`: a folder's key is a prefix of the keys of what it holds.
pub fn name_key(text: &str) -> String {
    let decomposed = icu_normalizer::DecomposingNormalizer::new_nfd().normalize(text);
    let folded = icu_casemap::CaseMapper::new().fold_string(&decomposed);
    icu_normalizer::ComposingNormalizer::new_nfc()
        .normalize(&folded)
        .into_owned()
}

impl MediaPath {
    /// Checks `text` against the naming rules.
    pub fn parse(text: &str) -> Result<MediaPath, PathError> {
        if text.is_empty() {
            return Err(PathError::Empty);
        }
        if text.len() > MAX_PATH_BYTES {
            return Err(PathError::TooLong);
        }
        if text.starts_with('/') || text.starts_with('\\') {
            return Err(PathError::Absolute);
        }
        let bytes = text.as_bytes();
        if bytes.len() >= 2 && bytes[1] == b':' && bytes[0].is_ascii_alphabetic() {
            return Err(PathError::Absolute);
        }
        for segment in text.split('/') {
            check_segment(segment)?;
        }
        Ok(MediaPath(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The last segment: the file's name.
    pub fn file_name(&self) -> &str {
        self.0.rsplit('/').next().unwrap_or(&self.0)
    }
}

fn check_segment(segment: &str) -> Result<(), PathError> {
    if segment.is_empty() {
        return Err(PathError::EmptySegment);
    }
    if segment == "." || segment == ".." {
        return Err(PathError::DotSegment);
    }
    if segment.len() > MAX_SEGMENT_BYTES {
        return Err(PathError::TooLong);
    }
    if let Some(c) = segment
        .chars()
        .find(|c| c.is_control() || matches!(c, '\\' | '<' | '>' | ':' | '"' | '|' | '?' | '*'))
    {
        return Err(PathError::ForbiddenCharacter(c));
    }
    if segment.ends_with('.') || segment.ends_with(' ') {
        return Err(PathError::TrailingDotOrSpace);
    }
    let stem = segment.split('.').next().unwrap_or(segment).trim_end();
    if RESERVED.iter().any(|r| {
        r.len() == stem.len()
            && r.chars()
                .zip(stem.chars())
                .all(|(a, b)| a.eq_ignore_ascii_case(&b))
    }) {
        return Err(PathError::ReservedName(segment.to_owned()));
    }
    Ok(())
}

impl fmt::Display for MediaPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_names_pass() {
        for ok in [
            "a.jpg",
            "Holidays 2024/IMG_0001.HEIC",
            "2024/05/día de campo.jpg",
            "a/b/c/d.mp4",
            ".hidden.jpg",
            "CONSOLE.jpg",
            "com10.txt",
        ] {
            assert_eq!(MediaPath::parse(ok).map(|p| p.to_string()), Ok(ok.into()));
        }
    }

    #[test]
    fn escapes_and_absolutes_are_refused() {
        assert_eq!(MediaPath::parse(""), Err(PathError::Empty));
        assert_eq!(MediaPath::parse("/etc/passwd"), Err(PathError::Absolute));
        assert_eq!(MediaPath::parse("\\\\server\\x"), Err(PathError::Absolute));
        assert_eq!(MediaPath::parse("C:/x.jpg"), Err(PathError::Absolute));
        assert_eq!(MediaPath::parse("../x.jpg"), Err(PathError::DotSegment));
        assert_eq!(
            MediaPath::parse("a/../../x.jpg"),
            Err(PathError::DotSegment)
        );
        assert_eq!(MediaPath::parse("a/./x.jpg"), Err(PathError::DotSegment));
        assert_eq!(MediaPath::parse("a//x.jpg"), Err(PathError::EmptySegment));
        assert_eq!(MediaPath::parse("a/"), Err(PathError::EmptySegment));
        assert_eq!(
            MediaPath::parse("a\\..\\x.jpg"),
            Err(PathError::ForbiddenCharacter('\\'))
        );
    }

    #[test]
    fn windows_troubles_are_refused() {
        assert_eq!(
            MediaPath::parse("a/b\u{0}.jpg"),
            Err(PathError::ForbiddenCharacter('\u{0}'))
        );
        assert_eq!(
            MediaPath::parse("a/b\n.jpg"),
            Err(PathError::ForbiddenCharacter('\n'))
        );
        assert_eq!(
            MediaPath::parse("a/b?.jpg"),
            Err(PathError::ForbiddenCharacter('?'))
        );
        assert_eq!(MediaPath::parse("a/b."), Err(PathError::TrailingDotOrSpace));
        assert_eq!(MediaPath::parse("a /b"), Err(PathError::TrailingDotOrSpace));
        assert!(matches!(
            MediaPath::parse("album/nul.jpg"),
            Err(PathError::ReservedName(_))
        ));
        assert!(matches!(
            MediaPath::parse("COM1/x.jpg"),
            Err(PathError::ReservedName(_))
        ));
        assert_eq!(MediaPath::parse(&"a".repeat(256)), Err(PathError::TooLong));
    }

    #[test]
    fn superscript_ports_and_the_console_are_reserved_too() {
        for name in [
            "a/COM\u{b9}.jpg",
            "a/com\u{b2}",
            "a/LPT\u{b3}.txt",
            "a/lpt\u{b9}.jpg",
            "CONIN$/x.jpg",
            "a/conout$.png",
        ] {
            assert!(
                matches!(MediaPath::parse(name), Err(PathError::ReservedName(_))),
                "{name}"
            );
        }
        for name in ["a/COM\u{b9}0.jpg", "a/CONIN.jpg", "a/LPT\u{b2}x.jpg"] {
            assert!(MediaPath::parse(name).is_ok(), "{name}");
        }
    }

    #[test]
    fn names_a_windows_or_mac_computer_cannot_hold_side_by_side_share_a_key() {
        let same = [
            ("IMG.jpg", "img.jpg"),
            ("Sub/a.jpg", "sub/a.jpg"),
            ("caf\u{e9}.jpg", "cafe\u{301}.jpg"),
            ("CAF\u{c9}.JPG", "cafe\u{301}.jpg"),
            (
                "\u{3a3}\u{39f}\u{3a6}\u{39f}\u{3a3}.jpg",
                "\u{3c3}\u{3bf}\u{3c6}\u{3bf}\u{3c2}.jpg",
            ),
            (
                "\u{41c}\u{41e}\u{421}\u{41a}\u{412}\u{410}.jpg",
                "\u{43c}\u{43e}\u{441}\u{43a}\u{432}\u{430}.jpg",
            ),
            ("Stra\u{df}e.jpg", "STRASSE.jpg"),
        ];
        for (a, b) in same {
            assert_eq!(name_key(a), name_key(b), "{a} / {b}");
        }
        assert_ne!(name_key("a.jpg"), name_key("b.jpg"));
        assert_ne!(name_key("\u{2460}.jpg"), name_key("1.jpg"));
        assert_eq!(
            name_key("Sub/IMG.jpg"),
            format!("{}/{}", name_key("Sub"), name_key("IMG.jpg"))
        );
    }
}
