//! The commands that talk to the cloud: `login`, `logout`, `sync`, `status`, `pause`,
//! `resume`, `upload`, `download`, `trash`, `storage`, `devices`. Each is a thin call into
//! `skyfolio-core`.

use std::collections::HashMap;
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{Context, bail};
use clap::{Args, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use skyfolio_core::{App, AppOptions, Home, Selection};
use skyfolio_sync::transfer::{ProgressSink, TransferProgress};
use skyfolio_sync::{Options, PassReport};

/// How the commands open the home.
#[derive(Debug, Clone, Copy)]
pub struct Setup<'a> {
    pub home: Option<&'a Path>,
    pub use_keychain: bool,
}

pub fn with_app<T>(
    setup: Setup<'_>,
    work: impl AsyncFnOnce(&App) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    let home = Home::resolve(setup.home).context("no place for the library: pass --home DIR")?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("while starting the runtime")?;
    runtime.block_on(async {
        let options = AppOptions {
            use_keychain: setup.use_keychain,
            os_trash: true,
        };
        let app = App::open(&home, options).await?;
        let result = work(&app).await;
        app.close().await;
        result
    })
}

#[derive(Args)]
pub struct LoginArgs {
    /// The server's address: https://photos.example.org, or http://host:8420.
    #[arg(long)]
    server: String,
    #[arg(long)]
    email: String,
    /// Create the account first.
    #[arg(long)]
    register: bool,
    /// Read the password from the first line of standard input.
    #[arg(long)]
    password_stdin: bool,
    /// How this computer appears among the linked devices (its name unless given).
    #[arg(long)]
    device_name: Option<String>,
}

fn read_password(from_stdin: bool) -> anyhow::Result<String> {
    if from_stdin || !std::io::stdin().is_terminal() {
        if !from_stdin {
            bail!("give the password on standard input with --password-stdin");
        }
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .context("while reading the password")?;
        return Ok(line.trim_end_matches(['\r', '\n']).to_owned());
    }
    rpassword::prompt_password("Password: ").context("while reading the password")
}

pub fn login(setup: Setup<'_>, args: LoginArgs) -> anyhow::Result<ExitCode> {
    let password = read_password(args.password_stdin)?;
    with_app(setup, async |app| {
        let account = app
            .sign_in(skyfolio_core::SignIn {
                server: args.server,
                email: args.email,
                password,
                register: args.register,
                device_name: args.device_name,
            })
            .await?;
        println!(
            "signed in to {} as {} (this computer is \"{}\"; the token is kept in {})",
            account.server,
            account.email,
            account.device_name,
            match account.token_store {
                skyfolio_sync::TokenStore::Keychain => "the keychain",
                skyfolio_sync::TokenStore::File => "a private file",
            }
        );
        Ok(ExitCode::SUCCESS)
    })
}

pub fn logout(setup: Setup<'_>, delete_local_data: bool) -> anyhow::Result<ExitCode> {
    with_app(setup, async |app| {
        let report = app.sign_out(delete_local_data).await?;
        if !report.server_told {
            println!("the server could not be told; this computer has forgotten its token");
        }
        if delete_local_data {
            println!(
                "signed out; {} synced photos and videos moved to the trash",
                report.trashed_here
            );
        } else {
            println!("signed out; your photos stay on this computer");
        }
        Ok(ExitCode::SUCCESS)
    })
}

/// A progress bar over every transfer at once, in bytes.
fn progress_bar() -> (ProgressSink, ProgressBar) {
    let bar = if std::io::stderr().is_terminal() {
        ProgressBar::new(0)
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} {wide_bar} {bytes}/{total_bytes} {bytes_per_sec} {msg}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let seen: Arc<Mutex<HashMap<String, (u64, u64)>>> = Arc::default();
    let sink_bar = bar.clone();
    let sink: ProgressSink = Arc::new(move |p: TransferProgress| {
        let mut seen = seen.lock().unwrap_or_else(|e| e.into_inner());
        seen.insert(p.name.clone(), (p.done, p.size));
        let (done, total) = seen
            .values()
            .fold((0, 0), |(d, t), (done, size)| (d + done, t + size));
        sink_bar.set_length(total);
        sink_bar.set_position(done);
        sink_bar.set_message(p.name);
    });
    (sink, bar)
}

