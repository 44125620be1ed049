//! A server process that dies in the middle of committing an upload, or is killed at a random
//! moment while many uploads arrive, comes back with either no item or a complete one for
//! each upload, and with a database that matches the files on disk.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use rand::{Rng, SeedableRng};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use skyfolio_protocol::{MediaId, UploadCreated};
use skyfolio_server::Server;

use crate::{User, hash, random_bytes};

/// Where a server keeps everything: its data folder, and the database and object store the
/// suite runs on.
pub struct Place {
    _dir: tempfile::TempDir,
    pub data: PathBuf,
    pub database: Option<String>,
    pub storage: Option<String>,
}

impl Place {
    pub async fn new() -> Place {
        let dir = tempfile::tempdir().expect("temp dir");
        Place {
            data: dir.path().join("data"),
            _dir: dir,
            database: crate::fresh_database().await,
            storage: crate::fresh_storage(),
        }
    }

    /// A place whose data folder is `data` (which the caller keeps), on `database`.
    pub fn at(data: &std::path::Path, database: Option<String>, storage: Option<String>) -> Place {
        Place {
            _dir: tempfile::tempdir().expect("temp dir"),
            data: data.to_owned(),
            database,
            storage,
        }
    }

    /// The configuration of a server that is alone here: the start-up check spares nothing.
    pub fn alone(&self) -> skyfolio_server::Config {
        let mut config = crate::config_on(
            &self.data,
            self.database.as_deref(),
            self.storage.as_deref(),
        );
        config.reconcile_grace = Some(Duration::ZERO);
        config
    }
}

/// Every stored object under `under`, sorted.
async fn stored(storage: &dyn skyfolio_server::Storage, under: &str) -> Vec<String> {
    let listed = storage.list(under).await.expect("listed");
    listed.into_iter().map(|listed| listed.key).collect()
}

/// The `skyfolio-server` binary serving `data`, and the address it listens on.
pub struct Process {
    child: Child,
    pub base: String,
}

impl Process {
    pub fn start(place: &Place, crash_at: Option<&str>) -> Process {
        Process::run(place, &["serve", "--listen", "127.0.0.1:0"], crash_at)
    }

    /// `skyfolio-server <args>` on the place; its first line of output is kept as `base`
    /// (the address, for `serve`).
    pub fn run(place: &Place, args: &[&str], crash_at: Option<&str>) -> Process {
        let mut command = Command::new(env!("CARGO_BIN_EXE_skyfolio-server"));
        command
            .args(args)
            .arg("--data")
            .arg(&place.data)
            .env("SKYFOLIO_SERVER_LOG", "warn")
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        if let Some(database) = &place.database {
            command.args(["--database", database]);
        }
        if let Some(storage) = &place.storage {
            command.args(["--storage", storage]);
        }
        if let Some(step) = crash_at {
            command.env("SKYFOLIO_SERVER_CRASH_AT", step);
        }
        let mut child = command.spawn().expect("the server starts");
        let stdout = child.stdout.take().expect("stdout");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("the address line");
        let line = line.trim();
        let base = line
            .strip_prefix("listening on ")
            .unwrap_or(line)
            .to_owned();
        Process { child, base }
    }

    /// Waits for the process to end on its own (it aborts at its crash point).
    fn wait_for_exit(mut self) {
        for _ in 0..200 {
            if self.child.try_wait().expect("wait").is_some() {
                return;
            }
            std::thread::sleep(Duration::from_millis(25));
        }
        panic!("the server did not stop at its crash point");
    }

    /// The process id, to read what the system says of it.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn kill(mut self) {
        // SIGKILL on Unix, TerminateProcess on Windows: no chance to clean up either way.
        self.child.kill().expect("killed");
        self.child.wait().expect("reaped");
    }
}

