//! Hijacked connections: `POST .../attach` and `POST /exec/{id}/start` upgrade the HTTP
//! connection to a raw byte stream. We speak that HTTP/1.1 exchange ourselves over a fresh
//! connection so that nothing between the socket and the terminal re-frames or buffers the data.

use anyhow::Result;

use crate::engine::conn::Conn;
use crate::engine::wire;
use crate::engine::{ApiPath, Engine};

/// A hijacked stream: the connection, plus any stream bytes that arrived with the response head.
pub struct Hijacked {
    pub conn: Conn,
    pub pending: Vec<u8>,
}

/// Sends `method path` with the upgrade headers and returns the raw stream once the daemon
/// answers `101 UPGRADED`; another success, or a 400, is docker's `unable to upgrade to tcp, received N`.
pub async fn hijack(
    engine: &Engine,
    method: &str,
    path: &ApiPath,
    body: Option<&[u8]>,
) -> Result<Hijacked> {
    let headers = "Content-Type: application/json\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n";
    let ex = wire::exchange(engine, method, path, headers, body.unwrap_or_default()).await?;
    match ex.status {
        101 => Ok(Hijacked {
            conn: ex.conn,
            pending: ex.pending,
        }),
        // 400: what the daemon refused before upgrading (invalid detach keys), as docker says it.
        200..=299 | 400 => Err(crate::error::CliError::message(
            format!("unable to upgrade to tcp, received {}", ex.status),
            crate::error::code::FAILURE,
        )),
        _ => Err(ex.into_error().await),
    }
}
