//! What docker's notary client does before it has trust data: choose the trust server for a
//! registry (`trust.Server`), ping `/v2/` (its failure ignored, as docker works offline), then
//! ask for the repository's `root.json`. hvdock has no TUF client: a server that answers gets
//! [`Contact::Answered`], and only the failures to reach one are docker's own messages.

use std::time::Duration;

use http::Method;

use super::registry::http::{send, Target};
use super::ApiPath;

/// docker's Notary server for Docker Hub.
pub const HUB_NOTARY: &str = "https://notary.docker.io";
/// docker's ping client gives up after this long.
const PING_TIMEOUT: Duration = Duration::from_secs(5);

/// docker's `trust.Server`: `DOCKER_CONTENT_TRUST_SERVER` (an https URL), else Docker Hub's
/// notary for `docker.io`, else `https://<registry>`.
pub fn server(domain: &str) -> Result<String, String> {
    if let Some(s) = std::env::var("DOCKER_CONTENT_TRUST_SERVER")
        .ok()
        .filter(|s| !s.is_empty())
    {
        let scheme = s
            .split_once(':')
            .map(|(scheme, _)| scheme.to_ascii_lowercase());
        if scheme.as_deref() != Some("https") {
            return Err(format!(
                "valid https URL required for trust server, got {s}"
            ));
        }
        return Ok(s);
    }
    Ok(match domain {
        "docker.io" => HUB_NOTARY.to_string(),
        d => format!("https://{d}"),
    })
}

/// How the first exchange with a trust server went.
pub enum Contact {
    /// It could not be reached: the cause as notary's `NetworkError` reports it
    /// (`dial tcp 127.0.0.1:1: connect: connection refused`).
    Unreachable(String),
    /// It answered `root.json` with this HTTP status: past what hvdock can do without TUF.
    Answered(u16),
}

/// The server's host, as Go's `url.Parse` gives it (`http: no Host in request URL` when none).
fn host(server: &str) -> Result<String, String> {
    let rest = server.split_once("://").map(|(_, r)| r).unwrap_or_default();
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    if host.is_empty() {
        return Err("http: no Host in request URL".into());
    }
    Ok(host.to_string())
}

/// The ping and the `root.json` request of repository `gun` on `server`; TLS unverified for a
/// registry docker counts as insecure (a loopback one).
pub async fn contact(server: &str, gun: &str, skip_verify: bool) -> Contact {
    let target = match host(server) {
        Ok(host) => Target {
            https: true,
            skip_verify,
            host,
        },
        Err(e) => return Contact::Unreachable(e),
    };
    let ping = ApiPath::new("/v2/");
    let _ = tokio::time::timeout(PING_TIMEOUT, send(&target, Method::GET, &ping, &[], None)).await;
    let root = ApiPath::new("/v2").seg(gun).lit("/_trust/tuf/root.json");
    match send(&target, Method::GET, &root, &[], None).await {
        Ok(answer) => Contact::Answered(answer.status),
        // notary's transport is a bare RoundTrip: Go's "HTTP response to HTTPS client" hint,
        // which only http.Client adds, is not there.
        Err(f) if f.http_to_https => {
            Contact::Unreachable("tls: first record does not look like a TLS handshake".into())
        }
        Err(f) => Contact::Unreachable(f.cause),
    }
}
