use std::fs::File;
use std::io::Read;
use std::path::Path;

use serde::Serialize;

use crate::Error;

/// Photo or video: what a person would call it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MediaKind {
    Photo,
    Video,
}

impl MediaKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MediaKind::Photo => "photo",
            MediaKind::Video => "video",
        }
    }
}

/// The container formats Skyfolio reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Jpeg,
    Png,
    Gif,
    Webp,
    Tiff,
    Bmp,
    Heif,
    Avif,
    Mp4,
    QuickTime,
    ThreeGp,
    Matroska,
    Webm,
}

impl Format {
    pub fn kind(self) -> MediaKind {
        match self {
            Format::Mp4 | Format::QuickTime | Format::ThreeGp | Format::Matroska | Format::Webm => {
                MediaKind::Video
            }
            _ => MediaKind::Photo,
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Jpeg => "image/jpeg",
            Format::Png => "image/png",
            Format::Gif => "image/gif",
            Format::Webp => "image/webp",
            Format::Tiff => "image/tiff",
            Format::Bmp => "image/bmp",
            Format::Heif => "image/heif",
            Format::Avif => "image/avif",
            Format::Mp4 => "video/mp4",
            Format::QuickTime => "video/quicktime",
            Format::ThreeGp => "video/3gpp",
            Format::Matroska => "video/x-matroska",
            Format::Webm => "video/webm",
        }
    }

    /// A short name for messages ("the JPEG data is damaged").
    pub fn label(self) -> &'static str {
        match self {
            Format::Jpeg => "JPEG",
            Format::Png => "PNG",
            Format::Gif => "GIF",
            Format::Webp => "WebP",
            Format::Tiff => "TIFF",
            Format::Bmp => "BMP",
            Format::Heif => "HEIF",
            Format::Avif => "AVIF",
            Format::Mp4 => "MP4",
            Format::QuickTime => "QuickTime",
            Format::ThreeGp => "3GP",
            Format::Matroska => "Matroska",
            Format::Webm => "WebM",
        }
    }

    /// ISO base media files (MP4, QuickTime, 3GP) share one box structure.
    pub(crate) fn is_iso_bmff_video(self) -> bool {
        matches!(self, Format::Mp4 | Format::QuickTime | Format::ThreeGp)
    }
}

/// What a file is, judged by its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MediaType {
    pub kind: MediaKind,
    pub mime: &'static str,
    #[serde(skip)]
    pub format: Format,
}

impl From<Format> for MediaType {
    fn from(format: Format) -> Self {
        MediaType {
            kind: format.kind(),
            mime: format.mime(),
            format,
        }
    }
}

/// Enough of the head of a file to recognise every format we read.
const SNIFF_BYTES: usize = 8192;

/// Tells the type of a file from its content. The extension is never consulted: a text file
/// named `.jpg` is not a photo, and a JPEG named `.png` is a JPEG.
pub fn sniff(path: &Path) -> Result<MediaType, Error> {
    let mut file = File::open(path).map_err(|source| Error::io(path, source))?;
    let mut head = Vec::with_capacity(SNIFF_BYTES);
    file.by_ref()
        .take(SNIFF_BYTES as u64)
        .read_to_end(&mut head)
        .map_err(|source| Error::io(path, source))?;
    if head.is_empty() {
        return Err(Error::Empty {
            path: path.to_owned(),
        });
    }
    sniff_bytes(&head)
        .map(MediaType::from)
        .ok_or_else(|| Error::unsupported(path, describe_unknown(&head)))
}

/// The format of a file whose first bytes are `head`, if it is one we read.
pub(crate) fn sniff_bytes(head: &[u8]) -> Option<Format> {
    if let Some(format) = iso_bmff_brand(head) {
        return Some(format);
    }
    if is_tiff(head) {
        return Some(Format::Tiff);
    }
    let found = infer::get(head)?;
    Some(match found.mime_type() {
        "image/jpeg" => Format::Jpeg,
        "image/png" => Format::Png,
        "image/gif" => Format::Gif,
        "image/webp" => Format::Webp,
        "image/tiff" => Format::Tiff,
        "image/bmp" => Format::Bmp,
        "video/x-matroska" => Format::Matroska,
        "video/webm" => Format::Webm,
        _ => return None,
    })
}

