//! The commands that talk to the cloud: `login`, `logout`, `sync`, `status`, `pause`,
//! `resume`, `upload`, `download`, `trash`, `storage`, `devices`. Each is a thin call into
//! `skyfolio-core`.

use std::collections::HashMap;
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

use anyhow::{Context, bail};
use clap::{Args, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use skyfolio_core::Failure;
use skyfolio_core::{App, AppOptions, Home, Selection};
use skyfolio_core::{ProgressSink, TransferProgress};
use skyfolio_i18n::FluentValue;

use crate::error::reason_beside;
use crate::language::{count, moment, size, text, text_with};

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
    let home = Home::resolve(setup.home).with_context(|| text("cli-no-home"))?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .with_context(|| text("cli-no-runtime"))?;
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
    /// With --register: the invite code the server's administrator gave (a server takes new
    /// accounts only with one unless its registration is open).
    #[arg(long, requires = "register")]
    invite: Option<String>,
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
            bail!(text("cli-login-password-stdin"));
        }
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .with_context(|| text("cli-login-password-unread"))?;
        return Ok(line.trim_end_matches(['\r', '\n']).to_owned());
    }
    rpassword::prompt_password(format!("{} ", text("cli-login-password")))
        .with_context(|| text("cli-login-password-unread"))
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
                invite: args.invite,
                device_name: args.device_name,
            })
            .await?;
        let store = match account.token_store {
            skyfolio_core::TokenStore::Keychain => "keychain",
            skyfolio_core::TokenStore::File => "file",
        };
        println!(
            "{}",
            text_with(
                "cli-login-done",
                &[
                    ("server", FluentValue::from(account.server)),
                    ("email", FluentValue::from(account.email)),
                    ("device", FluentValue::from(account.device_name)),
                    ("store", FluentValue::from(store)),
                ]
            )
        );
        Ok(ExitCode::SUCCESS)
    })
}

pub fn logout(setup: Setup<'_>, delete_local_data: bool) -> anyhow::Result<ExitCode> {
    with_app(setup, async |app| {
        let report = app.sign_out(delete_local_data).await?;
        if !report.server_told {
            println!("{}", text("cli-logout-server-not-told"));
        }
        if delete_local_data {
            println!(
                "{}",
                text_with(
                    "cli-logout-trashed",
                    &[("count", count(report.trashed_here))]
                )
            );
        } else {
            println!("{}", text("cli-logout-kept"));
        }
        Ok(ExitCode::SUCCESS)
    })
}

