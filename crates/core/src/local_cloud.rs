//! The local cloud: `skyfolio-server` running inside the app, on a loopback port, with its data
//! in the home. A person can use Skyfolio before they own a server; the photos are safe in a
//! second place on this computer (the server's own folder) and move to a real server later.

use std::net::SocketAddr;
use std::path::PathBuf;

use skyfolio_server::{Config, Server};

use crate::{App, Error, SignIn};

/// The account the local cloud keeps for the person at this computer.
const OWNER: &str = "owner@this-computer.local";

/// A running local cloud. Dropping it stops the server.
pub struct LocalCloud {
    pub url: String,
    pub data: PathBuf,
    pub(crate) server: Server,
    serving: tokio::task::JoinHandle<()>,
    /// The listener for phones on this network, while the person has it open: its port and
    /// the task serving it (see `phone.rs`).
    pub(crate) network: std::sync::Mutex<Option<(u16, tokio::task::JoinHandle<()>)>>,
}

impl LocalCloud {
    pub fn server(&self) -> &Server {
        &self.server
    }
}

impl Drop for LocalCloud {
    fn drop(&mut self) {
        self.close_to_network();
        self.serving.abort();
    }
}

fn random_secret() -> String {
    let bytes: [u8; 24] = rand::random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl App {
    /// Where the local cloud keeps its database and files.
    pub fn local_cloud_dir(&self) -> std::path::PathBuf {
        self.home.data_dir().join("local-cloud")
    }

    /// Whether this home uses the local cloud.
    pub async fn uses_local_cloud(&self) -> Result<bool, Error> {
        Ok(self.state.setting("local_cloud").await?.as_deref() == Some("1"))
    }

    /// Marks whether this home uses the local cloud (set by starting it; cleared when signing
    /// in elsewhere or out).
    pub(crate) async fn set_uses_local_cloud(&self, uses: bool) -> Result<(), Error> {
        self.state
            .set_setting("local_cloud", if uses { "1" } else { "0" })
            .await?;
        Ok(())
    }

    /// Starts the local cloud and signs this computer in to it (creating its account the first
    /// time). It listens on the same loopback port as last time when it can.
    pub async fn start_local_cloud(&self) -> Result<LocalCloud, Error> {
        let data = self.local_cloud_dir();
        let io = |what: &'static str| {
            let path = data.clone();
            move |source| Error::Io { path, what, source }
        };
        std::fs::create_dir_all(&data).map_err(io("cannot create the local cloud's folder"))?;
        let mut config = Config::new(&data);
        // Only this computer's own account: nobody registers on it.
        config.open_registration = false;
        // The person's own disk is the limit.
        config.default_quota = u64::MAX / 4;
        let server = Server::open(config).await.map_err(|e| Error::Io {
            path: data.clone(),
            what: "cannot open the local cloud",
            source: std::io::Error::other(e.to_string()),
        })?;
        let previous: Option<u16> = self
            .state
            .setting("local_cloud_port")
            .await?
            .and_then(|p| p.parse().ok());
        let listener = match previous {
            Some(port) => {
                match tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], port))).await
                {
                    Ok(listener) => listener,
                    Err(_) => tokio::net::TcpListener::bind("127.0.0.1:0")
                        .await
                        .map_err(io("cannot listen on a loopback port"))?,
                }
            }
            None => tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .map_err(io("cannot listen on a loopback port"))?,
        };
        let address = listener
            .local_addr()
            .map_err(io("cannot listen on a loopback port"))?;
        let url = format!("http://{address}");
        let serving = {
            let server = server.clone();
            tokio::spawn(async move {
                let _ = server.serve(listener).await;
            })
        };
        let cloud = LocalCloud {
            url: url.clone(),
            data: data.clone(),
            server,
            serving,
            network: std::sync::Mutex::new(None),
        };
        self.state
            .set_setting("local_cloud_port", &address.port().to_string())
            .await?;
        self.state.set_setting("local_cloud", "1").await?;
        // The same account at a new port is the same cloud: follow it without starting over.
        if let Some(account) = self.state.account().await?
            && account.email == OWNER
            && account.server.starts_with("http://127.0.0.1:")
        {
            if account.server != url {
                self.state.set_server_address(&url).await?;
            }
            if self.client().await.is_ok() {
                return Ok(cloud);
            }
        }
        let secret_file = data.join("owner");
        let (password, register) = match std::fs::read_to_string(&secret_file) {
            Ok(secret) => (secret.trim().to_owned(), false),
            Err(_) => {
                let secret = random_secret();
                write_private(&secret_file, &secret)
                    .map_err(io("cannot keep the local cloud's key"))?;
                (secret, true)
            }
        };
        self.sign_in(SignIn {
            server: url,
            email: OWNER.to_owned(),
            password,
            register,
            invite: None,
            device_name: None,
        })
        .await?;
        Ok(cloud)
    }
}

fn write_private(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path.parent().unwrap_or(std::path::Path::new("."));
    let mut file = tempfile::NamedTempFile::new_in(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    file.write_all(text.as_bytes())?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}
