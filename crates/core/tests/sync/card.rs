//! Backing up a camera card or phone, then freeing its space: on a real FAT file system (an
//! image made with mkfs.vfat and mounted) where this machine lets the test mount one, else on
//! a folder standing in for it, against a real server.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use skyfolio_core::{DeviceOutcome, FolderMode};
use skyfolio_sync::transfer::Link;

use crate::{Cloud, Device, corpus, photo, put};

/// A camera card: a FAT image mounted on a folder, or the folder alone.
struct Card {
    root: PathBuf,
    mounted: bool,
    _dir: tempfile::TempDir,
}

impl Card {
    fn new() -> Card {
        let dir = tempfile::tempdir().expect("temp dir");
        let image = dir.path().join("card.img");
        let root = dir.path().join("NIKON D750");
        std::fs::create_dir_all(&root).expect("mkdir");
        let ran = |command: &mut Command| command.output().is_ok_and(|out| out.status.success());
        let mounted = ran(Command::new("mkfs.vfat")
            .args(["-C", "-n", "NIKON"])
            .arg(&image)
            .arg("65536"))
            && ran(Command::new("mount")
                .args(["-o", "loop,uid=0,gid=0"])
                .arg(&image)
                .arg(&root));
        if !mounted {
            eprintln!("no FAT image could be mounted here: a folder stands in for the card");
        }
        Card {
            root,
            mounted,
            _dir: dir,
        }
    }

    fn path(&self, rel: &str) -> PathBuf {
        rel.split('/')
            .fold(self.root.clone(), |p, part| p.join(part))
    }

    fn put(&self, rel: &str, bytes: &[u8]) {
        put(&self.path(rel), bytes);
    }

    /// Every file on the card, hidden ones too, by path from its top.
    fn files(&self) -> BTreeMap<String, Vec<u8>> {
        crate::files_under(&self.root, &[])
    }
}

impl Drop for Card {
    fn drop(&mut self) {
        if self.mounted {
            let _ = Command::new("umount").arg(&self.root).status();
        }
    }
}

fn read(name: &str) -> Vec<u8> {
    std::fs::read(corpus(name)).expect("a corpus file")
}

