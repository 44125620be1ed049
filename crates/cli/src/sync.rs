//! `skyfolio sync`: one pass (files still being written waited for), or passes as either side
//! changes; what a pass did, said per folder; and the deletions that wait for an answer, shown
//! one by one and answered at the terminal or with `--delete-held`/`--restore-held`.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use skyfolio_core::{App, DeletionSide, HeldAnswer, HeldPlan, HeldReason};
use skyfolio_core::{PassReport, SyncOptions as Options};
use skyfolio_i18n::FluentValue;

use crate::cloud::{Setup, failure_line, problem_line, progress_bar, with_app};
use crate::error::describe_sync;
use crate::language::{count, text, text_with};

/// How many held deletions are listed by name; the rest are counted.
const HELD_SHOWN: usize = 10;

pub struct SyncArgs {
    pub watch: bool,
    pub every: Duration,
    pub upload_limit: Option<u64>,
    pub download_limit: Option<u64>,
    /// The longest a single pass waits for files still being written.
    pub wait_for_writes: Duration,
    /// An answer to a held plan, given with its fingerprint.
    pub answer: Option<(HeldAnswer, String)>,
}

pub fn sync(setup: Setup<'_>, args: SyncArgs) -> anyhow::Result<ExitCode> {
    with_app(setup, async |app| {
        if let Some((answer, fingerprint)) = &args.answer {
            let folder = held_folder(app, fingerprint).await?;
            let report = app.answer_held(&folder, fingerprint, *answer).await?;
            print_pass(&report);
        }
        let (sink, bar) = progress_bar();
        // The preferences of Settings, with what the command line says on top.
        let preferred = app.sync_options().await?;
        let options = Options {
            progress: Some(sink),
            upload_limit: args.upload_limit.or(preferred.upload_limit),
            download_limit: args.download_limit.or(preferred.download_limit),
            ..preferred
        };
        let engine = app.engine(options).await?;
        if !args.watch {
            let waiting_bar = bar.clone();
            let mut report = engine
                .sync_settled(args.wait_for_writes, |settling| {
                    waiting_bar.suspend(|| {
                        eprintln!(
                            "{}",
                            text_with("cli-sync-settling-wait", &[("count", count(settling))])
                        );
                    });
                })
                .await?;
            bar.finish_and_clear();
            print_pass(&report);
            if ask_about_held(app, &report).await? {
                report = engine.sync_once(10).await?;
                print_pass(&report);
            }
            return Ok(if report.in_step() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            });
        }
        let shutdown = async {
            let _ = tokio::signal::ctrl_c().await;
        };
        let bar_for_pass = bar.clone();
        engine
            .watch(args.every, shutdown, move |report| match report {
                Ok(report) if report.done() > 0 || !report.in_step() => {
                    bar_for_pass.suspend(|| print_pass(report));
                }
                Ok(_) => {}
                Err(error) => bar_for_pass.suspend(|| {
                    eprintln!("{}", describe_sync(error));
                }),
            })
            .await?;
        bar.finish_and_clear();
        Ok(ExitCode::SUCCESS)
    })
}

/// The folder whose held plan is the one with `fingerprint` now; none is `held-changed`.
async fn held_folder(app: &App, fingerprint: &str) -> anyhow::Result<PathBuf> {
    let status = app.status().await?;
    status
        .folders
        .iter()
        .find(|folder| {
            folder
                .held
                .as_ref()
                .is_some_and(|held| held.fingerprint == fingerprint)
        })
        .map(|folder| PathBuf::from(&folder.path))
        .ok_or_else(|| {
            let error = skyfolio_core::SyncError::HeldChanged {
                folder: PathBuf::new(),
            };
            anyhow::Error::from(skyfolio_core::Error::from(error))
        })
}

/// At a terminal, asks about each held plan of `report` and answers it. Whether anything was
/// answered.
async fn ask_about_held(app: &App, report: &PassReport) -> anyhow::Result<bool> {
    if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
        return Ok(false);
    }
    let mut answered = false;
    for folder in &report.folders {
        let Some(held) = &folder.held else { continue };
        print!("{}", text("cli-held-prompt"));
        std::io::stdout().flush()?;
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        let answer = match line.trim().to_lowercase().chars().next() {
            Some('d') => HeldAnswer::Delete,
            Some('r') => HeldAnswer::Restore,
            _ => continue,
        };
        let done = app
            .answer_held(&folder.folder, &held.fingerprint, answer)
            .await?;
        print_pass(&done);
        answered = true;
    }
    Ok(answered)
}

