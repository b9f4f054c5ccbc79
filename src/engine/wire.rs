//! HTTP/1.1 spoken by hand over a fresh connection, for streams where a general client's
//! per-chunk work would dominate: hijacked attach/exec (raw bytes after the response head) and
//! long bodies read a buffer at a time (`logs`, where the daemon sends a chunk per log line).

use std::fs::File;
use std::io::Read;
use std::os::fd::{AsRawFd, OwnedFd};

use anyhow::Result;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::chunked::Chunked;
use super::conn::Conn;
use super::{ApiPath, Engine};
use crate::error::CliError;

/// How much a body read asks the connection for at once.
const READ_SIZE: usize = 256 * 1024;

/// A sent request and the daemon's response head; `pending` holds what arrived after the head.
pub struct Exchange {
    pub status: u16,
    head: String,
    pub conn: Conn,
    pub pending: Vec<u8>,
}

/// Opens a new connection and sends `method path` (versioned) with `headers` (each ending in
/// CRLF) and `body`, then reads the response head.
pub async fn exchange(
    engine: &Engine,
    method: &str,
    path: &ApiPath,
    headers: &str,
    body: &[u8],
) -> Result<Exchange> {
    let mut conn = open(engine).await?;
    write_head(engine, &mut conn, method, path, headers, body.len() as u64).await?;
    conn.write_all(body).await?;
    conn.flush().await?;
    read_head(conn).await
}

/// A new connection to the daemon, the API version negotiated first.
pub async fn open(engine: &Engine) -> Result<Conn> {
    engine.api().await?;
    engine
        .connector()
        .open()
        .await
        .map_err(|e| anyhow::Error::from(bollard::errors::Error::IOError { err: e }))
}

/// Sends the head of `method path` (versioned) with `headers` (each ending in CRLF) and a body
/// of `length` bytes, which the caller then writes.
pub async fn write_head(
    engine: &Engine,
    conn: &mut Conn,
    method: &str,
    path: &ApiPath,
    headers: &str,
    length: u64,
) -> Result<()> {
    let version = engine.api_version().unwrap_or(super::MAX_API_VERSION);
    let path = super::path::wire_path(&format!("/v{version}{path}"), super::path::reads(method));
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: docker\r\nUser-Agent: hvdock/{}\r\n{headers}Content-Length: {length}\r\n\r\n",
        env!("CARGO_PKG_VERSION"),
    );
    if engine.debug {
        eprintln!("DEBU[0000] {method} {path}");
    }
    conn.write_all(head.as_bytes()).await?;
    conn.flush().await?;
    Ok(())
}

/// Reads the response head from `conn`.
pub async fn read_head(mut conn: Conn) -> Result<Exchange> {
    let mut buf = Vec::with_capacity(4096);
    let mut chunk = [0u8; 4096];
    let end = loop {
        if let Some(i) = find(&buf, b"\r\n\r\n") {
            break i + 4;
        }
        if buf.len() > 64 * 1024 {
            anyhow::bail!("error during connect: response header too large");
        }
        let n = conn.read(&mut chunk).await?;
        if n == 0 {
            anyhow::bail!("error during connect: the daemon closed the connection");
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..end]).into_owned();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Ok(Exchange {
        status,
        head,
        conn,
        pending: buf[end..].to_vec(),
    })
}

impl Exchange {
    /// A response header's value (the first of that name).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().skip(1).find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.trim().eq_ignore_ascii_case(name).then(|| v.trim())
        })
    }

    pub fn success(&self) -> bool {
        (200..300).contains(&self.status)
    }

    /// The body, framed as the head says (chunked, a length, or up to the close); a 204 or 304
    /// answer, or a length of 0, has none (nothing is read: the daemon keeps the connection).
    pub fn body(self) -> Body {
        let framing = if matches!(self.status, 204 | 304) {
            Framing::Length(0)
        } else if self
            .header("transfer-encoding")
            .is_some_and(|v| v.eq_ignore_ascii_case("chunked"))
        {
            Framing::Chunked(Chunked::new())
        } else if let Some(n) = self.header("content-length").and_then(|v| v.parse().ok()) {
            Framing::Length(n)
        } else {
            Framing::Close
        };
        let ended = matches!(framing, Framing::Length(0));
        Body {
            conn: Some(self.conn),
            sock: None,
            pending: self.pending,
            framing,
            buf: Vec::new(),
            ended,
            flowing: false,
        }
    }

    /// An error answer as docker reports it: the daemon's message, with the status.
    pub async fn into_error(self) -> anyhow::Error {
        let status = self.status;
        let bytes = self.body().collect().await.unwrap_or_default();
        let message = super::raw::daemon_message(&bytes);
        CliError::Daemon { status, message }.into()
    }
}

enum Framing {
    Chunked(Chunked),
    Length(u64),
    Close,
}

/// A response body read straight from the connection.
pub struct Body {
    /// The connection, while the runtime reads it.
    conn: Option<Conn>,
    /// The socket, once moved off the runtime for [`Body::read_batched`].
    sock: Option<File>,
    pending: Vec<u8>,
    framing: Framing,
    buf: Vec<u8>,
    ended: bool,
    /// The last batched read found data: pause before the next one.
    flowing: bool,
}

/// A plain socket (unix, TCP) taken off the runtime, still non-blocking, for [`batched_read`] on a
/// thread of its own; TLS and ssh connections come back unchanged (`Err`).
pub fn off_runtime(conn: Conn) -> Result<std::io::Result<File>, Box<Conn>> {
    let fd: std::io::Result<OwnedFd> = match conn {
        Conn::Unix(s) => s.into_std().map(OwnedFd::from),
        Conn::Tcp(s) => s.into_std().map(OwnedFd::from),
        other => return Err(Box::new(other)),
    };
    Ok(fd.map(File::from))
}

