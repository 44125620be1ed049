//! `skyfolio-bench sync`: the sync engine at the scale of a real collection, beside curl.
//!
//! 1. A no-op pass over 100,000 synced items: the folder indexed for real, the cloud's mirror
//!    and the merge base filled to agree with it, then one whole pass (feed, scan, plan) timed.
//! 2. The corpus, and then a tree of photos of about 3 MB, sent from one computer and fetched
//!    on a second, against a plain `curl` upload and download of the same bytes to and from
//!    the same server.
//! 3. A photo copied into a watched folder on one computer, timed until it is in the other's.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use anyhow::{Context, ensure};
use skyfolio_core::{App, AppOptions, FolderMode, Home, SignIn};
use skyfolio_protocol::{Change, ChangeOp, MediaItem, MediaKind, MediaState, ThumbnailState};
use skyfolio_sync::Options;

const PASSWORD: &str = "benchmark password";

pub(crate) struct Computer {
    pub app: App,
    folder: PathBuf,
}

/// A new home on `url`'s cloud, signed in (registering when asked), with a two-way folder.
pub(crate) async fn computer(
    work: &Path,
    name: &str,
    url: &str,
    email: &str,
    register: bool,
) -> anyhow::Result<Computer> {
    let folder = work.join(name).join("Photos");
    std::fs::create_dir_all(&folder)?;
    let folder = std::fs::canonicalize(&folder)?;
    let app = App::open(
        &Home::at(work.join(name).join("home")),
        AppOptions {
            use_keychain: false,
            os_trash: false,
        },
    )
    .await?;
    app.sign_in(SignIn {
        server: url.to_owned(),
        email: email.to_owned(),
        password: PASSWORD.to_owned(),
        register,
        invite: None,
        device_name: Some(name.to_owned()),
    })
    .await?;
    app.add_folder(&folder, FolderMode::TwoWay, None).await?;
    Ok(Computer { app, folder })
}

/// A cloud in this process on a loopback port, open to new accounts (one for each
/// measurement), with room for anything, and with the plain routes when asked: its address.
pub(crate) async fn serve_locally(data: &Path, plain_routes: bool) -> anyhow::Result<String> {
    let mut config = skyfolio_server::Config::new(data.to_owned());
    config.open_registration = true;
    config.default_quota = 1 << 40;
    let server = skyfolio_server::Server::open(config).await?;
    let mut app = server.router();
    if plain_routes {
        app = app.merge(crate::routes::routes(data.to_owned()));
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}", listener.local_addr()?);
    tokio::spawn(async move {
        let _open = server;
        skyfolio_server::Server::serve_app(listener, app).await
    });
    Ok(url)
}

fn curl(args: &[String]) -> anyhow::Result<Duration> {
    let started = Instant::now();
    let status = Command::new("curl")
        .args(["-sS", "--fail"])
        .args(args)
        .status()
        .context("while running curl")?;
    ensure!(status.success(), "curl {args:?} failed");
    Ok(started.elapsed())
}

pub fn run(corpus: &Path, items: u32, photos: usize, changes: usize) -> anyhow::Result<ExitCode> {
    let work = tempfile::tempdir()?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let url = serve_locally(&work.path().join("server"), true).await?;

        if items > 0 {
            no_op_pass(work.path(), &url, items).await?;
        }
        transfer(work.path(), &url, corpus, "corpus").await?;
        if photos > 0 {
            let tree = work.path().join("photos");
            photo_tree(&corpus.join("jpeg"), &tree, photos)?;
            transfer(work.path(), &url, &tree, "photos").await?;
            std::fs::remove_dir_all(&tree)?;
        }
        if changes > 0 {
            latency(work.path(), &url, corpus, changes).await?;
        }
        Ok::<_, anyhow::Error>(())
    })?;
    Ok(ExitCode::SUCCESS)
}

