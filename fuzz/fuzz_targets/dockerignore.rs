//! `.dockerignore` parsing and matching: any file content and any path, never a panic; a
//! pattern list without exclusions never keeps a path that one of its patterns matches exactly.
#![no_main]

use hvdock_fuzz::dockerignore::{self, Matcher};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    // First part: the .dockerignore file; after a NUL: paths to test, one per line.
    let (file, paths) = s.split_once('\0').unwrap_or((s, "a/b/c\nDockerfile\n.dockerignore"));
    let patterns = dockerignore::parse(file);
    let Ok(m) = Matcher::new(&patterns) else {
        return;
    };
    for raw in paths.lines() {
        // The context walker hands the matcher clean relative paths.
        let p = dockerignore::clean(raw);
        if p == "." || p.starts_with("..") {
            continue;
        }
        let excluded = m.excluded(&p);
        // The matcher trims (Go's strings.TrimSpace) and cleans each pattern, as moby's does.
        let literal = |pat: &String| {
            let t = pat.trim().trim_start_matches('!');
            !t.is_empty() && dockerignore::clean(t) == p && !t.contains(['*', '?', '[', '\\'])
        };
        if !m.has_exclusions() && patterns.iter().any(literal) {
            assert!(excluded, "{p:?} matches {patterns:?} literally but was kept");
        }
    }
    for w in s.as_bytes().windows(2).take(64) {
        let _ = dockerignore::glob(&w[..1], &w[1..]);
    }
});
