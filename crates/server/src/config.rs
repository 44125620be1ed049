//! How a server is set up: the data folder, who may register, limits and lifetimes.

use std::path::PathBuf;
use std::time::Duration;

/// 5 GiB: the quota of a new account unless set otherwise.
pub const DEFAULT_QUOTA: u64 = 5 << 30;

/// 1 GiB: the free space kept on the server's disks unless set otherwise, so that the
/// database can always finish what it began and the system around it keeps working.
pub const DEFAULT_MIN_FREE_SPACE: u64 = 1 << 30;

/// Everything a running server needs to know besides its clock.
#[derive(Debug, Clone)]
pub struct Config {
    /// The database and every stored byte live here, unless `database` says otherwise.
    pub data_dir: PathBuf,
    /// A `postgres://` URL: the database several server processes share. `None`: the SQLite
    /// file in the data folder.
    pub database: Option<String>,
    /// An `s3://bucket[/prefix]?endpoint=…&region=…` URL: the object store several server
    /// processes share. `None`: the data folder's `files/`.
    pub storage: Option<String>,
    /// How old an object no row knows must be before the start-up check takes it for the
    /// remainder of a crash. `None`: nothing younger is spared with the SQLite database, which
    /// one process owns; 15 minutes with a shared one, where it may be another process's
    /// commit under way.
    pub reconcile_grace: Option<Duration>,
    /// Thumbnails are left to `skyfolio-server worker` processes instead of made here.
    pub thumbnail_workers: bool,
    /// Whether anyone may create an account. When not (the default), the first account can
    /// still be created, and after it only people with an invite or added by the
    /// administrator (`skyfolio-server user add|invite`).
    pub open_registration: bool,
    /// Reverse proxies whose word on the client's address is taken: a request from one of
    /// these has its client's address read from [`Config::proxy_header`]; any other request's
    /// client is its peer.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// The header trusted proxies name the client in.
    pub proxy_header: ProxyHeader,
    /// `/metrics` on the API's address answers only with `Authorization: Bearer <this>`;
    /// without it (and without a listener of its own) the route is not there.
    pub metrics_token: Option<String>,
    /// How many passwords may be hashed at once (each takes 19 MiB for its duration). `None`:
    /// from the memory available, see [`crate::auth::hashing_permits`].
    pub hashing_permits: Option<usize>,
    /// How long a log-in waits for its turn to check a password before it is answered
    /// `server-busy`.
    pub hashing_wait: Duration,
    /// The quota of new accounts, in bytes.
    pub default_quota: u64,
    /// How long an item stays in the recycle bin before it is purged.
    pub trash_retention: Duration,
    /// How long an upload may go without receiving a byte before it is dropped.
    pub upload_expiry: Duration,
    /// How often expired trash and abandoned uploads are cleaned up.
    pub maintenance_interval: Duration,
    /// The most header bytes a request may carry.
    pub max_header_bytes: usize,
    /// Free space kept on the disks the server writes to (the data folder's, the file
    /// store's): a write that would leave less is refused with `storage-full`, and `/readyz`
    /// says the disk is full once less is free.
    pub min_free_space: u64,
    /// Serves the web app from this folder (a `ui/dist` built apart) instead of the one built
    /// into the server.
    pub web_app: Option<PathBuf>,
    /// For crash tests: the process aborts when a commit reaches this step
    /// (`after-verify`, `after-promote`, `after-commit`). Only in builds for the tests.
    #[cfg(feature = "crash-points")]
    pub crash_at: Option<String>,
}

impl Config {
    pub fn new(data_dir: impl Into<PathBuf>) -> Config {
        Config {
            data_dir: data_dir.into(),
            database: None,
            storage: None,
            reconcile_grace: None,
            thumbnail_workers: false,
            open_registration: false,
            trusted_proxies: Vec::new(),
            proxy_header: ProxyHeader::XForwardedFor,
            metrics_token: None,
            hashing_permits: None,
            hashing_wait: Duration::from_secs(3),
            default_quota: DEFAULT_QUOTA,
            trash_retention: Duration::from_secs(30 * 24 * 3600),
            upload_expiry: Duration::from_secs(24 * 3600),
            maintenance_interval: Duration::from_secs(600),
            max_header_bytes: 16 * 1024,
            min_free_space: DEFAULT_MIN_FREE_SPACE,
            web_app: None,
            #[cfg(feature = "crash-points")]
            crash_at: None,
        }
    }
}

