//! What a Takeout's file names say before anything is read: which files are photos or videos
//! (by extension: this only sorts the listing, the importer reads the content), which are
//! litter, which are JSON, and which photo and video make one motion photo.

use serde::Serialize;

/// Photo extensions Google Photos takes (lowercase): the common formats and camera raw.
pub const PHOTO_EXTENSIONS: &[&str] = &[
    "jpg", "jpeg", "jpe", "jfif", "png", "gif", "webp", "heic", "heif", "avif", "tif", "tiff",
    "bmp", "ico", "dng", "raw", "cr2", "cr3", "crw", "nef", "nrw", "arw", "srf", "sr2", "raf",
    "orf", "rw2", "pef", "srw", "x3f", "erf", "kdc", "mrw", "3fr", "iiq", "rwl",
];

/// Video extensions Google Photos takes (lowercase), with Pixel's `.mp` and `.mv` motion
/// videos.
pub const VIDEO_EXTENSIONS: &[&str] = &[
    "mp4", "m4v", "mov", "qt", "3gp", "3g2", "avi", "mkv", "webm", "wmv", "asf", "mpg", "mpeg",
    "m2t", "m2ts", "mts", "ts", "mod", "tod", "vob", "flv", "divx", "mp", "mv",
];

/// Whether a media file is a photo or a video, as its extension says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MediaKind {
    /// A still picture (camera raw included).
    Photo,
    /// A video, a Pixel's `.MP` motion video included.
    Video,
}

/// The extension of a file name, without the dot (`"jpg"` for `IMG_1.MP.jpg`), if it has one.
pub(crate) fn extension(name: &str) -> Option<&str> {
    let (base, ext) = name.rsplit_once('.')?;
    (!base.is_empty() && !ext.is_empty()).then_some(ext)
}

/// The name without its extension (`IMG_1.MP` for `IMG_1.MP.jpg`).
pub(crate) fn stem(name: &str) -> &str {
    match extension(name) {
        Some(ext) => &name[..name.len() - ext.len() - 1],
        None => name,
    }
}

fn extension_in(name: &str, list: &[&str]) -> bool {
    extension(name).is_some_and(|ext| list.iter().any(|e| ext.eq_ignore_ascii_case(e)))
}

/// Photo or video by the extension, or `None` when the name is neither.
pub fn media_kind(name: &str) -> Option<MediaKind> {
    if extension_in(name, PHOTO_EXTENSIONS) {
        Some(MediaKind::Photo)
    } else if extension_in(name, VIDEO_EXTENSIONS) {
        Some(MediaKind::Video)
    } else {
        None
    }
}

/// Whether the entry is JSON (a sidecar, an album's metadata or another of Google's files): the
/// caller passes the bytes of exactly these entries to the plan.
pub fn is_json_name(name: &[u8]) -> bool {
    name.len() > 5 && name[name.len() - 5..].eq_ignore_ascii_case(b".json")
}

/// Files the OS or an archiver leaves behind, never photos: `.DS_Store`, `Thumbs.db`,
/// `desktop.ini`, macOS's `._name` companions and anything under `__MACOSX/`.
pub(crate) fn is_system_file(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    name == ".DS_Store"
        || name.eq_ignore_ascii_case("thumbs.db")
        || name.eq_ignore_ascii_case("desktop.ini")
        || name.starts_with("._")
        || path.split('/').any(|segment| segment == "__MACOSX")
}

/// How the two files of a motion photo were recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MotionPair {
    /// A still and a video of the same stem: an iPhone Live Photo (`IMG_1.HEIC` + `IMG_1.MP4`,
    /// or `.JPG` + `.MOV`), or an older Android motion photo.
    SameStem,
    /// A Pixel motion photo: `PXL_1.MP.jpg` and its video `PXL_1.MP` (or `.MV`).
    Pixel,
}

const STILL_EXTENSIONS: &[&str] = &["heic", "heif", "jpg", "jpeg"];
const LIVE_VIDEO_EXTENSIONS: &[&str] = &["mp4", "mov"];
const PIXEL_VIDEO_EXTENSIONS: &[&str] = &["mp", "mv"];

