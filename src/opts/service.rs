//! Swarm service flag values as docker's `swarmopts` read them: `--publish` (long and short
//! syntax), `--secret`/`--config` references, `--placement-pref`, and `SERVICE=REPLICAS`.

use serde_json::{json, Value};

/// One published port of a service (`EndpointSpec.Ports[]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortConfig {
    pub protocol: String,
    pub target: u32,
    pub published: u32,
    pub mode: String,
}

impl PortConfig {
    pub fn to_json(&self) -> Value {
        let mut v = json!({"Protocol": self.protocol, "TargetPort": self.target});
        if self.published != 0 {
            v["PublishedPort"] = json!(self.published);
        }
        v["PublishMode"] = json!(self.mode);
        v
    }
}

fn port_number(what: &str, val: &str) -> Result<u32, String> {
    if val.is_empty() || !val.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!(
            "invalid {what} port ({val}): value must be an integer: invalid syntax"
        ));
    }
    val.parse::<u16>().map(u32::from).map_err(|_| {
        format!("invalid {what} port ({val}): value must be an integer: value out of range")
    })
}

/// Parses one `--publish` value into the port configs it stands for (a clap value parser).
pub fn port_configs(value: &str) -> Result<Vec<PortConfig>, String> {
    if super::network::is_long_syntax(value) {
        let fields = super::csv::read_record(value)?;
        let mut p = PortConfig {
            protocol: String::new(),
            target: 0,
            published: 0,
            mode: String::new(),
        };
        for field in fields {
            let lower = field.to_lowercase();
            let (key, val) = match lower.split_once('=') {
                Some((k, v)) if !k.is_empty() => (k, v),
                _ => return Err(format!("invalid field: {field}")),
            };
            match key {
                "protocol" => {
                    if !matches!(val, "tcp" | "udp" | "sctp") {
                        return Err(format!("invalid protocol value '{val}'"));
                    }
                    p.protocol = val.into();
                }
                "mode" => {
                    if !matches!(val, "ingress" | "host") {
                        return Err(format!("invalid publish mode value ({val}): must be either 'ingress' or 'host'"));
                    }
                    p.mode = val.into();
                }
                "target" => p.target = port_number("target", val)?,
                "published" => p.published = port_number("published", val)?,
                _ => return Err(format!("invalid field key: {key}")),
            }
        }
        if p.target == 0 {
            return Err("missing mandatory field 'target'".into());
        }
        if p.mode.is_empty() {
            p.mode = "ingress".into();
        }
        if p.protocol.is_empty() {
            p.protocol = "tcp".into();
        }
        return Ok(vec![p]);
    }
    let ports = super::ports::parse(&[value.to_string()], &[])?;
    if ports
        .bindings
        .values()
        .flatten()
        .any(|b| !b.host_ip.is_empty())
    {
        return Err("hostip is not supported".into());
    }
    expand(&ports)
}

/// A compose file's short port syntax (docker's `toServicePortConfigs`): a host IP is dropped
/// with docker's warning (returned second) instead of refused.
pub fn compose_port_configs(value: &str) -> Result<(Vec<PortConfig>, Vec<String>), String> {
    let ports = super::ports::parse(&[value.to_string()], &[])?;
    let mut warnings = Vec::new();
    for (key, bindings) in &ports.bindings {
        for b in bindings {
            let ip = b.host_ip.trim_start_matches('[').trim_end_matches(']');
            match ip.parse::<std::net::IpAddr>() {
                Ok(addr) if !addr.is_unspecified() => {
                    let host = if addr.is_ipv6() {
                        format!("[{ip}]:{}", b.host_port)
                    } else {
                        format!("{ip}:{}", b.host_port)
                    };
                    warnings.push(format!(
                        "ignoring IP-address ({host}:{key}) service will listen on '0.0.0.0'"
                    ));
                }
                _ => {}
            }
        }
    }
    Ok((expand(&ports)?, warnings))
}

