//! Differences found while auditing issues 15 and 19 against the reference client: `run -d`
//! prints the container's ID before it starts it (a failed start still shows the ID), and a
//! daemon's broken answers are reported in docker's words (an error status with an empty body
//! names the route asked; chunk data not followed by CRLF is `malformed chunked encoding`).

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::net::UnixListener;

use common::*;

/// A daemon on a Unix socket: `/_ping` answers API 1.41, every other request gets `answer`
/// (raw bytes), then the connection closes.
struct RawDaemon {
    path: std::path::PathBuf,
    _dir: tempfile::TempDir,
}

impl RawDaemon {
    fn start(answer: &'static str) -> RawDaemon {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("raw.sock");
        let listener = UnixListener::bind(&path).expect("bind");
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                std::thread::spawn(move || {
                    let mut writer = stream.try_clone().expect("clone");
                    let mut reader = BufReader::new(stream);
                    loop {
                        let mut head = Vec::new();
                        let mut length = 0usize;
                        loop {
                            let mut line = String::new();
                            if reader.read_line(&mut line).unwrap_or(0) == 0 {
                                return;
                            }
                            if let Some(v) =
                                line.to_ascii_lowercase().strip_prefix("content-length:")
                            {
                                length = v.trim().parse().unwrap_or(0);
                            }
                            if line == "\r\n" {
                                break;
                            }
                            head.push(line);
                        }
                        let mut body = vec![0; length];
                        if reader.read_exact(&mut body).is_err() {
                            return;
                        }
                        let first = head.first().cloned().unwrap_or_default();
                        if first.contains("/_ping") {
                            let ok = if first.starts_with("HEAD") { "" } else { "OK" };
                            let reply = format!("HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 2\r\n\r\n{ok}");
                            if writer.write_all(reply.as_bytes()).is_err() {
                                return;
                            }
                            continue;
                        }
                        let _ = writer.write_all(answer.as_bytes());
                        return;
                    }
                });
            }
        });
        RawDaemon { path, _dir: dir }
    }

    fn host(&self) -> String {
        format!("unix://{}", self.path.display())
    }
}

/// Runs `args` through both clients against a daemon answering `answer`; both must agree.
fn same_against(answer: &'static str, args: &[&str]) -> Run {
    let daemon = RawDaemon::start(answer);
    let host = daemon.host();
    let mut all = vec!["-H", host.as_str()];
    all.extend_from_slice(args);
    let ours = run(&all);
    if let Some(theirs) = docker(&all) {
        assert_same(
            &format!("{args:?} answered {answer:?}"),
            &ours,
            &output(theirs, None),
        );
    }
    ours
}

/// An error status with an empty body: docker names the route it asked (the socket's path
/// escaped as a URL host, the API version, the query), not an empty daemon message.
#[test]
fn an_error_status_with_an_empty_body_names_the_route() {
    let empty_500 = "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n";
    let empty_404 = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n";
    let r = same_against(empty_500, &["volume", "inspect", "x y"]);
    assert!(
        r.stderr.contains(
            "request returned 500 Internal Server Error for API route and version http://%2F"
        ) && r
            .stderr
            .contains("/v1.41/volumes/x%20y, check if the server supports"),
        "{r:?}"
    );
    same_against(empty_404, &["ps", "-a", "--filter", "name=a"]);
    same_against(empty_500, &["logs", "-f", "x"]);
    same_against(empty_500, &["start", "abc"]);
}

