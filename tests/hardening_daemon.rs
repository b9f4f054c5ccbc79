//! Deliberately broken daemons: answers cut short (whatever the framing), bad chunked encoding,
//! malformed JSON, fields of the wrong type, a body that never ends and one that stalls. hvdock
//! fails as docker does (same text and exit code where docker has a message for it), never
//! passes a broken answer on, never grows without bound and never hangs.

mod common;

use std::io::{BufReader, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::fake_daemon::read_request;
use common::*;

#[derive(Clone, Copy, Debug)]
enum Mode {
    /// `Connection: close`, no length, the JSON cut in the middle.
    TruncClose,
    /// A `Content-Length` larger than what is sent before the close.
    TruncLength,
    /// Chunked, the last chunk never sent.
    TruncChunked,
    /// A chunk size that is not hexadecimal.
    BadChunked,
    /// Complete, well framed, not JSON.
    BadJson,
    /// Complete, well framed, not JSON from its first byte.
    NotJson,
    /// A string with an escape JSON does not have.
    BadEscape,
    /// A JSON value cut short, well framed (the whole `Content-Length` sent).
    CutValue,
    /// `Content-Type: application/json`, nothing in it.
    Empty,
    /// `/info` of the wrong types.
    InfoWrongTypes,
    /// `{"Id":5}` for everything.
    NumberId,
    /// A /version whose fields have the wrong types.
    WrongTypes,
    /// Half an answer, then nothing.
    Stall,
    /// A chunked body that never ends.
    Endless,
}

/// A daemon on a unix socket that answers `/_ping` properly and everything else as `mode` says.
struct Broken {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

impl Broken {
    fn start(mode: Mode) -> Broken {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("broken.sock");
        let listener = UnixListener::bind(&path).unwrap();
        std::thread::spawn(move || {
            for conn in listener.incoming().flatten() {
                std::thread::spawn(move || serve(conn, mode));
            }
        });
        Broken { _dir: dir, path }
    }

    fn host(&self) -> String {
        format!("unix://{}", self.path.display())
    }
}

fn serve(conn: UnixStream, mode: Mode) {
    let mut w = conn.try_clone().unwrap();
    let mut r = BufReader::new(conn);
    while let Some(req) = read_request(&mut r) {
        if req.path.ends_with("/_ping") {
            let body = if req.method == "HEAD" { "" } else { "OK" };
            let head = format!("HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nOstype: linux\r\nContent-Length: {}\r\n\r\n{body}", body.len());
            if w.write_all(head.as_bytes()).is_err() {
                return;
            }
            continue;
        }
        let json = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
        let complete = |body: &str| format!("{json}Content-Length: {}\r\n\r\n{body}", body.len());
        let cut = r#"{"Id":"abc","Names":["#;
        let answer = match mode {
            Mode::TruncClose => format!("{json}Connection: close\r\n\r\n{cut}"),
            Mode::TruncLength => format!("{json}Content-Length: 100\r\n\r\n{cut}"),
            Mode::TruncChunked => format!(
                "{json}Transfer-Encoding: chunked\r\n\r\n{:x}\r\n{cut}\r\n",
                cut.len()
            ),
            Mode::BadChunked => {
                format!(
                    "{json}Transfer-Encoding: chunked\r\n\r\nzz\r\n{{\"Id\":\"abc\"}}\r\n0\r\n\r\n"
                )
            }
            Mode::BadJson => complete(r#"{"Id":"abc",,}"#),
            Mode::NotJson => complete("xyz"),
            Mode::BadEscape => complete(r#"{"Id":"a\q"}"#),
            Mode::CutValue => complete(r#"{"Id":"ab"#),
            Mode::Empty => complete(""),
            Mode::InfoWrongTypes => complete(r#"{"Name":"n","Containers":"x"}"#),
            Mode::NumberId => complete(r#"{"Id":5,"Warnings":[]}"#),
            Mode::WrongTypes => complete(r#"{"Version":5,"ApiVersion":"1.41","Os":["linux"]}"#),
            Mode::Stall => {
                let _ =
                    w.write_all(format!("{json}Content-Length: 100\r\n\r\n{{\"Id\":").as_bytes());
                // Hold the connection open, say nothing more.
                std::thread::sleep(Duration::from_secs(600));
                return;
            }
            Mode::Endless => {
                let _ = w.write_all(
                    format!("{json}Transfer-Encoding: chunked\r\n\r\n1\r\n[\r\n").as_bytes(),
                );
                let chunk = "1,".repeat(32 * 1024);
                let framed = format!("{:x}\r\n{chunk}\r\n", chunk.len());
                while w.write_all(framed.as_bytes()).is_ok() {}
                return;
            }
        };
        let _ = w.write_all(answer.as_bytes());
        let framed = matches!(
            mode,
            Mode::BadJson
                | Mode::NotJson
                | Mode::BadEscape
                | Mode::CutValue
                | Mode::Empty
                | Mode::InfoWrongTypes
                | Mode::NumberId
                | Mode::WrongTypes
        );
        if !framed {
            let _ = w.shutdown(std::net::Shutdown::Both);
            return;
        }
    }
}

/// Runs `cmd` to its end, failing the test (and killing it) if it has not ended within `limit`:
/// a guard against a hang, far above the time the command needs.
fn finish(mut cmd: Command, limit: Duration) -> Run {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let started = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            panic!("{cmd:?} hung");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = child.wait_with_output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        raw_stdout: out.stdout,
    }
}

fn ours(daemon: &Broken, args: &[&str]) -> Run {
    let mut c = hvdock(args);
    c.env("DOCKER_HOST", daemon.host())
        .env("HVDOCK_TIMEOUT", "2");
    finish(c, Duration::from_secs(60))
}

fn same_as_docker(mode: Mode, args: &[&str]) {
    let daemon = Broken::start(mode);
    let ours = ours(&daemon, args);
    assert_ne!(ours.code, 0, "{mode:?} {args:?}: {}", ours.stdout);
    assert!(
        !ours.stderr.contains("Cannot connect"),
        "{mode:?} {args:?}: {}",
        ours.stderr
    );
    if let Some(mut theirs) = docker(args) {
        theirs.env("DOCKER_HOST", daemon.host());
        let theirs = finish(theirs, Duration::from_secs(60));
        assert_eq!(
            (ours.code, normalise(&ours.stdout), normalise(&ours.stderr)),
            (theirs.code, theirs.stdout, theirs.stderr),
            "{mode:?} {args:?}"
        );
    }
}

#[test]
fn answers_cut_short_fail_like_docker() {
    for mode in [
        Mode::TruncClose,
        Mode::TruncLength,
        Mode::TruncChunked,
        Mode::BadChunked,
    ] {
        for args in [
            &["inspect", "x"][..],
            &["container", "inspect", "x"],
            &["network", "inspect", "x"],
            &["ps"],
            &["version", "--format", "{{.Server.Version}}"],
            &["run", "-d", IMAGE, "true"],
        ] {
            same_as_docker(mode, args);
        }
    }
}

#[test]
fn fields_of_the_wrong_type_are_errors_like_docker() {
    same_as_docker(Mode::NumberId, &["run", "-d", IMAGE, "true"]);
    same_as_docker(Mode::NumberId, &["create", IMAGE]);
    same_as_docker(
        Mode::WrongTypes,
        &["version", "--format", "{{.Server.Version}}"],
    );
    let daemon = Broken::start(Mode::WrongTypes);
    let r = ours(&daemon, &["version"]);
    assert_eq!(r.code, 1);
    assert_eq!(
        r.stderr,
        "json: cannot unmarshal number into Go struct field Version.Version of type string\n"
    );
}

/// Malformed JSON fails in Go's words, as docker's client decodes it: `invalid character ...`,
/// `unexpected EOF` for a value cut short, `EOF` for nothing; never passed on.
#[test]
fn malformed_json_fails_in_gos_words_like_docker() {
    for mode in [
        Mode::BadJson,
        Mode::NotJson,
        Mode::BadEscape,
        Mode::CutValue,
        Mode::Empty,
    ] {
        for args in [
            &["inspect", "x"][..],
            &["container", "inspect", "x"],
            &["network", "inspect", "x"],
            &["ps"],
            &["images"],
            &["volume", "ls"],
            &["version", "--format", "{{.Server.Version}}"],
            &["run", "-d", IMAGE, "true"],
        ] {
            same_as_docker(mode, args);
        }
    }
    let daemon = Broken::start(Mode::BadJson);
    let r = ours(&daemon, &["ps"]);
    assert_eq!(
        r.stderr,
        "invalid character ',' looking for beginning of object key string\n"
    );
}

/// The client's part of `info` against a daemon whose `/info` is broken: docker's
/// `Error reading remote info: ...` under the client section (exit 1), or above a template's
/// output over an empty `system.Info` (exit 0); a connection failure fails the command.
#[test]
fn info_with_a_broken_body_is_reported_like_docker() {
    // The client section's first line carries hvdock's own version as the platform name
    // (`Client: hvdock 0.1.0`), a slot the reference client leaves empty; the rest is exact.
    let client_version = |s: &str| {
        s.lines()
            .map(|l| {
                if l.starts_with("Client: ") {
                    "Client:"
                } else {
                    l
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let missing = tempfile::tempdir().unwrap();
    let nobody = format!("unix://{}/none.sock", missing.path().display());
    for mode in [
        Some(Mode::TruncClose),
        Some(Mode::BadChunked),
        Some(Mode::BadJson),
        Some(Mode::CutValue),
        Some(Mode::Empty),
        Some(Mode::NumberId),
        Some(Mode::InfoWrongTypes),
        None,
    ] {
        let daemon = mode.map(Broken::start);
        let host = daemon.as_ref().map_or(nobody.clone(), Broken::host);
        for args in [
            &["info"][..],
            &["info", "--format", "{{.Name}}"],
            &[
                "system",
                "info",
                "--format",
                "{{.Containers}} {{.Swarm.NodeID}}",
            ],
            &["info", "--format", "{{json .Plugins}}"],
            &["info", "--format", "{{.ClientInfo.Context}}"],
            &["info", "--format", "{{json.}}"],
        ] {
            let mut c = hvdock(args);
            c.env("DOCKER_HOST", &host).env("HVDOCK_TIMEOUT", "2");
            let ours = finish(c, Duration::from_secs(60));
            if args == ["info"] {
                assert_eq!(ours.code, 1, "{mode:?}: {}", ours.stderr);
            }
            if let Some(mut theirs) = docker(args) {
                theirs.env("DOCKER_HOST", &host);
                let theirs = finish(theirs, Duration::from_secs(60));
                assert_eq!(
                    (
                        ours.code,
                        client_version(&ours.stdout),
                        normalise(&ours.stderr)
                    ),
                    (theirs.code, client_version(&theirs.stdout), theirs.stderr),
                    "{mode:?} {args:?}"
                );
            }
        }
    }
    let daemon = Broken::start(Mode::BadJson);
    let r = ours(&daemon, &["info", "--format", "{{.Name}}"]);
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            0,
            "\n",
            "Error reading remote info: invalid character ',' looking for beginning of object key string\n"
        )
    );
}

#[test]
fn a_body_that_never_ends_is_cut_at_the_cap() {
    let daemon = Broken::start(Mode::Endless);
    for args in [&["inspect", "x"][..], &["ps"], &["version"]] {
        let r = ours(&daemon, args);
        assert_eq!(r.code, 1, "{args:?}");
        assert!(
            r.stderr
                .contains("error reading response from daemon: the answer is larger than 64 MiB"),
            "{args:?}: {}",
            r.stderr
        );
    }
}

#[test]
fn a_stalled_body_is_bounded_by_hvdock_timeout() {
    let daemon = Broken::start(Mode::Stall);
    for args in [&["inspect", "x"][..], &["ps"], &["version"]] {
        let r = ours(&daemon, args);
        assert_eq!(r.code, 1, "{args:?}");
        assert!(
            r.stderr.contains("did not answer within 2s"),
            "{args:?}: {}",
            r.stderr
        );
    }
}