fn expand(ports: &super::ports::Ports) -> Result<Vec<PortConfig>, String> {
    let mut out = Vec::new();
    for (key, bindings) in &ports.bindings {
        let (proto, port) = super::ports::split_proto_port(key);
        let target: u32 = port.parse().unwrap_or(0);
        for b in bindings {
            let (start, end) = if b.host_port.is_empty() {
                (0, 0)
            } else {
                super::ports::parse_range(&b.host_port).map_err(|_| {
                    format!(
                        "invalid hostport binding ({}) for port ({port})",
                        b.host_port
                    )
                })?
            };
            for published in start..=end {
                out.push(PortConfig {
                    protocol: proto.to_lowercase(),
                    target,
                    published: published.into(),
                    mode: "ingress".into(),
                });
            }
        }
    }
    Ok(out)
}

/// A `--secret` / `--config` reference: the object's name and the file it becomes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileRef {
    pub source: String,
    pub target: String,
    pub uid: String,
    pub gid: String,
    pub mode: u32,
}

/// Parses a `--secret`: `NAME` or `source=NAME,target=PATH,uid=,gid=,mode=` (a clap value
/// parser).
pub fn file_ref(value: &str) -> Result<FileRef, String> {
    reference(value, "secret")
}

/// Parses a `--config`, as [`file_ref`] with docker's wording for configs.
pub fn config_ref(value: &str) -> Result<FileRef, String> {
    reference(value, "config")
}

fn reference(value: &str, kind: &str) -> Result<FileRef, String> {
    let fields = super::csv::read_record(value)?;
    let mut r = FileRef {
        source: String::new(),
        target: String::new(),
        uid: "0".into(),
        gid: "0".into(),
        mode: 0o444,
    };
    if fields.len() == 1 && !fields[0].contains('=') {
        r.source = fields[0].clone();
        r.target = fields[0].clone();
        return Ok(r);
    }
    for field in &fields {
        let (key, val) = match field.split_once('=') {
            Some((k, v)) if !k.is_empty() => (k, v),
            _ => return Err(format!("invalid field '{field}' must be a key=value pair")),
        };
        match key.to_lowercase().as_str() {
            "source" | "src" => r.source = val.into(),
            "target" => r.target = val.into(),
            "uid" => r.uid = val.into(),
            "gid" => r.gid = val.into(),
            "mode" => {
                r.mode = go_parse_uint0(val).map_err(|e| format!("invalid mode specified: {e}"))?
            }
            _ => return Err(format!("invalid field in {kind} request: {key}")),
        }
    }
    if r.source.is_empty() {
        return Err("source is required".into());
    }
    if r.target.is_empty() {
        r.target = r.source.clone();
    }
    Ok(r)
}

/// Go's `strconv.ParseUint(s, 0, 32)` (prefixes 0x, 0o, 0b, 0 for octal).
fn go_parse_uint0(s: &str) -> Result<u32, String> {
    let err = |why: &str| format!("strconv.ParseUint: parsing {s:?}: {why}");
    let (digits, radix) = if let Some(r) = s.strip_prefix("0x").or(s.strip_prefix("0X")) {
        (r, 16)
    } else if let Some(r) = s.strip_prefix("0o").or(s.strip_prefix("0O")) {
        (r, 8)
    } else if let Some(r) = s.strip_prefix("0b").or(s.strip_prefix("0B")) {
        (r, 2)
    } else if s.len() > 1 && s.starts_with('0') {
        (&s[1..], 8)
    } else {
        (s, 10)
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return Err(err("invalid syntax"));
    }
    u32::from_str_radix(digits, radix).map_err(|_| err("value out of range"))
}

/// `--placement-pref spread=node.labels.dc` (a clap value parser).
pub fn placement_pref(value: &str) -> Result<(String, String), String> {
    match value.split_once('=') {
        Some((strategy, arg)) if !strategy.is_empty() => {
            if strategy != "spread" {
                return Err(format!(
                    "unsupported placement preference {strategy} (only spread is supported)"
                ));
            }
            Ok((strategy.into(), arg.into()))
        }
        _ => Err(r#"placement preference must be of the format "<strategy>=<arg>""#.into()),
    }
}

/// `--credential-spec`: `config://NAME`, `file://PATH` or `registry://KEY`; "" (no spec, which
/// removes one on update). docker's `credentialSpecOpt`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CredentialSpec {
    pub source: String,
    pub config: String,
    pub file: String,
    pub registry: String,
}

