//! Unclean request paths and redirects, as docker 28.2.2's client meets them. Its client cleans
//! every request path (Go's `path.Join`: `//`, `.`, `..`, a trailing `/`) before sending, so the
//! daemon's 301 for an unclean path is never seen; and its `CheckRedirect` reads a GET's 3xx as
//! the answer and fails any other method's redirect before a second request is sent
//! (`error during connect: Post "...": unexpected redirect in response`).
//!
//! Real-daemon cases run through both clients and compare stdout, stderr and exit code exactly;
//! a labelled victim container shows that a name reaching another object's path changes nothing.
//! Fake-daemon cases check that no request ever follows a redirect.

mod common;

use common::fake_daemon::FakeDaemon;
use common::*;

#[test]
fn unclean_paths_are_answered_as_docker_answers_them() {
    let scope = Scope::new("hvrd-paths");
    let victim = scope.run_sleeper(&scope.name("victim"));
    let kill = format!("../containers/{victim}/kill?signal=KILL&");
    let cases: Vec<Vec<&str>> = vec![
        vec!["image", "inspect", ""],
        vec!["inspect", ""],
        vec!["inspect", "--type", "image", ""],
        vec!["history", ""],
        vec!["rmi", ""],
        vec!["volume", "inspect", ""],
        vec!["network", "inspect", ""],
        vec!["container", "inspect", ""],
        vec!["plugin", "inspect", ""],
        vec!["volume", "inspect", &kill],
        vec!["network", "inspect", &kill],
        vec!["image", "inspect", &kill],
        vec!["history", &kill],
        vec!["image", "inspect", "a/../../../../_ping"],
    ];
    for args in &cases {
        let r = same(args);
        assert_eq!(r.code, 1, "{args:?}: {r:?}");
    }
    // docker's answer to `image inspect ../containers/<victim>/kill?...` is the daemon's own
    // (the cleaned path is a container inspect), not a client-side refusal.
    let r = run(&["image", "inspect", &kill]);
    assert!(r.stderr.contains("No such container"), "{r:?}");
    let state = ok(&["inspect", "--format", "{{.State.Running}}", &victim]);
    assert_eq!(state.trim(), "true", "the victim is untouched");
}

/// A changing request whose name climbs out of its place (`rmi ../containers/<victim>`, which
/// docker would send as `DELETE /containers/<victim>`) goes out as written; the daemon answers
/// the unclean path with a redirect and hvdock stops there: the victim stays.
#[test]
fn a_changing_request_never_reaches_another_object() {
    let scope = Scope::new("hvrd-change");
    let victim = scope.run_sleeper(&scope.name("victim"));
    ok(&["stop", "-t", "0", &victim]);
    let up = format!("../containers/{victim}");
    let r = run(&["rmi", &up]);
    assert_eq!(r.code, 1, "{r:?}");
    assert!(
        r.stderr.contains("unexpected redirect in response"),
        "{r:?}"
    );
    let r = run(&["volume", "rm", &up]);
    assert_eq!(r.code, 1, "{r:?}");
    let state = ok(&["inspect", "--format", "{{.State.Status}}", &victim]);
    assert_eq!(state.trim(), "exited", "the victim still exists");
}

/// A fake daemon redirecting every request but the ping: `loop` to itself, `p307` with 307,
/// `away` to another host, anything else 302 to `/v1.41/target`.
fn redirecting() -> FakeDaemon {
    FakeDaemon::start(Box::new(|req| {
        if let Some(pong) = common::fake_daemon::ping(req) {
            return pong;
        }
        let to = if req.path.contains("loop") {
            "/v1.41/loop"
        } else if req.path.contains("away") {
            "http://127.0.0.1:1/v1.41/x"
        } else {
            "/v1.41/target"
        };
        let status = if req.path.contains("p307") { 307 } else { 302 };
        (status, vec![("Location".into(), to.into())], String::new())
    }))
}

#[test]
fn a_redirect_is_never_followed() {
    let fake = redirecting();
    let host = fake.host();
    for c in [
        &["container", "kill", "x"][..],
        &["container", "kill", "p307"],
        &["container", "kill", "loop"],
        &["container", "kill", "away"],
        &["volume", "rm", "x"],
        &["volume", "inspect", "x"],
        &["volume", "inspect", "loop"],
        &["volume", "inspect", "away"],
    ] {
        let mut args = vec!["-H", host.as_str()];
        args.extend_from_slice(c);
        let ours = run(&args);
        assert_eq!(ours.code, 1, "{c:?}: {ours:?}");
        if let Some(theirs) = docker(&args) {
            assert_same(&format!("{c:?}"), &ours, &output(theirs, None));
        }
    }
    let ours = run(&["-H", &host, "container", "kill", "p307"]);
    assert_eq!(
        ours.stderr,
        "error during connect: Post \"/v1.41/target\": unexpected redirect in response\n"
    );
    let ours = run(&["-H", &host, "container", "kill", "away"]);
    assert_eq!(
        ours.stderr,
        "error during connect: Post \"http://127.0.0.1:1/v1.41/x\": unexpected redirect in response\n"
    );
    // the fake's log (paths without the version): every request is one a client made itself
    let followed: Vec<_> = fake
        .requests()
        .into_iter()
        .filter(|r| ["/target", "/loop", "/x"].contains(&r.path.as_str()))
        .collect();
    assert!(followed.is_empty(), "a redirect was followed: {followed:?}");
}
