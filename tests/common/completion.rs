//! Shared by the completion tests: the generated scripts, a `PATH` that finds the hvdock under
//! test, and containers made through the API (independent of hvdock).

use std::path::Path;

use super::{api, ok, Scope, IMAGE};

/// The completion scripts as `hvdock __generate` writes them, in a temp dir.
pub fn generated() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().to_str().expect("utf-8 temp path");
    ok(&["__generate", "--out", out]);
    dir
}

/// `PATH` with the hvdock under test first, as an installed hvdock would be.
pub fn path_with_hvdock() -> String {
    let bin_dir = Path::new(super::bin())
        .parent()
        .expect("bin dir")
        .to_path_buf();
    format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

/// A container of the scope running `sleep 600`, created through the API and started when
/// `running`.
pub fn container(scope: &Scope, suffix: &str, running: bool) -> String {
    let name = scope.name(suffix);
    let (key, value) = scope
        .label()
        .split_once('=')
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .expect("label");
    let body = serde_json::json!({"Image": IMAGE, "Cmd": ["sleep", "600"], "Labels": {key: value}})
        .to_string();
    let (status, answer) = api(
        "POST",
        &format!("/containers/create?name={name}"),
        Some(&body),
    );
    assert_eq!(status, 201, "create {name}: {answer}");
    if running {
        let (status, answer) = api("POST", &format!("/containers/{name}/start"), None);
        assert_eq!(status, 204, "start {name}: {answer}");
    }
    name
}
