//! HTTP/1.1 chunked decoding (`logs` bodies). Decoding in arbitrary pieces must give exactly
//! what decoding in one piece gives (same bytes, same end, same error), and never panic.
//! Input: one byte choosing the piece size, then the wire bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| hvdock_fuzz::targets::chunked::run(data));
