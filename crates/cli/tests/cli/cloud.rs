//! The cloud commands as a script runs them: two computers signing in to a real server, a sync
//! killed with SIGKILL in the middle of an upload that resumes, status, storage, devices, trash
//! and one-off transfers.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use serde_json::Value;

use crate::corpus;

/// A server in a runtime of its own, for the whole test.
pub(crate) struct Cloud {
    url: String,
    data: PathBuf,
    runtime: tokio::runtime::Runtime,
    _dir: tempfile::TempDir,
}

impl Cloud {
    pub(crate) fn start() -> Cloud {
        let dir = tempfile::tempdir().expect("temp dir");
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("a runtime");
        let data = dir.path().join("data");
        let url = runtime.block_on(async {
            let server = skyfolio_server::Server::open(skyfolio_server::Config::new(&data))
                .await
                .expect("opens");
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("a port");
            let url = format!("http://{}", listener.local_addr().expect("bound"));
            tokio::spawn(async move { server.serve(listener).await });
            url
        });
        Cloud {
            url,
            data,
            runtime,
            _dir: dir,
        }
    }
}

impl Cloud {
    /// An invite code from the server's administrator.
    fn invite(&self) -> String {
        self.runtime.block_on(async {
            let admin = skyfolio_server::admin::Admin::open(&self.data)
                .await
                .expect("admin");
            let (code, _) = admin
                .invite(Duration::from_secs(3600), None)
                .await
                .expect("an invite");
            admin.close().await;
            code
        })
    }
}

/// One computer: a home and a folder, driven through the `skyfolio` command.
pub(crate) struct Computer {
    home: PathBuf,
    folder: PathBuf,
    _dir: tempfile::TempDir,
}

impl Computer {
    pub(crate) fn new() -> Computer {
        let dir = tempfile::tempdir().expect("temp dir");
        let folder = dir.path().join("Photos");
        std::fs::create_dir(&folder).expect("mkdir");
        Computer {
            home: dir.path().join("home"),
            folder,
            _dir: dir,
        }
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut command = crate::command();
        command
            .arg("--home")
            .arg(&self.home)
            .arg("--no-keychain")
            .args(args)
            // The OS trash of this computer lives in its home.
            .env("XDG_DATA_HOME", self.home.join("xdg"))
            .stdin(Stdio::null());
        command
    }

