//! Parsing docker host addresses (`-H`, `DOCKER_HOST`, a context's endpoint) as docker does.

use std::fmt;

pub const DEFAULT_UNIX_SOCKET: &str = "/var/run/docker.sock";
const DEFAULT_HTTP_PORT: u16 = 2375;
const DEFAULT_TLS_PORT: u16 = 2376;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Host {
    Unix(String),
    /// host and port of a TCP endpoint
    Tcp(String, u16),
    /// `ssh://[user@]host[:port][/path]`: reached through `ssh ... docker system dial-stdio`
    Ssh {
        destination: String,
        port: Option<u16>,
    },
}

impl fmt::Display for Host {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Host::Unix(p) => f.write_str(&redact(&format!("unix://{p}"))),
            // An IPv6 literal keeps its brackets so the address parses back to itself.
            Host::Tcp(h, p) if h.contains(':') => write!(f, "tcp://[{h}]:{p}"),
            Host::Tcp(h, p) => write!(f, "tcp://{h}:{p}"),
            Host::Ssh { destination, port } => match port {
                Some(p) if destination.contains(':') => write!(f, "ssh://[{destination}]:{p}"),
                Some(p) => write!(f, "ssh://{destination}:{p}"),
                None if destination.contains(':') => write!(f, "ssh://[{destination}]"),
                None => write!(f, "ssh://{destination}"),
            },
        }
    }
}

/// Parses a daemon address; `tls` picks the default TCP port (2376 instead of 2375).
pub fn parse(addr: &str, tls: bool) -> Result<Host, String> {
    let addr = addr.trim();
    if addr.is_empty() {
        return Ok(Host::Unix(DEFAULT_UNIX_SOCKET.to_string()));
    }
    let invalid = || format!("invalid bind address format: {}", redact(addr));
    let (scheme, rest) = match addr.split_once("://") {
        Some((s, r)) => (s.to_ascii_lowercase(), r),
        None => ("tcp".to_string(), addr),
    };
    match scheme.as_str() {
        "unix" => {
            if rest.is_empty() {
                Ok(Host::Unix(DEFAULT_UNIX_SOCKET.to_string()))
            } else {
                Ok(Host::Unix(rest.to_string()))
            }
        }
        "tcp" => {
            if let Some(e) = go_url_error("tcp", rest) {
                return Err(e);
            }
            let default_port = if tls {
                DEFAULT_TLS_PORT
            } else {
                DEFAULT_HTTP_PORT
            };
            // docker keeps only the URL's host: `user:password@` is dropped, never shown.
            let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
            let hostport = authority.rsplit('@').next().unwrap_or("");
            let (host, port) = split_host_port(hostport).ok_or_else(invalid)?;
            let host = if host.is_empty() {
                "localhost".to_string()
            } else {
                host
            };
            let port = match port {
                None => default_port,
                Some(p) => p.parse::<u16>().map_err(|_| invalid())?,
            };
            Ok(Host::Tcp(host, port))
        }
        "ssh" => {
            if let Some(e) = go_url_error("ssh", rest) {
                return Err(e);
            }
            let hostport = rest.split('/').next().unwrap_or("");
            if userinfo(rest).is_some_and(|u| u.contains(':')) {
                return Err(SSH_PASSWORD.to_string());
            }
            if hostport.rsplit('@').next().unwrap_or("").is_empty() {
                return Err(SSH_NO_HOST.to_string());
            }
            let (destination, port) = split_host_port(hostport).ok_or_else(invalid)?;
            if destination.rsplit('@').next().unwrap_or("").is_empty() {
                return Err(SSH_NO_HOST.to_string());
            }
            let port = match port {
                None => None,
                Some(p) => Some(p.parse::<u16>().map_err(|_| invalid())?),
            };
            Ok(Host::Ssh { destination, port })
        }
        _ => Err(invalid()),
    }
}

