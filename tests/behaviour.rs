//! Behaviour docker has where hvdock used to differ (issue 19): each case runs through hvdock and
//! the reference docker on the same daemon and compares stdout, stderr and exit code exactly.

mod common;

use common::*;
use serde_json::json;

/// A running busybox `sleep 600` created through the raw API, labelled for `scope`.
fn sleeper(scope: &Scope, suffix: &str) -> String {
    let name = scope.name(suffix);
    let body = json!({"Image": IMAGE, "Cmd": ["sleep", "600"], "Labels": {TEST_LABEL: scope.id}});
    let path = format!("/containers/create?name={name}");
    let (code, answer) = api("POST", &path, Some(&body.to_string()));
    assert_eq!(code, 201, "create {name}: {answer}");
    let (code, answer) = api("POST", &format!("/containers/{name}/start"), None);
    assert_eq!(code, 204, "start {name}: {answer}");
    name
}

/// An empty `--detach-keys=` (distrobox sends it on every `enter`) is unset for docker: no warning.
#[test]
fn empty_detach_keys_are_unset() {
    let scope = Scope::new("hvg-detach");
    let c = sleeper(&scope, "c");
    same(&["exec", "--detach-keys=", &c, "echo", "hi"]);
    same(&["container", "exec", "--detach-keys", "", &c, "true"]);
    let label = scope.label();
    same(&[
        "run",
        "--rm",
        "--label",
        &label,
        "--detach-keys=",
        IMAGE,
        "echo",
        "ran",
    ]);
}

/// `start` of a running container: the daemon answers 304, docker prints the name and exits 0;
/// with several containers only the failed ones are named in the final error.
#[test]
fn start_of_a_running_container_succeeds() {
    let scope = Scope::new("hvg-start");
    let c = sleeper(&scope, "c");
    let run = same(&["start", &c]);
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (0, format!("{c}\n").as_str())
    );
    let missing = scope.name("missing");
    let run = same(&["container", "start", &c, &missing, &c]);
    assert_eq!(run.code, 1);
}

/// Template execution errors in Go's words: a constant where a `[]string` is wanted cannot be
/// handled, and `nil` is an empty slice there (Go's canBeNil).
#[test]
fn template_constants_for_a_string_list() {
    let scope = Scope::new("hvg-tmpl");
    let c = sleeper(&scope, "c");
    let filter = format!("name={c}");
    for format in [
        r#"{{split .Names "-" | join ","}}"#,
        r#"{{join true ","}}"#,
        r#"{{join 3 .Names}}"#,
        r#"{{join nil ","}}|{{pad "a" true 1}}"#,
        r#"{{join nil ","}}|{{.Names | join nil}}"#,
    ] {
        same(&["ps", "--filter", &filter, "--format", format]);
    }
}

/// `stats --no-stream` while a listed container exits and is auto-removed: docker drops its row
/// (the `die` event) and the running container's row stays correct, though the daemon's answer
/// for it is delayed by the dying one (the 2-second watchdog starts with the answer, not the
/// request). Rows of other tests' containers are left out of the comparison.
#[test]
fn stats_no_stream_while_a_container_exits() {
    let scope = Scope::new("hvg-stats");
    let a = sleeper(&scope, "a");
    let label = scope.label();
    let format = "{{.Container}} {{.Name}} {{.ID}} {{.PIDs}}";
    let mut runs = Vec::new();
    for (client, b) in [("hvdock", scope.name("b1")), ("docker", scope.name("b2"))] {
        let started = run(&[
            "run", "-d", "--rm", "--name", &b, "--label", &label, IMAGE, "sleep", "1",
        ]);
        assert_eq!(started.code, 0, "{started:?}");
        let args = ["stats", "--no-stream", "--format", format];
        let mut r = match client {
            "hvdock" => run(&args),
            _ => match docker(&args) {
                Some(c) => output(c, None),
                None => return,
            },
        };
        let ours = [started.stdout.trim(), &inspect_id(&a)]
            .map(|id| id.chars().take(12).collect::<String>());
        r.stdout = r
            .stdout
            .lines()
            .filter(|l| ours.iter().any(|id| l.starts_with(id.as_str())) || l.contains(&scope.id))
            .map(|l| format!("{l}\n"))
            .collect();
        runs.push(r);
    }
    assert_same(
        "stats --no-stream while a container exits",
        &runs[0],
        &runs[1],
    );
    assert_eq!(
        runs[0].stdout,
        format!(
            "{} {a} {} 1\n",
            &inspect_id(&a)[..12],
            &inspect_id(&a)[..12]
        )
    );
}

fn inspect_id(name: &str) -> String {
    let (_, body) = api("GET", &format!("/containers/{name}/json"), None);
    let v: serde_json::Value = serde_json::from_str(&body).unwrap_or_default();
    v["Id"].as_str().unwrap_or_default().to_string()
}
