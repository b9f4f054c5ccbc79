//! IP addresses as Go's `net.ParseIP` reads them and `IP.String()` writes them (`--dns`,
//! `--add-host`, `-p 127.0.0.1:...`).

use std::net::IpAddr;

/// Go's `net.ParseIP`: dotted IPv4 or IPv6 (no zone, no brackets).
pub fn parse(s: &str) -> Option<IpAddr> {
    s.parse().ok()
}

/// Go's `IP.String()`: IPv4-mapped IPv6 addresses print as dotted IPv4.
pub fn canonical(ip: IpAddr) -> String {
    match ip {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => v6.to_string(),
        },
        IpAddr::V4(v4) => v4.to_string(),
    }
}

/// `opts.ValidateIPAddress` (`--dns`): trims spaces, returns the canonical form.
pub fn validate(val: &str) -> Result<String, String> {
    parse(val.trim())
        .map(canonical)
        .ok_or_else(|| format!("IP address is not correctly formatted: {val}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dns_addresses_are_canonical() {
        assert_eq!(validate("8.8.8.8"), Ok("8.8.8.8".into()));
        assert_eq!(validate(" 0:0:0:0:0:0:0:1 "), Ok("::1".into()));
        assert_eq!(validate("::ffff:1.2.3.4"), Ok("1.2.3.4".into()));
        assert_eq!(
            validate("1.2.3"),
            Err("IP address is not correctly formatted: 1.2.3".into())
        );
        assert_eq!(
            validate("[::1]"),
            Err("IP address is not correctly formatted: [::1]".into())
        );
    }
}
