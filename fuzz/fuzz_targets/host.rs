//! Daemon addresses (`-H`, `DOCKER_HOST`, context endpoints) and detach-key specs: docker's
//! errors for bad input, never a panic. A parsed address prints back to one that parses the same.
//! Also feeds the detach-key matcher: every byte is either forwarded or held, none invented.
#![no_main]

use hvdock_fuzz::engine::host;
use hvdock_fuzz::stream::detach::{self, Matcher, Scan};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    for tls in [false, true] {
        if let Ok(h) = host::parse(s, tls) {
            // Addresses are trimmed, so a host with inner blanks cannot print back to itself.
            if h.to_string().contains(char::is_whitespace) {
                continue;
            }
            let again = host::parse(&h.to_string(), tls);
            assert_eq!(again.as_ref().ok(), Some(&h), "{s:?} -> {h} -> {again:?}");
        }
    }
    let (spec, input) = s.split_once('\n').unwrap_or((s, ""));
    if let Ok(keys) = detach::parse(spec) {
        let mut m = Matcher::new(keys.clone());
        let mut seen = 0usize;
        for piece in input.as_bytes().chunks(3) {
            match m.scan(piece) {
                Scan::Forward(out) => seen += out.len(),
                Scan::Detach(out) => {
                    assert!(out.len() <= seen + piece.len());
                    break;
                }
            }
        }
        assert!(seen <= input.len() + keys.len());
    }
});
