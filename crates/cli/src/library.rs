//! `skyfolio folder`, `skyfolio scan` and `skyfolio library`: the local index.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use clap::Subcommand;
use skyfolio_core::{
    FileFailure, FillReport, FolderMode, FolderState, Home, ImportOptions, Library, ONLINE_ONLY,
    SETTLE_TIME, ScanReport, WatchEvent, WatchOptions,
};
use skyfolio_i18n::FluentValue;

use crate::error::reason_beside;
use crate::language::{count, size, text, text_with};

#[derive(Subcommand)]
pub enum FolderCommand {
    /// Add a folder to the library (or change its mode).
    Add {
        dir: PathBuf,
        /// two-way, upload-only (backup) or download-only.
        #[arg(long, default_value = "two-way")]
        mode: FolderMode,
        /// The album of the cloud it syncs with ("" for the whole cloud; by default the whole
        /// cloud, or for a backup an album named after the folder).
        #[arg(long)]
        album: Option<String>,
    },
    /// List the library folders.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Forget a folder; its files stay where they are.
    Remove { dir: PathBuf },
}

#[derive(Subcommand)]
pub enum CacheCommand {
    /// How much disk the thumbnails take.
    Size,
    /// Delete every thumbnail; they are made again at the next scan.
    Clear,
}

#[derive(Subcommand)]
pub enum LibraryCommand {
    /// Every photo and video, newest first.
    List {
        /// One JSON object per line per item.
        #[arg(long)]
        json: bool,
    },
}

fn resolve(home: Option<&Path>) -> anyhow::Result<Home> {
    Home::resolve(home).with_context(|| text("cli-no-home"))
}

/// Runs `work` on an opened library.
fn with_library<T>(
    home: Option<&Path>,
    work: impl AsyncFnOnce(&Library) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    let home = resolve(home)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .with_context(|| text("cli-no-runtime"))?;
    runtime.block_on(async {
        let library = Library::open(&home).await?;
        let result = work(&library).await;
        library.close().await;
        result
    })
}

pub fn folder(setup: crate::cloud::Setup<'_>, command: FolderCommand) -> anyhow::Result<ExitCode> {
    crate::cloud::with_app(setup, async |app| {
        let mut out = std::io::stdout().lock();
        match command {
            FolderCommand::Add { dir, mode, album } => {
                let linked = app.add_folder(&dir, mode, album.as_deref()).await?;
                writeln!(
                    out,
                    "{}",
                    crate::cloud::folder_line(
                        &linked.folder.path.display().to_string(),
                        &linked.folder.mode.to_string(),
                        &linked.album
                    )
                )?;
            }
            FolderCommand::List { json } => {
                for linked in app.folders().await? {
                    if json {
                        serde_json::to_writer(&mut out, &linked)?;
                        writeln!(out)?;
                    } else {
                        writeln!(
                            out,
                            "{}  {}  {}  {}",
                            linked.folder.path.display(),
                            linked.folder.mode,
                            if linked.album.is_empty() {
                                "/"
                            } else {
                                &linked.album
                            },
                            state_text(Some(linked.folder.state)),
                        )?;
                    }
                }
            }
            FolderCommand::Remove { dir } => {
                let folder = app.remove_folder(&dir).await?;
                writeln!(
                    out,
                    "{}",
                    text_with(
                        "cli-folder-removed",
                        &[("path", FluentValue::from(folder.path.display().to_string()))]
                    )
                )?;
            }
        }
        Ok(ExitCode::SUCCESS)
    })
}

pub fn scan(home: Option<&Path>) -> anyhow::Result<ExitCode> {
    let cache = resolve(home)?.thumbnail_cache();
    with_library(home, async |library| {
        let mut reports = library.scan_all().await?;
        // Files written moments ago may still be growing: give them the settle time, a few
        // times, before reporting what is still being written.
        for _ in 0..3 {
            if reports.iter().all(|r| r.busy.is_empty()) {
                break;
            }
            tokio::time::sleep(SETTLE_TIME).await;
            for report in &mut reports {
                if !report.busy.is_empty() {
                    let folder = library.folder(&report.folder).await?;
                    let again = library.scan_folder(&folder).await?;
                    report.merge(again);
                }
            }
        }
        let mut out = std::io::stdout().lock();
        let mut trouble = false;
        for report in &reports {
            trouble |= print_report(&mut out, report)?;
        }
        let filled = library.fill_thumbnails(&cache).await?;
        if filled.made + filled.without_preview + filled.failures.len() > 0 {
            print_thumbnails(&mut out, &filled)?;
        }
        if reports.is_empty() {
            writeln!(out, "{}", text("cli-scan-no-folders"))?;
        }
        Ok(if trouble {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        })
    })
}

