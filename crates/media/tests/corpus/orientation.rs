use image::RgbImage;
use skyfolio_media::{ThumbSize, Thumbnail, thumbnail};

use crate::{corpus, decode_jpeg};

fn thumb(name: &str) -> RgbImage {
    match thumbnail(&corpus().join(name), ThumbSize::Grid) {
        Ok(Thumbnail::Jpeg(bytes)) => decode_jpeg(&bytes),
        other => panic!("{name}: {other:?}"),
    }
}

/// Mean absolute difference per channel, 0 (same) to 255.
fn difference(a: &RgbImage, b: &RgbImage) -> f64 {
    assert_eq!(
        a.dimensions(),
        b.dimensions(),
        "compared pictures differ in size"
    );
    let total: u64 = a
        .as_raw()
        .iter()
        .zip(b.as_raw())
        .map(|(x, y)| u64::from(x.abs_diff(*y)))
        .sum();
    total as f64 / a.as_raw().len() as f64
}

/// Each picture is stored turned or mirrored as its EXIF value says; made upright, every one must
/// look like the one stored upright (value 1), and unlike that one turned or mirrored.
#[test]
fn all_eight_orientations_come_out_upright() {
    for shape in ["landscape", "portrait"] {
        let reference = thumb(&format!("orientation/{shape}_1.jpg"));
        let flipped = image::imageops::flip_horizontal(&reference);
        let turned = image::imageops::rotate180(&reference);
        // The check can fail: a mirrored or upside-down picture is far from the reference.
        assert!(difference(&reference, &flipped) > 25.0);
        assert!(difference(&reference, &turned) > 25.0);
        for value in 0..=8 {
            let name = format!("orientation/{shape}_{value}.jpg");
            let upright = thumb(&name);
            let distance = difference(&reference, &upright);
            assert!(
                distance < 6.0,
                "{name} is not upright (difference {distance:.1})"
            );
        }
    }
}
