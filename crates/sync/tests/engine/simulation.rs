//! The seeded simulation on the cloud in memory: three homes make random creates, edits,
//! renames and deletes, often on the same names at once, while the cloud goes away part-way
//! through a pass (after a number of calls the seed picks), breaks uploads off in the middle,
//! and stays away for a while. Once things settle, every home and the cloud agree, and every
//! version of every photo that ever reached the cloud, or that a finished pass saw, is in a
//! folder, a folder's trash or the cloud's recycle bin. Deletions a guard held back are
//! answered as a person would.
//!
//! Core's simulation runs the same story on the real server, with killed passes and restarts;
//! this one has no timing in it (a pass is cut by the cloud, not by a timer), so a seed always
//! plays the same, and it is fast enough for many more seeds. `SKYFOLIO_SIM_SEEDS=A..B` and
//! `SKYFOLIO_SIM_SEED=N` choose the seeds, as for core's.

use std::collections::{BTreeMap, BTreeSet};

use rand::{Rng, SeedableRng};
use skyfolio_protocol::MediaState;
use skyfolio_sync::testing::{self, MemoryCloud};
use skyfolio_sync::{HeldAnswer, PassReport};

use crate::{Home, photo};

const KEYS: [&str; 8] = [
    "a.png",
    "b.png",
    "c.png",
    "Trip/d.png",
    "Trip/e.png",
    "Trip/f.png",
    "Home/g.png",
    "Home/h.png",
];

fn hash(bytes: &[u8]) -> String {
    blake3::hash(bytes).to_hex().to_string()
}

