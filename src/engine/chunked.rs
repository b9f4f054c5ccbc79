//! HTTP/1.1 chunked transfer decoding, incremental: input may be cut anywhere (inside a size
//! line, a chunk, its CRLF, the trailers), and chunk data is handed on as slices of the input,
//! never copied. The daemon's log stream is one chunk per log line, so decoding a whole read at
//! a time is what keeps `logs` cheap.

/// Why a body cannot be decoded.
#[derive(Debug, PartialEq, Eq)]
pub struct Invalid(pub &'static str);

impl std::fmt::Display for Invalid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid chunked encoding: {}", self.0)
    }
}

impl std::error::Error for Invalid {}

#[derive(Debug, Clone, Copy)]
enum State {
    /// In a size line: the value so far, how many hex digits, and whether we are past them
    /// (an extension or whitespace, skipped up to the line end).
    Size {
        value: u64,
        digits: u8,
        past: bool,
    },
    /// Inside a chunk's data.
    Data(u64),
    /// After a chunk's data: its CR, then its LF.
    DataCr,
    DataLf,
    /// After the last chunk: trailer lines up to an empty one (`len` bytes so far on this line).
    Trailer {
        len: usize,
    },
    Done,
}

#[derive(Debug, Clone)]
pub struct Chunked {
    state: State,
}

impl Default for Chunked {
    fn default() -> Self {
        Self::new()
    }
}

impl Chunked {
    pub fn new() -> Chunked {
        Chunked {
            state: State::Size {
                value: 0,
                digits: 0,
                past: false,
            },
        }
    }

    /// The body has ended (last chunk and trailers read).
    pub fn done(&self) -> bool {
        matches!(self.state, State::Done)
    }

    /// Decodes `input`, handing each piece of chunk data to `out`. Returns `Ok(true)` once the
    /// body has ended; bytes after its end are ignored. `out` failing stops decoding with its
    /// error (`E` carries both kinds).
    pub fn feed<E: From<Invalid>>(
        &mut self,
        input: &[u8],
        out: &mut impl FnMut(&[u8]) -> Result<(), E>,
    ) -> Result<bool, E> {
        let mut i = 0;
        while i < input.len() {
            match self.state {
                State::Done => return Ok(true),
                State::Data(left) => {
                    let take = left.min((input.len() - i) as u64) as usize;
                    out(&input[i..i + take])?;
                    i += take;
                    let left = left - take as u64;
                    self.state = if left == 0 {
                        State::DataCr
                    } else {
                        State::Data(left)
                    };
                    continue;
                }
                State::DataCr => {
                    self.state = match input[i] {
                        b'\r' => State::DataLf,
                        // Tolerate a bare LF, as hyper does.
                        b'\n' => Chunked::new().state,
                        _ => return Err(Invalid("missing CRLF after chunk data").into()),
                    };
                }
                State::DataLf => {
                    if input[i] != b'\n' {
                        return Err(Invalid("missing CRLF after chunk data").into());
                    }
                    self.state = Chunked::new().state;
                }
                State::Size {
                    value,
                    digits,
                    past,
                } => {
                    let b = input[i];
                    self.state = match b {
                        b'\n' if digits == 0 => return Err(Invalid("empty chunk size").into()),
                        b'\n' if value == 0 => State::Trailer { len: 0 },
                        b'\n' => State::Data(value),
                        b'\r' => State::Size {
                            value,
                            digits,
                            past: true,
                        },
                        _ if past => State::Size {
                            value,
                            digits,
                            past,
                        },
                        b';' | b' ' | b'\t' if digits > 0 => State::Size {
                            value,
                            digits,
                            past: true,
                        },
                        _ => {
                            let d = (b as char).to_digit(16).ok_or(Invalid("bad chunk size"))?;
                            if digits >= 15 {
                                return Err(Invalid("chunk size too large").into());
                            }
                            State::Size {
                                value: value * 16 + u64::from(d),
                                digits: digits + 1,
                                past,
                            }
                        }
                    };
                }
                State::Trailer { len } => {
                    self.state = match input[i] {
                        b'\n' if len == 0 => State::Done,
                        b'\n' => State::Trailer { len: 0 },
                        b'\r' => State::Trailer { len },
                        _ => State::Trailer { len: len + 1 },
                    };
                }
            }
            i += 1;
        }
        Ok(self.done())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_in_pieces(input: &[u8], piece: usize) -> Result<(Vec<u8>, bool), Invalid> {
        let mut d = Chunked::new();
        let mut out = Vec::new();
        let mut done = false;
        for part in input.chunks(piece.max(1)) {
            done = d.feed(part, &mut |s: &[u8]| {
                out.extend_from_slice(s);
                Ok::<(), Invalid>(())
            })?;
        }
        Ok((out, done))
    }

    #[test]
    fn decodes_whatever_the_cuts() {
        let body = b"5\r\nhello\r\n1;name=v\r\n \r\nA  \r\n0123456789\r\n0\r\nX-T: 1\r\n\r\nextra";
        for piece in 1..body.len() + 1 {
            let (out, done) = decode_in_pieces(body, piece).unwrap();
            assert_eq!(out, b"hello 0123456789", "piece {piece}");
            assert!(done, "piece {piece}");
        }
    }

    #[test]
    fn unfinished_bodies_are_not_done() {
        assert_eq!(
            decode_in_pieces(b"3\r\nabc\r\n", 2).unwrap(),
            (b"abc".to_vec(), false)
        );
        assert_eq!(
            decode_in_pieces(b"0\r\nTrailer: x\r\n", 4).unwrap(),
            (vec![], false)
        );
    }

    #[test]
    fn rejects_malformed_bodies() {
        for bad in [
            &b"zz\r\n"[..],
            b"\r\n",
            b"3\r\nabcX",
            b"3\r\nabc\rY",
            b"1000000000000000\r\n",
        ] {
            assert!(decode_in_pieces(bad, 3).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn an_output_error_stops_decoding() {
        #[derive(Debug)]
        struct Stop;
        impl From<Invalid> for Stop {
            fn from(_: Invalid) -> Stop {
                Stop
            }
        }
        let mut d = Chunked::new();
        let r = d.feed(b"2\r\nab\r\n", &mut |_| Err(Stop));
        assert!(r.is_err());
    }
}
