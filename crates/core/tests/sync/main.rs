//! Sync end to end: a real server on 127.0.0.1, real devices (each a home with its own library,
//! sync state and folder on disk), real photos.

mod card;
mod contract;
mod diagnostics;
mod held;
mod originals;
mod phone;
mod scenarios;
mod settling;
mod simulation;
mod supervisor;
mod takeout;

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use skyfolio_core::{App, AppOptions, FolderMode, Home, PassReport, SignIn};
use skyfolio_server::{Config, Server};
use skyfolio_sync::Options;
pub use skyfolio_sync::testing::put;

pub const PASSWORD: &str = "correct horse battery";

pub fn corpus(name: &str) -> PathBuf {
    std::env::var_os("SKYFOLIO_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus"))
        .join(name)
}

/// A server in this process on a loopback port, which can be stopped and started again on
/// the same port and data folder, as a server that restarts.
pub struct Cloud {
    pub server: Server,
    pub address: SocketAddr,
    pub data: PathBuf,
    serving: tokio::task::JoinHandle<()>,
    _dir: tempfile::TempDir,
}

impl Cloud {
    pub async fn start() -> Cloud {
        let dir = tempfile::tempdir().expect("temp dir");
        let data = dir.path().join("data");
        let server = Server::open(Config::new(&data)).await.expect("opens");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a port");
        let address = listener.local_addr().expect("bound");
        let serving = spawn_serving(server.clone(), listener);
        Cloud {
            server,
            address,
            data,
            serving,
            _dir: dir,
        }
    }

    /// Creates an account straight in the database, its password hashed with the least work
    /// argon2id allows: logging in to it costs next to nothing, where the server's own hashing
    /// (19 MiB, on purpose) would dominate tests that make many devices.
    pub async fn add_account(&self, email: &str) {
        static CHEAP_HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        let hash = CHEAP_HASH.get_or_init(|| {
            use argon2::password_hash::{PasswordHasher, SaltString};
            let params = argon2::Params::new(8, 1, 1, None).expect("params");
            let argon2 =
                argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
            let salt = SaltString::encode_b64(b"skyfolio-tests!!").expect("salt");
            argon2
                .hash_password(PASSWORD.as_bytes(), &salt)
                .expect("hashed")
                .to_string()
        });
        let now = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_millis()).expect("ms"));
        self.server
            .store()
            .insert_user(email, hash, false, 5 << 30, now)
            .await
            .expect("account added");
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.address)
    }

    /// Stops answering at once: connections in flight break.
    pub fn stop(&mut self) {
        self.serving.abort();
    }

    /// Opens the data folder again (as a restarted process does) and serves on the same port.
    pub async fn restart(&mut self) {
        self.restart_with(|_| {}).await;
    }

    /// [`Cloud::restart`] with its configuration changed by `configure`.
    pub async fn restart_with(&mut self, configure: impl FnOnce(&mut Config)) {
        self.serving.abort();
        let _ = (&mut self.serving).await;
        self.server.store().close().await;
        let mut config = Config::new(&self.data);
        configure(&mut config);
        self.server = Server::open(config).await.expect("reopens");
        let listener = loop {
            match tokio::net::TcpListener::bind(self.address).await {
                Ok(listener) => break listener,
                Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
            }
        };
        self.serving = spawn_serving(self.server.clone(), listener);
    }
}

fn spawn_serving(server: Server, listener: tokio::net::TcpListener) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let _ = server.serve(listener).await;
    })
}

/// One computer: its home, its synced folder, its app.
pub struct Device {
    pub app: App,
    pub folder: PathBuf,
    pub name: String,
    _dir: tempfile::TempDir,
}

/// A small real photo whose content is `n`: a PNG the media core reads.
pub fn photo(n: u32) -> Vec<u8> {
    let mut picture = image::RgbImage::new(4, 3);
    for (i, pixel) in picture.pixels_mut().enumerate() {
        let i = u32::try_from(i).expect("small");
        *pixel = image::Rgb([(n & 0xff) as u8, ((n >> 8) & 0xff) as u8, (i * 20) as u8]);
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

impl Device {
    /// A new computer signed in to `email` on `cloud` (creating the account when asked),
    /// syncing one folder in `mode`.
    pub async fn new(
        cloud: &Cloud,
        name: &str,
        email: &str,
        register: bool,
        mode: FolderMode,
    ) -> Device {
        let dir = tempfile::tempdir().expect("temp dir");
        let folder = dir.path().join("Photos");
        std::fs::create_dir_all(&folder).expect("mkdir");
        let folder = std::fs::canonicalize(&folder).expect("canonical");
        let home = Home::at(dir.path().join("home"));
        let app = App::open(
            &home,
            AppOptions {
                use_keychain: false,
                os_trash: false,
            },
        )
        .await
        .expect("opens");
        if register {
            cloud.add_account(email).await;
        }
        app.sign_in(SignIn {
            server: cloud.url(),
            email: email.to_owned(),
            password: PASSWORD.to_owned(),
            register: false,
            invite: None,
            device_name: Some(name.to_owned()),
        })
        .await
        .expect("signed in");
        app.add_folder(&folder, mode, None)
            .await
            .expect("folder added");
        Device {
            app,
            folder,
            name: name.to_owned(),
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

    pub async fn sync_with(&self, options: Options) -> PassReport {
        self.app
            .engine(options)
            .await
            .expect("an engine")
            .sync_once(10)
            .await
            .expect("a pass")
    }

    pub async fn sync(&self) -> PassReport {
        self.sync_with(Options::default()).await
    }

    /// Every file in the folder by key, without the folder's own trash.
    pub fn files(&self) -> BTreeMap<String, Vec<u8>> {
        files_under(&self.folder, &[".skyfolio-trash"])
    }

    /// What the folder's own trash holds.
    pub fn trashed(&self) -> Vec<Vec<u8>> {
        files_under(&self.folder.join(".skyfolio-trash"), &[])
            .into_values()
            .collect()
    }
}

pub fn files_under(root: &Path, skip: &[&str]) -> BTreeMap<String, Vec<u8>> {
    let mut found = BTreeMap::new();
    let mut dirs = vec![root.to_owned()];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("entry").path();
            let name = path
                .file_name()
                .expect("a name")
                .to_string_lossy()
                .into_owned();
            if skip.contains(&name.as_str()) || name.ends_with(".part") {
                continue;
            }
            if path.is_dir() {
                dirs.push(path);
            } else {
                let key = path
                    .strip_prefix(root)
                    .expect("under root")
                    .to_string_lossy()
                    .replace('\\', "/");
                found.insert(key, std::fs::read(&path).expect("read"));
            }
        }
    }
    found
}

/// Registers the account on the first device.
pub async fn two_devices(mode_a: FolderMode, mode_b: FolderMode) -> (Cloud, Device, Device) {
    let cloud = Cloud::start().await;
    let a = Device::new(&cloud, "Laptop", "anna@example.org", true, mode_a).await;
    let b = Device::new(&cloud, "Desktop", "anna@example.org", false, mode_b).await;
    (cloud, a, b)
}