impl Drop for Process {
    /// A test that fails half-way leaves no server running behind it.
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

pub async fn sign_up(base: &str) -> User {
    let http = reqwest::Client::new();
    let registered = http
        .post(format!("{base}/api/v1/account/register"))
        .json(&json!({"email": "anna@example.org", "password": "correct horse battery"}))
        .send()
        .await
        .expect("register");
    assert_eq!(registered.status(), StatusCode::CREATED);
    let login: Value = http
        .post(format!("{base}/api/v1/session"))
        .json(
            &json!({"email": "anna@example.org", "password": "correct horse battery",
                      "device_name": "laptop", "platform": "linux"}),
        )
        .send()
        .await
        .expect("log in")
        .json()
        .await
        .expect("JSON");
    User {
        http,
        base: base.to_owned(),
        token: login["token"].as_str().expect("a token").to_owned(),
        device_id: login["device"]["id"].as_str().expect("an id").into(),
    }
}

/// Opens the place again in this process (which brings database and storage back into
/// agreement), checks that they agree, and serves it.
async fn reopen_and_check(place: &Place) -> (Server, String) {
    let server = Server::open(place.alone()).await.expect("reopens");
    let storage = server.storage().as_ref();
    let blobs = server.store().all_blobs().await.expect("blobs");
    let mut known: Vec<String> = blobs.iter().map(|b| b.storage_key.clone()).collect();
    known.sort();
    assert_eq!(
        stored(storage, "blobs").await,
        known,
        "blob rows and stored blobs differ"
    );
    for blob in &blobs {
        let len = storage.len(&blob.storage_key).await.expect("stored");
        assert_eq!(len, blob.size, "{} has the wrong size", blob.storage_key);
    }
    let uploads = server.store().all_uploads().await.expect("uploads");
    let staged = stored(storage, "staging").await;
    // Every staged object is an upload's; an upload that has bytes has its object (an object
    // store keeps nothing for one that has none yet).
    for key in &staged {
        assert!(
            uploads.iter().any(|u| &u.storage_key == key),
            "{key} is staged for no upload"
        );
    }
    for upload in uploads.iter().filter(|u| u.offset > 0) {
        assert!(
            staged.contains(&upload.storage_key),
            "upload {} has bytes but no staged object",
            upload.id
        );
    }
    for upload in &uploads {
        let len = storage.len(&upload.storage_key).await.unwrap_or(0);
        assert!(
            len >= upload.offset,
            "an offset claims bytes that are not there"
        );
    }
    assert_eq!(
        storage.clean_up(i64::MAX).await.expect("clean-up"),
        0,
        "nothing half-written is left behind in the store once every write has ended"
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a port");
    let base = format!("http://{}", listener.local_addr().expect("bound"));
    let serving = server.clone();
    tokio::spawn(async move { serving.serve(listener).await });
    (server, base)
}

pub fn with_base(user: &User, base: &str) -> User {
    User {
        http: reqwest::Client::new(),
        base: base.to_owned(),
        token: user.token.clone(),
        device_id: user.device_id.clone(),
    }
}

/// Items now in the timeline, by path, with their hashes.
async fn items(user: &User) -> Vec<(String, String, String)> {
    let page = user.get_json("/api/v1/media?limit=1000").await;
    page["items"]
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
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_crash_at_any_step_of_a_commit_leaves_no_item_or_a_complete_one() {
    let photo = std::fs::read(crate::corpus("jpeg/canon_eos_7d.jpg")).expect("corpus");
    for step in ["after-verify", "after-promote", "after-commit"] {
        let place = Place::new().await;
        let process = Process::start(&place, Some(step));
        let user = sign_up(&process.base).await;
        let id = user.begin_upload("Album/photo.jpg", &photo).await;
        let answer = user.patch(&id, 0, photo.clone()).send().await;
        assert!(
            answer.is_err() || !answer.expect("answer").status().is_success(),
            "{step}: the commit answered although the server died"
        );
        process.wait_for_exit();

        let (server, base) = reopen_and_check(&place).await;
        let user = with_base(&user, &base);
        let now = items(&user).await;
        match now.as_slice() {
            [] if step == "after-promote" => {
                assert_eq!(
                    stored(server.storage().as_ref(), "orphans").await.len(),
                    1,
                    "the promoted bytes no row knows are set aside, not deleted"
                );
                user.upload("Album/photo.jpg", &photo).await;
            }
            [] => {
                // No item: the upload either waits, whole, for its last request again, or is
                // gone and the client starts over. Either way it can finish now.
                match user.offset(&id).await {
                    Some(offset) => {
                        assert!(offset <= photo.len() as u64, "{step}");
                        let done = user
                            .patch(&id, offset, photo[offset as usize..].to_vec())
                            .send()
                            .await
                            .expect("PATCH");
                        assert_eq!(done.status(), StatusCode::OK, "{step}: the commit resumes");
                    }
                    None => {
                        user.upload("Album/photo.jpg", &photo).await;
                    }
                }
            }
            [(path, item_hash, _)] => {
                assert_eq!(path, "Album/photo.jpg", "{step}");
                assert_eq!(item_hash, &hash(&photo), "{step}");
            }
            more => panic!("{step}: {} items from one upload", more.len()),
        }
        let now = items(&user).await;
        assert_eq!(now.len(), 1, "{step}");
        assert_eq!(
            user.download(&now[0].2).await,
            photo,
            "{step}: the bytes are whole"
        );
    }
}

/// The same for a file sent whole: no upload row ever knew its staged bytes, and the next start
/// removes them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_crash_at_any_step_of_a_whole_file_leaves_no_item_or_a_complete_one() {
    let photo = std::fs::read(crate::corpus("jpeg/canon_eos_7d.jpg")).expect("corpus");
    for step in ["after-verify", "after-promote", "after-commit"] {
        let place = Place::new().await;
        let process = Process::start(&place, Some(step));
        let user = sign_up(&process.base).await;
        let answer = user
            .whole("Album/photo.jpg", &photo, photo.clone())
            .send()
            .await;
        assert!(
            answer.is_err() || !answer.expect("answer").status().is_success(),
            "{step}: the commit answered although the server died"
        );
        process.wait_for_exit();

        let (server, base) = reopen_and_check(&place).await;
        let user = with_base(&user, &base);
        match items(&user).await.as_slice() {
            [] => {
                if step == "after-promote" {
                    assert_eq!(
                        stored(server.storage().as_ref(), "orphans").await.len(),
                        1,
                        "the promoted bytes no row knows are set aside, not deleted"
                    );
                }
                user.upload_whole("Album/photo.jpg", &photo).await;
            }
            [(path, item_hash, _)] => {
                assert_eq!(path, "Album/photo.jpg", "{step}");
                assert_eq!(item_hash, &hash(&photo), "{step}");
            }
            more => panic!("{step}: {} items from one file", more.len()),
        }
        let now = items(&user).await;
        assert_eq!(now.len(), 1, "{step}");
        assert_eq!(
            user.download(&now[0].2).await,
            photo,
            "{step}: the bytes are whole"
        );
        assert!(
            stored(server.storage().as_ref(), "staging")
                .await
                .is_empty()
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_killed_at_random_moments_keeps_database_and_disk_in_agreement() {
    let place = Place::new().await;
    let mut rng = rand::rngs::StdRng::seed_from_u64(7);
    let mut user: Option<User> = None;
    let mut sent: Vec<(String, Vec<u8>)> = Vec::new();
    for round in 0..4u64 {
        let process = Process::start(&place, None);
        let current = match &user {
            None => sign_up(&process.base).await,
            Some(user) => with_base(user, &process.base),
        };
        let current = Arc::new(current);
        // Eight uploads at once, of a few hundred kilobytes each, in small chunks.
        let mut tasks = Vec::new();
        for i in 0..8u64 {
            let bytes = random_bytes(round * 100 + i, rng.gen_range(100_000..600_000));
            let path = format!("Round {round}/{i}.bin");
            sent.push((path.clone(), bytes.clone()));
            let user = current.clone();
            tasks.push(tokio::spawn(async move {
                let Ok(created) = user
                    .request(Method::POST, "/api/v1/uploads")
                    .json(&json!({"path": path, "size": bytes.len(), "hash": hash(&bytes)}))
                    .send()
                    .await
                else {
                    return;
                };
                let Ok(created) = created.json::<UploadCreated>().await else {
                    return;
                };
                let Some(upload) = created.upload else { return };
                let mut offset = 0;
                while offset < bytes.len() {
                    let end = (offset + 64 * 1024).min(bytes.len());
                    let Ok(response) = user
                        .patch(&upload.id, offset as u64, bytes[offset..end].to_vec())
                        .send()
                        .await
                    else {
                        return;
                    };
                    if !response.status().is_success() {
                        return;
                    }
                    offset = end;
                }
            }));
        }
        tokio::time::sleep(Duration::from_millis(rng.gen_range(50..400))).await;
        process.kill();
        for task in tasks {
            let _ = task.await;
        }
        let (server, base) = reopen_and_check(&place).await;
        let reopened = with_base(&current, &base);
        // Every item that exists holds exactly the bytes that were sent for its path.
        for (path, item_hash, id) in items(&reopened).await {
            let (_, bytes) = sent.iter().find(|(p, _)| *p == path).expect("a sent path");
            assert_eq!(item_hash, hash(bytes), "{path}");
            assert_eq!(reopened.download(&id).await, *bytes, "{path}");
        }
        server.store().close().await;
        user = Some(reopened);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bytes_no_row_knows_are_set_aside_and_removed_only_after_the_retention() {
    let place = Place::new().await;
    let storage = skyfolio_server::open_storage(place.storage.as_deref(), &place.data)
        .expect("the storage opens");
    let stray = "blobs/someone/0123abcd";
    storage
        .put(stray, b"a photo whose row is gone".to_vec().into())
        .await
        .expect("written");
    let clock = skyfolio_server::ManualClock::new(crate::START_MS);
    let server = Server::open_with_clock(place.alone(), Arc::new(clock.clone()))
        .await
        .expect("opens");
    assert!(stored(storage.as_ref(), "blobs").await.is_empty());
    let aside = stored(storage.as_ref(), "orphans").await;
    assert_eq!(aside.len(), 1, "{aside:?}");
    clock.advance(Duration::from_secs(29 * 24 * 3600));
    server.run_maintenance().await.expect("maintenance");
    assert_eq!(
        stored(storage.as_ref(), "orphans").await,
        aside,
        "kept for now"
    );
    clock.advance(Duration::from_secs(24 * 3600));
    server.run_maintenance().await.expect("maintenance");
    assert!(stored(storage.as_ref(), "orphans").await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_process_starting_beside_others_leaves_what_they_are_writing_alone() {
    let place = Place::new().await;
    let storage = skyfolio_server::open_storage(place.storage.as_deref(), &place.data)
        .expect("the storage opens");
    // What another process is in the middle of: bytes just moved into place whose row is not
    // committed yet, and an upload just begun.
    storage
        .put(
            "blobs/someone/0123abcd",
            b"a photo being committed".to_vec().into(),
        )
        .await
        .expect("written");
    storage.create("staging/beginning").await.expect("created");
    let mut config = place.alone();
    config.reconcile_grace = Some(Duration::from_secs(15 * 60));
    let server = Server::open(config).await.expect("opens");
    assert_eq!(
        stored(storage.as_ref(), "blobs").await,
        ["blobs/someone/0123abcd"]
    );
    assert_eq!(
        stored(storage.as_ref(), "staging").await,
        ["staging/beginning"]
    );
    assert!(stored(storage.as_ref(), "orphans").await.is_empty());
    server.store().close().await;
    // Alone, it takes them for what a crash left.
    let server = Server::open(place.alone()).await.expect("opens");
    assert!(stored(storage.as_ref(), "blobs").await.is_empty());
    assert!(stored(storage.as_ref(), "staging").await.is_empty());
    assert_eq!(stored(storage.as_ref(), "orphans").await.len(), 1);
    server.store().close().await;
}

/// One file's way up: announced (or announced again after a crash), its bytes sent from where
/// the server says it stands, in small chunks. `Some(item id)` once an answer said it is done.
pub async fn send_whole(user: &User, path: &str, bytes: &[u8]) -> Option<MediaId> {
    let created = user
        .request(Method::POST, "/api/v1/uploads")
        .json(&json!({"path": path, "size": bytes.len(), "hash": hash(bytes)}))
        .send()
        .await
        .ok()?;
    if !created.status().is_success() {
        return None;
    }
    let created: UploadCreated = created.json().await.ok()?;
    if let Some(item) = created.item {
        return Some(item.id);
    }
    let upload = created.upload?;
    // The offset the server kept may be behind what reached its disk, or the other way round
    // after a crash: HEAD says where to go on.
    let mut offset = user.offset(&upload.id).await? as usize;
    loop {
        let end = (offset + 64 * 1024).min(bytes.len());
        let response = user
            .patch(&upload.id, offset as u64, bytes[offset..end].to_vec())
            .send()
            .await
            .ok()?;
        if !response.status().is_success() {
            return None;
        }
        if end == bytes.len() {
            let accepted: Value = response.json().await.ok()?;
            return accepted["item"]["id"].as_str().map(MediaId::new);
        }
        offset = end;
    }
}

/// `kill -9` again and again while uploads arrive, some of them resumed after the last crash:
/// no upload that was answered done is ever lost or torn, database and store agree after
/// every crash, and once the server lives long enough every file arrives whole.
/// `SKYFOLIO_SOAK_CRASHES` sets the number of crashes (`make soak`: 200).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn soak_kill_9_during_uploads_loses_and_tears_nothing() {
    let crashes: u64 = std::env::var("SKYFOLIO_SOAK_CRASHES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(8);
    let place = Place::new().await;
    let mut rng = rand::rngs::StdRng::seed_from_u64(2026);
    let mut user: Option<User> = None;
    // Every file sent so far, and whether an answer said it is done.
    let mut files: Vec<(String, Vec<u8>, bool)> = Vec::new();
    let mut answered_done = 0usize;
    let mut verified = std::collections::HashSet::new();
    for round in 0..=crashes {
        let last = round == crashes;
        let process = Process::start(&place, None);
        let current = Arc::new(match &user {
            None => sign_up(&process.base).await,
            Some(user) => with_base(user, &process.base),
        });
        if !last {
            for i in 0..3u64 {
                let bytes = random_bytes(round * 10 + i, rng.gen_range(50_000..400_000));
                files.push((format!("Soak/{round}-{i}.bin"), bytes, false));
            }
        }
        let mut tasks = Vec::new();
        for (index, (path, bytes, done)) in files.iter().enumerate() {
            if *done {
                continue;
            }
            let (user, path, bytes) = (current.clone(), path.clone(), bytes.clone());
            tasks.push(tokio::spawn(async move {
                (index, send_whole(&user, &path, &bytes).await)
            }));
        }
        let mut process = Some(process);
        if !last {
            tokio::time::sleep(Duration::from_millis(rng.gen_range(30..300))).await;
            process.take().expect("running").kill();
        }
        for task in tasks {
            if let Ok((index, Some(_))) = task.await {
                files[index].2 = true;
                answered_done += 1;
            }
        }
        if let Some(process) = process {
            process.kill();
        }
        let (server, base) = reopen_and_check(&place).await;
        let reopened = with_base(&current, &base);
        let now = items(&reopened).await;
        for (path, bytes, done) in &files {
            match now.iter().find(|(p, _, _)| p == path) {
                Some((_, item_hash, id)) => {
                    assert_eq!(item_hash, &hash(bytes), "round {round}: {path} torn");
                    // Stored bytes never change once committed (their sizes are checked at
                    // every reopening): each is read back whole once.
                    if verified.insert(path.clone()) {
                        assert_eq!(reopened.download(id).await, *bytes, "round {round}: {path}");
                    }
                }
                None => assert!(!done, "round {round}: {path} was answered done and is lost"),
            }
        }
        server.store().close().await;
        user = Some(reopened);
    }
    assert!(
        files.iter().all(|(_, _, done)| *done),
        "a server that lives long enough takes every file"
    );
    eprintln!(
        "{crashes} kill -9 crashes, {} files, {answered_done} answered done, none lost or torn",
        files.len()
    );
}
