//! The diagnostics bundle: what it holds, and what it never holds.

use std::io::Read;

use skyfolio_core::FolderMode;

use crate::{PASSWORD, photo, two_devices};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_diagnostics_bundle_holds_versions_settings_and_logs_but_no_photo_or_secret() {
    let (_cloud, a, _b) = two_devices(FolderMode::TwoWay, FolderMode::TwoWay).await;
    a.put("1.png", &photo(1));
    a.sync().await;
    let home = a.app.home().clone();
    let logs = skyfolio_core::logs_dir(&home);
    std::fs::create_dir_all(&logs).expect("mkdir");
    std::fs::write(
        logs.join("skyfolio.log.2026-12-01"),
        "a pass found nothing to do\n",
    )
    .expect("log");
    let out = tempfile::tempdir().expect("temp dir");
    let target = out.path().join("skyfolio diagnostics.zip");
    let report = a
        .app
        .save_diagnostics(&target, "1.2.3")
        .await
        .expect("saved");
    assert_eq!(report.path, target);
    assert_eq!(
        report.bytes,
        std::fs::metadata(&target).expect("there").len()
    );
    assert_eq!(
        report.entries,
        [
            "about.json",
            "last-pass.json",
            "logs/skyfolio.log.2026-12-01"
        ]
    );
    // Nothing but the bundle is left in the folder: no temporary file.
    assert_eq!(std::fs::read_dir(out.path()).expect("list").count(), 1);
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&target).expect("open")).expect("zip");
    let mut everything = String::new();
    for index in 0..zip.len() {
        let mut entry = zip.by_index(index).expect("entry");
        let mut text = String::new();
        entry.read_to_string(&mut text).expect("text, not pictures");
        everything.push_str(&text);
    }
    let about: serde_json::Value = {
        let mut entry = zip.by_name("about.json").expect("about.json");
        serde_json::from_reader(&mut entry).expect("json")
    };
    assert_eq!(about["version"], "1.2.3");
    assert_eq!(about["preferences"]["transfers"], 4);
    assert_eq!(about["folders"][0]["mode"], "two-way");
    assert!(about["status"]["signedIn"]["server"].is_string());
    assert!(everything.contains("a pass found nothing to do"));
    let token = std::fs::read_to_string(home.data_dir().join("device-token")).expect("a token");
    assert!(!token.trim().is_empty());
    for secret in [token.trim(), PASSWORD, "anna@example.org"] {
        assert!(!everything.contains(secret), "{secret:?} is in the bundle");
    }
    // A folder that cannot be written to is an error that names the file; nothing is left.
    let error = a
        .app
        .save_diagnostics(&out.path().join("missing/d.zip"), "1.2.3")
        .await
        .expect_err("no such folder");
    assert_eq!(error.code(), skyfolio_core::Code::Io);
    assert!(error.to_string().contains("d.zip"), "{error}");
}
