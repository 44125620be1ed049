//! `skyfolio-bench server`: the API's transfers beside plain routes of the same process.
//!
//! A server is started as a child process (`skyfolio-bench serve`) with the plain routes mounted, so that its
//! memory can be read from `/proc` on its own. `curl` moves the same bytes through the API
//! (tus `PATCH`, `GET .../original`) and through the plain routes (`PUT /bench/sink`,
//! `GET /bench/static`), best of several runs; then eight clients upload a thousand photos at
//! once, and finally one large file shows what the server holds in memory while receiving it.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, bail, ensure};
use rand::{RngCore, SeedableRng};
use serde_json::{Value, json};

pub struct Options {
    /// Size of the file moved through the API and the plain routes, MiB.
    pub transfer_mib: u64,
    pub runs: u32,
    /// Photos uploaded by the concurrent clients, and how many clients.
    pub photos: usize,
    pub clients: usize,
    /// Where real JPEGs come from (each upload is one of them, padded to about 3 MB).
    pub corpus: PathBuf,
    /// Size of the large upload whose peak server memory is reported, GiB (0: skip).
    pub big_gib: u64,
    /// Where the server's data and the test files go (a temporary folder unless given).
    pub work: Option<PathBuf>,
}

pub(crate) struct ServerProcess {
    child: Child,
    pub(crate) base: String,
}

impl ServerProcess {
    fn start(data: &Path) -> anyhow::Result<ServerProcess> {
        ServerProcess::start_on(data, &[])
    }

    /// A server on `data` with more flags (`--database`, `--storage`); only what they say
    /// comes from outside the data folder.
    pub(crate) fn start_on(data: &Path, flags: &[String]) -> anyhow::Result<ServerProcess> {
        let mut child = Command::new(std::env::current_exe()?)
            .args(["serve", "--listen", "127.0.0.1:0", "--data"])
            .arg(data)
            .args(flags)
            .env_remove("SKYFOLIO_SERVER_DATABASE")
            .env_remove("SKYFOLIO_SERVER_STORAGE")
            .env("SKYFOLIO_SERVER_LOG", "warn")
            .stdout(Stdio::piped())
            .spawn()
            .context("while starting the server")?;
        let mut line = String::new();
        BufReader::new(child.stdout.take().context("the server's output")?).read_line(&mut line)?;
        let base = line
            .trim()
            .strip_prefix("listening on ")
            .with_context(|| format!("the server said {line:?}"))?
            .to_owned();
        Ok(ServerProcess { child, base })
    }

    /// Forgets the peak memory so far, so the next reading covers only what follows.
    pub(crate) fn reset_peak(&self) {
        let _ = std::fs::write(format!("/proc/{}/clear_refs", self.child.id()), "5");
    }

    /// The most memory the process held since the last reset, in MiB.
    pub(crate) fn peak_mib(&self) -> f64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .unwrap_or_default();
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
            .map_or(f64::NAN, |kb| kb / 1024.0)
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub(crate) struct Client {
    pub(crate) http: reqwest::Client,
    pub(crate) base: String,
    token: String,
}

impl Client {
    /// The same account and device, through another process.
    pub(crate) fn at(&self, base: &str) -> Client {
        Client {
            http: reqwest::Client::new(),
            base: base.to_owned(),
            token: self.token.clone(),
        }
    }

    pub(crate) async fn sign_up(base: &str) -> anyhow::Result<Client> {
        let http = reqwest::Client::new();
        http.post(format!("{base}/api/v1/account/register"))
            .json(&json!({"email": "bench@example.org", "password": "benchmark password"}))
            .send()
            .await?
            .error_for_status()?;
        let login: Value = http
            .post(format!("{base}/api/v1/session"))
            .json(
                &json!({"email": "bench@example.org", "password": "benchmark password",
                          "device_name": "bench", "platform": "linux"}),
            )
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        let token = login["token"].as_str().context("a token")?.to_owned();
        Ok(Client {
            http,
            base: base.to_owned(),
            token,
        })
    }

