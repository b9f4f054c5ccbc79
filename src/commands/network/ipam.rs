//! docker's `createIPAMConfig`: subnets, ranges, gateways and aux addresses matched up, with
//! Go's `net.ParseCIDR` / `net.ParseIP` wording.

use std::collections::BTreeMap;
use std::net::IpAddr;

use serde_json::{json, Value as J};

/// A CIDR as Go parses it: the address and prefix length.
fn parse_cidr(s: &str) -> Result<(IpAddr, u8), String> {
    let bad = || format!("invalid CIDR address: {s}");
    let (ip, len) = s.split_once('/').ok_or_else(bad)?;
    let ip: IpAddr = ip.parse().map_err(|_| bad())?;
    if len.is_empty() || !len.bytes().all(|b| b.is_ascii_digit()) || len.len() > 3 {
        return Err(bad());
    }
    let len: u8 = len.parse().map_err(|_| bad())?;
    let max = if ip.is_ipv4() { 32 } else { 128 };
    if len > max {
        return Err(bad());
    }
    Ok((ip, len))
}

fn bits(ip: IpAddr) -> (u128, u8) {
    match ip {
        IpAddr::V4(v) => (u32::from(v) as u128, 32),
        IpAddr::V6(v) => match v.to_ipv4_mapped() {
            Some(v4) => (u32::from(v4) as u128, 32),
            None => (u128::from(v), 128),
        },
    }
}

fn contains(net: (IpAddr, u8), ip: IpAddr) -> bool {
    let (n, nw) = bits(net.0);
    let (i, iw) = bits(ip);
    if nw != iw {
        return false;
    }
    let shift = nw - net.1;
    if shift >= 128 {
        return true;
    }
    (n >> shift) == (i >> shift)
}

/// `subnetMatches(subnet, data)`.
fn matches(subnet: &str, data: &str) -> Result<bool, String> {
    let net = parse_cidr(subnet).map_err(|e| format!("invalid subnet: {e}"))?;
    let ip = if data.contains('/') {
        Some(parse_cidr(data)?.0)
    } else {
        data.parse::<IpAddr>().ok()
    };
    Ok(ip.is_some_and(|ip| contains(net, ip)))
}

pub struct Options<'a> {
    pub driver: &'a str,
    pub subnets: &'a [String],
    pub ranges: &'a [String],
    pub gateways: &'a [String],
    pub aux: &'a [(String, String)],
    pub opts: &'a BTreeMap<String, String>,
}

pub fn config(o: &Options) -> Result<J, String> {
    if o.subnets.len() < o.ranges.len() || o.subnets.len() < o.gateways.len() {
        return Err("every ip-range or gateway must have a corresponding subnet".into());
    }
    let mut data: Vec<(String, BTreeMap<&str, J>)> = Vec::new();
    for s in o.subnets {
        for (k, _) in &data {
            if matches(s, k)? || matches(k, s)? {
                return Err("multiple overlapping subnet configuration is not supported".into());
            }
        }
        let mut m = BTreeMap::new();
        m.insert("Subnet", json!(s));
        m.insert("AuxiliaryAddresses", json!({}));
        data.push((s.clone(), m));
    }
    let mut assign = |values: &[String], key: &'static str, what: &str| -> Result<(), String> {
        for r in values {
            let mut found = false;
            for (s, m) in data.iter_mut() {
                if key == "IPRange" {
                    parse_cidr(r)?;
                }
                if !matches(s, r)? {
                    continue;
                }
                if let Some(old) = m.get(key).and_then(J::as_str) {
                    return Err(match key {
                        "IPRange" => format!(
                            "cannot configure multiple ranges ({r}, {old}) on the same subnet ({s})"
                        ),
                        _ => format!(
                            "cannot configure multiple gateways ({r}, {old}) for the same subnet ({s})"
                        ),
                    });
                }
                m.insert(key, json!(r));
                found = true;
            }
            if !found {
                return Err(format!("no matching subnet for {what} {r}"));
            }
        }
        Ok(())
    };
    assign(o.ranges, "IPRange", "range")?;
    assign(o.gateways, "Gateway", "gateway")?;
    for (key, aa) in o.aux {
        let mut found = false;
        for (s, m) in data.iter_mut() {
            if !matches(s, aa)? {
                continue;
            }
            if let Some(J::Object(a)) = m.get_mut("AuxiliaryAddresses") {
                a.insert(key.clone(), json!(aa));
            }
            found = true;
        }
        if !found {
            return Err(format!("no matching subnet for aux-address {aa}"));
        }
    }
    let configs: Vec<J> = data.into_iter().map(|(_, m)| json!(m)).collect();
    Ok(json!({"Driver": o.driver, "Config": configs, "Options": o.opts}))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts<'a>(
        s: &'a [String],
        r: &'a [String],
        g: &'a [String],
        m: &'a BTreeMap<String, String>,
    ) -> Options<'a> {
        Options {
            driver: "default",
            subnets: s,
            ranges: r,
            gateways: g,
            aux: &[],
            opts: m,
        }
    }

    #[test]
    fn matches_like_docker() {
        let m = BTreeMap::new();
        let s = vec!["10.9.0.0/16".to_string()];
        let g = vec!["10.9.0.1".to_string()];
        let r = vec!["10.9.1.0/24".to_string()];
        let c = config(&opts(&s, &r, &g, &m)).unwrap();
        assert_eq!(c["Config"][0]["Gateway"], "10.9.0.1");
        assert_eq!(c["Config"][0]["IPRange"], "10.9.1.0/24");
        let g2 = vec!["10.8.0.1".to_string()];
        assert_eq!(
            config(&opts(&s, &[], &g2, &m)).unwrap_err(),
            "no matching subnet for gateway 10.8.0.1"
        );
        let bad = vec!["nope".to_string()];
        assert_eq!(config(&opts(&bad, &[], &[], &m)).map(|_| ()), Ok(()));
        assert_eq!(
            config(&opts(&bad, &[], &bad, &m)).unwrap_err(),
            "invalid subnet: invalid CIDR address: nope"
        );
        let two = vec!["10.0.0.0/8".to_string(), "10.1.0.0/16".to_string()];
        assert!(config(&opts(&two, &[], &[], &m))
            .unwrap_err()
            .contains("overlapping"));
        assert_eq!(
            config(&opts(&[], &[], &g, &m)).unwrap_err(),
            "every ip-range or gateway must have a corresponding subnet"
        );
    }
}
