use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use rayon::prelude::*;
use serde::Serialize;
use skyfolio_media::{Error, MediaInfo, probe};

use skyfolio_library::expand_paths;

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
                    writeln!(out, "{}\n  error: {}", path.display(), error.message())?;
                }
            }
        }
    }
    if !json && files.len() > 1 {
        writeln!(out, "{} files, {} unreadable", files.len(), failed)?;
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
    let size = match (meta.width, meta.height) {
        (Some(w), Some(h)) => format!("{w}×{h}"),
        _ => "size unknown".to_owned(),
    };
    write!(
        out,
        "  {} ({}), {size}",
        info.media_type.kind.as_str(),
        info.media_type.mime
    )?;
    if let Some(ms) = meta.duration_ms {
        write!(out, ", {:.1} s", ms as f64 / 1000.0)?;
    }
    writeln!(out, ", {} bytes", info.size)?;
    match (&meta.taken_at, meta.taken_at_source) {
        (Some(time), Some(source)) => {
            writeln!(out, "  taken {time} (from {})", source.as_str())?;
        }
        _ => writeln!(out, "  capture time unknown")?,
    }
    let camera = [meta.make.as_deref(), meta.model.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    if !camera.is_empty() {
        writeln!(out, "  camera {camera}")?;
    }
    if let Some(gps) = meta.gps {
        writeln!(out, "  place {:.5}, {:.5}", gps.latitude, gps.longitude)?;
    }
    writeln!(
        out,
        "  orientation {}, hash {}",
        meta.orientation.exif_value(),
        info.hash
    )
}
