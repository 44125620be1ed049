//! The phone's door: the local cloud also listens on the home network, so that a phone's
//! browser reaches this computer's Skyfolio (the web app the server serves) and signs in to the
//! same account with a one-time code shown as a QR code. Off unless the person turns it on;
//! turning it off closes the network listener and every connection through it at once.
//!
//! Only IPv4 addresses are offered: they are what a person can read and a phone on a home
//! Wi-Fi reaches. The port stays the same from one start to the next when it can, so that a
//! phone's bookmark (or its installed web app) keeps working.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use serde::Serialize;

use crate::{App, Error, LocalCloud};

/// The port tried first when the network door opens for the first time.
pub const PHONE_PORT: u16 = 47470;

/// Whether phones on this network reach the local cloud, and how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PhoneAccess {
    /// The local cloud listens on the network.
    pub on: bool,
    /// Addresses a phone on this network opens, best first, e.g. `http://192.168.1.20:47470`.
    pub addresses: Vec<String>,
    /// A fresh one-time sign-in while `on`.
    pub pairing: Option<Pairing>,
}

impl PhoneAccess {
    /// Phones do not reach this computer.
    fn closed() -> PhoneAccess {
        PhoneAccess {
            on: false,
            addresses: Vec::new(),
            pairing: None,
        }
    }
}

/// A one-time sign-in for a phone: the address it opens, as text and as a QR code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Pairing {
    /// The address a phone opens: this computer's address with the code after `#`.
    pub url: String,
    /// The QR code of `url`: an SVG path of its dark modules, one unit per module, in a square
    /// of `qrSize` units (the quiet zone included).
    pub qr_path: String,
    pub qr_size: u32,
    /// When the code stops working, in milliseconds since the epoch. It works once.
    pub expires_at: i64,
}

/// The modules of light border a QR code needs around it to be read.
const QUIET_ZONE: u32 = 4;

/// `text` as a QR code: an SVG path of its dark modules (runs of a row merged into one
/// rectangle) and the side of the square it is drawn in, quiet zone included.
pub fn qr_path(text: &str) -> Option<(String, u32)> {
    let code = qrcode::QrCode::new(text.as_bytes()).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let mut path = String::new();
    for (y, row) in colors.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if row[x] == qrcode::Color::Dark {
                let start = x;
                while x < width && row[x] == qrcode::Color::Dark {
                    x += 1;
                }
                let (left, top) = (start as u32 + QUIET_ZONE, y as u32 + QUIET_ZONE);
                let run = x - start;
                path.push_str(&format!("M{left} {top}h{run}v1h-{run}z"));
            } else {
                x += 1;
            }
        }
    }
    Some((path, u32::try_from(width).ok()? + 2 * QUIET_ZONE))
}

/// The addresses a phone on the same network can open, best first: home-network (private)
/// addresses of real interfaces, then those of virtual ones (containers, VPNs), then any other
/// IPv4 address. Loopback and link-local addresses reach nothing from a phone and are left out.
pub fn phone_addresses(interfaces: &[(String, IpAddr)]) -> Vec<Ipv4Addr> {
    let mut ranked: Vec<(u8, Ipv4Addr)> = interfaces
        .iter()
        .filter_map(|(name, address)| match address {
            IpAddr::V4(v4) if !v4.is_loopback() && !v4.is_link_local() && !v4.is_unspecified() => {
                let virtual_interface = [
                    "docker",
                    "br-",
                    "veth",
                    "virbr",
                    "vmnet",
                    "vboxnet",
                    "tun",
                    "tap",
                    "utun",
                    "tailscale",
                    "wg",
                    "zt",
                ]
                .iter()
                .any(|prefix| name.starts_with(prefix))
                    || name.contains("VirtualBox")
                    || name.contains("vEthernet")
                    || name.contains("VMware");
                let rank = match (v4.is_private(), virtual_interface) {
                    (true, false) => 0,
                    (true, true) => 1,
                    (false, false) => 2,
                    (false, true) => 3,
                };
                Some((rank, *v4))
            }
            _ => None,
        })
        .collect();
    ranked.sort();
    ranked.dedup_by_key(|(_, address)| *address);
    ranked.into_iter().map(|(_, address)| address).collect()
}

