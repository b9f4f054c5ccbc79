//! Time values as docker's client reads them (moby's `api/types/time.GetTimestamp`): `--since`
//! / `--until` of `logs`, `container logs`, `events`, `system events` and `service logs` are
//! parsed on the client (RFC 3339 with or without zone, fraction and seconds, a date alone,
//! Unix seconds with an optional fraction, a Go duration before now); a bad value is refused
//! before anything is asked (`invalid value for "since": ...`, exit 1). `--filter since=` /
//! `until=` go to the daemon as given (events, prune). Every case runs through hvdock and the
//! reference client and compares stdout, stderr and exit code exactly; the API values both
//! clients send are compared on a fake daemon, in zones east and west of UTC.

mod common;

use common::fake_daemon::{self, FakeDaemon};
use common::*;

/// Values docker accepts and values it refuses, each in its own way.
const VALUES: &[&str] = &[
    "junk",
    "10m",
    "1h30m",
    "+5m",
    "-10m",
    "1.5h",
    "2026-01-01",
    "2026-01-01T10:00:00",
    "2026-01-01T10:00",
    "2026-01-01T10",
    "2026-01-01T10:00:00Z",
    "2026-01-01Z",
    "2026-01-01T10:00:00.123456789+01:00",
    "2026-01-01T10:00:00.5",
    "2026-01-01T10:00:00-05:30",
    "2026-01-01T10:00:00+0100",
    "2026-01-01T10:00:00.1234567891Z",
    "1700000000",
    "1700000000.5",
    "1700000000.000000001",
    "1700000000.x",
    "-1700000000",
    "-1",
    "0",
    "",
    ".5",
    "5.",
    "1.5.6",
    "10x",
    "1e9",
    "17000000000000000000",
    "2026-13-01",
    "2026-02-30",
    "2024-02-29",
    "2026-01-01T25:00",
    "2026-01-01T10:61",
    " 10m",
    "10m ",
    "now",
];

/// Values that end an `events` stream when given as `--until` (in the past): no future time,
/// no duration after now, no `0` or empty (no end at all).
fn ends_events(v: &str) -> bool {
    !matches!(v, "-10m" | "0" | "")
}

#[test]
fn since_and_until_are_parsed_as_dockers_client_parses_them() {
    let scope = Scope::new("hvh2-times");
    let name = scope.name("logs");
    ok(&[
        "run",
        "-d",
        "--name",
        &name,
        "--label",
        &scope.label(),
        IMAGE,
        "sh",
        "-c",
        "echo hi; exec sleep 600",
    ]);
    // Wait until the line is in the log, so both clients see the same log.
    for _ in 0..600 {
        if run(&["logs", &name]).stdout == "hi\n" {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(run(&["logs", &name]).stdout, "hi\n", "the container's log");
    // No container has this name: events in a window of the past print nothing.
    let nobody = format!("container=hvh2-nobody-{}", std::process::id());
    for v in VALUES {
        same(&["logs", "--since", v, &name]);
        same(&["logs", "--until", v, &name]);
        same(&["container", "logs", "--since", v, "--until", "1", &name]);
        // A `since` after `until` is the daemon's error, naming both times: not for a time
        // relative to now (each client has its own now).
        if *v != "-10m" {
            same(&["events", "--since", v, "--until", "1s", "--filter", &nobody]);
        }
        if ends_events(v) {
            same(&[
                "system",
                "events",
                "--since",
                "1700000000",
                "--until",
                v,
                "--filter",
                &nobody,
            ]);
        }
        same(&["service", "logs", "--since", v, "hvh2-nosuchservice"]);
    }
    let r = same(&["logs", "--since", "junk", &name]);
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (
            1,
            "invalid value for \"since\": failed to parse value as time or duration: \"junk\"\n"
        )
    );
    // `events` says it without naming the flag.
    let r = same(&["events", "--until", "2026-13-01"]);
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (1, "parsing time \"2026-13-01\": month out of range\n")
    );
}

