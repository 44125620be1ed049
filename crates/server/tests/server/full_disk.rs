//! A full disk, for real: the data folder (or only its file store) on a small tmpfs the test
//! mounts, or on PostgreSQL a tablespace on one. Once the disk is full, every write either
//! persists or is refused with `storage-full` (507) and the free space it needs; none is
//! answered 2xx without lasting; and once there is room again every write works, and all of
//! it is still there after the process is killed and started again.
//!
//! Mounting needs root (CI runs as root); elsewhere these tests say so and stop.

use std::path::{Path, PathBuf};
use std::process::Command;

use reqwest::{Method, StatusCode};
use serde_json::json;
use skyfolio_protocol::{ErrorBody, ErrorCode, UploadCreated};

use crate::crash::{Place, Process, sign_up, with_base};
use crate::{User, hash, random_bytes};

/// A tmpfs of a few megabytes mounted at a folder, unmounted when dropped.
pub struct SmallDisk {
    at: PathBuf,
    filler: PathBuf,
}

impl SmallDisk {
    /// Mounts `megabytes` of tmpfs at `at` (created), owned by `owner` when given; `None` when
    /// this process may not mount.
    pub fn mount(at: &Path, megabytes: u32, owner: Option<u32>) -> Option<SmallDisk> {
        std::fs::create_dir_all(at).expect("the mount point");
        let mut options = format!("size={megabytes}m,mode=0755");
        if let Some(uid) = owner {
            options.push_str(&format!(",uid={uid}"));
        }
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &options, "tmpfs"])
            .arg(at)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|status| status.success());
        mounted.then(|| SmallDisk {
            at: at.to_owned(),
            filler: at.join("filler"),
        })
    }

    /// Takes every free byte.
    pub fn fill(&self) {
        use std::io::Write;
        let mut file = std::fs::File::create(&self.filler).expect("the filler");
        let block = vec![0u8; 64 << 10];
        loop {
            if file.write_all(&block).is_err() {
                break;
            }
        }
        // Writes smaller than a block take the last few bytes.
        while file.write_all(&[0u8; 512]).is_ok() {}
        let _ = file.sync_all();
    }

    /// Gives the room back.
    pub fn free(&self) {
        std::fs::remove_file(&self.filler).expect("the filler goes");
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.at).status();
    }
}

/// A failed write's answer must be `storage-full` with the space it needs; a success must be
/// a success. Answers whether it was a success.
async fn success_or_full(response: reqwest::Response, what: &str) -> bool {
    let status = response.status();
    if status.is_success() {
        return true;
    }
    assert_eq!(
        status,
        StatusCode::INSUFFICIENT_STORAGE,
        "{what} on a full disk: {status}"
    );
    let body: ErrorBody = response.json().await.expect("the error shape");
    assert_eq!(
        body.code,
        ErrorCode::StorageFull,
        "{what}: {}",
        body.message
    );
    assert!(
        body.needed.is_some_and(|needed| needed > 0),
        "{what}: the answer says how much room is needed"
    );
    false
}

async fn change_password(user: &User, from: &str, to: &str) -> reqwest::Response {
    user.request(Method::POST, "/api/v1/account/password")
        .json(&json!({"current_password": from, "new_password": to}))
        .send()
        .await
        .expect("password")
}

async fn log_in(base: &str, password: &str, device: &str) -> Option<User> {
    let http = reqwest::Client::new();
    let response = http
        .post(format!("{base}/api/v1/session"))
        .json(&json!({"email": "anna@example.org", "password": password,
                      "device_name": device, "platform": "linux"}))
        .send()
        .await
        .expect("log in");
    if response.status() != StatusCode::OK {
        return None;
    }
    let login: serde_json::Value = response.json().await.expect("JSON");
    Some(User {
        http,
        base: base.to_owned(),
        token: login["token"].as_str().expect("a token").to_owned(),
        device_id: login["device"]["id"].as_str().expect("an id").into(),
    })
}

/// What the person was told was done, to be checked after a restart.
#[derive(Default)]
struct Told {
    items: Vec<(String, String)>,
    phone_unlinked: bool,
    password: String,
}

