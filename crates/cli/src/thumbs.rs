use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use skyfolio_i18n::FluentValue;
use skyfolio_media::{
    Error, ErrorCode, ThumbSize, Thumbnail, hash_file, read_metadata, sniff, thumbnails_of,
};

use skyfolio_core::{expand_paths, write_atomically};

use crate::error::reason_beside;
use crate::language::{count, text, text_with};

enum Outcome {
    Made,
    AlreadyThere,
    NotMedia,
    NoPreview(String),
    Failed(Error),
}

pub fn run(paths: &[PathBuf], out: &Path, size: u32) -> anyhow::Result<ExitCode> {
    let size = ThumbSize::from_pixels(size).with_context(|| text("cli-thumbs-size"))?;
    fs::create_dir_all(out).with_context(|| {
        text_with(
            "cli-thumbs-cannot-create",
            &[("path", FluentValue::from(out.display().to_string()))],
        )
    })?;
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
    let tally = |f: fn(&Outcome) -> bool| outcomes.iter().filter(|(_, o)| f(o)).count();
    let made = tally(|o| matches!(o, Outcome::Made));
    let there = tally(|o| matches!(o, Outcome::AlreadyThere));
    let not_media = tally(|o| matches!(o, Outcome::NotMedia));
    let no_preview = tally(|o| matches!(o, Outcome::NoPreview(_)));
    let failed = tally(|o| matches!(o, Outcome::Failed(_)));
    writeln!(
        out,
        "{}",
        text_with(
            "cli-thumbs-summary",
            &[
                ("made", count(made)),
                ("skipped", count(there + not_media + no_preview)),
                ("there", count(there)),
                ("unsupported", count(not_media)),
                ("without", count(no_preview)),
                ("failed", count(failed)),
            ]
        )
    )?;
    for (path, outcome) in outcomes {
        let path = path.display().to_string();
        let (id, reason) = match outcome {
            Outcome::NoPreview(reason) => ("cli-thumbs-no-preview", reason.clone()),
            Outcome::Failed(error) => (
                "cli-failed",
                reason_beside(&path, error.code().as_str(), &error.message()),
            ),
            _ => continue,
        };
        let line = text_with(
            id,
            &[
                ("path", FluentValue::from(path)),
                ("reason", FluentValue::from(reason)),
            ],
        );
        writeln!(out, "  {line}")?;
    }
    Ok(if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