fn print_pass(report: &PassReport) {
    for folder in &report.folders {
        let mut parts = Vec::new();
        for (n, what) in [
            (folder.uploaded, "uploaded"),
            (folder.downloaded, "downloaded"),
            (folder.moved, "moved"),
            (folder.trashed_in_cloud, "sent to the cloud's trash"),
            (folder.trashed_here, "moved to the trash here"),
            (folder.conflicts, "kept both versions"),
        ] {
            if n > 0 {
                parts.push(format!("{n} {what}"));
            }
        }
        if parts.is_empty() && folder.problem.is_none() {
            parts.push("in step".to_owned());
        }
        println!("{}: {}", folder.folder.display(), parts.join(", "));
        if let Some(problem) = &folder.problem {
            println!("  not synced: {problem}");
        }
        if folder.held_deletions > 0 {
            println!(
                "  {} files would go to a trash: run again with --confirm-deletes to let them",
                folder.held_deletions
            );
        }
        for held in &folder.held {
            println!("  nothing deleted: {held}");
        }
        if folder.waiting > 0 {
            println!("  {} transfers wait to be tried again", folder.waiting);
        }
        for failure in &folder.failures {
            println!("  failed: {}: {}", failure.path, failure.message);
        }
        for skipped in &folder.not_synced {
            println!("  not synced: {}: {}", skipped.path, skipped.message);
        }
    }
}

/// Reads `2MB`, `500KB`, `1MiB`, `1000000` as bytes per second.
pub fn parse_rate(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let number: f64 = number
        .parse()
        .map_err(|_| format!("{text:?} is not a rate like 2MB"))?;
    let unit = unit.trim().trim_end_matches("/s").to_ascii_lowercase();
    let multiplier = match unit.as_str() {
        "" | "b" => 1.0,
        "kb" | "k" => 1e3,
        "mb" | "m" => 1e6,
        "gb" | "g" => 1e9,
        "kib" => 1024.0,
        "mib" => 1024.0 * 1024.0,
        "gib" => 1024.0 * 1024.0 * 1024.0,
        _ => return Err(format!("{text:?} is not a rate like 2MB")),
    };
    let rate = number * multiplier;
    if rate >= 1.0 && rate.is_finite() {
        Ok(rate as u64)
    } else {
        Err(format!("{text:?} is not a rate like 2MB"))
    }
}

pub struct SyncArgs {
    pub watch: bool,
    pub confirm_deletes: bool,
    pub every: Duration,
    pub upload_limit: Option<u64>,
    pub download_limit: Option<u64>,
}

