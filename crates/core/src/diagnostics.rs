//! The diagnostics bundle a person can send when sync misbehaves: versions, settings, how sync
//! stands and the app's recent logs, in one zip file. No photo, thumbnail, password or token is
//! ever put in it, and the email address is left out.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::{App, Error};

/// What was saved.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct DiagnosticsReport {
    pub path: PathBuf,
    /// The names inside the bundle.
    pub entries: Vec<String>,
    pub bytes: u64,
}

/// Where the app's own log files are: `<data>/logs`.
pub fn logs_dir(home: &skyfolio_library::Home) -> PathBuf {
    home.data_dir().join("logs")
}

/// The most of each log file the bundle takes (its end: the most recent lines).
const LOG_TAIL: u64 = 4 * 1024 * 1024;

impl App {
    /// Saves the diagnostics bundle at `target` (a zip file), whole or not at all.
    pub async fn save_diagnostics(
        &self,
        target: &Path,
        app_version: &str,
    ) -> Result<DiagnosticsReport, Error> {
        let mut status = self.status().await?;
        // Who the person is stays out of it: the server is enough to know which cloud.
        if let Some(account) = status.signed_in.as_mut() {
            account.email = String::new();
        }
        let about = serde_json::json!({
            "product": "Skyfolio",
            "version": app_version,
            "core": env!("CARGO_PKG_VERSION"),
            "os": std::env::consts::OS,
            "family": std::env::consts::FAMILY,
            "arch": std::env::consts::ARCH,
            "language": self.language_choice().await?,
            "localCloud": self.uses_local_cloud().await?,
            "preferences": self.preferences().await?,
            "folders": self.folders().await?,
            "status": status,
            "thumbnailCacheBytes": self.thumbnail_cache_size().await,
        });
        let last_report = self.state.setting("last_report").await?;
        let logs = logs_dir(&self.home);
        let target = target.to_owned();
        tokio::task::spawn_blocking(move || write_bundle(&target, &about, last_report, &logs))
            .await
            .map_err(|e| Error::Io {
                path: PathBuf::new(),
                what: "writing the diagnostics bundle",
                source: std::io::Error::other(e),
            })?
    }
}

fn write_bundle(
    target: &Path,
    about: &serde_json::Value,
    last_report: Option<String>,
    logs: &Path,
) -> Result<DiagnosticsReport, Error> {
    let failed = |source: std::io::Error| Error::Io {
        path: target.to_owned(),
        what: "writing the diagnostics bundle",
        source,
    };
    let dir = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let file = tempfile::NamedTempFile::new_in(dir).map_err(failed)?;
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let mut entries = Vec::new();
    let mut add = |zip: &mut zip::ZipWriter<tempfile::NamedTempFile>,
                   name: String,
                   bytes: &[u8]|
     -> Result<(), Error> {
        zip.start_file(name.as_str(), options)
            .map_err(|e| failed(std::io::Error::other(e)))?;
        zip.write_all(bytes).map_err(failed)?;
        entries.push(name);
        Ok(())
    };
    let json = serde_json::to_vec_pretty(about).map_err(|e| failed(e.into()))?;
    add(&mut zip, "about.json".to_owned(), &json)?;
    if let Some(report) = last_report {
        add(&mut zip, "last-pass.json".to_owned(), report.as_bytes())?;
    }
    if let Ok(listing) = std::fs::read_dir(logs) {
        let mut names: Vec<PathBuf> = listing
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.is_file())
            .collect();
        names.sort();
        for path in names {
            let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            let bytes = read_tail(&path, LOG_TAIL).map_err(|source| Error::Io {
                path: path.clone(),
                what: "reading a log file",
                source,
            })?;
            add(&mut zip, format!("logs/{name}"), &bytes)?;
        }
    }
    let file = zip.finish().map_err(|e| failed(std::io::Error::other(e)))?;
    file.as_file().sync_all().map_err(failed)?;
    let bytes = file.as_file().metadata().map_err(failed)?.len();
    file.persist(target).map_err(|e| failed(e.error))?;
    Ok(DiagnosticsReport {
        path: target.to_owned(),
        entries,
        bytes,
    })
}

fn read_tail(path: &Path, most: u64) -> std::io::Result<Vec<u8>> {
    use std::io::{Read, Seek, SeekFrom};
    let mut file = std::fs::File::open(path)?;
    let len = file.metadata()?.len();
    file.seek(SeekFrom::Start(len.saturating_sub(most)))?;
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)?;
    Ok(bytes)
}
