//! Thumbnails and hashing beside vipsthumbnail, ImageMagick and b3sum, and what every
//! side-by-side table is built on: each contender runs as a child of a small measuring process
//! (`skyfolio-bench measure`), which reports wall time and the peak memory of its largest child,
//! so Skyfolio is measured exactly as the others are, process start included.

use std::ffi::OsString;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

use anyhow::{Context, bail};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use skyfolio_media::{Format, ThumbSize, Thumbnail, hash_file, sniff, thumbnail};

use skyfolio_library::expand_paths;

#[derive(Serialize, Deserialize)]
pub(crate) struct Measurement {
    pub seconds: f64,
    /// The largest child's peak resident memory; `None` where the system does not say.
    pub max_rss_kib: Option<u64>,
}

impl Measurement {
    /// The peak memory in MiB for a table, `?` when unknown.
    pub fn peak_mib(&self) -> String {
        self.max_rss_kib.map_or_else(
            || "?".to_owned(),
            |kib| format!("{:.1}", kib as f64 / 1024.0),
        )
    }
}

/// `ru_maxrss` in KiB: macOS (and iOS) count it in bytes, Linux and the BSDs in KiB. `os` is
/// `std::env::consts::OS`.
#[cfg_attr(
    not(any(unix, test)),
    expect(dead_code, reason = "only Unix reports ru_maxrss")
)]
pub(crate) fn max_rss_kib(ru_maxrss: i64, os: &str) -> u64 {
    let value = u64::try_from(ru_maxrss).unwrap_or(0);
    match os {
        "macos" | "ios" => value / 1024,
        _ => value,
    }
}

/// The peak resident memory of the largest child this process waited for, in KiB.
#[cfg(unix)]
fn children_max_rss_kib() -> anyhow::Result<Option<u64>> {
    let usage = nix::sys::resource::getrusage(nix::sys::resource::UsageWho::RUSAGE_CHILDREN)?;
    Ok(Some(max_rss_kib(
        usage.max_rss() as i64,
        std::env::consts::OS,
    )))
}

/// Not measured here: the tables show `?`.
#[cfg(not(unix))]
fn children_max_rss_kib() -> anyhow::Result<Option<u64>> {
    Ok(None)
}

