//! Metadata: when, where, with what and at what size a photo or video was taken.

mod exif;
mod file_name;
mod time;
mod xmp;

use std::path::Path;

use jiff::Timestamp;
use serde::Serialize;

pub use file_name::{TimePrecision, time_from_file_name};
pub use time::CaptureTime;

use crate::{Error, Format, MediaKind, MediaType, Orientation, decode, video};

/// What the file says about itself (and, for the capture time only, what its name says when the
/// file is silent: see [`Metadata::fall_back_on_file_name`]). Every field is optional because
/// real files leave things out; a field a file states wrongly (a zeroed date, an orientation of
/// 0) is treated as absent.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Metadata {
    /// Width as displayed: after EXIF orientation, after the HEIF container's own rotation, after
    /// a video's rotation.
    pub width: Option<u32>,
    /// Height as displayed.
    pub height: Option<u32>,
    pub orientation: Orientation,
    pub taken_at: Option<CaptureTime>,
    pub taken_at_source: Option<TakenAtSource>,
    pub make: Option<String>,
    pub model: Option<String>,
    pub gps: Option<GpsPosition>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration_ms: Option<u64>,
    /// Clockwise rotation in degrees a player applies to a video (0, 90, 180 or 270).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rotation: Option<u16>,
}

/// Which part of the file gave the capture time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TakenAtSource {
    /// EXIF DateTimeOriginal (with OffsetTimeOriginal when present).
    ExifOriginal,
    /// EXIF DateTimeDigitized, when the original time is missing.
    ExifDigitized,
    /// The XMP packet (exif:DateTimeOriginal, photoshop:DateCreated or xmp:CreateDate).
    Xmp,
    /// The QuickTime/MP4 creation time (Apple's local creation date when present).
    Quicktime,
    /// The Matroska/WebM DateUTC element.
    Matroska,
    /// The file's name, as a phone or app wrote it (`IMG_20230101_123456.jpg`), when nothing
    /// in the file gave a time: see [`time_from_file_name`]. A name that states only the day
    /// gives noon of it ([`TimePrecision::Date`]).
    FileName,
}

impl TakenAtSource {
    /// The name used in JSON and in the library database.
    pub fn as_str(self) -> &'static str {
        match self {
            TakenAtSource::ExifOriginal => "exif-original",
            TakenAtSource::ExifDigitized => "exif-digitized",
            TakenAtSource::Xmp => "xmp",
            TakenAtSource::Quicktime => "quicktime",
            TakenAtSource::Matroska => "matroska",
            TakenAtSource::FileName => "file-name",
        }
    }
}

/// A place on Earth in decimal degrees (WGS 84).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct GpsPosition {
    pub latitude: f64,
    pub longitude: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub altitude: Option<f64>,
}

impl GpsPosition {
    /// Checks the range and drops the (0, 0) that devices write when they had no fix.
    pub(crate) fn new(latitude: f64, longitude: f64, altitude: Option<f64>) -> Option<Self> {
        let valid = latitude.is_finite()
            && longitude.is_finite()
            && latitude.abs() <= 90.0
            && longitude.abs() <= 180.0
            && !(latitude == 0.0 && longitude == 0.0);
        valid.then_some(GpsPosition {
            latitude,
            longitude,
            altitude: altitude.filter(|a| a.is_finite()),
        })
    }
}

impl Metadata {
    /// Takes the capture time from the file's name (`name`, without its folders) when the file
    /// itself gave none; a time the file states always wins. `now` bounds the names believed:
    /// none is in the future.
    pub fn fall_back_on_file_name(&mut self, name: &str, now: Timestamp) {
        if self.taken_at.is_some() {
            return;
        }
        if let Some((time, _)) = time_from_file_name(name, now) {
            self.taken_at = Some(time);
            self.taken_at_source = Some(TakenAtSource::FileName);
        }
    }
}

/// Reads what a file says about itself, from its content only: its name is not looked at (the
/// file may be a temporary copy). [`crate::probe`] adds the time the name gives.
/// Fails only when the file cannot be read at all or its picture header is unreadable; a
/// damaged metadata block just leaves its fields out.
pub fn read_metadata(path: &Path, media_type: &MediaType) -> Result<Metadata, Error> {
    match media_type.kind {
        MediaKind::Video => video::read_metadata(path, media_type.format),
        MediaKind::Photo => read_photo_metadata(path, media_type.format),
    }
}

fn read_photo_metadata(path: &Path, format: Format) -> Result<Metadata, Error> {
    let mut metadata = Metadata::default();
    let exif = match format {
        Format::Gif | Format::Bmp => None,
        _ => exif::read(path),
    };
    if let Some(exif) = &exif {
        metadata.orientation = exif.orientation();
        metadata.make = exif.text(::exif::Tag::Make);
        metadata.model = exif.text(::exif::Tag::Model);
        metadata.gps = exif.gps();
        if let Some((time, source)) = exif.capture_time() {
            metadata.taken_at = Some(time);
            metadata.taken_at_source = Some(source);
        }
    }
    if metadata.taken_at.is_none()
        && let Some(time) = exif
            .as_ref()
            .and_then(|exif| exif.xmp_packet())
            .and_then(xmp::capture_time_within)
            .or_else(|| xmp::capture_time(path))
    {
        metadata.taken_at = Some(time);
        metadata.taken_at_source = Some(TakenAtSource::Xmp);
    }
    let (width, height) = match format {
        // libheif reports the size after the container's rotation (irot) and mirroring (imir);
        // EXIF orientation is never applied on top of it.
        Format::Heif | Format::Avif => decode::heif_display_size(path, format)?,
        _ => {
            let (width, height) = decode::stored_size(path, format)?;
            metadata.orientation.display_size(width, height)
        }
    };
    metadata.width = Some(width);
    metadata.height = Some(height);
    Ok(metadata)
}
