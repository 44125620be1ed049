//! TIFF capture dates: the corpus's camera TIFF, and TIFFs laid out the ways real writers lay
//! them out (the pixels first and the tags after them, as libtiff does; the dates in IFD0, as
//! TIFF/EP files and Leica's DNGs keep them; the XMP packet past the first megabytes), each
//! checked against ExifTool.

use std::path::Path;
use std::process::Command;

use skyfolio_media::{Format, TakenAtSource, probe};

use crate::corpus;

/// One IFD entry: tag, TIFF type (1 BYTE, 2 ASCII, 3 SHORT, 4 LONG) and its value's bytes,
/// little-endian.
struct Entry {
    tag: u16,
    kind: u16,
    value: Vec<u8>,
}

impl Entry {
    fn ascii(tag: u16, text: &str) -> Entry {
        let mut value = text.as_bytes().to_vec();
        value.push(0);
        Entry {
            tag,
            kind: 2,
            value,
        }
    }

    fn bytes(tag: u16, bytes: &[u8]) -> Entry {
        Entry {
            tag,
            kind: 1,
            value: bytes.to_vec(),
        }
    }

    fn shorts(tag: u16, values: &[u16]) -> Entry {
        Entry {
            tag,
            kind: 3,
            value: values.iter().flat_map(|v| v.to_le_bytes()).collect(),
        }
    }

    fn long(tag: u16, value: u32) -> Entry {
        Entry {
            tag,
            kind: 4,
            value: value.to_le_bytes().to_vec(),
        }
    }

    fn count(&self) -> u32 {
        let unit = match self.kind {
            3 => 2,
            4 => 4,
            _ => 1,
        };
        (self.value.len() / unit) as u32
    }
}

/// The bytes an IFD of `entries` and the values that do not fit in them take.
fn ifd_len(entries: &[Entry]) -> usize {
    let values: usize = entries
        .iter()
        .filter(|e| e.value.len() > 4)
        .map(|e| e.value.len().next_multiple_of(2))
        .sum();
    2 + 12 * entries.len() + 4 + values
}

fn write_ifd(out: &mut Vec<u8>, entries: &[Entry]) {
    let mut values_at = out.len() + 2 + 12 * entries.len() + 4;
    let mut values = Vec::new();
    out.extend((entries.len() as u16).to_le_bytes());
    for entry in entries {
        out.extend(entry.tag.to_le_bytes());
        out.extend(entry.kind.to_le_bytes());
        out.extend(entry.count().to_le_bytes());
        if entry.value.len() <= 4 {
            let mut inline = entry.value.clone();
            inline.resize(4, 0);
            out.extend(inline);
        } else {
            out.extend((values_at as u32).to_le_bytes());
            let mut value = entry.value.clone();
            value.resize(value.len().next_multiple_of(2), 0);
            values_at += value.len();
            values.extend(value);
        }
    }
    out.extend(0u32.to_le_bytes());
    out.extend(values);
}

/// A little-endian RGB TIFF of one colour, laid out as libtiff writes one: the header, the
/// pixels, then IFD0 (with `ifd0` besides the picture's own tags) and the Exif IFD.
fn tiff(width: u32, height: u32, colour: [u8; 3], ifd0: Vec<Entry>, exif: Vec<Entry>) -> Vec<u8> {
    let pixels = (width * height * 3) as usize;
    let ifd0_at = (8 + pixels).next_multiple_of(2);
    let mut first = vec![
        Entry::long(256, width),
        Entry::long(257, height),
        Entry::shorts(258, &[8, 8, 8]),
        Entry::shorts(259, &[1]),
        Entry::shorts(262, &[2]),
        Entry::long(273, 8),
        Entry::shorts(277, &[3]),
        Entry::long(278, height),
        Entry::long(279, pixels as u32),
        Entry::shorts(284, &[1]),
    ];
    first.extend(ifd0);
    if !exif.is_empty() {
        first.push(Entry::long(34665, 0));
    }
    first.sort_by_key(|e| e.tag);
    let exif_at = ifd0_at + ifd_len(&first);
    if let Some(pointer) = first.iter_mut().find(|e| e.tag == 34665) {
        pointer.value = (exif_at as u32).to_le_bytes().to_vec();
    }
    let mut out = b"II*\0".to_vec();
    out.extend((ifd0_at as u32).to_le_bytes());
    out.extend(colour.iter().copied().cycle().take(pixels));
    out.resize(ifd0_at, 0);
    write_ifd(&mut out, &first);
    if !exif.is_empty() {
        let mut exif = exif;
        exif.sort_by_key(|e| e.tag);
        write_ifd(&mut out, &exif);
    }
    out
}

