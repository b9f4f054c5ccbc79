//! How long hvdock waits for the daemon.
//!
//! docker's client waits forever, so a daemon that accepts connections but never answers hangs
//! every command. hvdock bounds what should be quick: connecting (and the TLS handshake), and for
//! ordinary requests the whole exchange, body included (a daemon that stalls half-way through an
//! answer is cut off too; see `raw::request`). Calls that legitimately take
//! long are not bounded: streams (`attach`, `exec` start, `logs -f`, `events`, `stats`, `pull`,
//! `push`, `build`, `load`, `save`, `export`, `cp`), `wait`, `commit`, prunes and `system df`;
//! `stop`/`restart` get their `-t` on top of the budget (none when `-t` is absent or negative,
//! since the container's own stop timeout then applies).
//!
//! `HVDOCK_TIMEOUT` sets the budget: seconds (`30`) or a Go duration (`1m30s`, `500ms`); `0`
//! turns the bound off. The default is [`DEFAULT`].

use std::time::Duration;

use super::host::Host;
use crate::error::CliError;

/// The budget when `HVDOCK_TIMEOUT` is unset.
pub const DEFAULT: Duration = Duration::from_secs(60);

/// The configured budget; `None` when turned off with `HVDOCK_TIMEOUT=0`.
pub fn configured() -> Option<Duration> {
    match std::env::var("HVDOCK_TIMEOUT") {
        Ok(v) if !v.trim().is_empty() => match parse(v.trim()) {
            Some(d) if d.is_zero() => None,
            Some(d) => Some(d),
            None => Some(DEFAULT),
        },
        _ => Some(DEFAULT),
    }
}

/// `30`, `30s`, `1m30s`, `500ms`, `1.5h`.
fn parse(s: &str) -> Option<Duration> {
    if let Ok(secs) = s.parse::<f64>() {
        return (secs.is_finite() && secs >= 0.0).then(|| Duration::from_secs_f64(secs.min(1e9)));
    }
    let mut total = 0f64;
    let mut rest = s;
    while !rest.is_empty() {
        let num_end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        let value: f64 = rest[..num_end].parse().ok()?;
        rest = &rest[num_end..];
        let unit_end = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let scale = match &rest[..unit_end] {
            "ns" => 1e-9,
            "us" | "µs" => 1e-6,
            "ms" => 1e-3,
            "s" => 1.0,
            "m" => 60.0,
            "h" => 3600.0,
            _ => return None,
        };
        total += value * scale;
        rest = &rest[unit_end..];
    }
    (total.is_finite() && total >= 0.0).then(|| Duration::from_secs_f64(total.min(1e9)))
}

/// How long to wait for the response headers of `method path_and_query` (the path with or
/// without its `/v1.xx` prefix); `None`: no bound.
pub fn budget(method: &http::Method, path_and_query: &str) -> Option<Duration> {
    let base = configured()?;
    let (path, query) = path_and_query
        .split_once('?')
        .unwrap_or((path_and_query, ""));
    let path = match path.strip_prefix("/v") {
        Some(rest) if rest.starts_with(|c: char| c.is_ascii_digit()) => {
            rest.find('/').map(|i| &rest[i..]).unwrap_or("/")
        }
        _ => path,
    };
    let param = |name: &str| {
        query
            .split('&')
            .filter_map(|kv| kv.split_once('=').or(Some((kv, ""))))
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v)
    };
    let truthy = |v: Option<&str>| matches!(v, Some("1" | "true" | "True" | "TRUE"));
    let segs: Vec<&str> = path.trim_matches('/').split('/').collect();
    let first = segs.first().copied().unwrap_or("");
    let last = segs.last().copied().unwrap_or("");
    let streaming = match (first, last) {
        ("events" | "build" | "session" | "grpc" | "commit", _) => true,
        (_, "prune") => true,
        ("system", "df") => true,
        ("images", "create" | "load" | "get" | "push") => true,
        ("containers", "wait" | "attach" | "ws" | "export" | "archive") => true,
        ("containers", "logs") => truthy(param("follow")),
        ("containers", "stats") => !matches!(param("stream"), Some("0" | "false" | "False")),
        ("exec", "start") => true,
        _ => false,
    };
    if streaming {
        return None;
    }
    if first == "containers" && matches!(last, "stop" | "restart") && *method == http::Method::POST
    {
        let t = param("t").or_else(|| param("timeout"))?;
        let t: i64 = t.parse().ok()?;
        if t < 0 {
            return None;
        }
        return Some(base + Duration::from_secs(t as u64));
    }
    Some(base)
}

