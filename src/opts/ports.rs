//! `-p/--publish`, `--expose` and `-P` as go-connections' `nat.ParsePortSpecs` reads them:
//! `80`, `8080:80`, `127.0.0.1:8080:80/udp`, `[::1]:80:80`, `8000-8002:9000-9002`, and the
//! long form `published=8080,target=80,protocol=udp`.

use std::collections::BTreeMap;

/// A host side of a published port.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    pub host_ip: String,
    pub host_port: String,
}

/// Exposed ports (`80/tcp`) and their host bindings, keyed as the Engine API keys them.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Ports {
    pub exposed: BTreeMap<String, ()>,
    pub bindings: BTreeMap<String, Vec<Binding>>,
}

/// `nat.ParsePortRange`: `80` or `8000-8002`, each part a 16-bit number.
pub fn parse_range(ports: &str) -> Result<(u16, u16), String> {
    if ports.is_empty() {
        return Err("empty string specified for ports".into());
    }
    let Some((a, b)) = ports.split_once('-') else {
        let p = parse_u16(ports)?;
        return Ok((p, p));
    };
    // Go splits on every '-' and reads the first two parts.
    let b = b.split('-').next().unwrap_or(b);
    let (start, end) = (parse_u16(a)?, parse_u16(b)?);
    if end < start {
        return Err(format!("invalid range specified for port: {ports}"));
    }
    Ok((start, end))
}

/// Go's `strconv.ParseUint(s, 10, 16)` with its wording.
fn parse_u16(s: &str) -> Result<u16, String> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("strconv.ParseUint: parsing {s:?}: invalid syntax"));
    }
    s.parse()
        .map_err(|_| format!("strconv.ParseUint: parsing {s:?}: value out of range"))
}

/// `nat.SplitProtoPort`: `80/udp` → (`udp`, `80`); no protocol means tcp.
pub fn split_proto_port(raw: &str) -> (&str, &str) {
    let mut parts = raw.split('/');
    let port = parts.next().unwrap_or("");
    if port.is_empty() {
        return ("", "");
    }
    match parts.next() {
        None | Some("") => ("tcp", port),
        Some(proto) => (proto, port),
    }
}

fn port_key(proto: &str, start: u16, end: u16) -> String {
    if start == end {
        format!("{start}/{proto}")
    } else {
        format!("{start}-{end}/{proto}")
    }
}

/// `convertToStandardNotation`: the `published=,target=,protocol=` form to `published:target/proto`.
fn standard_notation(publish: &str) -> Result<String, String> {
    if !publish.contains('=') {
        return Ok(publish.to_string());
    }
    let mut params: BTreeMap<&str, &str> = BTreeMap::from([("protocol", "tcp")]);
    for param in publish.split(',') {
        match param.split_once('=') {
            Some((k, v)) if !k.is_empty() => {
                params.insert(k, v);
            }
            _ => {
                return Err(format!(
                    "invalid publish opts format (should be name=value but got '{param}')"
                ))
            }
        }
    }
    let get = |k: &str| params.get(k).copied().unwrap_or("");
    Ok(format!(
        "{}:{}/{}",
        get("published"),
        get("target"),
        get("protocol")
    ))
}

/// `nat.splitParts`: (ip, host port, container port).
fn split_parts(raw: &str) -> (String, &str, &str) {
    let parts: Vec<&str> = raw.split(':').collect();
    let n = parts.len();
    let container = parts[n - 1];
    match n {
        1 => (String::new(), "", container),
        2 => (String::new(), parts[0], container),
        3 => (parts[0].to_string(), parts[1], container),
        _ => (parts[..n - 2].join(":"), parts[n - 2], container),
    }
}

/// `nat.ParsePortSpec` for one `-p` value, adding to `out`.
fn parse_spec(raw: &str, out: &mut Ports) -> Result<(), String> {
    let (mut ip, host_port, container) = split_parts(raw);
    let (proto, container_port) = split_proto_port(container);
    if ip.starts_with('[') {
        // net.SplitHostPort(ip + ":")
        match ip.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
            Some(inner) if !inner.contains(['[', ']']) => ip = inner.to_string(),
            _ => {
                let reason = if ip.contains(']') {
                    format!("address {ip}:: too many colons")
                } else {
                    format!("address {ip}:: missing ']' in address")
                };
                return Err(format!("invalid IP address {ip}: {reason}"));
            }
        }
    }
    if !ip.is_empty() && super::ip::parse(&ip).is_none() {
        return Err(format!("invalid IP address: {ip}"));
    }
    if container_port.is_empty() {
        return Err(format!("no port specified: {raw}<empty>"));
    }
    let (start, end) = parse_range(container_port)
        .map_err(|_| format!("invalid containerPort: {container_port}"))?;
    let (host_start, host_end) = if host_port.is_empty() {
        (0, 0)
    } else {
        parse_range(host_port).map_err(|_| format!("invalid hostPort: {host_port}"))?
    };
    if !host_port.is_empty() && end - start != host_end - host_start && end != start {
        return Err(format!(
            "invalid ranges specified for container and host Ports: {container_port} and {host_port}"
        ));
    }
    let proto_lower = proto.to_lowercase();
    if !matches!(proto_lower.as_str(), "tcp" | "udp" | "sctp") {
        return Err(format!("invalid proto: {proto}"));
    }
    for i in 0..=(end - start) {
        let mut host = String::new();
        if !host_port.is_empty() {
            host = (host_start + i).to_string();
        }
        if start == end && host_start != host_end {
            host = format!("{host}-{host_end}");
        }
        let key = port_key(&proto_lower, start + i, start + i);
        out.exposed.insert(key.clone(), ());
        out.bindings.entry(key).or_default().push(Binding {
            host_ip: ip.clone(),
            host_port: host,
        });
    }
    Ok(())
}

