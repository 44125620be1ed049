//! EXIF, through kamadak-exif, from JPEG, TIFF, PNG, WebP and HEIF/AVIF containers.

use std::fs::File;
use std::io::BufReader;
use std::path::Path;

use exif::{Context, Field, In, Tag, Value};

use super::{CaptureTime, GpsPosition, TakenAtSource};
use crate::Orientation;

pub(super) struct Exif(exif::Exif);

/// The file's EXIF block, or `None` when it has none or it cannot be parsed (metadata damage
/// never makes a photo unreadable).
pub(super) fn read(path: &Path) -> Option<Exif> {
    let file = File::open(path).ok()?;
    let mut reader = exif::Reader::new();
    // One malformed tag or a dangling IFD link must not hide the fields that are fine.
    reader.continue_on_error(true);
    match reader.read_from_container(&mut BufReader::new(file)) {
        Ok(exif) => Some(Exif(exif)),
        Err(exif::Error::PartialResult(partial)) => Some(Exif(partial.into_inner().0)),
        Err(_) => None,
    }
}

impl Exif {
    fn field(&self, tag: Tag) -> Option<&Field> {
        self.0.get_field(tag, In::PRIMARY)
    }

    pub(super) fn orientation(&self) -> Orientation {
        self.field(Tag::Orientation)
            .and_then(|field| field.value.get_uint(0))
            .map(Orientation::from_exif)
            .unwrap_or_default()
    }

    /// An ASCII field, trimmed of padding; blank is absent.
    pub(super) fn text(&self, tag: Tag) -> Option<String> {
        let Value::Ascii(parts) = &self.field(tag)?.value else {
            return None;
        };
        let text = String::from_utf8_lossy(parts.first()?);
        let text = text.trim_matches(|c: char| c == '\0' || c.is_whitespace());
        (!text.is_empty()).then(|| text.to_owned())
    }

    /// An Exif attribute where the standard puts it (the Exif IFD), else in IFD0, where TIFF/EP
    /// files (Leica's DNGs, scanning backs, some TIFF writers) keep the dates.
    fn exif_text(&self, tag: Tag) -> Option<String> {
        self.text(tag)
            .or_else(|| self.text(Tag(Context::Tiff, tag.number())))
    }

    pub(super) fn capture_time(&self) -> Option<(CaptureTime, TakenAtSource)> {
        let original = self.exif_text(Tag::DateTimeOriginal).and_then(|text| {
            let offset = self
                .exif_text(Tag::OffsetTimeOriginal)
                .or_else(|| self.exif_text(Tag::OffsetTime));
            CaptureTime::from_exif(&text, offset.as_deref())
        });
        if let Some(time) = original {
            return Some((time, TakenAtSource::ExifOriginal));
        }
        let digitized = self.exif_text(Tag::DateTimeDigitized).and_then(|text| {
            let offset = self.exif_text(Tag::OffsetTimeDigitized);
            CaptureTime::from_exif(&text, offset.as_deref())
        })?;
        Some((digitized, TakenAtSource::ExifDigitized))
    }

    /// The XMP packet a TIFF keeps in IFD0 (tag 700), wherever in the file it lies: often after
    /// the pixels, past what a search of the file's head covers.
    pub(super) fn xmp_packet(&self) -> Option<&[u8]> {
        match &self.field(Tag(Context::Tiff, 700))?.value {
            Value::Byte(bytes) | Value::Undefined(bytes, _) => Some(bytes),
            _ => None,
        }
    }

    pub(super) fn gps(&self) -> Option<GpsPosition> {
        let latitude = self.degrees(Tag::GPSLatitude)?;
        let longitude = self.degrees(Tag::GPSLongitude)?;
        let south = self
            .text(Tag::GPSLatitudeRef)
            .is_some_and(|r| r.starts_with('S'));
        let west = self
            .text(Tag::GPSLongitudeRef)
            .is_some_and(|r| r.starts_with('W'));
        let altitude = self
            .field(Tag::GPSAltitude)
            .and_then(|field| match &field.value {
                Value::Rational(values) => {
                    values.first().filter(|r| r.denom != 0).map(|r| r.to_f64())
                }
                _ => None,
            });
        let below_sea = self
            .field(Tag::GPSAltitudeRef)
            .and_then(|field| field.value.get_uint(0))
            == Some(1);
        GpsPosition::new(
            if south { -latitude } else { latitude },
            if west { -longitude } else { longitude },
            altitude.map(|a| if below_sea { -a } else { a }),
        )
    }

    /// Degrees, minutes and seconds as three rationals (unsigned by the standard; some phones
    /// write signed ones).
    fn degrees(&self, tag: Tag) -> Option<f64> {
        let parts: Vec<Option<f64>> = match &self.field(tag)?.value {
            Value::Rational(parts) => parts
                .iter()
                .map(|r| (r.denom != 0).then(|| r.to_f64()))
                .collect(),
            Value::SRational(parts) => parts
                .iter()
                .map(|r| (r.denom != 0).then(|| r.to_f64()))
                .collect(),
            _ => return None,
        };
        let degrees = (*parts.first()?)?;
        let part = |i: usize| parts.get(i).copied().flatten().unwrap_or(0.0);
        Some(degrees + part(1) / 60.0 + part(2) / 3600.0)
    }
}
