//! `skyfolio-server user ...`: administration from the command line, on the data folder.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn run(data: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_skyfolio-server"))
        .args(args)
        .arg("--data")
        .arg(data)
        .env("SKYFOLIO_SERVER_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("skyfolio-server runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("written");
    child.wait_with_output().expect("finished")
}

fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn accounts_are_added_listed_given_quota_and_disabled() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let added = stdout(&run(
        &data,
        &["user", "add", "Anna@Example.org"],
        "correct horse battery\n",
    ));
    assert_eq!(
        added.trim(),
        "added anna@example.org (administrator) with 5 GiB"
    );
    let added = stdout(&run(
        &data,
        &["user", "add", "ben@example.org", "--quota", "1GiB"],
        "another long password\n",
    ));
    assert_eq!(added.trim(), "added ben@example.org with 1 GiB");

    let quota = stdout(&run(
        &data,
        &["user", "quota", "ben@example.org", "20GiB"],
        "",
    ));
    assert_eq!(quota.trim(), "ben@example.org: quota 20 GiB");
    let disabled = stdout(&run(&data, &["user", "disable", "anna@example.org"], ""));
    assert!(disabled.contains("disabled"), "{disabled}");

    let listed = stdout(&run(&data, &["user", "list"], ""));
    let lines: Vec<&str> = listed.lines().collect();
    assert_eq!(lines.len(), 2, "{listed}");
    assert!(
        lines[0].starts_with("anna@example.org\tadmin, disabled\t0 B of 5 GiB"),
        "{listed}"
    );
    assert!(
        lines[1].starts_with("ben@example.org\tuser\t0 B of 20 GiB"),
        "{listed}"
    );

    // Mistakes are named, and change nothing.
    let taken = run(
        &data,
        &["user", "add", "ben@example.org"],
        "yet another password\n",
    );
    assert!(!taken.status.success());
    assert!(String::from_utf8_lossy(&taken.stderr).contains("ben@example.org"));
    let short = run(&data, &["user", "add", "carl@example.org"], "short\n");
    assert!(!short.status.success());
    let unknown = run(&data, &["user", "quota", "nobody@example.org", "1GiB"], "");
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("nobody@example.org"));
    let bad_size = run(&data, &["user", "quota", "ben@example.org", "lots"], "");
    assert!(!bad_size.status.success());
    assert!(String::from_utf8_lossy(&bad_size.stderr).contains("lots"));
    assert_eq!(
        stdout(&run(&data, &["user", "list"], "")).lines().count(),
        2
    );
}

async fn register(base: &str, email: &str, invite: Option<&str>) -> reqwest::StatusCode {
    let mut body = serde_json::json!({"email": email, "password": "correct horse battery"});
    if let Some(code) = invite {
        body["invite"] = serde_json::json!(code);
    }
    reqwest::Client::new()
        .post(format!("{base}/api/v1/account/register"))
        .json(&body)
        .send()
        .await
        .expect("register")
        .status()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registration_is_closed_by_default_and_an_invite_creates_one_account() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    stdout(&run(
        &data,
        &["user", "add", "anna@example.org"],
        "correct horse battery\n",
    ));
    let printed = stdout(&run(
        &data,
        &["user", "invite", "--server", "https://photos.example.org"],
        "",
    ));
    let code = printed
        .lines()
        .find_map(|line| line.strip_prefix("invite code: "))
        .expect("a code")
        .to_owned();
    assert!(
        printed.contains(&format!(
            "skyfolio login --server https://photos.example.org --email EMAIL --register --invite {code}"
        )),
        "{printed}"
    );
    let place = crate::crash::Place::at(&data, None, None);
    let server = crate::crash::Process::start(&place, None);
    assert_eq!(
        register(&server.base, "ben@example.org", None).await,
        reqwest::StatusCode::FORBIDDEN
    );
    assert_eq!(
        register(&server.base, "ben@example.org", Some(&code)).await,
        reqwest::StatusCode::CREATED
    );
    assert_eq!(
        register(&server.base, "carl@example.org", Some(&code)).await,
        reqwest::StatusCode::FORBIDDEN,
        "once"
    );
    server.kill();
    let open = crate::crash::Process::run(
        &place,
        &["serve", "--listen", "127.0.0.1:0", "--open-registration"],
        None,
    );
    assert_eq!(
        register(&open.base, "carl@example.org", None).await,
        reqwest::StatusCode::CREATED,
        "--open-registration"
    );
    open.kill();
}
