//! Bad input the client must refuse before the daemon sees it: sizes and numbers that do not fit
//! (never wrapped or saturated into "no limit"), empty and invalid image references (`run ''`,
//! `tag`, `pull`, `push` with docker's own messages). Differential with the reference client
//! where docker refuses on the client; no container is ever created.

mod common;

use common::*;

fn compare(s: &Scope, args: &[&str]) -> Run {
    let args: Vec<String> = args
        .iter()
        .map(|a| a.replace("LABEL", &s.label()))
        .collect();
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let ours = run(&refs);
    if let Some(c) = docker(&refs) {
        let theirs = output(c, None);
        assert_eq!(
            (ours.code, normalise(&ours.stdout), normalise(&ours.stderr)),
            (theirs.code, theirs.stdout, theirs.stderr),
            "{refs:?}"
        );
    }
    ours
}

#[test]
fn invalid_references_are_refused_on_the_client_like_docker() {
    let s = Scope::new("hvh-refs");
    let digest = format!("hvh-x@sha256:{}", "a".repeat(64));
    for args in [
        &["run", "--rm", "--label", "LABEL", "", "true"][..],
        &["create", "--label", "LABEL", ""],
        &["run", "--rm", "--label", "LABEL", "INVALID", "true"],
        &["run", "--rm", "--label", "LABEL", "a b", "true"],
        &["tag", IMAGE, "INVALID"],
        &["tag", IMAGE, "x:y:z"],
        &["tag", IMAGE, ""],
        &["tag", "", "hvh-x"],
        &["tag", "NOPE", "hvh-x"],
        &["tag", IMAGE, "hvh-ok/Up:tag"],
        &["tag", IMAGE, "127.0.0.1:5000/UP"],
        &["tag", IMAGE, "hvh-x@sha256:abc"],
        &["tag", IMAGE, &digest],
        &["pull", "INVALID"],
        &["pull", ""],
        &["pull", "x y"],
        &["pull", "a:b:c"],
        &["pull", "hvh-x@sha256:abc"],
        &["pull", "-a", "INVALID"],
        &["push", "INVALID"],
        &["push", ""],
    ] {
        let r = compare(&s, args);
        assert_ne!(r.code, 0, "{args:?}");
    }
    assert!(s.containers().is_empty(), "a container was created");
    let r = run(&["run", "--rm", "--label", &s.label(), "", "true"]);
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (
            125,
            "hvdock: invalid reference format\n\nRun 'hvdock run --help' for more information\n"
        )
    );
    let r = run(&["tag", IMAGE, "INVALID"]);
    assert_eq!(
        r.stderr,
        "Error parsing reference: \"INVALID\" is not a valid repository/tag: invalid reference format: repository name (library/INVALID) must be lowercase\n"
    );
}

#[test]
fn sizes_and_numbers_that_do_not_fit_are_errors() {
    let s = Scope::new("hvh-sizes");
    let label = s.label();
    for (flag, value) in [
        ("-m", "99999999999999999999999999g"),
        ("-m", "9999999999999999999"),
        ("--memory-reservation", "99999999999999999999999p"),
        ("--memory-swap", "99999999999999999999999999g"),
        ("--shm-size", "99999999999999999999999999g"),
        ("--cpus", "1e400"),
        ("--cpus", "99999999999999999999"),
    ] {
        let r = run(&["run", "--rm", "--label", &label, flag, value, IMAGE, "true"]);
        assert_eq!(r.code, 125, "{flag} {value}: {}", r.stderr);
        assert!(
            r.stderr
                .starts_with(&format!("invalid argument \"{value}\" for \"")),
            "{flag} {value}: {}",
            r.stderr
        );
        assert!(
            r.stderr.contains("value out of range"),
            "{flag} {value}: {}",
            r.stderr
        );
    }
    let r = run(&[
        "run",
        "--rm",
        "--label",
        &label,
        "--mount",
        "type=tmpfs,dst=/x,tmpfs-size=99999999999999999999999g",
        IMAGE,
        "true",
    ]);
    assert_eq!(r.code, 125, "{}", r.stderr);
    assert!(s.containers().is_empty(), "a container was created");
    // Integer flags already get Go's strconv wording, the same as docker's.
    for args in [
        &[
            "run",
            "--rm",
            "--label",
            "LABEL",
            "--cpu-shares",
            "99999999999999999999",
            IMAGE,
            "true",
        ][..],
        &[
            "run",
            "--rm",
            "--label",
            "LABEL",
            "--pids-limit",
            "99999999999999999999",
            IMAGE,
            "true",
        ],
        &["stop", "-t", "99999999999999999999", "hvh-none"],
    ] {
        compare(&s, args);
    }
}

/// Runs `cmd` with stdout a pipe, reads `lines` lines, closes the pipe, calls `then`, and
/// returns (signal that ended it, exit code, stderr).
fn closed_early(
    mut cmd: std::process::Command,
    lines: usize,
    then: impl FnOnce(),
) -> (Option<i32>, Option<i32>, String) {
    use std::io::{BufRead, Read};
    use std::os::unix::process::ExitStatusExt;
    use std::process::Stdio;
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut reader = std::io::BufReader::new(stdout);
    for _ in 0..lines {
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
    }
    drop(reader);
    then();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    (status.signal(), status.code(), stderr)
}

#[test]
fn a_closed_stdout_ends_commands_as_it_ends_docker() {
    let s = Scope::new("hvh-pipe");
    let label = s.label();
    let event = || {
        ok(&["run", "--rm", "--label", &label, IMAGE, "true"]);
    };
    // `images | head -0`, `ps | head -0`: killed by SIGPIPE, silent (141 in a shell).
    for args in [&["images"][..], &["ps", "-a"]] {
        let ours = closed_early(hvdock(args), 0, || {});
        assert_eq!((ours.0, ours.2.as_str()), (Some(13), ""), "{args:?}");
        if let Some(c) = docker(args) {
            assert_eq!(closed_early(c, 0, || {}), ours, "{args:?}");
        }
    }
    // `events | head -1`: the first event is read, a later one finds the pipe closed.
    for mut cmd in [Some(hvdock(&["events"])), docker(&["events"])]
        .into_iter()
        .flatten()
    {
        use std::io::BufRead;
        use std::os::unix::process::ExitStatusExt;
        use std::process::Stdio;
        cmd.args(["--filter", &format!("label={label}")])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            let mut line = String::new();
            std::io::BufReader::new(stdout)
                .read_line(&mut line)
                .unwrap();
            tx.send(()).unwrap();
        });
        // The subscription is up once an event comes through: make them until one is read.
        while rx.try_recv().is_err() {
            event();
        }
        reader.join().unwrap();
        while child.try_wait().unwrap().is_none() {
            event();
        }
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.signal(), Some(13), "{cmd:?}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{cmd:?}");
    }
    // `run ... | head -1`: the session ends at once with docker's message, status 1, while
    // the container goes on.
    let args = [
        "run",
        "--rm",
        "--label",
        &label,
        IMAGE,
        "sh",
        "-c",
        "yes | head -100000; sleep 30; echo done",
    ];
    let ours = closed_early(hvdock(&args), 1, || {});
    assert_eq!(
        (ours.0, ours.1, ours.2.as_str()),
        (None, Some(1), "write /dev/stdout: broken pipe\n")
    );
    if let Some(c) = docker(&args) {
        assert_eq!(closed_early(c, 1, || {}), ours);
    }
}
