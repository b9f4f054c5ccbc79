//! A name is never part of the request path's structure: `victim/kill?signal=KILL&` given to any
//! verb is one (missing) container, as docker escapes it, never a kill of `victim`. Differential
//! against the reference client on the same daemon, and the victim must be untouched afterwards.

mod common;

use common::*;

/// What the victim looks like from outside; any verb that reached it changes one of these.
fn state(victim: &str) -> String {
    let (_, body) = api("GET", &format!("/containers/{victim}/json"), None);
    let v: serde_json::Value = serde_json::from_str(&body).expect("inspect victim");
    format!(
        "running={} paused={} started={} memory={} name={}",
        v["State"]["Running"],
        v["State"]["Paused"],
        v["State"]["StartedAt"],
        v["HostConfig"]["Memory"],
        v["Name"]
    )
}

/// A running container the injected names aim at.
fn victim(s: &Scope) -> String {
    s.run_sleeper(&format!("hvh-{}-victim", s.id))
}

/// Runs `args` (with `{}` replaced by `name`) through docker, then hvdock; compares the two and
/// insists that the victim did not change.
fn same_as_docker_and_harmless(args: &[&str], name: &str, victim: &str) {
    let args: Vec<String> = args.iter().map(|a| a.replace("{}", name)).collect();
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let before = state(victim);
    let theirs = docker(&refs).map(|c| output(c, None));
    assert_eq!(state(victim), before, "docker {args:?} touched the victim");
    let ours = run(&refs);
    assert_eq!(
        state(victim),
        before,
        "hvdock {args:?} reached the victim: {}",
        ours.stderr
    );
    assert_ne!(ours.code, 0, "hvdock {args:?}: {}", ours.stdout);
    match theirs {
        Some(theirs) => {
            assert_eq!(
                (ours.code, normalise(&ours.stdout), normalise(&ours.stderr)),
                (theirs.code, theirs.stdout, theirs.stderr),
                "hvdock {args:?}"
            );
        }
        None => assert!(ours.stderr.contains("No such"), "{}", ours.stderr),
    }
}

#[test]
fn names_cannot_add_paths_or_queries() {
    let s = Scope::new("paths");
    let victim = victim(&s);
    let kill = format!("{victim}/kill?signal=KILL&");
    let stop = format!("{victim}/stop?t=0&");
    let pause = format!("{victim}/pause?");
    let cases: &[(&[&str], &str)] = &[
        (&["exec", "{}", "true"], &kill),
        (&["update", "--memory", "64m", "{}"], &stop),
        (&["update", "--memory", "64m", "{}"], &kill),
        (&["start", "{}"], &kill),
        (&["start", "-a", "{}"], &kill),
        (&["attach", "{}"], &kill),
        (&["stop", "{}"], &kill),
        (&["restart", "{}"], &kill),
        (&["kill", "{}"], &stop),
        (&["pause", "{}"], &kill),
        (&["unpause", "{}"], &kill),
        (&["rm", "{}"], &pause),
        (&["wait", "{}"], &kill),
        (&["logs", "{}"], &kill),
        (&["top", "{}"], &kill),
        (&["port", "{}"], &kill),
        (&["diff", "{}"], &kill),
        (&["export", "{}"], &kill),
        (&["inspect", "{}"], &kill),
        (&["container", "inspect", "{}"], &kill),
        (&["rename", "{}", "hvh-renamed"], &kill),
        (&["commit", "{}"], &pause),
        (&["cp", "{}:/etc/hostname", "-"], &kill),
        (&["stats", "--no-stream", "{}"], &kill),
    ];
    for (args, name) in cases {
        same_as_docker_and_harmless(args, name, &victim);
    }
}

#[test]
fn own_commands_escape_names_too() {
    // `isolation verify` and `update --isolation` exist only in hvdock: no reference to compare
    // with, but the victim must survive and the daemon must have seen one missing container.
    let s = Scope::new("paths-own");
    let victim = victim(&s);
    let kill = format!("{victim}/kill?signal=KILL&");
    for args in [
        vec!["isolation", "verify", kill.as_str()],
        vec!["update", "--isolation", "process", kill.as_str()],
    ] {
        let before = state(&victim);
        let r = run(&args);
        assert_eq!(state(&victim), before, "hvdock {args:?}: {}", r.stderr);
        assert_eq!(r.code, 1, "hvdock {args:?}: {}", r.stderr);
        assert!(
            r.stderr.contains(&format!("No such container: {kill}")),
            "hvdock {args:?}: {}",
            r.stderr
        );
    }
}

#[test]
fn image_network_and_volume_names_are_escaped() {
    // A `?` in a name must reach the daemon as part of the name, the same as docker sends it.
    for args in [
        vec!["image", "inspect", "hvh-none?x=1"],
        vec!["history", "hvh-none?x=1"],
        vec!["rmi", "hvh-none?force=1"],
        vec!["network", "inspect", "hvh-none?verbose=true"],
        vec!["network", "rm", "hvh-none?x=1"],
        vec!["volume", "inspect", "hvh-none?x=1"],
        vec!["volume", "rm", "hvh-none?force=1"],
    ] {
        let ours = run(&args);
        assert_ne!(ours.code, 0, "{args:?}");
        if let Some(c) = docker(&args) {
            let theirs = output(c, None);
            assert_eq!(
                (ours.code, normalise(&ours.stdout), normalise(&ours.stderr)),
                (theirs.code, theirs.stdout, theirs.stderr),
                "hvdock {args:?}"
            );
        }
    }
}
