//! The `skyfolio` command as a person or a script runs it, on the real corpus.

mod cloud;
mod language;
mod takeout;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn corpus() -> PathBuf {
    std::env::var_os("SKYFOLIO_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus"))
}

/// The `skyfolio` command in English, whatever this machine's language: `LC_ALL=C` asks for the
/// program's own words, and the default home is one that does not exist, so no language chosen
/// by this machine's person is read. The tests that check other languages say so themselves.
fn command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_skyfolio"));
    command.env("LC_ALL", "C").env(
        "SKYFOLIO_HOME",
        Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-home"),
    );
    command
}

fn skyfolio(args: &[&str], paths: &[PathBuf]) -> Output {
    command()
        .args(args)
        .args(paths)
        .output()
        .expect("skyfolio runs")
}

fn json_lines(output: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("one JSON object per line"))
        .collect()
}

#[test]
fn info_json_describes_good_files_and_exits_zero() {
    let files = [
        corpus().join("jpeg/apple_iphone4.jpg"),
        corpus().join("orientation/portrait_6.jpg"),
        corpus().join("video/apple_iphone6_gps.mov"),
    ];
    let output = skyfolio(&["info", "--json"], &files);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 3);
    let photo = &lines[0];
    assert_eq!(photo["path"], files[0].to_str().expect("utf-8"));
    assert_eq!(photo["kind"], "photo");
    assert_eq!(photo["mime"], "image/jpeg");
    assert_eq!(photo["taken_at"], "2011-01-13T14:33:39");
    assert_eq!(photo["taken_at_source"], "exif-original");
    assert_eq!(photo["make"], "Apple");
    assert_eq!(photo["model"], "iPhone 4");
    assert_eq!(photo["hash"].as_str().map(str::len), Some(64));
    let portrait = &lines[1];
    assert_eq!(portrait["orientation"], 6);
    assert!(portrait["height"].as_u64() > portrait["width"].as_u64());
    let video = &lines[2];
    assert_eq!(video["kind"], "video");
    assert_eq!(video["duration_ms"], 4001);
    assert_eq!(video["taken_at"], "2019-07-24T11:25:40+03:00");
}

#[test]
fn info_reports_each_bad_file_and_exits_one() {
    let files = [
        corpus().join("bad/zero_bytes.jpg"),
        corpus().join("jpeg/no_exif.jpg"),
        corpus().join("bad/not_an_image.jpg"),
    ];
    let output = skyfolio(&["info", "--json"], &files);
    assert_eq!(output.status.code(), Some(1));
    let lines = json_lines(&output);
    assert_eq!(
        lines.len(),
        3,
        "the good file between two bad ones is still described"
    );
    assert_eq!(lines[0]["error"]["code"], "empty-file");
    assert!(
        lines[0]["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("zero_bytes.jpg"))
    );
    assert_eq!(lines[1]["kind"], "photo");
    assert_eq!(lines[1]["taken_at"], Value::Null);
    assert_eq!(lines[2]["error"]["code"], "unsupported-format");

    let human = skyfolio(&["info"], &files);
    let text = String::from_utf8_lossy(&human.stdout);
    assert!(text.contains("the file is empty"), "{text}");
    assert!(text.contains("3 files, 2 unreadable"), "{text}");
}

#[test]
fn thumbs_writes_hash_named_files_and_sums_up() {
    let out = tempfile::tempdir().expect("temp dir");
    let out_arg = out.path().to_str().expect("utf-8");
    let inputs = [
        corpus().join("orientation"),
        corpus().join("bad/truncated_htc_desire.webp"),
    ];
    let output = skyfolio(&["thumbs", "--out", out_arg], &inputs);
    let summary = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(1),
        "a failure makes the exit status 1: {summary}"
    );
    assert!(summary.starts_with("18 made, 0 skipped"), "{summary}");
    assert!(summary.contains("1 failed"), "{summary}");
    assert!(summary.contains("truncated_htc_desire.webp"), "{summary}");

    let info = skyfolio(
        &["info", "--json"],
        &[corpus().join("orientation/landscape_3.jpg")],
    );
    let hash = json_lines(&info)[0]["hash"]
        .as_str()
        .expect("hash")
        .to_owned();
    let thumb = out.path().join(format!("{hash}-256.jpg"));
    let picture = image::open(&thumb).expect("a JPEG thumbnail named by hash and size");
    assert_eq!((picture.width(), picture.height()), (256, 171));
    let leftovers = std::fs::read_dir(out.path())
        .expect("listing")
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        })
        .count();
    assert_eq!(leftovers, 0, "no temporary files left behind");

    let again = skyfolio(
        &["thumbs", "--out", out_arg],
        &[corpus().join("orientation")],
    );
    let summary = String::from_utf8_lossy(&again.stdout);
    assert!(again.status.success());
    assert!(
        summary.starts_with("0 made, 18 skipped (18 already made"),
        "{summary}"
    );
}