async fn no_op_pass(work: &Path, url: &str, items: u32) -> anyhow::Result<()> {
    let work = work.join("noop");
    let device = computer(&work, "big", url, "noop@example.org", true).await?;
    let started = Instant::now();
    crate::library::make_tree(&device.folder, items)?;
    let library = skyfolio_core::testing::library(&device.app)
        .clone()
        .with_settle_time(Duration::ZERO);
    let folder = library.folders().await?.remove(0);
    library.scan_folder(&folder).await?;
    // The cloud's mirror and the merge base agree with what the folder holds: as after a
    // completed first sync.
    let files = library.folder_files(&folder).await?;
    let mut changes = Vec::new();
    let mut agreed = Vec::new();
    for (n, file) in files.iter().enumerate() {
        let skyfolio_library::IndexedState::Present(hash) = file.state else {
            continue;
        };
        let id = skyfolio_protocol::MediaId::new(format!("{n:032x}"));
        let seq = i64::try_from(n).unwrap_or(0) + 1;
        changes.push(Change {
            seq,
            op: ChangeOp::Create,
            item: MediaItem {
                id: id.clone(),
                path: file.rel_path.clone(),
                kind: MediaKind::Photo,
                state: MediaState::Active,
                hash: hash.to_hex(),
                size: file.size,
                taken_at: None,
                sort_time: 0,
                width: Some(4),
                height: Some(4),
                duration_ms: None,
                created_at: 0,
                trashed_at: None,
                thumbnails: ThumbnailState::Ready,
                seq,
            },
        });
        agreed.push((file.rel_path.clone(), hash, id));
    }
    let state = skyfolio_core::testing::state(&device.app);
    for chunk in changes.chunks(10_000) {
        state.apply_changes(chunk, 0).await?;
    }
    state.record_synced_many(folder.id, &agreed).await?;
    println!(
        "no-op sync of {} synced items (set up in {:.1} s):",
        agreed.len(),
        started.elapsed().as_secs_f64()
    );
    let engine = device.app.engine(Options::default()).await?;
    let mut best = Duration::MAX;
    for _ in 0..3 {
        let started = Instant::now();
        let report = engine.pass().await?;
        let took = started.elapsed();
        ensure!(
            report.planned() == 0,
            "the pass planned {} actions",
            report.planned()
        );
        best = best.min(took);
    }
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let rss = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .map_or("?".to_owned(), |v| v.trim().to_owned());
    println!(
        "  a no-op pass (feed, scan of the folder, nothing changed): best of 3 {:.3} s (target < 1 s); this process {rss}",
        best.as_secs_f64()
    );
    Ok(())
}

fn media_files(corpus: &Path) -> Vec<PathBuf> {
    skyfolio_library::expand_paths(&[corpus.to_owned()])
        .into_iter()
        .filter(|p| !p.components().any(|c| c.as_os_str() == "bad"))
        .filter(|p| skyfolio_media::sniff(p).is_ok())
        .collect()
}

/// `count` photos of about 3 MB made from the JPEGs in `jpegs`, 100 to a folder.
fn photo_tree(jpegs: &Path, tree: &Path, count: usize) -> anyhow::Result<()> {
    let jpegs = crate::server::jpegs(jpegs)?;
    for i in 0..count {
        let folder = tree.join(format!("{:04}", 2000 + i / 100));
        std::fs::create_dir_all(&folder)?;
        std::fs::write(
            folder.join(format!("IMG_{i:05}.jpg")),
            crate::server::photo(&jpegs, i),
        )?;
    }
    Ok(())
}