/// What ExifTool reads as the capture time (`DateTimeOriginal`, any group), with its offset
/// when it gives one.
fn exiftool_date(path: &Path) -> Option<String> {
    let output = Command::new("exiftool")
        .args(["-s3", "-DateTimeOriginal", "-OffsetTimeOriginal"])
        .arg(path)
        .output()
        .expect("exiftool runs (Debian package libimage-exiftool-perl)");
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    let mut lines = text.lines();
    let date = lines.next()?.to_owned();
    Some(match lines.next() {
        Some(offset) => format!("{date}{offset}"),
        None => date,
    })
}

/// Writes `bytes` as a `.tif` file, checks that ExifTool reads `exiftool_says` from it and
/// that it is a TIFF of `width` × `height`, and returns what Skyfolio reads: the capture time
/// and where it came from.
fn read_back(
    bytes: &[u8],
    exiftool_says: &str,
    (width, height): (u32, u32),
) -> (Option<String>, Option<TakenAtSource>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("scan.tif");
    std::fs::write(&path, bytes).expect("write");
    assert_eq!(
        exiftool_date(&path).as_deref(),
        Some(exiftool_says),
        "the file is what ExifTool reads"
    );
    let info = probe(&path).unwrap_or_else(|e| panic!("{}", e.message()));
    assert_eq!(info.media_type.format, Format::Tiff);
    assert_eq!(
        (info.metadata.width, info.metadata.height),
        (Some(width), Some(height))
    );
    let meta = info.metadata;
    (meta.taken_at.map(|t| t.to_string()), meta.taken_at_source)
}

#[test]
fn the_corpus_tiff_has_its_capture_time() {
    let info = probe(&corpus().join("other/phase_one_p45.tif")).expect("probe");
    assert_eq!(
        info.metadata.taken_at.map(|t| t.to_string()).as_deref(),
        Some("2010-09-30T16:06:06")
    );
    assert_eq!(
        info.metadata.taken_at_source,
        Some(TakenAtSource::ExifOriginal)
    );
}

#[test]
fn a_tiff_date_in_the_exif_ifd_is_read_with_its_offset() {
    let bytes = tiff(
        64,
        48,
        [200, 30, 30],
        Vec::new(),
        vec![
            Entry::ascii(0x9003, "2021:07:04 10:11:12"),
            Entry::ascii(0x9011, "+02:00"),
        ],
    );
    assert_eq!(
        read_back(&bytes, "2021:07:04 10:11:12+02:00", (64, 48)),
        (
            Some("2021-07-04T10:11:12+02:00".to_owned()),
            Some(TakenAtSource::ExifOriginal)
        )
    );
}

#[test]
fn a_tiff_date_in_ifd0_is_read() {
    let bytes = tiff(
        64,
        48,
        [30, 200, 30],
        vec![Entry::ascii(0x9003, "2009:02:03 04:05:06")],
        Vec::new(),
    );
    assert_eq!(
        read_back(&bytes, "2009:02:03 04:05:06", (64, 48)),
        (
            Some("2009-02-03T04:05:06".to_owned()),
            Some(TakenAtSource::ExifOriginal)
        )
    );
}

#[test]
fn a_tiff_whose_pixels_begin_like_a_canon_raw_is_a_photo() {
    // 'C' and 'R' where a CR2 file says what it is; no version 2 after them.
    let bytes = tiff(
        64,
        48,
        [b'C', b'R', 1],
        Vec::new(),
        vec![Entry::ascii(0x9003, "2015:01:02 03:04:05")],
    );
    assert_eq!(
        read_back(&bytes, "2015:01:02 03:04:05", (64, 48))
            .0
            .as_deref(),
        Some("2015-01-02T03:04:05")
    );
}

#[test]
fn a_tiff_xmp_date_after_the_pixels_is_read() {
    let packet = "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\
        <x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF \
        xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\
        <rdf:Description rdf:about='' xmlns:exif='http://ns.adobe.com/exif/1.0/' \
        exif:DateTimeOriginal='2019-03-04T05:06:07+01:00'/></rdf:RDF></x:xmpmeta>\
        <?xpacket end='w'?>";
    // 1400 × 1100 pixels: 4.6 MB of them before the tags.
    let bytes = tiff(
        1400,
        1100,
        [30, 30, 200],
        vec![Entry::bytes(700, packet.as_bytes())],
        Vec::new(),
    );
    assert_eq!(
        read_back(&bytes, "2019:03:04 05:06:07+01:00", (1400, 1100)),
        (
            Some("2019-03-04T05:06:07+01:00".to_owned()),
            Some(TakenAtSource::Xmp)
        )
    );
}
