//! `skyfolio-bench`: Skyfolio's speed and memory beside the tools people compare it with,
//! measured in the same run on the same files, with the ratio (`make bench` runs them all).
//!
//! A tool for developers, apart from the programs people install: nothing here ships, and the
//! server it measures is the production server with plain routes added beside its API. It
//! speaks English.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};
use skyfolio_media::Format;

mod backends;
mod gallery;
mod library;
mod routes;
mod server;
mod sync;
mod takeout;
mod tools;
mod watch;

#[derive(Parser)]
#[command(
    name = "skyfolio-bench",
    about = "Skyfolio's speed and memory beside the tools people compare it with"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Thumbnails of the JPEGs (or with --heif the HEIC and HEIF photos) in a folder: Skyfolio
    /// beside vipsthumbnail and ImageMagick.
    Thumbs {
        dir: PathBuf,
        /// HEIC and HEIF photos instead of JPEGs.
        #[arg(long)]
        heif: bool,
        #[arg(long, default_value_t = 256)]
        size: u32,
        /// Only photos of at least this many megapixels (camera photos: 8).
        #[arg(long, default_value_t = 0.0)]
        min_megapixels: f64,
        /// Runs of each contender; the fastest counts.
        #[arg(long, default_value_t = 3)]
        runs: u32,
        /// Give each photo this many times, so process start weighs less on a small set.
        #[arg(long, default_value_t = 1)]
        repeat: usize,
    },
    /// BLAKE3 of one file: Skyfolio beside b3sum.
    Hash {
        file: PathBuf,
        #[arg(long, default_value_t = 3)]
        runs: u32,
    },
    /// The library at scale: a tree of small photos is indexed, then rescanned unchanged beside
    /// `find`, and the timeline is paged.
    Library {
        /// Photos in the generated tree.
        #[arg(long, default_value_t = 100_000)]
        files: u32,
        #[arg(long, default_value_t = 3)]
        runs: u32,
    },
    /// A watched folder: photos copied in one by one, timed until indexed with thumbnails;
    /// then a large file copied slowly, which must not be taken before it is complete.
    Watch {
        /// A folder of JPEGs to copy in.
        photos: PathBuf,
        /// How many of them.
        #[arg(long, default_value_t = 10)]
        count: usize,
        /// Size of the slowly copied file in MB (0 to skip).
        #[arg(long, default_value_t = 2000)]
        big_mb: u64,
    },
    /// Sync at scale: a no-op pass over 100,000 synced items; the corpus from one computer to
    /// another beside curl; how soon a change on one is on the other.
    Sync {
        /// A folder of photos and videos to send (the test corpus).
        corpus: PathBuf,
        /// Synced items for the no-op pass (0 to skip).
        #[arg(long, default_value_t = 100_000)]
        items: u32,
        /// Photos of about 3 MB, made from the corpus's JPEGs, sent and fetched after the
        /// corpus (0 to skip).
        #[arg(long, default_value_t = 1000)]
        photos: usize,
        /// Photos copied into a watched folder, one after another (0 to skip).
        #[arg(long, default_value_t = 5)]
        changes: usize,
    },
    /// A Google Takeout of this many photos built from the corpus's JPEGs, imported into a
    /// local cloud, beside `unzip` of its parts plus a copy of the photos.
    Takeout {
        /// The test corpus (its `jpeg` folder is used).
        corpus: PathBuf,
        #[arg(long, default_value_t = 3000)]
        items: usize,
    },
    /// Makes the home the desktop gallery benchmark opens (tests/window/run.sh --bench): this many
    /// small photos on a local cloud, indexed, with their thumbnails, sync paused.
    GalleryHome {
        /// A new folder for the home.
        home: PathBuf,
        #[arg(long, default_value_t = 100_000)]
        files: u32,
    },
    /// Runs a command (split over `--jobs` processes) and reports its time and peak memory.
    #[command(hide = true)]
    Measure {
        #[arg(long, default_value_t = 1)]
        jobs: usize,
        /// Files to append to the command, one per line, shared out among the jobs.
        #[arg(long)]
        files_from: Option<PathBuf>,
        #[arg(last = true, required = true)]
        command: Vec<OsString>,
    },
    /// Skyfolio's side of `bench thumbs`.
    #[command(hide = true)]
    RunThumbs {
        /// 0 means every core.
        #[arg(long)]
        threads: usize,
        #[arg(long)]
        size: u32,
        #[arg(long)]
        out: PathBuf,
        files: Vec<PathBuf>,
    },
    /// Skyfolio's side of `bench hash`.
    #[command(hide = true)]
    RunHash {
        #[arg(long)]
        threads: usize,
        file: PathBuf,
    },
    /// The API's transfers beside plain routes of the same server, with curl; then many photos
    /// from concurrent clients; then one large upload's memory.
    Server(ServerArgs),
    /// A server with the plain routes the benchmarks compare with (`/bench/static`,
    /// `/bench/sink`) beside its API: started by `server`, and by the web app's benchmark.
    #[command(hide = true)]
    Serve(routes::ServeArgs),
}