    async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> anyhow::Result<Value> {
        let mut request = self
            .http
            .request(method, format!("{}{path}", self.base))
            .bearer_auth(&self.token);
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await?;
        let status = response.status();
        let text = response.text().await?;
        ensure!(status.is_success(), "{path}: {status} {text}");
        Ok(if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text)?
        })
    }

    /// Announces a file; the upload id, or `None` when the server holds the content already.
    async fn create_upload(
        &self,
        path: &str,
        size: u64,
        hash: &str,
    ) -> anyhow::Result<Option<String>> {
        let created = self
            .send(
                reqwest::Method::POST,
                "/api/v1/uploads",
                Some(json!({"path": path, "size": size, "hash": hash})),
            )
            .await?;
        Ok(created["upload"]["id"].as_str().map(str::to_owned))
    }

    /// Sends a file as Skyfolio's client does: whole when it is small enough, otherwise
    /// announced and sent as a resumable upload.
    pub(crate) async fn upload_bytes(&self, path: &str, bytes: Vec<u8>) -> anyhow::Result<()> {
        let hash = blake3::hash(&bytes).to_hex().to_string();
        if bytes.len() as u64 <= skyfolio_protocol::WHOLE_UPLOAD_LIMIT {
            // As Skyfolio's own client sends a photo: whole, in one request.
            let size = bytes.len().to_string();
            let response = self
                .http
                .post(format!("{}/api/v1/media", self.base))
                .bearer_auth(&self.token)
                .query(&[("path", path), ("size", &size), ("hash", &hash)])
                .header("Content-Type", "application/octet-stream")
                .body(bytes)
                .send()
                .await?;
            ensure!(
                response.status().is_success(),
                "{path}: {}",
                response.status()
            );
            return Ok(());
        }
        let Some(id) = self.create_upload(path, bytes.len() as u64, &hash).await? else {
            return Ok(());
        };
        let response = self
            .http
            .patch(format!("{}/api/v1/uploads/{id}", self.base))
            .bearer_auth(&self.token)
            .header("Tus-Resumable", "1.0.0")
            .header("Content-Type", "application/offset+octet-stream")
            .header("Upload-Offset", "0")
            .body(bytes)
            .send()
            .await?;
        ensure!(
            response.status().is_success(),
            "{path}: {}",
            response.status()
        );
        Ok(())
    }

    /// Sends an item to the trash and deletes it for good, so its content can be sent again.
    async fn purge(&self, id: &str) -> anyhow::Result<()> {
        self.send(
            reqwest::Method::DELETE,
            &format!("/api/v1/media/{id}"),
            None,
        )
        .await?;
        self.send(
            reqwest::Method::DELETE,
            &format!("/api/v1/trash/{id}"),
            None,
        )
        .await?;
        Ok(())
    }
}

