use skyfolio_media::{ThumbSize, Thumbnail, full_size_jpeg, probe, thumbnails};

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