/// A progress bar over every transfer at once, in bytes.
pub fn progress_bar() -> (ProgressSink, ProgressBar) {
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

/// `failed: <file>: <why>`, or another message of the same shape (`cli-not-synced`).
pub fn failure_line(id: &str, failure: &Failure) -> String {
    text_with(
        id,
        &[
            ("path", FluentValue::from(failure.path.as_str())),
            (
                "reason",
                FluentValue::from(reason_beside(
                    &failure.path,
                    &failure.code,
                    &failure.message,
                )),
            ),
        ],
    )
}

/// Why a folder was not synced at all.
pub fn problem_line(problem: &str) -> String {
    text_with(
        "cli-sync-folder-problem",
        &[("problem", FluentValue::from(problem))],
    )
}

/// `<folder> (<mode>, <the whole cloud | the album "X">)`: a folder and what it syncs with.
pub fn folder_line(path: &str, mode: &str, album: &str) -> String {
    let with = if album.is_empty() {
        text("cli-whole-cloud")
    } else {
        text_with("cli-album", &[("album", FluentValue::from(album))])
    };
    text_with(
        "cli-folder",
        &[
            ("path", FluentValue::from(path)),
            ("mode", FluentValue::from(mode)),
            ("album", FluentValue::from(with)),
        ],
    )
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
                "{}",
                text_with(
                    "cli-status-signed-in",
                    &[
                        ("server", FluentValue::from(account.server.as_str())),
                        ("email", FluentValue::from(account.email.as_str())),
                        ("device", FluentValue::from(account.device_name.as_str())),
                    ]
                )
            )?,
            None => writeln!(out, "{}", text("cli-status-signed-out"))?,
        }
        if status.paused {
            writeln!(out, "{}", text("cli-status-paused"))?;
        }
        writeln!(
            out,
            "{}",
            text_with(
                "cli-status-summary",
                &[
                    (
                        "uploads",
                        count(status.pending.uploads + status.pending.settling)
                    ),
                    ("downloads", count(status.pending.downloads)),
                    ("other", count(status.pending.other)),
                    ("failed", count(status.failed.len())),
                    ("time", FluentValue::from(moment(status.last_success_at))),
                ]
            )
        )?;
        for failed in &status.failed {
            let reason = reason_beside(&failed.path, &failed.code, &failed.message);
            writeln!(
                out,
                "  {}",
                text_with(
                    "cli-status-failed",
                    &[
                        ("direction", FluentValue::from(failed.direction)),
                        ("path", FluentValue::from(failed.path.as_str())),
                        ("reason", FluentValue::from(reason)),
                        ("attempts", FluentValue::from(failed.attempts)),
                    ]
                )
            )?;
        }
        for folder in &status.folders {
            writeln!(
                out,
                "{}",
                folder_line(&folder.path, &folder.mode, &folder.album)
            )?;
            if let Some(problem) = &folder.problem {
                writeln!(out, "  {}", problem_line(problem))?;
            }
            if let Some(held) = &folder.held {
                for line in crate::sync::held_lines(held) {
                    writeln!(out, "  {line}")?;
                }
            }
            if folder.settling > 0 {
                writeln!(
                    out,
                    "  {}",
                    text_with("cli-sync-settling", &[("count", count(folder.settling))])
                )?;
            }
            for skipped in &folder.not_synced {
                writeln!(out, "  {}", failure_line("cli-not-synced", skipped))?;
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
            text(if paused { "cli-paused" } else { "cli-resumed" })
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
            eprintln!("{}", failure_line("cli-failed", failure));
        }
        println!(
            "{}",
            text_with(
                "cli-upload-summary",
                &[
                    ("uploaded", count(report.uploaded.len())),
                    ("already", count(report.already_there)),
                    ("skipped", count(report.skipped.len())),
                    ("failed", count(report.failed.len())),
                ]
            )
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
            eprintln!("{}", failure_line("cli-failed", failure));
        }
        println!(
            "{}",
            text_with(
                "cli-download-summary",
                &[
                    ("downloaded", count(report.downloaded.len())),
                    ("already", count(report.already_there)),
                    ("failed", count(report.failed.len())),
                ]
            )
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
    Restore { id: skyfolio_core::MediaId },
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
                            "{}",
                            text_with(
                                "cli-trash-item",
                                &[
                                    ("id", FluentValue::from(item.id.as_str())),
                                    ("path", FluentValue::from(item.path.as_str())),
                                    ("time", FluentValue::from(moment(item.trashed_at))),
                                ]
                            )
                        )?;
                    }
                }
            }
            TrashCommand::Restore { id } => {
                let item = app.restore(&id).await?;
                writeln!(
                    out,
                    "{}",
                    text_with(
                        "cli-trash-restored",
                        &[("path", FluentValue::from(item.path.as_str()))]
                    )
                )?;
            }
            TrashCommand::Empty => {
                app.empty_trash().await?;
                writeln!(out, "{}", text("cli-trash-emptied"))?;
            }
        }
        Ok(ExitCode::SUCCESS)
    })
}

pub fn storage(setup: Setup<'_>, json: bool) -> anyhow::Result<ExitCode> {
    with_app(setup, async |app| {
        let usage = app.storage().await?;
        if json {
            println!("{}", serde_json::to_string(&usage)?);
        } else {
            println!(
                "{}",
                text_with(
                    "cli-storage",
                    &[
                        ("used", FluentValue::from(size(usage.used))),
                        ("quota", FluentValue::from(size(usage.quota))),
                        ("photos", FluentValue::from(size(usage.photos))),
                        ("videos", FluentValue::from(size(usage.videos))),
                        ("other", FluentValue::from(size(usage.other))),
                        ("trash", FluentValue::from(size(usage.trash))),
                    ]
                )
            );
        }
        Ok(ExitCode::SUCCESS)
    })
}

/// "Linux", "Windows", "macOS": a platform as the app names it.
fn platform(name: &str) -> String {
    text_with("devices-platform", &[("platform", FluentValue::from(name))])
}

#[derive(Subcommand)]
pub enum DevicesCommand {
    /// The devices linked to the account.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Unlink a device: it stops syncing at once.
    Unlink { id: skyfolio_core::DeviceId },
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
                        let id = if device.current {
                            "cli-device-this"
                        } else {
                            "cli-device"
                        };
                        writeln!(
                            out,
                            "{}",
                            text_with(
                                id,
                                &[
                                    ("id", FluentValue::from(device.id.as_str())),
                                    ("name", FluentValue::from(device.name.as_str())),
                                    ("platform", FluentValue::from(platform(&device.platform))),
                                    ("seen", FluentValue::from(moment(Some(device.last_seen_at)))),
                                    ("synced", FluentValue::from(moment(device.last_sync_at))),
                                ]
                            )
                        )?;
                    }
                }
            }
            DevicesCommand::Unlink { id } => {
                app.unlink_device(&id).await?;
                writeln!(
                    out,
                    "{}",
                    text_with(
                        "cli-device-unlinked",
                        &[("id", FluentValue::from(id.as_str()))]
                    )
                )?;
            }
        }
        Ok(ExitCode::SUCCESS)
    })
}
