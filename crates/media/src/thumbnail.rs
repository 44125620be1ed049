//! Upright JPEG thumbnails at the two sizes the app shows.

use std::path::Path;

use fast_image_resize::{FilterType, ResizeAlg, ResizeOptions, Resizer};
use image::{DynamicImage, RgbImage};

use crate::decode::{self, Decoded};
use crate::{Error, MediaKind, MediaType, Metadata, read_metadata, sniff, video};

/// Pictures larger than this many pixels are refused before decoding: the guard against
/// decompression bombs (a few bytes that claim to be a gigapixel image). 256 MP is above the
/// largest phone and camera sensors sold.
pub const MAX_PIXELS: u64 = 1 << 28;

/// JPEG quality of thumbnails: sharp enough for a 4K screen's grid, a few tens of KB each.
const JPEG_QUALITY: i32 = 82;

/// The sizes Skyfolio shows: the longest side, in pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub enum ThumbSize {
    /// 256 px: the tiles of the gallery grid.
    Grid,
    /// 1440 px: the viewer, until the original is loaded.
    Viewer,
}

impl ThumbSize {
    pub fn pixels(self) -> u32 {
        match self {
            ThumbSize::Grid => 256,
            ThumbSize::Viewer => 1440,
        }
    }

    pub fn from_pixels(pixels: u32) -> Option<ThumbSize> {
        match pixels {
            256 => Some(ThumbSize::Grid),
            1440 => Some(ThumbSize::Viewer),
            _ => None,
        }
    }
}

/// A thumbnail, or the plain statement that this file cannot have one here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Thumbnail {
    /// An upright JPEG whose longest side is the requested size, or the original's when that is
    /// smaller (thumbnails are never upscaled).
    Jpeg(Vec<u8>),
    /// No preview can be made on this computer (a video where ffmpeg is not installed); the file
    /// itself is fine.
    NoPreview { reason: String },
}

/// Makes one thumbnail of a photo or video.
pub fn thumbnail(path: &Path, size: ThumbSize) -> Result<Thumbnail, Error> {
    let mut made = thumbnails(path, &[size])?;
    Ok(made.remove(0))
}

/// Makes thumbnails at several sizes from one decode; the result is in the order asked.
pub fn thumbnails(path: &Path, sizes: &[ThumbSize]) -> Result<Vec<Thumbnail>, Error> {
    let media_type = sniff(path)?;
    let metadata = read_metadata(path, &media_type)?;
    thumbnails_of(path, &media_type, &metadata, sizes)
}

/// Makes thumbnails when the type and metadata are already known (as after [`crate::probe`]).
pub fn thumbnails_of(
    path: &Path,
    media_type: &MediaType,
    metadata: &Metadata,
    sizes: &[ThumbSize],
) -> Result<Vec<Thumbnail>, Error> {
    let Some(largest) = sizes.iter().map(|s| s.pixels()).max() else {
        return Ok(Vec::new());
    };
    let decoded = match media_type.kind {
        MediaKind::Photo => decode::decode(path, media_type.format, metadata.orientation, largest)?,
        MediaKind::Video => match video::poster_frame(path, metadata.duration_ms, largest)? {
            Some(image) => Decoded {
                image,
                orientation: crate::Orientation::UPRIGHT,
            },
            None => {
                let reason = format!(
                    "{} is not installed, so videos have no preview",
                    video::ffmpeg_program().display()
                );
                return Ok(sizes
                    .iter()
                    .map(|_| Thumbnail::NoPreview {
                        reason: reason.clone(),
                    })
                    .collect());
            }
        },
    };
    sizes
        .iter()
        .map(|size| render(path, &decoded, size.pixels()).map(Thumbnail::Jpeg))
        .collect()
}

/// JPEG quality of full-size renditions: what a person zooms into.
const FULL_SIZE_QUALITY: i32 = 90;

/// The whole photo as an upright JPEG at its own size: what a browser shows of a picture it
/// cannot decode itself (HEIC, TIFF, …) when a person zooms in. The original is untouched.
pub fn full_size_jpeg(path: &Path) -> Result<Vec<u8>, Error> {
    let media_type = sniff(path)?;
    if media_type.kind != MediaKind::Photo {
        return Err(Error::unsupported(path, "a video has no full-size picture"));
    }
    let metadata = read_metadata(path, &media_type)?;
    let decoded = decode::decode(path, media_type.format, metadata.orientation, u32::MAX)?;
    encode(path, &decoded, u32::MAX, FULL_SIZE_QUALITY)
}

/// Fits the longest side to `longest` (never larger than the source), turns it upright and
/// encodes it as JPEG.
fn render(path: &Path, decoded: &Decoded, longest: u32) -> Result<Vec<u8>, Error> {
    encode(path, decoded, longest, JPEG_QUALITY)
}

fn encode(path: &Path, decoded: &Decoded, longest: u32, quality: i32) -> Result<Vec<u8>, Error> {
    let source = &decoded.image;
    let (width, height) = fit(source.width(), source.height(), longest);
    let resized = if (width, height) == source.dimensions() {
        source.clone()
    } else {
        resize(path, source, width, height)?
    };
    let mut upright = DynamicImage::ImageRgb8(resized);
    upright.apply_orientation(decoded.orientation.to_image());
    let upright = upright.into_rgb8();
    let (width, height) = upright.dimensions();
    let image = turbojpeg::Image {
        pixels: upright.as_raw().as_slice(),
        width: width as usize,
        pitch: 3 * width as usize,
        height: height as usize,
        format: turbojpeg::PixelFormat::RGB,
    };
    let jpeg = turbojpeg::compress(image, quality, turbojpeg::Subsamp::Sub2x2)
        .map_err(|e| Error::corrupt(path, "picture", e))?;
    Ok(jpeg.to_vec())
}

/// `source` scaled to `width` × `height` (Lanczos 3).
pub(crate) fn resize(
    path: &Path,
    source: &impl fast_image_resize::IntoImageView,
    width: u32,
    height: u32,
) -> Result<RgbImage, Error> {
    let mut target = RgbImage::new(width, height);
    Resizer::new()
        .resize(
            source,
            &mut target,
            &ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3)),
        )
        .map_err(|e| Error::corrupt(path, "picture", e))?;
    Ok(target)
}

/// The size that fits `longest` on the longest side, keeping the aspect ratio, never upscaling.
pub(crate) fn fit(width: u32, height: u32, longest: u32) -> (u32, u32) {
    let source_longest = width.max(height);
    if source_longest <= longest {
        return (width, height);
    }
    let scale = |side: u32| {
        ((u64::from(side) * u64::from(longest) + u64::from(source_longest) / 2)
            / u64::from(source_longest))
        .max(1) as u32
    };
    (scale(width), scale(height))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fitting_keeps_the_aspect_and_never_upscales() {
        assert_eq!(fit(4000, 3000, 256), (256, 192));
        assert_eq!(fit(3000, 4000, 256), (192, 256));
        assert_eq!(fit(100, 50, 256), (100, 50));
        assert_eq!(fit(10_000, 1, 256), (256, 1));
    }
}
