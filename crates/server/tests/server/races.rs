//! Races on shared content: devices of one account commit, move, trash, restore and delete for
//! good the same photos at the same moment, through two servers on one database and one store
//! (two processes behind a load balancer). After each round the invariant is checked: every
//! item a request was answered 2xx for, and not deleted for good since, downloads whole by its
//! hash; and the quota counts exactly the bytes in storage, one stored file per content.
//!
//! `SKYFOLIO_RACE_ROUNDS=N` runs N rounds of each instead of the default.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex};

use rand::{Rng, SeedableRng};
use reqwest::{Method, StatusCode};
use serde_json::Value;
use skyfolio_protocol::{MediaId, MediaItem, UploadCreated, UploadId};

use crate::{TestServer, User, hash, random_bytes};

fn rounds(default: usize) -> usize {
    std::env::var("SKYFOLIO_RACE_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default)
}

/// The same device's token, sent to another server.
fn through(user: &User, server: &TestServer) -> User {
    User {
        http: reqwest::Client::new(),
        base: server.base.clone(),
        token: user.token.clone(),
        device_id: user.device_id.clone(),
    }
}

/// Items some request was answered 2xx for, by id, with the hash they must download as; and
/// those a request deleted for good since (answered 204), which may be gone.
#[derive(Default)]
struct Ledger {
    confirmed: Mutex<BTreeMap<MediaId, String>>,
    purged: Mutex<BTreeSet<MediaId>>,
    /// Ids confirmed since the last check.
    fresh: Mutex<BTreeSet<MediaId>>,
    /// Answers that said done.
    answers: std::sync::atomic::AtomicUsize,
}

impl Ledger {
    fn confirm(&self, item: &MediaItem) {
        self.confirmed
            .lock()
            .expect("ledger")
            .insert(item.id.clone(), item.hash.clone());
        self.fresh.lock().expect("ledger").insert(item.id.clone());
        self.answers
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }

    fn answers(&self) -> usize {
        self.answers.load(std::sync::atomic::Ordering::Relaxed)
    }

    fn purge(&self, id: &MediaId) {
        self.purged.lock().expect("ledger").insert(id.clone());
    }

    /// The confirmed items still owed to the person: all of them, or those confirmed since
    /// the last check.
    fn owed(&self, all: bool) -> Vec<(MediaId, String)> {
        let purged = self.purged.lock().expect("ledger").clone();
        let fresh = std::mem::take(&mut *self.fresh.lock().expect("ledger"));
        self.confirmed
            .lock()
            .expect("ledger")
            .iter()
            .filter(|(id, _)| !purged.contains(*id) && (all || fresh.contains(*id)))
            .map(|(id, hash)| (id.clone(), hash.clone()))
            .collect()
    }

    fn confirmed(&self) -> usize {
        self.confirmed.lock().expect("ledger").len()
    }

    fn purged(&self) -> usize {
        self.purged.lock().expect("ledger").len()
    }
}

/// Announces `bytes` at `path`: the upload to send them to, or the item when the account
/// holds them already (confirmed then and there).
async fn announce(user: &User, ledger: &Ledger, path: &str, bytes: &[u8]) -> Option<UploadId> {
    let response = user.create_upload(path, bytes).await;
    if !response.status().is_success() {
        return None;
    }
    let created: UploadCreated = response.json().await.expect("created JSON");
    if let Some(item) = created.item {
        ledger.confirm(&item);
        return None;
    }
    created.upload.map(|upload| upload.id)
}

/// Sends the whole of `bytes` to an upload; the item, when the commit was answered 200.
async fn send(user: &User, ledger: &Ledger, upload: &str, bytes: &[u8]) -> Option<MediaItem> {
    let response = user
        .patch(upload, 0, bytes.to_vec())
        .send()
        .await
        .expect("PATCH");
    if response.status() != StatusCode::OK {
        return None;
    }
    let accepted: Value = response.json().await.expect("JSON");
    let item: MediaItem = serde_json::from_value(accepted["item"].clone()).expect("the item");
    ledger.confirm(&item);
    Some(item)
}

async fn request(user: &User, method: Method, path: &str) -> reqwest::Response {
    user.request(method, path).send().await.expect("request")
}

async fn delete_forever(user: &User, ledger: &Ledger, id: &MediaId) {
    let response = request(user, Method::DELETE, &format!("/api/v1/trash/{id}")).await;
    if response.status() == StatusCode::NO_CONTENT {
        ledger.purge(id);
        ledger
            .answers
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }
}

/// Every id in a paged listing.
async fn listed(user: &User, path: &str) -> Vec<MediaItem> {
    let mut items = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let url = match &cursor {
            Some(cursor) => format!("{path}?limit=500&cursor={cursor}"),
            None => format!("{path}?limit=500"),
        };
        let page = user.get_json(&url).await;
        items.extend(
            serde_json::from_value::<Vec<MediaItem>>(page["items"].clone()).expect("items"),
        );
        match page["next"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => return items,
        }
    }
}

