//! `hvdock container port`.

use std::cmp::Ordering;

use anyhow::Result;

use crate::cli::container::PortArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::error::CliError;

pub async fn run(ctx: &Ctx, args: PortArgs) -> Result<()> {
    let engine = ctx.engine()?;
    // docker's ContainerInspect: the answer decoded into its type.
    let kind = crate::commands::inspect::Kind::Container;
    let body = crate::commands::inspect::fetch(engine, kind, &args.container, false).await?;
    let inspect: serde_json::Value = raw::decode(&body)?;
    let ports = inspect
        .pointer("/NetworkSettings/Ports")
        .and_then(|p| p.as_object())
        .cloned()
        .unwrap_or_default();
    let bindings = |key: &str| -> Vec<String> {
        ports
            .get(key)
            .and_then(|b| b.as_array())
            .map(|a| a.iter().map(join_host_port).collect())
            .unwrap_or_default()
    };
    let mut out: Vec<String> = Vec::new();
    match args.port.as_deref().filter(|p| !p.is_empty()) {
        Some(wanted) => {
            let (port, proto) = wanted.split_once('/').unwrap_or((wanted, ""));
            let proto = if proto.is_empty() { "tcp" } else { proto };
            check_port(port)?;
            out = bindings(&format!("{port}/{proto}"));
            if out.is_empty() {
                return Err(CliError::message(
                    format!(
                        "Error: No public port '{wanted}' published for {}",
                        args.container
                    ),
                    1,
                ));
            }
        }
        None => {
            for from in ports.keys() {
                out.extend(
                    bindings(from)
                        .into_iter()
                        .map(|to| format!("{from} -> {to}")),
                );
            }
        }
    }
    out.sort_by(|a, b| natural_cmp(a, b));
    if !out.is_empty() {
        println!("{}", out.join("\n"));
    }
    Ok(())
}

/// Go's `strconv.ParseUint(port, 10, 16)`, with its error text.
fn check_port(port: &str) -> Result<()> {
    let why = if port.is_empty() || !port.bytes().all(|b| b.is_ascii_digit()) {
        "invalid syntax"
    } else if port.parse::<u16>().is_err() {
        "value out of range"
    } else {
        return Ok(());
    };
    Err(CliError::message(
        format!("Error: invalid port ({port}): strconv.ParseUint: parsing {port:?}: {why}"),
        1,
    ))
}

/// Go's `net.JoinHostPort(HostIp, HostPort)`.
fn join_host_port(binding: &serde_json::Value) -> String {
    let field = |k: &str| binding.get(k).and_then(|v| v.as_str()).unwrap_or_default();
    let (ip, port) = (field("HostIp"), field("HostPort"));
    if ip.contains(':') {
        format!("[{ip}]:{port}")
    } else {
        format!("{ip}:{port}")
    }
}

/// `sortorder.NaturalLess` (github.com/fvbommel/sortorder) as an ordering: digit runs compare
/// by value, digits sort before other bytes.
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        let (da, db) = (a[i].is_ascii_digit(), b[j].is_ascii_digit());
        if da != db {
            return if da {
                Ordering::Less
            } else {
                Ordering::Greater
            };
        }
        if !da {
            if a[i] != b[j] {
                return a[i].cmp(&b[j]);
            }
            i += 1;
            j += 1;
            continue;
        }
        let (za, zb) = (skip(a, i, |c| c == b'0'), skip(b, j, |c| c == b'0'));
        let (ea, eb) = (
            skip(a, za, |c| c.is_ascii_digit()),
            skip(b, zb, |c| c.is_ascii_digit()),
        );
        let by_len = (ea - za).cmp(&(eb - zb));
        let by_digits = a[za..ea].cmp(&b[zb..eb]);
        // Equal numbers: the one with fewer leading zeros first.
        let by_zeros = za.cmp(&zb);
        match by_len.then(by_digits).then(by_zeros) {
            Ordering::Equal => (i, j) = (ea, eb),
            o => return o,
        }
    }
    a.len().cmp(&b.len())
}

fn skip(s: &[u8], mut i: usize, while_: impl Fn(u8) -> bool) -> usize {
    while i < s.len() && while_(s[i]) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn natural_order_and_port_errors() {
        let mut v = vec![
            "80/tcp -> :::8080",
            "8080/tcp -> 0.0.0.0:1",
            "9/tcp -> 0.0.0.0:2",
            "80/tcp -> 0.0.0.0:8080",
        ];
        v.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(
            v,
            [
                "9/tcp -> 0.0.0.0:2",
                "80/tcp -> 0.0.0.0:8080",
                "80/tcp -> :::8080",
                "8080/tcp -> 0.0.0.0:1"
            ]
        );
        assert_eq!(natural_cmp("a01", "a1"), Ordering::Greater);
        assert!(check_port("+80").is_err());
        assert!(check_port("65536").is_err());
        assert!(check_port("65535").is_ok());
    }
}