    pub(crate) fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("skyfolio runs")
    }

    pub(crate) fn ok(&self, args: &[&str]) -> String {
        let output = self.run(args);
        assert!(
            output.status.success(),
            "skyfolio {args:?}: {}\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// `skyfolio login` as `email` with `extra` arguments, the password on standard input.
    fn try_login(&self, cloud: &Cloud, email: &str, extra: &[&str]) -> Output {
        let mut args = vec![
            "login",
            "--server",
            &cloud.url,
            "--email",
            email,
            "--password-stdin",
        ];
        args.extend_from_slice(extra);
        let mut child = self
            .command(&args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("skyfolio runs");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(b"correct horse battery\n")
            .expect("written");
        child.wait_with_output().expect("finished")
    }

    pub(crate) fn login(&self, cloud: &Cloud, register: bool) {
        let mut args = vec![
            "login",
            "--server",
            &cloud.url,
            "--email",
            "anna@example.org",
            "--password-stdin",
        ];
        if register {
            args.push("--register");
        }
        let mut child = self
            .command(&args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("skyfolio runs");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(b"correct horse battery\n")
            .expect("written");
        let output = child.wait_with_output().expect("finished");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(String::from_utf8_lossy(&output.stdout).contains("a private file"));
    }
}

fn json(text: &str) -> Value {
    serde_json::from_str(text.trim()).expect("JSON")
}

fn files(root: &Path) -> Vec<(String, Vec<u8>)> {
    let mut found: Vec<(String, Vec<u8>)> = skyfolio_core::expand_paths(&[root.to_owned()])
        .into_iter()
        .filter(|p| !p.to_string_lossy().contains(".skyfolio-"))
        .map(|p| {
            let key = p
                .strip_prefix(root)
                .expect("under")
                .to_string_lossy()
                .into_owned();
            let bytes = std::fs::read(&p).expect("read");
            (key, bytes)
        })
        .collect();
    found.sort();
    found
}

fn put_old(path: &Path, bytes: &[u8]) {
    std::fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
    std::fs::write(path, bytes).expect("written");
    let when = std::time::SystemTime::now() - Duration::from_secs(600);
    std::fs::File::options()
        .write(true)
        .open(path)
        .expect("open")
        .set_modified(when)
        .expect("mtime");
}

#[test]
fn two_computers_sync_through_the_command_and_a_killed_sync_resumes() {
    let cloud = Cloud::start();
    let laptop = Computer::new();
    laptop.login(&cloud, true);
    laptop.ok(&["folder", "add", laptop.folder.to_str().expect("utf-8")]);
    for name in [
        "jpeg/canon_eos_7d.jpg",
        "heic/apple_iphone8.heic",
        "video/apple_iphone6_gps.mov",
    ] {
        let bytes = std::fs::read(corpus().join(name)).expect("corpus");
        put_old(
            &laptop
                .folder
                .join("Trip")
                .join(name.rsplit('/').next().expect("a name")),
            &bytes,
        );
    }
    let mut big = std::fs::read(corpus().join("jpeg/nikon_d5000.jpg")).expect("corpus");
    big.resize(64 << 20, 3);
    put_old(&laptop.folder.join("big.jpg"), &big);

    // Killed while uploading, slowly, the big file.
    let mut child = laptop
        .command(&["sync", "--once", "--upload-limit", "16MB"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("skyfolio runs");
    std::thread::sleep(Duration::from_millis(2000));
    assert!(
        child.try_wait().expect("wait").is_none(),
        "the sync ended before it was killed"
    );
    // SIGKILL on Unix, TerminateProcess on Windows: no chance to clean up either way.
    child.kill().expect("killed");
    child.wait().expect("reaped");

    let output = laptop.run(&["sync", "--once"]);
    assert!(
        output.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let status = json(&laptop.ok(&["status", "--json"]));
    assert_eq!(status["pending"]["uploads"], 0, "{status}");
    assert_eq!(status["failed"], serde_json::json!([]), "{status}");
    assert!(status["lastSuccessAt"].is_i64());
    let storage = json(&laptop.ok(&["storage", "--json"]));
    let expected: usize = files(&laptop.folder).iter().map(|(_, b)| b.len()).sum();
    assert_eq!(storage["used"], expected as u64, "{storage}");

    // A second computer gets it all.
    let desktop = Computer::new();
    desktop.login(&cloud, false);
    desktop.ok(&["folder", "add", desktop.folder.to_str().expect("utf-8")]);
    desktop.ok(&["sync", "--once"]);
    assert!(
        files(&desktop.folder) == files(&laptop.folder),
        "the folders differ"
    );
    let devices: Vec<Value> = desktop
        .ok(&["devices", "list", "--json"])
        .lines()
        .map(json)
        .collect();
    assert_eq!(devices.len(), 2);
    assert_eq!(devices.iter().filter(|d| d["current"] == true).count(), 1);

    // A deletion on one computer travels to the other's trash, and is in the cloud's.
    std::fs::remove_file(laptop.folder.join("big.jpg")).expect("deleted");
    laptop.ok(&["sync", "--once"]);
    desktop.ok(&["sync", "--once"]);
    assert!(!desktop.folder.join("big.jpg").exists());
    let trashed = desktop.home.join("xdg/Trash/files/big.jpg");
    assert!(trashed.exists(), "moved to the OS trash, not deleted");
    let trash: Vec<Value> = laptop
        .ok(&["trash", "list", "--json"])
        .lines()
        .map(json)
        .collect();
    assert_eq!(trash.len(), 1);
    let id = trash[0]["id"].as_str().expect("an id").to_owned();
    laptop.ok(&["trash", "restore", &id]);
    laptop.ok(&["sync", "--once"]);
    assert_eq!(
        std::fs::read(laptop.folder.join("big.jpg"))
            .expect("back")
            .len(),
        big.len()
    );

    // One-off transfers.
    let loose = tempfile::tempdir().expect("temp dir");
    let photo = loose.path().join("IMG_9.jpg");
    put_old(
        &photo,
        &std::fs::read(corpus().join("jpeg/xiaomi_mi_9t.jpg")).expect("corpus"),
    );
    let uploaded = laptop.ok(&["upload", photo.to_str().expect("utf-8"), "--album", "Drops"]);
    assert!(uploaded.contains("Drops/IMG_9.jpg"), "{uploaded}");
    // A file that cannot be sent is named once, with its reason; the others go on.
    let empty = loose.path().join("empty.jpg");
    std::fs::write(&empty, b"").expect("write");
    let partly = laptop.run(&["upload", empty.to_str().expect("utf-8"), "--album", "Drops"]);
    let said = String::from_utf8_lossy(&partly.stderr);
    let line = said
        .lines()
        .find(|l| l.starts_with("failed: "))
        .unwrap_or_else(|| panic!("no failure in {said}"));
    assert_eq!(line.matches("empty.jpg").count(), 1, "{line}");
    // The app's message for the code, then the detail.
    assert!(
        line.ends_with("empty.jpg: This file is empty. (the file is empty)"),
        "{line}"
    );
    let out = tempfile::tempdir().expect("temp dir");
    desktop.ok(&[
        "download",
        "--album",
        "Drops",
        "--to",
        out.path().to_str().expect("utf-8"),
    ]);
    assert_eq!(
        std::fs::read(out.path().join("Drops/IMG_9.jpg")).expect("downloaded"),
        std::fs::read(&photo).expect("read")
    );
    let refused = desktop.run(&["download", "--to", out.path().to_str().expect("utf-8")]);
    assert!(!refused.status.success(), "download needs a selection");

    laptop.ok(&["logout"]);
    let signed_out = laptop.run(&["sync", "--once"]);
    assert!(!signed_out.status.success());
    assert!(String::from_utf8_lossy(&signed_out.stderr).contains("login"));
}

#[test]
fn a_second_person_registers_with_an_invite_from_the_command_line() {
    let cloud = Cloud::start();
    let anna = Computer::new();
    anna.login(&cloud, true);
    // The server takes new accounts only with an invite, once it has its first.
    let ben = Computer::new();
    let refused = ben.try_login(&cloud, "ben@example.org", &["--register"]);
    assert!(!refused.status.success());
    let said = String::from_utf8_lossy(&refused.stderr).into_owned();
    assert!(said.contains("does not take new accounts"), "{said}");
    let code = cloud.invite();
    let invited = ben.try_login(
        &cloud,
        "ben@example.org",
        &["--register", "--invite", &code],
    );
    assert!(
        invited.status.success(),
        "{}",
        String::from_utf8_lossy(&invited.stderr)
    );
    // An invite creates one account.
    let carl = Computer::new();
    let used = carl.try_login(
        &cloud,
        "carl@example.org",
        &["--register", "--invite", &code],
    );
    assert!(!used.status.success());
    let said = String::from_utf8_lossy(&used.stderr).into_owned();
    assert!(said.contains("invite"), "{said}");
}

/// A script copies photos and at once runs `sync --once`: the pass waits for the files to rest,
/// sends them and says "in step" only then. A file that never rests within the wait is named
/// as not sent, and the exit status says something is left.
#[test]
fn sync_once_right_after_a_copy_backs_the_copy_up() {
    let cloud = Cloud::start();
    let laptop = Computer::new();
    laptop.login(&cloud, true);
    laptop.ok(&["folder", "add", laptop.folder.to_str().expect("utf-8")]);
    let photo = std::fs::read(corpus().join("jpeg/nikon_d5000.jpg")).expect("corpus");
    std::fs::write(laptop.folder.join("just-copied.jpg"), &photo).expect("copied");
    let output = laptop.run(&["sync", "--once"]);
    let (stdout, stderr) = (
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr),
    );
    assert!(output.status.success(), "{stdout}\n{stderr}");
    assert!(
        stderr.contains("waiting for 1 file still being written"),
        "{stderr}"
    );
    assert!(stdout.contains("1 uploaded"), "{stdout}");
    let storage = json(&laptop.ok(&["storage", "--json"]));
    assert_eq!(storage["used"], photo.len() as u64, "{storage}");
    let status = json(&laptop.ok(&["status", "--json"]));
    assert_eq!(status["pending"]["uploads"], 0, "{status}");
    assert_eq!(status["pending"]["settling"], 0, "{status}");

    // A file still growing when the wait ends is not sent, is said so, and the exit status
    // is not success.
    let growing = laptop.folder.join("growing.jpg");
    let writer = {
        let growing = growing.clone();
        let photo = photo.clone();
        std::thread::spawn(move || {
            for n in 0..40 {
                let mut bytes = photo.clone();
                bytes.extend(std::iter::repeat_n(0u8, n * 1000));
                std::fs::write(&growing, bytes).expect("written");
                std::thread::sleep(Duration::from_millis(100));
            }
        })
    };
    std::thread::sleep(Duration::from_millis(200));
    let output = laptop.run(&["sync", "--once", "--wait-for-writes", "1"]);
    writer.join().expect("the writer");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("1 file still being written: not sent yet"),
        "{stdout}"
    );
    assert!(!stdout.contains("in step"), "{stdout}");
}