pub fn sync(setup: Setup<'_>, args: SyncArgs) -> anyhow::Result<ExitCode> {
    let SyncArgs {
        watch,
        confirm_deletes,
        every,
        upload_limit,
        download_limit,
    } = args;
    with_app(setup, async |app| {
        let (sink, bar) = progress_bar();
        // The preferences of Settings, with what the command line says on top.
        let preferred = app.sync_options().await?;
        let options = Options {
            confirm_deletes,
            progress: Some(sink),
            upload_limit: upload_limit.or(preferred.upload_limit),
            download_limit: download_limit.or(preferred.download_limit),
            ..preferred
        };
        let engine = app.engine(options).await?;
        if !watch {
            let report = engine.sync_once(10).await?;
            bar.finish_and_clear();
            print_pass(&report);
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
            .watch(every, shutdown, move |report| match report {
                Ok(report) if report.done() > 0 || !report.in_step() => {
                    bar_for_pass.suspend(|| print_pass(report));
                }
                Ok(_) => {}
                Err(error) => bar_for_pass.suspend(|| {
                    eprintln!("skyfolio: {}", skyfolio_sync::error_message(error));
                }),
            })
            .await?;
        bar.finish_and_clear();
        Ok(ExitCode::SUCCESS)
    })
}

fn time(ms: Option<i64>) -> String {
    ms.and_then(|ms| jiff::Timestamp::from_millisecond(ms).ok())
        .map_or_else(|| "never".to_owned(), |t| t.to_string())
}

pub fn status(setup: Setup<'_>, json: bool) -> anyhow::Result<ExitCode> {
    with_app(setup, async |app| {
        let status = app.status().await?;
        let mut out = std::io::stdout().lock();
        if json {
            serde_json::to_writer(&mut out, &status)?;
            writeln!(out)?;
            return Ok(ExitCode::SUCCESS);
        }
        match &status.signed_in {
            Some(account) => writeln!(
                out,
                "signed in to {} as {} (\"{}\")",
                account.server, account.email, account.device_name
            )?,
            None => writeln!(out, "not signed in")?,
        }
        if status.paused {
            writeln!(out, "sync is paused (skyfolio resume)")?;
        }
        writeln!(
            out,
            "waiting: {} uploads, {} downloads, {} other; failed: {}; last in step: {}",
            status.pending.uploads,
            status.pending.downloads,
            status.pending.other,
            status.failed.len(),
            time(status.last_success_at)
        )?;
        for failed in &status.failed {
            writeln!(
                out,
                "  {} {}: {} (tried {} times)",
                failed.direction, failed.path, failed.message, failed.attempts
            )?;
        }
        for folder in &status.folders {
            let album = if folder.album.is_empty() {
                "the whole cloud".to_owned()
            } else {
                format!("the album {:?}", folder.album)
            };
            writeln!(out, "{} ({}, {album})", folder.path, folder.mode)?;
            if let Some(problem) = &folder.problem {
                writeln!(out, "  not synced: {problem}")?;
            }
        }
        Ok(ExitCode::SUCCESS)
    })
}

pub fn pause(setup: Setup<'_>, paused: bool) -> anyhow::Result<ExitCode> {
    with_app(setup, async |app| {
        app.set_paused(paused).await?;
        println!(
            "{}",
            if paused {
                "sync paused"
            } else {
                "sync resumed"
            }
        );
        Ok(ExitCode::SUCCESS)
    })
}

pub fn upload(
    setup: Setup<'_>,
    paths: &[PathBuf],
    album: Option<&str>,
) -> anyhow::Result<ExitCode> {
    with_app(setup, async |app| {
        let (sink, bar) = progress_bar();
        let report = app.upload_paths(paths, album, sink).await?;
        bar.finish_and_clear();
        for (path, cloud) in &report.uploaded {
            println!("{} -> {cloud}", path.display());
        }
        for failure in &report.failed {
            eprintln!("failed: {}: {}", failure.path, failure.message);
        }
        println!(
            "{} uploaded, {} already in the cloud, {} not photos or videos, {} failed",
            report.uploaded.len(),
            report.already_there,
            report.skipped.len(),
            report.failed.len()
        );
        Ok(if report.failed.is_empty() {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        })
    })
}

pub fn download(setup: Setup<'_>, selection: Selection, to: &Path) -> anyhow::Result<ExitCode> {
    with_app(setup, async |app| {
        let (sink, bar) = progress_bar();
        let report = app.download(&selection, to, sink).await?;
        bar.finish_and_clear();
        for path in &report.downloaded {
            println!("{}", path.display());
        }
        for failure in &report.failed {
            eprintln!("failed: {}: {}", failure.path, failure.message);
        }
        println!(
            "{} downloaded, {} already there, {} failed",
            report.downloaded.len(),
            report.already_there,
            report.failed.len()
        );
        Ok(if report.failed.is_empty() {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        })
    })
}

#[derive(Subcommand)]
pub enum TrashCommand {
    /// What is in the cloud's recycle bin, and for how long.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Bring an item back.
    Restore { id: String },
    /// Delete everything in the recycle bin for good.
    Empty,
}

pub fn trash(setup: Setup<'_>, command: TrashCommand) -> anyhow::Result<ExitCode> {
    with_app(setup, async |app| {
        let mut out = std::io::stdout().lock();
        match command {
            TrashCommand::List { json } => {
                for item in app.trash().await? {
                    if json {
                        serde_json::to_writer(&mut out, &item)?;
                        writeln!(out)?;
                    } else {
                        writeln!(
                            out,
                            "{}  {}  deleted {}",
                            item.id,
                            item.path,
                            time(item.trashed_at)
                        )?;
                    }
                }
            }
            TrashCommand::Restore { id } => {
                let item = app.restore(&id).await?;
                writeln!(out, "restored {}", item.path)?;
            }
            TrashCommand::Empty => {
                app.empty_trash().await?;
                writeln!(out, "the recycle bin is empty")?;
            }
        }
        Ok(ExitCode::SUCCESS)
    })
}

fn size(bytes: u64) -> String {
    indicatif::HumanBytes(bytes).to_string()
}

pub fn storage(setup: Setup<'_>, json: bool) -> anyhow::Result<ExitCode> {
    with_app(setup, async |app| {
        let usage = app.storage().await?;
        if json {
            println!("{}", serde_json::to_string(&usage)?);
        } else {
            println!(
                "{} of {} used: photos {}, videos {}, other {}, trash {}",
                size(usage.used),
                size(usage.quota),
                size(usage.photos),
                size(usage.videos),
                size(usage.other),
                size(usage.trash)
            );
        }
        Ok(ExitCode::SUCCESS)
    })
}

#[derive(Subcommand)]
pub enum DevicesCommand {
    /// The devices linked to the account.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Unlink a device: it stops syncing at once.
    Unlink { id: String },
}

pub fn devices(setup: Setup<'_>, command: DevicesCommand) -> anyhow::Result<ExitCode> {
    with_app(setup, async |app| {
        let mut out = std::io::stdout().lock();
        match command {
            DevicesCommand::List { json } => {
                for device in app.devices().await? {
                    if json {
                        serde_json::to_writer(&mut out, &device)?;
                        writeln!(out)?;
                    } else {
                        writeln!(
                            out,
                            "{}  {} ({}){}  last seen {}, last sync {}",
                            device.id,
                            device.name,
                            device.platform,
                            if device.current {
                                ", this computer"
                            } else {
                                ""
                            },
                            time(Some(device.last_seen_at)),
                            time(device.last_sync_at)
                        )?;
                    }
                }
            }
            DevicesCommand::Unlink { id } => {
                app.unlink_device(&id).await?;
                writeln!(out, "unlinked {id}")?;
            }
        }
        Ok(ExitCode::SUCCESS)
    })
}
