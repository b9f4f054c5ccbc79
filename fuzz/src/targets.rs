//! The fuzz targets' bodies, one function per target (`fuzz_targets/<name>.rs` only hands
//! libFuzzer's input to it). Plain functions with no libFuzzer in them, so that the main crate's
//! tests/fuzz_seeds.rs can replay every committed seed through exactly these checks on a stable
//! toolchain. Paths go through `super::`, so this compiles wherever `lib.rs` is mounted.

/// The Go text/template engine: parse, then execute in normal and header mode and as a table.
/// Input: template text, optionally followed by a NUL byte and JSON data to run it over.
pub mod template {
    use super::super::format::template::{ExecOptions, Template};
    use super::super::format::value::Value;

    const SAMPLE: &str = r#"{"ID":"0123456789ab","Names":["/a","/b"],"Labels":{"k":"v","x":""},
"State":{"Running":true,"ExitCode":0,"Pid":42},"Size":1234567,"Ratio":0.5,"Nil":null,
"Mounts":[{"Type":"volume","Source":"/v","RW":true}],"Empty":{},"List":[1,2,3]}"#;

    pub fn run(data: &[u8]) {
        let (text, json) = match data.iter().position(|b| *b == 0) {
            Some(i) => (&data[..i], Some(&data[i + 1..])),
            None => (data, None),
        };
        let Ok(text) = std::str::from_utf8(text) else {
            return;
        };
        let value = json
            .and_then(|j| serde_json::from_slice::<serde_json::Value>(j).ok())
            .or_else(|| serde_json::from_str(SAMPLE).ok())
            .map(|j| Value::from_json(&j))
            .unwrap_or(Value::Nil);
        let Ok(t) = Template::parse("", text) else {
            return;
        };
        let mut out = String::new();
        let _ = t.execute(&value, &mut out);
        let mut out = String::new();
        let _ = t.execute_header(&value, &mut out);
        let mut out = String::new();
        let _ = t.execute_with(
            &value,
            &mut out,
            ExecOptions {
                missing_key_error: true,
                ..Default::default()
            },
        );
        let (resolved, table) =
            super::super::format::parse_format(text).resolve("{{.ID}}\t{{.Names}}");
        let _ =
            super::super::format::render(&resolved, table, &value, std::slice::from_ref(&value));
    }
}

/// The attach/logs stream demultiplexer. Decoding in arbitrary pieces must give exactly what
/// decoding in one piece gives (same streams, same bytes, same error), and never panic.
/// Input: one byte choosing the piece size, then the wire bytes.
pub mod demux {
    use super::super::stream::demux::{Demuxer, Stream};

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

    pub fn run(data: &[u8]) {
        let Some((&piece, wire)) = data.split_first() else {
            return;
        };
        let (whole, whole_err, whole_end) = decode(wire, wire.len());
        let (split, split_err, split_end) = decode(wire, piece as usize % 17 + 1);
        assert_eq!(whole_err, split_err);
        assert_eq!(whole_end, split_end);
        assert_eq!(drop_empty(whole), drop_empty(split));
    }
}

/// HTTP/1.1 chunked decoding (`logs` bodies). Decoding in arbitrary pieces must give exactly
/// what decoding in one piece gives (same bytes, same end, same error), and never panic.
/// Input: one byte choosing the piece size, then the wire bytes.
pub mod chunked {
    use super::super::engine::chunked::{Chunked, Invalid};

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

    pub fn run(data: &[u8]) {
        let Some((&piece, wire)) = data.split_first() else {
            return;
        };
        let whole = decode(wire, wire.len());
        let split = decode(wire, piece as usize % 17 + 1);
        assert_eq!(whole, split);
    }
}

/// docker's flag value parsers (ports, mounts, volumes, sizes, durations, ulimits, env/label
/// files, networks, restart policies, devices, hosts, ...): bad input is an `Err`, never a panic.
/// Input: one byte choosing the parser, then the value.
pub mod opts {
    use super::super::opts::*;