fn outcomes(report: &skyfolio_core::DeviceReport, root: &Path) -> BTreeMap<String, String> {
    report
        .rows
        .iter()
        .map(|row| {
            let rel = row
                .path
                .strip_prefix(root)
                .expect("on the card")
                .to_string_lossy()
                .replace('\\', "/");
            let what = match &row.outcome {
                DeviceOutcome::Imported { cloud_path } => format!("imported {cloud_path}"),
                DeviceOutcome::InCloud { cloud_path } => format!("in cloud {cloud_path}"),
                DeviceOutcome::OnThisComputer { .. } => "on this computer".to_owned(),
                DeviceOutcome::NotMedia => "not media".to_owned(),
                DeviceOutcome::Failed { code, .. } => format!("failed {code}"),
            };
            (rel, what)
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_card_is_backed_up_once_and_freed_only_of_what_the_cloud_confirms() {
    let cloud = Cloud::start().await;
    let device = Device::new(
        &cloud,
        "Laptop",
        "card@example.org",
        true,
        FolderMode::TwoWay,
    )
    .await;
    // The cloud holds one of the card's photos already, from this computer's folder.
    device.put("Earlier/sony.jpg", &read("jpeg/sony_dsc-hx5v.jpg"));
    device.sync().await;

    let card = Card::new();
    card.put("DCIM/100NIKON/DSC_0001.JPG", &read("jpeg/nikon_d5000.jpg"));
    card.put(
        "DCIM/100NIKON/DSC_0002.JPG",
        &read("jpeg/sony_dsc-hx5v.jpg"),
    );
    card.put("DCIM/100NIKON/EMPTY.JPG", b"");
    card.put("DCIM/Camera/IMG_2.jpg", &read("jpeg/htc_desire.jpg"));
    // The same bytes twice on the card: sent once.
    card.put("DCIM/Camera/IMG_2 copy.jpg", &read("jpeg/htc_desire.jpg"));
    card.put("DCIM/Screenshots/Screenshot_1.png", &photo(7));
    card.put(
        "WhatsApp/Media/WhatsApp Images/IMG-20230101-WA0001.jpg",
        &read("jpeg/no_exif.jpg"),
    );
    // Left out: caches, Android's trash, apps' private data, the file system's own.
    card.put("DCIM/.thumbnails/t.jpg", &photo(8));
    card.put("DCIM/Camera/.trashed-1700000000-old.jpg", &photo(9));
    card.put("Android/data/com.app/cache/x.png", &photo(10));
    card.put("notes.txt", b"not a photo");
    let before = card.files();

    let report = device
        .app
        .import_device(&card.root, Link::new(Arc::new(|_| {})))
        .await
        .expect("imported");
    let seen = outcomes(&report, &card.root);
    let expected: BTreeMap<String, String> = [
        ("DCIM/100NIKON/DSC_0001.JPG", "imported Camera/DSC_0001.JPG"),
        ("DCIM/100NIKON/DSC_0002.JPG", "in cloud Earlier/sony.jpg"),
        ("DCIM/100NIKON/EMPTY.JPG", "failed empty-file"),
        (
            "DCIM/Camera/IMG_2 copy.jpg",
            "imported Camera/IMG_2 copy.jpg",
        ),
        ("DCIM/Camera/IMG_2.jpg", "in cloud Camera/IMG_2 copy.jpg"),
        (
            "DCIM/Screenshots/Screenshot_1.png",
            "imported Screenshots/Screenshot_1.png",
        ),
        (
            "WhatsApp/Media/WhatsApp Images/IMG-20230101-WA0001.jpg",
            "imported WhatsApp/IMG-20230101-WA0001.jpg",
        ),
        ("notes.txt", "not media"),
    ]
    .into_iter()
    .map(|(a, b)| (a.to_owned(), b.to_owned()))
    .collect();
    assert_eq!(seen, expected, "mounted FAT: {}", card.mounted);
    let empty = report
        .failures()
        .into_iter()
        .find(|f| f.path.ends_with("EMPTY.JPG"))
        .expect("the empty file is named");
    assert!(!empty.message.is_empty(), "{empty:?}");
    assert_eq!(card.files(), before, "the card was written to");

    // In the cloud, whole, in their albums; the WhatsApp photo dated by its name.
    let client = skyfolio_core::testing::client(&device.app)
        .await
        .expect("client");
    let page = client.media_page(None, 100).await.expect("page");
    let by_path: BTreeMap<&str, &skyfolio_protocol::MediaItem> =
        page.items.iter().map(|i| (i.path.as_str(), i)).collect();
    let hash = |bytes: &[u8]| blake3::hash(bytes).to_hex().to_string();
    assert_eq!(
        by_path["Camera/DSC_0001.JPG"].hash,
        hash(&read("jpeg/nikon_d5000.jpg"))
    );
    assert_eq!(
        by_path["Screenshots/Screenshot_1.png"].hash,
        hash(&photo(7))
    );
    let whatsapp = by_path["WhatsApp/IMG-20230101-WA0001.jpg"];
    assert!(
        whatsapp
            .taken_at
            .as_deref()
            .is_some_and(|t| t.starts_with("2023-01-01")),
        "{whatsapp:?}"
    );
    assert_eq!(page.items.len(), 5, "{:?}", by_path.keys());

    // Again, as after a crash: nothing is sent twice.
    let again = device
        .app
        .import_device(&card.root, Link::new(Arc::new(|_| {})))
        .await
        .expect("imported again");
    assert_eq!(again.imported(), 0, "{:?}", outcomes(&again, &card.root));
    assert_eq!(again.already(), 6);

    // A photo taken since is not confirmed, nor is one changed after its check.
    card.put("DCIM/100NIKON/DSC_0003.JPG", &read("jpeg/canon_eos_7d.jpg"));
    let confirmed = device
        .app
        .confirmed_on_device(&card.root)
        .await
        .expect("confirmed");
    let mut listed: Vec<String> = confirmed
        .iter()
        .map(|c| {
            c.path
                .strip_prefix(&card.root)
                .expect("on the card")
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    listed.sort();
    assert_eq!(
        listed,
        [
            "DCIM/100NIKON/DSC_0001.JPG",
            "DCIM/100NIKON/DSC_0002.JPG",
            "DCIM/Camera/IMG_2 copy.jpg",
            "DCIM/Camera/IMG_2.jpg",
            "DCIM/Screenshots/Screenshot_1.png",
            "WhatsApp/Media/WhatsApp Images/IMG-20230101-WA0001.jpg",
        ]
    );
    card.put("DCIM/Screenshots/Screenshot_1.png", &photo(70));
    let mut asked: Vec<PathBuf> = confirmed.iter().map(|c| c.path.clone()).collect();
    asked.push(card.path("DCIM/100NIKON/DSC_0003.JPG"));
    let freed = device.app.free_device(&asked).await.expect("freed");
    assert_eq!(freed.removed.len(), 5, "{freed:?}");
    let mut kept: Vec<(String, String)> = freed
        .kept
        .iter()
        .map(|k| {
            let name = Path::new(&k.path).file_name().expect("a name");
            (name.to_string_lossy().into_owned(), k.code.clone())
        })
        .collect();
    kept.sort();
    assert_eq!(
        kept,
        [
            ("DSC_0003.JPG".to_owned(), "not-confirmed".to_owned()),
            ("Screenshot_1.png".to_owned(), "not-confirmed".to_owned()),
        ]
    );
    let removed_bytes: u64 = confirmed
        .iter()
        .filter(|c| freed.removed.contains(&c.path))
        .map(|c| c.size)
        .sum();
    assert_eq!(freed.bytes, removed_bytes);
    // What stays on the card: what the cloud did not confirm, and what the backup left out.
    let after = crate::files_under(&card.root, &[".Trash-0", ".Trash"]);
    let left: Vec<&str> = after.keys().map(String::as_str).collect();
    assert_eq!(
        left,
        [
            "Android/data/com.app/cache/x.png",
            "DCIM/.thumbnails/t.jpg",
            "DCIM/100NIKON/DSC_0003.JPG",
            "DCIM/100NIKON/EMPTY.JPG",
            "DCIM/Camera/.trashed-1700000000-old.jpg",
            "DCIM/Screenshots/Screenshot_1.png",
            "notes.txt",
        ]
    );
    assert_eq!(after["DCIM/Screenshots/Screenshot_1.png"], photo(70));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_card_that_cannot_be_read_is_named() {
    let cloud = Cloud::start().await;
    let device = Device::new(
        &cloud,
        "Laptop",
        "gone@example.org",
        true,
        FolderMode::TwoWay,
    )
    .await;
    let gone = Path::new("/nonexistent/NIKON");
    let error = device
        .app
        .import_device(gone, Link::new(Arc::new(|_| {})))
        .await
        .expect_err("no card");
    assert!(error.to_string().contains("/nonexistent/NIKON"), "{error}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_folder_frees_only_old_files_the_cloud_holds_and_they_stay_in_the_cloud() {
    let cloud = Cloud::start().await;
    let device = Device::new(
        &cloud,
        "Laptop",
        "space@example.org",
        true,
        FolderMode::UploadOnly,
    )
    .await;
    device.put("2019/old.jpg", &read("jpeg/canon_eos_7d.jpg"));
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(400 * 86_400);
    std::fs::File::options()
        .write(true)
        .open(device.path("2019/old.jpg"))
        .expect("open")
        .set_modified(old)
        .expect("mtime");
    device.put("2026/new.jpg", &read("jpeg/jolla.jpg"));
    assert!(device.sync().await.in_step());
    // Not sent yet: never listed, however old.
    device.put("2018/unsent.png", &photo(3));
    std::fs::File::options()
        .write(true)
        .open(device.path("2018/unsent.png"))
        .expect("open")
        .set_modified(old)
        .expect("mtime");

    let month = Some(std::time::Duration::from_secs(30 * 86_400));
    let confirmed = device
        .app
        .confirmed_in_folder(&device.folder, month, None)
        .await
        .expect("listed");
    let names: Vec<&str> = confirmed.iter().map(|c| c.cloud_path.as_str()).collect();
    assert_eq!(names, ["Photos/2019/old.jpg"]);
    let paths: Vec<PathBuf> = confirmed.iter().map(|c| c.path.clone()).collect();
    let freed = device.app.free_device(&paths).await.expect("freed");
    assert_eq!(freed.removed, paths);
    assert!(!device.path("2019/old.jpg").exists());

    // Sync goes on: the file stays in the cloud and does not come back here.
    device.sync().await;
    let client = skyfolio_core::testing::client(&device.app)
        .await
        .expect("client");
    let live = client.media_page(None, 100).await.expect("page");
    let mut in_cloud: Vec<&str> = live.items.iter().map(|i| i.path.as_str()).collect();
    in_cloud.sort_unstable();
    assert_eq!(
        in_cloud,
        [
            "Photos/2018/unsent.png",
            "Photos/2019/old.jpg",
            "Photos/2026/new.jpg"
        ]
    );
    assert!(!device.path("2019/old.jpg").exists());

    // A two-way folder is refused: removing there would remove from the cloud too.
    let other = Device::new(
        &cloud,
        "Desktop",
        "space@example.org",
        false,
        FolderMode::TwoWay,
    )
    .await;
    let refused = other
        .app
        .confirmed_in_folder(&other.folder, None, None)
        .await
        .expect_err("refused");
    assert_eq!(refused.code(), skyfolio_core::Code::NotABackupFolder);
}

/// "Download and include" on a cloud drive's placeholder: only a file of a folder this
/// computer syncs is read through, and its directory is read again at the next scan.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keeping_a_file_here_reads_only_files_of_linked_folders() {
    let cloud = Cloud::start().await;
    let device = Device::new(
        &cloud,
        "Laptop",
        "keep@example.org",
        true,
        FolderMode::TwoWay,
    )
    .await;
    device.put("2024/a.jpg", &read("jpeg/jolla.jpg"));
    assert!(device.sync().await.in_step());
    device
        .app
        .keep_here(&device.path("2024/a.jpg"))
        .await
        .expect("a file of the folder");
    let elsewhere = tempfile::tempdir().expect("temp dir");
    let outside = elsewhere.path().join("b.jpg");
    std::fs::write(&outside, b"not ours").expect("written");
    for path in [
        outside.clone(),
        device.folder.clone(),
        device.folder.join("../x.jpg"),
    ] {
        let refused = device.app.keep_here(&path).await.expect_err("not ours");
        assert_eq!(
            refused.code(),
            skyfolio_core::Code::NothingSelected,
            "{}",
            path.display()
        );
    }
    let gone = device
        .app
        .keep_here(&device.path("2024/gone.jpg"))
        .await
        .expect_err("no file");
    assert_eq!(gone.code(), skyfolio_core::Code::Io);
    // Still in step: reading changed nothing.
    assert!(device.sync().await.in_step());
}
