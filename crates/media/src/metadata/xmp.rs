//! The capture time from an XMP packet, for files whose EXIF has none.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use quick_xml::events::Event;

use super::CaptureTime;

/// XMP packets sit near the start of JPEG, WebP and HEIF files, and after the pixels in some
/// PNGs and TIFFs; this much of the file is searched.
const SEARCH_BYTES: u64 = 4 << 20;

/// Properties that hold the capture time, best first.
const DATE_PROPERTIES: [&str; 3] = [
    "exif:DateTimeOriginal",
    "photoshop:DateCreated",
    "xmp:CreateDate",
];

pub(super) fn capture_time(path: &Path) -> Option<CaptureTime> {
    let mut head = Vec::new();
    File::open(path)
        .ok()?
        .take(SEARCH_BYTES)
        .read_to_end(&mut head)
        .ok()?;
    capture_time_within(&head)
}

/// The capture time of the first XMP packet in `data`.
pub(super) fn capture_time_within(data: &[u8]) -> Option<CaptureTime> {
    capture_time_in(find_packet(data)?)
}

fn find_packet(data: &[u8]) -> Option<&[u8]> {
    let start = find(data, b"<x:xmpmeta")?;
    let length = find(&data[start..], b"</x:xmpmeta>")? + b"</x:xmpmeta>".len();
    Some(&data[start..start + length])
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(haystack, needle)
}

/// Reads the packet and returns the best date it holds, whether written as an attribute
/// (`xmp:CreateDate="..."`) or as an element (`<xmp:CreateDate>...</xmp:CreateDate>`).
/// Malformed XML ends the search with what was found so far.
fn capture_time_in(packet: &[u8]) -> Option<CaptureTime> {
    let mut reader = quick_xml::Reader::from_reader(packet);
    let mut found: [Option<CaptureTime>; DATE_PROPERTIES.len()] = [None; DATE_PROPERTIES.len()];
    let mut open_property: Option<usize> = None;
    let mut buffer = Vec::new();
    loop {
        match reader.read_event_into(&mut buffer) {
            Ok(Event::Start(element)) | Ok(Event::Empty(element)) => {
                for attribute in element.attributes().flatten() {
                    let key: &str = attribute.key.as_ref();
                    if let Some(index) = DATE_PROPERTIES.iter().position(|p| *p == key) {
                        found[index] = found[index].or(CaptureTime::from_iso8601(&attribute.value));
                    }
                }
                let name = element.name();
                let name: &str = name.as_ref();
                open_property = DATE_PROPERTIES.iter().position(|p| *p == name);
            }
            Ok(Event::Text(text)) => {
                if let Some(index) = open_property {
                    found[index] = found[index].or(CaptureTime::from_iso8601(&text));
                }
            }
            Ok(Event::End(_)) => open_property = None,
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
        buffer.clear();
    }
    found.into_iter().flatten().next()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribute_and_element_forms() {
        let attribute = br#"junk<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description
            xmp:CreateDate="2012-03-04T05:06:07" photoshop:DateCreated="2011-01-02T03:04:05+01:00"/>
            </rdf:RDF></x:xmpmeta>junk"#;
        let time = find_packet(attribute).and_then(capture_time_in);
        assert_eq!(
            time.map(|t| t.to_string()).as_deref(),
            Some("2011-01-02T03:04:05+01:00")
        );

        let element = br#"<x:xmpmeta><rdf:RDF><rdf:Description>
            <xmp:CreateDate>2012-03-04T05:06:07Z</xmp:CreateDate></rdf:Description></rdf:RDF></x:xmpmeta>"#;
        let time = find_packet(element).and_then(capture_time_in);
        assert_eq!(
            time.map(|t| t.to_string()).as_deref(),
            Some("2012-03-04T05:06:07+00:00")
        );
    }

    #[test]
    fn malformed_packets_give_nothing_rather_than_failing() {
        assert_eq!(find_packet(b"<x:xmpmeta><<<<"), None);
        let broken = b"<x:xmpmeta><rdf:Description xmp:CreateDate=></x:xmpmeta>";
        assert_eq!(find_packet(broken).and_then(capture_time_in), None);
    }
}
