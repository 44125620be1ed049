//! `skyfolio-bench takeout`: a Google Takeout of a few thousand photos (built here from the
//! corpus's JPEGs, each made distinct, with Google's JSON beside each and a fifth of them in an
//! album too, split into zip parts) imported into a local cloud, beside `unzip` of the same
//! parts plus a copy of the photos they hold into a folder: the bytes a person would otherwise
//! move by hand before any upload.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::sync::Arc;
use std::time::Instant;

use anyhow::{Context, ensure};
use skyfolio_core::{RowOutcome, TakeoutOptions};
use skyfolio_sync::transfer::Link;

const GP: &str = "Takeout/Google Photos";

/// Bytes in one zip part before the next begins (Google offers 1 to 50 GB; smaller here).
const PART_BYTES: u64 = 512 << 20;

struct Built {
    parts: Vec<PathBuf>,
    photos: usize,
    bytes: u64,
}

/// Writes the Takeout: `items` photos, each a corpus JPEG with its own trailer (so each is
/// new content), in year folders with a sidecar, every fifth also in an album folder.
fn build(corpus: &Path, items: usize, into: &Path) -> anyhow::Result<Built> {
    let mut jpegs: Vec<PathBuf> = std::fs::read_dir(corpus.join("jpeg"))
        .with_context(|| format!("{}: cannot read", corpus.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("jpg")))
        .collect();
    jpegs.sort();
    ensure!(!jpegs.is_empty(), "{}: no JPEGs", corpus.display());
    let sources: Vec<Vec<u8>> = jpegs.iter().map(std::fs::read).collect::<Result<_, _>>()?;
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored)
        .large_file(true);
    let mut parts = Vec::new();
    let mut zip: Option<zip::ZipWriter<std::fs::File>> = None;
    let mut in_part = 0u64;
    let mut bytes = 0u64;
    // Album descriptions already in the part being written (one each per part).
    let mut described = std::collections::HashSet::new();
    for n in 0..items {
        if zip.is_none() || in_part >= PART_BYTES {
            if let Some(done) = zip.take() {
                done.finish()?;
            }
            let path = into.join(format!(
                "takeout-20261204T000000Z-{:03}.zip",
                parts.len() + 1
            ));
            zip = Some(zip::ZipWriter::new(std::fs::File::create(&path)?));
            parts.push(path);
            in_part = 0;
            described.clear();
        }
        let writer = zip.as_mut().context("a part")?;
        let mut photo = sources[n % sources.len()].clone();
        photo.extend_from_slice(format!("skyfolio-bench-{n}").as_bytes());
        let name = format!("IMG_{n:05}.jpg");
        let year = 2010 + n % 12;
        let taken = 1_262_304_000 + (n as i64) * 86_400;
        let sidecar = format!(
            r#"{{"title": "{name}", "url": "https://photos.google.com/photo/{n}",
                "photoTakenTime": {{"timestamp": "{taken}"}}}}"#
        );
        let mut places = vec![format!("{GP}/Photos from {year}")];
        if n % 5 == 0 {
            places.push(format!("{GP}/Trip {}", n % 7));
        }
        for place in &places {
            writer.start_file(format!("{place}/{name}"), options)?;
            writer.write_all(&photo)?;
            writer.start_file(
                format!("{place}/{name}.supplemental-metadata.json"),
                options,
            )?;
            writer.write_all(sidecar.as_bytes())?;
            in_part += photo.len() as u64;
        }
        if n % 5 == 0 && described.insert(n % 7) {
            let album = n % 7;
            writer.start_file(format!("{GP}/Trip {album}/metadata.json"), options)?;
            writer.write_all(format!(r#"{{"title": "Trip {album}"}}"#).as_bytes())?;
        }
        bytes += photo.len() as u64;
    }
    if let Some(done) = zip.take() {
        done.finish()?;
    }
    Ok(Built {
        parts,
        photos: items,
        bytes,
    })
}

/// `unzip` of every part, then a copy of each photo into one folder: seconds.
fn unzip_and_copy(parts: &[PathBuf], work: &Path) -> anyhow::Result<f64> {
    let unzipped = work.join("unzipped");
    let copied = work.join("copied");
    std::fs::create_dir_all(&copied)?;
    let started = Instant::now();
    for part in parts {
        let status = Command::new("unzip")
            .args(["-q", "-o"])
            .arg(part)
            .arg("-d")
            .arg(&unzipped)
            .status()
            .context("while running unzip (apt-get install unzip)")?;
        ensure!(status.success(), "unzip {} failed", part.display());
    }
    for file in skyfolio_library::expand_paths(std::slice::from_ref(&unzipped)) {
        if file.extension().is_some_and(|e| e == "jpg") {
            let name = file.file_name().context("a name")?;
            std::fs::copy(&file, copied.join(name))?;
        }
    }
    // As the import's server does for what it stores: the copies reach the disk.
    let status = Command::new("sync").status()?;
    ensure!(status.success(), "sync failed");
    Ok(started.elapsed().as_secs_f64())
}

pub fn run(corpus: &Path, items: usize) -> anyhow::Result<ExitCode> {
    let work = tempfile::tempdir()?;
    let started = Instant::now();
    let takeout = work.path().join("takeout");
    std::fs::create_dir_all(&takeout)?;
    let built = build(corpus, items, &takeout)?;
    let mb = built.bytes as f64 / 1e6;
    println!(
        "a Takeout of {} photos ({mb:.0} MB, a fifth in an album too) in {} zip parts, built in {:.1} s",
        built.photos,
        built.parts.len(),
        started.elapsed().as_secs_f64()
    );
    let plain = unzip_and_copy(&built.parts, work.path())?;
    std::fs::remove_dir_all(work.path().join("unzipped"))?;
    std::fs::remove_dir_all(work.path().join("copied"))?;

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let imported = runtime.block_on(async {
        let url = crate::sync::serve_locally(&work.path().join("server"), false).await?;
        let app = crate::sync::computer(work.path(), "bench", &url, "takeout@example.org", true)
            .await?
            .app;
        let started = Instant::now();
        let report = app
            .import_takeout(
                &built.parts,
                &TakeoutOptions {
                    time_zone: jiff::tz::TimeZone::UTC,
                },
                Link::new(Arc::new(|_| {})),
            )
            .await?;
        let took = started.elapsed().as_secs_f64();
        let sent = report
            .rows
            .iter()
            .filter(|r| r.outcome == RowOutcome::Imported)
            .count();
        ensure!(
            sent == built.photos,
            "{sent} of {} photos imported",
            built.photos
        );
        Ok::<_, anyhow::Error>(took)
    })?;
    println!(
        "  unzip + copy of the photos: {plain:>6.1} s  {:>6.1} MB/s",
        mb / plain
    );
    println!(
        "  Skyfolio import-takeout:    {imported:>6.1} s  {:>6.1} MB/s  ({:.2}× unzip + copy; target ≥ 0.8×), every photo hashed, deduplicated, sent, stored and recorded",
        mb / imported,
        plain / imported
    );
    Ok(ExitCode::SUCCESS)
}