/// How each kind of write was answered on a full disk: done, or refused as full.
#[derive(Debug, Default)]
struct Answers {
    done: Vec<&'static str>,
    full: Vec<&'static str>,
}

impl Answers {
    async fn note(&mut self, response: reqwest::Response, what: &'static str) -> bool {
        let done = success_or_full(response, what).await;
        if done {
            self.done.push(what);
        } else {
            self.full.push(what);
        }
        done
    }
}

/// Sends `bytes` to an upload at `offset` and notes what the server answered.
async fn send_rest(
    anna: &User,
    answers: &mut Answers,
    told: &mut Told,
    upload: &str,
    path: &str,
    bytes: &[u8],
) {
    let offset = anna.offset(upload).await.expect("the upload is known");
    let rest = bytes[usize::try_from(offset).expect("an offset")..].to_vec();
    let sent = anna
        .patch(upload, offset, rest)
        .send()
        .await
        .expect("PATCH");
    if answers.note(sent, "sending an upload's bytes").await {
        told.items.push((path.to_owned(), hash(bytes)));
    }
}

/// Announces a file as a resumable upload and sends its bytes, noting what the server answered.
async fn announce_and_send(
    anna: &User,
    told: &mut Told,
    answers: &mut Answers,
    path: &str,
    bytes: &[u8],
) {
    let created = anna.create_upload(path, bytes).await;
    if !created.status().is_success() {
        answers.note(created, "announcing an upload").await;
    } else {
        answers.done.push("announcing an upload");
        let created: UploadCreated = created.json().await.expect("JSON");
        match (created.item, created.upload) {
            (Some(item), _) => told.items.push((item.path, item.hash)),
            (None, Some(upload)) => send_rest(anna, answers, told, &upload.id, path, bytes).await,
            (None, None) => panic!("neither an item nor an upload"),
        }
    }
}

async fn attempt_writes(
    anna: &User,
    phone: &User,
    told: &mut Told,
    answers: &mut Answers,
    round: u64,
) {
    let path = format!("Full/{round}.bin");
    let bytes = random_bytes(900 + round, 300_000);
    if round % 2 == 1 {
        // Every other file is sent whole.
        let sent = anna.send_whole(&path, &bytes, bytes.clone()).await;
        if answers.note(sent, "sending a file whole").await {
            told.items.push((path.clone(), hash(&bytes)));
        }
    } else {
        announce_and_send(anna, told, answers, &path, &bytes).await;
    }
    if !told.phone_unlinked {
        let unlink = anna
            .request(
                Method::DELETE,
                &format!("/api/v1/devices/{}", phone.device_id),
            )
            .send()
            .await
            .expect("unlink");
        if answers.note(unlink, "unlinking a device").await {
            told.phone_unlinked = true;
        }
    }
    let next = format!("new password {round}");
    let changed = change_password(anna, &told.password, &next).await;
    if answers.note(changed, "changing the password").await {
        told.password = next;
    }
}

/// Checks that everything the person was told is so, through `base`.
async fn check_told(base: &str, anna: &User, phone: &User, told: &Told, when: &str) {
    let anna = with_base(anna, base);
    let phone = with_base(phone, base);
    let page = anna.get_json("/api/v1/media?limit=1000").await;
    let listed: Vec<(String, String, String)> = page["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| {
            (
                i["path"].as_str().expect("path").to_owned(),
                i["hash"].as_str().expect("hash").to_owned(),
                i["id"].as_str().expect("id").to_owned(),
            )
        })
        .collect();
    for (path, expected) in &told.items {
        let (_, _, id) = listed
            .iter()
            .find(|(p, h, _)| p == path && h == expected)
            .unwrap_or_else(|| panic!("{when}: {path}, answered done, is not listed"));
        assert_eq!(&hash(&anna.download(id).await), expected, "{when}: {path}");
    }
    if told.phone_unlinked {
        let status = phone
            .request(Method::GET, "/api/v1/account")
            .send()
            .await
            .expect("GET")
            .status();
        assert_eq!(
            status,
            StatusCode::UNAUTHORIZED,
            "{when}: the unlinked phone's token still works"
        );
    }
    assert!(
        log_in(base, &told.password, "check").await.is_some(),
        "{when}: the password last answered as changed does not work"
    );
}

