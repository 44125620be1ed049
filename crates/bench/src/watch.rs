//! `skyfolio-bench watch`: how soon a photo dropped into a watched folder is in the library with
//! its thumbnails, and that a large file copied slowly is taken only once it is complete.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::Context;
use skyfolio_library::{FolderMode, Home, Library, ThumbnailCache, WatchEvent, WatchOptions};
use skyfolio_media::hash_file;
use tokio::sync::{mpsc, oneshot};

/// The promise: a photo copied in is indexed, thumbnails made, within this time.
const TARGET: Duration = Duration::from_secs(2);

pub fn run(photos: &Path, count: usize, big_mb: u64) -> anyhow::Result<ExitCode> {
    let mut sources: Vec<PathBuf> = skyfolio_library::expand_paths(&[photos.to_owned()])
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("jpg")))
        .collect();
    sources.truncate(count);
    anyhow::ensure!(!sources.is_empty(), "no JPEGs in {}", photos.display());
    let work = tempfile::tempdir()?;
    let folder = work.path().join("Photos");
    std::fs::create_dir(&folder)?;
    let folder = std::fs::canonicalize(&folder)?;
    let home = Home::at(work.path().join("home"));
    let cache = ThumbnailCache::new(work.path().join("thumbs"));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let library = Library::open(&home).await?;
        library.add_folder(&folder, FolderMode::TwoWay).await?;
        let (sender, mut events) = mpsc::unbounded_channel();
        let (stop, stopped) = oneshot::channel::<()>();
        let watcher = library.clone();
        let options = WatchOptions {
            thumbnails: Some(cache.clone()),
            ..WatchOptions::default()
        };
        let task = tokio::spawn(async move {
            let shutdown = async {
                let _ = stopped.await;
            };
            watcher
                .watch(options, shutdown, move |event| {
                    let _ = sender.send(event);
                })
                .await
        });
        while !matches!(events.recv().await, Some(WatchEvent::Ready) | None) {}

        println!(
            "photo copied into a watched folder -> indexed with both thumbnails (target {:.1} s):",
            TARGET.as_secs_f64()
        );
        let mut latencies = Vec::new();
        for source in &sources {
            let target = folder.join(source.file_name().context("a file name")?);
            let hash = hash_file(source)?;
            let started = Instant::now();
            std::fs::copy(source, &target)?;
            loop {
                let item = library.media_by_hash(&hash).await?;
                if item.is_some_and(|i| i.thumb_state == "ready") {
                    break;
                }
                anyhow::ensure!(
                    started.elapsed() < Duration::from_secs(30),
                    "{} was not indexed within 30 s",
                    target.display()
                );
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            latencies.push(started.elapsed());
            while events.try_recv().is_ok() {}
        }
        latencies.sort();
        let median = latencies[latencies.len() / 2];
        let worst = latencies[latencies.len() - 1];
        println!(
            "  {} photos: best {:.2} s, median {:.2} s, worst {:.2} s -> {}",
            latencies.len(),
            latencies[0].as_secs_f64(),
            median.as_secs_f64(),
            worst.as_secs_f64(),
            if worst <= TARGET {
                "within target"
            } else {
                "MISSED target"
            }
        );

        if big_mb > 0 {
            slow_copy(&library, &folder, &sources[0], big_mb).await?;
        }
        let _ = stop.send(());
        task.await??;
        library.close().await;
        Ok::<_, anyhow::Error>(())
    })?;
    Ok(ExitCode::SUCCESS)
}

/// Writes a `big_mb` MB file (a real photo followed by padding) in pieces with pauses shorter
/// than the settle time, checking all along that the library has not taken it.
async fn slow_copy(
    library: &Library,
    folder: &Path,
    photo: &Path,
    big_mb: u64,
) -> anyhow::Result<()> {
    let target = folder.join("big-slow-copy.jpg");
    let head = std::fs::read(photo)?;
    let total = big_mb * 1_000_000;
    let piece = vec![0u8; 16 << 20];
    let mut file = std::fs::File::create(&target)?;
    file.write_all(&head)?;
    let mut written = head.len() as u64;
    let started = Instant::now();
    let mut looks = 0u32;
    let mut taken_early = 0u32;
    while written < total {
        let n = usize::try_from((total - written).min(piece.len() as u64))?;
        file.write_all(&piece[..n])?;
        written += n as u64;
        // About 200 MB/s, in bursts: a USB drive or a network copy.
        tokio::time::sleep(Duration::from_millis(80)).await;
        looks += 1;
        if indexed(library, &target).await? {
            taken_early += 1;
        }
    }
    file.sync_all()?;
    drop(file);
    let finished = Instant::now();
    let writing = finished - started;
    loop {
        if indexed(library, &target).await? {
            break;
        }
        anyhow::ensure!(
            finished.elapsed() < Duration::from_secs(60),
            "the finished file was not indexed within 60 s"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let after = finished.elapsed();
    println!(
        "{:.1} GB copied slowly ({:.1} s at {:.0} MB/s): indexed while incomplete {taken_early} times in {looks} looks; indexed {:.2} s after the last byte -> {}",
        total as f64 / 1e9,
        writing.as_secs_f64(),
        total as f64 / 1e6 / writing.as_secs_f64(),
        after.as_secs_f64(),
        if taken_early == 0 {
            "as required"
        } else {
            "WRONG: taken half-written"
        }
    );
    Ok(())
}

async fn indexed(library: &Library, path: &Path) -> anyhow::Result<bool> {
    let page = library.timeline_page(None, 1000).await?;
    Ok(page
        .items
        .iter()
        .any(|item| item.paths.iter().any(|p| p == path)))
}
