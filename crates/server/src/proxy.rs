//! The address a request comes from, behind reverse proxies or not.
//!
//! A request's peer is whoever opened the connection. Behind a reverse proxy that is the proxy
//! for every client, and the client is named in a header the proxy adds. Anyone can send such
//! a header, so it is believed only from the proxies the operator named: the list is read from
//! its right end (what the nearest proxy wrote) leftwards, past every trusted proxy, and the
//! first address that is not one is the client. Whatever a client wrote further left is never
//! read.

use std::net::IpAddr;

use axum::http::HeaderMap;
use ipnet::IpNet;

use crate::config::ProxyHeader;

/// The client of a request whose connection came from `peer`.
pub fn client_address(
    peer: IpAddr,
    headers: &HeaderMap,
    trusted: &[IpNet],
    header: ProxyHeader,
) -> IpAddr {
    let peer = peer.to_canonical();
    if !is_trusted(peer, trusted) {
        return peer;
    }
    let mut client = peer;
    for hop in forwarded_hops(headers, header).into_iter().rev() {
        // An entry that names no address (`unknown`, an obfuscated name, garbage) ends what
        // can be known: the last proxy that handed the request on is all there is.
        let Some(address) = hop else {
            return client;
        };
        client = address.to_canonical();
        if !is_trusted(client, trusted) {
            return client;
        }
    }
    client
}

/// Whether the client reached the trusted proxy in front of `peer` over https, as the proxy
/// says in `X-Forwarded-Proto` (or the `proto` of `Forwarded`, when that is the header it
/// writes). A peer that is not a trusted proxy is believed about nothing.
pub fn forwarded_https(
    peer: IpAddr,
    headers: &HeaderMap,
    trusted: &[IpNet],
    header: ProxyHeader,
) -> bool {
    if !is_trusted(peer.to_canonical(), trusted) {
        return false;
    }
    let (name, proto_of): (&str, fn(&str) -> Option<&str>) = match header {
        ProxyHeader::XForwardedFor => ("x-forwarded-proto", |value: &str| Some(value)),
        ProxyHeader::Forwarded => ("forwarded", forwarded_proto),
    };
    // The first entry is what the proxy nearest the client saw.
    headers
        .get_all(name)
        .iter()
        .next()
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(',').next())
        .and_then(proto_of)
        .is_some_and(|proto| proto.trim().trim_matches('"').eq_ignore_ascii_case("https"))
}

/// The `proto` of one element of a `Forwarded` header.
fn forwarded_proto(element: &str) -> Option<&str> {
    element.split(';').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        key.trim().eq_ignore_ascii_case("proto").then_some(value)
    })
}

fn is_trusted(address: IpAddr, trusted: &[IpNet]) -> bool {
    trusted.iter().any(|net| net.contains(&address))
}

/// The addresses the header lists, first (farthest from this server) to last, `None` for an
/// entry that is not an address. Several headers of the name count as one list, in order.
fn forwarded_hops(headers: &HeaderMap, header: ProxyHeader) -> Vec<Option<IpAddr>> {
    let name = match header {
        ProxyHeader::XForwardedFor => "x-forwarded-for",
        ProxyHeader::Forwarded => "forwarded",
    };
    let mut hops = Vec::new();
    for value in headers.get_all(name) {
        let Ok(value) = value.to_str() else {
            hops.push(None);
            continue;
        };
        for element in value.split(',') {
            let node = match header {
                ProxyHeader::XForwardedFor => Some(element),
                ProxyHeader::Forwarded => element.split(';').find_map(|pair| {
                    let (key, value) = pair.split_once('=')?;
                    key.trim().eq_ignore_ascii_case("for").then_some(value)
                }),
            };
            hops.push(node.and_then(parse_node));
        }
    }
    hops
}

