//! `.dockerignore` parsing and matching: any file content and any path, never a panic; a
//! pattern list without exclusions never keeps a path that one of its patterns matches exactly.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| hvdock_fuzz::targets::dockerignore::run(data));
