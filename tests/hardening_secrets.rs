//! A password in the daemon address (`DOCKER_HOST`, `-H`) is never printed. Where docker drops it
//! (TCP addresses) or refuses it without repeating it (ssh), hvdock's output is docker's, byte for
//! byte; where docker would echo it (an address it cannot parse, an ssh endpoint in `context ls`),
//! hvdock prints docker's text with the password replaced by `xxxxx`, as Go's `url.Redacted` does.

mod common;

use common::*;

const SECRET: &str = "s3cr3tPW";

/// `hvdock ARGS` and `docker ARGS` with `DOCKER_HOST=host` (and a config dir of their own).
fn both(host: &str, args: &[&str]) -> (Run, Option<Run>) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut ours = hvdock(args);
    ours.env("DOCKER_HOST", host)
        .env("DOCKER_CONFIG", dir.path());
    let ours = output(ours, None);
    let theirs = docker(args).map(|mut c| {
        c.env("DOCKER_HOST", host).env("DOCKER_CONFIG", dir.path());
        output(c, None)
    });
    (ours, theirs)
}

fn check(host: &str, args: &[&str]) {
    let (ours, theirs) = both(host, args);
    for text in [&ours.stdout, &ours.stderr] {
        assert!(
            !text.contains(SECRET),
            "{host} {args:?} printed the password: {text}"
        );
    }
    if let Some(theirs) = theirs {
        // The shorter text narrows `context ls`'s columns: compare with runs of spaces collapsed.
        let redacted = |s: &str| columns(&s.replace(SECRET, "xxxxx"));
        let ours_ = |s: &str| columns(&normalise(s));
        assert_eq!(
            (ours.code, ours_(&ours.stdout), ours_(&ours.stderr)),
            (
                theirs.code,
                redacted(&theirs.stdout),
                redacted(&theirs.stderr)
            ),
            "{host} {args:?}"
        );
    }
}

/// Runs of two or more spaces as one pair (table columns of different widths compare equal).
fn columns(s: &str) -> String {
    let mut out = String::new();
    for part in s.split("   ") {
        let part = part.trim_start_matches(' ');
        if !out.is_empty() && !out.ends_with("  ") && !part.is_empty() {
            out.push_str("  ");
        }
        out.push_str(part);
    }
    out
}

const COMMANDS: &[&[&str]] = &[
    &["ps"],
    &["version", "--format", "{{.Server.Version}}"],
    &["context", "ls"],
    &["context", "ls", "-q"],
    &["context", "inspect"],
];

#[test]
fn tcp_addresses_drop_the_password_like_docker() {
    // Port 1 on loopback: nobody answers, so every command fails to connect.
    for host in [
        "tcp://user:s3cr3tPW@127.0.0.1:1",
        "tcp://:s3cr3tPW@127.0.0.1:1",
        "user:s3cr3tPW@127.0.0.1:1",
    ] {
        for args in COMMANDS {
            check(host, args);
        }
    }
}

#[test]
fn ssh_passwords_are_refused_without_being_repeated() {
    for host in [
        "ssh://user:s3cr3tPW@127.0.0.1:1",
        "ssh://:s3cr3tPW@127.0.0.1",
        "ssh://user:s3cr3tPW@",
    ] {
        for args in COMMANDS {
            check(host, args);
        }
    }
}

#[test]
fn unparsable_addresses_are_reported_with_the_password_redacted() {
    for host in [
        "http://user:s3cr3tPW@127.0.0.1:1",
        "tcp://user:s3cr3tPW@127.0.0.1:x",
        "ssh://user:s3cr3tPW@127.0.0.1:x",
        "tcp://user:s3cr3tPW@[::1",
    ] {
        for args in COMMANDS {
            check(host, args);
        }
    }
    // The -H flag goes the same way.
    let r = run(&["-H", "http://user:s3cr3tPW@127.0.0.1:1", "ps"]);
    assert_eq!(r.code, 1);
    assert_eq!(
        r.stderr,
        "Failed to initialize: unable to resolve docker endpoint: invalid bind address format: http://user:xxxxx@127.0.0.1:1\n"
    );
}
