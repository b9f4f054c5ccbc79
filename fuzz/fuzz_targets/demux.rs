//! The attach/logs stream demultiplexer. Decoding in arbitrary pieces must give exactly what
//! decoding in one piece gives (same streams, same bytes, same error), and never panic.
//! Input: one byte choosing the piece size, then the wire bytes.
#![no_main]

use hvdock_fuzz::stream::demux::{Demuxer, Stream};
use libfuzzer_sys::fuzz_target;

type Out = Vec<(Stream, Vec<u8>)>;

fn push(out: &mut Out, s: Stream, b: &[u8]) {
    match out.last_mut() {
        Some((last, bytes)) if *last == s => bytes.extend_from_slice(b),
        _ => out.push((s, b.to_vec())),
    }
}

fn decode(wire: &[u8], piece: usize) -> (Out, bool, bool) {
    let mut d = Demuxer::new();
    let mut out = Out::new();
    for chunk in wire.chunks(piece.max(1)) {
        if d.feed(chunk, |s, b| push(&mut out, s, b)).is_err() {
            return (out, true, false);
        }
    }
    (out, false, d.at_boundary())
}

fn drop_empty(out: Out) -> Out {
    out.into_iter().filter(|(_, b)| !b.is_empty()).collect()
}

fuzz_target!(|data: &[u8]| {
    let Some((&piece, wire)) = data.split_first() else {
        return;
    };
    let (whole, whole_err, whole_end) = decode(wire, wire.len());
    let (split, split_err, split_end) = decode(wire, piece as usize % 17 + 1);
    assert_eq!(whole_err, split_err);
    assert_eq!(whole_end, split_end);
    assert_eq!(drop_empty(whole), drop_empty(split));
});
