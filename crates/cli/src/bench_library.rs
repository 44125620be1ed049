//! `skyfolio bench library`: the local index at the scale of a real collection.

use std::fs::File;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant, UNIX_EPOCH};

use anyhow::Context;
use image::{Rgb, RgbImage};
use rayon::prelude::*;
use skyfolio_library::{FolderMode, Home, Library};

use crate::bench::{Contender, run_contender};

pub fn run(files: u32, runs: u32) -> anyhow::Result<ExitCode> {
    let work = tempfile::tempdir()?;
    let tree = work.path().join("Photos");
    let home = work.path().join("home");
    let started = Instant::now();
    make_tree(&tree, files)?;
    let made = started.elapsed();

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let first_scan = runtime.block_on(async {
        // The tree was just written and is complete: no need to wait for it to rest.
        let library = Library::open(&Home::at(&home))
            .await?
            .with_settle_time(Duration::ZERO);
        let folder = library.add_folder(&tree, FolderMode::TwoWay).await?;
        let started = Instant::now();
        let report = library.scan_folder(&folder).await?;
        library.close().await;
        anyhow::ensure!(
            report.added == files as usize,
            "indexed {} of {files}",
            report.added
        );
        Ok::<_, anyhow::Error>(started.elapsed())
    })?;

    let exe = std::env::current_exe()?;
    let skyfolio = Contender {
        tool: "skyfolio scan",
        mode: "unchanged",
        jobs: 1,
        env: vec![("SKYFOLIO_HOME", home.to_string_lossy().into_owned())],
        command: vec![exe.into(), "scan".into()],
    };
    let find = Contender {
        tool: "find -printf",
        mode: "same tree",
        jobs: 1,
        env: Vec::new(),
        command: vec![
            "find".into(),
            tree.clone().into(),
            "-printf".into(),
            "%s %T@\\n".into(),
        ],
    };
    let ours = run_contender(&skyfolio, None, runs)?;
    let theirs = run_contender(&find, None, runs)?;

    let (first_page, deep_page, rss) = runtime.block_on(timeline_figures(&home))?;

    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "library of {files} photos in {} ({:.1} s to make)",
        tree.display(),
        made.as_secs_f64()
    )?;
    writeln!(
        out,
        "first index (hash and probe every file): {:.2} s, {:.0} files/s",
        first_scan.as_secs_f64(),
        f64::from(files) / first_scan.as_secs_f64()
    )?;
    writeln!(out, "rescan of {files} unchanged files, best of {runs}:")?;
    writeln!(
        out,
        "  {:<14} {:>9.3} s {:>9.1} MiB",
        skyfolio.tool,
        ours.seconds,
        ours.max_rss_kib as f64 / 1024.0
    )?;
    writeln!(
        out,
        "  {:<14} {:>9.3} s {:>9.1} MiB",
        find.tool,
        theirs.seconds,
        theirs.max_rss_kib as f64 / 1024.0
    )?;
    writeln!(
        out,
        "  skyfolio takes {:.2}× the time of find",
        ours.seconds / theirs.seconds
    )?;
    writeln!(
        out,
        "timeline page of 200 from {files} items: first page {:.2} ms, deep pages {:.2} ms median",
        ms(first_page),
        ms(deep_page)
    )?;
    writeln!(
        out,
        "memory of this process with the index open: {:.1} MiB resident",
        rss as f64 / 1024.0
    )?;
    Ok(ExitCode::SUCCESS)
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

/// `count` distinct 4×4 PNGs in folders of 1,000, one minute apart by modification time.
pub(crate) fn make_tree(root: &Path, count: u32) -> anyhow::Result<()> {
    (0..count).into_par_iter().try_for_each(|i| {
        let dir = root.join(format!("{:03}", i / 1000));
        std::fs::create_dir_all(&dir)?;
        let path = dir.join(format!("IMG_{i:06}.png"));
        let [a, b, c, _] = i.to_le_bytes();
        RgbImage::from_pixel(4, 4, Rgb([a, b, c])).save(&path)?;
        let when = UNIX_EPOCH + Duration::from_secs(1_600_000_000 + u64::from(i) * 60);
        File::options()
            .write(true)
            .open(&path)?
            .set_modified(when)?;
        Ok::<_, anyhow::Error>(())
    })
}

/// The first page, the median of pages taken at cursors spread through the timeline, and the
/// process's resident memory (KiB) with the index open.
async fn timeline_figures(home: &Path) -> anyhow::Result<(Duration, Duration, u64)> {
    let library = Library::open(&Home::at(home)).await?;
    library.timeline_page(None, 200).await?; // warm the cache
    let started = Instant::now();
    let mut page = library.timeline_page(None, 200).await?;
    let first = started.elapsed();
    let mut deep = Vec::new();
    while let Some(next) = page.next {
        let started = Instant::now();
        page = library.timeline_page(Some(next), 200).await?;
        deep.push(started.elapsed());
    }
    deep.sort();
    let median = deep.get(deep.len() / 2).copied().unwrap_or_default();
    let rss = resident_kib().context("while reading this process's memory")?;
    library.close().await;
    Ok((first, median, rss))
}

fn resident_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|kib| kib.parse().ok())
}