/// The files of `corpus` from a new computer through the cloud to another, beside curl; each
/// run (`name`) on an account of its own.
async fn transfer(work: &Path, url: &str, corpus: &Path, name: &str) -> anyhow::Result<()> {
    let work = work.join(format!("transfer-{name}"));
    let email = format!("{name}@example.org");
    let a = computer(&work, "laptop", url, &email, true).await?;
    let b = computer(&work, "desktop", url, &email, false).await?;
    let files = media_files(corpus);
    let mut total = 0u64;
    let mut plain_names = Vec::new();
    for (n, file) in files.iter().enumerate() {
        let relative = file.strip_prefix(corpus).unwrap_or(file);
        let target = a.folder.join(relative);
        std::fs::create_dir_all(target.parent().context("a parent")?)?;
        std::fs::copy(file, &target)?;
        let old = std::time::SystemTime::now() - Duration::from_secs(3600);
        std::fs::File::options()
            .write(true)
            .open(&target)?
            .set_modified(old)?;
        total += std::fs::metadata(file)?.len();
        plain_names.push((file.clone(), format!("{name}{n}")));
    }
    // The plain copy: every file up with one curl, then down with another.
    let mut up = Vec::new();
    for (file, name) in &plain_names {
        up.extend([
            "-T".to_owned(),
            file.display().to_string(),
            format!("{url}/bench/sink/{name}"),
        ]);
    }
    let plain_up = curl(&up)?;
    let out = work.join("curl-down");
    std::fs::create_dir_all(&out)?;
    let mut down = Vec::new();
    for (_, name) in &plain_names {
        down.extend([
            format!("{url}/bench/sink/{name}"),
            "-o".to_owned(),
            out.join(name).display().to_string(),
        ]);
    }
    let plain_down = curl(&down)?;

    // The folder is indexed first, as a watched folder is while files arrive: what is timed
    // is sync itself.
    skyfolio_core::testing::library(&a.app).scan_all().await?;
    let started = Instant::now();
    let options = Options::default();
    let report = a.app.engine(options.clone()).await?.sync_once(5).await?;
    let ours_up = started.elapsed();
    ensure!(report.in_step(), "the upload did not finish: {report:?}");
    let started = Instant::now();
    let report = b.app.engine(options).await?.sync_once(5).await?;
    let ours_down = started.elapsed();
    ensure!(report.in_step(), "the download did not finish: {report:?}");
    let got = skyfolio_library::expand_paths(std::slice::from_ref(&b.folder)).len();
    ensure!(got == files.len(), "{got} of {} files arrived", files.len());

    let mb = |t: Duration| total as f64 / 1e6 / t.as_secs_f64();
    println!(
        "{} photos and videos ({:.1} MB) from one computer to another:",
        files.len(),
        total as f64 / 1e6
    );
    println!(
        "  {:<30} {:>14} {:>14} {:>7}",
        "", "skyfolio sync", "plain curl", "ratio"
    );
    for (what, ours, plain) in [
        ("sent (A to the cloud)", ours_up, plain_up),
        ("fetched (the cloud to B)", ours_down, plain_down),
        ("both ways", ours_up + ours_down, plain_up + plain_down),
    ] {
        println!(
            "  {what:<30} {:>9.1} MB/s {:>9.1} MB/s {:>6.0}%",
            mb(ours),
            mb(plain),
            100.0 * plain.as_secs_f64() / ours.as_secs_f64()
        );
    }
    Ok(())
}

async fn latency(work: &Path, url: &str, corpus: &Path, changes: usize) -> anyhow::Result<()> {
    let work = work.join("latency");
    let a = computer(&work, "laptop", url, "latency@example.org", true).await?;
    let b = computer(&work, "desktop", url, "latency@example.org", false).await?;
    let (stop, stopped) = tokio::sync::watch::channel(false);
    for device in [&a, &b] {
        let engine = device.app.engine(Options::default()).await?;
        let mut stopped = stopped.clone();
        tokio::spawn(async move {
            let shutdown = async move {
                while !*stopped.borrow_and_update() {
                    if stopped.changed().await.is_err() {
                        break;
                    }
                }
            };
            let _ = engine
                .watch(Duration::from_secs(300), shutdown, |_| {})
                .await;
        });
    }
    // Let both finish their first pass and start listening.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let photos = media_files(&corpus.join("jpeg"));
    let mut seen = Vec::new();
    for (n, photo) in photos.iter().take(changes).enumerate() {
        let name = format!("change-{n}.jpg");
        let started = Instant::now();
        std::fs::copy(photo, a.folder.join(&name))?;
        let arrived = b.folder.join(&name);
        loop {
            if arrived.exists() {
                break;
            }
            ensure!(
                started.elapsed() < Duration::from_secs(60),
                "{name} never arrived"
            );
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        seen.push(started.elapsed());
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    let _ = stop.send(true);
    seen.sort();
    let median = seen[seen.len() / 2];
    let worst = seen[seen.len() - 1];
    println!("a photo copied into a watched folder on A, until it is in B's folder (target 2 s):");
    println!(
        "  {} changes: best {:.2} s, median {:.2} s, worst {:.2} s (of which 1 s is the wait for the copy to rest)",
        seen.len(),
        seen[0].as_secs_f64(),
        median.as_secs_f64(),
        worst.as_secs_f64()
    );
    Ok(())
}
