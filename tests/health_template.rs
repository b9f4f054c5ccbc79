//! Issue 19: `{{.State.Health}}` printed whole, against docker on the same daemon.
//!
//! docker prints its Go value: `{starting 0 []}` while the health log is empty, which hvdock
//! matches exactly (and `<nil>` without a healthcheck). Once the log has entries docker's
//! `Log` is a slice of pointers and Go prints their addresses (`{healthy 0 [0xc00003f0e0]}`),
//! which no other process can reproduce; hvdock prints the entries themselves (`{healthy 0
//! [{START END 0 OUTPUT}]}`, each as docker prints `{{index .State.Health.Log 0}}`), the
//! documented deliberate difference (README, "What differs from docker").

mod common;

use common::*;

const TEMPLATES: &[&str] = &[
    "{{.State.Health}}",
    "{{json .State.Health}}",
    "{{.State.Health.Status}} {{.State.Health.FailingStreak}} {{len .State.Health.Log}}",
];

/// A running container of `scope` whose healthcheck (`true`) runs every `interval`.
fn probed(scope: &Scope, suffix: &str, interval: &str) -> String {
    let name = scope.name(suffix);
    let label = scope.label();
    let args = [
        "run",
        "-d",
        "--name",
        &name,
        "--label",
        &label,
        "--health-cmd",
        "true",
        "--health-interval",
        interval,
        IMAGE,
        "sleep",
        "600",
    ];
    ok(&args);
    name
}

#[test]
fn health_with_an_empty_log_prints_as_docker() {
    if !require(Need::Docker) {
        return;
    }
    let scope = Scope::new("hvfm-health");
    let label = scope.label();
    // The first probe runs after an hour: the log stays empty, the status `starting`.
    let probing = probed(&scope, "probing", "1h");
    let plain = scope.name("plain");
    ok(&["create", "--name", &plain, "--label", &label, IMAGE, "true"]);
    for t in TEMPLATES {
        let r = same(&["inspect", "--format", t, &probing]);
        assert_eq!(r.code, 0, "{t}: {}", r.stderr);
    }
    assert_eq!(
        ok(&["inspect", "--format", "{{.State.Health}}", &probing]),
        "{starting 0 []}\n"
    );
    let r = same(&["inspect", "--format", "{{.State.Health}}", &plain]);
    assert_eq!(r.stdout, "<nil>\n");
}

#[test]
fn health_log_entries_are_printed_not_their_addresses() {
    if !require(Need::Docker) {
        return;
    }
    let scope = Scope::new("hvfm-health-log");
    let name = probed(&scope, "checked", "1s");
    // Wait for the first probe's result: the daemon's `health_status` event (replayed from
    // the container's creation on), bounded by two minutes.
    let since = ok(&["inspect", "--format", "{{.Created}}", &name]);
    let mut events = hvdock(&[
        "events",
        "--since",
        since.trim(),
        "--filter",
        &format!("container={name}"),
        "--filter",
        "event=health_status",
        "--format",
        "{{.Status}}",
    ]);
    let mut child = events.stdout(std::process::Stdio::piped()).spawn().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = std::io::BufRead::read_line(&mut std::io::BufReader::new(stdout), &mut line);
        let _ = tx.send(line);
    });
    let status = rx.recv_timeout(std::time::Duration::from_secs(120));
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(
        status.as_deref().map(str::trim),
        Ok("health_status: healthy"),
        "no health probe ran"
    );
    let theirs = output(
        reference(&["inspect", "--format", "{{.State.Health}}", &name]),
        None,
    );
    let t = theirs.stdout.trim_end();
    assert!(
        t.starts_with("{healthy 0 [0x") && t.ends_with("]}"),
        "docker prints the entries' addresses: {t}"
    );
    // hvdock: the entries as docker prints each one.
    let ours = ok(&[
        "inspect",
        "--format",
        "{{.State.Health}}|{{range $i, $e := .State.Health.Log}}{{if $i}} {{end}}{{$e}}{{end}}",
        &name,
    ]);
    let (whole, entries) = ours.trim_end().split_once('|').unwrap();
    assert_eq!(whole, format!("{{healthy 0 [{entries}]}}"));
    let first = ok(&[
        "inspect",
        "--format",
        "{{index .State.Health.Log 0}}",
        &name,
    ]);
    assert!(
        first.starts_with('{') && first.contains(" +0000 UTC "),
        "{first}"
    );
}