/// A server process on `place` keeping 2 MB free: the small disks hold a few dozen MB.
fn serve(place: &Place) -> Process {
    let listen = [
        "serve",
        "--listen",
        "127.0.0.1:0",
        "--min-free-space",
        "2MB",
    ];
    Process::run(place, &listen, None)
}

/// The server on `place`, filled to the brim, then given room again, then killed and started
/// again: every answer was true. `files_on_it` when the file store is on the small disk.
async fn fill_free_and_restart(place: &Place, disk: &SmallDisk, files_on_it: bool) {
    let process = serve(place);
    let anna = sign_up(&process.base).await;
    let phone = log_in(&process.base, "correct horse battery", "phone")
        .await
        .expect("the phone signs in");
    let mut told = Told {
        password: "correct horse battery".to_owned(),
        ..Told::default()
    };
    let before = random_bytes(800, 200_000);
    let item = anna.upload("Full/before.bin", &before).await;
    told.items.push((item.path, item.hash));

    // One upload announced while there was room; its bytes arrive once there is none.
    let early_bytes = random_bytes(850, 400_000);
    let early: UploadCreated = anna
        .create_upload("Full/early.bin", &early_bytes)
        .await
        .json()
        .await
        .expect("JSON");
    let early = early.upload.expect("an upload").id;

    disk.fill();
    let mut answers = Answers::default();
    send_rest(
        &anna,
        &mut answers,
        &mut told,
        &early,
        "Full/early.bin",
        &early_bytes,
    )
    .await;
    for round in 0..4 {
        attempt_writes(&anna, &phone, &mut told, &mut answers, round).await;
        check_told(&process.base, &anna, &phone, &told, "on a full disk").await;
    }
    eprintln!("on a full disk: {answers:?}");
    // With only PostgreSQL's tablespace on the small disk, it writes its log elsewhere and its
    // tables' pages later, so it may rightly go on answering: every answer it gave is checked
    // above and after the restart below.
    if files_on_it {
        assert!(
            answers.full.contains(&"sending an upload's bytes"),
            "bytes sent to a full disk were refused as such"
        );
    }
    if files_on_it {
        let ready = reqwest::get(format!("{}/readyz", process.base))
            .await
            .expect("readyz");
        assert_eq!(ready.status(), StatusCode::SERVICE_UNAVAILABLE);
        let text = ready.text().await.expect("text");
        assert!(
            text.contains("full"),
            "readyz says the disk is full: {text}"
        );
    }

    disk.free();
    let mut answers = Answers::default();
    if !told.items.iter().any(|(path, _)| path == "Full/early.bin") {
        send_rest(
            &anna,
            &mut answers,
            &mut told,
            &early,
            "Full/early.bin",
            &early_bytes,
        )
        .await;
    }
    for round in 10..12 {
        let before = told.items.len();
        attempt_writes(&anna, &phone, &mut told, &mut answers, round).await;
        assert_eq!(
            told.items.len(),
            before + 1,
            "with room again, uploads work"
        );
        assert!(told.phone_unlinked, "with room again, unlinking works");
        assert_eq!(told.password, format!("new password {round}"));
    }
    assert!(answers.full.is_empty(), "with room again: {answers:?}");
    check_told(&process.base, &anna, &phone, &told, "with room again").await;
    let ready = reqwest::get(format!("{}/readyz", process.base))
        .await
        .expect("readyz");
    assert_eq!(ready.status(), StatusCode::OK);

    process.kill();
    let again = serve(place);
    check_told(&again.base, &anna, &phone, &told, "after a restart").await;
    again.kill();
}

