//! The names that travel between this computer and the cloud.
//!
//! A folder's files and the cloud's items meet under a **key**: the path relative to the folder
//! (or to the folder's album in the cloud), `/`-separated, in Unicode NFC. macOS writes names
//! decomposed (NFD) and other systems composed, so the same name spelled both ways is one key.
//! A key is always a valid [`MediaPath`]: a cloud name that is not one is never used as a path
//! here, whatever the server sends. Two keys that differ only in case are one file on Windows
//! and macOS, so new local names are checked against [`fold_key`]s.

use skyfolio_protocol::MediaPath;
use unicode_normalization::UnicodeNormalization;

/// The key of a cloud path relative to the folder's album, or `None` when it is not a name
/// this computer may write (absolute, `..`, reserved, forbidden characters...).
pub fn cloud_key(relative: &str) -> Option<String> {
    MediaPath::parse(&compose(relative))
        .ok()
        .map(|p| p.as_str().to_owned())
}

/// `text` in NFC; most names are already, and are not copied for it.
fn compose(text: &str) -> std::borrow::Cow<'_, str> {
    use unicode_normalization::{IsNormalized, is_nfc_quick};
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(text.nfc().collect())
    }
}

/// The key of a file's path relative to its folder, or why the cloud would refuse it.
pub fn local_key(rel_path: &str) -> Result<String, skyfolio_protocol::PathError> {
    MediaPath::parse(&compose(rel_path)).map(|p| p.as_str().to_owned())
}

/// Two paths with the same fold key are one file on a case-insensitive file system: the
/// cloud's own name key (NFC after full case folding).
pub fn fold_key(key: &str) -> String {
    skyfolio_protocol::name_key(key)
}

/// The cloud path of `key` in the album `prefix` (empty: the top of the cloud).
pub fn cloud_path(prefix: &str, key: &str) -> String {
    if prefix.is_empty() {
        key.to_owned()
    } else {
        format!("{prefix}/{key}")
    }
}

/// The part of a cloud path inside the album `prefix`, if it is inside.
pub fn strip_prefix<'a>(prefix: &str, cloud_path: &'a str) -> Option<&'a str> {
    if prefix.is_empty() {
        return Some(cloud_path);
    }
    cloud_path
        .strip_prefix(prefix)
        .and_then(|rest| rest.strip_prefix('/'))
        .filter(|rest| !rest.is_empty())
}

/// `dir/name (conflict <device> <date>).ext`, with ` 2`, ` 3`... inside the parentheses until
/// `taken` says the key is free. The device name is cleaned so the result is a valid key.
pub fn conflict_key(key: &str, device: &str, date: &str, taken: impl Fn(&str) -> bool) -> String {
    let (dir, name) = key.rsplit_once('/').map_or(("", key), |(d, n)| (d, n));
    let (stem, ext) = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem, format!(".{ext}")),
        _ => (name, String::new()),
    };
    let device: String = device
        .chars()
        .map(|c| {
            if c.is_control() || "\\/<>:\"|?*".contains(c) {
                '_'
            } else {
                c
            }
        })
        .collect();
    let device = device.trim();
    let device = if device.is_empty() { "device" } else { device };
    let prefix = if dir.is_empty() {
        String::new()
    } else {
        format!("{dir}/")
    };
    (1u32..)
        .map(|n| {
            let suffix = if n == 1 {
                String::new()
            } else {
                format!(" {n}")
            };
            format!("{prefix}{stem} (conflict {device} {date}{suffix}){ext}")
        })
        .find(|candidate| !taken(candidate))
        .unwrap_or_else(|| key.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cloud_names_are_keys_only_when_safe_to_write() {
        assert_eq!(
            cloud_key("Trip 2024/IMG_1.jpg").as_deref(),
            Some("Trip 2024/IMG_1.jpg")
        );
        for unsafe_name in [
            "../etc/passwd",
            "a/../../x.jpg",
            "/abs/x.jpg",
            "C:/x.jpg",
            "a\\b.jpg",
            "a/CON.jpg",
            "a/x.jpg.",
            "a//x.jpg",
            "a/\u{0}.jpg",
            "",
        ] {
            assert_eq!(cloud_key(unsafe_name), None, "{unsafe_name:?}");
        }
    }

    #[test]
    fn composed_and_decomposed_spellings_are_one_key() {
        let decomposed = "Cafe\u{301}/photo.jpg";
        assert_eq!(
            cloud_key(decomposed).as_deref(),
            Some("Caf\u{e9}/photo.jpg")
        );
        assert_eq!(local_key(decomposed), Ok("Caf\u{e9}/photo.jpg".to_owned()));
        assert_eq!(fold_key("CAF\u{c9}/Photo.JPG"), fold_key(decomposed));
        assert_ne!(fold_key("a.jpg"), fold_key("b.jpg"));
    }

    #[test]
    fn prefixes_are_whole_segments() {
        assert_eq!(cloud_path("", "a/b.jpg"), "a/b.jpg");
        assert_eq!(cloud_path("Camera", "a/b.jpg"), "Camera/a/b.jpg");
        assert_eq!(strip_prefix("Camera", "Camera/a/b.jpg"), Some("a/b.jpg"));
        assert_eq!(strip_prefix("Camera", "Camera roll/b.jpg"), None);
        assert_eq!(strip_prefix("Camera", "Camera"), None);
        assert_eq!(strip_prefix("", "x.jpg"), Some("x.jpg"));
    }

    #[test]
    fn conflict_names_carry_device_and_date_and_never_collide() {
        let taken = |p: &str| p == "a/IMG (conflict Laptop 2026-11-25).jpg";
        assert_eq!(
            conflict_key("a/IMG.jpg", "Laptop", "2026-11-25", taken),
            "a/IMG (conflict Laptop 2026-11-25 2).jpg"
        );
        assert_eq!(
            conflict_key("noext", "PC:1", "2026-11-25", |_| false),
            "noext (conflict PC_1 2026-11-25)"
        );
        assert_eq!(
            conflict_key(".hidden", "PC", "2026-11-25", |_| false),
            ".hidden (conflict PC 2026-11-25)"
        );
        let key = conflict_key("x/y.heic", "Anna's <Mac>", "2026-01-02", |_| false);
        assert!(local_key(&key).is_ok(), "{key}");
    }
}
