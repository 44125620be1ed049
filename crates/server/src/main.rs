//! `skyfolio-server`: serve, administer accounts, make thumbnails.

use std::io::BufRead;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use clap::{Args, Parser, Subcommand};
use serde::Deserialize;
use skyfolio_server::config::{self, Config, format_size, parse_size};
use skyfolio_server::{Server, admin::Admin};

#[derive(Parser)]
#[command(
    name = "skyfolio-server",
    version,
    about = "The cloud Skyfolio syncs photos and videos to"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the API (flags beat SKYFOLIO_SERVER_* variables, which beat the TOML file).
    Serve(ServeArgs),
    /// Administer accounts on a data folder.
    User {
        #[command(flatten)]
        data: DataArg,
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Make thumbnails for the files that wait for them, beside serving processes started with
    /// `--thumbnail-workers`, until interrupted.
    Worker {
        #[command(flatten)]
        data: DataArg,
    },
}

#[derive(Args)]
struct DataArg {
    /// The data folder: database and stored files.
    #[arg(long, global = true, env = "SKYFOLIO_SERVER_DATA")]
    data: Option<PathBuf>,
    /// The database several processes share: `postgres://user:password@host/db` (the data
    /// folder's SQLite file unless set).
    #[arg(long, global = true, env = "SKYFOLIO_SERVER_DATABASE")]
    database: Option<String>,
    /// The object store several processes share:
    /// `s3://bucket[/prefix]?endpoint=https://…&region=…`, with the keys in
    /// AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (the data folder's `files/` unless set).
    #[arg(long, global = true, env = "SKYFOLIO_SERVER_STORAGE")]
    storage: Option<String>,
    /// A TOML file with the same settings as the flags (`data = "..."`, `listen = "..."`).
    #[arg(long, global = true, env = "SKYFOLIO_SERVER_CONFIG")]
    config: Option<PathBuf>,
}

#[derive(Args)]
struct ServeArgs {
    #[command(flatten)]
    data: DataArg,
    /// Address to listen on (127.0.0.1:8420 unless set).
    #[arg(long, env = "SKYFOLIO_SERVER_LISTEN")]
    listen: Option<SocketAddr>,
    /// Let anyone create an account. Without it, the first account can be created and after
    /// it only people invited (`user invite`) or added (`user add`) by the administrator.
    #[arg(long, env = "SKYFOLIO_SERVER_OPEN_REGISTRATION")]
    open_registration: bool,
    /// A reverse proxy (an address, or a range like 10.0.0.0/8) whose word on the client's
    /// address is taken; repeat for several. Requests from anywhere else are their peer's.
    #[arg(long = "trusted-proxy", value_name = "ADDRESS_OR_RANGE", env = "SKYFOLIO_SERVER_TRUSTED_PROXY",
          value_delimiter = ',', value_parser = config::parse_proxy)]
    trusted_proxies: Vec<ipnet::IpNet>,
    /// The header trusted proxies name the client in: x-forwarded-for (unless set) or
    /// forwarded (RFC 7239). Only the header the proxy itself writes may be read.
    #[arg(long, env = "SKYFOLIO_SERVER_PROXY_HEADER")]
    proxy_header: Option<config::ProxyHeader>,
    /// Serve /metrics on the API's address to requests with `Authorization: Bearer <token>`
    /// (without it or --metrics-listen, /metrics is not served).
    #[arg(long, env = "SKYFOLIO_SERVER_METRICS_TOKEN")]
    metrics_token: Option<String>,
    /// Serve /metrics on an address of its own, for the operator's network only.
    #[arg(long, env = "SKYFOLIO_SERVER_METRICS_LISTEN")]
    metrics_listen: Option<SocketAddr>,
    /// Quota of new accounts (`5GiB` unless set).
    #[arg(long, env = "SKYFOLIO_SERVER_DEFAULT_QUOTA")]
    default_quota: Option<String>,
    /// Days an item stays in the trash before it is purged (30 unless set).
    #[arg(long, env = "SKYFOLIO_SERVER_TRASH_DAYS")]
    trash_days: Option<u64>,
    /// Hours an upload may go without a byte before it is dropped (24 unless set).
    #[arg(long, env = "SKYFOLIO_SERVER_UPLOAD_EXPIRY_HOURS")]
    upload_expiry_hours: Option<u64>,
    /// Free space kept on the data folder's disk: uploads that would leave less are refused
    /// with storage-full (`1GiB` unless set).
    #[arg(long, env = "SKYFOLIO_SERVER_MIN_FREE_SPACE")]
    min_free_space: Option<String>,
    /// Leave thumbnails to `skyfolio-server worker` processes instead of making them here.
    #[arg(long, env = "SKYFOLIO_SERVER_THUMBNAIL_WORKERS")]
    thumbnail_workers: bool,
    /// Serve the web app from this folder (a `ui/dist` built apart) instead of the one built
    /// into the server.
    #[arg(long, value_name = "DIR", env = "SKYFOLIO_SERVER_WEB_APP")]
    web_app: Option<PathBuf>,
}

