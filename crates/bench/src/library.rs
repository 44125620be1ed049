//! `skyfolio-bench library`: the local index at the scale of a real collection.

use std::fs::File;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant, UNIX_EPOCH};

use anyhow::Context;
use image::{Rgb, RgbImage};
use rayon::prelude::*;
use skyfolio_library::{FolderMode, Home, Library};

use crate::tools::{Contender, Measurement, run_contender};

/// How many files the folder of unreadable ones holds.
const UNREADABLE_FILES: u32 = 20_000;

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

    let exe = crate::tools::skyfolio_command()?;
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
    let unreadable = unreadable_figures(&runtime, work.path(), runs)?;

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
        "  {:<14} {:>9.3} s {:>9} MiB",
        skyfolio.tool,
        ours.seconds,
        ours.peak_mib()
    )?;
    writeln!(
        out,
        "  {:<14} {:>9.3} s {:>9} MiB",
        find.tool,
        theirs.seconds,
        theirs.peak_mib()
    )?;
    writeln!(
        out,
        "  skyfolio takes {:.2}× the time of find",
        ours.seconds / theirs.seconds
    )?;
    writeln!(
        out,
        "rescan of {UNREADABLE_FILES} unreadable files (damaged, empty, not photos), best of {runs}:"
    )?;
    for (tool, measured) in [
        ("skyfolio scan", &unreadable.ours),
        ("find -printf", &unreadable.theirs),
    ] {
        writeln!(
            out,
            "  {:<14} {:>9.3} s {:>9} MiB",
            tool,
            measured.seconds,
            measured.peak_mib()
        )?;
    }
    writeln!(
        out,
        "  skyfolio takes {:.2}× the time of find; a rescan read {} of them again",
        unreadable.ours.seconds / unreadable.theirs.seconds,
        unreadable.read_again
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

/// A folder where no file can be read, indexed once and then rescanned.
struct Unreadable {
    ours: Measurement,
    theirs: Measurement,
    /// How many files a rescan read again.
    read_again: usize,
}

fn unreadable_figures(
    runtime: &tokio::runtime::Runtime,
    work: &Path,
    runs: u32,
) -> anyhow::Result<Unreadable> {
    let tree = work.join("Unreadable");
    let home = work.join("home-unreadable");
    make_unreadable_tree(&tree, UNREADABLE_FILES)?;
    let folder = runtime.block_on(async {
        let library = Library::open(&Home::at(&home)).await?;
        let folder = library.add_folder(&tree, FolderMode::TwoWay).await?;
        let report = library.scan_folder(&folder).await?;
        library.close().await;
        anyhow::ensure!(
            report.failures.len() == UNREADABLE_FILES as usize,
            "{} of {UNREADABLE_FILES} failed",
            report.failures.len()
        );
        Ok::<_, anyhow::Error>(folder)
    })?;
    // Every file fails, so `skyfolio scan` ends with 1, "some files failed": anything else is
    // a failure of the benchmark.
    let exe = crate::tools::skyfolio_command()?;
    let skyfolio = Contender {
        tool: "skyfolio scan",
        mode: "unreadable",
        jobs: 1,
        env: vec![("SKYFOLIO_HOME", home.to_string_lossy().into_owned())],
        command: vec![
            "sh".into(),
            "-c".into(),
            "\"$0\" scan; test $? -eq 1".into(),
            exe.into(),
        ],
    };
    let find = Contender {
        tool: "find -printf",
        mode: "unreadable",
        jobs: 1,
        env: Vec::new(),
        command: vec![
            "find".into(),
            tree.into(),
            "-printf".into(),
            "%s %T@\\n".into(),
        ],
    };
    let ours = run_contender(&skyfolio, None, runs)?;
    let theirs = run_contender(&find, None, runs)?;
    let read_again = runtime.block_on(async {
        let library = Library::open(&Home::at(&home)).await?;
        let report = library.scan_folder(&folder).await?;
        library.close().await;
        Ok::<_, anyhow::Error>(report.read)
    })?;
    Ok(Unreadable {
        ours,
        theirs,
        read_again,
    })
}

/// `count` files named as photos that no reader can take, in folders of 1,000, an hour old:
/// JPEGs cut off after their first bytes, text named `.jpg`, and empty files.
fn make_unreadable_tree(root: &Path, count: u32) -> anyhow::Result<()> {
    (0..count).into_par_iter().try_for_each(|i| {
        let dir = root.join(format!("{:03}", i / 1000));
        std::fs::create_dir_all(&dir)?;
        let path = dir.join(format!("IMG_{i:06}.jpg"));
        let bytes: Vec<u8> = match i % 3 {
            0 => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]
                .iter()
                .copied()
                .chain(*b"JFIF\0")
                .chain(i.to_le_bytes())
                .collect(),
            1 => format!("not a photo, number {i}\n").into_bytes(),
            _ => Vec::new(),
        };
        std::fs::write(&path, bytes)?;
        let when = std::time::SystemTime::now() - Duration::from_secs(3600);
        File::options()
            .write(true)
            .open(&path)?
            .set_modified(when)?;
        Ok::<_, anyhow::Error>(())
    })
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