/// Which header a trusted reverse proxy names the client in. Only the header the proxy itself
/// writes may be read: any other arrives as the client sent it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ProxyHeader {
    /// `X-Forwarded-For: client, proxy1, proxy2` (Caddy, nginx, HAProxy, Traefik).
    #[default]
    XForwardedFor,
    /// RFC 7239: `Forwarded: for=client;proto=https, for=proxy1`.
    Forwarded,
}

impl std::str::FromStr for ProxyHeader {
    type Err = String;

    fn from_str(text: &str) -> Result<ProxyHeader, String> {
        match text.trim().to_ascii_lowercase().as_str() {
            "x-forwarded-for" => Ok(ProxyHeader::XForwardedFor),
            "forwarded" => Ok(ProxyHeader::Forwarded),
            _ => Err(format!(
                "{text:?} is not a proxy header: say x-forwarded-for or forwarded"
            )),
        }
    }
}

/// Reads a trusted proxy as written on the command line: an address (`127.0.0.1`, `::1`) or
/// a range (`10.0.0.0/8`, `fd00::/8`).
pub fn parse_proxy(text: &str) -> Result<ipnet::IpNet, String> {
    let text = text.trim();
    text.parse::<ipnet::IpNet>()
        .or_else(|_| text.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
        .map_err(|_| format!("{text:?} is not an address or a range like 10.0.0.0/8"))
}

/// Reads `20GiB`, `500 MB`, `1.5TB`, `1048576`: binary units with `i`, decimal without.
pub fn parse_size(text: &str) -> Option<u64> {
    let text = text.trim();
    let split = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let number: f64 = number.parse().ok()?;
    let multiplier: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" => 1_000,
        "m" | "mb" => 1_000_000,
        "g" | "gb" => 1_000_000_000,
        "t" | "tb" => 1_000_000_000_000,
        "kib" => 1 << 10,
        "mib" => 1 << 20,
        "gib" => 1 << 30,
        "tib" => 1 << 40,
        _ => return None,
    };
    let bytes = number * multiplier as f64;
    (bytes.is_finite() && bytes >= 0.0 && bytes < u64::MAX as f64).then_some(bytes as u64)
}

/// Writes a byte count the way people read it: `5 GiB`, `1.5 MiB`, `512 B`.
pub fn format_size(bytes: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 || value.fract() == 0.0 {
        format!("{value} {}", UNITS[unit])
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(parse_size("20GiB"), Some(20 << 30));
        assert_eq!(parse_size("20 gib"), Some(20 << 30));
        assert_eq!(parse_size("500MB"), Some(500_000_000));
        assert_eq!(parse_size("1.5KiB"), Some(1536));
        assert_eq!(parse_size("1048576"), Some(1 << 20));
        assert_eq!(parse_size("-1GiB"), None);
        assert_eq!(parse_size("lots"), None);
        assert_eq!(parse_size("5 XB"), None);
    }

    #[test]
    fn proxies_are_addresses_or_ranges() {
        assert_eq!(
            parse_proxy("127.0.0.1").map(|n| n.to_string()),
            Ok("127.0.0.1/32".to_owned())
        );
        assert_eq!(
            parse_proxy(" 10.0.0.0/8 ").map(|n| n.to_string()),
            Ok("10.0.0.0/8".to_owned())
        );
        assert_eq!(
            parse_proxy("::1").map(|n| n.to_string()),
            Ok("::1/128".to_owned())
        );
        assert!(parse_proxy("proxy.example.org").is_err());
        assert!(parse_proxy("10.0.0.0/33").is_err());
        assert_eq!("Forwarded".parse(), Ok(ProxyHeader::Forwarded));
        assert_eq!("x-forwarded-for".parse(), Ok(ProxyHeader::XForwardedFor));
        assert!("x-real-ip".parse::<ProxyHeader>().is_err());
    }

    #[test]
    fn sizes_print_as_people_read_them() {
        assert_eq!(format_size(5 << 30), "5 GiB");
        assert_eq!(format_size(1536), "1.5 KiB");
        assert_eq!(format_size(12), "12 B");
    }
}
