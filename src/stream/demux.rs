//! The daemon's multiplexed stream (non-TTY attach, exec and logs): frames of an 8-byte header
//! `[stream, 0, 0, 0, size u32 big-endian]` followed by `size` bytes. Decoding is exact: it never
//! guesses from the data, so binary output passes through unchanged.

/// Which stream a frame belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdin,
    Stdout,
    Stderr,
    /// Stream 3: the daemon reports an error in band (`logs` of a failed driver).
    System,
}

/// Incremental decoder: feed bytes as they arrive, take whole or partial frame payloads out.
#[derive(Debug, Default)]
pub struct Demuxer {
    header: [u8; 8],
    have: usize,
    remaining: usize,
    current: Option<Stream>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum DemuxError {
    /// A header named a stream the protocol does not have.
    BadStream(u8),
}

impl std::fmt::Display for DemuxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DemuxError::BadStream(b) => write!(f, "Unrecognized input header: {b}"),
        }
    }
}

impl std::error::Error for DemuxError {}

impl Demuxer {
    pub fn new() -> Demuxer {
        Demuxer::default()
    }

    /// Decodes `input`, calling `sink(stream, payload)` for each run of payload bytes (a frame may
    /// arrive in several pieces; each piece is passed on as soon as it is here).
    pub fn feed<'a>(
        &mut self,
        mut input: &'a [u8],
        mut sink: impl FnMut(Stream, &'a [u8]),
    ) -> Result<(), DemuxError> {
        while !input.is_empty() {
            if self.remaining > 0 {
                let n = self.remaining.min(input.len());
                if let Some(s) = self.current {
                    sink(s, &input[..n]);
                }
                self.remaining -= n;
                input = &input[n..];
                continue;
            }
            let need = 8 - self.have;
            let n = need.min(input.len());
            self.header[self.have..self.have + n].copy_from_slice(&input[..n]);
            self.have += n;
            input = &input[n..];
            if self.have == 8 {
                self.take_header()?;
            }
        }
        Ok(())
    }

    /// Decodes `input` into whole frames: `partial` holds a frame's payload until its last byte
    /// is here, then `frame(stream, payload)` gets it (service logs parse one message a frame).
    pub fn feed_frames(
        &mut self,
        mut input: &[u8],
        partial: &mut Vec<u8>,
        mut frame: impl FnMut(Stream, &[u8]),
    ) -> Result<(), DemuxError> {
        while !input.is_empty() {
            if self.remaining > 0 {
                let n = self.remaining.min(input.len());
                partial.extend_from_slice(&input[..n]);
                self.remaining -= n;
                input = &input[n..];
            } else {
                let n = (8 - self.have).min(input.len());
                self.header[self.have..self.have + n].copy_from_slice(&input[..n]);
                self.have += n;
                input = &input[n..];
                if self.have < 8 {
                    continue;
                }
                self.take_header()?;
            }
            if self.remaining == 0 && self.have == 0 {
                if let Some(s) = self.current {
                    frame(s, partial);
                }
                partial.clear();
            }
        }
        Ok(())
    }

    /// A complete header read: the frame's stream and size.
    fn take_header(&mut self) -> Result<(), DemuxError> {
        self.have = 0;
        self.current = Some(match self.header[0] {
            0 => Stream::Stdin,
            1 => Stream::Stdout,
            2 => Stream::Stderr,
            3 => Stream::System,
            b => return Err(DemuxError::BadStream(b)),
        });
        self.remaining = u32::from_be_bytes([
            self.header[4],
            self.header[5],
            self.header[6],
            self.header[7],
        ]) as usize;
        Ok(())
    }

    /// True between frames (nothing half-read).
    pub fn at_boundary(&self) -> bool {
        self.have == 0 && self.remaining == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(stream: u8, data: &[u8]) -> Vec<u8> {
        let mut v = vec![stream, 0, 0, 0];
        v.extend_from_slice(&(data.len() as u32).to_be_bytes());
        v.extend_from_slice(data);
        v
    }

    #[test]
    fn decodes_frames_split_at_every_byte() {
        // Payloads that start with 0x00..0x02 are exactly what a guessing decoder gets wrong.
        let mut wire = frame(1, &[0, 1, 2, 0, 0, 0, 0, 5, b'x']);
        wire.extend(frame(2, b"err\n"));
        wire.extend(frame(1, &[]));
        wire.extend(frame(1, &[2; 300]));
        for chunk in 1..wire.len() {
            let mut d = Demuxer::new();
            let (mut out, mut err) = (Vec::new(), Vec::new());
            for piece in wire.chunks(chunk) {
                d.feed(piece, |s, b| match s {
                    Stream::Stdout => out.extend_from_slice(b),
                    Stream::Stderr => err.extend_from_slice(b),
                    _ => panic!("unexpected stream"),
                })
                .unwrap();
            }
            let mut want = vec![0, 1, 2, 0, 0, 0, 0, 5, b'x'];
            want.extend_from_slice(&[2; 300]);
            assert_eq!(out, want, "chunk size {chunk}");
            assert_eq!(err, b"err\n");
            assert!(d.at_boundary());
        }
    }

    #[test]
    fn rejects_unknown_stream() {
        let mut d = Demuxer::new();
        assert_eq!(
            d.feed(&[7, 0, 0, 0, 0, 0, 0, 1, b'a'], |_, _| {}),
            Err(DemuxError::BadStream(7))
        );
    }
}
