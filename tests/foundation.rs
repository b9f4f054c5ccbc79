//! Issue 2: connection, contexts, version negotiation, version/info, usage errors.

mod common;

use common::proxy::Proxy;
use common::*;
use sha2::{Digest, Sha256};

#[test]
fn version_reports_the_linux_daemon() {
    assert_eq!(
        ok(&["version", "--format", "{{.Server.Os}}"]).trim(),
        "linux"
    );
    let v = ok(&["version"]);
    assert!(v.starts_with("Client: hvdock "), "{v}");
    assert!(v.contains("\n Version:           28.2.2\n"), "{v}");
    assert!(
        v.contains("\nServer:\n Engine:\n  Version:          "),
        "{v}"
    );
}

#[test]
fn version_json_has_client_and_server() {
    let out = ok(&["version", "--format", "{{json .}}"]);
    let v: serde_json::Value = serde_json::from_str(out.trim()).expect("json");
    assert_eq!(v["Server"]["Os"], "linux");
    assert_eq!(v["Client"]["Version"], "28.2.2");
    assert_eq!(
        v["Client"]["Platform"]["Name"],
        format!("hvdock {}", env!("CARGO_PKG_VERSION"))
    );
    let api = ok(&["version", "--format", "{{.Server.APIVersion}}"]);
    assert!(api.contains("1."), "{api}");
    // docker's `types.Version` has no field `ApiVersion` (that is its JSON name).
    same(&[
        "version",
        "--format",
        "{{.Server.APIVersion}}{{.Server.ApiVersion}}",
    ]);
}

#[test]
fn info_lists_runsc_and_isolation_modes() {
    let rt = ok(&["info", "--format", "{{json .Runtimes}}"]);
    let v: serde_json::Value = serde_json::from_str(rt.trim()).expect("json");
    assert!(v.get("runsc").is_some(), "{rt}");
    let text = ok(&["info"]);
    assert!(text.contains("\n Isolation:\n"), "{text}");
    assert!(
        text.contains("  hyperv: runsc (gVisor sandbox, own kernel)"),
        "{text}"
    );
    assert!(text.contains("  process: runc"), "{text}");
    assert!(text.contains(" OSType: linux\n"), "{text}");
}

#[test]
fn info_matches_reference_client_apart_from_client_section() {
    let Some(cmd) = docker(&["info"]) else { return };
    let theirs = output(cmd, None);
    let ours = run(&["info"]);
    // Exit code and stderr (the daemon's warnings) exactly.
    assert_eq!(
        (ours.code, normalise(&ours.stderr)),
        (theirs.code, normalise(&theirs.stderr))
    );
    // The Server section line by line, without what other tests change between the two calls
    // (container and image counters) and hvdock's addition (the Isolation block); the runtimes
    // line is sorted because docker prints them in Go map order.
    let server = |s: &str| -> Vec<String> {
        let mut lines = Vec::new();
        let mut skip = false;
        for l in s
            .split_once("\nServer:\n")
            .map(|p| p.1)
            .unwrap_or("")
            .lines()
        {
            if l == " Isolation:" {
                skip = true;
                continue;
            }
            if skip && l.starts_with("  ") {
                continue;
            }
            skip = false;
            if l.starts_with(" Runtimes:") {
                let mut w: Vec<&str> = l.split_whitespace().skip(1).collect();
                w.sort();
                lines.push(w.join(" "));
                continue;
            }
            if [
                "  Running:",
                "  Stopped:",
                "  Paused:",
                " Containers:",
                " Images:",
            ]
            .iter()
            .any(|p| l.starts_with(p))
            {
                continue;
            }
            lines.push(l.to_string());
        }
        lines
    };
    assert_eq!(server(&ours.stdout), server(&theirs.stdout));
}

#[test]
fn explicit_host_flag_and_env() {
    let out = ok(&[
        "-H",
        "unix:///var/run/docker.sock",
        "version",
        "--format",
        "{{.Server.Os}}",
    ]);
    assert_eq!(out.trim(), "linux");
    let mut c = hvdock(&["version", "--format", "{{.Server.Os}}"]);
    c.env("DOCKER_HOST", "unix:///var/run/docker.sock");
    let r = output(c, None);
    assert_eq!((r.code, r.stdout.trim()), (0, "linux"));
}