/// docker's message for `ssh://user:password@...` (the password is not repeated).
pub const SSH_PASSWORD: &str =
    "ssh host connection is not valid: invalid SSH URL: plain-text password is not supported";

/// The `user[:password]` of an address's authority (`rest` is what follows `scheme://`).
fn userinfo(rest: &str) -> Option<&str> {
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    authority.rsplit_once('@').map(|(u, _)| u)
}

/// An address as it may be shown: a password in it replaced by `xxxxx`, as Go's
/// `url.URL.Redacted` does (`tcp://user:xxxxx@host:1`). Addresses without one are unchanged.
pub fn redact(addr: &str) -> String {
    let (prefix, rest) = match addr.find("://") {
        Some(i) => addr.split_at(i + 3),
        None => ("", addr),
    };
    match userinfo(rest).and_then(|u| u.split_once(':')) {
        Some((user, _)) => {
            let at = userinfo(rest).map_or(0, str::len);
            format!("{prefix}{user}:xxxxx{}", &rest[at..])
        }
        None => addr.to_string(),
    }
}

/// An address as docker's `ParseHost` normalises it for the default context: TCP as
/// `tcp://host:port/path` (without `user:password@`), a unix socket as `unix://path`, ssh as given.
pub fn normalised(addr: &str, tls: bool) -> Result<String, String> {
    let addr = addr.trim();
    if addr.to_ascii_lowercase().starts_with("ssh://") {
        return Ok(addr.to_string());
    }
    let host = parse(addr, tls)?;
    let path = match host {
        Host::Tcp(..) => rest_path(addr),
        _ => String::new(),
    };
    Ok(format!("{host}{path}"))
}

/// The path part of a TCP address (`tcp://h:1/base` → `/base`).
fn rest_path(addr: &str) -> String {
    let rest = addr.split_once("://").map_or(addr, |(_, r)| r);
    let rest = rest.split(['?', '#']).next().unwrap_or("");
    rest.find('/')
        .map(|i| rest[i..].to_string())
        .unwrap_or_default()
}

/// docker's message for `ssh://` without a host name.
pub const SSH_NO_HOST: &str =
    "ssh host connection is not valid: invalid SSH URL: hostname is empty";

/// What Go's `url.Parse("<scheme>://<rest>")` rejects in the authority, in its wording:
/// `parse "tcp://h:x": invalid port ":x" after host`, `... missing ']' in host`.
pub fn go_url_error(scheme: &str, rest: &str) -> Option<String> {
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit('@').next().unwrap_or("");
    let valid_port = |p: &str| {
        p.is_empty()
            || p.strip_prefix(':')
                .is_some_and(|d| d.bytes().all(|b| b.is_ascii_digit()))
    };
    let problem = if let Some(inner) = host.strip_prefix('[') {
        match inner.find(']') {
            None => Some("missing ']' in host".to_string()),
            Some(i) => {
                let port = &inner[i + 1..];
                (!valid_port(port)).then(|| format!("invalid port {} after host", go_quote(port)))
            }
        }
    } else {
        host.rfind(':')
            .map(|i| &host[i..])
            .filter(|port| !valid_port(port))
            .map(|port| format!("invalid port {} after host", go_quote(port)))
    };
    problem.map(|p| {
        let url = redact(&format!("{scheme}://{rest}"));
        format!("parse {}: {p}", go_quote(&url))
    })
}