#[derive(Subcommand)]
enum UserCommand {
    /// Add an account; the password is read from standard input (one line).
    Add {
        email: String,
        /// Make the account an administrator (the first account always is).
        #[arg(long)]
        admin: bool,
        /// Its quota (the default quota unless set).
        #[arg(long)]
        quota: Option<String>,
    },
    /// Make an invite: prints a code that creates one account, even with registration closed.
    Invite {
        /// Days the invite stays valid.
        #[arg(long, default_value_t = 7)]
        days: u64,
        /// The quota of the account it creates (the default quota unless set).
        #[arg(long)]
        quota: Option<String>,
        /// The server's address as people reach it, to say in the instructions printed.
        #[arg(long)]
        server: Option<String>,
    },
    /// List the accounts with what they use.
    List,
    /// Set an account's quota: `user quota anna@example.org 20GiB`.
    Quota { email: String, size: String },
    /// Disable an account and log out all its devices.
    Disable { email: String },
    /// Enable a disabled account again.
    Enable { email: String },
}

/// The TOML file: every setting optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    data: Option<PathBuf>,
    database: Option<String>,
    storage: Option<String>,
    listen: Option<SocketAddr>,
    #[serde(alias = "registration")]
    open_registration: Option<bool>,
    trusted_proxies: Option<Vec<String>>,
    proxy_header: Option<String>,
    metrics_token: Option<String>,
    metrics_listen: Option<SocketAddr>,
    default_quota: Option<String>,
    trash_days: Option<u64>,
    upload_expiry_hours: Option<u64>,
    min_free_space: Option<String>,
    web_app: Option<PathBuf>,
}

fn read_file_config(path: Option<&Path>) -> anyhow::Result<FileConfig> {
    let Some(path) = path else {
        return Ok(FileConfig::default());
    };
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("while reading the configuration {}", path.display()))?;
    toml::from_str(&text)
        .with_context(|| format!("while reading the configuration {}", path.display()))
}

fn data_dir(arg: Option<PathBuf>, file: &FileConfig) -> anyhow::Result<PathBuf> {
    match arg.or_else(|| file.data.clone()) {
        Some(dir) => Ok(dir),
        None => bail!(
            "say where the data lives: --data DIR, SKYFOLIO_SERVER_DATA or `data` in the configuration file"
        ),
    }
}

fn size_setting(text: Option<String>, default: u64) -> anyhow::Result<u64> {
    match text {
        None => Ok(default),
        Some(text) => {
            parse_size(&text).with_context(|| format!("{text:?} is not a size like 5GiB"))
        }
    }
}

fn main() -> anyhow::Result<()> {
    skyfolio_server::limit_malloc_arenas();
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("while starting the runtime")?
        .block_on(run())
}

async fn run() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("SKYFOLIO_SERVER_LOG")
                .unwrap_or_else(|_| "info".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    match Cli::parse().command {
        Command::Serve(args) => serve(args).await,
        Command::User { data, command } => user(data, command).await,
        Command::Worker { data } => worker(data).await,
    }
}

async fn serve(args: ServeArgs) -> anyhow::Result<()> {
    let file = read_file_config(args.data.config.as_deref())?;
    let mut config = Config::new(data_dir(args.data.data, &file)?);
    config.database = args.data.database.or(file.database);
    config.storage = args.data.storage.or(file.storage);
    config.open_registration = args.open_registration || file.open_registration == Some(true);
    config.trusted_proxies = if args.trusted_proxies.is_empty() {
        file.trusted_proxies
            .iter()
            .flatten()
            .map(|text| config::parse_proxy(text).map_err(anyhow::Error::msg))
            .collect::<anyhow::Result<_>>()
            .context("while reading trusted_proxies in the configuration")?
    } else {
        args.trusted_proxies
    };
    config.proxy_header = match (args.proxy_header, file.proxy_header) {
        (Some(header), _) => header,
        (None, Some(text)) => text.parse().map_err(anyhow::Error::msg)?,
        (None, None) => config::ProxyHeader::default(),
    };
    config.metrics_token = args
        .metrics_token
        .or(file.metrics_token)
        .filter(|token| !token.is_empty());
    let metrics_listen = args.metrics_listen.or(file.metrics_listen);
    config.default_quota = size_setting(
        args.default_quota.or(file.default_quota),
        config::DEFAULT_QUOTA,
    )?;
    config.min_free_space = size_setting(
        args.min_free_space.or(file.min_free_space),
        config::DEFAULT_MIN_FREE_SPACE,
    )?;
    if let Some(days) = args.trash_days.or(file.trash_days) {
        config.trash_retention = std::time::Duration::from_secs(days * 24 * 3600);
    }
    if let Some(hours) = args.upload_expiry_hours.or(file.upload_expiry_hours) {
        config.upload_expiry = std::time::Duration::from_secs(hours * 3600);
    }
    config.web_app = args.web_app.or(file.web_app);
    config.thumbnail_workers = args.thumbnail_workers;
    #[cfg(feature = "crash-points")]
    {
        config.crash_at = std::env::var("SKYFOLIO_SERVER_CRASH_AT").ok();
    }
    let listen = args
        .listen
        .or(file.listen)
        .unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 8420)));
    let data = config.data_dir.clone();
    let server = Server::open(config)
        .await
        .with_context(|| format!("while opening {}", data.display()))?;
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .with_context(|| format!("while listening on {listen}"))?;
    let address = listener.local_addr()?;
    // The first line on standard output is the address, for scripts and tests that ask for
    // port 0.
    println!("listening on http://{address}");
    tracing::info!("serving {} on http://{address}", data.display());
    let Some(metrics_listen) = metrics_listen else {
        return server.serve(listener).await.context("while serving");
    };
    let metrics_listener = tokio::net::TcpListener::bind(metrics_listen)
        .await
        .with_context(|| format!("while listening for metrics on {metrics_listen}"))?;
    tracing::info!(
        "metrics on http://{}/metrics",
        metrics_listener.local_addr()?
    );
    tokio::select! {
        served = server.serve(listener) => served.context("while serving"),
        served = server.serve_metrics(metrics_listener) => served.context("while serving the metrics"),
    }
}

