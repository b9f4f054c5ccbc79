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