/// Go's `%q` for the strings that reach it here.
fn go_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Splits `host:port`, `[v6]:port`, `host`; port is None when absent.
pub fn split_host_port(s: &str) -> Option<(String, Option<&str>)> {
    if let Some(rest) = s.strip_prefix('[') {
        let (h, after) = rest.split_once(']')?;
        if h.contains('[') {
            return None;
        }
        return match after.strip_prefix(':') {
            Some(p) => Some((h.to_string(), Some(p))),
            None if after.is_empty() => Some((h.to_string(), None)),
            None => None,
        };
    }
    match s.rsplit_once(':') {
        // user@host:port for ssh keeps the user part in the host.
        Some((h, p)) if !h.contains(':') => Some((h.to_string(), Some(p))),
        Some(_) => None,
        None => Some((s.to_string(), None)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_like_docker() {
        assert_eq!(
            parse("", false),
            Ok(Host::Unix("/var/run/docker.sock".into()))
        );
        assert_eq!(
            parse("unix:///x.sock", false),
            Ok(Host::Unix("/x.sock".into()))
        );
        assert_eq!(
            parse("tcp://127.0.0.1", false),
            Ok(Host::Tcp("127.0.0.1".into(), 2375))
        );
        assert_eq!(
            parse("tcp://127.0.0.1", true),
            Ok(Host::Tcp("127.0.0.1".into(), 2376))
        );
        assert_eq!(
            parse("127.0.0.1:1", false),
            Ok(Host::Tcp("127.0.0.1".into(), 1))
        );
        assert_eq!(
            parse(":2375", false),
            Ok(Host::Tcp("localhost".into(), 2375))
        );
        assert_eq!(parse("foo", false), Ok(Host::Tcp("foo".into(), 2375)));
        assert_eq!(
            parse("tcp://[::1]:9", false),
            Ok(Host::Tcp("::1".into(), 9))
        );
        assert_eq!(
            parse("http://127.0.0.1:1", false),
            Err("invalid bind address format: http://127.0.0.1:1".into())
        );
        assert_eq!(
            parse("tcp://h:notaport", false),
            Err(r#"parse "tcp://h:notaport": invalid port ":notaport" after host"#.into())
        );
        assert_eq!(
            parse("h:abc", false),
            Err(r#"parse "tcp://h:abc": invalid port ":abc" after host"#.into())
        );
        assert_eq!(
            parse("tcp://[::1", false),
            Err(r#"parse "tcp://[::1": missing ']' in host"#.into())
        );
        assert_eq!(parse("ssh://user@", false), Err(SSH_NO_HOST.into()));
        assert_eq!(parse("ssh://[]/x", false), Err(SSH_NO_HOST.into()));
        assert_eq!(
            parse("[[x]", false),
            Err("invalid bind address format: [[x]".into())
        );
        assert_eq!(
            parse("ssh://me@box:2222", false),
            Ok(Host::Ssh {
                destination: "me@box".into(),
                port: Some(2222)
            })
        );
        assert_eq!(
            Host::Tcp("localhost".into(), 2375).to_string(),
            "tcp://localhost:2375"
        );
        assert_eq!(Host::Tcp("::1".into(), 9).to_string(), "tcp://[::1]:9");
    }

    #[test]
    fn passwords_are_dropped_or_redacted() {
        assert_eq!(
            parse("tcp://u:pw@127.0.0.1:1/base", false),
            Ok(Host::Tcp("127.0.0.1".into(), 1))
        );
        assert_eq!(
            normalised("u:pw@127.0.0.1:1/base?x", false).as_deref(),
            Ok("tcp://127.0.0.1:1/base")
        );
        assert_eq!(parse("ssh://u:pw@h", false), Err(SSH_PASSWORD.into()));
        assert_eq!(parse("ssh://u:@h", false), Err(SSH_PASSWORD.into()));
        assert_eq!(redact("http://u:pw@h:1/x@y"), "http://u:xxxxx@h:1/x@y");
        assert_eq!(redact("ssh://:pw@h"), "ssh://:xxxxx@h");
        assert_eq!(redact("ssh://u@h"), "ssh://u@h");
        assert_eq!(redact("u:p@w@h"), "u:xxxxx@h");
        assert_eq!(
            parse("http://u:pw@h", false),
            Err("invalid bind address format: http://u:xxxxx@h".into())
        );
        assert_eq!(
            Host::Unix("u:pw@/x.sock".into()).to_string(),
            "unix://u:xxxxx@/x.sock"
        );
    }
}
