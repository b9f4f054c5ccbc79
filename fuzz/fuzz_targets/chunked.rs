//! HTTP/1.1 chunked decoding (`logs` bodies). Decoding in arbitrary pieces must give exactly
//! what decoding in one piece gives (same bytes, same end, same error), and never panic.
//! Input: one byte choosing the piece size, then the wire bytes.
#![no_main]

use hvdock_fuzz::engine::chunked::{Chunked, Invalid};
use libfuzzer_sys::fuzz_target;

fn decode(wire: &[u8], piece: usize) -> (Vec<u8>, Option<Invalid>, bool) {
    let mut d = Chunked::new();
    let mut out = Vec::new();
    for part in wire.chunks(piece.max(1)) {
        let r = d.feed(part, &mut |b: &[u8]| {
            out.extend_from_slice(b);
            Ok::<(), Invalid>(())
        });
        match r {
            Err(e) => return (out, Some(e), false),
            Ok(true) => return (out, None, true),
            Ok(false) => {}
        }
    }
    (out, None, false)
}

fuzz_target!(|data: &[u8]| {
    let Some((&piece, wire)) = data.split_first() else {
        return;
    };
    let whole = decode(wire, wire.len());
    let split = decode(wire, piece as usize % 17 + 1);
    assert_eq!(whole, split);
});
