//! HTTP/1.1 spoken by hand over a fresh connection, for streams where a general client's
//! per-chunk work would dominate: hijacked attach/exec (raw bytes after the response head) and
//! long bodies read a buffer at a time (`logs`, where the daemon sends a chunk per log line).

use anyhow::Result;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::chunked::Chunked;
use super::conn::Conn;
use super::Engine;
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
    path: &str,
    headers: &str,
    body: &[u8],
) -> Result<Exchange> {
    engine.api().await?;
    let version = engine.api_version().unwrap_or(super::MAX_API_VERSION);
    let mut conn = engine
        .connector()
        .open()
        .await
        .map_err(|e| anyhow::Error::from(bollard::errors::Error::IOError { err: e }))?;
    let head = format!(
        "{method} /v{version}{path} HTTP/1.1\r\nHost: docker\r\nUser-Agent: hvdock/{}\r\n{headers}Content-Length: {}\r\n\r\n",
        env!("CARGO_PKG_VERSION"),
        body.len()
    );
    if engine.debug {
        eprintln!("DEBU[0000] {method} /v{version}{path}");
    }
    conn.write_all(head.as_bytes()).await?;
    conn.write_all(body).await?;
    conn.flush().await?;

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

    /// The body, framed as the head says (chunked, a length, or up to the close).
    pub fn body(self) -> Body {
        let framing = if self
            .header("transfer-encoding")
            .is_some_and(|v| v.eq_ignore_ascii_case("chunked"))
        {
            Framing::Chunked(Chunked::new())
        } else if let Some(n) = self.header("content-length").and_then(|v| v.parse().ok()) {
            Framing::Length(n)
        } else {
            Framing::Close
        };
        Body {
            conn: self.conn,
            pending: self.pending,
            framing,
            buf: Vec::new(),
            ended: false,
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
    conn: Conn,
    pending: Vec<u8>,
    framing: Framing,
    buf: Vec<u8>,
    ended: bool,
}

impl Body {
    /// Waits for data, then hands every body byte that has arrived to `out` (in one or more
    /// slices). `Ok(false)` once the body has ended. Errors of the connection and the framing
    /// are bare ("unexpected EOF"): the caller says what it was reading.
    pub async fn read(&mut self, out: &mut impl FnMut(&[u8]) -> Result<()>) -> Result<bool> {
        if self.ended {
            return Ok(false);
        }
        let input = if self.pending.is_empty() {
            if self.buf.is_empty() {
                self.buf = vec![0; READ_SIZE];
            }
            let n = self.conn.read(&mut self.buf).await?;
            if n == 0 {
                self.ended = true;
                return match self.framing {
                    Framing::Close => Ok(false),
                    _ => Err(anyhow::anyhow!("unexpected EOF")),
                };
            }
            &self.buf[..n]
        } else {
            self.buf = std::mem::take(&mut self.pending);
            &self.buf[..]
        };
        match &mut self.framing {
            Framing::Close => out(input)?,
            Framing::Length(left) => {
                let take = (*left).min(input.len() as u64) as usize;
                out(&input[..take])?;
                *left -= take as u64;
                self.ended = *left == 0;
            }
            Framing::Chunked(dec) => self.ended = dec.feed(input, out)?,
        }
        if self.buf.len() < READ_SIZE {
            self.buf = Vec::new();
        }
        Ok(!self.ended)
    }

    /// The whole body.
    pub async fn collect(mut self) -> Result<Vec<u8>> {
        let mut all = Vec::new();
        while self
            .read(&mut |d| {
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