/// `--filter since=`/`until=` are the daemon's to parse: `events` passes any value on (the
/// daemon ignores what it cannot read there), prune reports the daemon's refusal.
#[test]
fn time_filters_are_the_daemons_to_parse() {
    let nothing = format!("label=hvh2-nothing-{}", std::process::id());
    for v in ["junk", "10m", "2026-13-01", "1.5.6"] {
        for f in ["since", "until"] {
            same(&[
                "events",
                "--since",
                "1700000000",
                "--until",
                "1700000001",
                "--filter",
                &format!("{f}={v}"),
            ]);
        }
        for noun in ["container", "image", "network", "volume"] {
            let args = [
                noun,
                "prune",
                "-f",
                "--filter",
                &nothing,
                "--filter",
                &format!("until={v}"),
            ];
            let mine = unless_busy(|| run(&args));
            if docker(&args).is_some() {
                let theirs = unless_busy(|| output(reference(&args), None));
                assert_same(&format!("{args:?}"), &mine, &theirs);
            }
        }
    }
    let r = run(&[
        "container",
        "prune",
        "-f",
        "--filter",
        &nothing,
        "--filter",
        "until=junk",
    ]);
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (
            1,
            "Error response from daemon: failed to parse value as time or duration: \"junk\"\n"
        )
    );
}

/// The API value each client sends for a time without a zone is read in the local zone (`TZ`):
/// compared on a fake daemon that records the `since`/`until` of each `logs` request.
#[test]
fn local_times_are_read_in_the_local_zone() {
    let fake = FakeDaemon::start(Box::new(|req| {
        if let Some(pong) = fake_daemon::ping(req) {
            return pong;
        }
        if req.path.ends_with("/json") {
            return (200, vec![], r#"{"Id":"c","Config":{"Tty":true}}"#.into());
        }
        (200, vec![], String::new())
    }));
    let host = fake.host();
    // The `since`/`until` query values of the last logs request.
    let sent = || -> Vec<String> {
        let reqs = fake.requests();
        let last = reqs
            .iter()
            .rev()
            .find(|r| r.path.contains("/logs"))
            .expect("a logs request");
        let query = last.path.split_once('?').map(|q| q.1).unwrap_or("");
        let mut times: Vec<String> = query
            .split('&')
            .filter(|kv| kv.starts_with("since=") || kv.starts_with("until="))
            .map(str::to_string)
            .collect();
        times.sort();
        times
    };
    let fixed = [
        "2026-07-01",
        "2026-07-01T10:00:00",
        "2026-07-01T10:00",
        "2026-07-01T10",
        "2026-07-01T10:00:00.5",
        "2026-07-01T10:00:00.123456789",
        "2026-07-01T10:00:00Z",
        "2026-07-01Z",
        "2026-07-01T10:00:00.5+02:00",
        "2026-07-01T10+02:00",
        "2026-07-01T10:00:00-05:30",
        "2024-02-29",
        "2026-12-01T10:00:00",
        "1700000000",
        "1700000000.000000001",
        "0.5",
    ];
    for tz in [
        "UTC",
        "Asia/Kolkata",
        "America/St_Johns",
        "America/New_York",
    ] {
        for v in fixed {
            let args = ["-H", host.as_str(), "logs", "--since", v, "--until", v, "c"];
            let mut c = hvdock(&args);
            c.env("TZ", tz);
            let mine = output(c, None);
            let ours = sent();
            let Some(mut theirs) = docker(&args) else {
                return;
            };
            theirs.env("TZ", tz);
            let theirs_run = output(theirs, None);
            assert_same(&format!("TZ={tz} {args:?}"), &mine, &theirs_run);
            assert_eq!(ours, sent(), "TZ={tz} logs --since/--until {v}");
            assert_eq!(ours.len(), 2, "TZ={tz} {v}: {ours:?}");
        }
    }
}