/// This computer's interfaces and their addresses, as the system lists them.
fn interfaces() -> Vec<(String, IpAddr)> {
    match if_addrs::get_if_addrs() {
        Ok(interfaces) => interfaces
            .into_iter()
            .map(|interface| (interface.name.clone(), interface.ip()))
            .collect(),
        Err(error) => {
            tracing::warn!("cannot list this computer's network addresses: {error}");
            Vec::new()
        }
    }
}

impl LocalCloud {
    /// The network port the local cloud listens on for phones, while it does.
    pub fn network_port(&self) -> Option<u16> {
        self.network
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .as_ref()
            .map(|(port, _)| *port)
    }

    /// Listens on every IPv4 interface too, on the first of `ports` that is free (`0`: any);
    /// answers the port. Already listening: the same port.
    pub async fn open_to_network(&self, ports: &[u16]) -> std::io::Result<u16> {
        if let Some(port) = self.network_port() {
            return Ok(port);
        }
        let mut last = None;
        let mut listener = None;
        'ports: for (index, port) in ports.iter().copied().chain([0]).enumerate() {
            // The door just closed may still hold its port for a moment: the first choice
            // gets a second's grace.
            for _ in 0..if index == 0 { 10 } else { 1 } {
                match tokio::net::TcpListener::bind(SocketAddr::from((Ipv4Addr::UNSPECIFIED, port)))
                    .await
                {
                    Ok(bound) => {
                        listener = Some(bound);
                        break 'ports;
                    }
                    Err(error) => {
                        let in_use = error.kind() == std::io::ErrorKind::AddrInUse;
                        last = Some(error);
                        if !in_use {
                            break;
                        }
                        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                    }
                }
            }
        }
        let listener = listener
            .ok_or_else(|| last.unwrap_or_else(|| std::io::Error::other("no port to listen on")))?;
        let port = listener.local_addr()?.port();
        let server = self.server.clone();
        let serving = tokio::spawn(async move {
            let _ = server.serve(listener).await;
        });
        let mut network = self.network.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, earlier)) = network.replace((port, serving)) {
            earlier.abort();
        }
        tracing::info!("the local cloud listens for phones on port {port}");
        Ok(port)
    }

    /// Stops listening on the network: the listener and every connection through it end now.
    pub fn close_to_network(&self) {
        if let Some((port, serving)) = self
            .network
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()
        {
            serving.abort();
            tracing::info!("the local cloud stopped listening for phones on port {port}");
        }
    }
}

impl App {
    /// Whether the person asked for phones to reach this computer.
    pub async fn wants_phone_access(&self) -> Result<bool, Error> {
        Ok(self.state.setting("phone_access").await?.as_deref() == Some("1"))
    }

    /// Opens or closes the local cloud's door to phones on this network, and keeps the
    /// choice. Open, it answers the addresses and a fresh one-time sign-in.
    pub async fn set_phone_access(
        &self,
        cloud: &LocalCloud,
        on: bool,
    ) -> Result<PhoneAccess, Error> {
        if !on {
            cloud.close_to_network();
            self.state.set_setting("phone_access", "0").await?;
            return Ok(PhoneAccess::closed());
        }
        self.open_phone_door(cloud).await?;
        self.state.set_setting("phone_access", "1").await?;
        self.phone_access(Some(cloud)).await
    }

    /// Opens the door again at start-up when the person left it open.
    pub async fn restore_phone_access(&self, cloud: &LocalCloud) -> Result<bool, Error> {
        if !self.wants_phone_access().await? {
            return Ok(false);
        }
        self.open_phone_door(cloud).await?;
        Ok(true)
    }