#[test]
fn videos_without_ffmpeg_say_there_is_no_preview() {
    let out = tempfile::tempdir().expect("temp dir");
    let output = command()
        .args(["thumbs", "--out"])
        .arg(out.path())
        .arg(corpus().join("video"))
        .env("SKYFOLIO_FFMPEG", "/nonexistent/ffmpeg")
        .output()
        .expect("skyfolio runs");
    let summary = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{summary}");
    assert!(summary.contains("3 without preview"), "{summary}");
    assert!(
        summary.contains("/nonexistent/ffmpeg is not installed"),
        "{summary}"
    );
}

#[test]
fn the_size_must_be_one_we_show() {
    let out = tempfile::tempdir().expect("temp dir");
    let output = command()
        .args(["thumbs", "--size", "300", "--out"])
        .arg(out.path())
        .arg(corpus().join("jpeg/no_exif.jpg"))
        .output()
        .expect("skyfolio runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("256 or 1440"));
}

#[test]
fn folders_scan_and_library_list_share_one_home() {
    let home = tempfile::tempdir().expect("home");
    let photos = tempfile::tempdir().expect("photos");
    std::fs::copy(
        corpus().join("jpeg/apple_iphone4.jpg"),
        photos.path().join("a.jpg"),
    )
    .expect("copy");
    std::fs::copy(
        corpus().join("video/android_gps.mp4"),
        photos.path().join("b.mp4"),
    )
    .expect("copy");
    let run = |args: &[&str]| {
        command()
            .args(args)
            .env("SKYFOLIO_HOME", home.path())
            .output()
            .expect("skyfolio runs")
    };
    let dir = photos.path().to_str().expect("utf-8");
    assert!(
        run(&["folder", "add", dir, "--mode", "upload-only"])
            .status
            .success()
    );
    let folders = json_lines(&run(&["folder", "list", "--json"]));
    assert_eq!(folders.len(), 1);
    assert_eq!(folders[0]["mode"], "upload-only");
    let scan = run(&["scan"]);
    let summary = String::from_utf8_lossy(&scan.stdout);
    assert!(scan.status.success(), "{summary}");
    assert!(summary.contains("2 files, 2 new"), "{summary}");
    let items = json_lines(&run(&["library", "list", "--json"]));
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["kind"], "video", "newest first");
    assert_eq!(items[1]["taken_at"], "2011-01-13T14:33:39");
    assert!(
        items[1]["paths"][0]
            .as_str()
            .is_some_and(|p| p.ends_with("a.jpg"))
    );
    assert!(home.path().join("library.db").exists());
    let drop = tempfile::tempdir().expect("drop");
    std::fs::copy(
        corpus().join("jpeg/nikon_e950.jpg"),
        drop.path().join("n.jpg"),
    )
    .expect("copy");
    std::fs::copy(
        corpus().join("jpeg/apple_iphone4.jpg"),
        drop.path().join("dup.jpg"),
    )
    .expect("copy");
    let import = run(&["import", drop.path().to_str().expect("utf-8"), "--to", dir]);
    let summary = String::from_utf8_lossy(&import.stdout);
    assert!(import.status.success(), "{summary}");
    assert!(
        summary.contains("1 copied, 1 already in the library"),
        "{summary}"
    );
    assert_eq!(json_lines(&run(&["library", "list", "--json"])).len(), 3);
    let bad_mode = run(&["folder", "add", dir, "--mode", "sideways"]);
    assert_eq!(bad_mode.status.code(), Some(2));
    assert!(run(&["folder", "remove", dir]).status.success());
    assert!(json_lines(&run(&["library", "list", "--json"])).is_empty());
}

#[test]
fn scan_watch_takes_in_a_photo_copied_in_and_stops_cleanly_on_interrupt() {
    use std::io::{BufRead, BufReader};
    use std::sync::mpsc;
    use std::time::Duration;

    let home = tempfile::tempdir().expect("home");
    let photos = tempfile::tempdir().expect("photos");
    let dir = photos.path().to_str().expect("utf-8");
    let added = command()
        .args(["--home", home.path().to_str().expect("utf-8")])
        .args(["folder", "add", dir])
        .output()
        .expect("folder add");
    assert!(added.status.success());
    let mut child = command()
        .args(["--home", home.path().to_str().expect("utf-8")])
        .args(["scan", "--watch"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("skyfolio scan --watch starts");
    let stdout = child.stdout.take().expect("stdout");
    let (lines, heard) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if lines.send(line).is_err() {
                break;
            }
        }
    });
    let mut transcript = Vec::new();
    let mut wait_for = |wanted: &str| {
        loop {
            let line = heard
                .recv_timeout(Duration::from_secs(20))
                .unwrap_or_else(|_| panic!("no {wanted:?} in {transcript:#?}"));
            let hit = line.contains(wanted);
            transcript.push(line);
            if hit {
                return;
            }
        }
    };
    wait_for("watching for changes");
    std::fs::copy(
        corpus().join("jpeg/google_pixel.jpg"),
        photos.path().join("new.jpg"),
    )
    .expect("copy");
    wait_for("1 new");
    wait_for("thumbnails: 1 made");
    let interrupted = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(interrupted.success());
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        assert!(std::time::Instant::now() < deadline, "did not stop");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "{status:?}");
}
