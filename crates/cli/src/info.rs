use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use rayon::prelude::*;
use serde::Serialize;
use skyfolio_i18n::FluentValue;
use skyfolio_media::{Error, MediaInfo, probe};

use skyfolio_core::expand_paths;

use crate::error::reason_beside;
use crate::language::{count, decimal, size, text, text_with};

#[derive(Serialize)]
struct Line<'a> {
    path: &'a Path,
    #[serde(flatten)]
    info: &'a MediaInfo,
}

#[derive(Serialize)]
struct Failure<'a> {
    path: &'a Path,
    error: ErrorBody,
}

#[derive(Serialize)]
pub struct ErrorBody {
    pub code: &'static str,
    pub message: String,
}

impl From<&Error> for ErrorBody {
    fn from(error: &Error) -> Self {
        ErrorBody {
            code: error.code().as_str(),
            message: error.message(),
        }
    }
}

pub fn run(paths: &[PathBuf], json: bool) -> anyhow::Result<ExitCode> {
    let files = expand_paths(paths);
    let results: Vec<_> = files.par_iter().map(|path| probe(path)).collect();
    let mut out = std::io::stdout().lock();
    let mut failed = 0usize;
    for (path, result) in files.iter().zip(&results) {
        match result {
            Ok(info) if json => {
                serde_json::to_writer(&mut out, &Line { path, info })?;
                writeln!(out)?;
            }
            Ok(info) => write_human(&mut out, path, info)?,
            Err(error) => {
                failed += 1;
                if json {
                    let body = ErrorBody::from(error);
                    serde_json::to_writer(&mut out, &Failure { path, error: body })?;
                    writeln!(out)?;
                } else {
                    let reason = reason_beside(
                        &path.display().to_string(),
                        error.code().as_str(),
                        &error.message(),
                    );
                    writeln!(out, "{}", path.display())?;
                    writeln!(
                        out,
                        "  {}",
                        text_with("cli-info-error", &[("reason", FluentValue::from(reason))])
                    )?;
                }
            }
        }
    }
    if !json && files.len() > 1 {
        writeln!(
            out,
            "{}",
            text_with(
                "cli-info-summary",
                &[("files", count(files.len())), ("failed", count(failed))]
            )
        )?;
    }
    Ok(if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn write_human(out: &mut impl Write, path: &Path, info: &MediaInfo) -> std::io::Result<()> {
    let meta = &info.metadata;
    writeln!(out, "{}", path.display())?;
    let dimensions = match (meta.width, meta.height) {
        (Some(w), Some(h)) => format!("{w}×{h}"),
        _ => text("cli-info-size-unknown"),
    };
    let mut args = vec![
        ("kind", FluentValue::from(info.media_type.kind.as_str())),
        ("mime", FluentValue::from(info.media_type.mime)),
        ("dimensions", FluentValue::from(dimensions)),
        ("size", FluentValue::from(size(info.size))),
    ];
    let what = match meta.duration_ms {
        Some(ms) => {
            let seconds = decimal(ms as f64 / 1000.0, 1);
            args.push(("seconds", FluentValue::from(seconds)));
            text_with("cli-info-what-timed", &args)
        }
        None => text_with("cli-info-what", &args),
    };
    writeln!(out, "  {what}")?;
    let taken = match (&meta.taken_at, meta.taken_at_source) {
        (Some(time), Some(source)) => text_with(
            "cli-info-taken",
            &[
                ("time", FluentValue::from(time.to_string())),
                ("source", FluentValue::from(source.as_str())),
            ],
        ),
        _ => text("cli-info-no-date"),
    };
    writeln!(out, "  {taken}")?;
    let camera = [meta.make.as_deref(), meta.model.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    if !camera.is_empty() {
        let camera = text_with("cli-info-camera", &[("camera", FluentValue::from(camera))]);
        writeln!(out, "  {camera}")?;
    }
    if let Some(gps) = meta.gps {
        // Coordinates keep their decimal point in every language, as maps write them.
        let place = text_with(
            "cli-info-place",
            &[
                (
                    "latitude",
                    FluentValue::from(format!("{:.5}", gps.latitude)),
                ),
                (
                    "longitude",
                    FluentValue::from(format!("{:.5}", gps.longitude)),
                ),
            ],
        );
        writeln!(out, "  {place}")?;
    }
    let rest = text_with(
        "cli-info-orientation",
        &[
            (
                "orientation",
                FluentValue::from(meta.orientation.exif_value()),
            ),
            ("hash", FluentValue::from(info.hash.to_string())),
        ],
    );
    writeln!(out, "  {rest}")
}
