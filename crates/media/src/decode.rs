//! Pixels out of files: libjpeg-turbo for JPEG (at a reduced DCT scale when a small picture is
//! wanted), libheif for HEIF and AVIF, the `image` crate for everything else.

use std::path::Path;

use image::{DynamicImage, ImageReader, Limits, RgbImage};
use libheif_rs::{ColorSpace, HeifContext, ImageHandle, LibHeif, RgbChroma};

use crate::{Error, Format, MAX_PIXELS, Orientation};

/// Decoded pixels and the turn they still need to stand upright.
pub(crate) struct Decoded {
    pub image: RgbImage,
    pub orientation: Orientation,
}

/// Largest file read whole into memory for decoding (compressed bytes).
const MAX_FILE_BYTES: u64 = 1 << 30;

fn read_whole(path: &Path) -> Result<Vec<u8>, Error> {
    let size = std::fs::metadata(path)
        .map_err(|source| Error::io(path, source))?
        .len();
    if size > MAX_FILE_BYTES {
        return Err(Error::corrupt(
            path,
            "picture",
            format!("{size} bytes is more than any photo this size needs"),
        ));
    }
    std::fs::read(path).map_err(|source| Error::io(path, source))
}

fn check_pixels(path: &Path, width: u64, height: u64) -> Result<(), Error> {
    if width == 0 || height == 0 {
        return Err(Error::corrupt(path, "picture", "the picture has no pixels"));
    }
    if width.saturating_mul(height) > MAX_PIXELS {
        return Err(Error::TooLarge {
            path: path.to_owned(),
            width,
            height,
            limit: MAX_PIXELS,
        });
    }
    Ok(())
}

/// The size the pixels are stored in, read from the header alone.
pub(crate) fn stored_size(path: &Path, format: Format) -> Result<(u32, u32), Error> {
    let reader = ImageReader::open(path)
        .map_err(|source| Error::io(path, source))?
        .with_guessed_format()
        .map_err(|source| Error::io(path, source))?;
    reader
        .into_dimensions()
        .map_err(|source| Error::corrupt(path, format.label(), source))
}

/// Opens a HEIF or AVIF file and hands its primary picture to `read`.
fn with_primary<T>(
    path: &Path,
    format: Format,
    read: impl FnOnce(&ImageHandle) -> Result<T, Error>,
) -> Result<T, Error> {
    let data = read_whole(path)?;
    let context =
        HeifContext::read_from_bytes(&data).map_err(|e| Error::corrupt(path, format.label(), e))?;
    let handle = context
        .primary_image_handle()
        .map_err(|e| Error::corrupt(path, format.label(), e))?;
    read(&handle)
}

/// The size of a HEIF or AVIF picture after the container's rotation and mirroring.
pub(crate) fn heif_display_size(path: &Path, format: Format) -> Result<(u32, u32), Error> {
    with_primary(path, format, |handle| Ok((handle.width(), handle.height())))
}

/// Decodes a picture at no less than `min_longest_side` pixels on its longest side (or its full
/// size when smaller), as cheaply as the format allows.
pub(crate) fn decode(
    path: &Path,
    format: Format,
    orientation: Orientation,
    min_longest_side: u32,
) -> Result<Decoded, Error> {
    match format {
        Format::Jpeg => {
            let data = read_whole(path)?;
            let image = match decode_jpeg_scaled(path, &data, min_longest_side) {
                Ok(image) => image,
                // libjpeg-turbo stops at the first damage it meets, and refuses what it cannot
                // convert (CMYK, lossless at reduced scale); the pure-Rust decoder is more lenient
                // and often shows the intact part of a damaged photo.
                Err(turbo_error @ Error::Corrupt { .. }) => {
                    decode_generic(path, format).map_err(|_| turbo_error)?
                }
                Err(other) => return Err(other),
            };
            Ok(Decoded { image, orientation })
        }
        Format::Heif | Format::Avif => Ok(Decoded {
            image: decode_heif(path, format, min_longest_side)?,
            // libheif has already applied the container's rotation; EXIF is not applied again.
            orientation: Orientation::UPRIGHT,
        }),
        _ => Ok(Decoded {
            image: decode_generic(path, format)?,
            orientation,
        }),
    }
}

fn decode_jpeg_scaled(path: &Path, data: &[u8], min_longest_side: u32) -> Result<RgbImage, Error> {
    let corrupt = |e: turbojpeg::Error| Error::corrupt(path, "JPEG", e);
    let mut decompressor = turbojpeg::Decompressor::new().map_err(corrupt)?;
    let header = decompressor.read_header(data).map_err(corrupt)?;
    check_pixels(path, header.width as u64, header.height as u64)?;
    let longest = header.width.max(header.height);
    let mut factors: Vec<_> = turbojpeg::Decompressor::supported_scaling_factors()
        .into_iter()
        .filter(|f| f.num() <= f.denom())
        .collect();
    factors.sort_by_key(|f| f.num() * 1000 / f.denom());
    let factor = factors
        .into_iter()
        .find(|f| f.scale(longest) >= min_longest_side as usize)
        .unwrap_or(turbojpeg::ScalingFactor::ONE);
    decompressor.set_scaling_factor(factor).map_err(corrupt)?;
    let scaled = header.scaled(factor);
    let mut pixels = vec![0u8; 3 * scaled.width * scaled.height];
    let output = turbojpeg::Image {
        pixels: pixels.as_mut_slice(),
        width: scaled.width,
        pitch: 3 * scaled.width,
        height: scaled.height,
        format: turbojpeg::PixelFormat::RGB,
    };
    decompressor.decompress(data, output).map_err(corrupt)?;
    RgbImage::from_raw(scaled.width as u32, scaled.height as u32, pixels)
        .ok_or_else(|| Error::corrupt(path, "JPEG", "decoded size does not match the header"))
}

