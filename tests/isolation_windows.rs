//! The Windows side of `--isolation`, against a fake Windows daemon (the only fake in the suite)
//! answering from `tests/fixtures/windows-daemon/` — answers written from the Engine API
//! documentation, not recorded, and checked against the API's schema by
//! tests/engine_api_fixtures.rs: the level goes into `HostConfig.Isolation`, and `Runtime` is
//! never set.

mod common;

use common::fake_daemon::{FakeDaemon, Request};
use common::*;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/windows-daemon");

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{FIXTURES}/{name}")).expect("fixture")
}

fn windows_daemon() -> FakeDaemon {
    let info = fixture("info.json");
    let container = fixture("container.json");
    let created = fixture("create.json");
    let list = fixture("list.json");
    FakeDaemon::start(Box::new(move |r: &Request| {
        let ping = vec![
            ("Api-Version".to_string(), "1.41".to_string()),
            ("Ostype".to_string(), "windows".to_string()),
        ];
        match (r.method.as_str(), r.path.as_str()) {
            (_, "/_ping") => (200, ping, "OK".into()),
            ("GET", "/info") => (200, vec![], info.clone()),
            ("POST", p) if p.starts_with("/containers/create") => (201, vec![], created.clone()),
            ("GET", "/containers/json") => (200, vec![], list.clone()),
            ("GET", p) if p.starts_with("/containers/") && p.ends_with("/json") => {
                (200, vec![], container.clone())
            }
            _ => (404, vec![], r#"{"message":"not recorded"}"#.into()),
        }
    }))
}

fn create_body(d: &FakeDaemon) -> serde_json::Value {
    let req = d
        .requests()
        .into_iter()
        .find(|r| r.method == "POST" && r.path.starts_with("/containers/create"))
        .expect("a create request");
    assert_eq!(
        req.version.as_deref(),
        Some("1.41"),
        "the path carries the negotiated version"
    );
    serde_json::from_str(&req.body).expect("json body")
}

#[test]
fn hyperv_goes_into_host_config_isolation() {
    for (flag, want) in [
        ("hyperv", "hyperv"),
        ("HyperV", "hyperv"),
        ("process", "process"),
    ] {
        let d = windows_daemon();
        let r = run(&[
            "-H",
            &d.host(),
            "create",
            "--isolation",
            flag,
            "mcr.microsoft.com/windows/nanoserver:ltsc2022",
            "cmd",
        ]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert_eq!(
            r.stdout.trim(),
            "239def76d29a405eab64765fb4de9176239def76d29a405eab64765fb4de9176"
        );
        let body = create_body(&d);
        assert_eq!(body["HostConfig"]["Isolation"], want, "{body}");
        assert!(
            body["HostConfig"]
                .get("Runtime")
                .is_none_or(|v| v.is_null() || v == ""),
            "Runtime must not be set on Windows: {body}"
        );
        assert_eq!(body["Labels"]["io.hvdock.isolation"], want);
    }
}

#[test]
fn windows_info_and_compute_ls() {
    let d = windows_daemon();
    let out = ok(&[
        "-H",
        &d.host(),
        "info",
        "--format",
        "{{.IsolationModes.Default}} {{.IsolationModes.hyperv.Provider}}",
    ]);
    assert_eq!(out.trim(), "process hcs");
    let text = ok(&["-H", &d.host(), "info"]);
    assert!(text.contains(" Default Isolation: process\n"), "{text}");
    assert!(
        text.contains("  hyperv: Windows host compute service\n"),
        "{text}"
    );
    let r = run(&[
        "-H",
        &d.host(),
        "compute",
        "ls",
        "--format",
        "{{.Name}} {{.Owner}} {{.Type}} {{.Isolation}} {{.PID}}",
    ]);
    assert_eq!(
        r.stdout, "TST3 hcs VirtualMachine hyperv -\n",
        "{}",
        r.stderr
    );
}
