//! `skyfolio-server bench --backends`: a thousand photos from concurrent clients on each
//! back-end (SQLite and a folder; PostgreSQL and an S3 store with one process and with two),
//! beside plain PUTs of the same bytes to a route of the same server.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;

use crate::benchmark::{Client, ServerProcess, jpegs, mb_per_s, photo, send};

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
    let mut setups: Vec<(&str, bool, usize)> = vec![("SQLite + folder, 1 process", false, 1)];
    match (&options.database, &options.storage) {
        (Some(_), Some(_)) => {
            setups.push(("PostgreSQL + S3, 1 process", true, 1));
            setups.push(("PostgreSQL + S3, 2 processes", true, 2));
        }
        _ => println!(
            "PostgreSQL and S3 left out: SKYFOLIO_BENCH_DATABASE and SKYFOLIO_BENCH_STORAGE name \
             them (scripts/bench-backends.sh starts both)"
        ),
    }
    let mut outcomes = Vec::new();
    let mut plain = None;
    for (run, (name, shared, processes)) in setups.into_iter().enumerate() {
        let mut flags = Vec::new();
        if shared {
            let database = options.database.as_deref().context("a database")?;
            let storage = options.storage.as_deref().context("a storage")?;
            flags.extend([
                "--database".to_owned(),
                fresh_database(database).await?,
                "--storage".to_owned(),
                fresh_prefix(storage),
            ]);
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
