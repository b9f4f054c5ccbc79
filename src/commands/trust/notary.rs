//! Content trust where a command verifies or signs through a Notary server (`plugin install`,
//! `upgrade`, `push` with `DOCKER_CONTENT_TRUST`): hvdock has no Notary client, so it answers
//! as docker does when the trust server cannot be reached, after the same steps docker takes
//! first (the server's address checked, the trust directories made, the server dialled). A
//! server that does answer is refused as well: hvdock cannot check its data.

use std::path::Path;
use std::time::Duration;

use crate::engine::registry::RepoRef;
use crate::error::CliError;

/// docker's `ContentTrustEnabled`: `DOCKER_CONTENT_TRUST` set to anything that is not false.
pub fn enabled() -> bool {
    match std::env::var("DOCKER_CONTENT_TRUST") {
        Ok(v) if !v.is_empty() => {
            !matches!(v.as_str(), "0" | "f" | "F" | "false" | "FALSE" | "False")
        }
        _ => false,
    }
}

/// Whether a command skips trust: `--disable-content-trust` as given, else content trust off.
pub fn skipped(flag: Option<bool>) -> bool {
    flag.unwrap_or(!enabled())
}

/// The `host:port` an https URL dials (443 when none is given).
fn dial_address(url: &str) -> String {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = authority
        .rsplit_once('@')
        .map(|(_, h)| h)
        .unwrap_or(authority);
    let has_port = match host.rfind(']') {
        Some(end) => host[end..].contains(':'),
        None => host.contains(':'),
    };
    match has_port {
        true => host.to_string(),
        false => format!("{host}:443"),
    }
}

/// Go's text for a failed `net.Dial("tcp", address)`.
async fn dial(address: &str) -> Result<(), String> {
    let addrs: Vec<std::net::SocketAddr> = match tokio::net::lookup_host(address).await {
        Ok(a) => a.collect(),
        Err(_) => {
            let host = address.rsplit_once(':').map(|(h, _)| h).unwrap_or(address);
            return Err(format!("dial tcp: lookup {host}: no such host"));
        }
    };
    let mut first = None;
    for addr in addrs {
        let attempt = tokio::time::timeout(
            Duration::from_secs(30),
            tokio::net::TcpStream::connect(addr),
        )
        .await;
        let why = match attempt {
            Ok(Ok(_)) => return Ok(()),
            Ok(Err(e)) => format!("connect: {}", crate::opts::oserror::describe(&e)),
            Err(_) => "i/o timeout".to_string(),
        };
        first.get_or_insert(format!("dial tcp {addr}: {why}"));
    }
    Err(first.unwrap_or_else(|| format!("dial tcp {address}: no address")))
}

/// The trust directories docker's Notary client makes for `gun` (all 0700).
fn make_trust_dirs(config_dir: &Path, gun: &str) {
    use std::os::unix::fs::DirBuilderExt;
    let trust = config_dir.join("trust");
    let tuf = trust.join("tuf").join(gun);
    for dir in [
        trust.join("private"),
        tuf.join("metadata"),
        tuf.join("changelist"),
    ] {
        let _ = std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir);
    }
}

/// What looking up (or publishing) `r`'s trust data ends with: docker's error when the server
/// is not a valid address or cannot be reached, and hvdock's refusal when it answers.
pub async fn unavailable(config_dir: &Path, r: &RepoRef) -> anyhow::Error {
    let fail = |m: String| CliError::message(m, 1);
    let server = match crate::engine::notary::server(&r.domain) {
        Ok(s) => s,
        Err(e) => {
            return fail(format!(
                "error establishing connection to trust repository: {e}"
            ))
        }
    };
    let gun = r.name();
    make_trust_dirs(config_dir, &gun);
    match dial(&dial_address(&server)).await {
        Err(e) => fail(format!("Error: error contacting notary server: {e}")),
        Ok(()) => fail(format!(
            "Error: cannot verify trust data for {gun}: hvdock has no Notary client (use --disable-content-trust)"
        )),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn dial_addresses_default_to_https_port() {
        assert_eq!(super::dial_address("https://127.0.0.1:1"), "127.0.0.1:1");
        assert_eq!(
            super::dial_address("https://notary.docker.io"),
            "notary.docker.io:443"
        );
        assert_eq!(super::dial_address("https://u@h/x?y"), "h:443");
        assert_eq!(super::dial_address("https://[::1]:4443/"), "[::1]:4443");
        assert_eq!(super::dial_address("https://[::1]"), "[::1]:443");
    }
}