/// Runs curl and answers how long it took; fails unless the status is 2xx.
fn curl(args: &[String]) -> anyhow::Result<Duration> {
    let started = Instant::now();
    let output = Command::new("curl")
        .args(["-sS", "-o", "/dev/null", "-w", "%{http_code}"])
        .args(args)
        .output()
        .context("while running curl (install it: apt-get install curl)")?;
    let elapsed = started.elapsed();
    let code = String::from_utf8_lossy(&output.stdout);
    ensure!(
        output.status.success() && code.starts_with('2'),
        "curl {args:?} answered {code}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    Ok(elapsed)
}

fn write_random_file(path: &Path, mib: u64, seed: u64) -> anyhow::Result<()> {
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let mut file = std::io::BufWriter::new(std::fs::File::create(path)?);
    let mut block = vec![0u8; 1 << 20];
    for _ in 0..mib {
        rng.fill_bytes(&mut block);
        file.write_all(&block)?;
    }
    file.flush()?;
    Ok(())
}

pub(crate) fn mb_per_s(bytes: u64, time: Duration) -> f64 {
    bytes as f64 / 1e6 / time.as_secs_f64()
}

fn row(what: &str, ours: f64, plain: f64, unit: &str) {
    println!(
        "  {what:<34} {ours:>9.1} {unit:<6} {plain:>9.1} {unit:<6} {:>6.0}%",
        100.0 * ours / plain
    );
}

pub async fn run(options: Options) -> anyhow::Result<()> {
    let temp;
    let work = match &options.work {
        Some(dir) => {
            std::fs::create_dir_all(dir)?;
            dir.clone()
        }
        None => {
            temp = tempfile::tempdir()?;
            temp.path().to_owned()
        }
    };
    let data = work.join("data");
    std::fs::create_dir_all(data.join("bench"))?;
    let server = ServerProcess::start(&data)?;
    let client = Arc::new(Client::sign_up(&server.base).await?);
    let auth = format!("Authorization: Bearer {}", client.token);

    // 1. One file, through the API and through the plain routes, with the same client.
    let size = options.transfer_mib << 20;
    let file = data.join("bench").join("static.bin");
    write_random_file(&file, options.transfer_mib, 1)?;
    let hash = skyfolio_media::hash_file_parallel(&file)?.to_hex();
    let file_arg = file.to_string_lossy().into_owned();
    let mut best = [Duration::MAX; 4];
    let mut upload_peak: f64 = 0.0;
    let mut item_id = String::new();
    for _ in 0..options.runs {
        let plain_put = curl(&[
            "-T".into(),
            file_arg.clone(),
            format!("{}/bench/sink/big", server.base),
        ])?;
        best[1] = best[1].min(plain_put);
        let _ = std::fs::remove_file(data.join("bench").join("sink").join("big"));

        if !item_id.is_empty() {
            client.purge(&item_id).await?;
        }
        let id = client
            .create_upload("Bench/big.bin", size, &hash)
            .await?
            .context("the content was purged, so the server must want it")?;
        server.reset_peak();
        let api_put = curl(&[
            "-X".into(),
            "PATCH".into(),
            "-T".into(),
            file_arg.clone(),
            "-H".into(),
            auth.clone(),
            "-H".into(),
            "Tus-Resumable: 1.0.0".into(),
            "-H".into(),
            "Content-Type: application/offset+octet-stream".into(),
            "-H".into(),
            "Upload-Offset: 0".into(),
            format!("{}/api/v1/uploads/{id}", server.base),
        ])?;
        upload_peak = upload_peak.max(server.peak_mib());
        best[0] = best[0].min(api_put);
        let listed = client
            .send(reqwest::Method::GET, "/api/v1/media?limit=1", None)
            .await?;
        item_id = listed["items"][0]["id"]
            .as_str()
            .context("the uploaded item")?
            .to_owned();

        best[2] = best[2].min(curl(&[
            "-H".into(),
            auth.clone(),
            format!("{}/api/v1/media/{item_id}/original", server.base),
        ])?);
        best[3] = best[3].min(curl(&[format!("{}/bench/static", server.base)])?);
    }
    println!(
        "{} MiB over loopback with curl, best of {} (MB/s):",
        options.transfer_mib, options.runs
    );
    println!(
        "  {:<34} {:>16} {:>16} {:>7}",
        "", "skyfolio API", "plain route", "ratio"
    );
    row(
        "upload (tus PATCH vs PUT to a file)",
        mb_per_s(size, best[0]),
        mb_per_s(size, best[1]),
        "MB/s",
    );
    row(
        "download (original vs static file)",
        mb_per_s(size, best[2]),
        mb_per_s(size, best[3]),
        "MB/s",
    );
    println!("  server peak memory while receiving: {upload_peak:.1} MiB");
    client.purge(&item_id).await?;
    std::fs::remove_file(&file)?;
    drop(client);

    drop(server);

    // 2. A thousand photos of about 3 MB from eight clients at once, on a new server so that
    // its memory covers this part alone.
    if options.photos > 0 {
        let data = work.join("photos");
        let server = ServerProcess::start(&data)?;
        let client = Arc::new(Client::sign_up(&server.base).await?);
        photos(&options, &server, client).await?;
        drop(server);
        std::fs::remove_dir_all(&data)?;
    }

    // 3. One large file: what the server holds in memory while it arrives.
    if options.big_gib > 0 {
        let big = work.join("big.bin");
        println!("writing a {} GiB file...", options.big_gib);
        write_random_file(&big, options.big_gib << 10, 3)?;
        let hash = skyfolio_media::hash_file_parallel(&big)?.to_hex();
        let big_arg = big.to_string_lossy().into_owned();
        // Each on a server of its own, so that neither inherits the other's memory.
        let plain_data = work.join("large-plain");
        let server = ServerProcess::start(&plain_data)?;
        let plain = curl(&[
            "-T".into(),
            big_arg.clone(),
            format!("{}/bench/sink/large", server.base),
        ])?;
        let plain_peak = server.peak_mib();
        drop(server);
        std::fs::remove_dir_all(&plain_data)?;
        let api_data = work.join("large-api");
        let server = ServerProcess::start(&api_data)?;
        let client = Client::sign_up(&server.base).await?;
        let id = client
            .create_upload("Bench/large.bin", options.big_gib << 30, &hash)
            .await?
            .context("a new upload")?;
        server.reset_peak();
        let api = curl(&[
            "-X".into(),
            "PATCH".into(),
            "-T".into(),
            big_arg,
            "-H".into(),
            format!("Authorization: Bearer {}", client.token),
            "-H".into(),
            "Content-Type: application/offset+octet-stream".into(),
            "-H".into(),
            "Upload-Offset: 0".into(),
            format!("{}/api/v1/uploads/{id}", server.base),
        ])?;
        let api_peak = server.peak_mib();
        drop(server);
        std::fs::remove_dir_all(&api_data)?;
        std::fs::remove_file(&big)?;
        println!("{} GiB upload with curl:", options.big_gib);
        println!("  {:<34} {:>16} {:>16}", "", "skyfolio API", "plain route");
        println!(
            "  {:<34} {:>9.1} MB/s   {:>9.1} MB/s",
            "throughput",
            mb_per_s(options.big_gib << 30, api),
            mb_per_s(options.big_gib << 30, plain)
        );
        println!(
            "  {:<34} {:>9.1} MiB    {:>9.1} MiB",
            "server peak memory", api_peak, plain_peak
        );
    }
    Ok(())
}

/// The `index`th photo: a real JPEG with random bytes after its end to about 3 MB, so every
/// one is new content that decoders still read as the photo.
pub(crate) fn photo(jpegs: &[Vec<u8>], index: usize) -> Vec<u8> {
    let mut bytes = jpegs[index % jpegs.len()].clone();
    let target = 3_000_000 + (index % 7) * 100_000;
    let mut padding = vec![0u8; target.saturating_sub(bytes.len()).max(64)];
    rand::rngs::StdRng::seed_from_u64(index as u64).fill_bytes(&mut padding);
    bytes.extend_from_slice(&padding);
    bytes
}

/// Runs `job(worker, i)` for every `i` in `0..count` on `workers` tasks at once, each taking
/// the next index as it is free; answers how long it all took.
pub(crate) async fn spread<F, Fut>(count: usize, workers: usize, job: F) -> anyhow::Result<Duration>
where
    F: Fn(usize, usize) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = anyhow::Result<()>> + Send + 'static,
{
    let (next, job) = (
        Arc::new(std::sync::atomic::AtomicUsize::new(0)),
        Arc::new(job),
    );
    let started = Instant::now();
    let mut tasks = Vec::new();
    for worker in 0..workers {
        let (next, job) = (next.clone(), job.clone());
        tasks.push(tokio::spawn(async move {
            loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                if i >= count {
                    return Ok::<_, anyhow::Error>(());
                }
                job(worker, i).await?;
            }
        }));
    }
    for task in tasks {
        task.await??;
    }
    Ok(started.elapsed())
}

