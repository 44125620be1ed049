//! What a photo or video file is.
//!
//! This crate owns everything Skyfolio knows about one file on its own: its type (sniffed from
//! the content, never the extension), its metadata (capture time and where that time came from,
//! the file's name when nothing in it gives one; orientation, size as displayed, camera, place,
//! video duration and rotation), its identity (the BLAKE3 hash of its bytes) and its thumbnails
//! (upright JPEGs, 256 px for the grid and 1440 px for the viewer).
//!
//! It knows nothing of databases, folders, networks or user interfaces: it takes a path and
//! answers, or returns an [`Error`] that names the file and the reason. Every function is
//! synchronous and safe to call from many threads at once.

mod background;
mod decode;
mod error;
mod hash;
mod metadata;
mod orientation;
mod sniff;
mod thumbnail;
mod video;

use std::path::Path;

use serde::Serialize;

pub use background::lower_this_thread;
pub use decode::embedded_preview_size;
pub use error::{Error, ErrorCode};
pub use hash::{ContentHash, hash_file, hash_file_parallel};
pub use metadata::{
    CaptureTime, GpsPosition, Metadata, TakenAtSource, TimePrecision, read_metadata,
    time_from_file_name,
};
pub use orientation::Orientation;
pub use sniff::{Format, MediaKind, MediaType, sniff};
pub use thumbnail::{
    MAX_PIXELS, ThumbSize, Thumbnail, full_size_jpeg, thumbnail, thumbnails, thumbnails_of,
};
pub use video::{background_command, ffmpeg_program};

/// The version of what this crate can read. It goes up whenever a file that was refused
/// (unsupported, damaged, empty, too large) might now be taken: a new format, a reader that
/// copes with more. Whoever remembers a refusal remembers it with this number and asks again
/// when it changes.
pub const READER_VERSION: u32 = 1;

/// Everything the rest of Skyfolio needs to know about one file.
#[derive(Debug, Clone, Serialize)]
pub struct MediaInfo {
    #[serde(flatten)]
    pub media_type: MediaType,
    #[serde(flatten)]
    pub metadata: Metadata,
    pub size: u64,
    pub hash: ContentHash,
}

/// Sniffs and reads the metadata of a file whose content hash the caller knows already (it
/// hashed the bytes while writing them).
pub fn probe_without_hash(path: &Path, hash: ContentHash) -> Result<MediaInfo, Error> {
    let media_type = sniff(path)?;
    let metadata = read_metadata_and_name(path, &media_type)?;
    let size = std::fs::metadata(path)
        .map_err(|source| Error::io(path, source))?
        .len();
    Ok(MediaInfo {
        media_type,
        metadata,
        size,
        hash,
    })
}

/// Sniffs, reads the metadata of and hashes one file.
///
/// Metadata that cannot be read (a damaged EXIF block, say) is left out rather than failing the
/// whole file: a photo with a broken date is still a photo. Only a file that is unreadable, empty
/// or not a photo or video at all is an error.
///
/// A file that states no capture time takes the one its name gives, as phones and apps name
/// files (`IMG_20230101_123456.jpg`, `Screenshot_…`, WhatsApp's `IMG-20230101-WA0001.jpg`);
/// see [`time_from_file_name`].
pub fn probe(path: &Path) -> Result<MediaInfo, Error> {
    let media_type = sniff(path)?;
    let metadata = read_metadata_and_name(path, &media_type)?;
    let hash = hash_file(path)?;
    let size = std::fs::metadata(path)
        .map_err(|source| Error::io(path, source))?
        .len();
    Ok(MediaInfo {
        media_type,
        metadata,
        size,
        hash,
    })
}

/// What the file says about itself, and the capture time its name gives when the file gives
/// none. The name's time is bounded by the present (the computer's clock), so that a name from
/// the future is not believed.
fn read_metadata_and_name(path: &Path, media_type: &MediaType) -> Result<Metadata, Error> {
    let mut metadata = read_metadata(path, media_type)?;
    if let Some(name) = path.file_name().and_then(|name| name.to_str()) {
        metadata.fall_back_on_file_name(name, jiff::Timestamp::now());
    }
    Ok(metadata)
}
