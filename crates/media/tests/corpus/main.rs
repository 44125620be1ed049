//! The media core against the real photos and videos of the shared test corpus.
//!
//! The corpus lives beside the repository (`../shared/corpus`) or wherever
//! `SKYFOLIO_CORPUS` points. Metadata is checked against ExifTool, the reference reader, run on
//! the same files; thumbnails are checked by looking at their pixels.

mod bad_files;
mod file_names;
mod metadata;
mod orientation;
mod thumbnails;
mod tiff;
mod video;

use std::path::{Path, PathBuf};

pub fn corpus() -> PathBuf {
    if let Some(dir) = std::env::var_os("SKYFOLIO_CORPUS") {
        return PathBuf::from(dir);
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus")
}

/// Every file in one folder of the corpus, sorted.
pub fn files_in(folder: &str) -> Vec<PathBuf> {
    let dir = corpus().join(folder);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("the test corpus is missing at {}: {e}", dir.display()))
        .map(|entry| entry.expect("readable corpus entry").path())
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no files in {}", dir.display());
    files
}

/// Every good photo and video of the corpus.
pub fn good_files() -> Vec<PathBuf> {
    ["jpeg", "orientation", "heic", "other", "video"]
        .into_iter()
        .flat_map(files_in)
        .collect()
}

pub fn decode_jpeg(bytes: &[u8]) -> image::RgbImage {
    image::load_from_memory_with_format(bytes, image::ImageFormat::Jpeg)
        .expect("a thumbnail is a valid JPEG")
        .into_rgb8()
}
