//! One byte stream to the daemon, whatever carries it: a unix socket, TCP, TLS over TCP, or the
//! stdio of `ssh ... docker system dial-stdio`.

use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpStream, UnixStream};
use tokio::process::{Child, ChildStdin, ChildStdout};
use tokio_rustls::client::TlsStream;
use tokio_rustls::rustls::pki_types::ServerName;
use tokio_rustls::rustls::ClientConfig;

use super::host::Host;
use crate::error::CliError;

pub enum Conn {
    Unix(UnixStream),
    Tcp(TcpStream),
    Tls(Box<TlsStream<TcpStream>>),
    Ssh {
        stdout: ChildStdout,
        stdin: ChildStdin,
        _child: Child,
    },
}

impl Conn {
    /// The socket itself, where the bytes are not transformed on the way (unix and plain TCP):
    /// data can then be moved to it inside the kernel.
    pub fn plain_fd(&self) -> Option<std::os::fd::BorrowedFd<'_>> {
        use std::os::fd::AsFd;
        match self {
            Conn::Unix(s) => Some(s.as_fd()),
            Conn::Tcp(s) => Some(s.as_fd()),
            Conn::Tls(_) | Conn::Ssh { .. } => None,
        }
    }
}

/// Opens a new connection to `host`. A refused or missing endpoint is [`CliError::Connect`] (docker's
/// "Cannot connect to the Docker daemon at ..."); other failures say "error during connect".
pub async fn open(host: &Host, tls: Option<&Arc<ClientConfig>>) -> io::Result<Conn> {
    let cannot = || {
        io::Error::other(CliError::Connect {
            host: host.to_string(),
        })
    };
    match host {
        Host::Unix(path) => UnixStream::connect(path).await.map(Conn::Unix).map_err(|e| {
            match e.kind() {
                io::ErrorKind::PermissionDenied => io::Error::other(CliError::Message {
                    message: format!(
                        "permission denied while trying to connect to the Docker daemon socket at {host}: dial unix {path}: connect: permission denied"
                    ),
                    code: crate::error::code::FAILURE,
                }),
                _ => cannot(),
            }
        }),
        Host::Tcp(h, port) => {
            let tcp = TcpStream::connect((h.as_str(), *port)).await.map_err(|e| match e.kind() {
                io::ErrorKind::ConnectionRefused
                | io::ErrorKind::TimedOut
                | io::ErrorKind::HostUnreachable
                | io::ErrorKind::NetworkUnreachable => cannot(),
                _ => io::Error::other(CliError::Message {
                    message: format!("error during connect: dial tcp {h}:{port}: {e}"),
                    code: crate::error::code::FAILURE,
                }),
            })?;
            let _ = tcp.set_nodelay(true);
            match tls {
                None => Ok(Conn::Tcp(tcp)),
                Some(cfg) => {
                    let name = ServerName::try_from(h.clone()).map_err(|e| {
                        io::Error::new(io::ErrorKind::InvalidInput, format!("invalid server name {h}: {e}"))
                    })?;
                    let stream = tokio_rustls::TlsConnector::from(cfg.clone())
                        .connect(name, tcp)
                        .await
                        .map_err(|e| {
                            io::Error::other(CliError::Message {
                                message: format!("error during connect: tls: {e}"),
                                code: crate::error::code::FAILURE,
                            })
                        })?;
                    Ok(Conn::Tls(Box::new(stream)))
                }
            }
        }
        Host::Ssh { destination, port } => {
            let mut cmd = tokio::process::Command::new("ssh");
            cmd.args(["-o", "ConnectTimeout=30", "-T"]);
            // docker's order: `-l USER`, `-p PORT`, `--`, the bare host name.
            let (user, host) = match destination.rsplit_once('@') {
                Some((u, h)) => (Some(u), h),
                None => (None, destination.as_str()),
            };
            if let Some(u) = user.filter(|u| !u.is_empty()) {
                cmd.args(["-l", u]);
            }
            if let Some(p) = port {
                cmd.args(["-p", &p.to_string()]);
            }
            let host = host
                .strip_prefix('[')
                .and_then(|h| h.strip_suffix(']'))
                .unwrap_or(host);
            cmd.args(["--", host, "docker", "system", "dial-stdio"])
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::piped())
                .kill_on_drop(true);
            let mut child = cmd.spawn().map_err(|e| {
                io::Error::other(CliError::Message {
                    message: format!("error during connect: starting ssh: {e}"),
                    code: crate::error::code::FAILURE,
                })
            })?;
            let stdout = child.stdout.take().ok_or_else(cannot)?;
            let stdin = child.stdin.take().ok_or_else(cannot)?;
            Ok(Conn::Ssh { stdout, stdin, _child: child })
        }
    }
}

impl AsyncRead for Conn {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Conn::Unix(s) => Pin::new(s).poll_read(cx, buf),
            Conn::Tcp(s) => Pin::new(s).poll_read(cx, buf),
            Conn::Tls(s) => Pin::new(s.as_mut()).poll_read(cx, buf),
            Conn::Ssh { stdout, .. } => Pin::new(stdout).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for Conn {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Conn::Unix(s) => Pin::new(s).poll_write(cx, buf),
            Conn::Tcp(s) => Pin::new(s).poll_write(cx, buf),
            Conn::Tls(s) => Pin::new(s.as_mut()).poll_write(cx, buf),
            Conn::Ssh { stdin, .. } => Pin::new(stdin).poll_write(cx, buf),
        }
    }

    /// Gathered writes (`writev`): hyper then queues a body chunk with its chunked-encoding
    /// framing instead of copying it into its own buffer.
    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Conn::Unix(s) => Pin::new(s).poll_write_vectored(cx, bufs),
            Conn::Tcp(s) => Pin::new(s).poll_write_vectored(cx, bufs),
            Conn::Tls(s) => Pin::new(s.as_mut()).poll_write_vectored(cx, bufs),
            Conn::Ssh { stdin, .. } => Pin::new(stdin).poll_write_vectored(cx, bufs),
        }
    }

    fn is_write_vectored(&self) -> bool {
        match self {
            Conn::Unix(s) => s.is_write_vectored(),
            Conn::Tcp(s) => s.is_write_vectored(),
            Conn::Tls(s) => s.is_write_vectored(),
            Conn::Ssh { stdin, .. } => stdin.is_write_vectored(),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Conn::Unix(s) => Pin::new(s).poll_flush(cx),
            Conn::Tcp(s) => Pin::new(s).poll_flush(cx),
            Conn::Tls(s) => Pin::new(s.as_mut()).poll_flush(cx),
            Conn::Ssh { stdin, .. } => Pin::new(stdin).poll_flush(cx),
        }
    }

    /// Half-closes the write side: the daemon sees EOF on stdin, output keeps flowing.
    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Conn::Unix(s) => Pin::new(s).poll_shutdown(cx),
            Conn::Tcp(s) => Pin::new(s).poll_shutdown(cx),
            Conn::Tls(s) => Pin::new(s.as_mut()).poll_shutdown(cx),
            Conn::Ssh { stdin, .. } => Pin::new(stdin).poll_shutdown(cx),
        }
    }
}
