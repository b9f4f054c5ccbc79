//! Requests whose body is streamed as it is produced: `load`, `import`, `cp` into a container and
//! the `build` context. A producer (reading a file or stdin, or packing a tar) runs on a thread of
//! its own and hands the body over in chunks of [`CHUNK`] bytes through a channel of
//! [`DEPTH`] chunks, sent with chunked transfer-encoding — so memory stays a few megabytes
//! whatever the size, and packing overlaps sending.
//!
//! A failure of the producer (a file that cannot be read) aborts the request and is what the
//! command reports; the daemon's own refusal is reported as usual.

use std::io::{self, Read, Write};
use std::sync::{Arc, Mutex};

use anyhow::Result;
use bytes::{Bytes, BytesMut};
use http_body_util::{Either, StreamBody};
use hyper::body::Frame;
use tokio::sync::mpsc;

use super::{transport, ApiPath, Engine};

/// Bytes per chunk on the wire (and per read of a file).
pub const CHUNK: usize = 256 * 1024;
/// Chunks in flight between the producer and the connection.
const DEPTH: usize = 4;

type Item = std::result::Result<Frame<Bytes>, io::Error>;

/// Where a producer writes the body. Writes are gathered into chunks; [`Sink::copy_exact`] and
/// [`Sink::copy_all`] read a source straight into the chunk being filled.
pub struct Sink {
    tx: mpsc::Sender<Item>,
    buf: BytesMut,
    sent: u64,
    /// The request went away (the daemon answered or the connection broke).
    gone: bool,
    /// Told how many bytes each write added to the body.
    meter: Option<Meter>,
}

/// Counts a body's bytes as the producer writes them (`build`'s upload progress).
pub type Meter = Box<dyn FnMut(u64) + Send>;

impl Sink {
    fn new(tx: mpsc::Sender<Item>) -> Sink {
        Sink {
            tx,
            buf: BytesMut::with_capacity(CHUNK),
            sent: 0,
            gone: false,
            meter: None,
        }
    }

    /// From now on, `meter` is told of every write.
    pub fn set_meter(&mut self, meter: Meter) {
        self.meter = Some(meter);
    }

    fn count(&mut self, n: usize) {
        if let Some(m) = self.meter.as_mut() {
            m(n as u64);
        }
    }

    fn ship(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let chunk = self.buf.split().freeze();
        self.sent += chunk.len() as u64;
        self.buf.reserve(CHUNK);
        if self.tx.blocking_send(Ok(Frame::data(chunk))).is_err() {
            self.gone = true;
            return Err(io::Error::new(
                io::ErrorKind::BrokenPipe,
                "the daemon stopped reading the request",
            ));
        }
        Ok(())
    }

    /// Reads from `r` into the chunk being filled until it is full, `limit` bytes were read, or
    /// `r` ends; returns the bytes read (0 at the end).
    fn fill(&mut self, r: &mut dyn Read, limit: u64) -> io::Result<usize> {
        if self.buf.len() >= CHUNK {
            self.ship()?;
        }
        let room = (CHUNK - self.buf.len()).min(usize::try_from(limit).unwrap_or(usize::MAX));
        let start = self.buf.len();
        self.buf.resize(start + room, 0);
        let n = loop {
            match r.read(&mut self.buf[start..]) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    self.buf.truncate(start);
                    return Err(e);
                }
            }
        };
        self.buf.truncate(start + n);
        self.count(n);
        Ok(n)
    }

    /// Copies `r` to its end; returns how many bytes it held.
    pub fn copy_all(&mut self, r: &mut dyn Read) -> io::Result<u64> {
        let mut total = 0u64;
        loop {
            match self.fill(r, u64::MAX)? {
                0 => return Ok(total),
                n => total += n as u64,
            }
        }
    }

    /// Copies exactly `n` bytes of `r`; a source that ends sooner is an error (a file that
    /// shrank while it was packed), as Go's tar writer reports it.
    pub fn copy_exact(&mut self, r: &mut dyn Read, n: u64) -> io::Result<()> {
        let mut left = n;
        while left > 0 {
            match self.fill(r, left)? {
                0 => {
                    return Err(io::Error::new(
                        io::ErrorKind::UnexpectedEof,
                        format!("archive/tar: missed writing {left} bytes"),
                    ))
                }
                k => left -= k as u64,
            }
        }
        Ok(())
    }
}

impl Write for Sink {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        if self.buf.len() >= CHUNK {
            self.ship()?;
        }
        let n = data.len().min(CHUNK - self.buf.len());
        self.buf.extend_from_slice(&data[..n]);
        self.count(n);
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Writes the whole body into the sink; runs on a thread of its own.
pub type Producer = Box<dyn FnOnce(&mut Sink) -> Result<()> + Send>;

/// `inner`'s bytes gzip-compressed (docker's `build --compress`): `inner` runs on a thread of its
/// own, handing its chunks over a channel as usual, and this producer compresses them into the
/// request. A failure of `inner` is this producer's failure.
pub fn gzip(inner: Producer) -> Producer {
    Box::new(move |sink: &mut Sink| {
        let (tx, mut rx) = mpsc::channel::<Item>(DEPTH);
        let packer = std::thread::spawn(move || -> Result<()> {
            let mut own = Sink::new(tx);
            inner(&mut own)?;
            own.ship()?;
            Ok(())
        });
        let mut gz = flate2::write::GzEncoder::new(&mut *sink, flate2::Compression::default());
        while let Some(item) = rx.blocking_recv() {
            if let Ok(data) = item?.into_data() {
                gz.write_all(&data)?;
            }
        }
        gz.finish()?;
        packer
            .join()
            .map_err(|_| anyhow::anyhow!("packing the build context failed"))?
    })
}

/// The producer's failure, kept for the command to report instead of the aborted request.
pub(super) type Failure = Arc<Mutex<Option<anyhow::Error>>>;

/// The producer of a request in flight.
pub struct Sending {
    thread: tokio::task::JoinHandle<u64>,
    failure: Failure,
}

impl Sending {
    /// The producer running as `thread` (returning the bytes sent), which leaves its failure in
    /// `failure`.
    pub(super) fn new(thread: tokio::task::JoinHandle<u64>, failure: Failure) -> Sending {
        Sending { thread, failure }
    }

