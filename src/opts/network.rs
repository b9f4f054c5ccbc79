//! `--network name` / `--network name=n,alias=a,ip=...,driver-opt=k=v,gw-priority=1` with
//! `--network-alias`, `--link`, `--ip`, `--ip6`, `--mac-address`, turned into `NetworkMode` and
//! `NetworkingConfig.EndpointsConfig` as docker's `parseNetworkOpts` does.

use std::collections::HashMap;

use bollard::models::{EndpointIpamConfig, EndpointSettings};

/// One `--network` value.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Attachment {
    pub target: String,
    pub aliases: Vec<String>,
    pub driver_opts: HashMap<String, String>,
    pub links: Vec<String>,
    pub ipv4: String,
    pub ipv6: String,
    pub link_local_ips: Vec<String>,
    pub mac_address: String,
    pub gw_priority: i64,
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// docker's `\w+=\w+(,\w+=\w+)*` test (unanchored): a `=` between two word characters.
pub fn is_long_syntax(value: &str) -> bool {
    let b = value.as_bytes();
    (1..b.len().saturating_sub(1)).any(|i| b[i] == b'=' && is_word(b[i - 1]) && is_word(b[i + 1]))
}

/// `NetworkOpt.Set` (clap value parser for `--network`).
pub fn parse(value: &str) -> Result<Attachment, String> {
    let mut n = Attachment::default();
    if !is_long_syntax(value) {
        n.target = value.to_string();
        return Ok(n);
    }
    for field in super::csv::read_record(value)? {
        let lower = field.to_lowercase();
        let (key, val) = match lower.split_once('=') {
            Some((k, v)) if !k.is_empty() => (k.trim(), v.trim()),
            _ => return Err(format!("invalid field {field}")),
        };
        match key {
            "name" => n.target = val.into(),
            "alias" => n.aliases.push(val.into()),
            "ip" => n.ipv4 = val.into(),
            "ip6" => n.ipv6 = val.into(),
            "mac-address" => n.mac_address = val.into(),
            "link-local-ip" => n.link_local_ips.push(val.into()),
            "driver-opt" => {
                let (k, v) = val
                    .split_once('=')
                    .filter(|(k, _)| !k.is_empty())
                    .ok_or("invalid key value pair format in driver options")?;
                n.driver_opts.insert(k.trim().into(), v.trim().into());
            }
            "gw-priority" => {
                n.gw_priority = val.parse().map_err(|_| {
                    let why = if val
                        .trim_start_matches(['+', '-'])
                        .bytes()
                        .all(|b| b.is_ascii_digit())
                        && !val.trim_start_matches(['+', '-']).is_empty()
                    {
                        "value out of range"
                    } else {
                        "invalid syntax"
                    };
                    format!("invalid gw-priority ({val}): {why}")
                })?
            }
            _ => return Err(format!("invalid field key {key}")),
        }
    }
    if n.target.is_empty() {
        return Err("network name/id is not specified".into());
    }
    Ok(n)
}

/// `container.NetworkMode.IsUserDefined` on Linux.
pub fn is_user_defined(mode: &str) -> bool {
    !matches!(mode, "default" | "bridge" | "host" | "none") && !mode.starts_with("container:")
}

/// `NetworkMode.NetworkName`: the endpoint key docker reads `MacAddress` back from.
pub fn network_name(mode: &str) -> &str {
    if mode.starts_with("container:") {
        "container"
    } else {
        mode
    }
}

/// The legacy single-network flags, applied to the first network.
#[derive(Debug, Default)]
pub struct LegacyFlags<'a> {
    pub aliases: &'a [String],
    pub links: &'a [String],
    pub ipv4: &'a str,
    pub ipv6: &'a str,
    pub mac_address: &'a str,
    pub link_local_ips: &'a [String],
}

fn conflict(what: &str) -> String {
    format!("conflicting options: cannot specify both {what}")
}