/// Chunk data that is not followed by CRLF: Go's `malformed chunked encoding`.
#[test]
fn chunk_data_without_its_crlf_is_malformed_chunked_encoding() {
    let r = same_against(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n[{\"Id\"\r\n",
        &["ps"],
    );
    assert_eq!(r.stderr, "malformed chunked encoding\n", "{r:?}");
    same_against(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n[{\"Id\rx",
        &["volume", "ls"],
    );
}

/// `run -d` whose start fails: docker has already printed the container's ID on stdout.
#[test]
fn run_detached_prints_the_id_before_a_failed_start() {
    let scope = Scope::new("hva2-run-d");
    let label = scope.label();
    let args = [
        "run",
        "-d",
        "--label",
        &label,
        IMAGE,
        "hva2-no-such-command",
    ];
    let ours = run(&args);
    let is_id = |s: &str| {
        s.len() == 65 && s.ends_with('\n') && s[..64].bytes().all(|b| b.is_ascii_hexdigit())
    };
    assert!(is_id(&ours.stdout), "{ours:?}");
    assert_eq!(ours.code, 127, "{ours:?}");
    if let Some(theirs) = docker(&args) {
        let theirs = output(theirs, None);
        assert!(is_id(&theirs.stdout), "{theirs:?}");
        assert_eq!(
            (ours.code, normalise(&ours.stderr)),
            (theirs.code, theirs.stderr.clone())
        );
    }
}

/// `import` checks the reference on the client, as `tag`, `pull` and `push` do, once the source
/// is open: docker's own message, nothing sent to the daemon.
#[test]
fn import_refuses_an_invalid_reference_on_the_client() {
    for reference in ["INVALID", "a:b:c", "Ab:1"] {
        let r = same(&["import", "-", reference]);
        assert_eq!(r.code, 1, "{r:?}");
    }
    let r = same(&["import", "/hva2-nonexistent", "INVALID"]);
    assert_eq!(r.code, 1, "{r:?}");
    let r = run(&["import", "-", "INVALID"]);
    assert_eq!(
        r.stderr,
        "invalid reference format: repository name (library/INVALID) must be lowercase\n"
    );
}

/// The legacy builder's query for issue 19's build flags: the same parameters and values as
/// docker's (`ulimits` as docker's `units.Ulimit`: Name, Hard, Soft), recorded by a proxy in
/// front of the real engine. One ulimit: docker lists several in a Go map's random order.
#[test]
fn build_resource_flags_reach_the_daemon_as_dockers() {
    if !require(Need::Docker) {
        return;
    }
    let tag = format!("hva2-bq-{}:1", std::process::id());
    let _images = common::images::Images::new(vec![tag.clone()]);
    let flags = [
        "build",
        "-q",
        "--cache-from",
        "x",
        "--cache-from",
        "y",
        "--add-host",
        "a:1.2.3.4",
        "--add-host",
        "b:host-gateway",
        "--cgroup-parent",
        "p",
        "--cpu-period",
        "100000",
        "--cpu-quota",
        "5000",
        "--cpu-shares",
        "2",
        "--cpuset-cpus",
        "0",
        "--cpuset-mems",
        "0",
        "--memory",
        "64m",
        "--memory-swap",
        "128m",
        "--shm-size",
        "64m",
        "--ulimit",
        "nofile=10:20",
        "--disable-content-trust",
        "--rm=true",
        "-t",
        &tag,
        "-",
    ];
    let dockerfile = format!("FROM {IMAGE}\n");
    let query = |ours: bool| -> (i32, Vec<String>) {
        let proxy = common::proxy::Proxy::start(SOCKET);
        let host = proxy.host();
        let mut args = vec!["-H", host.as_str()];
        args.extend_from_slice(&flags);
        let cmd = if ours {
            hvdock(&args)
        } else {
            reference(&args)
        };
        let r = output(cmd, Some(dockerfile.as_bytes()));
        let line = proxy
            .request_lines()
            .into_iter()
            .find(|l| l.contains("/build?"))
            .unwrap_or_default();
        let target = line.split(' ').nth(1).unwrap_or_default().to_string();
        let mut params: Vec<String> = target
            .split_once('?')
            .map(|(_, q)| q.split('&').map(str::to_string).collect())
            .unwrap_or_default();
        params.sort();
        (r.code, params)
    };
    let theirs = query(false);
    let ours = query(true);
    assert!(
        theirs.1.iter().any(|p| p.starts_with("ulimits=")),
        "{theirs:?}"
    );
    assert_eq!(ours, theirs);
}

/// `--disable-content-trust` on pull and push (all spellings) is accepted as docker accepts it:
/// the same answer for an image that is nowhere.
#[test]
fn pull_and_push_take_disable_content_trust() {
    let missing = format!("127.0.0.1:5000/hva2-nothing-{}:1", std::process::id());
    for verb in [
        &["pull"][..],
        &["image", "pull"],
        &["push"],
        &["image", "push"],
    ] {
        let mut args = verb.to_vec();
        args.extend(["--disable-content-trust", missing.as_str()]);
        let r = same(&args);
        assert_eq!(r.code, 1, "{r:?}");
    }
}
