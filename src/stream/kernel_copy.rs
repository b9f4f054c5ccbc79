//! Our stdin to the daemon inside the kernel: when stdin is a regular file (`< file`) or a pipe
//! and the connection is a plain socket, `sendfile(2)` or `splice(2)` moves the bytes without
//! copying them through our memory — `exec -i C cmd < big-file` then costs a few syscalls per
//! megabyte. A terminal, TLS, ssh, or detach keys to watch for take the ordinary path. The
//! same moves send a regular file as a request body of known length ([`send_exact`], for
//! `load -i FILE` and `import FILE`).

use std::io;
use std::os::fd::{AsRawFd, BorrowedFd, OwnedFd};

/// How stdin can be moved in the kernel, if it can.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    File,
    Pipe,
}

/// What `fd` is, for [`copy`]: `None` for a terminal, a socket, a character device...
pub fn source_of(fd: BorrowedFd<'_>) -> Option<Source> {
    // SAFETY: fstat fills the struct it is given; the descriptor is only inspected.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    if unsafe { libc::fstat(fd.as_raw_fd(), &mut st) } != 0 {
        return None;
    }
    match st.st_mode & libc::S_IFMT {
        libc::S_IFREG => Some(Source::File),
        libc::S_IFIFO => Some(Source::Pipe),
        _ => None,
    }
}

/// A socket of our own for the copying thread: the connection may be dropped while the thread
/// still waits on stdin, and a closed descriptor number could be reused by then.
pub fn own(sock: BorrowedFd<'_>) -> io::Result<OwnedFd> {
    sock.try_clone_to_owned()
}

/// Bytes moved per call.
const STEP: usize = 1 << 20;

/// Moves up to `count` bytes of `input` to the non-blocking socket `out` inside the kernel,
/// waiting while the socket is full; `Ok(0)` at the end of `input`.
fn move_some(source: Source, input: i32, out: i32, count: usize) -> io::Result<usize> {
    loop {
        // SAFETY: plain syscalls on descriptors the caller holds; no buffers of ours are involved.
        let n = unsafe {
            match source {
                Source::File => libc::sendfile(out, input, std::ptr::null_mut(), count),
                Source::Pipe => libc::splice(
                    input,
                    std::ptr::null_mut(),
                    out,
                    std::ptr::null_mut(),
                    count,
                    libc::SPLICE_F_MOVE,
                ),
            }
        };
        if n >= 0 {
            return Ok(n as usize);
        }
        let err = io::Error::last_os_error();
        match err.raw_os_error() {
            Some(libc::EINTR) => {}
            // The socket is non-blocking (the runtime owns it): wait until it takes more.
            Some(libc::EAGAIN) => wait_writable(out),
            _ => return Err(err),
        }
    }
}

/// Moves up to `count` bytes of the regular file `from`, from its current offset, to the
/// non-blocking socket `sock`, waiting while the socket is full; `Ok(0)` at the end of the file.
pub fn send_file_some(
    from: BorrowedFd<'_>,
    sock: BorrowedFd<'_>,
    count: usize,
) -> io::Result<usize> {
    move_some(
        Source::File,
        from.as_raw_fd(),
        sock.as_raw_fd(),
        count.min(STEP),
    )
}

/// Writes all of `data` to the non-blocking socket `sock`, waiting while it is full.
pub fn write_all(sock: BorrowedFd<'_>, mut data: &[u8]) -> io::Result<()> {
    let out = sock.as_raw_fd();
    while !data.is_empty() {
        // SAFETY: write from a slice we hold, to a descriptor the caller holds.
        let n = unsafe { libc::write(out, data.as_ptr().cast(), data.len()) };
        if n >= 0 {
            data = &data[n as usize..];
            continue;
        }
        let err = io::Error::last_os_error();
        match err.raw_os_error() {
            Some(libc::EINTR) => {}
            Some(libc::EAGAIN) => wait_writable(out),
            _ => return Err(err),
        }
    }
    Ok(())
}

/// Waits until the socket `out` takes more.
fn wait_writable(out: i32) {
    let mut pfd = libc::pollfd {
        fd: out,
        events: libc::POLLOUT,
        revents: 0,
    };
    // SAFETY: one pollfd, valid for the call.
    unsafe { libc::poll(&mut pfd, 1, -1) };
}

/// Copies `from` (stdin) to `sock` until EOF, then half-closes `sock` (the container sees EOF
/// on its stdin). Blocking: run it on a thread of its own. An error means the daemon side went
/// away.
pub fn copy(source: Source, from: BorrowedFd<'_>, sock: OwnedFd) -> io::Result<()> {
    let (input, out) = (from.as_raw_fd(), sock.as_raw_fd());
    while move_some(source, input, out, STEP)? > 0 {}
    // SAFETY: shutdown of the write side of our own socket descriptor.
    unsafe { libc::shutdown(out, libc::SHUT_WR) };
    Ok(())
}

