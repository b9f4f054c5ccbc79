//! Hijacked connections: `POST .../attach` and `POST /exec/{id}/start` upgrade the HTTP
//! connection to a raw byte stream. We speak that HTTP/1.1 exchange ourselves over a fresh
//! connection so that nothing between the socket and the terminal re-frames or buffers the data.

use anyhow::Result;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::engine::conn::Conn;
use crate::engine::Engine;
use crate::error::CliError;

/// A hijacked stream: the connection, plus any stream bytes that arrived with the response head.
pub struct Hijacked {
    pub conn: Conn,
    pub pending: Vec<u8>,
}

/// Opens a new connection, sends `method path` with the upgrade headers, and returns the raw
/// stream once the daemon answers `101 UPGRADED` (or `200 OK`, older daemons).
pub async fn hijack(
    engine: &Engine,
    method: &str,
    path: &str,
    body: Option<&[u8]>,
) -> Result<Hijacked> {
    engine.api().await?;
    let version = engine
        .api_version()
        .unwrap_or(crate::engine::MAX_API_VERSION);
    let mut conn = engine
        .connector()
        .open()
        .await
        .map_err(|e| anyhow::Error::from(bollard::errors::Error::IOError { err: e }))?;
    let body = body.unwrap_or_default();
    let head = format!(
        "{method} /v{version}{path} HTTP/1.1\r\nHost: docker\r\nUser-Agent: hvdock/{}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n",
        env!("CARGO_PKG_VERSION"),
        body.len()
    );
    if engine.debug {
        eprintln!("DEBU[0000] {method} /v{version}{path} (hijack)");
    }
    conn.write_all(head.as_bytes()).await?;
    conn.write_all(body).await?;
    conn.flush().await?;

    // Read the response head; whatever follows it is already stream data.
    let mut buf = Vec::with_capacity(1024);
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
    let status: u16 = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let mut pending = buf[end..].to_vec();
    if status == 101 || status == 200 {
        return Ok(Hijacked { conn, pending });
    }
    // An error answer: read its body (content-length or until close) for the message.
    let length = head.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.eq_ignore_ascii_case("content-length")
            .then(|| v.trim().parse::<usize>().ok())?
    });
    loop {
        if length.is_some_and(|n| pending.len() >= n) {
            break;
        }
        let n = conn.read(&mut chunk).await.unwrap_or(0);
        if n == 0 {
            break;
        }
        pending.extend_from_slice(&chunk[..n]);
    }
    let message = crate::engine::raw::daemon_message(&pending);
    Err(CliError::Daemon { status, message }.into())
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}