/// A folder's state in words: "ready", "not found (an unplugged drive?)".
fn state_text(state: Option<FolderState>) -> String {
    text(match state {
        Some(FolderState::Ok) => "folder-state-ok",
        Some(FolderState::Missing) => "folder-state-missing",
        Some(FolderState::Emptied) => "folder-state-emptied",
        Some(FolderState::Error) | None => "folder-state-error",
    })
}

/// `failed: <file>: <why>` for a file of the library.
fn failure_line(id: &str, failure: &FileFailure) -> String {
    let path = failure.path.display().to_string();
    let reason = reason_beside(&path, &failure.code, &failure.message);
    text_with(
        id,
        &[
            ("path", FluentValue::from(path)),
            ("reason", FluentValue::from(reason)),
        ],
    )
}

/// Prints one folder's summary; says whether anything went wrong.
fn print_report(out: &mut impl Write, report: &ScanReport) -> anyhow::Result<bool> {
    let folder = || FluentValue::from(report.folder.display().to_string());
    if report.state != Some(FolderState::Ok) {
        writeln!(
            out,
            "{}",
            text_with(
                "cli-scan-not-ok",
                &[
                    ("folder", folder()),
                    ("state", FluentValue::from(state_text(report.state))),
                ]
            )
        )?;
        return Ok(true);
    }
    writeln!(
        out,
        "{}",
        text_with(
            "cli-scan-summary",
            &[
                ("folder", folder()),
                ("files", count(report.files)),
                ("added", count(report.added)),
                ("changed", count(report.changed)),
                ("moved", count(report.moved)),
                ("deleted", count(report.deleted)),
                ("unchanged", count(report.unchanged)),
                ("ignored", count(report.ignored)),
                ("failed", count(report.failures.len())),
            ]
        )
    )?;
    for failure in &report.failures {
        writeln!(out, "  {}", failure_line("cli-failed", failure))?;
    }
    for path in &report.busy {
        writeln!(
            out,
            "  {}",
            text_with(
                "cli-scan-busy",
                &[("path", FluentValue::from(path.display().to_string()))]
            )
        )?;
    }
    // Left out as sync leaves them out, not failed: nothing is wrong with them.
    for path in &report.online_only {
        let left_out = FileFailure {
            path: path.clone(),
            code: ONLINE_ONLY.to_owned(),
            message: String::new(),
        };
        writeln!(out, "  {}", failure_line("cli-not-synced", &left_out))?;
    }
    Ok(!report.failures.is_empty())
}

/// What the thumbnails of a scan came to, and each that could not be made.
fn print_thumbnails(out: &mut impl Write, filled: &FillReport) -> anyhow::Result<()> {
    writeln!(
        out,
        "{}",
        text_with(
            "cli-thumbnails-summary",
            &[
                ("made", count(filled.made)),
                ("without", count(filled.without_preview)),
                ("failed", count(filled.failures.len())),
            ]
        )
    )?;
    for failure in &filled.failures {
        writeln!(out, "  {}", failure_line("cli-no-thumbnail", failure))?;
    }
    Ok(())
}

/// `skyfolio scan --watch`: scans, then reports every change as it is taken in, until Ctrl-C.
pub fn watch(home: Option<&Path>, rescan_every: Duration) -> anyhow::Result<ExitCode> {
    let cache = resolve(home)?.thumbnail_cache();
    with_library(home, async |library| {
        let options = WatchOptions {
            rescan_every,
            thumbnails: Some(cache),
            ..WatchOptions::default()
        };
        let shutdown = async {
            // Without a signal handler there is no way to stop but killing the process.
            if tokio::signal::ctrl_c().await.is_err() {
                std::future::pending::<()>().await;
            }
        };
        let mut failed = None;
        library
            .watch(options, shutdown, |event| {
                if let Err(error) = print_watch_event(&event) {
                    failed.get_or_insert(error);
                }
            })
            .await?;
        match failed {
            Some(error) => Err(error),
            None => Ok(ExitCode::SUCCESS),
        }
    })
}

