//! `skyfolio-bench server --backends`: a thousand photos from concurrent clients on each
//! back-end (SQLite and a folder; PostgreSQL and an S3 store with one process and with two),
//! beside plain PUTs of the same bytes to a route of the same server.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;

use crate::server::{Client, ServerProcess, jpegs, mb_per_s, photo, send, spread};

pub struct Options {
    pub photos: usize,
    pub clients: usize,
    pub corpus: PathBuf,
    pub work: Option<PathBuf>,
    /// A PostgreSQL server to make a new database on for each run (`postgres://…/postgres`).
    pub database: Option<String>,
    /// An S3 bucket to take a new prefix of for each run (`s3://bucket?endpoint=…`).
    pub storage: Option<String>,
}

/// A new, empty database on the PostgreSQL server `admin_url` names, as a URL.
async fn fresh_database(admin_url: &str) -> anyhow::Result<String> {
    use sqlx::Connection;
    let name = format!("skyfolio_bench_{}", skyfolio_server::store::new_id());
    let mut connection = sqlx::PgConnection::connect(admin_url)
        .await
        .context("while connecting to the benchmark's PostgreSQL")?;
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut connection)
        .await?;
    connection.close().await?;
    let (base, query) = admin_url.split_once('?').unwrap_or((admin_url, ""));
    let (server, _) = base
        .rsplit_once('/')
        .context("a URL with a database name")?;
    Ok(format!("{server}/{name}?{query}"))
}

fn fresh_prefix(storage: &str) -> String {
    let (base, query) = storage.split_once('?').unwrap_or((storage, ""));
    let prefix = format!("b-{}", &skyfolio_server::store::new_id()[..12]);
    format!("{}/{prefix}?{query}", base.trim_end_matches('/'))
}

struct Outcome {
    name: String,
    time: Duration,
    peak_mib: f64,
}

pub async fn run(options: Options) -> anyhow::Result<()> {
    let temp;
    let work = match &options.work {
        Some(dir) => dir.clone(),
        None => {
            temp = tempfile::tempdir()?;
            temp.path().to_owned()
        }
    };
    let jpegs = Arc::new(jpegs(&options.corpus)?);
    let total: u64 = (0..options.photos)
        .map(|i| photo(&jpegs, i).len() as u64)
        .sum();
    // (name, on PostgreSQL, on S3, processes)
    let (postgres, s3) = (options.database.is_some(), options.storage.is_some());
    let setups: Vec<(&str, bool, bool, usize)> = [
        ("SQLite + folder, 1 process", false, false, 1),
        ("PostgreSQL + folder, 1 process", true, false, 1),
        ("SQLite + S3, 1 process", false, true, 1),
        ("PostgreSQL + S3, 1 process", true, true, 1),
        ("PostgreSQL + S3, 2 processes", true, true, 2),
    ]
    .into_iter()
    .filter(|(_, on_postgres, on_s3, _)| (postgres || !on_postgres) && (s3 || !on_s3))
    .collect();
    if !postgres || !s3 {
        println!(
            "some back-ends left out: SKYFOLIO_BENCH_DATABASE and SKYFOLIO_BENCH_STORAGE name \
             them (make bench-backends starts both)"
        );
    }
    let mut outcomes = Vec::new();
    let mut plain = None;
    for (run, (name, on_postgres, on_s3, processes)) in setups.into_iter().enumerate() {
        let mut flags = Vec::new();
        if let (true, Some(database)) = (on_postgres, &options.database) {
            flags.extend(["--database".to_owned(), fresh_database(database).await?]);
        }
        if let (true, Some(storage)) = (on_s3, &options.storage) {
            flags.extend(["--storage".to_owned(), fresh_prefix(storage)]);
        }
        let mut servers = Vec::new();
        for process in 0..processes {
            let data = work.join(format!("run-{run}-{process}"));
            servers.push(ServerProcess::start_on(&data, &flags)?);
        }
        let first = Client::sign_up(&servers[0].base).await?;
        let clients: Vec<Arc<Client>> = (0..options.clients)
            .map(|c| Arc::new(first.at(&servers[c % servers.len()].base)))
            .collect();
        if plain.is_none() {
            plain = Some(send(&jpegs, &clients, options.photos, false).await?);
        }
        for server in &servers {
            server.reset_peak();
        }
        let time = send(&jpegs, &clients, options.photos, true).await?;
        let peak_mib = servers
            .iter()
            .map(ServerProcess::peak_mib)
            .fold(0.0, f64::max);
        outcomes.push(Outcome {
            name: name.to_owned(),
            time,
            peak_mib,
        });
        drop(servers);
        for process in 0..processes {
            let _ = std::fs::remove_dir_all(work.join(format!("run-{run}-{process}")));
        }
    }
    // The object store on its own: the same photos PUT straight into it, as many at once.
    let store_alone = match &options.storage {
        Some(storage) => Some(put_to_store(&jpegs, &fresh_prefix(storage), &options).await?),
        None => None,
    };
    let plain = plain.context("a plain run")?;
    let n = options.photos as f64;
    println!(
        "{} photos of ~3 MB ({:.0} MB) from {} clients at once, uploaded and committed:",
        options.photos,
        total as f64 / 1e6,
        options.clients
    );
    println!(
        "  {:<32} {:>10} {:>10} {:>14} {:>16}",
        "", "photos/s", "MB/s", "vs plain PUT", "peak MiB/process"
    );
    println!(
        "  {:<32} {:>10.1} {:>10.1} {:>14} {:>16}",
        "plain PUTs (same server, a file)",
        n / plain.as_secs_f64(),
        mb_per_s(total, plain),
        "100%",
        "-"
    );
    if let Some(alone) = store_alone {
        println!(
            "  {:<32} {:>10.1} {:>10.1} {:>13.0}% {:>16}",
            "S3 PUTs (the store on its own)",
            n / alone.as_secs_f64(),
            mb_per_s(total, alone),
            100.0 * plain.as_secs_f64() / alone.as_secs_f64(),
            "-"
        );
    }
    for outcome in &outcomes {
        println!(
            "  {:<32} {:>10.1} {:>10.1} {:>13.0}% {:>16.1}",
            outcome.name,
            n / outcome.time.as_secs_f64(),
            mb_per_s(total, outcome.time),
            100.0 * plain.as_secs_f64() / outcome.time.as_secs_f64(),
            outcome.peak_mib
        );
    }
    Ok(())
}

/// PUTs every photo straight into the object store at `url`, from as many tasks as there are
/// clients; answers how long it took.
async fn put_to_store(
    jpegs: &Arc<Vec<Vec<u8>>>,
    url: &str,
    options: &Options,
) -> anyhow::Result<Duration> {
    use skyfolio_server::Storage;
    let store = Arc::new(skyfolio_server::S3Storage::open(url)?);
    let jpegs = jpegs.clone();
    spread(options.photos, options.clients, move |_, i| {
        let (store, bytes) = (store.clone(), photo(&jpegs, i));
        async move {
            store.put(&format!("blobs/bench/{i}"), bytes.into()).await?;
            Ok(())
        }
    })
    .await
}