    pub(super) fn failure(&self) -> Option<anyhow::Error> {
        self.failure.lock().ok().and_then(|mut f| f.take())
    }

    /// After the response was read (`consumed`): the producer's failure if it had one, else
    /// `consumed`'s; with the bytes sent.
    pub async fn finish<T>(self, consumed: Result<T>) -> Result<(T, u64)> {
        if let Some(e) = self.failure() {
            return Err(e);
        }
        let value = consumed?;
        let Sending { thread, failure } = self;
        let sent = thread.await.map_err(|e| anyhow::anyhow!("upload: {e}"))?;
        match failure.lock().ok().and_then(|mut f| f.take()) {
            Some(e) => Err(e),
            None => Ok((value, sent)),
        }
    }
}

/// Sends `method path` (versioned) with `headers` and the body `producer` writes; returns the
/// response head and body once the daemon answered with success, and the producer to
/// [`Sending::finish`]. A non-2xx answer is [`CliError::Daemon`] with the daemon's message.
pub async fn upload(
    engine: &Engine,
    method: http::Method,
    path: &ApiPath,
    headers: &[(&str, String)],
    producer: Producer,
) -> Result<(http::HeaderMap, hyper::body::Incoming, Sending)> {
    engine.api().await?;
    let (tx, mut rx) = mpsc::channel::<Item>(DEPTH);
    let failure: Failure = Arc::default();
    let slot = failure.clone();
    let thread = tokio::task::spawn_blocking(move || {
        let mut sink = Sink::new(tx);
        let result = producer(&mut sink).and_then(|()| Ok(sink.ship()?));
        if let Err(e) = result {
            if !sink.gone {
                if let Ok(mut f) = slot.lock() {
                    *f = Some(e);
                }
                // Abort the request: the daemon must not take a truncated body as whole.
                let _ = sink
                    .tx
                    .blocking_send(Err(io::Error::other("the request body failed")));
            }
        }
        sink.sent
    });
    let sending = Sending { thread, failure };
    let stream = futures_util::stream::poll_fn(move |cx| rx.poll_recv(cx));
    let body: transport::Body = Either::Right(StreamBody::new(Box::pin(stream)));
    let mut builder = http::Request::builder()
        .method(method)
        .uri(format!("http://docker{}", path.as_str()));
    for (k, v) in headers {
        builder = builder.header(*k, v);
    }
    let req = transport::versioned(builder.body(body)?, engine.version_cell(), engine.debug);
    let res = match super::timeout::send(engine.http(), &engine.endpoint.host, req).await {
        Ok(res) => res,
        Err(e) => return Err(sending.failure().unwrap_or_else(|| e.into())),
    };
    let status = res.status();
    let head = res.headers().clone();
    if !status.is_success() {
        let bytes = super::raw::read_body(res.into_body())
            .await
            .unwrap_or_default();
        if let Some(e) = sending.failure() {
            return Err(e);
        }
        return Err(super::raw::answer_error(engine, path, status, &bytes));
    }
    Ok((head, res.into_body(), sending))
}

/// A producer that copies `r` to its end.
pub fn reader(mut r: impl Read + Send + 'static) -> Producer {
    Box::new(move |sink| {
        sink.copy_all(&mut r)?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs `producer` against a sink whose chunks are collected.
    fn collect(producer: Producer) -> (Result<()>, Vec<Bytes>) {
        let (tx, mut rx) = mpsc::channel::<Item>(1024);
        let mut sink = Sink::new(tx);
        let r = producer(&mut sink).and_then(|()| Ok(sink.ship()?));
        drop(sink);
        let mut chunks = Vec::new();
        while let Ok(Ok(frame)) = rx.try_recv() {
            chunks.push(frame.into_data().unwrap());
        }
        (r, chunks)
    }

    #[test]
    fn chunks_are_bounded_and_the_bytes_whole() {
        let data: Vec<u8> = (0..3 * CHUNK + 123).map(|i| (i % 251) as u8).collect();
        let copy = data.clone();
        let (r, chunks) = collect(reader(std::io::Cursor::new(copy)));
        r.unwrap();
        assert!(chunks.iter().all(|c| c.len() <= CHUNK));
        assert_eq!(chunks.concat(), data);
    }

    #[test]
    fn writes_and_exact_copies_interleave() {
        let (r, chunks) = collect(Box::new(|sink: &mut Sink| {
            sink.write_all(b"head")?;
            sink.copy_exact(&mut std::io::Cursor::new(vec![7u8; CHUNK + 5]), 10)?;
            sink.write_all(&vec![1u8; 2 * CHUNK])?;
            Ok(())
        }));
        r.unwrap();
        let all = chunks.concat();
        assert_eq!(&all[..4], b"head");
        assert_eq!(&all[4..14], &[7u8; 10]);
        assert_eq!(all.len(), 14 + 2 * CHUNK);
    }

    #[test]
    fn a_short_source_is_an_error() {
        let (r, _) = collect(Box::new(|sink: &mut Sink| {
            sink.copy_exact(&mut std::io::Cursor::new(vec![0u8; 10]), 20)?;
            Ok(())
        }));
        assert_eq!(
            r.unwrap_err().to_string(),
            "archive/tar: missed writing 10 bytes"
        );
    }
}
