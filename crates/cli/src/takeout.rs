//! `skyfolio import-takeout`: a Google Takeout (zip parts and extracted folders) into the
//! cloud, or with `--dry-run` what that would do. A thin call into `skyfolio-core`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;
use skyfolio_core::Failure;
use skyfolio_core::Link;
use skyfolio_core::{RowKind, RowOutcome, TakeoutOptions, TakeoutReport, TakeoutReview};
use skyfolio_i18n::FluentValue;

use crate::cloud::{Setup, failure_line, progress_bar, with_app};
use crate::error::reason;
use crate::language::{count, size, text_with};

#[derive(Args)]
pub struct ImportTakeoutArgs {
    /// The Takeout's zip parts (any order) and extracted folders.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Only say what would be imported: reads names, sizes and Google's JSON, sends nothing.
    #[arg(long)]
    dry_run: bool,
    /// Write the reconciliation report (every item and what became of it) to FILE: CSV when
    /// it ends in .csv, JSON otherwise.
    #[arg(long, value_name = "FILE")]
    report: Option<PathBuf>,
    /// The time zone Google's dates (UTC) are shown in for photos whose files have no date of
    /// their own: Europe/Berlin, UTC... (this computer's unless given).
    #[arg(long, value_name = "TZ")]
    time_zone: Option<String>,
}

pub fn import_takeout(setup: Setup<'_>, args: ImportTakeoutArgs) -> anyhow::Result<ExitCode> {
    let mut options = TakeoutOptions::default();
    if let Some(zone) = &args.time_zone {
        options.time_zone = jiff::tz::TimeZone::get(zone).with_context(|| {
            text_with(
                "cli-takeout-time-zone",
                &[("zone", FluentValue::from(zone.as_str()))],
            )
        })?;
    }
    with_app(setup, async |app| {
        if args.dry_run {
            let review = app.plan_takeout_import(&args.paths).await?;
            print_review(&review);
            if let Some(path) = &args.report {
                review.write_to(path)?;
                println!("{}", report_line(path));
            }
            println!("{}", crate::language::text("cli-takeout-dry-run"));
            return Ok(if review.has_unreadable_sources() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            });
        }
        let (sink, bar) = progress_bar();
        let report = app
            .import_takeout(&args.paths, &options, Link::new(sink))
            .await?;
        bar.finish_and_clear();
        print_report(&report);
        if let Some(path) = &args.report {
            report.write_to(path)?;
            println!("{}", report_line(path));
        }
        Ok(if report.has_failures() {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        })
    })
}

fn report_line(path: &Path) -> String {
    text_with(
        "cli-takeout-report",
        &[("path", FluentValue::from(path.display().to_string()))],
    )
}

fn print_sources(sources: &[skyfolio_core::SourceSummary]) {
    for source in sources {
        let path = source.path.display().to_string();
        match &source.error {
            None => println!(
                "{}",
                text_with(
                    "cli-takeout-source",
                    &[
                        ("path", FluentValue::from(path)),
                        ("entries", count(source.entries)),
                    ]
                )
            ),
            Some(error) => eprintln!(
                "{}",
                text_with(
                    "cli-takeout-source-unreadable",
                    &[
                        ("path", FluentValue::from(path)),
                        (
                            "reason",
                            FluentValue::from(reason(&error.code, &error.message))
                        ),
                    ]
                )
            ),
        }
    }
}

fn print_review(review: &TakeoutReview) {
    print_sources(&review.sources);
    println!(
        "{}",
        text_with(
            "cli-takeout-review",
            &[
                ("photos", count(review.photos)),
                ("videos", count(review.videos)),
                ("motion", count(review.motion_photos)),
                ("albums", count(review.albums)),
                ("size", FluentValue::from(size(review.bytes))),
            ]
        )
    );
    println!(
        "{}",
        text_with(
            "cli-takeout-review-details",
            &[
                ("dated", count(review.dated_by_json)),
                ("places", count(review.with_place)),
                ("favorites", count(review.favorites)),
                ("archived", count(review.archived)),
                ("trashed", count(review.trashed)),
                ("without", count(review.without_sidecar)),
            ]
        )
    );
    for skipped in &review.skipped {
        println!(
            "{}",
            text_with(
                "cli-takeout-skipped",
                &[
                    ("count", count(skipped.count)),
                    ("what", FluentValue::from(skipped.what.as_str())),
                    ("reason", FluentValue::from(skipped.reason.as_str())),
                ]
            )
        );
    }
}

fn print_report(report: &TakeoutReport) {
    print_sources(&report.sources);
    for row in &report.rows {
        let media = matches!(
            row.kind,
            RowKind::Photo | RowKind::Video | RowKind::MotionVideo
        );
        if row.outcome == RowOutcome::Failed && media {
            let path = match (&row.source, &row.entry) {
                (Some(source), Some(entry)) => format!("{source}: {entry}"),
                _ => row.name.clone(),
            };
            let failure = Failure {
                path,
                code: row.reason.clone().unwrap_or_default(),
                message: row.detail.clone().unwrap_or_default(),
            };
            eprintln!("{}", failure_line("cli-failed", &failure));
        }
    }
    let counts = &report.counts;
    let now = |outcome| {
        report
            .rows
            .iter()
            .filter(|r| r.outcome == outcome && !r.earlier && r.kind != RowKind::Entry)
            .count()
    };
    println!(
        "{}",
        text_with(
            "cli-takeout-summary",
            &[
                ("imported", count(now(RowOutcome::Imported))),
                ("already", count(now(RowOutcome::AlreadyPresent))),
                ("earlier", count(counts.earlier)),
                ("failed", count(counts.failed)),
                ("orphans", count(counts.sidecars_without_media)),
                ("ignored", count(counts.ignored)),
                ("refused", count(counts.refused)),
            ]
        )
    );
    println!(
        "{}",
        text_with(
            "cli-takeout-marks",
            &[
                ("favorites", count(counts.favorites)),
                ("archived", count(counts.archived)),
                ("trashed", count(counts.trashed)),
            ]
        )
    );
}