fn run(command: Command) -> anyhow::Result<ExitCode> {
    match command {
        Command::Thumbs {
            dir,
            heif,
            size,
            min_megapixels,
            runs,
            repeat,
        } => {
            let format = if heif { Format::Heif } else { Format::Jpeg };
            tools::bench_thumbs(&dir, format, size, min_megapixels, runs, repeat)
        }
        Command::Hash { file, runs } => tools::bench_hash(&file, runs),
        Command::Library { files, runs } => library::run(files, runs),
        Command::Sync {
            corpus,
            items,
            photos,
            changes,
        } => sync::run(&corpus, items, photos, changes),
        Command::Watch {
            photos,
            count,
            big_mb,
        } => watch::run(&photos, count, big_mb),
        Command::GalleryHome { home, files } => gallery::run(&home, files),
        Command::Takeout { corpus, items } => takeout::run(&corpus, items),
        Command::Measure {
            jobs,
            files_from,
            command,
        } => tools::measure(jobs, files_from.as_deref(), &command),
        Command::RunThumbs {
            threads,
            size,
            out,
            files,
        } => tools::run_thumbs(threads, size, &out, &files),
        Command::RunHash { threads, file } => {
            let hash = if threads == 1 {
                skyfolio_media::hash_file(&file)?
            } else {
                skyfolio_media::hash_file_parallel(&file)?
            };
            println!("{hash}  {}", file.display());
            Ok(ExitCode::SUCCESS)
        }
        Command::Server(args) => {
            runtime()?.block_on(async {
                if args.backends {
                    backends::run(backends::Options {
                        photos: args.photos,
                        clients: args.clients,
                        corpus: args.corpus,
                        work: args.work,
                        database: args.bench_database,
                        storage: args.bench_storage,
                    })
                    .await
                } else {
                    server::run(server::Options {
                        transfer_mib: args.transfer_mib,
                        runs: args.runs,
                        photos: args.photos,
                        clients: args.clients,
                        corpus: args.corpus,
                        big_gib: args.big_gib,
                        work: args.work,
                    })
                    .await
                }
            })?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Serve(args) => {
            runtime()?.block_on(routes::serve(args))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

#[derive(Args)]
struct ServerArgs {
    /// Size of the file moved each way, MiB.
    #[arg(long, default_value_t = 1024)]
    transfer_mib: u64,
    /// Runs of each transfer; the best counts.
    #[arg(long, default_value_t = 3)]
    runs: u32,
    /// Photos of about 3 MB uploaded by concurrent clients (0: skip).
    #[arg(long, default_value_t = 1000)]
    photos: usize,
    /// How many clients upload at once.
    #[arg(long, default_value_t = 8)]
    clients: usize,
    /// A folder of real JPEGs the photos are made from.
    #[arg(long, default_value = "../shared/corpus/jpeg")]
    corpus: PathBuf,
    /// Size of the large upload whose server memory is reported, GiB (0: skip).
    #[arg(long, default_value_t = 4)]
    big_gib: u64,
    /// Where the server's data and the test files go (a temporary folder unless given).
    #[arg(long)]
    work: Option<PathBuf>,
    /// Instead: the photos on each back-end (SQLite and a folder; PostgreSQL and S3 with one
    /// process and with two), beside plain PUTs.
    #[arg(long)]
    backends: bool,
    /// With --backends: a PostgreSQL server to make a new database on for each run.
    #[arg(long, env = "SKYFOLIO_BENCH_DATABASE")]
    bench_database: Option<String>,
    /// With --backends: an S3 bucket to take a new prefix of for each run.
    #[arg(long, env = "SKYFOLIO_BENCH_STORAGE")]
    bench_storage: Option<String>,
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("while starting the runtime")
}

fn main() -> ExitCode {
    // The server measured in a child process runs with the allocator settings of the real one.
    skyfolio_server::limit_malloc_arenas();
    match run(Cli::parse().command) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("skyfolio-bench: {error:#}");
            ExitCode::FAILURE
        }
    }
}