/// Sends photos `0..count` through `clients`, each taking the next photo as it is free, to
/// the API or to the plain route; answers how long they took.
pub(crate) async fn send(
    jpegs: &Arc<Vec<Vec<u8>>>,
    clients: &[Arc<Client>],
    count: usize,
    api: bool,
) -> anyhow::Result<Duration> {
    let (jpegs, clients) = (jpegs.clone(), clients.to_vec());
    let workers = clients.len();
    spread(count, workers, move |worker, i| {
        let (client, bytes) = (clients[worker].clone(), photo(&jpegs, i));
        async move {
            if api {
                client
                    .upload_bytes(&format!("Photos/{i:04}.jpg"), bytes)
                    .await?;
            } else {
                let response = client
                    .http
                    .put(format!("{}/bench/sink/p{i}", client.base))
                    .body(bytes)
                    .send()
                    .await?;
                ensure!(
                    response.status().is_success(),
                    "sink: {}",
                    response.status()
                );
            }
            Ok(())
        }
    })
    .await
}

/// Every JPEG in `corpus`, read.
pub(crate) fn jpegs(corpus: &Path) -> anyhow::Result<Vec<Vec<u8>>> {
    let mut jpegs = Vec::new();
    for entry in
        std::fs::read_dir(corpus).with_context(|| format!("while reading {}", corpus.display()))?
    {
        let path = entry?.path();
        if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("jpg"))
        {
            jpegs.push(std::fs::read(&path)?);
        }
    }
    if jpegs.is_empty() {
        bail!("no JPEGs in {}", corpus.display());
    }
    Ok(jpegs)
}

