//! A request body that is a regular file (`load -i FILE`, `import FILE`, and either one with a
//! file on stdin), or of a length known in advance (the `build` context, [`super::sized_body`]):
//! sent with a `Content-Length` on a connection of its own, the bytes moved from
//! the file to the socket inside the kernel by `sendfile(2)` on a thread of its own — no chunk
//! framing for the daemon to parse, no copy through our memory, a few system calls per
//! megabyte. Anything else (a pipe, a TLS or ssh connection) is streamed in chunks by
//! [`super::upload`].

use std::fs::File;
use std::os::fd::{AsFd, AsRawFd, BorrowedFd};

use anyhow::Result;

use super::answer::Answer;
use super::sized_body::{self, SocketOut, Writer};
use super::upload::{self, Failure, Producer, Sending};
use super::{wire, ApiPath, Engine};
use crate::stream::kernel_copy;

/// What an upload sends.
pub enum Body {
    /// `len` bytes of a regular file, from its current offset.
    File(File, u64),
    /// `len` bytes in parts (bytes and stretches of files), as the writer writes them.
    Sized(u64, Writer),
    /// Whatever the producer writes, in chunks.
    Stream(Producer),
}

impl Body {
    /// `file` as a body: sent whole from where it stands when it is a regular file, streamed
    /// to its end otherwise (a pipe, a device).
    pub fn of(file: File) -> Body {
        match remaining(file.as_fd()) {
            Some(len) => Body::File(file, len),
            None => Body::Stream(upload::reader(file)),
        }
    }

    /// The body as a producer of the chunked upload (for TLS, ssh, or to compress it).
    pub fn into_producer(self) -> Producer {
        match self {
            Body::File(file, _) => upload::reader(file),
            Body::Sized(_, writer) => sized_body::producer(writer),
            Body::Stream(producer) => producer,
        }
    }

    /// Our stdin as a body (`load < FILE` is a regular file too).
    pub fn stdin() -> Body {
        match std::io::stdin().as_fd().try_clone_to_owned() {
            Ok(fd) if remaining(fd.as_fd()).is_some() => Body::of(File::from(fd)),
            _ => Body::Stream(upload::reader(std::io::stdin())),
        }
    }
}

/// The bytes left to read in a regular file (its size less its offset); `None` for anything
/// else.
fn remaining(fd: BorrowedFd<'_>) -> Option<u64> {
    // SAFETY: fstat fills the struct it is given; the descriptor is only inspected.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    if unsafe { libc::fstat(fd.as_raw_fd(), &mut st) } != 0
        || st.st_mode & libc::S_IFMT != libc::S_IFREG
    {
        return None;
    }
    // SAFETY: lseek of a descriptor we hold, moving nothing.
    let at = unsafe { libc::lseek(fd.as_raw_fd(), 0, libc::SEEK_CUR) };
    let (size, at) = (u64::try_from(st.st_size).ok()?, u64::try_from(at).ok()?);
    Some(size.saturating_sub(at))
}

/// Sends `method path` (versioned) with `headers` and `body`; returns the daemon's answer once
/// its head said success, and the sending to [`Sending::finish`]. A non-2xx answer is the
/// daemon's error, as [`upload::upload`] reports it.
pub async fn send(
    engine: &Engine,
    method: http::Method,
    path: &ApiPath,
    headers: &[(&str, String)],
    body: Body,
) -> Result<(Answer, Sending)> {
    let len = match &body {
        Body::File(_, len) | Body::Sized(len, _) => *len,
        Body::Stream(_) => 0,
    };
    if let Body::Stream(producer) = body {
        return streamed(engine, method, path, headers, producer).await;
    }
    let mut conn = wire::open(engine).await?;
    let sock = match conn.plain_fd().map(kernel_copy::own) {
        Some(sock) => sock?,
        // TLS or ssh: the bytes must pass through us.
        None => return streamed(engine, method, path, headers, body.into_producer()).await,
    };
    let lines: String = headers
        .iter()
        .map(|(k, v)| format!("{k}: {v}\r\n"))
        .collect();
    wire::write_head(engine, &mut conn, method.as_str(), path, &lines, len).await?;
    let failure: Failure = Default::default();
    let slot = failure.clone();
    let thread = tokio::task::spawn_blocking(move || {
        let sent: Result<()> = match body {
            Body::File(file, _) => {
                kernel_copy::send_exact(file.as_fd(), sock.as_fd(), len).map_err(Into::into)
            }
            Body::Sized(_, writer) => {
                let mut out = SocketOut::new(sock.as_fd());
                writer(&mut out).and_then(|()| Ok(out.finish(len)?))
            }
            Body::Stream(_) => Ok(()),
        };
        match sent {
            Ok(()) => len,
            Err(e) => {
                // The daemon closing the connection is answered by its response; anything else
                // is ours to report, and the daemon must not take a truncated body as whole.
                let gone = e
                    .downcast_ref::<std::io::Error>()
                    .and_then(std::io::Error::raw_os_error);
                if !matches!(gone, Some(libc::EPIPE | libc::ECONNRESET)) {
                    if let Ok(mut f) = slot.lock() {
                        *f = Some(e);
                    }
                    // SAFETY: shutdown of our own copy of the socket; the reader then sees EOF.
                    unsafe { libc::shutdown(sock.as_raw_fd(), libc::SHUT_RDWR) };
                }
                0
            }
        }
    });
    let sending = Sending::new(thread, failure);
    let answer = match wire::read_head(conn).await {
        Ok(answer) => answer,
        Err(e) => return Err(sending.failure().unwrap_or(e)),
    };
    if !answer.success() {
        let e = answer.into_error().await;
        return Err(sending.failure().unwrap_or(e));
    }
    Ok((Answer::Wire(Box::new(answer.body())), sending))
}

/// The chunked upload of [`upload::upload`], its answer wrapped.
async fn streamed(
    engine: &Engine,
    method: http::Method,
    path: &ApiPath,
    headers: &[(&str, String)],
    producer: Producer,
) -> Result<(Answer, Sending)> {
    let (_, body, sending) = upload::upload(engine, method, path, headers, producer).await?;
    Ok((Answer::Hyper(body), sending))
}
