//! `skyfolio`: Skyfolio without a window.
//!
//! A thin shell: each subcommand parses its arguments, calls `skyfolio-core` (and `media` for
//! the stateless `info` and `thumbs`) and
//! prints the result for a person, in their language (`language`), or, with `--json`, one JSON
//! object per line for a program. The benchmarks are a binary of their own (`crates/bench`).

mod cloud;
mod device;
mod error;
mod info;
mod language;
mod library;
mod sync;
mod takeout;
mod thumbs;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "skyfolio",
    version,
    about = "Your photos, on your PCs and in a cloud you own"
)]
struct Cli {
    /// Keep the library database and caches in this folder instead of the OS's folders.
    #[arg(long, global = true, env = "SKYFOLIO_HOME", value_name = "DIR")]
    home: Option<PathBuf>,
    /// Keep the device token in a private file under the home, never in the OS keychain.
    /// (`SKYFOLIO_NO_KEYCHAIN=1` sets it, as for the desktop app; 0/no/false do not.)
    #[arg(long, global = true, env = "SKYFOLIO_NO_KEYCHAIN",
          value_parser = clap::builder::BoolishValueParser::new())]
    no_keychain: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Tell what photo and video files are: type, size as displayed, capture time, camera, hash.
    Info {
        /// Files, or folders to look through.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// One JSON object per line per file.
        #[arg(long)]
        json: bool,
    },
    /// Make thumbnails named `<hash>-<size>.jpg` for every photo and video found.
    Thumbs {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Folder to write the thumbnails into.
        #[arg(long)]
        out: PathBuf,
        /// Longest side in pixels: 256 (grid) or 1440 (viewer).
        #[arg(long, default_value_t = 256)]
        size: u32,
    },
    /// The folders this computer keeps photos in.
    Folder {
        #[command(subcommand)]
        what: library::FolderCommand,
    },
    /// Bring the library up to date with its folders on disk.
    Scan {
        /// Then keep following changes until interrupted (Ctrl-C).
        #[arg(long)]
        watch: bool,
        /// While watching, also rescan everything this often, in seconds (file-system events
        /// can be lost).
        #[arg(
            long,
            default_value_t = 600,
            value_name = "SECONDS",
            requires = "watch"
        )]
        rescan_every: u64,
    },
    /// Copy (or move) photos and videos into a library folder, organised as YYYY/MM/.
    Import {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The library folder to put them in.
        #[arg(long)]
        to: PathBuf,
        /// Remove each original once its copy is in place and checked.
        #[arg(long = "move")]
        move_files: bool,
    },
    /// The thumbnail cache.
    Cache {
        #[command(subcommand)]
        what: library::CacheCommand,
    },
    /// What the library holds.
    Library {
        #[command(subcommand)]
        what: library::LibraryCommand,
    },
    /// Sign this computer in to a Skyfolio server.
    Login(cloud::LoginArgs),
    /// Sign this computer out; the photos stay unless --delete-local-data.
    Logout {
        /// Also move every photo and video that is safely in the cloud to the trash here.
        #[arg(long)]
        delete_local_data: bool,
    },
    /// Bring the folders and the cloud in step.
    Sync {
        /// One pass (the default), after files still being written have rested; exits 0 only
        /// when everything is in step.
        #[arg(long, conflicts_with = "watch")]
        once: bool,
        /// Keep syncing as either side changes, until interrupted (Ctrl-C).
        #[arg(long)]
        watch: bool,
        /// Carry out the deletions waiting for an answer that `sync` showed with this
        /// fingerprint (and only those).
        #[arg(long, value_name = "FINGERPRINT", conflicts_with = "restore_held")]
        delete_held: Option<String>,
        /// Bring back, from the other side, the files whose deletion `sync` showed waiting with
        /// this fingerprint.
        #[arg(long, value_name = "FINGERPRINT")]
        restore_held: Option<String>,
        /// The longest one pass waits for files still being written before it sends them.
        #[arg(long, default_value_t = 120, value_name = "SECONDS")]
        wait_for_writes: u64,
        /// While watching, also sync this often regardless of changes, in seconds.
        #[arg(long, default_value_t = 300, value_name = "SECONDS")]
        every: u64,
        /// At most this many bytes per second for all uploads together (`2MB`, `500KB`).
        #[arg(long, value_parser = cloud::parse_rate)]
        upload_limit: Option<u64>,
        /// At most this many bytes per second for all downloads together.
        #[arg(long, value_parser = cloud::parse_rate)]
        download_limit: Option<u64>,
    },
    /// What waits, what failed and why, and when everything was last in step.
    Status {
        #[arg(long)]
        json: bool,
    },
    /// Pause sync (a running `sync --watch` pauses within a second).
    Pause,
    /// Resume sync.
    Resume,
    /// Send photos and videos to an album in the cloud.
    Upload {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The album (files: "Uploads", folders: the folder's name, unless given).
        #[arg(long)]
        album: Option<String>,
    },
    /// Import a Google Takeout of Google Photos (its zip parts in any order, or extracted
    /// folders) into the cloud: albums kept, each photo once, Google's dates for photos that
    /// have none, and a report of what became of every file. The Takeout is only read.
    ImportTakeout(takeout::ImportTakeoutArgs),
    /// Back up a phone or camera card (a folder holding DCIM) into the cloud: only what the
    /// cloud and this computer do not hold, into albums named after the source folders
    /// (Camera, Screenshots, WhatsApp...). The phone or card is only read.
    ImportDevice(device::ImportDeviceArgs),
    /// Free up space on a phone or camera card: list the files whose content the cloud
    /// confirms it holds, and with --yes remove exactly those.
    FreeDevice(device::FreeDeviceArgs),
    /// Free up space on this computer: in a backup (upload-only) folder, list the files whose
    /// content the cloud confirms it holds (--older-than, --larger-than narrow it), and with
    /// --yes move exactly those to the trash. They stay in the cloud and in the timeline.
    FreeSpace(device::FreeSpaceArgs),
    /// Fetch originals from the cloud into a folder.
    Download {
        /// Every item in the cloud.
        #[arg(long, conflicts_with_all = ["album", "id"])]
        all: bool,
        /// Every item of one album.
        #[arg(long, conflicts_with = "id")]
        album: Option<String>,
        /// These items.
        #[arg(long = "id", value_name = "ID")]
        id: Vec<String>,
        /// Where to put them.
        #[arg(long)]
        to: PathBuf,
    },
    /// The cloud's recycle bin.
    Trash {
        #[command(subcommand)]
        what: cloud::TrashCommand,
    },
    /// How much of the quota is used, by photos, videos and trash.
    Storage {
        #[arg(long)]
        json: bool,
    },
    /// The devices linked to the account.
    Devices {
        #[command(subcommand)]
        what: cloud::DevicesCommand,
    },
    /// The language Skyfolio speaks here: show it and the others, or choose one (the same
    /// choice as in the desktop app's Settings).
    Language(language::LanguageArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    language::speak_for(cli.home.as_deref());
    let setup = cloud::Setup {
        home: cli.home.as_deref(),
        use_keychain: !cli.no_keychain,
    };
    let outcome = match cli.command {
        Command::Info { paths, json } => info::run(&paths, json),
        Command::Thumbs { paths, out, size } => thumbs::run(&paths, &out, size),
        Command::Folder { what } => library::folder(setup, what),
        Command::Scan {
            watch: false,
            rescan_every: _,
        } => library::scan(cli.home.as_deref()),
        Command::Scan {
            watch: true,
            rescan_every,
        } => library::watch(
            cli.home.as_deref(),
            std::time::Duration::from_secs(rescan_every.max(1)),
        ),
        Command::Import {
            paths,
            to,
            move_files,
        } => library::import(cli.home.as_deref(), &paths, &to, move_files),
        Command::Cache { what } => library::cache(cli.home.as_deref(), what),
        Command::Library { what } => library::library(cli.home.as_deref(), what),
        Command::Login(args) => cloud::login(setup, args),
        Command::Logout { delete_local_data } => cloud::logout(setup, delete_local_data),
        Command::Sync {
            once: _,
            watch,
            delete_held,
            restore_held,
            wait_for_writes,
            every,
            upload_limit,
            download_limit,
        } => sync::sync(
            setup,
            sync::SyncArgs {
                watch,
                every: std::time::Duration::from_secs(every.max(1)),
                upload_limit,
                download_limit,
                wait_for_writes: std::time::Duration::from_secs(wait_for_writes),
                answer: sync::answer_of(delete_held, restore_held),
            },
        ),
        Command::Status { json } => cloud::status(setup, json),
        Command::Pause => cloud::pause(setup, true),
        Command::Resume => cloud::pause(setup, false),
        Command::Upload { paths, album } => cloud::upload(setup, &paths, album.as_deref()),
        Command::ImportTakeout(args) => takeout::import_takeout(setup, args),
        Command::ImportDevice(args) => device::import_device(setup, args),
        Command::FreeDevice(args) => device::free_device(setup, args),
        Command::FreeSpace(args) => device::free_space(setup, args),
        Command::Download { all, album, id, to } => {
            let selection = match (all, album) {
                (true, _) => Some(skyfolio_core::Selection::All),
                (false, Some(album)) => Some(skyfolio_core::Selection::Album(album)),
                (false, None) if !id.is_empty() => Some(skyfolio_core::Selection::Ids(id)),
                _ => None,
            };
            match selection {
                Some(selection) => cloud::download(setup, selection, &to),
                None => Err(anyhow::anyhow!(language::text("cli-download-what"))),
            }
        }
        Command::Trash { what } => cloud::trash(setup, what),
        Command::Storage { json } => cloud::storage(setup, json),
        Command::Devices { what } => cloud::devices(setup, what),
        Command::Language(args) => language::language(setup, args),
    };
    match outcome {
        Ok(code) => code,
        // The reader went away (`skyfolio library list | head`): nothing left to say.
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{}", error::describe(&error));
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        let kind = cause
            .downcast_ref::<std::io::Error>()
            .map(std::io::Error::kind)
            .or_else(|| cause.downcast_ref::<serde_json::Error>()?.io_error_kind());
        kind == Some(std::io::ErrorKind::BrokenPipe)
    })
}