/// What waits for an answer in `folder`, line by line, with how to answer.
pub fn held_lines(held: &HeldPlan) -> Vec<String> {
    let deletions = count(held.deletions.len());
    let mut lines = vec![match held.reason {
        HeldReason::FolderEmpty => text("cli-held-folder-empty"),
        HeldReason::AlbumEmpty => text("cli-held-album-empty"),
        HeldReason::Many => text_with("cli-held-many", &[("count", deletions)]),
        HeldReason::AlwaysAsk => text_with("cli-held-always-ask", &[("count", deletions)]),
    }];
    for deletion in held.deletions.iter().take(HELD_SHOWN) {
        let id = match deletion.side {
            DeletionSide::Cloud => "cli-held-to-cloud",
            DeletionSide::Here => "cli-held-to-trash",
        };
        lines.push(format!(
            "  {}",
            text_with(id, &[("path", FluentValue::from(deletion.path.as_str()))])
        ));
    }
    if held.deletions.len() > HELD_SHOWN {
        lines.push(format!(
            "  {}",
            text_with(
                "cli-held-more",
                &[("count", count(held.deletions.len() - HELD_SHOWN))]
            )
        ));
    }
    lines.push(text_with(
        "cli-held-answer",
        &[("fingerprint", FluentValue::from(held.fingerprint.as_str()))],
    ));
    lines
}

pub fn print_pass(report: &PassReport) {
    for folder in &report.folders {
        let mut parts = Vec::new();
        for (n, id) in [
            (folder.uploaded, "cli-sync-uploaded"),
            (folder.downloaded, "cli-sync-downloaded"),
            (folder.moved, "cli-sync-moved"),
            (folder.trashed_in_cloud, "cli-sync-trashed-in-cloud"),
            (folder.trashed_here, "cli-sync-trashed-here"),
            (folder.conflicts, "cli-sync-conflicts"),
        ] {
            if n > 0 {
                parts.push(text_with(id, &[("count", count(n))]));
            }
        }
        // "In step" only when it is so; otherwise the lines below say what is left.
        if parts.is_empty() && folder.in_step() {
            parts.push(text("cli-sync-in-step"));
        }
        let folder_name = folder.folder.display().to_string();
        if parts.is_empty() {
            println!("{folder_name}");
        } else {
            println!(
                "{}",
                text_with(
                    "cli-sync-folder",
                    &[
                        ("folder", FluentValue::from(folder_name)),
                        (
                            "done",
                            FluentValue::from(parts.join(&text("cli-list-separator")))
                        ),
                    ]
                )
            );
        }
        if let Some(problem) = &folder.problem {
            println!("  {}", problem_line(problem));
        }
        if let Some(held) = &folder.held {
            for line in held_lines(held) {
                println!("  {line}");
            }
        }
        if folder.settling > 0 {
            println!(
                "  {}",
                text_with("cli-sync-settling", &[("count", count(folder.settling))])
            );
        }
        if folder.skipped > 0 {
            println!(
                "  {}",
                text_with("cli-sync-skipped", &[("count", count(folder.skipped))])
            );
        }
        if folder.waiting > 0 {
            println!(
                "  {}",
                text_with("cli-sync-waiting", &[("count", count(folder.waiting))])
            );
        }
        for failure in &folder.failures {
            println!("  {}", failure_line("cli-failed", failure));
        }
        for skipped in &folder.not_synced {
            println!("  {}", failure_line("cli-not-synced", skipped));
        }
    }
}

/// The answer the flags `--delete-held`/`--restore-held` give, if any.
pub fn answer_of(delete: Option<String>, restore: Option<String>) -> Option<(HeldAnswer, String)> {
    match (delete, restore) {
        (Some(fingerprint), _) => Some((HeldAnswer::Delete, fingerprint)),
        (None, Some(fingerprint)) => Some((HeldAnswer::Restore, fingerprint)),
        (None, None) => None,
    }
}