async fn worker(data: DataArg) -> anyhow::Result<()> {
    let file = read_file_config(data.config.as_deref())?;
    let mut config = Config::new(data_dir(data.data, &file)?);
    config.database = data.database.or(file.database);
    config.storage = data.storage.or(file.storage);
    let dir = config.data_dir.clone();
    // The first line on standard output says it runs, for scripts and tests.
    println!("making thumbnails for {}", dir.display());
    let stop = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    Server::work(config, stop)
        .await
        .with_context(|| format!("while working on {}", dir.display()))
}

async fn user(data: DataArg, command: UserCommand) -> anyhow::Result<()> {
    let file = read_file_config(data.config.as_deref())?;
    let dir = data_dir(data.data, &file)?;
    let database = data.database.or(file.database);
    let admin = Admin::open_database(&dir, database.as_deref())
        .await
        .with_context(|| format!("while opening {}", dir.display()))?;
    match command {
        UserCommand::Add {
            email,
            admin: is_admin,
            quota,
        } => {
            let quota = size_setting(quota.or(file.default_quota), config::DEFAULT_QUOTA)?;
            let mut password = String::new();
            std::io::stdin()
                .lock()
                .read_line(&mut password)
                .context("while reading the password from standard input")?;
            let password = password.trim_end_matches(['\r', '\n']);
            let user = admin.add_user(&email, password, is_admin, quota).await?;
            println!(
                "added {}{} with {}",
                user.email,
                if user.admin { " (administrator)" } else { "" },
                format_size(user.quota)
            );
        }
        UserCommand::Invite {
            days,
            quota,
            server,
        } => {
            let quota = quota
                .map(|text| {
                    parse_size(&text).with_context(|| format!("{text:?} is not a size like 20GiB"))
                })
                .transpose()?;
            let valid_for = std::time::Duration::from_secs(days.saturating_mul(24 * 3600));
            let (code, expires_at) = admin.invite(valid_for, quota).await?;
            let until = jiff::Timestamp::from_millisecond(expires_at)
                .map(|t| t.strftime("%Y-%m-%d %H:%M UTC").to_string())
                .unwrap_or_else(|_| format!("{days} days from now"));
            let server = server.as_deref().unwrap_or("<this server's address>");
            println!("invite code: {code}");
            println!("It creates one account, until {until}.");
            println!(
                "In Skyfolio: sign in to {server}, tick \"Create an account\" and enter the code."
            );
            println!(
                "On the command line: skyfolio login --server {server} --email EMAIL --register --invite {code}"
            );
        }
        UserCommand::List => {
            for (user, usage) in admin.list_users().await? {
                println!(
                    "{}\t{}{}\t{} of {}\tphotos {}\tvideos {}\ttrash {}",
                    user.email,
                    if user.admin { "admin" } else { "user" },
                    if user.disabled { ", disabled" } else { "" },
                    format_size(usage.stored()),
                    format_size(user.quota),
                    format_size(usage.photos),
                    format_size(usage.videos),
                    format_size(usage.trash),
                );
            }
        }
        UserCommand::Quota { email, size } => {
            let quota =
                parse_size(&size).with_context(|| format!("{size:?} is not a size like 20GiB"))?;
            admin.set_quota(&email, quota).await?;
            println!("{email}: quota {}", format_size(quota));
        }
        UserCommand::Disable { email } => {
            admin.set_disabled(&email, true).await?;
            println!("{email}: disabled, every device logged out");
        }
        UserCommand::Enable { email } => {
            admin.set_disabled(&email, false).await?;
            println!("{email}: enabled");
        }
    }
    admin.close().await;
    Ok(())
}
