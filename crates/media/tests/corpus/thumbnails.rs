use skyfolio_media::{
    ThumbSize, Thumbnail, embedded_preview_size, full_size_jpeg, probe, thumbnail, thumbnails,
};

use crate::{decode_jpeg, good_files};

/// Every good photo and video gets both thumbnails: JPEG, the longest side at the size asked or
/// the original's when smaller, and the shape of the picture as displayed.
#[test]
fn every_good_file_gets_both_sizes_upright_and_never_upscaled() {
    for path in good_files() {
        let name = path.display();
        let info = probe(&path).unwrap_or_else(|e| panic!("{}", e.message()));
        let (width, height) = (
            info.metadata.width.expect("width"),
            info.metadata.height.expect("height"),
        );
        let made = thumbnails(&path, &[ThumbSize::Grid, ThumbSize::Viewer])
            .unwrap_or_else(|e| panic!("{}", e.message()));
        assert_eq!(made.len(), 2);
        for (size, thumb) in [ThumbSize::Grid, ThumbSize::Viewer].into_iter().zip(made) {
            let Thumbnail::Jpeg(bytes) = thumb else {
                panic!("{name}: no preview: {thumb:?}");
            };
            let picture = decode_jpeg(&bytes);
            let longest = picture.width().max(picture.height());
            let expected = size.pixels().min(width.max(height));
            assert!(
                longest.abs_diff(expected) <= 1,
                "{name} at {size:?}: longest side {longest}, expected {expected}"
            );
            // Same shape as displayed (portrait stays portrait), within rounding.
            let ratio = f64::from(picture.width()) / f64::from(picture.height());
            let displayed = f64::from(width) / f64::from(height);
            assert!(
                (ratio / displayed - 1.0).abs() < 0.02,
                "{name} at {size:?}: {}x{} does not match {width}x{height}",
                picture.width(),
                picture.height()
            );
        }
    }
}

/// A phone's HEIC photos (which browsers other than Safari cannot draw) become upright JPEGs at
/// their full displayed size, for the web app's zoom; a video has none.
#[test]
fn heic_photos_have_a_full_size_jpeg_upright() {
    for name in [
        "heic/apple_iphone8.heic",
        "heic/samsung_sm-g975f_galaxy_s10plus.heic",
        "heic/hmd_nokia_8_3_5g_hdr.heif",
    ] {
        let path = crate::corpus().join(name);
        let info = probe(&path).unwrap_or_else(|e| panic!("{}", e.message()));
        let jpeg = full_size_jpeg(&path).unwrap_or_else(|e| panic!("{}", e.message()));
        let picture = decode_jpeg(&jpeg);
        assert_eq!(
            (picture.width(), picture.height()),
            (
                info.metadata.width.expect("width"),
                info.metadata.height.expect("height")
            ),
            "{name}"
        );
    }
    let video = crate::corpus().join("video/android_gps.mp4");
    assert!(full_size_jpeg(&video).is_err());
}

/// A grid thumbnail of a phone's HEIC comes from the small preview the file carries when it has
/// one big enough: the same picture, upright, as the one made from the whole photo.
#[test]
fn a_heic_grid_thumbnail_comes_from_its_embedded_preview_and_matches_the_photo() {
    let mut from_preview = 0;
    for name in [
        "heic/apple_iphone11pro.heic",
        "heic/apple_iphone8.heic",
        "heic/samsung_sm-g975f_galaxy_s10plus.heic",
        "heic/hmd_nokia_8_3_5g_hdr.heif",
    ] {
        let path = crate::corpus().join(name);
        let preview = embedded_preview_size(&path, ThumbSize::Grid.pixels())
            .unwrap_or_else(|e| panic!("{}", e.message()));
        from_preview += usize::from(preview.is_some());
        let Thumbnail::Jpeg(alone) =
            thumbnail(&path, ThumbSize::Grid).unwrap_or_else(|e| panic!("{}", e.message()))
        else {
            panic!("{name}: no thumbnail");
        };
        // Made with the viewer's size, the grid thumbnail comes from the whole photo.
        let Thumbnail::Jpeg(whole) = thumbnails(&path, &[ThumbSize::Grid, ThumbSize::Viewer])
            .unwrap_or_else(|e| panic!("{}", e.message()))
            .remove(0)
        else {
            panic!("{name}: no thumbnail");
        };
        let (alone, whole) = (decode_jpeg(&alone), decode_jpeg(&whole));
        assert_eq!(
            alone.dimensions(),
            whole.dimensions(),
            "{name}: {preview:?}"
        );
        let difference: u64 = alone
            .as_raw()
            .iter()
            .zip(whole.as_raw())
            .map(|(a, b)| u64::from(a.abs_diff(*b)))
            .sum();
        let mean = difference as f64 / alone.as_raw().len() as f64;
        assert!(
            mean < 12.0,
            "{name}: the preview differs by {mean:.1} per channel"
        );
    }
    assert!(
        from_preview >= 2,
        "only {from_preview} of the phones' photos carry a preview"
    );
}
