//! One HTTP exchange with a registry, as docker's Go transport makes it: a fresh connection per
//! request (docker disables keep-alives), TLS verified or not, and Go's wording for the failures
//! docker prints (`Get "https://h/v2/": dial tcp h: connect: connection refused`).

use std::io;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http::{HeaderMap, Method};
use http_body_util::{BodyExt, Full, Limited};
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio_rustls::rustls::pki_types::ServerName;

use crate::engine::context::TlsFiles;
use crate::engine::endpoint::Tls;
use crate::engine::ApiPath;

/// Manifests are at most 4 MiB in distribution; configs and error bodies are smaller.
const BODY_LIMIT: usize = 16 << 20;
/// Go's dialer timeout in docker's registry transport.
const DIAL_TIMEOUT: Duration = Duration::from_secs(30);

/// Where a request goes: `http` or `https` (verified or not) to `host[:port]`.
#[derive(Debug, Clone)]
pub struct Target {
    pub https: bool,
    pub skip_verify: bool,
    pub host: String,
}

impl Target {
    pub fn url(&self, path: &str) -> String {
        let scheme = if self.https { "https" } else { "http" };
        format!("{scheme}://{}{path}", self.host)
    }
}

pub struct Answer {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }
}

/// A failed exchange: Go's `url.Error` text, and whether it was a plain-HTTP answer to TLS.
#[derive(Debug)]
pub struct Failure {
    pub text: String,
    /// The cause alone, without `Get "URL": ` (what a bare `RoundTrip` reports).
    pub cause: String,
    pub http_to_https: bool,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl std::error::Error for Failure {}

trait Stream: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Stream for T {}

/// Go's `Method.String()` as `url.Error` prints it (`Get`, `Put`, ...).
pub(super) fn go_method(m: &Method) -> String {
    let s = m.as_str();
    let mut out = s[..1].to_string();
    out.push_str(&s[1..].to_lowercase());
    out
}

/// The text Go's net package gives a failed dial.
fn dial_text(host: &str, e: &io::Error) -> String {
    let cause = match e.raw_os_error() {
        Some(libc::ECONNREFUSED) => "connection refused".to_string(),
        Some(libc::ENETUNREACH) => "network is unreachable".to_string(),
        Some(libc::EHOSTUNREACH) => "no route to host".to_string(),
        _ if e.kind() == io::ErrorKind::TimedOut => "i/o timeout".to_string(),
        _ => e.to_string(),
    };
    format!("dial tcp {host}: connect: {cause}")
}

/// ` on <nameserver>:53`, as Go's resolver names the server that said "no such host" (the
/// first of /etc/resolv.conf; nothing when there is none).
fn resolver() -> String {
    let conf = std::fs::read_to_string("/etc/resolv.conf").unwrap_or_default();
    conf.lines()
        .filter_map(|l| l.trim().strip_prefix("nameserver"))
        .filter_map(|ip| ip.trim().parse::<std::net::IpAddr>().ok())
        .next()
        .map(|ip| format!(" on {}", std::net::SocketAddr::new(ip, 53)))
        .unwrap_or_default()
}

async fn connect(t: &Target) -> Result<Box<dyn Stream>, (String, bool)> {
    let has_port = t.host.rsplit_once(':').is_some_and(|(h, p)| {
        !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()) && !h.ends_with(':')
    });
    let address = if has_port {
        t.host.clone()
    } else {
        format!("{}:{}", t.host, if t.https { 443 } else { 80 })
    };
    let addrs: Vec<std::net::SocketAddr> = match tokio::net::lookup_host(&address).await {
        Ok(a) => a.collect(),
        Err(_) => {
            let name = t.host.rsplit_once(':').map_or(t.host.as_str(), |(h, _)| h);
            return Err((
                format!("dial tcp: lookup {name}{}: no such host", resolver()),
                false,
            ));
        }
    };
    let mut last = None;
    let mut tcp = None;
    for a in &addrs {
        match tokio::time::timeout(DIAL_TIMEOUT, TcpStream::connect(a)).await {
            Ok(Ok(s)) => {
                tcp = Some(s);
                break;
            }
            Ok(Err(e)) => last = Some(dial_text(&a.to_string(), &e)),
            Err(_) => last = Some(format!("dial tcp {a}: i/o timeout")),
        }
    }
    let Some(tcp) = tcp else {
        return Err((last.unwrap_or_else(|| "dial tcp: no address".into()), false));
    };
    if !t.https {
        return Ok(Box::new(tcp));
    }
    let config = super::super::tls::client_config(&Tls {
        files: TlsFiles::default(),
        verify: !t.skip_verify,
    })
    .map_err(|e| (e, false))?;
    let name = if has_port {
        t.host.rsplit_once(':').map_or(t.host.as_str(), |(h, _)| h)
    } else {
        t.host.as_str()
    };
    let name = name.trim_start_matches('[').trim_end_matches(']');
    let server = ServerName::try_from(name.to_string()).map_err(|e| (e.to_string(), false))?;
    let tls = tokio_rustls::TlsConnector::from(Arc::clone(&config));
    match tls.connect(server, tcp).await {
        Ok(s) => Ok(Box::new(s)),
        Err(e) => {
            let plain = e
                .get_ref()
                .and_then(|i| i.downcast_ref::<tokio_rustls::rustls::Error>())
                .is_some_and(|r| {
                    matches!(
                        r,
                        tokio_rustls::rustls::Error::InvalidMessage(
                            tokio_rustls::rustls::InvalidMessage::InvalidContentType
                        )
                    )
                });
            if plain {
                Err((
                    "http: server gave HTTP response to HTTPS client".into(),
                    true,
                ))
            } else {
                Err((format!("tls: {e}"), false))
            }
        }
    }
}

/// Sends one request and reads the whole answer (bounded).
pub async fn send(
    t: &Target,
    method: Method,
    path: &ApiPath,
    headers: &[(&str, String)],
    body: Option<(&str, Vec<u8>)>,
) -> Result<Answer, Failure> {
    let url = t.url(path.as_str());
    let fail = |text: String, http_to_https: bool| Failure {
        text: format!("{} \"{url}\": {text}", go_method(&method)),
        cause: text,
        http_to_https,
    };
    let stream = connect(t).await.map_err(|(e, p)| fail(e, p))?;
    let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .map_err(|e| fail(e.to_string(), false))?;
    tokio::spawn(conn);
    let mut req = http::Request::builder()
        .method(method.clone())
        .uri(path.as_str())
        .header("Host", &t.host)
        .header("User-Agent", crate::engine::registry::USER_AGENT);
    for (k, v) in headers {
        req = req.header(*k, v);
    }
    let payload = match body {
        Some((content_type, bytes)) => {
            req = req.header("Content-Type", content_type);
            Bytes::from(bytes)
        }
        None => Bytes::new(),
    };
    let req = req
        .body(Full::new(payload))
        .map_err(|e| fail(e.to_string(), false))?;
    let resp = sender
        .send_request(req)
        .await
        .map_err(|e| fail(e.to_string(), false))?;
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    let body = Limited::new(resp.into_body(), BODY_LIMIT)
        .collect()
        .await
        .map_err(|e| fail(e.to_string(), false))?
        .to_bytes()
        .to_vec();
    Ok(Answer {
        status,
        headers,
        body,
    })
}