async fn photos(
    options: &Options,
    server: &ServerProcess,
    client: Arc<Client>,
) -> anyhow::Result<()> {
    let jpegs = Arc::new(jpegs(&options.corpus)?);
    // The account needs room for them all.
    let total: u64 = (0..options.photos)
        .map(|i| photo(&jpegs, i).len() as u64)
        .sum();

    let senders = vec![client.clone(); options.clients];
    let plain = send(&jpegs, &senders, options.photos, false).await?;
    server.reset_peak();
    let api = send(&jpegs, &senders, options.photos, true).await?;
    let peak = server.peak_mib();
    // Thumbnails are made in the background once each commit is done.
    let waiting = Instant::now();
    loop {
        let mut pending = 0;
        let mut cursor: Option<String> = None;
        loop {
            let query = match &cursor {
                Some(c) => format!("/api/v1/media?limit=1000&cursor={c}"),
                None => "/api/v1/media?limit=1000".to_owned(),
            };
            let page = client.send(reqwest::Method::GET, &query, None).await?;
            pending += page["items"].as_array().map_or(0, |items| {
                items
                    .iter()
                    .filter(|i| i["thumbnails"] == "pending")
                    .count()
            });
            match page["next"].as_str() {
                Some(next) => cursor = Some(next.to_owned()),
                None => break,
            }
        }
        if pending == 0 {
            break;
        }
        ensure!(
            waiting.elapsed() < Duration::from_secs(1800),
            "thumbnails never finished"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let thumbs = api + waiting.elapsed();
    let n = options.photos as f64;
    println!(
        "{} photos of ~3 MB ({:.0} MB) from {} clients at once (photos/s):",
        options.photos,
        total as f64 / 1e6,
        options.clients
    );
    println!(
        "  {:<34} {:>16} {:>16} {:>7}",
        "", "skyfolio API", "plain PUTs", "ratio"
    );
    row(
        "uploaded and committed",
        n / api.as_secs_f64(),
        n / plain.as_secs_f64(),
        "/s",
    );
    println!(
        "  {:<34} {:>9.1} MB/s   {:>9.1} MB/s",
        "throughput",
        mb_per_s(total, api),
        mb_per_s(total, plain)
    );
    println!(
        "  every thumbnail made after {:.1} s ({:.1} photos/s); server peak memory {peak:.1} MiB",
        thumbs.as_secs_f64(),
        n / thumbs.as_secs_f64()
    );
    Ok(())
}