pub(crate) fn measure(
    jobs: usize,
    files_from: Option<&Path>,
    command: &[OsString],
) -> anyhow::Result<ExitCode> {
    let files: Vec<String> = match files_from {
        Some(list) => fs::read_to_string(list)?
            .lines()
            .map(str::to_owned)
            .collect(),
        None => Vec::new(),
    };
    let (program, args) = command.split_first().context("no command to measure")?;
    let jobs = jobs.max(1);
    let chunk = files.len().div_ceil(jobs).max(1);
    let started = Instant::now();
    let mut children = Vec::new();
    let chunks: Vec<&[String]> = if files.is_empty() {
        vec![&[]]
    } else {
        files.chunks(chunk).collect()
    };
    for part in chunks {
        children.push(
            Command::new(program)
                .args(args)
                .args(part)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .with_context(|| format!("while starting {}", program.to_string_lossy()))?,
        );
    }
    for child in children {
        let output = child.wait_with_output()?;
        if !output.status.success() {
            bail!(
                "{} failed: {}",
                program.to_string_lossy(),
                String::from_utf8_lossy(&output.stderr).trim()
            );
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    let measurement = Measurement {
        seconds,
        max_rss_kib: children_max_rss_kib()?,
    };
    println!("{}", serde_json::to_string(&measurement)?);
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn run_thumbs(
    threads: usize,
    size: u32,
    out: &Path,
    files: &[PathBuf],
) -> anyhow::Result<ExitCode> {
    let size = ThumbSize::from_pixels(size).context("the size must be 256 or 1440")?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()?;
    let failures: Vec<String> = pool.install(|| {
        files
            .par_iter()
            .filter_map(|path| {
                let name = path.file_stem()?.to_string_lossy().into_owned();
                match thumbnail(path, size) {
                    Ok(Thumbnail::Jpeg(bytes)) => fs::write(out.join(format!("{name}.jpg")), bytes)
                        .err()
                        .map(|e| format!("{}: {e}", path.display())),
                    Ok(Thumbnail::NoPreview { reason }) => Some(reason),
                    Err(error) => Some(error.message()),
                }
            })
            .collect()
    });
    for failure in &failures {
        eprintln!("{failure}");
    }
    Ok(if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

pub(crate) struct Contender {
    pub tool: &'static str,
    pub mode: &'static str,
    pub jobs: usize,
    pub env: Vec<(&'static str, String)>,
    pub command: Vec<OsString>,
}

struct Row {
    tool: &'static str,
    mode: &'static str,
    best: Measurement,
}

pub(crate) fn run_contender(
    contender: &Contender,
    files_from: Option<&Path>,
    runs: u32,
) -> anyhow::Result<Measurement> {
    let exe = std::env::current_exe()?;
    let mut best: Option<Measurement> = None;
    for _ in 0..runs.max(1) {
        let mut command = Command::new(&exe);
        command.args(["measure", "--jobs", &contender.jobs.to_string()]);
        if let Some(list) = files_from {
            command.arg("--files-from").arg(list);
        }
        command.arg("--").args(&contender.command);
        command.envs(contender.env.iter().map(|(k, v)| (k, v)));
        let output = command.output()?;
        if !output.status.success() {
            bail!(
                "{}: {}",
                contender.tool,
                String::from_utf8_lossy(&output.stderr).trim()
            );
        }
        let measurement: Measurement = serde_json::from_slice(&output.stdout)?;
        if best
            .as_ref()
            .is_none_or(|b| measurement.seconds < b.seconds)
        {
            best = Some(measurement);
        }
    }
    best.context("no run")
}

fn program(name: &str) -> Option<PathBuf> {
    which::which(name).ok()
}

/// The `skyfolio` command built beside this benchmark (`cargo build --release --bins`): the
/// library and sync benchmarks time the program people run, process start included.
pub(crate) fn skyfolio_command() -> anyhow::Result<PathBuf> {
    let exe = std::env::current_exe()?;
    let command = exe.with_file_name(format!("skyfolio{}", std::env::consts::EXE_SUFFIX));
    anyhow::ensure!(
        command.is_file(),
        "{} is missing: build every binary first (cargo build --release --bins)",
        command.display()
    );
    Ok(command)
}

pub(crate) fn bench_thumbs(
    dir: &Path,
    format: Format,
    size: u32,
    min_megapixels: f64,
    runs: u32,
    repeat: usize,
) -> anyhow::Result<ExitCode> {
    ThumbSize::from_pixels(size).context("the size must be 256 or 1440")?;
    let mut photos = Vec::new();
    let mut bytes = 0u64;
    let mut pixels = 0u64;
    for path in expand_paths(&[dir.to_owned()]) {
        let Ok(media_type) = sniff(&path) else {
            continue;
        };
        if media_type.format != format {
            continue;
        }
        let Ok(metadata) = skyfolio_media::read_metadata(&path, &media_type) else {
            continue;
        };
        let count =
            u64::from(metadata.width.unwrap_or(0)) * u64::from(metadata.height.unwrap_or(0));
        if (count as f64) < min_megapixels * 1e6 {
            continue;
        }
        // Warm the page cache so every contender reads from memory.
        bytes += fs::read(&path).map(|data| data.len() as u64)?;
        pixels += count;
        photos.push(path);
    }
    if photos.is_empty() {
        bail!(
            "no {} photos of at least {min_megapixels} MP in {}",
            format.label(),
            dir.display()
        );
    }
    let work = tempfile::tempdir()?;
    let list = work.path().join("files.txt");
    let absolute: Vec<String> = photos
        .iter()
        .map(|p| fs::canonicalize(p).map(|p| p.to_string_lossy().into_owned()))
        .collect::<Result<_, _>>()?;
    let repeat = repeat.max(1);
    let absolute: Vec<String> = (0..repeat).flat_map(|_| absolute.iter().cloned()).collect();
    bytes *= repeat as u64;
    pixels *= repeat as u64;
    fs::write(&list, absolute.join("\n"))?;
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let exe = std::env::current_exe()?;
    let out_dir = |name: &str| -> anyhow::Result<PathBuf> {
        let dir = work.path().join(name);
        fs::create_dir_all(&dir)?;
        Ok(dir)
    };
    let mut contenders = Vec::new();
    for (mode, threads) in [("1 thread", 1usize), ("all cores", 0)] {
        let out = out_dir(&format!("skyfolio-{threads}"))?;
        contenders.push(Contender {
            tool: "skyfolio",
            mode,
            jobs: 1,
            env: Vec::new(),
            command: vec![
                exe.clone().into(),
                "run-thumbs".into(),
                "--threads".into(),
                threads.to_string().into(),
                "--size".into(),
                size.to_string().into(),
                "--out".into(),
                out.into(),
            ],
        });
    }
    if let Some(vips) = program("vipsthumbnail") {
        for (mode, jobs) in [("1 thread", 1usize), ("all cores", cores)] {
            let out = out_dir(&format!("vips-{jobs}"))?;
            contenders.push(Contender {
                tool: "vipsthumbnail",
                mode,
                jobs,
                env: vec![("VIPS_CONCURRENCY", "1".to_owned())],
                command: vec![
                    vips.clone().into(),
                    "-s".into(),
                    size.to_string().into(),
                    "-o".into(),
                    format!("{}/%s.jpg[Q=82]", out.display()).into(),
                ],
            });
        }
    }
    if let Some(mogrify) = program("mogrify") {
        for (mode, jobs) in [("1 thread", 1usize), ("all cores", cores)] {
            let out = out_dir(&format!("magick-{jobs}"))?;
            contenders.push(Contender {
                tool: "imagemagick",
                mode,
                jobs,
                env: vec![("MAGICK_THREAD_LIMIT", "1".to_owned())],
                command: vec![
                    mogrify.clone().into(),
                    "-path".into(),
                    out.into(),
                    // Lets libjpeg decode at a reduced scale, as we do.
                    "-define".into(),
                    format!("jpeg:size={}x{}", size * 2, size * 2).into(),
                    "-thumbnail".into(),
                    format!("{size}x{size}").into(),
                    "-quality".into(),
                    "82".into(),
                ],
            });
        }
    }
    let mut rows = Vec::new();
    for contender in &contenders {
        let best = run_contender(contender, Some(&list), runs)?;
        rows.push(Row {
            tool: contender.tool,
            mode: contender.mode,
            best,
        });
    }
    let count = absolute.len() as f64;
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "thumbnails {size} px of {} {} ({} photos × {repeat}; {:.1} MP average, {:.1} MB), best of {runs} runs, {cores} cores",
        absolute.len(),
        format.label(),
        photos.len(),
        pixels as f64 / count / 1e6,
        bytes as f64 / 1e6
    )?;
    writeln!(
        out,
        "{:<14} {:<10} {:>9} {:>10} {:>8} {:>10} {:>16}",
        "tool", "mode", "images/s", "ms/image", "MB/s", "peak MiB", "skyfolio is ×"
    )?;
    for row in &rows {
        let rate = count / row.best.seconds;
        let ours = rows
            .iter()
            .find(|r| r.tool == "skyfolio" && r.mode == row.mode)
            .map(|r| count / r.best.seconds);
        let ratio = ours.map_or("".to_owned(), |ours| format!("{:.2}", ours / rate));
        writeln!(
            out,
            "{:<14} {:<10} {:>9.1} {:>10.2} {:>8.1} {:>10} {:>16}",
            row.tool,
            row.mode,
            rate,
            1000.0 / rate,
            bytes as f64 / 1e6 / row.best.seconds,
            row.best.peak_mib(),
            ratio
        )?;
    }
    for missing in ["vipsthumbnail", "mogrify"] {
        if program(missing).is_none() {
            writeln!(out, "({missing} is not installed; not compared)")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn bench_hash(file: &Path, runs: u32) -> anyhow::Result<ExitCode> {
    let size = fs::metadata(file)
        .with_context(|| format!("while reading {}", file.display()))?
        .len();
    // Warm the page cache.
    hash_file(file)?;
    let exe = std::env::current_exe()?;
    let file_arg: OsString = fs::canonicalize(file)?.into();
    let mut contenders = Vec::new();
    for (mode, threads) in [("1 thread", "1"), ("all cores", "0")] {
        contenders.push(Contender {
            tool: "skyfolio",
            mode,
            jobs: 1,
            env: Vec::new(),
            command: vec![
                exe.clone().into(),
                "run-hash".into(),
                "--threads".into(),
                threads.into(),
                file_arg.clone(),
            ],
        });
    }
    if let Some(b3sum) = program("b3sum") {
        contenders.push(Contender {
            tool: "b3sum",
            mode: "1 thread",
            jobs: 1,
            env: Vec::new(),
            command: vec![
                b3sum.clone().into(),
                "--num-threads".into(),
                "1".into(),
                file_arg.clone(),
            ],
        });
        contenders.push(Contender {
            tool: "b3sum",
            mode: "all cores",
            jobs: 1,
            env: Vec::new(),
            command: vec![b3sum.into(), file_arg.clone()],
        });
    }
    let mut rows = Vec::new();
    for contender in &contenders {
        rows.push(Row {
            tool: contender.tool,
            mode: contender.mode,
            best: run_contender(contender, None, runs)?,
        });
    }
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "BLAKE3 of {} ({:.1} MiB), best of {runs} runs",
        file.display(),
        size as f64 / (1 << 20) as f64
    )?;
    writeln!(
        out,
        "{:<10} {:<10} {:>10} {:>10} {:>16}",
        "tool", "mode", "MB/s", "peak MiB", "skyfolio is ×"
    )?;
    for row in &rows {
        let rate = size as f64 / 1e6 / row.best.seconds;
        let ours = rows
            .iter()
            .find(|r| r.tool == "skyfolio" && r.mode == row.mode)
            .map(|r| size as f64 / 1e6 / r.best.seconds);
        let ratio = ours.map_or("".to_owned(), |ours| format!("{:.2}", ours / rate));
        writeln!(
            out,
            "{:<10} {:<10} {:>10.0} {:>10} {:>16}",
            row.tool,
            row.mode,
            rate,
            row.best.peak_mib(),
            ratio
        )?;
    }
    if program("b3sum").is_none() {
        writeln!(out, "(b3sum is not installed; not compared)")?;
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ru_maxrss_is_bytes_on_macos_and_kib_elsewhere() {
        assert_eq!(max_rss_kib(200 * 1024 * 1024, "macos"), 200 * 1024);
        assert_eq!(max_rss_kib(200 * 1024, "linux"), 200 * 1024);
        assert_eq!(max_rss_kib(200 * 1024, "freebsd"), 200 * 1024);
        assert_eq!(max_rss_kib(-1, "linux"), 0);
    }

    #[test]
    fn unknown_memory_reads_as_a_question_mark() {
        let unknown = Measurement {
            seconds: 1.0,
            max_rss_kib: None,
        };
        assert_eq!(unknown.peak_mib(), "?");
        let known = Measurement {
            seconds: 1.0,
            max_rss_kib: Some(1536),
        };
        assert_eq!(known.peak_mib(), "1.5");
    }
}
