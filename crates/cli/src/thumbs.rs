use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use skyfolio_media::{
    Error, ErrorCode, ThumbSize, Thumbnail, hash_file, read_metadata, sniff, thumbnails_of,
};

use skyfolio_library::{expand_paths, write_atomically};

enum Outcome {
    Made,
    AlreadyThere,
    NotMedia,
    NoPreview(String),
    Failed(Error),
}

pub fn run(paths: &[PathBuf], out: &Path, size: u32) -> anyhow::Result<ExitCode> {
    let size = ThumbSize::from_pixels(size).context("the size must be 256 or 1440")?;
    fs::create_dir_all(out).with_context(|| format!("while creating {}", out.display()))?;
    let files = expand_paths(paths);
    let progress = ProgressBar::new(files.len() as u64).with_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} {per_sec} {wide_msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let outcomes: Mutex<Vec<(PathBuf, Outcome)>> = Mutex::new(Vec::new());
    files.par_iter().for_each(|path| {
        let outcome = make_one(path, out, size);
        progress.inc(1);
        if let Ok(mut all) = outcomes.lock() {
            all.push((path.clone(), outcome));
        }
    });
    progress.finish_and_clear();
    let mut outcomes = outcomes.into_inner().unwrap_or_default();
    outcomes.sort_by(|a, b| a.0.cmp(&b.0));
    report(&outcomes)
}

fn make_one(path: &Path, out: &Path, size: ThumbSize) -> Outcome {
    let attempt = || -> Result<Outcome, Error> {
        let media_type = sniff(path)?;
        let hash = hash_file(path)?;
        let target = out.join(format!("{hash}-{}.jpg", size.pixels()));
        if target.exists() {
            return Ok(Outcome::AlreadyThere);
        }
        let metadata = read_metadata(path, &media_type)?;
        let mut made = thumbnails_of(path, &media_type, &metadata, &[size])?;
        match made.remove(0) {
            Thumbnail::Jpeg(bytes) => {
                write_atomically(&target, &bytes).map_err(|source| Error::Io {
                    path: target.clone(),
                    source,
                })?;
                Ok(Outcome::Made)
            }
            Thumbnail::NoPreview { reason } => Ok(Outcome::NoPreview(reason)),
        }
    };
    match attempt() {
        Ok(outcome) => outcome,
        Err(error) if error.code() == ErrorCode::UnsupportedFormat => Outcome::NotMedia,
        Err(error) => Outcome::Failed(error),
    }
}

fn report(outcomes: &[(PathBuf, Outcome)]) -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    let count = |f: fn(&Outcome) -> bool| outcomes.iter().filter(|(_, o)| f(o)).count();
    let made = count(|o| matches!(o, Outcome::Made));
    let there = count(|o| matches!(o, Outcome::AlreadyThere));
    let not_media = count(|o| matches!(o, Outcome::NotMedia));
    let no_preview = count(|o| matches!(o, Outcome::NoPreview(_)));
    let failed = count(|o| matches!(o, Outcome::Failed(_)));
    writeln!(
        out,
        "{made} made, {} skipped ({there} already made, {not_media} not photos or videos, {no_preview} without preview), {failed} failed",
        there + not_media + no_preview
    )?;
    for (path, outcome) in outcomes {
        match outcome {
            Outcome::NoPreview(reason) => {
                writeln!(out, "  no preview: {}: {reason}", path.display())?
            }
            Outcome::Failed(error) => writeln!(out, "  failed: {}", error.message())?,
            _ => {}
        }
    }
    Ok(if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