/// All `-p` values, then every `--expose` value merged into the exposed set.
pub fn parse(publish: &[String], expose: &[String]) -> Result<Ports, String> {
    let mut out = Ports::default();
    for p in publish {
        parse_spec(&standard_notation(p)?, &mut out)?;
    }
    for e in expose {
        if e.contains(':') {
            return Err(format!("invalid port format for --expose: {e}"));
        }
        let (proto, port) = split_proto_port(e);
        let (start, end) = parse_range(port)
            .map_err(|err| format!("invalid range format for --expose: {e}, error: {err}"))?;
        for p in start..=end {
            out.exposed.insert(port_key(proto, p, p), ());
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(ip: &str, port: &str) -> Binding {
        Binding {
            host_ip: ip.into(),
            host_port: port.into(),
        }
    }

    fn one(spec: &str) -> Result<Ports, String> {
        parse(&[spec.to_string()], &[])
    }

    #[test]
    fn short_forms() {
        let p = one("80").unwrap();
        assert_eq!(p.bindings["80/tcp"], vec![b("", "")]);
        let p = one("8080:80").unwrap();
        assert_eq!(p.bindings["80/tcp"], vec![b("", "8080")]);
        let p = one("127.0.0.1:8080:80/udp").unwrap();
        assert_eq!(p.bindings["80/udp"], vec![b("127.0.0.1", "8080")]);
        let p = one("[::1]:80:80").unwrap();
        assert_eq!(p.bindings["80/tcp"], vec![b("::1", "80")]);
        let p = one("::1:80:80").unwrap();
        assert_eq!(p.bindings["80/tcp"], vec![b("::1", "80")]);
        let p = one("127.0.0.1::80/SCTP").unwrap();
        assert_eq!(p.bindings["80/sctp"], vec![b("127.0.0.1", "")]);
    }

    #[test]
    fn ranges() {
        let p = one("8000-8002:9000-9002").unwrap();
        assert_eq!(p.exposed.len(), 3);
        assert_eq!(p.bindings["9001/tcp"], vec![b("", "8001")]);
        let p = one("80-81:90").unwrap();
        assert_eq!(p.bindings["90/tcp"], vec![b("", "80-81")]);
        assert_eq!(
            one("80-81:90-92").unwrap_err(),
            "invalid ranges specified for container and host Ports: 90-92 and 80-81"
        );
    }

    #[test]
    fn long_form_and_repeats() {
        let p = parse(
            &[
                "published=8080,target=80,protocol=udp".into(),
                "9090:80/udp".into(),
            ],
            &[],
        )
        .unwrap();
        assert_eq!(p.bindings["80/udp"], vec![b("", "8080"), b("", "9090")]);
        assert_eq!(
            one("published=1,target").unwrap_err(),
            "invalid publish opts format (should be name=value but got 'target')"
        );
    }

    #[test]
    fn docker_errors() {
        assert_eq!(one("abc").unwrap_err(), "invalid containerPort: abc");
        assert_eq!(one("99999").unwrap_err(), "invalid containerPort: 99999");
        assert_eq!(one("x:80").unwrap_err(), "invalid hostPort: x");
        assert_eq!(one("80/xyz").unwrap_err(), "invalid proto: xyz");
        assert_eq!(one("1.2.3:80:80").unwrap_err(), "invalid IP address: 1.2.3");
        assert_eq!(one("8080:").unwrap_err(), "no port specified: 8080:<empty>");
        assert_eq!(
            one("[::1:80:80").unwrap_err(),
            "invalid IP address [::1: address [::1:: missing ']' in address"
        );
    }

    #[test]
    fn expose() {
        let p = parse(&[], &["7000-7002/udp".into(), "80".into()]).unwrap();
        assert!(p.exposed.contains_key("7001/udp") && p.exposed.contains_key("80/tcp"));
        assert!(p.bindings.is_empty());
        assert_eq!(
            parse(&[], &["80:90".into()]).unwrap_err(),
            "invalid port format for --expose: 80:90"
        );
        assert_eq!(
            parse(&[], &["a".into()]).unwrap_err(),
            "invalid range format for --expose: a, error: strconv.ParseUint: parsing \"a\": invalid syntax"
        );
    }
}
