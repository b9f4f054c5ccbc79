//! Daemon addresses (`-H`, `DOCKER_HOST`, context endpoints) and detach-key specs: docker's
//! errors for bad input, never a panic. A parsed address prints back to one that parses the same.
//! Also feeds the detach-key matcher: every byte is either forwarded or held, none invented.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| hvdock_fuzz::targets::host::run(data));
