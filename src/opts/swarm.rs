//! docker's swarm flag values: `--listen-addr` (node-addr), `--default-addr-pool` (ipNetSlice),
//! `--external-ca`, PEM files.

use serde_json::json;

use crate::engine::host::{go_url_error, split_host_port};

const DEFAULT_LISTEN_PORT: &str = "2377";

/// docker's `NodeAddrOption` (`opts.ParseTCPAddr` against `0.0.0.0:2377`): `host[:port]`, the
/// missing parts from the default; the value as sent (`host:port`).
pub fn node_addr(value: &str) -> Result<String, String> {
    let full = if value.contains("://") {
        value.to_string()
    } else {
        format!("tcp://{value}")
    };
    let (_, rest) = full.split_once("://").unwrap_or(("", &full));
    if let Some(e) = go_url_error("tcp", rest) {
        return Err(e);
    }
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    let invalid = || format!("invalid bind address format: {value}");
    let (host, port) = split_host_port(authority).ok_or_else(invalid)?;
    let host = if host.is_empty() {
        "0.0.0.0".into()
    } else {
        host
    };
    let port = match port {
        None | Some("") => DEFAULT_LISTEN_PORT,
        Some(p) => p,
    };
    if port.parse::<u32>().is_err() {
        return Err(invalid());
    }
    let host = if host.contains(':') {
        format!("[{host}]")
    } else {
        host
    };
    Ok(format!("{host}:{port}{path}"))
}

/// One `--default-addr-pool` value (pflag's ipNetSlice: comma-separated CIDRs), as the CIDRs
/// joined by commas; `[]` (the default) is none.
pub fn ip_nets(value: &str) -> Result<String, String> {
    let value = value.trim();
    if value == "[]" || value.is_empty() {
        return Ok(String::new());
    }
    let value = value.trim_start_matches('[').trim_end_matches(']');
    let mut out = Vec::new();
    for part in value.split(',') {
        let part = part.trim();
        let bad = || format!("invalid string being converted to CIDR: {part}");
        let (ip, bits) = part.split_once('/').ok_or_else(bad)?;
        let ip: std::net::IpAddr = ip.parse().map_err(|_| bad())?;
        let max = if ip.is_ipv4() { 32 } else { 128 };
        let bits: u8 = bits
            .parse()
            .ok()
            .filter(|b| *b <= max && !bits.starts_with('+'))
            .ok_or_else(bad)?;
        out.push(format!("{}/{bits}", network(ip, bits)));
    }
    Ok(out.join(","))
}

/// The network address of `ip/bits` (Go's `net.ParseCIDR` returns the masked network).
fn network(ip: std::net::IpAddr, bits: u8) -> std::net::IpAddr {
    match ip {
        std::net::IpAddr::V4(v4) => {
            let mask = if bits == 0 {
                0
            } else {
                u32::MAX << (32 - bits)
            };
            std::net::IpAddr::V4((u32::from(v4) & mask).into())
        }
        std::net::IpAddr::V6(v6) => {
            let mask = if bits == 0 {
                0
            } else {
                u128::MAX << (128 - bits)
            };
            std::net::IpAddr::V6((u128::from(v6) & mask).into())
        }
    }
}

/// Whether `text` holds a PEM block (Go's `pem.Decode` finding one).
fn is_pem(text: &str) -> bool {
    text.lines().any(|l| {
        l.starts_with("-----BEGIN ") && l.trim_end().ends_with("-----") && l.trim_end().len() > 16
    }) && text.contains("-----END ")
}

/// A `pem-file` flag: the file's contents, which must hold a PEM block.
pub fn pem_file(path: &str) -> Result<String, String> {
    let contents = std::fs::read_to_string(path)
        .map_err(|e| format!("open {path}: {}", crate::opts::oserror::describe(&e)))?;
    if !is_pem(&contents) {
        return Err("file contents must be in PEM format".into());
    }
    Ok(contents)
}

/// docker's `--external-ca protocol=cfssl,url=...[,cacert=FILE][,k=v]`, as the API's ExternalCA.
pub fn external_ca(spec: &str) -> Result<serde_json::Value, String> {
    let fields = crate::opts::csv::read_record(spec)?;
    let (mut protocol, mut url, mut ca_cert) = (None, None, None);
    let mut options = serde_json::Map::new();
    for field in fields {
        let (key, value) = field
            .split_once('=')
            .ok_or_else(|| format!("invalid field '{field}' must be a key=value pair"))?;
        match key.to_lowercase().as_str() {
            "protocol" => {
                if value.to_lowercase() != "cfssl" {
                    return Err(format!("unrecognized external CA protocol {value}"));
                }
                protocol = Some("cfssl");
            }
            "url" => url = Some(value.to_string()),
            "cacert" => {
                let contents = std::fs::read_to_string(value).map_err(|e| {
                    format!(
                        "unable to read CA cert for external CA: open {value}: {}",
                        crate::opts::oserror::describe(&e)
                    )
                })?;
                if !is_pem(&contents) {
                    return Err("CA cert for external CA must be in PEM format".into());
                }
                ca_cert = Some(contents);
            }
            _ => {
                options.insert(key.to_string(), json!(value));
            }
        }
    }
    let protocol =
        protocol.ok_or("the external-ca option needs a protocol= parameter".to_string())?;
    let url = url.ok_or("the external-ca option needs a url= parameter".to_string())?;
    let mut ca = json!({"Protocol": protocol, "URL": url, "Options": options});
    if let Some(c) = ca_cert {
        ca["CACert"] = json!(c);
    }
    Ok(ca)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn node_addrs_like_docker() {
        assert_eq!(node_addr("10.0.0.1").unwrap(), "10.0.0.1:2377");
        assert_eq!(node_addr(":4000").unwrap(), "0.0.0.0:4000");
        assert_eq!(node_addr("eth0:4000").unwrap(), "eth0:4000");
        assert_eq!(
            node_addr("a:b:c").unwrap_err(),
            "parse \"tcp://a:b:c\": invalid port \":c\" after host"
        );
    }

    #[test]
    fn cidrs_like_pflag() {
        assert_eq!(ip_nets("[]").unwrap(), "");
        assert_eq!(
            ip_nets("10.10.0.1/16,10.20.0.0/16").unwrap(),
            "10.10.0.0/16,10.20.0.0/16"
        );
        assert_eq!(
            ip_nets("1.2.3").unwrap_err(),
            "invalid string being converted to CIDR: 1.2.3"
        );
    }

    #[test]
    fn external_cas_like_docker() {
        assert_eq!(
            external_ca("foo").unwrap_err(),
            "invalid field 'foo' must be a key=value pair"
        );
        assert_eq!(
            external_ca("protocol=x,url=y").unwrap_err(),
            "unrecognized external CA protocol x"
        );
        assert_eq!(
            external_ca("protocol=cfssl").unwrap_err(),
            "the external-ca option needs a url= parameter"
        );
        let ca = external_ca("protocol=CFSSL,url=https://ca,k=v").unwrap();
        assert_eq!(ca["URL"], "https://ca");
        assert_eq!(ca["Options"]["k"], "v");
    }
}
