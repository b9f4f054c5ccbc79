//! The Go text/template engine: parse, then execute in normal and header mode and as a table.
//! Input: template text, optionally followed by a NUL byte and JSON data to run it over.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| hvdock_fuzz::targets::template::run(data));