/// `192.0.2.1`, `192.0.2.1:4711`, `2001:db8::1`, `[2001:db8::1]:4711`, optionally quoted.
fn parse_node(text: &str) -> Option<IpAddr> {
    let text = text.trim().trim_matches('"');
    if let Ok(address) = text.parse::<IpAddr>() {
        return Some(address);
    }
    if let Some(rest) = text.strip_prefix('[') {
        let (inside, _) = rest.split_once(']')?;
        return inside.parse().ok();
    }
    let (host, port) = text.rsplit_once(':')?;
    port.parse::<u16>().ok()?;
    host.parse::<std::net::Ipv4Addr>().ok().map(IpAddr::V4)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().expect("an address")
    }

    fn nets(list: &[&str]) -> Vec<IpNet> {
        list.iter()
            .map(|text| crate::config::parse_proxy(text).expect("a range"))
            .collect()
    }

    fn headers(name: &str, values: &[&str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append(
                axum::http::HeaderName::from_bytes(name.as_bytes()).expect("a name"),
                value.parse().expect("a value"),
            );
        }
        headers
    }

    #[test]
    fn a_header_from_an_untrusted_peer_is_ignored() {
        let h = headers("x-forwarded-for", &["198.51.100.7"]);
        let client = client_address(ip("203.0.113.9"), &h, &[], ProxyHeader::XForwardedFor);
        assert_eq!(client, ip("203.0.113.9"));
        let trusted = nets(&["10.0.0.0/8"]);
        let client = client_address(ip("203.0.113.9"), &h, &trusted, ProxyHeader::XForwardedFor);
        assert_eq!(client, ip("203.0.113.9"));
    }

    #[test]
    fn the_list_is_read_from_the_right_past_trusted_proxies() {
        let trusted = nets(&["127.0.0.1", "10.0.0.0/8"]);
        // The client wrote a lie at the left; the proxies appended what they saw.
        let h = headers("x-forwarded-for", &["192.0.2.66, 198.51.100.7", "10.1.2.3"]);
        let client = client_address(ip("127.0.0.1"), &h, &trusted, ProxyHeader::XForwardedFor);
        assert_eq!(client, ip("198.51.100.7"));
        // A proxy that sent nothing: the client is the proxy.
        let client = client_address(
            ip("127.0.0.1"),
            &HeaderMap::new(),
            &trusted,
            ProxyHeader::XForwardedFor,
        );
        assert_eq!(client, ip("127.0.0.1"));
        // Garbage stops the walk at the last proxy.
        let h = headers("x-forwarded-for", &["198.51.100.7, nonsense, 10.0.0.2"]);
        let client = client_address(ip("127.0.0.1"), &h, &trusted, ProxyHeader::XForwardedFor);
        assert_eq!(client, ip("10.0.0.2"));
        // Only the header configured counts.
        let h = headers("forwarded", &["for=198.51.100.7"]);
        let client = client_address(ip("127.0.0.1"), &h, &trusted, ProxyHeader::XForwardedFor);
        assert_eq!(client, ip("127.0.0.1"));
    }

    #[test]
    fn https_is_believed_from_trusted_proxies_only() {
        let trusted = nets(&["127.0.0.1"]);
        let h = headers("x-forwarded-proto", &["https"]);
        let xff = ProxyHeader::XForwardedFor;
        assert!(forwarded_https(ip("127.0.0.1"), &h, &trusted, xff));
        assert!(!forwarded_https(ip("203.0.113.9"), &h, &trusted, xff));
        let h = headers("x-forwarded-proto", &["http"]);
        assert!(!forwarded_https(ip("127.0.0.1"), &h, &trusted, xff));
        assert!(!forwarded_https(
            ip("127.0.0.1"),
            &HeaderMap::new(),
            &trusted,
            xff
        ));
        let h = headers("forwarded", &["for=198.51.100.7;proto=https, for=10.0.0.1"]);
        assert!(forwarded_https(
            ip("127.0.0.1"),
            &h,
            &trusted,
            ProxyHeader::Forwarded
        ));
        assert!(!forwarded_https(ip("127.0.0.1"), &h, &trusted, xff));
    }

    #[test]
    fn forwarded_names_clients_with_ports_quotes_and_brackets() {
        let trusted = nets(&["::1", "10.0.0.0/8"]);
        let h = headers(
            "forwarded",
            &[r#"for=192.0.2.60;proto=http, For="[2001:db8:cafe::17]:4711""#],
        );
        let client = client_address(ip("::1"), &h, &trusted, ProxyHeader::Forwarded);
        assert_eq!(client, ip("2001:db8:cafe::17"));
        let h = headers("forwarded", &["for=198.51.100.7:8080;by=10.0.0.1"]);
        let client = client_address(ip("::ffff:10.0.0.5"), &h, &trusted, ProxyHeader::Forwarded);
        assert_eq!(client, ip("198.51.100.7"));
        let h = headers("forwarded", &["for=unknown"]);
        let client = client_address(ip("10.0.0.5"), &h, &trusted, ProxyHeader::Forwarded);
        assert_eq!(client, ip("10.0.0.5"));
    }
}
