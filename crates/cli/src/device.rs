//! `skyfolio import-device` and `skyfolio free-device`: a phone's or camera card's photos
//! into the cloud, then (asked for) their space back once the cloud holds each one. Thin
//! calls into `skyfolio-core`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use skyfolio_core::Link;
use skyfolio_core::{App, DeviceOutcome};
use skyfolio_i18n::FluentValue;

use crate::cloud::{Setup, failure_line, progress_bar, with_app};
use crate::language::{count, size, text, text_with};

#[derive(Args)]
pub struct ImportDeviceArgs {
    /// The phone's or card's folder (the one holding DCIM); without it, the one camera
    /// storage mounted now.
    path: Option<PathBuf>,
}

#[derive(Args)]
pub struct FreeDeviceArgs {
    /// The phone's or card's folder (the one holding DCIM); without it, the one camera
    /// storage mounted now.
    path: Option<PathBuf>,
    /// Remove the files the cloud confirms; without it, only list them.
    #[arg(long)]
    yes: bool,
}

/// The storage named, or the only one mounted; `None` (after saying why) otherwise.
fn storage(app: &App, given: Option<PathBuf>) -> Option<PathBuf> {
    if given.is_some() {
        return given;
    }
    let found = app.camera_storage();
    match found.as_slice() {
        [one] => {
            println!(
                "{}",
                text_with(
                    "cli-device-found",
                    &[
                        ("name", FluentValue::from(one.name.as_str())),
                        ("path", FluentValue::from(one.path.display().to_string())),
                    ]
                )
            );
            Some(one.path.clone())
        }
        [] => {
            eprintln!("{}", text("cli-device-none"));
            None
        }
        many => {
            eprintln!("{}", text("cli-device-several"));
            for storage in many {
                eprintln!("  {}", storage.path.display());
            }
            None
        }
    }
}

pub fn import_device(setup: Setup<'_>, args: ImportDeviceArgs) -> anyhow::Result<ExitCode> {
    with_app(setup, async |app| {
        let Some(path) = storage(app, args.path) else {
            return Ok(ExitCode::from(2));
        };
        let (sink, bar) = progress_bar();
        let report = app.import_device(&path, Link::new(sink)).await?;
        bar.finish_and_clear();
        for row in &report.rows {
            if let DeviceOutcome::Imported { cloud_path } = &row.outcome {
                println!("{} -> {cloud_path}", row.path.display());
            }
        }
        let failures = report.failures();
        for failure in &failures {
            eprintln!("{}", failure_line("cli-failed", failure));
        }
        println!(
            "{}",
            text_with(
                "cli-device-summary",
                &[
                    ("imported", count(report.imported())),
                    ("already", count(report.already())),
                    ("skipped", count(report.not_media())),
                    ("failed", count(failures.len())),
                ]
            )
        );
        Ok(if failures.is_empty() {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        })
    })
}

#[derive(Args)]
pub struct FreeSpaceArgs {
    /// A backup (upload-only) folder of this computer.
    folder: PathBuf,
    /// Only files last changed more than this many days ago.
    #[arg(long, value_name = "DAYS")]
    older_than: Option<u64>,
    /// Only files larger than this many megabytes.
    #[arg(long, value_name = "MB")]
    larger_than: Option<u64>,
    /// Remove the files the cloud confirms; without it, only list them.
    #[arg(long)]
    yes: bool,
}

pub fn free_space(setup: Setup<'_>, args: FreeSpaceArgs) -> anyhow::Result<ExitCode> {
    with_app(setup, async |app| {
        let older = args
            .older_than
            .map(|days| std::time::Duration::from_secs(days.saturating_mul(86_400)));
        let larger = args.larger_than.map(|mb| mb.saturating_mul(1_000_000));
        let confirmed = app.confirmed_in_folder(&args.folder, older, larger).await?;
        free_confirmed(app, confirmed, args.yes).await
    })
}

pub fn free_device(setup: Setup<'_>, args: FreeDeviceArgs) -> anyhow::Result<ExitCode> {
    with_app(setup, async |app| {
        let Some(path) = storage(app, args.path) else {
            return Ok(ExitCode::from(2));
        };
        let confirmed = app.confirmed_on_device(&path).await?;
        free_confirmed(app, confirmed, args.yes).await
    })
}

/// Lists what the cloud confirms, or (`yes`) removes it and says what went and what stayed.
async fn free_confirmed(
    app: &App,
    confirmed: Vec<skyfolio_core::Confirmed>,
    yes: bool,
) -> anyhow::Result<ExitCode> {
    let bytes: u64 = confirmed.iter().map(|c| c.size).sum();
    if !yes {
        for file in &confirmed {
            println!("{} = {}", file.path.display(), file.cloud_path);
        }
        println!(
            "{}",
            text_with(
                "cli-free-device-plan",
                &[
                    ("files", count(confirmed.len())),
                    ("size", FluentValue::from(size(bytes))),
                ]
            )
        );
        return Ok(ExitCode::SUCCESS);
    }
    let paths: Vec<PathBuf> = confirmed.into_iter().map(|c| c.path).collect();
    let report = app.free_device(&paths).await?;
    for failure in &report.kept {
        eprintln!("{}", failure_line("cli-failed", failure));
    }
    println!(
        "{}",
        text_with(
            "cli-free-device-done",
            &[
                ("files", count(report.removed.len())),
                ("size", FluentValue::from(size(report.bytes))),
                ("kept", count(report.kept.len())),
            ]
        )
    );
    Ok(if report.kept.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
