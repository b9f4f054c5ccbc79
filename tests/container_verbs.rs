//! stop, kill, rm, restart, pause, unpause, wait, logs, top, port, rename against the real engine,
//! compared with the reference docker client where the output is deterministic.

mod common;

use common::*;
use serde_json::{json, Value};

/// Creates (and unless `start` is false, starts) a busybox container through the raw API, labelled
/// for `scope`; `extra` is merged into the create body. Returns its name.
fn fixture(scope: &Scope, suffix: &str, cmd: &[&str], extra: Value, start: bool) -> String {
    let name = scope.name(suffix);
    let mut body = json!({"Image": IMAGE, "Cmd": cmd, "Labels": {TEST_LABEL: scope.id}});
    if let (Some(b), Some(e)) = (body.as_object_mut(), extra.as_object()) {
        b.extend(e.clone());
    }
    let (code, answer) = api(
        "POST",
        &format!("/containers/create?name={name}"),
        Some(&body.to_string()),
    );
    assert_eq!(code, 201, "create {name}: {answer}");
    if start {
        let (code, answer) = api("POST", &format!("/containers/{name}/start"), None);
        assert_eq!(code, 204, "start {name}: {answer}");
    }
    name
}

fn sleeper(scope: &Scope, suffix: &str) -> String {
    fixture(scope, suffix, &["sleep", "600"], json!({}), true)
}

fn inspect(name: &str) -> Value {
    let (_, body) = api("GET", &format!("/containers/{name}/json"), None);
    serde_json::from_str(&body).unwrap_or_default()
}

fn wait_exit(name: &str) {
    api("POST", &format!("/containers/{name}/wait"), None);
}

/// Runs `args` (with `{c}` standing for a container) through hvdock on `ours` and docker on
/// `theirs`, and insists on the same exit code, stdout and stderr once container names and IDs
/// are put back to `{c}`. Returns hvdock's run. Without the reference client, hvdock's run
/// unchecked and the test reported as skipped (`common::docker`; a failure under `CI=true`).
fn same_as_docker(args: &[&str], ours: &str, theirs: &str) -> Run {
    let with = |c: &str| -> Vec<String> { args.iter().map(|a| a.replace("{c}", c)).collect() };
    let ours_args = with(ours);
    let ours_refs: Vec<&str> = ours_args.iter().map(String::as_str).collect();
    let mine = run(&ours_refs);
    let theirs_args = with(theirs);
    let theirs_refs: Vec<&str> = theirs_args.iter().map(String::as_str).collect();
    let Some(cmd) = docker(&theirs_refs) else {
        return mine;
    };
    let reference = output(cmd, None);
    let clean = |s: &str, name: &str| -> String {
        let id = inspect(name)["Id"].as_str().unwrap_or("\u{0}").to_string();
        normalise(s).replace(&id, "{c}").replace(name, "{c}")
    };
    assert_eq!(
        mine.code, reference.code,
        "exit code of {args:?}: ours={} docker={}",
        mine.stderr, reference.stderr
    );
    assert_eq!(
        clean(&mine.stdout, ours),
        clean(&reference.stdout, theirs),
        "stdout of {args:?}"
    );
    assert_eq!(
        clean(&mine.stderr, ours),
        clean(&reference.stderr, theirs),
        "stderr of {args:?}"
    );
    mine
}

fn state(name: &str, field: &str) -> Value {
    inspect(name)["State"][field].clone()
}

#[test]
fn stop_prints_names_in_order_and_joins_errors() {
    let scope = Scope::new("stop");
    let (a, b) = (sleeper(&scope, "a"), sleeper(&scope, "b"));
    let r = run(&["stop", "-t", "1", &a, "nx-hvdock-missing", &b, ""]);
    assert_eq!(r.code, 1);
    assert_eq!(r.stdout, format!("{a}\n{b}\n"));
    assert_eq!(
        r.stderr,
        "Error response from daemon: No such container: nx-hvdock-missing\ninvalid container name or ID: value is empty\n"
    );
    assert_eq!(state(&a, "Running"), false);
    assert_eq!(state(&b, "Running"), false);
    let (c, d) = (sleeper(&scope, "c"), sleeper(&scope, "d"));
    let r = same_as_docker(
        &[
            "stop",
            "-t",
            "0",
            "-s",
            "SIGKILL",
            "{c}",
            "nx-hvdock-missing",
        ],
        &c,
        &d,
    );
    assert_eq!(r.stdout, format!("{c}\n"));
    assert_eq!(
        same_as_docker(&["stop", "{c}"], &c, &d).code,
        0,
        "stopping a stopped container is fine"
    );
}