/// Finds the motion photos among the media names of one folder: for each name, the index of
/// the still whose video it is, and how they pair.
///
/// A video `S.MP4`/`S.MOV` pairs with a still `S.HEIC`/`S.HEIF`/`S.JPG`/`S.JPEG` of exactly the
/// same stem `S`; a Pixel video `S.MP`/`S.MV` pairs with the still `S.jpg`/`S.jpeg` (that is,
/// `PXL_1.MP` with `PXL_1.MP.jpg`). Extensions are compared without case, stems exactly. A
/// pair is made only when it is the only one possible: two stills or two videos for one stem
/// stay apart (both are imported anyway; only the grouping is lost).
pub(crate) fn motion_pairs(names: &[&str]) -> Vec<Option<(usize, MotionPair)>> {
    use std::collections::HashMap;

    let mut stills: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, name) in names.iter().enumerate() {
        if extension_in(name, STILL_EXTENSIONS) {
            stills.entry(stem(name)).or_default().push(i);
        }
    }
    let mut videos: HashMap<(&str, MotionPair), Vec<usize>> = HashMap::new();
    for (i, name) in names.iter().enumerate() {
        if extension_in(name, LIVE_VIDEO_EXTENSIONS) {
            videos
                .entry((stem(name), MotionPair::SameStem))
                .or_default()
                .push(i);
        } else if extension_in(name, PIXEL_VIDEO_EXTENSIONS) {
            // The still's stem is the video's whole name.
            videos.entry((name, MotionPair::Pixel)).or_default().push(i);
        }
    }
    let mut pairs = vec![None; names.len()];
    let mut still_taken = vec![false; names.len()];
    let mut keys: Vec<_> = videos.keys().copied().collect();
    // Pixel pairs first: `PXL_1.MP.jpg` is not also the still of a `PXL_1.MP.mp4`.
    keys.sort_by_key(|(stem, how)| (*how != MotionPair::Pixel, *stem));
    for key in keys {
        let (stem, how) = key;
        let (Some(found_videos), Some(found_stills)) = (videos.get(&key), stills.get(stem)) else {
            continue;
        };
        if let ([video], [still]) = (found_videos.as_slice(), found_stills.as_slice())
            && !still_taken[*still]
        {
            still_taken[*still] = true;
            pairs[*video] = Some((*still, how));
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_media_by_extension() {
        assert_eq!(media_kind("IMG_1.JPG"), Some(MediaKind::Photo));
        assert_eq!(media_kind("PXL_1.MP.jpg"), Some(MediaKind::Photo));
        assert_eq!(media_kind("PXL_1.MP"), Some(MediaKind::Video));
        assert_eq!(media_kind("IMG_1.HEIC"), Some(MediaKind::Photo));
        assert_eq!(media_kind("VID_1.mp4"), Some(MediaKind::Video));
        assert_eq!(media_kind("DSC_1.NEF"), Some(MediaKind::Photo));
        assert_eq!(media_kind("IMG_1.jpg.json"), None);
        assert_eq!(media_kind("archive_browser.html"), None);
        assert_eq!(media_kind("jpg"), None);
        assert_eq!(media_kind(".jpg"), None);
        assert_eq!(media_kind("IMG_1."), None);
    }

    #[test]
    fn knows_json_and_litter() {
        assert!(is_json_name(b"Takeout/Google Photos/Trip/metadata.json"));
        assert!(is_json_name(b"IMG_1.jpg..json"));
        assert!(is_json_name(b"IMG_1.JPG.JSON"));
        assert!(!is_json_name(b".json"));
        assert!(!is_json_name(b"IMG_1.jpg"));
        assert!(is_system_file("Takeout/Google Photos/Trip/.DS_Store"));
        assert!(is_system_file("Trip/Thumbs.db"));
        assert!(is_system_file("__MACOSX/Trip/._IMG_1.jpg"));
        assert!(is_system_file("Trip/._IMG_1.jpg"));
        assert!(!is_system_file("Trip/IMG_1.jpg"));
    }

    #[test]
    fn pairs_live_photos_and_pixel_motion_photos() {
        let names = [
            "IMG_1234.HEIC",
            "IMG_1234.MP4",
            "PXL_20231118_035751175.MP.jpg",
            "PXL_20231118_035751175.MP",
            "IMG_5.JPG",
            "IMG_5.MOV",
            "IMG_6.jpg",
            "IMG_6.heic",
            "IMG_6.mp4",
            "VID_7.mp4",
            "IMG_8.png",
            "IMG_8.mp4",
            "IMG_1234(1).HEIC",
            "IMG_1234(1).MP4",
        ];
        let pairs = motion_pairs(&names);
        let expected: Vec<Option<(usize, MotionPair)>> = vec![
            None,
            Some((0, MotionPair::SameStem)),
            None,
            Some((2, MotionPair::Pixel)),
            None,
            Some((4, MotionPair::SameStem)),
            None,
            None,
            // Two stills of one stem: ambiguous, no pair.
            None,
            None,
            None,
            // PNG is not a live photo's still.
            None,
            None,
            Some((12, MotionPair::SameStem)),
        ];
        assert_eq!(pairs, expected);
    }
}