/// `applyContainerOptions`.
fn apply_legacy(n: &mut Attachment, f: &LegacyFlags) -> Result<(), String> {
    if !n.aliases.is_empty() && !f.aliases.is_empty() {
        return Err(conflict("--network-alias and per-network alias"));
    }
    if !n.links.is_empty() && !f.links.is_empty() {
        return Err(conflict("--link and per-network links"));
    }
    if !n.ipv4.is_empty() && !f.ipv4.is_empty() {
        return Err(conflict("--ip and per-network IPv4 address"));
    }
    if !n.ipv6.is_empty() && !f.ipv6.is_empty() {
        return Err(conflict("--ip6 and per-network IPv6 address"));
    }
    if !n.mac_address.is_empty() && !f.mac_address.is_empty() {
        return Err(conflict("--mac-address and per-network MAC address"));
    }
    if !n.link_local_ips.is_empty() && !f.link_local_ips.is_empty() {
        return Err(conflict(
            "--link-local-ip and per-network link-local IP addresses",
        ));
    }
    if !f.aliases.is_empty() {
        n.aliases = f.aliases.to_vec();
    }
    if is_user_defined(&n.target) && !f.links.is_empty() {
        n.links = f.links.to_vec();
    }
    for (dst, src) in [
        (&mut n.ipv4, f.ipv4),
        (&mut n.ipv6, f.ipv6),
        (&mut n.mac_address, f.mac_address),
    ] {
        if !src.is_empty() {
            *dst = src.to_string();
        }
    }
    if !f.link_local_ips.is_empty() {
        n.link_local_ips = f.link_local_ips.to_vec();
    }
    Ok(())
}

/// An endpoint with the zero values docker's client writes out for every field.
fn empty_endpoint() -> EndpointSettings {
    EndpointSettings {
        mac_address: Some(String::new()),
        gw_priority: Some(0),
        network_id: Some(String::new()),
        endpoint_id: Some(String::new()),
        gateway: Some(String::new()),
        ip_address: Some(String::new()),
        ip_prefix_len: Some(0),
        ipv6_gateway: Some(String::new()),
        global_ipv6_address: Some(String::new()),
        global_ipv6_prefix_len: Some(0),
        ..Default::default()
    }
}

/// `parseNetworkAttachmentOpt`: the endpoint, and whether it carries any setting at all.
fn endpoint(n: &Attachment) -> Result<(EndpointSettings, bool), String> {
    if n.target.trim().is_empty() {
        return Err("no name set for network".into());
    }
    if !is_user_defined(&n.target) {
        if !n.aliases.is_empty() {
            return Err(
                "network-scoped aliases are only supported for user-defined networks".into(),
            );
        }
        if !n.links.is_empty() {
            return Err("links are only supported for user-defined networks".into());
        }
    }
    let mut ep = empty_endpoint();
    ep.gw_priority = Some(n.gw_priority);
    let nonempty = |v: &[String]| (!v.is_empty()).then(|| v.to_vec());
    let text = |s: &str| (!s.is_empty()).then(|| s.to_string());
    ep.aliases = nonempty(&n.aliases);
    ep.driver_opts = (!n.driver_opts.is_empty()).then(|| n.driver_opts.clone());
    ep.links = nonempty(&n.links);
    if !n.ipv4.is_empty() || !n.ipv6.is_empty() || !n.link_local_ips.is_empty() {
        ep.ipam_config = Some(EndpointIpamConfig {
            ipv4_address: text(&n.ipv4),
            ipv6_address: text(&n.ipv6),
            link_local_ips: nonempty(&n.link_local_ips),
        });
    }
    if !n.mac_address.is_empty() {
        if !super::mac::is_valid(&n.mac_address) {
            return Err(format!("{} is not a valid mac address", n.mac_address));
        }
        ep.mac_address = Some(n.mac_address.clone());
    }
    let configured = ep != empty_endpoint();
    Ok((ep, configured))
}