impl CredentialSpec {
    /// The spec's `Privileges.CredentialSpec`, the config given by name (replaced by its ID
    /// before the spec is sent).
    pub fn to_json(&self) -> Value {
        json!({"Config": self.config, "File": self.file, "Registry": self.registry})
    }
}

/// A clap value parser for `--credential-spec`.
pub fn credential_spec(value: &str) -> Result<CredentialSpec, String> {
    let mut c = CredentialSpec {
        source: value.to_string(),
        ..Default::default()
    };
    if let Some(v) = value.strip_prefix("config://") {
        c.config = v.into();
    } else if let Some(v) = value.strip_prefix("file://") {
        c.file = v.into();
    } else if let Some(v) = value.strip_prefix("registry://") {
        c.registry = v.into();
    } else if !value.is_empty() {
        return Err(r#"invalid credential spec: value must be prefixed with "config://", "file://", or "registry://""#.into());
    }
    Ok(c)
}

/// `--generic-resource` / `--generic-resource-add` values (docker's
/// `ValidateSingleGenericResource`, a clap value parser).
pub fn generic_resource(value: &str) -> Result<String, String> {
    if !value.contains('=') {
        return Err(format!(
            "invalid generic-resource format `{value}` expected `name=value`"
        ));
    }
    Ok(value.to_string())
}

/// docker's `ParseGenericResources` (swarmkit's `genericresource.Parse`): `KIND=N` terms to
/// discrete resources of the reservations. Named resources (`KIND=name`, or a kind given more
/// than once) are refused as docker refuses them. docker's order comes from a Go map; here the
/// kinds are sorted.
pub fn generic_resources(values: &[String]) -> Result<Vec<Value>, String> {
    let parse_err = |m: String| {
        format!("invalid generic resource specification: could not parse GenericResource: {m}")
    };
    let mut tokens: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for term in values {
        let kv: Vec<&str> = term.split('=').collect();
        if kv.len() != 2 {
            return Err(parse_err(format!(
                "incorrect term {term}, missing '=' or malformed expression"
            )));
        }
        tokens
            .entry(kv[0].trim().to_string())
            .or_default()
            .push(kv[1].trim().to_string());
    }
    let mut out = Vec::new();
    for (kind, vals) in tokens {
        let ints: Vec<Option<i64>> = vals.iter().map(|v| v.parse::<i64>().ok()).collect();
        match ints.as_slice() {
            [Some(n)] if *n < 0 => {
                return Err(parse_err(format!("cannot ask for negative resource {kind}")))
            }
            [Some(n)] => out.push(json!({"DiscreteResourceSpec": {"Kind": kind, "Value": n}})),
            _ if ints.iter().all(Option::is_none) => {
                return Err(format!(
                    "invalid generic-resource request `{kind}={}`, Named Generic Resources is not supported for service create or update",
                    vals[0]
                ))
            }
            _ => {
                return Err(parse_err(format!(
                    "mixed discrete and named resources in expression '{kind}=[{}]'",
                    vals.join(" ")
                )))
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publish_long_and_short() {
        let p = port_configs("published=8080,target=80,protocol=udp,mode=host").unwrap();
        assert_eq!(p[0].published, 8080);
        assert_eq!(p[0].protocol, "udp");
        assert_eq!(p[0].mode, "host");
        let p = port_configs("8080:80").unwrap();
        assert_eq!((p[0].published, p[0].target), (8080, 80));
        assert_eq!(p[0].mode, "ingress");
        assert_eq!(
            port_configs("target=x").unwrap_err(),
            "invalid target port (x): value must be an integer: invalid syntax"
        );
        assert_eq!(
            port_configs("published=80").unwrap_err(),
            "missing mandatory field 'target'"
        );
        assert_eq!(
            port_configs("127.0.0.1:80:80").unwrap_err(),
            "hostip is not supported"
        );
    }

    #[test]
    fn secret_refs() {
        let r = file_ref("db").unwrap();
        assert_eq!(
            (r.source.as_str(), r.target.as_str(), r.mode),
            ("db", "db", 0o444)
        );
        let r = file_ref("source=db,target=/x,mode=0400").unwrap();
        assert_eq!((r.target.as_str(), r.mode), ("/x", 0o400));
        assert_eq!(file_ref("target=x").unwrap_err(), "source is required");
    }
}