#[test]
fn kill_with_signals_and_errors_like_docker() {
    let scope = Scope::new("kill");
    let (a, b) = (sleeper(&scope, "a"), sleeper(&scope, "b"));
    let r = same_as_docker(&["kill", "-s", "NOSUCHSIG", "{c}"], &a, &b);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("Invalid signal: NOSUCHSIG"),
        "{}",
        r.stderr
    );
    let r = same_as_docker(&["kill", "-s", "KILL", "nx-hvdock-missing", "{c}"], &a, &b);
    assert_eq!((r.code, r.stdout.as_str()), (1, format!("{a}\n").as_str()));
    wait_exit(&a);
    assert_eq!(state(&a, "ExitCode"), 137);
    let r = same_as_docker(&["kill", "{c}"], &a, &b);
    assert!(r.stderr.contains("is not running"), "{}", r.stderr);
}

#[test]
fn pause_and_unpause() {
    let scope = Scope::new("pause");
    let (a, b) = (sleeper(&scope, "a"), sleeper(&scope, "b"));
    let r = same_as_docker(&["pause", "{c}", "nx-hvdock-missing"], &a, &b);
    assert_eq!((r.code, r.stdout.clone()), (1, format!("{a}\n")));
    assert_eq!(state(&a, "Paused"), true);
    let r = same_as_docker(&["pause", "{c}"], &a, &b);
    assert!(r.stderr.contains("is already paused"), "{}", r.stderr);
    let r = same_as_docker(&["unpause", "{c}"], &a, &b);
    assert_eq!((r.code, r.stdout.clone()), (0, format!("{a}\n")));
    assert_eq!(state(&a, "Paused"), false);
    assert_eq!(same_as_docker(&["unpause", "{c}"], &a, &b).code, 1);
}

#[test]
fn restart_restarts_one_after_another() {
    let scope = Scope::new("restart");
    let (a, b) = (sleeper(&scope, "a"), sleeper(&scope, "b"));
    let before = state(&a, "StartedAt");
    let r = same_as_docker(&["restart", "-t", "0", "nx-hvdock-missing", "{c}"], &a, &b);
    assert_eq!((r.code, r.stdout.clone()), (1, format!("{a}\n")));
    assert_eq!(state(&a, "Running"), true);
    assert_ne!(state(&a, "StartedAt"), before);
    // A stopped container is started by restart.
    api("POST", &format!("/containers/{a}/kill"), None);
    wait_exit(&a);
    assert_eq!(same_as_docker(&["restart", "{c}"], &a, &b).code, 0);
    assert_eq!(state(&a, "Running"), true);
}

#[test]
fn rm_force_and_errors_like_docker() {
    let scope = Scope::new("rm");
    let (a, b) = (sleeper(&scope, "a"), sleeper(&scope, "b"));
    let r = same_as_docker(&["rm", "{c}"], &a, &b);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("cannot remove a running container"),
        "{}",
        r.stderr
    );
    assert_eq!(
        same_as_docker(&["rm", "nx-hvdock-missing", "/", " "], &a, &b).code,
        1
    );
    // -f: a missing container is reported but does not fail the command.
    let r = same_as_docker(&["rm", "-f", "-v", "nx-hvdock-missing", "{c}"], &a, &b);
    assert_eq!((r.code, r.stdout.clone()), (0, format!("{a}\n")));
    assert_eq!(
        r.stderr,
        "Error response from daemon: No such container: nx-hvdock-missing\n"
    );
    let (code, _) = api("GET", &format!("/containers/{a}/json"), None);
    assert_eq!(code, 404);
    let stopped = fixture(&scope, "stopped", &["true"], json!({}), false);
    assert_eq!(
        run(&["rm", &format!("/{stopped}")]).stdout,
        format!("/{stopped}\n")
    );
}

#[test]
fn wait_prints_exit_codes() {
    let scope = Scope::new("wait");
    let a = fixture(
        &scope,
        "a",
        &["sh", "-c", "sleep 1; exit 3"],
        json!({}),
        true,
    );
    let b = fixture(&scope, "b", &["sh", "-c", "exit 5"], json!({}), true);
    let r = run(&["wait", &a, "nx-hvdock-missing", &b]);
    assert_eq!(r.code, 1);
    assert_eq!(r.stdout, "3\n5\n");
    assert_eq!(
        r.stderr,
        "Error response from daemon: No such container: nx-hvdock-missing\n"
    );
    same_as_docker(&["wait", "{c}", ""], &a, &a);
}

/// Every byte value, starting with 0x00..0x02 (which a guessing decoder takes for a header).
fn all_bytes_printf() -> String {
    (0u8..=255).map(|b| format!("\\{b:03o}")).collect()
}

