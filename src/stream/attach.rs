//! Pumping a hijacked stream: container output to our stdout/stderr (raw with a TTY, exactly
//! demultiplexed without), our stdin to the container with detach keys and a half-close on EOF.

use std::os::fd::{AsFd, OwnedFd};

use anyhow::Result;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::demux::{Demuxer, Stream};
use super::detach::{Matcher, Scan};
use super::hijack::Hijacked;
use super::kernel_copy::{self, Source};
use super::sink::Sink;
use crate::engine::wire;

#[derive(Debug, Clone, Copy)]
pub struct Streams {
    pub stdin: bool,
    pub stdout: bool,
    pub stderr: bool,
    pub tty: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// The container side closed the stream.
    Output,
    /// The user typed the detach keys.
    Detached,
}

/// Container output to our stdout/stderr: raw with a TTY, else demultiplexed.
struct Output {
    demux: Demuxer,
    sink: Sink,
    tty: bool,
}

impl Output {
    fn new(tty: bool) -> Output {
        Output {
            demux: Demuxer::new(),
            sink: Sink::new(),
            tty,
        }
    }

    /// Writes one read's worth before the next: straight from the read buffer, demultiplexed
    /// pieces of one stream in one vectored write.
    /// A closed reader ends the session as docker's does: `write /dev/stdout: broken pipe`,
    /// status 1 (the container goes on).
    fn emit(&mut self, data: &[u8]) -> Result<()> {
        if self.tty {
            self.sink.write_pieces(&[(Stream::Stdout, data)])?;
        } else {
            let mut pieces = Vec::new();
            self.demux.feed(data, |s, bytes| pieces.push((s, bytes)))?;
            self.sink.write_pieces(&pieces)?;
        }
        if self.sink.closed {
            return Err(crate::error::CliError::message(
                "write /dev/stdout: broken pipe",
                crate::error::code::FAILURE,
            ));
        }
        Ok(())
    }
}

/// Copies output until the stream ends.
async fn output<R: tokio::io::AsyncRead + Unpin>(
    mut read: R,
    pending: Vec<u8>,
    tty: bool,
) -> Result<()> {
    let mut out = Output::new(tty);
    out.emit(&pending)?;
    let mut buf = vec![0u8; 256 * 1024];
    loop {
        let n = match read.read(&mut buf).await {
            Ok(0) => return Ok(()),
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => return Ok(()),
            Err(e) => return Err(e.into()),
        };
        out.emit(&buf[..n])?;
    }
}

/// [`output`] on a thread of its own, reading a plain socket in batches (see
/// [`wire::batched_read`]): for output-only sessions, where nothing else uses the connection.
fn output_batched(mut sock: std::fs::File, pending: Vec<u8>, tty: bool) -> Result<()> {
    let mut out = Output::new(tty);
    out.emit(&pending)?;
    let mut buf = vec![0u8; 256 * 1024];
    let mut flowing = false;
    loop {
        let (n, eof) = match wire::batched_read(&mut sock, &mut buf, &mut flowing) {
            Ok(r) => r,
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => return Ok(()),
            Err(e) => return Err(e.into()),
        };
        out.emit(&buf[..n])?;
        if eof {
            return Ok(());
        }
    }
}

/// Copies stdin until EOF (then half-closes, and waits forever) or until the detach keys.
async fn input<W: tokio::io::AsyncWrite + Unpin>(
    mut write: W,
    detach: Option<Vec<u8>>,
) -> Result<()> {
    let mut stdin = tokio::io::stdin();
    let mut matcher = detach.map(Matcher::new);
    let mut buf = vec![0u8; 256 * 1024];
    loop {
        let n = stdin.read(&mut buf).await.unwrap_or(0);
        if n == 0 {
            let _ = write.shutdown().await;
            return std::future::pending().await;
        }
        let (data, detach) = match matcher.as_mut().map(|m| m.scan(&buf[..n])) {
            None => (std::borrow::Cow::Borrowed(&buf[..n]), false),
            Some(Scan::Forward(d)) => (d.into(), false),
            Some(Scan::Detach(d)) => (d.into(), true),
        };
        if !data.is_empty() && write.write_all(&data).await.is_err() {
            return std::future::pending().await;
        }
        if detach {
            return Ok(());
        }
    }
}

/// Copies stdin inside the kernel (see [`kernel_copy`]); like [`input`] after EOF, it then
/// waits forever, leaving the end of the session to the output.
async fn input_in_kernel(source: Source, sock: OwnedFd) -> Result<()> {
    let _ = tokio::task::spawn_blocking(move || {
        let stdin = std::io::stdin();
        kernel_copy::copy(source, stdin.as_fd(), sock)
    })
    .await;
    std::future::pending().await
}

/// Runs the stream to its end. With `detach_keys`, stdin is watched for them.
pub async fn pump(h: Hijacked, streams: Streams, detach_keys: Option<Vec<u8>>) -> Result<Ended> {
    // Without detach keys to watch, a file or pipe on stdin goes to a plain socket directly.
    let in_kernel = match (&detach_keys, h.conn.plain_fd()) {
        (None, Some(sock)) if streams.stdin => kernel_copy::source_of(std::io::stdin().as_fd())
            .and_then(|source| Some((source, kernel_copy::own(sock).ok()?))),
        _ => None,
    };
    if !streams.stdin {
        match wire::off_runtime(h.conn) {
            Ok(sock) => {
                let (sock, pending, tty) = (sock?, h.pending, streams.tty);
                tokio::task::spawn_blocking(move || output_batched(sock, pending, tty)).await??;
            }
            Err(conn) => output(*conn, h.pending, streams.tty).await?,
        }
        return Ok(Ended::Output);
    }
    let (read, write) = tokio::io::split(h.conn);
    let out = output(read, h.pending, streams.tty);
    let input = async move {
        match in_kernel {
            Some((source, sock)) => {
                drop(write);
                input_in_kernel(source, sock).await
            }
            None => input(write, detach_keys).await,
        }
    };
    tokio::select! {
        r = out => { r?; Ok(Ended::Output) }
        r = input => { r?; Ok(Ended::Detached) }
    }
}