/// ISO base media files say what they are in the `ftyp` box: the major brand first, then the
/// compatible brands. HEIC, AVIF, MP4, QuickTime and 3GP all live here. A still-image brand
/// anywhere makes the file a picture (AVIF before the generic HEIF brands); otherwise the major
/// brand, then the first known compatible brand, names the video container.
fn iso_bmff_brand(head: &[u8]) -> Option<Format> {
    if head.len() < 12 || &head[4..8] != b"ftyp" {
        return None;
    }
    let size = u32::from_be_bytes([head[0], head[1], head[2], head[3]]) as usize;
    let end = size.clamp(16, head.len());
    let major = &head[8..12];
    let compatible = head.get(16..end).unwrap_or_default().chunks_exact(4);
    let brands: Vec<&[u8]> = std::iter::once(major).chain(compatible).collect();
    let has = |wanted: &[&[u8]]| brands.iter().any(|brand| wanted.contains(brand));
    if has(&[b"avif", b"avis"]) {
        return Some(Format::Avif);
    }
    if has(&[
        b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1",
    ]) {
        return Some(Format::Heif);
    }
    brands.into_iter().find_map(|brand| match brand {
        b"qt  " => Some(Format::QuickTime),
        [b'3', b'g', b'p' | b'2', _] => Some(Format::ThreeGp),
        b"isom" | b"iso2" | b"iso4" | b"iso5" | b"iso6" | b"mp41" | b"mp42" | b"avc1" | b"M4V "
        | b"M4VH" | b"M4VP" | b"MSNV" | b"dash" | b"f4v " => Some(Format::Mp4),
        _ => None,
    })
}

/// A TIFF by its byte order and magic number alone: what follows is pixels or the first IFD,
/// whatever its bytes. Canon's CR2 raw files share the header and say so after it ("CR", major
/// version 2); they are not read.
fn is_tiff(head: &[u8]) -> bool {
    let classic = head.starts_with(b"II*\0") || head.starts_with(b"MM\0*");
    classic && head.get(8..11) != Some(b"CR\x02".as_slice())
}

fn describe_unknown(head: &[u8]) -> String {
    if let Some(kind) = infer::get(head) {
        return format!("it is {}", kind.mime_type());
    }
    let printable = head
        .iter()
        .take(512)
        .all(|&b| b.is_ascii_graphic() || b.is_ascii_whitespace());
    if printable {
        "it holds text".to_owned()
    } else {
        "unknown content".to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ftyp(major: &[u8; 4], compatible: &[&[u8; 4]]) -> Vec<u8> {
        let size = 16 + 4 * compatible.len();
        let mut out = (size as u32).to_be_bytes().to_vec();
        out.extend_from_slice(b"ftyp");
        out.extend_from_slice(major);
        out.extend_from_slice(&[0, 0, 0, 0]);
        for brand in compatible {
            out.extend_from_slice(*brand);
        }
        out
    }

    #[test]
    fn brands_decide_the_iso_bmff_format() {
        assert_eq!(sniff_bytes(&ftyp(b"heic", &[b"mif1"])), Some(Format::Heif));
        assert_eq!(sniff_bytes(&ftyp(b"mif1", &[b"heic"])), Some(Format::Heif));
        assert_eq!(
            sniff_bytes(&ftyp(b"mif1", &[b"miaf", b"avif"])),
            Some(Format::Avif)
        );
        assert_eq!(sniff_bytes(&ftyp(b"avif", &[b"mif1"])), Some(Format::Avif));
        assert_eq!(sniff_bytes(&ftyp(b"qt  ", &[])), Some(Format::QuickTime));
        assert_eq!(
            sniff_bytes(&ftyp(b"3gp5", &[b"isom"])),
            Some(Format::ThreeGp)
        );
        assert_eq!(sniff_bytes(&ftyp(b"isom", &[b"mp41"])), Some(Format::Mp4));
        assert_eq!(sniff_bytes(&ftyp(b"XXXX", &[b"mp42"])), Some(Format::Mp4));
        assert_eq!(sniff_bytes(&ftyp(b"XXXX", &[b"YYYY"])), None);
    }

    #[test]
    fn a_tiff_is_told_by_its_header_whatever_follows() {
        for head in [b"II*\0\x08\0\0\0CR\0\0", b"MM\0*\0\0\x10\0\x43\x52\x01\0"] {
            assert_eq!(sniff_bytes(head), Some(Format::Tiff), "{head:?}");
        }
        assert_eq!(sniff_bytes(b"II*\0\x10\0\0\0CR\x02\0\0"), None, "Canon CR2");
    }

    #[test]
    fn text_is_not_a_photo() {
        assert_eq!(sniff_bytes(b"hello, this is not a picture\n"), None);
        assert_eq!(describe_unknown(b"hello\n"), "it holds text");
    }
}
