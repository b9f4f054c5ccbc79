//! What docker's notary client does before it has trust data: choose the trust server for a
//! registry (`trust.Server`), ping `/v2/` (its failure ignored, as docker works offline), then
//! ask for the repository's `root.json`. hvdock has no TUF client: a server that cannot be
//! reached, or refuses (404, 401, 5xx), gets docker's messages; one that sends trust data is
//! past what hvdock can do.

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
    /// It answered `root.json` with this HTTP status; `host` is the server's (notary's
    /// `Location()`).
    Answered { status: u16, host: String },
}

/// What notary's client makes of a status that is not trust data.
pub enum Refusal {
    /// 404: notary's `ErrRepositoryNotExist`.
    NotExist(String),
    /// 401 and 5xx (every status but 200, 400, 404): notary's `ErrServerUnavailable`.
    Unavailable(String),
}

/// notary's `translateStatusToError` for `root.json`, as its client reports it; `None` for a
/// 200 or 400, which need a TUF client to go on.
pub fn refusal(status: u16, host: &str, gun: &str) -> Option<Refusal> {
    match status {
        200 | 400 => None,
        404 => Some(Refusal::NotExist(format!(
            "{host} does not have trust data for {gun}"
        ))),
        401 => Some(Refusal::Unavailable(
            "you are not authorized to perform this operation: server returned 401.".into(),
        )),
        s => Some(Refusal::Unavailable(format!(
            "unable to reach trust server at this time: {s}."
        ))),
    }
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
    let host = target.host.clone();
    let ping = ApiPath::new("/v2/");
    let _ = tokio::time::timeout(PING_TIMEOUT, send(&target, Method::GET, &ping, &[], None)).await;
    let root = ApiPath::new("/v2").seg(gun).lit("/_trust/tuf/root.json");
    match send(&target, Method::GET, &root, &[], None).await {
        Ok(answer) => Contact::Answered {
            status: answer.status,
            host,
        },
        // notary's transport is a bare RoundTrip: Go's "HTTP response to HTTPS client" hint,
        // which only http.Client adds, is not there.
        Err(f) if f.http_to_https => {
            Contact::Unreachable("tls: first record does not look like a TLS handshake".into())
        }
        Err(f) => Contact::Unreachable(f.cause),
    }
}