/// The invariant: every item owed downloads whole by its hash (all of them, or those confirmed
/// since the last check when rounds share no content), and the quota counts exactly what
/// storage holds, one stored file per content the account keeps.
async fn check(server: &TestServer, user: &User, ledger: &Ledger, round: usize, all: bool) {
    check_with(server, user, ledger, round, all, 0).await;
}

/// [`check`], with `uploading` bytes announced and not sent yet.
async fn check_with(
    server: &TestServer,
    user: &User,
    ledger: &Ledger,
    round: usize,
    all: bool,
    uploading: u64,
) {
    for (id, expected) in ledger.owed(all) {
        let response = request(user, Method::GET, &format!("/api/v1/media/{id}/original")).await;
        assert_eq!(
            response.status(),
            StatusCode::OK,
            "round {round}: item {id}, answered 2xx, cannot be downloaded"
        );
        let bytes = response.bytes().await.expect("body");
        assert_eq!(
            hash(&bytes),
            expected,
            "round {round}: item {id} is not whole"
        );
    }
    let mut kept: BTreeMap<String, u64> = BTreeMap::new();
    for item in listed(user, "/api/v1/media")
        .await
        .into_iter()
        .chain(listed(user, "/api/v1/trash").await)
    {
        kept.insert(item.hash, item.size);
    }
    let usage = user.get_json("/api/v1/usage").await;
    assert_eq!(
        usage["used"].as_u64(),
        Some(kept.values().sum::<u64>()),
        "round {round}: the quota counts something else than the items kept: {usage}"
    );
    assert_eq!(
        usage["uploading"].as_u64(),
        Some(uploading),
        "round {round}"
    );
    let storage = server.server.storage();
    let stored = server.stored_files("blobs").await;
    assert_eq!(
        stored.len(),
        kept.len(),
        "round {round}: {} stored files for {} contents: {stored:?}",
        stored.len(),
        kept.len()
    );
    let mut stored_bytes = 0;
    for key in &stored {
        stored_bytes += storage.len(key).await.expect("a stored file");
    }
    assert_eq!(
        stored_bytes,
        kept.values().sum::<u64>(),
        "round {round}: storage holds other bytes than the quota counts"
    );
    // The count the quota check reads before an upload, kept beside the blob rows, is the sum
    // of those rows, whatever raced.
    let email = user.get_json("/api/v1/account").await["email"]
        .as_str()
        .expect("an email")
        .to_owned();
    let account = server
        .server
        .store()
        .user_by_email(&email)
        .await
        .expect("read")
        .expect("the account");
    assert_eq!(
        server
            .server
            .store()
            .stored_bytes(&account.id)
            .await
            .expect("read"),
        kept.values().sum::<u64>(),
        "round {round}: the stored bytes kept for the quota drifted from the blob rows"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_commits_never_delete_confirmed_bytes() {
    let first = TestServer::start().await;
    let second = first.beside().await;
    let anna = first.user("anna@example.org").await;
    let (one, other) = (through(&anna, &first), through(&anna, &second));
    let ledger = Ledger::default();
    for round in 0..rounds(24) {
        let bytes = random_bytes(1_000 + round as u64, 150_000);
        // A commit refused because its path was taken meanwhile, while another commit of the
        // same content lands under another name.
        let refused = announce(&one, &ledger, &format!("A/{round}.bin"), &bytes)
            .await
            .expect("an upload");
        let taken = one
            .upload(
                &format!("A/{round}.bin"),
                &random_bytes(round as u64, 1_000),
            )
            .await;
        ledger.confirm(&taken);
        let elsewhere = announce(&other, &ledger, &format!("B/{round}.bin"), &bytes)
            .await
            .expect("an upload");
        tokio::join!(
            send(&one, &ledger, &refused, &bytes),
            send(&other, &ledger, &elsewhere, &bytes)
        );
        check(&first, &anna, &ledger, round, false).await;

        // "Delete forever" of the last item holding a content while a commit of that content
        // finishes.
        let fresh = random_bytes(5_000 + round as u64, 150_000);
        let pending = announce(&other, &ledger, &format!("C/{round}.bin"), &fresh)
            .await
            .expect("an upload");
        let doomed = one.upload(&format!("D/{round}.bin"), &fresh).await;
        ledger.confirm(&doomed);
        let trashed = request(
            &one,
            Method::DELETE,
            &format!("/api/v1/media/{}", doomed.id),
        )
        .await;
        assert_eq!(trashed.status(), StatusCode::OK);
        tokio::join!(
            delete_forever(&one, &ledger, &doomed.id),
            send(&other, &ledger, &pending, &fresh)
        );
        check(&first, &anna, &ledger, round, false).await;
    }
    check(&first, &anna, &ledger, usize::MAX, true).await;
    eprintln!(
        "{} items answered 2xx, {} of them deleted for good, all others whole",
        ledger.confirmed(),
        ledger.purged()
    );
}

/// What one device does in a round of the random race, prepared before the race starts.
enum Step {
    Commit { upload: UploadId, content: Vec<u8> },
    Move { id: MediaId, to: String },
    Trash(MediaId),
    Restore(MediaId),
    DeleteForever(MediaId),
    Nothing,
}

/// The size of every content in the random race.
const CONTENT_SIZE: usize = 150_000;

/// Uploads announced and not sent yet: any device of the account may send one later, when
/// the content may have arrived, been deleted for good or its path been taken meanwhile.
type Announced = Mutex<Vec<(UploadId, Vec<u8>)>>;

/// Prepares one random step on a few contents and names that every step shares: a commit
/// (announced now or earlier, its bytes sent in the race), an announcement kept for a later
/// round, a move, a trash, a restore or a delete for good.
async fn prepare(user: &User, ledger: &Ledger, announced: &Announced, round: usize) -> Step {
    let mut rng = rand::rngs::StdRng::from_entropy();
    // Three contents at a time, new ones every few rounds: most are not held yet when
    // announced, so their bytes are sent.
    let content = random_bytes((round / 3 * 3) as u64 + rng.gen_range(0..3), CONTENT_SIZE);
    let path = format!("Shared/{}.bin", round / 3 * 3 + rng.gen_range(0..4));
    let choice = rng.gen_range(0..12);
    if choice < 5 {
        let earlier = {
            let mut announced = announced.lock().expect("announced");
            let len = announced.len();
            (choice < 3 && len > 0).then(|| announced.swap_remove(rng.gen_range(0..len)))
        };
        if let Some((upload, content)) = earlier {
            return Step::Commit { upload, content };
        }
        let Some(upload) = announce(user, ledger, &path, &content).await else {
            return Step::Nothing;
        };
        // A device announcing what it announced before goes on with that upload: it is this
        // step's now, not one still waiting.
        announced
            .lock()
            .expect("announced")
            .retain(|(id, _)| *id != upload);
        if choice == 4 {
            announced.lock().expect("announced").push((upload, content));
            return Step::Nothing;
        }
        return Step::Commit { upload, content };
    }
    let list = if choice < 7 {
        "/api/v1/media"
    } else {
        "/api/v1/trash"
    };
    let items = listed(user, list).await;
    if items.is_empty() {
        return Step::Nothing;
    }
    let id = items[rng.gen_range(0..items.len())].id.clone();
    match choice {
        5 => Step::Move {
            id,
            to: format!("Shared/{}.bin", round / 3 * 3 + rng.gen_range(0..4)),
        },
        6 => Step::Trash(id),
        7 | 8 => Step::Restore(id),
        _ => Step::DeleteForever(id),
    }
}

/// Takes a step; counts the answers that said done.
async fn take(user: &User, ledger: &Ledger, announced: &Announced, step: Step) {
    let confirmed = |response: reqwest::Response| async move {
        if response.status() == StatusCode::OK {
            ledger.confirm(&response.json().await.expect("the item"));
        }
    };
    match step {
        Step::Commit { upload, content } => {
            send(user, ledger, &upload, &content).await;
            // Committed or refused, the upload is over, even when another device of the
            // account announced it again while this one prepared its step.
            announced
                .lock()
                .expect("announced")
                .retain(|(id, _)| *id != upload);
        }
        Step::Move { id, to } => {
            let response = user
                .request(Method::PATCH, &format!("/api/v1/media/{id}"))
                .json(&serde_json::json!({ "path": to }))
                .send()
                .await
                .expect("move");
            confirmed(response).await;
        }
        Step::Trash(id) => {
            confirmed(request(user, Method::DELETE, &format!("/api/v1/media/{id}")).await).await;
        }
        Step::Restore(id) => {
            let restore = format!("/api/v1/trash/{id}/restore");
            confirmed(request(user, Method::POST, &restore).await).await;
        }
        Step::DeleteForever(id) => delete_forever(user, ledger, &id).await,
        Step::Nothing => {}
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn random_races_on_shared_content_keep_every_confirmed_item_whole() {
    let first = TestServer::start().await;
    let second = first.beside().await;
    let anna = first.user("anna@example.org").await;
    let devices = Arc::new([
        through(&anna, &first),
        through(&anna, &second),
        through(&anna, &first),
        through(&anna, &second),
    ]);
    let ledger = Arc::new(Ledger::default());
    let announced: Arc<Announced> = Arc::default();
    let rounds = rounds(200);
    for round in 0..rounds {
        // Every device prepares its step, then all go at once.
        let start = Arc::new(tokio::sync::Barrier::new(devices.len()));
        let mut steps = Vec::new();
        for device in 0..devices.len() {
            let (devices, ledger, start) = (devices.clone(), ledger.clone(), start.clone());
            let announced = announced.clone();
            steps.push(tokio::spawn(async move {
                let step = prepare(&devices[device], &ledger, &announced, round).await;
                start.wait().await;
                take(&devices[device], &ledger, &announced, step).await;
            }));
        }
        for step in steps {
            step.await.expect("a step");
        }
        let waiting: u64 = announced
            .lock()
            .expect("announced")
            .iter()
            .map(|(_, content)| content.len() as u64)
            .sum();
        // Every item owed, every few rounds; those just answered, every round.
        check_with(&first, &anna, &ledger, round, round % 20 == 19, waiting).await;
    }
    let waiting = (announced.lock().expect("announced").len() * CONTENT_SIZE) as u64;
    check_with(&first, &anna, &ledger, rounds, true, waiting).await;
    eprintln!(
        "{} answers said done, for {} items; {} deleted for good; all others whole",
        ledger.answers(),
        ledger.confirmed(),
        ledger.purged()
    );
    assert!(
        ledger.answers() >= rounds,
        "the race said done too seldom to prove anything"
    );
}
