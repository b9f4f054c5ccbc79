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
            Host::Unix(p) => write!(f, "unix://{p}"),
            Host::Tcp(h, p) => write!(f, "tcp://{h}:{p}"),
            Host::Ssh { destination, port } => match port {
                Some(p) => write!(f, "ssh://{destination}:{p}"),
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
    let invalid = || format!("invalid bind address format: {addr}");
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
            let default_port = if tls { DEFAULT_TLS_PORT } else { DEFAULT_HTTP_PORT };
            let hostport = rest.split('/').next().unwrap_or("");
            let (host, port) = split_host_port(hostport).ok_or_else(invalid)?;
            let host = if host.is_empty() { "localhost".to_string() } else { host };
            let port = match port {
                None => default_port,
                Some(p) => p.parse::<u16>().map_err(|_| invalid())?,
            };
            Ok(Host::Tcp(host, port))
        }
        "ssh" => {
            let hostport = rest.split('/').next().unwrap_or("");
            if hostport.is_empty() {
                return Err(format!("no host specified: {addr}"));
            }
            let (destination, port) = split_host_port(hostport).ok_or_else(invalid)?;
            let port = match port {
                None => None,
                Some(p) => Some(p.parse::<u16>().map_err(|_| invalid())?),
            };
            Ok(Host::Ssh { destination, port })
        }
        _ => Err(invalid()),
    }
}

/// Splits `host:port`, `[v6]:port`, `host`; port is None when absent.
fn split_host_port(s: &str) -> Option<(String, Option<&str>)> {
    if let Some(rest) = s.strip_prefix('[') {
        let (h, after) = rest.split_once(']')?;
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
        assert_eq!(parse("", false), Ok(Host::Unix("/var/run/docker.sock".into())));
        assert_eq!(parse("unix:///x.sock", false), Ok(Host::Unix("/x.sock".into())));
        assert_eq!(parse("tcp://127.0.0.1", false), Ok(Host::Tcp("127.0.0.1".into(), 2375)));
        assert_eq!(parse("tcp://127.0.0.1", true), Ok(Host::Tcp("127.0.0.1".into(), 2376)));
        assert_eq!(parse("127.0.0.1:1", false), Ok(Host::Tcp("127.0.0.1".into(), 1)));
        assert_eq!(parse(":2375", false), Ok(Host::Tcp("localhost".into(), 2375)));
        assert_eq!(parse("foo", false), Ok(Host::Tcp("foo".into(), 2375)));
        assert_eq!(parse("tcp://[::1]:9", false), Ok(Host::Tcp("::1".into(), 9)));
        assert_eq!(
            parse("http://127.0.0.1:1", false),
            Err("invalid bind address format: http://127.0.0.1:1".into())
        );
        assert_eq!(
            parse("tcp://h:notaport", false),
            Err("invalid bind address format: tcp://h:notaport".into())
        );
        assert_eq!(
            parse("ssh://me@box:2222", false),
            Ok(Host::Ssh { destination: "me@box".into(), port: Some(2222) })
        );
        assert_eq!(Host::Tcp("localhost".into(), 2375).to_string(), "tcp://localhost:2375");
    }
}
