//! The attach/logs stream demultiplexer. Decoding in arbitrary pieces must give exactly what
//! decoding in one piece gives (same streams, same bytes, same error), and never panic.
//! Input: one byte choosing the piece size, then the wire bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| hvdock_fuzz::targets::demux::run(data));