/// Sends exactly `len` bytes of the regular file `from`, from its current offset, to `sock`: a
/// request body whose `Content-Length` was sent. A file that ends sooner is an error, in the
/// words of Go's HTTP client. Blocking: run it on a thread of its own.
pub fn send_exact(from: BorrowedFd<'_>, sock: BorrowedFd<'_>, len: u64) -> io::Result<()> {
    let (input, out) = (from.as_raw_fd(), sock.as_raw_fd());
    let mut left = len;
    while left > 0 {
        let step = usize::try_from(left).unwrap_or(STEP).min(STEP);
        match move_some(Source::File, input, out, step)? {
            0 => {
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    format!("http: ContentLength={len} with Body length {}", len - left),
                ))
            }
            n => left -= n as u64,
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Seek, Write};
    use std::os::fd::AsFd;
    use std::os::unix::net::UnixStream;

    fn data() -> Vec<u8> {
        (0..3_000_000u32).map(|i| (i % 251) as u8).collect()
    }

    /// Reads the other end of the socket pair more slowly than the writer writes (so EAGAIN,
    /// then poll), to its end.
    fn slow_reader(mut b: UnixStream) -> std::thread::JoinHandle<Vec<u8>> {
        std::thread::spawn(move || {
            let mut got = Vec::new();
            let mut buf = [0u8; 4096];
            loop {
                std::thread::sleep(std::time::Duration::from_micros(50));
                match b.read(&mut buf).unwrap() {
                    0 => return got,
                    n => got.extend_from_slice(&buf[..n]),
                }
            }
        })
    }

    /// Runs `copy` into one end of a socket pair left non-blocking, as the runtime leaves it,
    /// with a reader slower than the writer (so EAGAIN, then poll); returns what arrived.
    fn through_socket(source: Source, from: BorrowedFd<'_>) -> Vec<u8> {
        let (a, b) = UnixStream::pair().unwrap();
        a.set_nonblocking(true).unwrap();
        let reader = slow_reader(b);
        copy(source, from, own(a.as_fd()).unwrap()).unwrap();
        drop(a);
        reader.join().unwrap()
    }

    /// Runs `send_exact` of `len` bytes into a non-blocking socket pair with a slow reader;
    /// returns its result and what arrived.
    fn sent_exact(file: &std::fs::File, len: u64) -> (io::Result<()>, Vec<u8>) {
        let (a, b) = UnixStream::pair().unwrap();
        a.set_nonblocking(true).unwrap();
        let reader = slow_reader(b);
        let r = send_exact(file.as_fd(), a.as_fd(), len);
        drop(a);
        (r, reader.join().unwrap())
    }

    #[test]
    fn exactly_the_length_is_sent_from_the_offset() {
        let mut file = tempfile::tempfile().unwrap();
        file.write_all(&data()).unwrap();
        file.seek(std::io::SeekFrom::Start(10)).unwrap();
        let (r, got) = sent_exact(&file, 2_500_000);
        r.unwrap();
        assert!(got == data()[10..2_500_010]);
    }

    #[test]
    fn a_file_shorter_than_its_length_is_an_error() {
        let mut file = tempfile::tempfile().unwrap();
        file.write_all(&data()).unwrap();
        file.rewind().unwrap();
        let (r, got) = sent_exact(&file, 3_000_100);
        assert_eq!(
            r.unwrap_err().to_string(),
            "http: ContentLength=3000100 with Body length 3000000"
        );
        assert!(got == data());
    }

    #[test]
    fn a_file_arrives_whole_then_eof() {
        let mut file = tempfile::tempfile().unwrap();
        file.write_all(&data()).unwrap();
        file.rewind().unwrap();
        assert_eq!(source_of(file.as_fd()), Some(Source::File));
        assert!(through_socket(Source::File, file.as_fd()) == data());
    }

    #[test]
    fn a_pipe_arrives_whole_then_eof() {
        let (r, mut w) = std::io::pipe().unwrap();
        assert_eq!(source_of(r.as_fd()), Some(Source::Pipe));
        let writer = std::thread::spawn(move || w.write_all(&data()).unwrap());
        assert!(through_socket(Source::Pipe, r.as_fd()) == data());
        writer.join().unwrap();
    }

    #[test]
    fn sockets_and_terminals_take_the_ordinary_path() {
        let (a, _b) = UnixStream::pair().unwrap();
        assert_eq!(source_of(a.as_fd()), None);
        let null = std::fs::File::open("/dev/null").unwrap();
        assert_eq!(source_of(null.as_fd()), None);
    }
}
