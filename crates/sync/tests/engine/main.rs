//! The engine against a cloud in memory: real homes (a library and a sync state in a temporary
//! folder, a folder of real photos on disk) syncing through `testing::MemoryCloud`, fast
//! enough to try what a real server makes slow: a cloud that goes away part-way, an upload
//! cut off in the middle.

mod faults;
mod memory_cloud;
mod simulation;
mod travel;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use skyfolio_clock::ManualClock;
use skyfolio_library::{FolderMode, Home as LibraryHome, Library};
use skyfolio_sync::testing::MemoryCloud;
pub use skyfolio_sync::testing::put;
use skyfolio_sync::{Engine, Options, PassReport, State};

/// One computer: a library, a sync state and one two-way folder, syncing with the cloud.
pub struct Home {
    pub engine: Engine<MemoryCloud>,
    pub library: Library,
    pub state: State,
    pub folder: PathBuf,
    /// The home's clock: it moves only when a test moves it.
    pub clock: ManualClock,
    _dir: tempfile::TempDir,
}

impl Home {
    pub async fn new(cloud: &MemoryCloud, name: &str) -> Home {
        Home::with_options(cloud, name, Options::default()).await
    }

    /// A home whose engine runs with `options` (its device name and trash are the home's).
    pub async fn with_options(cloud: &MemoryCloud, name: &str, options: Options) -> Home {
        let dir = tempfile::tempdir().expect("temp dir");
        let folder = dir.path().join("Photos");
        std::fs::create_dir_all(&folder).expect("mkdir");
        let folder = std::fs::canonicalize(&folder).expect("canonical");
        let home = LibraryHome::at(dir.path().join("home"));
        // The tests' files are written whole before any scan: none needs to rest.
        let clock = ManualClock::at_system_time();
        let library = Library::open(&home)
            .await
            .expect("library")
            .with_settle_time(Duration::ZERO)
            .with_clock(clock.shared());
        let state = State::open(home.data_dir()).await.expect("sync state");
        library
            .add_folder(&folder, FolderMode::TwoWay)
            .await
            .expect("folder added");
        let options = Options {
            device_name: name.to_owned(),
            os_trash: false,
            ..options
        };
        let engine = Engine::new(library.clone(), state.clone(), cloud.device(name), options);
        Home {
            engine,
            library,
            state,
            folder,
            clock,
            _dir: dir,
        }
    }

    pub fn path(&self, key: &str) -> PathBuf {
        key.split('/')
            .fold(self.folder.clone(), |p, part| p.join(part))
    }

    pub fn put(&self, key: &str, bytes: &[u8]) {
        put(&self.path(key), bytes);
    }

    /// Passes until one has nothing to do.
    pub async fn sync(&self) -> PassReport {
        self.engine.sync_once(10).await.expect("a pass")
    }

    /// Every file in the folder by key: not the folder's own trash, nor downloads in progress.
    pub fn files(&self) -> BTreeMap<String, Vec<u8>> {
        files_under(&self.folder, &[".skyfolio-trash"])
    }

    /// What the folder's own trash holds.
    pub fn trashed(&self) -> Vec<Vec<u8>> {
        files_under(&self.folder.join(".skyfolio-trash"), &[])
            .into_values()
            .collect()
    }

    /// Downloads in progress: the hidden `.part` files beside their targets.
    pub fn partial_files(&self) -> usize {
        walk(&self.folder)
            .into_iter()
            .filter(|p| p.to_string_lossy().ends_with(".part"))
            .count()
    }

    /// An hour passes: every failed transfer's wait before it is tried again is over.
    pub fn wait_is_over(&self) {
        self.clock.advance(Duration::from_secs(3600));
    }
}

/// A small real photo whose content is `n`: a PNG the media core reads.
pub fn photo(n: u32) -> Vec<u8> {
    picture(n, 4, 3)
}

/// A real photo of noise whose content is `n`, some 190 KB: larger than one piece of a
/// download, and not smaller once compressed.
pub fn large_photo(n: u32) -> Vec<u8> {
    picture(n, 256, 256)
}

/// A photo too large to be sent whole in one request (it goes as a resumable upload): a
/// picture with several MiB after its end, as a phone's motion photo carries its video.
pub fn resumable_photo(n: u32) -> Vec<u8> {
    let mut bytes = large_photo(n);
    let mut trailer =
        vec![0u8; usize::try_from(skyfolio_protocol::WHOLE_UPLOAD_LIMIT).expect("a size")];
    let mut noise = blake3::Hasher::new();
    noise.update(b"trailer");
    noise.update(&n.to_le_bytes());
    noise.finalize_xof().fill(&mut trailer);
    bytes.extend_from_slice(&trailer);
    bytes
}

fn picture(n: u32, width: u32, height: u32) -> Vec<u8> {
    let mut picture = image::RgbImage::new(width, height);
    let mut noise = blake3::Hasher::new();
    noise.update(&n.to_le_bytes());
    let mut noise = noise.finalize_xof();
    for pixel in picture.pixels_mut() {
        let mut rgb = [0u8; 3];
        noise.fill(&mut rgb);
        *pixel = image::Rgb(rgb);
    }
    let mut bytes = Vec::new();
    picture
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .expect("a PNG");
    bytes
}

fn walk(root: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut dirs = vec![root.to_owned()];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else {
                found.push(path);
            }
        }
    }
    found
}

pub fn files_under(root: &Path, skip: &[&str]) -> BTreeMap<String, Vec<u8>> {
    walk(root)
        .into_iter()
        .filter_map(|path| {
            let key = path
                .strip_prefix(root)
                .expect("under root")
                .to_string_lossy()
                .replace('\\', "/");
            let skipped = key.split('/').any(|part| skip.contains(&part)) || key.ends_with(".part");
            (!skipped).then(|| (key, std::fs::read(&path).expect("read")))
        })
        .collect()
}