/// `NetworkMode` and the endpoints docker sends for the `--network` values and legacy flags.
pub fn endpoints(
    networks: &[Attachment],
    legacy: &LegacyFlags,
) -> Result<(String, HashMap<String, EndpointSettings>), String> {
    let mut out = HashMap::new();
    if networks.is_empty() {
        let mut n = Attachment {
            target: "default".into(),
            ..Default::default()
        };
        apply_legacy(&mut n, legacy)?;
        out.insert("default".to_string(), endpoint(&n)?.0);
        return Ok(("default".into(), out));
    }
    let (mut user_defined, mut other) = (false, false);
    for (i, net) in networks.iter().enumerate() {
        if is_user_defined(&net.target) {
            user_defined = true;
        } else {
            other = true;
        }
        let mut n = net.clone();
        if i == 0 {
            apply_legacy(&mut n, legacy)?;
        }
        let (ep, configured) = endpoint(&n)?;
        if out.contains_key(&n.target) {
            return Err(format!(
                "network {:?} is specified multiple times",
                n.target
            ));
        }
        if i == 0 && networks.len() == 1 && !configured {
            continue;
        }
        out.insert(n.target.clone(), ep);
    }
    if user_defined && other {
        return Err(
            "conflicting options: cannot attach both user-defined and non-user-defined network-modes".into(),
        );
    }
    Ok((networks[0].target.clone(), out))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nets(v: &[&str]) -> Vec<Attachment> {
        v.iter().map(|s| parse(s).unwrap()).collect()
    }

    #[test]
    fn long_and_short_syntax() {
        assert_eq!(parse("my-net").unwrap().target, "my-net");
        let n = parse("name=Front,alias=Web,ip=10.0.0.2,driver-opt=k=V,gw-priority=3").unwrap();
        assert_eq!(n.target, "front");
        assert_eq!(n.aliases, ["web"]);
        assert_eq!(n.driver_opts["k"], "v");
        assert_eq!(n.gw_priority, 3);
        assert_eq!(parse("a=b").unwrap_err(), "invalid field key a");
        assert_eq!(
            parse("alias=x").unwrap_err(),
            "network name/id is not specified"
        );
        assert_eq!(
            parse("name=n,gw-priority=x").unwrap_err(),
            "invalid gw-priority (x): invalid syntax"
        );
    }

    #[test]
    fn default_network_gets_an_empty_endpoint() {
        let (mode, eps) = endpoints(&[], &LegacyFlags::default()).unwrap();
        assert_eq!(mode, "default");
        assert_eq!(eps["default"], empty_endpoint());
    }

    #[test]
    fn single_plain_network_sends_no_endpoint() {
        let (mode, eps) = endpoints(&nets(&["host"]), &LegacyFlags::default()).unwrap();
        assert_eq!((mode.as_str(), eps.len()), ("host", 0));
    }

    #[test]
    fn legacy_flags_land_on_the_first_network() {
        let aliases = vec!["web".to_string()];
        let links = vec!["db:db".to_string()];
        let legacy = LegacyFlags {
            aliases: &aliases,
            links: &links,
            ipv4: "10.1.0.5",
            ..Default::default()
        };
        let (mode, eps) = endpoints(&nets(&["mynet"]), &legacy).unwrap();
        assert_eq!(mode, "mynet");
        let ep = &eps["mynet"];
        assert_eq!(ep.aliases.as_deref(), Some(&aliases[..]));
        assert_eq!(ep.links.as_deref(), Some(&links[..]));
        assert_eq!(
            ep.ipam_config
                .as_ref()
                .and_then(|c| c.ipv4_address.as_deref()),
            Some("10.1.0.5")
        );
    }

    #[test]
    fn docker_errors() {
        let aliases = vec!["web".to_string()];
        let legacy = LegacyFlags {
            aliases: &aliases,
            ..Default::default()
        };
        assert_eq!(
            endpoints(&[], &legacy).unwrap_err(),
            "network-scoped aliases are only supported for user-defined networks"
        );
        assert_eq!(
            endpoints(&nets(&["a", "host"]), &LegacyFlags::default()).unwrap_err(),
            "conflicting options: cannot attach both user-defined and non-user-defined network-modes"
        );
        assert_eq!(
            endpoints(&nets(&["a", "a"]), &LegacyFlags::default()).unwrap_err(),
            "network \"a\" is specified multiple times"
        );
        let legacy = LegacyFlags {
            mac_address: "zz",
            ..Default::default()
        };
        assert_eq!(
            endpoints(&[], &legacy).unwrap_err(),
            "zz is not a valid mac address"
        );
        let both = nets(&["name=n,alias=x"]);
        assert_eq!(
            endpoints(
                &both,
                &LegacyFlags {
                    aliases: &aliases,
                    ..Default::default()
                }
            )
            .unwrap_err(),
            "conflicting options: cannot specify both --network-alias and per-network alias"
        );
    }
}