/// How long a batched read lets the daemon's writes gather (see [`Body::read_batched`]).
const BATCH_PAUSE: std::time::Duration = std::time::Duration::from_millis(1);

/// One read of a non-blocking socket in batches: after a read that found data (`flowing`), first
/// sleep a moment so that what the daemon writes meanwhile is taken in one read. A reader waiting
/// on the socket is woken for every write the daemon makes — one per log line, one per chunk of
/// container output — and those wake-ups, not the bytes, are most of what reading costs; a
/// millisecond of latency removes them. With nothing to read, it waits on the socket as usual.
/// Returns the bytes read into `buf` and whether the peer closed.
pub fn batched_read(
    sock: &mut File,
    buf: &mut [u8],
    flowing: &mut bool,
) -> std::io::Result<(usize, bool)> {
    if *flowing {
        std::thread::sleep(BATCH_PAUSE);
    }
    let mut n = 0;
    let mut eof = false;
    while n < buf.len() {
        match sock.read(&mut buf[n..]) {
            Ok(0) => {
                eof = true;
                break;
            }
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                if n > 0 {
                    break;
                }
                let mut pfd = libc::pollfd {
                    fd: sock.as_raw_fd(),
                    events: libc::POLLIN,
                    revents: 0,
                };
                // SAFETY: one pollfd, valid for the call.
                unsafe { libc::poll(&mut pfd, 1, -1) };
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    *flowing = n > 0 && !eof;
    Ok((n, eof))
}

/// Hands `input` to `out` as the framing says; `true` once the body has ended.
fn deliver(
    framing: &mut Framing,
    input: &[u8],
    out: &mut impl FnMut(&[u8]) -> Result<()>,
) -> Result<bool> {
    Ok(match framing {
        Framing::Close => {
            out(input)?;
            false
        }
        Framing::Length(left) => {
            let take = (*left).min(input.len() as u64) as usize;
            out(&input[..take])?;
            *left -= take as u64;
            *left == 0
        }
        Framing::Chunked(dec) => dec.feed(input, out)?,
    })
}

impl Body {
    /// Waits for data, then hands every body byte that has arrived to `out` (in one or more
    /// slices). `Ok(false)` once the body has ended. Errors of the connection and the framing
    /// are bare ("unexpected EOF"): the caller says what it was reading.
    pub async fn read(&mut self, out: &mut impl FnMut(&[u8]) -> Result<()>) -> Result<bool> {
        if let Some(more) = self.before_read(out)? {
            return Ok(more);
        }
        let Some(conn) = self.conn.as_mut() else {
            anyhow::bail!("the connection was moved off the runtime");
        };
        let n = conn.read(&mut self.buf).await?;
        self.after_read(n, out)
    }

    /// Moves a plain socket (unix, TCP) off the runtime, for [`Body::read_batched`] on a thread
    /// of its own. `false`, and nothing changed, for TLS and ssh.
    pub fn detach_from_runtime(&mut self) -> Result<bool> {
        match self.conn.take().map(off_runtime) {
            Some(Ok(sock)) => {
                self.sock = Some(sock?);
                Ok(true)
            }
            Some(Err(conn)) => {
                self.conn = Some(*conn);
                Ok(false)
            }
            None => Ok(false),
        }
    }

    /// [`Body::read`], blocking, in batches (see [`batched_read`]).
    pub fn read_batched(&mut self, out: &mut impl FnMut(&[u8]) -> Result<()>) -> Result<bool> {
        if let Some(more) = self.before_read(out)? {
            return Ok(more);
        }
        let Some(sock) = self.sock.as_mut() else {
            anyhow::bail!("the connection is still on the runtime");
        };
        let (n, eof) = batched_read(sock, &mut self.buf, &mut self.flowing)?;
        if n > 0 {
            let input = &self.buf[..n];
            self.ended = deliver(&mut self.framing, input, out)?;
        }
        if eof && !self.ended {
            return self.after_read(0, out);
        }
        Ok(!self.ended)
    }

    /// What a read does before touching the connection: nothing more once the body ended, the
    /// bytes that came with the head first (`Some(more)` in both cases); else the buffer is ready.
    fn before_read(&mut self, out: &mut impl FnMut(&[u8]) -> Result<()>) -> Result<Option<bool>> {
        if self.ended {
            return Ok(Some(false));
        }
        if !self.pending.is_empty() {
            let pending = std::mem::take(&mut self.pending);
            self.ended = deliver(&mut self.framing, &pending, out)?;
            return Ok(Some(!self.ended));
        }
        if self.buf.is_empty() {
            self.buf = vec![0; READ_SIZE];
        }
        Ok(None)
    }

    /// After `n` bytes were read into `buf` (0: the connection closed).
    fn after_read(&mut self, n: usize, out: &mut impl FnMut(&[u8]) -> Result<()>) -> Result<bool> {
        if n == 0 {
            self.ended = true;
            return match self.framing {
                Framing::Close => Ok(false),
                _ => Err(anyhow::anyhow!("unexpected EOF")),
            };
        }
        self.ended = deliver(&mut self.framing, &self.buf[..n], out)?;
        Ok(!self.ended)
    }

    /// The whole body, at most [`super::raw::MAX_BODY`].
    pub async fn collect(mut self) -> Result<Vec<u8>> {
        let mut all = Vec::new();
        while self
            .read(&mut |d| {
                if all.len() + d.len() > super::raw::MAX_BODY {
                    anyhow::bail!(
                        "the answer is larger than {} MiB",
                        super::raw::MAX_BODY >> 20
                    );
                }
                all.extend_from_slice(d);
                Ok(())
            })
            .await?
        {}
        Ok(all)
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}