/// The smallest preview the file carries beside its picture (a phone's HEIC has one of about
/// 320 px) that is at least `min_longest_side` on its longest side and of the picture's shape
/// (libheif turns it as it turns the picture). Decoding it instead of a 12 MP picture makes a
/// grid thumbnail in a fraction of the time.
fn embedded_preview(handle: &ImageHandle, min_longest_side: u32) -> Option<ImageHandle> {
    let count = handle.number_of_thumbnails();
    if count == 0 {
        return None;
    }
    let mut ids = vec![0; count];
    let listed = handle.thumbnail_ids(&mut ids);
    let shape = |width: u32, height: u32| f64::from(width) / f64::from(height.max(1));
    let picture = shape(handle.width(), handle.height());
    ids.into_iter()
        .take(listed)
        .filter_map(|id| handle.thumbnail(id).ok())
        .filter(|preview| {
            let (width, height) = (preview.width(), preview.height());
            width.max(height) >= min_longest_side
                && width.max(height) < handle.width().max(handle.height())
                && (shape(width, height) - picture).abs() <= picture * 0.02
        })
        .min_by_key(|preview| u64::from(preview.width()) * u64::from(preview.height()))
}

/// The size of the preview a HEIF or AVIF carries that a thumbnail of `longest` pixels is made
/// from, if it has one that serves.
pub fn embedded_preview_size(path: &Path, longest: u32) -> Result<Option<(u32, u32)>, Error> {
    let format = crate::sniff(path)?.format;
    with_primary(path, format, |handle| {
        Ok(embedded_preview(handle, longest).map(|preview| (preview.width(), preview.height())))
    })
}

fn decode_heif(path: &Path, format: Format, min_longest_side: u32) -> Result<RgbImage, Error> {
    let corrupt = |e: libheif_rs::HeifError| Error::corrupt(path, format.label(), e);
    let decoded = with_primary(path, format, |handle| {
        check_pixels(path, handle.width() as u64, handle.height() as u64)?;
        let libheif = LibHeif::new();
        // A damaged preview is no reason to refuse the picture: the picture itself is decoded then.
        let from_preview = embedded_preview(handle, min_longest_side).and_then(|preview| {
            libheif
                .decode(&preview, ColorSpace::Rgb(RgbChroma::Rgb), None)
                .ok()
        });
        match from_preview {
            Some(decoded) => Ok(decoded),
            None => libheif
                .decode(handle, ColorSpace::Rgb(RgbChroma::Rgb), None)
                .map_err(corrupt),
        }
    })?;
    let planes = decoded.planes();
    let plane = planes
        .interleaved
        .ok_or_else(|| Error::corrupt(path, format.label(), "libheif gave no RGB plane"))?;
    let (width, height) = (plane.width as usize, plane.height as usize);
    let (fit_width, fit_height) =
        crate::thumbnail::fit(plane.width, plane.height, min_longest_side);
    if (fit_width, fit_height) != (plane.width, plane.height) && plane.stride == width * 3 {
        // A 12 MP picture wanted small: scaled straight from libheif's rows, without first
        // copying its 36 MB.
        let rows = fast_image_resize::images::ImageRef::new(
            plane.width,
            plane.height,
            plane.data,
            fast_image_resize::PixelType::U8x3,
        )
        .map_err(|e| Error::corrupt(path, format.label(), e))?;
        return crate::thumbnail::resize(path, &rows, fit_width, fit_height);
    }
    let mut pixels = Vec::with_capacity(width * height * 3);
    for row in plane.data.chunks(plane.stride).take(height) {
        pixels.extend_from_slice(&row[..width * 3]);
    }
    RgbImage::from_raw(plane.width, plane.height, pixels)
        .ok_or_else(|| Error::corrupt(path, format.label(), "decoded size does not match"))
}

fn decode_generic(path: &Path, format: Format) -> Result<RgbImage, Error> {
    let (width, height) = stored_size(path, format)?;
    check_pixels(path, width as u64, height as u64)?;
    let mut reader = ImageReader::open(path)
        .map_err(|source| Error::io(path, source))?
        .with_guessed_format()
        .map_err(|source| Error::io(path, source))?;
    let mut limits = Limits::default();
    limits.max_alloc = Some(MAX_PIXELS * 8);
    reader.limits(limits);
    let image = reader
        .decode()
        .map_err(|source| Error::corrupt(path, format.label(), source))?;
    Ok(flatten(image))
}

/// Transparent pictures are laid on white, as a viewer shows them on a light page.
fn flatten(image: DynamicImage) -> RgbImage {
    if !image.color().has_alpha() {
        return image.into_rgb8();
    }
    let rgba = image.into_rgba8();
    let (width, height) = rgba.dimensions();
    let mut out = RgbImage::new(width, height);
    for (dst, src) in out.pixels_mut().zip(rgba.pixels()) {
        let alpha = u16::from(src[3]);
        for channel in 0..3 {
            let value = u16::from(src[channel]) * alpha + 255 * (255 - alpha);
            dst[channel] = (value / 255) as u8;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transparent_pixels_become_white() {
        let mut rgba = image::RgbaImage::new(2, 1);
        rgba.put_pixel(0, 0, image::Rgba([0, 0, 0, 0]));
        rgba.put_pixel(1, 0, image::Rgba([10, 20, 30, 255]));
        let flat = flatten(DynamicImage::ImageRgba8(rgba));
        assert_eq!(flat.get_pixel(0, 0).0, [255, 255, 255]);
        assert_eq!(flat.get_pixel(1, 0).0, [10, 20, 30]);
    }
}
