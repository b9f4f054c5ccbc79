//! docker's flag value parsers (ports, mounts, volumes, sizes, durations, ulimits, env/label
//! files, networks, restart policies, devices, hosts, ...): bad input is an `Err`, never a panic.
//! Input: one byte choosing the parser, then the value.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| hvdock_fuzz::targets::opts::run(data));
