use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use skyfolio_media::{Error, ErrorCode, ThumbSize, Thumbnail, probe, sniff, thumbnail};

use crate::{corpus, decode_jpeg, files_in};

/// Runs `work` on another thread and fails the test if it hangs.
fn within<T: Send + 'static>(path: &Path, work: impl FnOnce() -> T + Send + 'static) -> T {
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = sender.send(work());
    });
    receiver
        .recv_timeout(Duration::from_secs(60))
        .unwrap_or_else(|_| panic!("{} hung or panicked", path.display()))
}

fn assert_names_the_file(error: &Error, path: &Path) {
    assert_eq!(error.path(), path);
    let file_name = path.file_name().and_then(|n| n.to_str()).expect("name");
    assert!(error.message().contains(file_name), "{}", error.message());
}

/// Each broken file gives a clear error naming it, or at most a partial picture: never a panic,
/// never a hang.
#[test]
fn every_bad_file_gets_a_clear_error_or_a_partial_picture() {
    let mut refused = 0;
    for path in files_in("bad") {
        let for_probe = path.clone();
        if let Err(error) = within(&path, move || probe(&for_probe)) {
            assert_names_the_file(&error, &path);
        }
        let for_thumb = path.clone();
        match within(&path, move || thumbnail(&for_thumb, ThumbSize::Grid)) {
            Ok(Thumbnail::Jpeg(bytes)) => {
                let picture = decode_jpeg(&bytes);
                assert!(picture.width() > 0 && picture.height() > 0);
            }
            Ok(Thumbnail::NoPreview { reason }) => panic!("{}: {reason}", path.display()),
            Err(error) => {
                assert_names_the_file(&error, &path);
                refused += 1;
            }
        }
    }
    assert!(refused >= 8, "only {refused} bad files were refused");
}

#[test]
fn the_reason_is_the_right_one() {
    let bad = corpus().join("bad");
    let code = |name: &str| -> ErrorCode {
        match thumbnail(&bad.join(name), ThumbSize::Grid) {
            Err(error) => error.code(),
            Ok(other) => panic!("{name} gave {other:?}"),
        }
    };
    assert_eq!(code("zero_bytes.jpg"), ErrorCode::EmptyFile);
    assert_eq!(code("not_an_image.jpg"), ErrorCode::UnsupportedFormat);
    assert_eq!(
        code("truncated_header_only_oppo_r7_plus.jpg"),
        ErrorCode::Corrupt
    );
    assert_eq!(code("truncated_apple_iphone11pro.heic"), ErrorCode::Corrupt);
    assert_eq!(code("truncated_android_gps.mp4"), ErrorCode::Corrupt);
    assert_eq!(code("truncated_htc_desire.webp"), ErrorCode::Corrupt);
    let error = sniff(&bad.join("not_an_image.jpg")).expect_err("text is not a photo");
    assert!(
        error.message().contains("it holds text"),
        "{}",
        error.message()
    );
}

/// A few bytes that claim to be a gigapixel picture are refused before any memory is taken.
#[test]
fn decompression_bombs_are_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bomb.png");
    std::fs::write(&path, bomb_png()).expect("write");
    let error = thumbnail(&path, ThumbSize::Grid).expect_err("refused");
    assert_eq!(error.code(), ErrorCode::TooLarge, "{}", error.message());
    assert!(error.message().contains("bomb.png"));
}

/// A PNG whose header declares 100,000 × 100,000 pixels, with a few bytes of pixel data.
fn bomb_png() -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut header = Vec::new();
    header.extend_from_slice(&100_000u32.to_be_bytes());
    header.extend_from_slice(&100_000u32.to_be_bytes());
    header.extend_from_slice(&[8, 2, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &header);
    // An empty zlib stream.
    chunk(
        &mut out,
        b"IDAT",
        &[0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01],
    );
    chunk(&mut out, b"IEND", &[]);
    out
}

fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let mut body = kind.to_vec();
    body.extend_from_slice(data);
    out.extend_from_slice(&body);
    out.extend_from_slice(&crc32(&body).to_be_bytes());
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &byte in data {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}