#[test]
fn logs_binary_round_trip_is_byte_exact() {
    let scope = Scope::new("logsbin");
    let script = format!(
        "printf '{0}'; printf 'err\\n' >&2; printf '{0}'",
        all_bytes_printf()
    );
    let extra = json!({"HostConfig": {"LogConfig": {"Type": "local", "Config": {}}}});
    let c = fixture(&scope, "bin", &["sh", "-c", &script], extra, true);
    wait_exit(&c);
    let r = run(&["logs", &c]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let want: Vec<u8> = (0u8..=255).chain(0u8..=255).collect();
    assert_eq!(r.raw_stdout, want);
    assert_eq!(r.stderr, "err\n");
    if let Some(cmd) = docker(&["logs", &c]) {
        assert_eq!(output(cmd, None).raw_stdout, r.raw_stdout);
    }
}

#[test]
fn logs_of_tty_container_is_raw() {
    let scope = Scope::new("logstty");
    let c = fixture(
        &scope,
        "tty",
        &["sh", "-c", "echo out; echo err >&2"],
        json!({"Tty": true}),
        true,
    );
    wait_exit(&c);
    let r = same_as_docker(&["logs", "{c}"], &c, &c);
    assert_eq!(r.raw_stdout, b"out\r\nerr\r\n");
}

#[test]
fn logs_options_match_docker() {
    let scope = Scope::new("logsopt");
    let c = fixture(
        &scope,
        "opt",
        &[
            "sh",
            "-c",
            "for i in 1 2 3; do echo out$i; echo err$i >&2; done",
        ],
        json!({}),
        true,
    );
    wait_exit(&c);
    let r = same_as_docker(&["logs", "{c}"], &c, &c);
    assert_eq!(
        (r.stdout.as_str(), r.stderr.as_str()),
        ("out1\nout2\nout3\n", "err1\nerr2\nerr3\n")
    );
    let r = same_as_docker(&["logs", "-t", "--tail", "2", "{c}"], &c, &c);
    assert_eq!(r.stdout.lines().count() + r.stderr.lines().count(), 2);
    for line in r.stdout.lines().chain(r.stderr.lines()) {
        let (ts, text) = line.split_once(' ').unwrap_or_default();
        assert!(
            ts.starts_with("20") && ts.ends_with('Z') && ts.len() >= 20,
            "{line}"
        );
        assert!(["out", "err"].iter().any(|p| text.starts_with(p)), "{line}");
    }
    same_as_docker(&["logs", "--details", "-n", "1", "{c}"], &c, &c);
    let r = same_as_docker(
        &[
            "logs",
            "--since",
            "42m",
            "--until",
            "2100-01-02T03:04:05+01:00",
            "{c}",
        ],
        &c,
        &c,
    );
    assert_eq!(r.stdout, "out1\nout2\nout3\n");
    let r = same_as_docker(&["logs", "--until", "2000-01-01", "{c}"], &c, &c);
    assert_eq!(r.stdout, "");
    assert_eq!(
        same_as_docker(&["logs", "--since", "1h30m", "{c}"], &c, &c)
            .stdout
            .lines()
            .count(),
        3
    );
    for bad in [
        "foo",
        "2013-01-0",
        "2013-13-01T00:00:00Z",
        "2013-02-30",
        "5x",
    ] {
        let r = same_as_docker(&["logs", "--since", bad, "{c}"], &c, &c);
        assert_eq!(r.code, 1, "{bad}");
        assert!(
            r.stderr.starts_with("invalid value for \"since\": "),
            "{}",
            r.stderr
        );
    }
    let r = same_as_docker(&["logs", "nx-hvdock-missing"], &c, &c);
    assert_eq!(
        r.stderr,
        "Error response from daemon: No such container: nx-hvdock-missing\n"
    );
}

#[test]
fn logs_follow_ends_when_the_container_stops() {
    let scope = Scope::new("logsf");
    let c = fixture(
        &scope,
        "f",
        &[
            "sh",
            "-c",
            "echo first; sleep 2; echo second >&2; echo third",
        ],
        json!({}),
        true,
    );
    let r = run(&["logs", "-f", &c]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // "third" is the container's last output, after its sleep: a follow that ended early
    // does not have it.
    assert_eq!(r.stdout, "first\nthird\n");
    assert_eq!(r.stderr, "second\n");
}

#[test]
fn top_of_runc_container_matches_docker_shape() {
    let scope = Scope::new("top");
    let c = fixture(&scope, "runc", &["sleep", "4241"], json!({}), true);
    let r = run(&["top", &c]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{}", r.stdout);
    assert!(
        lines[0].starts_with("UID                 PID                 PPID                C   "),
        "{}",
        lines[0]
    );
    assert!(lines[1].ends_with("   sleep 4241"), "{}", lines[1]);
    let r = same_as_docker(&["top", "{c}", "-o", "pid,args"], &c, &c);
    assert!(
        r.stdout.starts_with("PID                 COMMAND\n"),
        "{}",
        r.stdout
    );
    same_as_docker(&["top", "{c}", "--no-such-ps-option"], &c, &c);
    same_as_docker(&["top", "{c}", "-o", "user"], &c, &c);
    same_as_docker(&["top", "nx-hvdock-missing"], &c, &c);
    let stopped = fixture(&scope, "stopped", &["true"], json!({}), false);
    let r = same_as_docker(&["top", "{c}"], &stopped, &stopped);
    assert!(r.stderr.contains("is not running"), "{}", r.stderr);
}

#[test]
fn top_of_gvisor_container_shows_its_own_processes() {
    if !require(Need::Runsc) {
        return;
    }
    let scope = Scope::new("topsc");
    let c = fixture(
        &scope,
        "sc",
        &["sleep", "4242"],
        json!({"HostConfig": {"Runtime": "runsc"}}),
        true,
    );
    let r = run(&["top", &c]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "only the container's sleep: {}", r.stdout);
    let cells: Vec<&str> = lines[1].split_whitespace().collect();
    assert_eq!(
        cells.get(1),
        Some(&"1"),
        "the sandbox's PID 1 is its sleep: {}",
        r.stdout
    );
    assert!(lines[1].ends_with("sleep 4242"), "{}", r.stdout);
    assert!(
        lines[0].starts_with("UID                 PID                 PPID   "),
        "{}",
        lines[0]
    );
    let r = run(&["top", &c, "-o", "pid,args"]);
    assert_eq!(
        r.stdout,
        "PID                 COMMAND\n1                   sleep 4242\n"
    );
    let r = run(&["top", &c, "--no-such-ps-option"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.starts_with("Error response from daemon: ps: "),
        "{}",
        r.stderr
    );
}

#[test]
fn port_lists_and_errors_like_docker() {
    let scope = Scope::new("port");
    // Ephemeral host ports: fixed ones may be taken by whatever else runs on this engine.
    let extra = json!({
        "ExposedPorts": {"80/tcp": {}, "9000/udp": {}, "7/tcp": {}},
        "HostConfig": {"PortBindings": {
            "80/tcp": [{"HostIp": "", "HostPort": ""}],
            "9000/udp": [{"HostIp": "127.0.0.1", "HostPort": ""}]
        }}
    });
    let c = fixture(&scope, "p", &["sleep", "600"], extra, true);
    let ports = inspect(&c)["NetworkSettings"]["Ports"].clone();
    let host_port = |key: &str| {
        ports[key][0]["HostPort"]
            .as_str()
            .unwrap_or("?")
            .to_string()
    };
    let (web, udp) = (host_port("80/tcp"), host_port("9000/udp"));
    let r = same_as_docker(&["port", "{c}"], &c, &c);
    assert!(
        r.stdout.starts_with(&format!("80/tcp -> 0.0.0.0:{web}\n")),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .ends_with(&format!("9000/udp -> 127.0.0.1:{udp}\n")),
        "{}",
        r.stdout
    );
    assert_eq!(
        same_as_docker(&["port", "{c}", "9000/udp"], &c, &c).stdout,
        format!("127.0.0.1:{udp}\n")
    );
    same_as_docker(&["port", "{c}", "80"], &c, &c);
    let r = same_as_docker(&["port", "{c}", "7"], &c, &c);
    assert_eq!(
        r.stderr,
        format!("Error: No public port '7' published for {c}\n")
    );
    for bad in ["abc", "99999", "/udp", "+80"] {
        assert_eq!(same_as_docker(&["port", "{c}", bad], &c, &c).code, 1);
    }
    same_as_docker(&["port", "nx-hvdock-missing"], &c, &c);
}

#[test]
fn rename_and_its_errors() {
    let scope = Scope::new("rename");
    let c = fixture(&scope, "old", &["true"], json!({}), false);
    let r = same_as_docker(&["rename", "{c}", "bad/name"], &c, &c);
    assert!(
        r.stderr
            .ends_with(&format!("\nError: failed to rename container named {c}\n")),
        "{}",
        r.stderr
    );
    let r = same_as_docker(&["rename", " ", "x"], &c, &c);
    assert_eq!(r.stderr, "Error: Neither old nor new names may be empty\n");
    same_as_docker(&["rename", "nx-hvdock-missing", "y"], &c, &c);
    let new = scope.name("new");
    let r = run(&["rename", &c, &new]);
    assert_eq!((r.code, r.stdout.as_str(), r.stderr.as_str()), (0, "", ""));
    assert_eq!(inspect(&new)["Name"], format!("/{new}"));
}
