//! A request body of known length written in parts — bytes, and stretches of regular files —
//! (the `build` context: a tar whose size is summed before it is sent). On a plain socket it
//! goes with a `Content-Length`: the parts are gathered in one buffer of [`BUF`] bytes and a
//! file longer than [`SMALL`] moves from the file to the socket inside the kernel
//! (`sendfile(2)`); elsewhere (TLS, ssh, `build --compress`) the same writer feeds the chunked
//! upload of [`super::upload`].

use std::fs::File;
use std::io::{self, Read, Write};
use std::os::fd::{AsFd, BorrowedFd};

use anyhow::Result;

use super::upload::{Producer, Sink};
use crate::stream::kernel_copy;

/// Where a body's parts go.
pub trait Out {
    /// All of `data`.
    fn bytes(&mut self, data: &[u8]) -> io::Result<()>;
    /// Exactly `len` bytes of `file` from its current offset; a file that ends sooner is an
    /// error (it shrank after it was measured), in the words of Go's tar writer.
    fn file(&mut self, file: &mut File, len: u64) -> io::Result<()>;
}

/// Writes a whole body into an [`Out`]; runs on a thread of its own.
pub type Writer = Box<dyn FnOnce(&mut dyn Out) -> Result<()> + Send>;

/// The writer as a producer of the chunked upload.
pub fn producer(write: Writer) -> Producer {
    Box::new(move |sink: &mut Sink| write(sink))
}

fn missed(left: u64) -> io::Error {
    io::Error::new(
        io::ErrorKind::UnexpectedEof,
        format!("archive/tar: missed writing {left} bytes"),
    )
}

impl Out for Sink {
    fn bytes(&mut self, data: &[u8]) -> io::Result<()> {
        self.write_all(data)
    }

    fn file(&mut self, file: &mut File, len: u64) -> io::Result<()> {
        self.copy_exact(file, len)
    }
}

/// Bytes gathered before a write to the socket.
const BUF: usize = 256 * 1024;
/// Files up to this size are read into the buffer (one read and a share of one write, rather
/// than a write of what was gathered and a `sendfile` of their own).
const SMALL: u64 = 64 * 1024;

/// The parts of a body written to a plain (non-blocking) socket, counted.
pub struct SocketOut<'a> {
    sock: BorrowedFd<'a>,
    buf: Vec<u8>,
    sent: u64,
}

impl<'a> SocketOut<'a> {
    pub fn new(sock: BorrowedFd<'a>) -> SocketOut<'a> {
        SocketOut {
            sock,
            buf: Vec::with_capacity(BUF),
            sent: 0,
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        kernel_copy::write_all(self.sock, &self.buf)?;
        self.buf.clear();
        Ok(())
    }

    /// Sends what is gathered; the body must have been exactly `len` bytes, as its
    /// `Content-Length` said.
    pub fn finish(mut self, len: u64) -> io::Result<()> {
        self.flush()?;
        if self.sent != len {
            return Err(io::Error::other(format!(
                "http: ContentLength={len} with Body length {}",
                self.sent
            )));
        }
        Ok(())
    }
}

impl Out for SocketOut<'_> {
    fn bytes(&mut self, mut data: &[u8]) -> io::Result<()> {
        self.sent += data.len() as u64;
        while !data.is_empty() {
            if self.buf.len() == BUF {
                self.flush()?;
            }
            let n = data.len().min(BUF - self.buf.len());
            self.buf.extend_from_slice(&data[..n]);
            data = &data[n..];
        }
        Ok(())
    }

    fn file(&mut self, file: &mut File, len: u64) -> io::Result<()> {
        self.sent += len;
        if len <= SMALL {
            let small = len as usize;
            if self.buf.len() + small > BUF {
                self.flush()?;
            }
            let start = self.buf.len();
            self.buf.resize(start + small, 0);
            let mut got = 0;
            while got < small {
                match file.read(&mut self.buf[start + got..]) {
                    Ok(0) => {
                        self.buf.truncate(start);
                        return Err(missed((small - got) as u64));
                    }
                    Ok(n) => got += n,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(e) => {
                        self.buf.truncate(start);
                        return Err(e);
                    }
                }
            }
            return Ok(());
        }
        self.flush()?;
        let mut left = len;
        while left > 0 {
            let step = usize::try_from(left).unwrap_or(usize::MAX);
            match kernel_copy::send_file_some(file.as_fd(), self.sock, step)? {
                0 => return Err(missed(left)),
                n => left -= n as u64,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::net::UnixStream;

    /// Writes `parts` through a [`SocketOut`] into a non-blocking socket pair; returns the
    /// result of `finish(len)` and what arrived.
    fn through(parts: Vec<(Vec<u8>, Option<Vec<u8>>)>, len: u64) -> (io::Result<()>, Vec<u8>) {
        let (a, mut b) = UnixStream::pair().unwrap();
        a.set_nonblocking(true).unwrap();
        let reader = std::thread::spawn(move || {
            let mut got = Vec::new();
            b.read_to_end(&mut got).unwrap();
            got
        });
        let dir = tempfile::tempdir().unwrap();
        let result = (|| {
            let mut out = SocketOut::new(a.as_fd());
            for (i, (bytes, file)) in parts.into_iter().enumerate() {
                out.bytes(&bytes)?;
                if let Some(content) = file {
                    let path = dir.path().join(i.to_string());
                    std::fs::write(&path, &content).unwrap();
                    let mut f = File::open(&path).unwrap();
                    out.file(&mut f, content.len() as u64)?;
                }
            }
            out.finish(len)
        })();
        drop(a);
        (result, reader.join().unwrap())
    }

    #[test]
    fn bytes_and_files_of_every_size_arrive_in_order() {
        let data = |n: usize, k: u8| (0..n).map(|i| (i % 251) as u8 ^ k).collect::<Vec<u8>>();
        let parts = vec![
            (data(512, 1), Some(data(10, 2))),
            (data(100, 3), Some(data(SMALL as usize, 4))),
            (data(7, 5), Some(data(3 * BUF + 17, 6))),
            (data(BUF + 1, 7), Some(Vec::new())),
            (data(1024, 8), None),
        ];
        let want: Vec<u8> = parts
            .iter()
            .flat_map(|(b, f)| b.iter().chain(f.iter().flatten()).copied())
            .collect();
        let (r, got) = through(parts, want.len() as u64);
        r.unwrap();
        assert!(got == want, "{} bytes of {}", got.len(), want.len());
    }

    #[test]
    fn a_body_of_another_length_than_announced_is_an_error() {
        let (r, _) = through(vec![(b"abc".to_vec(), None)], 4);
        assert_eq!(
            r.unwrap_err().to_string(),
            "http: ContentLength=4 with Body length 3"
        );
    }

    #[test]
    fn a_file_shorter_than_announced_is_an_error() {
        for size in [10usize, 2 * BUF] {
            let (a, mut b) = UnixStream::pair().unwrap();
            let reader = std::thread::spawn(move || {
                let mut got = Vec::new();
                b.read_to_end(&mut got).unwrap();
                got.len()
            });
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("f");
            std::fs::write(&path, vec![1u8; size]).unwrap();
            let mut f = File::open(&path).unwrap();
            let mut out = SocketOut::new(a.as_fd());
            let e = out.file(&mut f, size as u64 + 5).unwrap_err();
            assert_eq!(e.to_string(), "archive/tar: missed writing 5 bytes");
            drop(out);
            drop(a);
            reader.join().unwrap();
        }
    }
}
