//! The HTTP transport under bollard: our own connector (unix, TCP, TLS, ssh) and a request hook
//! that puts the negotiated API version into every path.
//!
//! bollard 0.21 builds `scheme://addr/v1.xx` and then joins an absolute path onto it, which drops
//! the version (its issue #736): every request would go out unversioned and the daemon would
//! answer with its newest API. Handing bollard a custom transport lets us rewrite the path to
//! `/v<negotiated>/...` the way docker's client does.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::{Arc, OnceLock};
use std::task::{Context, Poll};

use bytes::Bytes;
use http_body_util::{Either, Full, StreamBody};
use hyper::body::Frame;
use hyper_util::client::legacy::connect::{Connected, Connection};
use hyper_util::client::legacy::Client;
use hyper_util::rt::{TokioExecutor, TokioIo};
use tokio_rustls::rustls::ClientConfig;

use super::conn::{self, Conn};
use super::host::Host;
use crate::error::CliError;

/// bollard's request body type (`bollard::BollardRequest = Request<Body>`).
pub type Body = Either<
    Full<Bytes>,
    StreamBody<Pin<Box<dyn futures_util::Stream<Item = Result<Frame<Bytes>, io::Error>> + Send>>>,
>;

pub struct Io(TokioIo<Conn>);

impl hyper::rt::Read for Io {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: hyper::rt::ReadBufCursor<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_read(cx, buf)
    }
}

impl hyper::rt::Write for Io {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.0).poll_write(cx, buf)
    }
    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.0).poll_write_vectored(cx, bufs)
    }
    fn is_write_vectored(&self) -> bool {
        hyper::rt::Write::is_write_vectored(&self.0)
    }
    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_flush(cx)
    }
    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_shutdown(cx)
    }
}

impl Connection for Io {
    fn connected(&self) -> Connected {
        Connected::new()
    }
}

#[derive(Clone)]
pub struct Connector {
    pub host: Arc<Host>,
    pub tls: Option<Arc<ClientConfig>>,
}

impl Connector {
    /// Connects (and completes the TLS handshake) within the configured timeout.
    pub async fn open(&self) -> io::Result<Conn> {
        let connect = conn::open(&self.host, self.tls.as_ref());
        let Some(limit) = super::timeout::configured() else {
            return connect.await;
        };
        match tokio::time::timeout(limit, connect).await {
            Ok(res) => res,
            Err(_) => Err(io::Error::other(super::timeout::expired(
                &self.host, "connect", limit,
            ))),
        }
    }
}

impl tower_service::Service<http::Uri> for Connector {
    type Response = Io;
    type Error = io::Error;
    type Future = Pin<Box<dyn Future<Output = io::Result<Io>> + Send>>;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, _uri: http::Uri) -> Self::Future {
        let this = self.clone();
        Box::pin(async move { this.open().await.map(|c| Io(TokioIo::new(c))) })
    }
}

pub type HttpClient = Client<Connector, Body>;

pub fn http_client(connector: Connector) -> HttpClient {
    Client::builder(TokioExecutor::new())
        .pool_max_idle_per_host(8)
        .build(connector)
}

/// The API version to put in paths, set once negotiation is done.
pub type Version = Arc<OnceLock<String>>;

/// Prefixes `/v<version>` to the request path unless it already has one or is `/_ping`.
pub fn versioned(
    mut req: http::Request<Body>,
    version: &Version,
    debug: bool,
) -> http::Request<Body> {
    if let Some(v) = version.get() {
        let pq = req
            .uri()
            .path_and_query()
            .map(|p| p.as_str())
            .unwrap_or("/");
        if !pq.starts_with("/_ping") {
            let reads = super::path::reads(req.method().as_str());
            let new = if pq.starts_with("/v1.") {
                super::path::wire_path(pq, reads)
            } else {
                super::path::wire_path(&format!("/v{v}{pq}"), reads)
            };
            let mut parts = req.uri().clone().into_parts();
            if let Ok(p) = new.parse() {
                parts.path_and_query = Some(p);
                if let Ok(uri) = http::Uri::from_parts(parts) {
                    *req.uri_mut() = uri;
                }
            }
        }
    }
    if debug {
        let auth = if req.headers().contains_key("x-registry-auth") {
            " X-Registry-Auth: <redacted>"
        } else {
            ""
        };
        eprintln!(
            "DEBU[0000] {} {}{auth}",
            req.method(),
            req.uri()
                .path_and_query()
                .map(|p| p.as_str())
                .unwrap_or("/")
        );
    }
    req
}

/// Turns a transport failure into bollard's error, keeping our [`CliError`] findable.
pub fn transport_error(e: hyper_util::client::legacy::Error) -> bollard::errors::Error {
    let mut src: Option<&(dyn std::error::Error + 'static)> = Some(&e);
    while let Some(err) = src {
        if let Some(io) = err.downcast_ref::<io::Error>() {
            if let Some(cli) = io.get_ref().and_then(|i| i.downcast_ref::<CliError>()) {
                let copy = match cli {
                    CliError::Connect { host } => CliError::Connect { host: host.clone() },
                    other => CliError::Message {
                        message: other.to_string(),
                        code: other.code(),
                    },
                };
                return bollard::errors::Error::IOError {
                    err: io::Error::other(copy),
                };
            }
        }
        src = err.source();
    }
    bollard::errors::Error::IOError {
        err: io::Error::other(CliError::Message {
            message: format!("error during connect: {e}"),
            code: crate::error::code::FAILURE,
        }),
    }
}
