//! Writing demultiplexed output to our stdout and stderr in as few writes as the order allows:
//! consecutive pieces of one stream are gathered and written together, a switch to the other
//! stream writes what was gathered first (so interleaving stays exactly as the container wrote
//! it), and `flush` ends every chunk read from the daemon. Line-at-a-time logs then cost a write
//! per chunk instead of one per line.

use std::io::Write;

use super::demux::Stream;

#[derive(Default)]
pub struct Sink {
    pending: Vec<u8>,
    to_stderr: bool,
    /// Our reader went away (EPIPE): stop quietly, like a closed pipe.
    pub closed: bool,
}

impl Sink {
    pub fn new() -> Sink {
        Sink::default()
    }

    /// Queues `bytes` for `stream` (stdin and stdout frames go to stdout).
    pub fn push(&mut self, stream: Stream, bytes: &[u8]) -> std::io::Result<()> {
        let to_stderr = matches!(stream, Stream::Stderr | Stream::System);
        if to_stderr != self.to_stderr && !self.pending.is_empty() {
            self.flush()?;
        }
        self.to_stderr = to_stderr;
        self.pending.extend_from_slice(bytes);
        Ok(())
    }

    /// Writes what is queued. A closed reader is remembered in `closed`, not an error.
    pub fn flush(&mut self) -> std::io::Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let r = if self.to_stderr {
            let mut e = std::io::stderr().lock();
            e.write_all(&self.pending).and_then(|_| e.flush())
        } else {
            let mut o = std::io::stdout().lock();
            o.write_all(&self.pending).and_then(|_| o.flush())
        };
        self.pending.clear();
        match r {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            other => other,
        }
    }
}