fn print_watch_event(event: &WatchEvent) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match event {
        WatchEvent::Ready => writeln!(out, "{}", text("cli-watch-ready"))?,
        WatchEvent::Scanned(report) => {
            print_report(&mut out, report)?;
        }
        WatchEvent::Thumbnails(filled) => print_thumbnails(&mut out, filled)?,
        WatchEvent::NotWatched { folder, reason } => writeln!(
            out,
            "{}",
            text_with(
                "cli-watch-not-followed",
                &[
                    ("folder", FluentValue::from(folder.display().to_string())),
                    ("reason", FluentValue::from(reason.as_str())),
                ]
            )
        )?,
    }
    out.flush()?;
    Ok(())
}

pub fn cache(home: Option<&Path>, command: CacheCommand) -> anyhow::Result<ExitCode> {
    let cache = resolve(home)?.thumbnail_cache();
    with_library(home, async |library| {
        match command {
            CacheCommand::Size => {
                let bytes = cache.size_on_disk();
                println!(
                    "{}",
                    text_with(
                        "cli-cache-size",
                        &[
                            ("size", FluentValue::from(size(bytes))),
                            ("bytes", FluentValue::from(bytes)),
                        ]
                    )
                );
            }
            CacheCommand::Clear => {
                library.clear_thumbnails(&cache).await?;
                println!("{}", text("cli-cache-cleared"));
            }
        }
        Ok(ExitCode::SUCCESS)
    })
}

/// One line of `library list --json`: the item and its cached thumbnails.
#[derive(serde::Serialize)]
struct ListedItem<'a> {
    #[serde(flatten)]
    item: &'a skyfolio_core::MediaRecord,
    thumbnails: Option<Thumbnails>,
}

#[derive(serde::Serialize)]
struct Thumbnails {
    #[serde(rename = "256")]
    grid: PathBuf,
    #[serde(rename = "1440")]
    viewer: PathBuf,
}

pub fn library(home: Option<&Path>, command: LibraryCommand) -> anyhow::Result<ExitCode> {
    let LibraryCommand::List { json } = command;
    let cache = resolve(home)?.thumbnail_cache();
    // The same width as a capture time, so that the columns stay in line.
    let no_date = format!("{:<19}", text("cli-no-date"));
    with_library(home, async |library| {
        let mut out = std::io::stdout().lock();
        let mut cursor = None;
        loop {
            let page = library.timeline_page(cursor, 500).await?;
            for item in &page.items {
                if json {
                    let thumbnails = (item.thumb_state == "ready").then(|| Thumbnails {
                        grid: cache.path(&item.hash, skyfolio_media::ThumbSize::Grid),
                        viewer: cache.path(&item.hash, skyfolio_media::ThumbSize::Viewer),
                    });
                    serde_json::to_writer(&mut out, &ListedItem { item, thumbnails })?;
                    writeln!(out)?;
                } else {
                    let first = item.paths.first().map(|p| p.display().to_string());
                    writeln!(
                        out,
                        "{}  {:<5}  {}  {}",
                        item.taken_at.as_deref().unwrap_or(&no_date),
                        item.kind,
                        &item.hash.to_hex()[..12],
                        first.unwrap_or_default()
                    )?;
                }
            }
            match page.next {
                Some(next) => cursor = Some(next),
                None => break,
            }
        }
        Ok(ExitCode::SUCCESS)
    })
}

pub fn import(
    home: Option<&Path>,
    paths: &[PathBuf],
    to: &Path,
    move_files: bool,
) -> anyhow::Result<ExitCode> {
    with_library(home, async |library| {
        let folder = match library.folder(to).await {
            Err(skyfolio_core::LibraryError::UnknownFolder { .. }) => anyhow::bail!(text_with(
                "cli-import-not-a-library-folder",
                &[("path", FluentValue::from(to.display().to_string()))]
            )),
            found => found?,
        };
        let report = library
            .import_paths(paths, &folder, ImportOptions { move_files })
            .await?;
        let mut out = std::io::stdout().lock();
        for imported in &report.imported {
            writeln!(
                out,
                "{} -> {}",
                imported.from.display(),
                imported.to.display()
            )?;
        }
        writeln!(
            out,
            "{}",
            text_with(
                "cli-import-summary",
                &[
                    ("imported", count(report.imported.len())),
                    (
                        "how",
                        FluentValue::from(if move_files { "move" } else { "copy" })
                    ),
                    ("duplicates", count(report.duplicates.len())),
                    ("skipped", count(report.skipped.len())),
                    ("failed", count(report.failures.len())),
                ]
            )
        )?;
        for failure in &report.failures {
            writeln!(out, "  {}", failure_line("cli-failed", failure))?;
        }
        Ok(if report.failures.is_empty() {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        })
    })
}