    async fn open_phone_door(&self, cloud: &LocalCloud) -> Result<u16, Error> {
        let remembered: Option<u16> = self
            .state
            .setting("phone_access_port")
            .await?
            .and_then(|port| port.parse().ok());
        let ports: Vec<u16> = remembered.into_iter().chain([PHONE_PORT]).collect();
        let port = cloud
            .open_to_network(&ports)
            .await
            .map_err(|source| Error::Io {
                path: format!("0.0.0.0:{}", ports[0]).into(),
                what: "cannot listen on the network for phones",
                source,
            })?;
        self.state
            .set_setting("phone_access_port", &port.to_string())
            .await?;
        Ok(port)
    }

    /// How phones reach this computer now; while the door is open, with a new one-time
    /// sign-in (the previous code stops working).
    pub async fn phone_access(&self, cloud: Option<&LocalCloud>) -> Result<PhoneAccess, Error> {
        let Some(port) = cloud.and_then(LocalCloud::network_port) else {
            return Ok(PhoneAccess::closed());
        };
        let addresses: Vec<String> = phone_addresses(&interfaces())
            .into_iter()
            .map(|address| format!("http://{address}:{port}"))
            .collect();
        let pairing = match addresses.first() {
            Some(first) => {
                let code = self.client().await?.create_pairing().await?;
                let url = format!("{first}/#pair={}", code.code);
                qr_path(&url).map(|(qr_path, qr_size)| Pairing {
                    url,
                    qr_path,
                    qr_size,
                    expires_at: code.expires_at,
                })
            }
            None => None,
        };
        Ok(PhoneAccess {
            on: true,
            addresses,
            pairing,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v4(text: &str) -> IpAddr {
        IpAddr::V4(text.parse().expect("an address"))
    }

    #[test]
    fn the_home_network_address_comes_first() {
        let interfaces = vec![
            ("lo".to_owned(), v4("127.0.0.1")),
            ("docker0".to_owned(), v4("172.17.0.1")),
            ("tailscale0".to_owned(), v4("100.101.102.103")),
            ("wlan0".to_owned(), "fe80::1".parse().expect("v6")),
            ("eth0".to_owned(), v4("169.254.3.4")),
            ("wlan0".to_owned(), v4("192.168.1.20")),
            ("Ethernet 2".to_owned(), v4("10.0.0.7")),
            ("vEthernet (WSL)".to_owned(), v4("172.29.144.1")),
            ("wlan0".to_owned(), v4("192.168.1.20")),
        ];
        assert_eq!(
            phone_addresses(&interfaces),
            vec![
                "10.0.0.7".parse::<Ipv4Addr>().expect("an address"),
                "192.168.1.20".parse().expect("an address"),
                "172.17.0.1".parse().expect("an address"),
                "172.29.144.1".parse().expect("an address"),
                "100.101.102.103".parse().expect("an address"),
            ]
        );
        assert!(phone_addresses(&[("lo".to_owned(), v4("127.0.0.1"))]).is_empty());
    }

    #[test]
    fn the_qr_code_is_a_square_of_dark_runs_inside_its_quiet_zone() {
        let url = "http://192.168.1.20:47470/#pair=0123456789abcdef0123456789abcdef";
        let (path, size) = qr_path(url).expect("a QR code");
        let code = qrcode::QrCode::new(url.as_bytes()).expect("encodes");
        assert_eq!(size as usize, code.width() + 8);
        // Every dark module is covered by exactly one run, and nothing else is.
        let mut drawn = vec![false; code.width() * code.width()];
        for run in path.split('M').filter(|run| !run.is_empty()) {
            let (position, rest) = run.split_once('h').expect("a run");
            let (left, top) = position.split_once(' ').expect("x y");
            let length: usize = rest
                .split('v')
                .next()
                .expect("a length")
                .parse()
                .expect("a number");
            let (left, top): (usize, usize) = (left.parse().expect("x"), top.parse().expect("y"));
            for x in left..left + length {
                let index = (top - 4) * code.width() + (x - 4);
                assert!(!drawn[index], "drawn twice at {x},{top}");
                drawn[index] = true;
            }
        }
        let dark: Vec<bool> = code
            .to_colors()
            .into_iter()
            .map(|color| color == qrcode::Color::Dark)
            .collect();
        assert_eq!(drawn, dark);
    }
}