#[test]
fn unreachable_daemon_is_dockers_message_and_exit_1() {
    let r = run(&[
        "-H",
        "unix:///nonexistent/docker.sock",
        "version",
        "--format",
        "{{.Server.Os}}",
    ]);
    assert_eq!(r.code, 1);
    assert_eq!(
        r.stderr,
        "Cannot connect to the Docker daemon at unix:///nonexistent/docker.sock. Is the docker daemon running?\n"
    );
    let r = run(&["-H", "tcp://127.0.0.1:1", "info", "--format", "{{.ID}}"]);
    assert!(
        r.stderr
            .contains("Cannot connect to the Docker daemon at tcp://127.0.0.1:1."),
        "{}",
        r.stderr
    );
}

fn write_context(dir: &std::path::Path, name: &str, host: &str) {
    let id: String = Sha256::digest(name.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let meta = dir.join("contexts/meta").join(id);
    std::fs::create_dir_all(&meta).unwrap();
    std::fs::write(
        meta.join("meta.json"),
        format!(r#"{{"Name":"{name}","Metadata":{{}},"Endpoints":{{"docker":{{"Host":"{host}","SkipTLSVerify":false}}}}}}"#),
    )
    .unwrap();
}

#[test]
fn contexts_from_dockers_store() {
    let cfg = tempfile::tempdir().unwrap();
    write_context(cfg.path(), "hvtest", "unix:///var/run/docker.sock");
    write_context(cfg.path(), "broken", "unix:///nonexistent.sock");
    let dir = cfg.path().to_str().unwrap();

    let out = ok(&[
        "--config",
        dir,
        "--context",
        "hvtest",
        "version",
        "--format",
        "{{.Server.Os}} {{.Client.Context}}",
    ]);
    assert_eq!(out.trim(), "linux hvtest");

    let mut c = hvdock(&["version", "--format", "{{.Client.Context}}"]);
    c.env("DOCKER_CONFIG", dir).env("DOCKER_CONTEXT", "hvtest");
    assert_eq!(output(c, None).stdout.trim(), "hvtest");

    // currentContext in config.json, overridden by DOCKER_CONTEXT, overridden by -H.
    std::fs::write(
        cfg.path().join("config.json"),
        r#"{"currentContext":"broken","other":1}"#,
    )
    .unwrap();
    let r = run(&["--config", dir, "version", "--format", "{{.Server.Os}}"]);
    assert!(
        r.stderr.contains("unix:///nonexistent.sock"),
        "{}",
        r.stderr
    );
    let mut c = hvdock(&["--config", dir, "version", "--format", "{{.Server.Os}}"]);
    c.env("DOCKER_CONTEXT", "hvtest");
    assert_eq!(output(c, None).stdout.trim(), "linux");
    let out = ok(&[
        "--config",
        dir,
        "-H",
        "unix:///var/run/docker.sock",
        "version",
        "--format",
        "{{.Client.Context}}",
    ]);
    assert_eq!(out.trim(), "default");

    let r = run(&["--config", dir, "--context", "nope", "version"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("Failed to initialize: unable to resolve docker endpoint: context \"nope\": context not found"), "{}", r.stderr);
    let r = run(&[
        "--config",
        dir,
        "--context",
        "hvtest",
        "-H",
        "unix:///x",
        "info",
    ]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr
            .contains("conflicting options: cannot specify both --host and --context"),
        "{}",
        r.stderr
    );
}

/// The API versions in the request lines a proxy saw (`GET /v1.41/info HTTP/1.1` → `1.41`).
fn versions_sent(proxy: &Proxy) -> std::collections::BTreeSet<String> {
    proxy
        .request_lines()
        .iter()
        .filter_map(|l| {
            let path = l.split(' ').nth(1)?;
            let v = path.strip_prefix("/v")?.split('/').next()?;
            v.starts_with(|c: char| c.is_ascii_digit())
                .then(|| v.to_string())
        })
        .collect()
}

/// What a client run through a recording proxy sent: the API versions of its requests.
fn sent_through_proxy(mut c: std::process::Command, args: &[&str]) -> (Run, Vec<String>) {
    let proxy = Proxy::start(SOCKET);
    c.arg("-H").arg(proxy.host()).args(args);
    let r = output(c, None);
    (r, versions_sent(&proxy).into_iter().collect())
}

#[test]
fn api_version_is_negotiated_and_sent_on_the_wire() {
    if !require(Need::Docker) {
        return;
    }
    // Whatever requests each client makes, the versioned ones carry the version docker
    // negotiates with this daemon (`version` may ask for `/version` unversioned: it means the
    // same at every version), and the client reports the same version.
    for args in [
        &["info", "--format", "{{.OSType}}"][..],
        &["ps", "-a", "-q", "--filter", "name=^hvq-never$"][..],
        &["version", "--format", "{{.Client.APIVersion}}"][..],
    ] {
        let (ours, ours_sent) = sent_through_proxy(hvdock(&[]), args);
        let (theirs, theirs_sent) = sent_through_proxy(reference(&[]), args);
        assert_same(&format!("{args:?} through a proxy"), &ours, &theirs);
        assert_eq!(theirs_sent.len(), 1, "docker {args:?}: {theirs_sent:?}");
        assert!(
            ours_sent.iter().all(|v| theirs_sent.contains(v))
                && (args[0] == "version" || !ours_sent.is_empty()),
            "API versions sent for {args:?}: hvdock {ours_sent:?}, docker {theirs_sent:?}"
        );
    }

    // DOCKER_API_VERSION pins the version, for both clients.
    for (client, name) in [(hvdock(&[]), "hvdock"), (reference(&[]), "docker")] {
        let mut c = client;
        c.env("DOCKER_API_VERSION", "1.40");
        let (r, sent) = sent_through_proxy(c, &["info", "--format", "{{.OSType}}"]);
        assert_eq!(r.stdout.trim(), "linux", "{name}: {}", r.stderr);
        assert_eq!(sent, vec!["1.40".to_string()], "{name}");
    }
}

/// Usage errors: same text (program name normalised) and exit code as the reference client.
#[test]
fn usage_errors_match_reference_client() {
    let cases: &[&[&str]] = &[
        &["frob"],
        &["--bogus"],
        &["version", "--bogus"],
        &["version", "extra"],
        &["version", "--format"],
        &["run"],
        &["run", "--bogus", "x"],
        &["rm"],
        &["rename", "a"],
        &["rename", "a", "b", "c"],
        &["container", "frob"],
        &["exec", "c"],
        &["stop", "a", "--time"],
        &["port"],
        &["logs"],
        &["wait"],
        &["run", "-Z", "img"],
        &["info", "--format"],
        &["inspect_is_not_a_command_yet_in_both"],
    ];
    for args in cases {
        let r = same(args);
        assert_ne!(r.code, 0, "{args:?}");
    }
}

#[test]
fn version_flag_and_help() {
    let out = ok(&["-v"]);
    assert!(out.starts_with("Docker version 28.2.2, build "), "{out}");
    let help = ok(&["--help"]);
    assert!(
        help.contains("Usage: hvdock [OPTIONS] COMMAND")
            || help.contains("Usage:  hvdock [OPTIONS] COMMAND"),
        "{help}"
    );
    assert_eq!(ok(&["help", "version"]), ok(&["version", "--help"]));
}

/// The Server section and server-side template fields print exactly as the reference client's.
#[test]
fn version_server_side_matches_reference_client() {
    for f in [
        "{{.Server.APIVersion}}",
        "{{.Server.Version}} {{.Server.Os}} {{.Server.Arch}}",
        "{{json .Server.Components}}",
        "{{json .Server}}",
        "{{.Client.APIVersion}}",
    ] {
        let ours = ok(&["version", "--format", f]);
        if let Some(c) = docker(&["version", "--format", f]) {
            assert_eq!(ours, output(c, None).stdout, "{f}");
        }
    }
    if let Some(c) = docker(&["version"]) {
        let theirs = output(c, None).stdout;
        let ours = ok(&["version"]);
        let server = |s: &str| {
            s.split_once("\nServer:")
                .map(|p| p.1.to_string())
                .unwrap_or_default()
        };
        assert_eq!(server(&ours), server(&theirs));
    }
}