/// The error for a daemon that did not answer in time.
pub fn expired(host: &Host, what: &str, after: Duration) -> CliError {
    CliError::Message {
        message: format!(
            "error during connect: {what}: the Docker daemon at {host} did not answer within {} (set HVDOCK_TIMEOUT to wait longer, or 0 to wait forever)",
            human(after)
        ),
        code: crate::error::code::FAILURE,
    }
}

fn human(d: Duration) -> String {
    let ms = d.as_millis();
    if ms.is_multiple_of(1000) {
        format!("{}s", ms / 1000)
    } else {
        format!("{:.1}s", d.as_secs_f64())
    }
}

/// Sends `req` on `client`, bounded by [`budget`].
pub async fn send(
    client: &super::transport::HttpClient,
    host: &Host,
    req: http::Request<super::transport::Body>,
) -> Result<http::Response<hyper::body::Incoming>, bollard::errors::Error> {
    let pq = req
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_string())
        .unwrap_or_default();
    let what = format!("{} {}", req.method(), pq.split('?').next().unwrap_or(""));
    let Some(limit) = budget(req.method(), &pq) else {
        return client.request(req).await.map_err(|e| failed(e, &what));
    };
    match tokio::time::timeout(limit, client.request(req)).await {
        Ok(res) => res.map_err(|e| failed(e, &what)),
        Err(_) => Err(bollard::errors::Error::IOError {
            err: std::io::Error::other(expired(host, &what, limit)),
        }),
    }
}

/// A request that failed on the wire. Our own errors (cannot connect, connect timeout) keep their
/// wording; anything else says which request failed and why, at the root ("connection closed
/// before message completed") rather than hyper's "client error (SendRequest)".
fn failed(e: hyper_util::client::legacy::Error, what: &str) -> bollard::errors::Error {
    let mut src: Option<&(dyn std::error::Error + 'static)> = Some(&e);
    let mut root = e.to_string();
    while let Some(err) = src {
        let ours = err
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
            .is_some_and(|i| i.is::<CliError>());
        if ours {
            return super::transport::transport_error(e);
        }
        root = err.to_string();
        src = err.source();
    }
    bollard::errors::Error::IOError {
        err: std::io::Error::other(CliError::Message {
            message: format!("error during connect: {what}: {root}"),
            code: crate::error::code::FAILURE,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::Method;

    #[test]
    fn durations() {
        assert_eq!(parse("2"), Some(Duration::from_secs(2)));
        assert_eq!(parse("1.5"), Some(Duration::from_millis(1500)));
        assert_eq!(parse("1m30s"), Some(Duration::from_secs(90)));
        assert_eq!(parse("500ms"), Some(Duration::from_millis(500)));
        assert_eq!(parse("x"), None);
        assert_eq!(parse("-1"), None);
    }

    #[test]
    fn streaming_and_long_calls_are_not_bounded() {
        // (reads HVDOCK_TIMEOUT; the test environment leaves it unset)
        let base = configured();
        for (m, p) in [
            (
                Method::POST,
                "/v1.41/containers/abc/wait?condition=next-exit",
            ),
            (Method::POST, "/containers/abc/attach?stream=1&stdin=1"),
            (Method::GET, "/v1.41/containers/abc/logs?follow=1&stdout=1"),
            (Method::GET, "/v1.41/events"),
            (
                Method::POST,
                "/v1.41/images/create?fromImage=busybox&tag=latest",
            ),
            (Method::POST, "/v1.41/images/x/push?tag=y"),
            (Method::POST, "/v1.41/exec/abc/start"),
            (Method::GET, "/v1.41/containers/abc/stats"),
            (Method::POST, "/v1.41/commit?container=abc"),
            (Method::POST, "/v1.41/containers/prune"),
            (Method::POST, "/v1.41/containers/abc/stop"),
            (Method::POST, "/v1.41/containers/abc/stop?t=-1"),
        ] {
            assert_eq!(budget(&m, p), None, "{m} {p}");
        }
        for (m, p) in [
            (Method::GET, "/_ping"),
            (Method::GET, "/v1.41/version"),
            (Method::GET, "/v1.41/containers/json?all=1"),
            (Method::GET, "/v1.41/containers/abc/logs?stdout=1"),
            (Method::GET, "/v1.41/containers/abc/stats?stream=0"),
            (Method::POST, "/v1.41/containers/create?name=x"),
            (Method::DELETE, "/v1.41/containers/abc?force=1"),
        ] {
            assert_eq!(budget(&m, p), base, "{m} {p}");
        }
        assert_eq!(
            budget(&Method::POST, "/v1.41/containers/abc/stop?t=30"),
            base.map(|b| b + Duration::from_secs(30))
        );
    }
}