    pub fn run(data: &[u8]) {
        let Some((&which, rest)) = data.split_first() else {
            return;
        };
        if which % 32 == 12 {
            // env files / label files: raw bytes, with and without a lookup for bare keys
            let lookup = |k: &str| Some(format!("v-{k}"));
            let _ = kvfile::parse(rest, Some(&lookup));
            let _ = kvfile::parse(rest, None);
            return;
        }
        let Ok(s) = std::str::from_utf8(rest) else {
            return;
        };
        let list = || s.split('\u{1}').map(str::to_string).collect::<Vec<_>>();
        match which % 32 {
            0 => {
                let _ = ports::parse(&list(), &[]);
            }
            1 => {
                let _ = ports::parse(&[], &list());
            }
            2 => {
                let _ = ports::parse_range(s);
                let _ = ports::split_proto_port(s);
            }
            3 => {
                let _ = mount::parse(s);
            }
            4 => {
                let _ = volume::parse(&list());
            }
            5 => {
                let _ = size::ram_in_bytes(s);
                let _ = size::from_human_size(s);
                let _ = size::memory_swap(s);
            }
            6 => {
                let _ = duration::parse(s);
            }
            7 => {
                let _ = ulimit::parse(s);
            }
            8 => {
                let _ = network::parse(s);
                let _ = network::is_user_defined(s);
                let _ = network::network_name(s);
            }
            9 => {
                let _ = restart::parse(s);
            }
            10 => {
                let _ = device::parse(s);
                let _ = device::cgroup_rule(s);
            }
            11 => {
                let _ = host::extra_host(s);
                let _ = host::dns_search(s);
            }
            13 => {
                let _ = keyvalue::env(s);
                let _ = keyvalue::label(s);
                let _ = keyvalue::sysctl(s);
                let _ = keyvalue::logging(Some("json-file"), &list());
                let _ = keyvalue::storage(&list());
            }
            14 => {
                let _ = cpus::parse(s);
                let _ = gofloat::parse_float(s);
            }
            15 => {
                let _ = csv::read_record(s);
            }
            16 => {
                let _ = filter::parse(s);
                let pairs: Vec<(String, String)> = list()
                    .into_iter()
                    .map(|p| match p.split_once('=') {
                        Some((k, v)) => (k.to_string(), v.to_string()),
                        None => (p, String::new()),
                    })
                    .collect();
                let _ = filter::to_query(&pairs);
            }
            17 => {
                let _ = ip::parse(s).map(ip::canonical);
                let _ = ip::validate(s);
                let _ = mac::is_valid(s);
            }
            18 => {
                let _ = link::validate(s);
                let _ = attach::stream(s);
                let _ = boolean::parse(s);
                let _ = cdi::is_qualified_name(s);
            }
            19 => {
                let _ = namespace::pid(s);
                let _ = namespace::uts(s);
                let _ = namespace::userns(s);
                let _ = namespace::cgroupns(s);
                let _ = namespace::capabilities(&list());
            }
            20 => {
                let _ = paths::clean(s);
                let _ = paths::absolute_if_dotted(s);
            }
            _ => {}
        }
    }
}

/// `.dockerignore` parsing and matching: any file content and any path, never a panic; a
/// pattern list without exclusions never keeps a path that one of its patterns matches exactly.
pub mod dockerignore {
    use super::super::dockerignore::{self, Matcher};

    pub fn run(data: &[u8]) {
        let Ok(s) = std::str::from_utf8(data) else {
            return;
        };
        // First part: the .dockerignore file; after a NUL: paths to test, one per line.
        let (file, paths) = s
            .split_once('\0')
            .unwrap_or((s, "a/b/c\nDockerfile\n.dockerignore"));
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
                assert!(
                    excluded,
                    "{p:?} matches {patterns:?} literally but was kept"
                );
            }
        }
        for w in s.as_bytes().windows(2).take(64) {
            let _ = dockerignore::glob(&w[..1], &w[1..]);
        }
    }
}

/// Daemon addresses (`-H`, `DOCKER_HOST`, context endpoints) and detach-key specs: docker's
/// errors for bad input, never a panic. A parsed address prints back to one that parses the same.
/// Also feeds the detach-key matcher: every byte is either forwarded or held, none invented.
pub mod host {
    use super::super::engine::host;
    use super::super::stream::detach::{self, Matcher, Scan};

    pub fn run(data: &[u8]) {
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
    }
}