/// Plays one seed; panics with the seed's name on what went wrong. Answers how many versions
/// reached the cloud amid the failures.
async fn run(seed: u64, steps: usize) -> usize {
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let cloud = MemoryCloud::new();
    let mut homes = Vec::new();
    for name in ["Laptop", "Desktop", "Tablet"] {
        homes.push(Home::new(&cloud, name).await);
    }
    let mut created = 0u32;
    // Every content that reached the cloud at some moment: from then on it must never be lost.
    let mut ever_in_cloud: BTreeSet<String> = BTreeSet::new();
    // Every content a finished pass saw in a folder, and what the person destroyed themselves
    // (overwrote or deleted): sync keeps every version it saw, unless the person did not.
    let mut ever_seen: BTreeSet<String> = BTreeSet::new();
    let mut destroyed: BTreeSet<String> = BTreeSet::new();
    for _ in 0..steps {
        let home = &homes[rng.gen_range(0..homes.len())];
        match rng.gen_range(0..100) {
            0..=29 => {
                let key = KEYS[rng.gen_range(0..KEYS.len())];
                if let Ok(old) = std::fs::read(home.path(key)) {
                    destroyed.insert(hash(&old));
                }
                home.put(key, &photo(created));
                created += 1;
            }
            30..=39 => {
                let files: Vec<String> = home.files().into_keys().collect();
                if !files.is_empty() {
                    let from = &files[rng.gen_range(0..files.len())];
                    let to = home.path(KEYS[rng.gen_range(0..KEYS.len())]);
                    if !to.exists() {
                        std::fs::create_dir_all(to.parent().expect("a parent")).expect("mkdir");
                        std::fs::rename(home.path(from), to).expect("renamed");
                    }
                }
            }
            40..=47 => {
                let files: Vec<String> = home.files().into_keys().collect();
                if !files.is_empty() {
                    let victim = home.path(&files[rng.gen_range(0..files.len())]);
                    destroyed.insert(hash(&std::fs::read(&victim).expect("read")));
                    std::fs::remove_file(victim).expect("deleted");
                }
            }
            48..=74 => {
                let before = home.files();
                if home.engine.pass().await.is_ok() {
                    ever_seen.extend(before.values().map(|b| hash(b)));
                }
            }
            75..=84 => {
                // The cloud goes away part-way through a pass.
                cloud.go_away_after(rng.gen_range(0..12));
                let _ = home.engine.pass().await;
                cloud.come_back();
            }
            85..=89 => {
                // An upload's connection breaks in the middle of its body.
                cloud.cut_next_upload(rng.gen_range(0..photo(0).len() as u64));
                let _ = home.engine.pass().await;
            }
            90..=94 => home.wait_is_over(),
            _ => {
                if cloud.is_away() {
                    cloud.come_back();
                } else {
                    cloud.go_away();
                }
            }
        }
        ever_in_cloud.extend(cloud.items().into_values().map(|item| item.hash));
    }
    // Settle: the cloud answers, every wait is over, and every home syncs until none has
    // anything to do; what a guard held back is answered as a person would.
    cloud.come_back();
    let mut last = BTreeMap::new();
    let mut quiet = false;
    for _ in 0..12 {
        let mut done = 0;
        for (n, home) in homes.iter().enumerate() {
            home.wait_is_over();
            let report = home.engine.sync_once(10).await.expect("a pass");
            done += report.done();
            for folder in &report.folders {
                let Some(held) = &folder.held else { continue };
                let answer = if rng.gen_bool(0.5) {
                    HeldAnswer::Delete
                } else {
                    HeldAnswer::Restore
                };
                let linked = home.library.folder(&folder.folder).await.expect("folder");
                match home
                    .engine
                    .answer_held(&linked, &held.fingerprint, answer)
                    .await
                {
                    Ok(_) | Err(skyfolio_sync::Error::HeldChanged { .. }) => {}
                    Err(error) => panic!("seed {seed}: answering home {n}: {error}"),
                }
                // Answered or not, the next round looks again.
                done += 1;
            }
            last.insert(n, report);
        }
        if done == 0 && last.values().all(PassReport::in_step) {
            quiet = true;
            break;
        }
    }
    assert!(quiet, "seed {seed}: the homes never settled: {last:#?}");
    let first = homes[0].files();
    for (n, home) in homes.iter().enumerate().skip(1) {
        assert_eq!(
            home.files().keys().collect::<Vec<_>>(),
            first.keys().collect::<Vec<_>>(),
            "seed {seed}: homes 0 and {n} disagree"
        );
        assert!(home.files() == first, "seed {seed}: contents differ");
    }
    assert_eq!(
        cloud.files().into_keys().collect::<BTreeSet<_>>(),
        first.keys().cloned().collect::<BTreeSet<_>>(),
        "seed {seed}: the cloud differs from the homes"
    );
    // Nothing lost: every version that ever reached the cloud, or that a finished pass saw, is
    // in a folder, a folder's trash or the cloud (live or in its recycle bin).
    let mut kept: BTreeSet<String> = BTreeSet::new();
    for home in &homes {
        for bytes in home.files().values().chain(home.trashed().iter()) {
            kept.insert(hash(bytes));
        }
    }
    let items = cloud.items();
    kept.extend(
        items
            .values()
            .filter(|item| item.state != MediaState::Purged)
            .map(|item| item.hash.clone()),
    );
    let names: BTreeMap<String, u32> = (0..created).map(|n| (hash(&photo(n)), n)).collect();
    let lost: Vec<Option<&u32>> = ever_in_cloud
        .difference(&kept)
        .map(|lost| names.get(lost))
        .collect();
    assert!(
        lost.is_empty(),
        "seed {seed}: versions {lost:?} were in the cloud and are now lost"
    );
    for lost in ever_seen.difference(&kept) {
        assert!(
            destroyed.contains(lost),
            "seed {seed}: version {:?} was seen by sync and is now lost",
            names.get(lost)
        );
    }
    ever_in_cloud.len()
}

/// Plays seeds 1 to 1,000, or those `SKYFOLIO_SIM_SEEDS`/`SKYFOLIO_SIM_SEED` name.
#[test]
fn simulation_three_homes_on_a_failing_cloud_converge_and_lose_nothing() {
    testing::play_seeds(testing::seeds(1..1001), |seed| async move {
        run(seed, 60).await > 0
    });
}
