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
/// answers `101 UPGRADED`; any other answer is docker's `unable to upgrade to tcp, received N`.
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
        // docker's client reads no answer but a 101: whatever the daemon refused (invalid
        // detach keys, a container gone), it says only the status.
        status => Err(crate::error::CliError::message(
            format!("unable to upgrade to tcp, received {status}"),
            crate::error::code::FAILURE,
        )),
    }
}
