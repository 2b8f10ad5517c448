//! The client's address: the socket's peer, or (only when that peer is a
//! trusted proxy, `TRESTLE_TRUSTED_PROXIES`) the nearest untrusted address
//! in `X-Forwarded-For`, read right to left. Addresses a client writes into
//! the header itself sit to the left of what our proxies appended, so they
//! are never reached while an untrusted hop comes first.

use axum::http::HeaderMap;
pub use ipnet::IpNet;
use std::net::IpAddr;

/// A range, `10.0.0.0/8` or `fd00::/8`, or one address (`10.0.0.1`, a
/// range of one); `Err` says what a range looks like.
pub fn parse_range(text: &str) -> Result<IpNet, String> {
    let text = text.trim();
    text.parse::<IpNet>()
        .or_else(|_| text.parse::<IpAddr>().map(IpNet::from))
        .map_err(|_| {
            format!(
                "not an address or CIDR range: {text} (address/prefix length, \
                 the length at most 32 for IPv4 and 128 for IPv6)"
            )
        })
}

/// A comma-separated list of ranges; `Err` names the first that is not one.
pub fn parse_ranges(list: &str) -> Result<Vec<IpNet>, String> {
    list.split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(parse_range)
        .collect()
}

/// Whether `ip` is in one of `ranges`; an IPv4-mapped IPv6 address
/// (`::ffff:10.0.0.9`, from a dual-stack socket) counts as its IPv4 self.
fn in_ranges(ranges: &[IpNet], ip: IpAddr) -> bool {
    let canonical = ip.to_canonical();
    ranges
        .iter()
        .any(|range| range.contains(&ip) || range.contains(&canonical))
}

/// The client's address for a request from `peer` with `headers`.
pub fn client_ip(peer: IpAddr, headers: &HeaderMap, trusted: &[IpNet]) -> IpAddr {
    let is_trusted = |ip: IpAddr| in_ranges(trusted, ip);
    if !is_trusted(peer) {
        return peer;
    }
    let hops: Vec<IpAddr> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|hop| hop.trim().parse::<IpAddr>())
        .collect::<Result<_, _>>()
        // A malformed chain cannot be read: the proxy itself is the client.
        .unwrap_or_default();
    let mut client = peer;
    for hop in hops.into_iter().rev() {
        client = hop;
        if !is_trusted(hop) {
            break;
        }
    }
    client
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    fn forwarded(chain: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", HeaderValue::from_str(chain).unwrap());
        headers
    }

    fn trusts(ranges: &str, candidate: &str) -> bool {
        in_ranges(&parse_ranges(ranges).unwrap(), ip(candidate))
    }

    #[test]
    fn ranges_v4_and_v6() {
        assert!(trusts("10.0.0.0/8", "10.2.3.4") && !trusts("10.0.0.0/8", "11.0.0.1"));
        // A range written with host bits set still means its network.
        assert!(trusts("10.1.2.3/8", "10.200.0.1"));
        assert!(trusts("10.0.0.1", "10.0.0.1") && !trusts("10.0.0.1", "10.0.0.2"));
        assert!(trusts("0.0.0.0/0", "8.8.8.8") && !trusts("0.0.0.0/0", "2001:db8::1"));
        assert!(trusts("::1", "::1") && !trusts("::1", "127.0.0.1"));
        assert!(trusts("fd00::/8", "fd12::7") && !trusts("fd00::/8", "fe80::1"));
        assert!(!trusts("fd00::/8", "10.0.0.1"));
        assert!(trusts("::/0", "2001:db8::1"));
    }

    #[test]
    fn an_ipv4_mapped_peer_is_its_ipv4_address() {
        assert!(trusts("10.0.0.0/8", "::ffff:10.0.0.9"));
        assert!(!trusts("10.0.0.0/8", "::ffff:11.0.0.9"));
        assert!(trusts("::ffff:0:0/96", "::ffff:10.0.0.9"));
    }

    #[test]
    fn bad_ranges_are_refused_with_what_a_range_looks_like() {
        for bad in [
            "10.0.0.0/33",
            "::/129",
            "10.0.0.0/-1",
            "10.0.0.0/",
            "10.0.0/8",
            "nonsense",
            "10.0.0.0/8/8",
        ] {
            let err = parse_range(bad).unwrap_err();
            assert!(err.contains(bad) && err.contains("at most 32 for IPv4"), "{err}");
        }
        assert_eq!(parse_ranges(" 10.0.0.1, 192.168.0.0/16 ,").unwrap().len(), 2);
        let err = parse_ranges("10.0.0.1, 10.0.0.0/40, nonsense").unwrap_err();
        assert!(err.contains("10.0.0.0/40") && !err.contains("nonsense"), "{err}");
        assert_eq!(parse_ranges("").unwrap(), vec![]);
    }

    #[test]
    fn forwarded_for_is_read_only_from_trusted_proxies_right_to_left() {
        let trusted = parse_ranges("10.0.0.0/8").unwrap();
        let headers = forwarded("6.6.6.6, 203.0.113.7, 10.0.0.2");
        // A stranger's own header is ignored.
        assert_eq!(
            client_ip(ip("198.51.100.1"), &headers, &trusted),
            ip("198.51.100.1")
        );
        // Through our proxies: the first untrusted hop from the right; the
        // forged left part is never reached.
        assert_eq!(client_ip(ip("10.0.0.1"), &headers, &trusted), ip("203.0.113.7"));
        assert_eq!(
            client_ip(ip("10.0.0.1"), &HeaderMap::new(), &trusted),
            ip("10.0.0.1")
        );
        assert_eq!(
            client_ip(ip("10.0.0.1"), &forwarded("junk"), &trusted),
            ip("10.0.0.1")
        );
        assert_eq!(client_ip(ip("10.0.0.1"), &headers, &[]), ip("10.0.0.1"));
    }
}
