use skyfolio_media::{MediaKind, TakenAtSource, ThumbSize, Thumbnail, probe, thumbnail};

use crate::{corpus, decode_jpeg};

/// Size as displayed, rotation, duration and capture time of the corpus videos, as ffprobe
/// reports them (its display-matrix rotation of -90 is a clockwise turn of 90).
#[test]
fn video_metadata() {
    let cases = [
        (
            "video/android_3gp5_rotated90.mp4",
            "video/3gpp",
            720,
            1280,
            90,
            1300,
            "2020-10-23T20:27:29+00:00",
        ),
        (
            "video/android_gps.mp4",
            "video/mp4",
            1920,
            1080,
            0,
            171,
            "2017-02-22T08:20:28+00:00",
        ),
        (
            "video/apple_iphone6_gps.mov",
            "video/quicktime",
            320,
            568,
            90,
            4001,
            "2019-07-24T11:25:40+03:00",
        ),
    ];
    for (name, mime, width, height, rotation, duration, taken) in cases {
        let info = probe(&corpus().join(name)).unwrap_or_else(|e| panic!("{}", e.message()));
        let meta = &info.metadata;
        assert_eq!(info.media_type.kind, MediaKind::Video, "{name}");
        assert_eq!(info.media_type.mime, mime, "{name}");
        assert_eq!(
            (meta.width, meta.height),
            (Some(width), Some(height)),
            "{name}"
        );
        assert_eq!(meta.rotation, Some(rotation), "{name}");
        assert_eq!(meta.duration_ms, Some(duration), "{name}");
        assert_eq!(
            meta.taken_at.map(|t| t.to_rfc3339()).as_deref(),
            Some(taken),
            "{name}"
        );
        assert_eq!(
            meta.taken_at_source,
            Some(TakenAtSource::Quicktime),
            "{name}"
        );
    }
    let iphone = probe(&corpus().join("video/apple_iphone6_gps.mov")).expect("readable");
    assert_eq!(iphone.metadata.make.as_deref(), Some("Apple"));
    assert_eq!(iphone.metadata.model.as_deref(), Some("iPhone 6"));
    let gps = iphone.metadata.gps.expect("the iPhone video has a place");
    assert!((gps.latitude - 32.0929).abs() < 1e-4 && (gps.longitude - 34.862).abs() < 1e-4);
}

/// ffmpeg turns the poster frame upright: a portrait video gives a portrait thumbnail.
#[test]
fn poster_frames_are_upright() {
    let path = corpus().join("video/apple_iphone6_gps.mov");
    let Ok(Thumbnail::Jpeg(bytes)) = thumbnail(&path, ThumbSize::Grid) else {
        panic!("no poster frame (is ffmpeg installed?)");
    };
    let picture = decode_jpeg(&bytes);
    assert_eq!((picture.width(), picture.height()), (144, 256));
}