/// Where the tests' data folders go: a folder of our own, so that mounts never land in a
/// shared temporary folder's listing.
fn place_with_data_at(data: &Path, database: Option<String>) -> Place {
    Place::at(data, database, None)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_under_the_database_never_answers_a_write_that_did_not_persist() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let database = crate::fresh_database().await;
    let disk = match &database {
        // PostgreSQL: the test's database in a tablespace on the small disk.
        Some(url) => {
            let Some(owner) = postgres_owner(url).await else {
                eprintln!("skipped: PostgreSQL does not run on this machine");
                return;
            };
            let at = dir.path().join("tablespace");
            let Some(disk) = SmallDisk::mount(&at, 8, Some(owner)) else {
                eprintln!("skipped: mounting a tmpfs needs root");
                return;
            };
            move_to_tablespace(url, &at).await;
            disk
        }
        None => {
            let Some(disk) = SmallDisk::mount(&data, 24, None) else {
                eprintln!("skipped: mounting a tmpfs needs root");
                return;
            };
            disk
        }
    };
    let files_on_it = database.is_none();
    let place = place_with_data_at(&data, database.clone());
    fill_free_and_restart(&place, &disk, files_on_it).await;
    if let Some(url) = &database {
        // Gone before its disk is: PostgreSQL must never be left holding pages there.
        drop_with_tablespace(url).await;
    }
    drop(disk);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_under_the_file_store_refuses_uploads_and_keeps_nothing_half_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let Some(disk) = SmallDisk::mount(&data.join("files"), 24, None) else {
        eprintln!("skipped: mounting a tmpfs needs root");
        return;
    };
    let place = place_with_data_at(&data, crate::fresh_database().await);
    fill_free_and_restart(&place, &disk, true).await;
    // Nothing half-written stays behind: the store holds the whole files and nothing else.
    let staged: Vec<_> = std::fs::read_dir(data.join("files/staging"))
        .expect("staging")
        .collect();
    assert!(staged.is_empty(), "left in staging: {staged:?}");
}

/// The user id PostgreSQL runs as, when it runs on this machine.
async fn postgres_owner(url: &str) -> Option<u32> {
    use sqlx::Connection;
    use std::os::unix::fs::MetadataExt;
    let mut connection = sqlx::PgConnection::connect(url).await.ok()?;
    let data: String = sqlx::query_scalar("SELECT current_setting('data_directory')")
        .fetch_one(&mut connection)
        .await
        .ok()?;
    connection.close().await.ok()?;
    std::fs::metadata(data).ok().map(|m| m.uid())
}

/// The names of the test's database and of its tablespace, and the admin database's URL.
fn names_of(url: &str) -> (String, String, String) {
    let (base, _) = url.rsplit_once('/').expect("a database name");
    let name = url
        .rsplit_once('/')
        .map(|(_, name)| name.split('?').next().unwrap_or(name))
        .expect("a database name");
    let space = format!("small_{}", &name[name.len().saturating_sub(12)..]);
    (name.to_owned(), space, format!("{base}/postgres"))
}

/// Drops the test's database and its tablespace, with everything PostgreSQL holds for them.
async fn drop_with_tablespace(url: &str) {
    use sqlx::Connection;
    let (name, space, admin) = names_of(url);
    let mut connection = sqlx::PgConnection::connect(&admin)
        .await
        .expect("the admin database");
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .execute(&mut connection)
        .await
        .expect("dropped");
    sqlx::query("CHECKPOINT")
        .execute(&mut connection)
        .await
        .expect("checkpoint");
    sqlx::query(&format!("DROP TABLESPACE IF EXISTS {space}"))
        .execute(&mut connection)
        .await
        .expect("tablespace dropped");
    connection.close().await.expect("closed");
}

/// Moves the test's (new, empty) database into a tablespace at `at`.
async fn move_to_tablespace(url: &str, at: &Path) {
    use sqlx::Connection;
    let (name, space, admin) = names_of(url);
    let mut connection = sqlx::PgConnection::connect(&admin)
        .await
        .expect("the admin database");
    sqlx::query(&format!(
        "CREATE TABLESPACE {space} LOCATION '{}'",
        at.display()
    ))
    .execute(&mut connection)
    .await
    .expect("a tablespace");
    sqlx::query(&format!("ALTER DATABASE {name} SET TABLESPACE {space}"))
        .execute(&mut connection)
        .await
        .expect("moved");
    connection.close().await.expect("closed");
}
