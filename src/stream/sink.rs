//! Writing demultiplexed output to our stdout and stderr in as few writes as the order allows:
//! consecutive pieces of one stream are gathered and written together, a switch to the other
//! stream writes what was gathered first (so interleaving stays exactly as the container wrote
//! it), and `flush` ends every chunk read from the daemon. Line-at-a-time logs then cost a write
//! per chunk instead of one per line.

use std::fs::File;
use std::io::{IoSlice, Write};
use std::mem::ManuallyDrop;
use std::os::fd::FromRawFd;

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
        let to_stderr = is_stderr(stream);
        if to_stderr != self.to_stderr && !self.pending.is_empty() {
            self.flush()?;
        }
        self.to_stderr = to_stderr;
        self.pending.extend_from_slice(bytes);
        Ok(())
    }

    /// Writes `pieces` in order straight from where they lie (no gathering copy): consecutive
    /// pieces of one stream go out in one vectored write to its descriptor. What was queued
    /// goes first.
    pub fn write_pieces(&mut self, pieces: &[(Stream, &[u8])]) -> std::io::Result<()> {
        self.flush()?;
        // Anything printed through std's stdout buffer before must come out first.
        std::io::stdout().flush()?;
        let mut rest = pieces;
        while let Some(&(first, _)) = rest.first() {
            if self.closed {
                return Ok(());
            }
            let to_stderr = is_stderr(first);
            let run = rest
                .iter()
                .position(|(s, _)| is_stderr(*s) != to_stderr)
                .unwrap_or(rest.len());
            let mut slices: Vec<IoSlice<'_>> =
                rest[..run].iter().map(|(_, b)| IoSlice::new(b)).collect();
            let r = write_all_vectored(if to_stderr { 2 } else { 1 }, &mut slices);
            self.closed_on_epipe(r)?;
            rest = &rest[run..];
        }
        Ok(())
    }

    fn closed_on_epipe(&mut self, r: std::io::Result<()>) -> std::io::Result<()> {
        match r {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            other => other,
        }
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
        self.closed_on_epipe(r)
    }
}

fn is_stderr(stream: Stream) -> bool {
    matches!(stream, Stream::Stderr | Stream::System)
}

/// All of `slices` to descriptor `fd` (1 or 2, which outlive us; never closed here).
fn write_all_vectored(fd: i32, mut slices: &mut [IoSlice<'_>]) -> std::io::Result<()> {
    // SAFETY: fd 1 or 2 is open for the whole process; ManuallyDrop never closes it.
    let mut out = ManuallyDrop::new(unsafe { File::from_raw_fd(fd) });
    IoSlice::advance_slices(&mut slices, 0);
    while !slices.is_empty() {
        match out.write_vectored(slices) {
            Ok(0) => return Err(std::io::ErrorKind::WriteZero.into()),
            Ok(n) => IoSlice::advance_slices(&mut slices, n),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}
