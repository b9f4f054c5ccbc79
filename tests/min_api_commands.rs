//! Issue 19: what docker annotates beyond a flag's API version, through the one table in
//! src/cli/min_api.rs — a command's minimum API (`volume update` needs 1.42), a flag's OS type
//! (`run --cpu-count` and the other Windows-only flags), experimental-only flags (`start
//! --checkpoint`, `build --squash`) — hidden from help and refused with docker's message, and the
//! hidden deprecated `stack --orchestrator`, taken and announced. Each case runs through hvdock
//! and the reference client, on this (API 1.41, Linux, not experimental) daemon, with no daemon,
//! or on a fake daemon that claims what this one lacks (a newer API, Windows, experimental
//! features), where both clients' requests are compared. Stdout, stderr (program name
//! normalised) and exit code must be the same. Every refusal happens before any request that
//! would create something, and the fake daemons keep nothing, so no object is made.

mod common;

use common::fake_daemon::{both, same_requests, FakeDaemon, Request, Sent};
use common::*;

/// Lines docker refuses on this daemon before it runs them (or reports their usage errors).
const REFUSED: &[&[&str]] = &[
    &["volume", "update", "hvma2-none"],
    &["volume", "update", "--availability", "drain", "hvma2-none"],
    &["volume", "update"],
    &["volume", "update", "a", "b"],
    &["volume", "update", "--bogus", "hvma2-none"],
    &["volume", "prune", "--all", "extra"],
    &["volume", "prune", "-a", "extra"],
    &["start", "--checkpoint", "c", "hvma2-none"],
    &["start", "--checkpoint-dir", "/hvma2-none", "hvma2-none"],
    &[
        "container",
        "start",
        "--checkpoint",
        "c",
        "--checkpoint-dir",
        "/d",
    ],
    &["build", "--squash", "/hvma2-none"],
    &["image", "build", "--squash", "/hvma2-none"],
    &["builder", "build", "--squash", "/hvma2-none"],
    &["run", "--cpu-count", "2", "hvma2-none"],
    &["run", "--cpu-count", "2"],
    &["run", "--cpu-count", "2", "--bogus", "hvma2-none"],
    &[
        "create",
        "--io-maxiops",
        "3",
        "--cpu-percent",
        "2",
        "--io-maxbandwidth",
        "1k",
        "hvma2-none",
    ],
    &["container", "run", "--cpu-percent", "5", "hvma2-none"],
    // A flag whose value fails is not checked; the ones before it are.
    &[
        "run",
        "--cpu-count",
        "2",
        "--io-maxbandwidth",
        "bogus",
        "hvma2-none",
    ],
    &["run", "--cpu-count", "2", "--memory", "bogus", "hvma2-none"],
    &["volume", "prune", "--all=true", "extra"],
    &[
        "container",
        "create",
        "--io-maxbandwidth",
        "1m",
        "hvma2-none",
    ],
];

/// Lines whose usage errors docker reports without a refusal: the annotated flag's own value
/// is what fails.
#[test]
fn a_flag_whose_value_fails_is_not_refused() {
    for args in [
        &["run", "--io-maxbandwidth", "bogus", "hvma2-none"][..],
        &["run", "--cpu-count", "x", "hvma2-none"],
        &["run", "--cpu-count=x", "hvma2-none"],
        &["volume", "prune", "--all=maybe"],
        &["run", "--cpu-count"],
    ] {
        assert_eq!(same(args).code, 125, "{args:?}");
    }
}

#[test]
fn unsupported_commands_and_flags_are_refused_as_docker() {
    for args in REFUSED {
        let mut cmd = hvdock(args);
        cmd.env_remove("DOCKER_BUILDKIT");
        let ours = output(cmd, None);
        let Some(mut theirs) = docker(args) else {
            return;
        };
        theirs.env_remove("DOCKER_BUILDKIT");
        assert_same(&format!("{args:?}"), &ours, &output(theirs, None));
        assert_eq!(ours.code, 1, "{args:?}: {}", ours.stderr);
        assert!(
            ours.stderr.contains("requires API version")
                || ours.stderr.contains("is only supported on a Docker daemon"),
            "{args:?}: {}",
            ours.stderr
        );
    }
}

/// Help pages that depend on the daemon: on this one, and with no daemon (docker then shows
/// every command and flag, and `volume update` is described, not refused).
#[test]
fn help_hides_and_refuses_as_docker() {
    let pages: &[&[&str]] = &[
        &["volume", "--help"],
        &["volume"],
        &["help", "volume"],
        &["volume", "update", "--help"],
        &["volume", "update", "-h"],
        &["help", "volume", "update"],
        &["start", "--help"],
        &["container", "start", "--help"],
        &["run", "--help"],
        &["create", "--help"],
        &["container", "run", "--help"],
        &["build", "--help"],
        &["image", "build", "--help"],
        &["builder", "build", "--help"],
        &["help", "stack", "ls"],
    ];
    for page in pages {
        same_page(page);
        let mut away = vec!["-H", "unix:///hvma2-no-daemon.sock"];
        away.extend_from_slice(page);
        same_page(&away);
    }
}

/// Lines that reach a daemon that is not there: no refusal (docker knows nothing of it), the
/// command's own failure.
#[test]
fn without_a_daemon_nothing_is_refused() {
    for args in [
        &["volume", "update", "hvma2-none"][..],
        &["volume", "update"],
        &["start", "--checkpoint", "c", "hvma2-none"],
        &["run", "--cpu-count", "2", "hvma2-none"],
    ] {
        let mut all = vec!["-H", "unix:///hvma2-no-daemon.sock"];
        all.extend_from_slice(args);
        same(&all);
    }
}

/// With the version pinned to 1.43 the refusal is gone and the daemon answers for itself
/// (docker sends the request; this daemon refuses the version).
#[test]
fn a_pinned_newer_version_lets_volume_update_through() {
    let args = ["volume", "update", "--availability", "drain", "hvma2-none"];
    let mut ours = hvdock(&args);
    ours.env("DOCKER_API_VERSION", "1.43");
    let Some(mut theirs) = docker(&args) else {
        return;
    };
    theirs.env("DOCKER_API_VERSION", "1.43");
    let (o, t) = (output(ours, None), output(theirs, None));
    assert_same("volume update with DOCKER_API_VERSION=1.43", &o, &t);
    assert!(o.stderr.contains("is too new"), "{}", o.stderr);
}

/// `stack --orchestrator` (hidden, deprecated): taken before or after the verb, announced on
/// stdout each time once all flags parsed; none of these lines changes anything (this daemon
/// is no swarm manager, and the stacks do not exist).
#[test]
fn stack_orchestrator_is_taken_and_announced_as_docker() {
    for args in [
        &["stack", "ls", "--orchestrator", "swarm"][..],
        &["stack", "--orchestrator", "swarm", "ls"],
        &[
            "stack",
            "ls",
            "--orchestrator",
            "swarm",
            "--orchestrator=all",
        ],
        &["stack", "ps", "--orchestrator", "all", "hvma2-none"],
        &["stack", "services", "--orchestrator", "all", "hvma2-none"],
        &["stack", "rm", "--orchestrator", "all", "hvma2-none"],
        &["stack", "deploy", "--orchestrator", "swarm"],
        &["stack", "ls", "--orchestrator", "x", "extra"],
        &["stack", "ls", "--orchestrator", "x", "--bogus"],
        &["stack", "ls", "--orchestrator"],
        &["stack", "--orchestrator", "x"],
    ] {
        same_page(args);
    }
    for page in [
        &["stack", "ps", "--orchestrator=all", "--help"][..],
        &["stack", "ls", "--orchestrator", "x", "-h"],
        &["stack", "--help"],
    ] {
        same_page(page);
    }
}

/// A fake daemon that claims what this machine's lacks: `api` as its API version, `os` as its
/// OS type, experimental features or not. It answers `volumes` for `GET /volumes/{name}`, a
/// created container for `POST /containers/create`, and success for what changes state.
fn claiming(api: &'static str, os: &'static str, experimental: bool) -> FakeDaemon {
    FakeDaemon::start(Box::new(move |r: &Request| {
        let ping = vec![
            ("Api-Version".to_string(), api.to_string()),
            ("Ostype".to_string(), os.to_string()),
            ("Docker-Experimental".to_string(), experimental.to_string()),
        ];
        let path = r.path.as_str();
        match r.method.as_str() {
            _ if path == "/_ping" => (200, ping, String::new()),
            "GET" if path == "/volumes/hvma2-cluster" => (200, vec![], CLUSTER_VOLUME.into()),
            "GET" if path == "/volumes/hvma2-local" => (200, vec![], LOCAL_VOLUME.into()),
            "PUT" if path.starts_with("/volumes/") => (200, vec![], String::new()),
            "POST" if path.starts_with("/containers/create") => {
                (201, vec![], format!(r#"{{"Id":"{ID}","Warnings":[]}}"#))
            }
            "POST" if path.contains("/start") => (204, vec![], String::new()),
            _ => (404, vec![], r#"{"message":"not served"}"#.into()),
        }
    }))
}

const ID: &str = "5f3c4a2e9b1d7c6a8e0f2b4d6a8c0e1f3a5b7d9c1e3f5a7b9d1c3e5f7a9b1d3";

/// A cluster volume as the Engine API documents it, with its spec's fields out of Go's order,
/// a field docker does not know and characters Go escapes, so that docker's decode and
/// re-encode of the spec shows.
const CLUSTER_VOLUME: &str = r#"{"Name":"hvma2-cluster","Driver":"csi","Mountpoint":"","Scope":"global","Labels":null,"Options":null,"CreatedAt":"2026-01-02T03:04:05Z","ClusterVolume":{"ID":"hvma2clustervolumeid","Version":{"Index":42},"CreatedAt":"2026-01-02T03:04:05Z","UpdatedAt":"2026-01-02T03:04:05Z","Spec":{"Availability":"active","Secrets":[{"Secret":"s<1>","Key":"k"}],"CapacityRange":{"LimitBytes":0,"RequiredBytes":1024},"AccessibilityRequirements":{"Preferred":[{"Segments":{"zone":"b"}}],"Requisite":[{"Segments":{"zone":"a&b"}}]},"AccessMode":{"MountVolume":{"MountFlags":["ro"]},"Sharing":"none","Scope":"single"},"Group":"g>1","Unknown":"dropped"},"Info":{"CapacityBytes":1024,"VolumeID":"plugin-id"}}}"#;

/// An ordinary local volume: no cluster part.
const LOCAL_VOLUME: &str = r#"{"Name":"hvma2-local","Driver":"local","Mountpoint":"/x","Scope":"local","Labels":null,"Options":null,"CreatedAt":"2026-01-02T03:04:05Z"}"#;

/// On a daemon with API 1.43, `volume update` reads the volume and sends its spec back as
/// docker does: `PUT /volumes/{cluster ID}?version={index}`, the spec decoded into docker's
/// struct and encoded again (Go's field order, unknown fields dropped, HTML characters
/// escaped, a trailing newline), with the new availability when given.
#[test]
fn volume_update_sends_the_spec_as_docker_on_a_newer_daemon() {
    let newer = || claiming("1.43", "linux", false);
    let drained = same_requests(
        &newer,
        &[
            "volume",
            "update",
            "--availability",
            "drain",
            "hvma2-cluster",
        ],
    );
    if drained.is_empty() {
        return;
    }
    let put = drained.last().expect("a PUT");
    assert_eq!(
        (put.0.as_str(), put.1.as_str(), put.2.as_deref()),
        (
            "PUT",
            "/volumes/hvma2clustervolumeid?version=42",
            Some("1.43")
        )
    );
    assert!(put.3.contains(r#""Availability":"drain"}}"#), "{}", put.3);
    assert!(put.3.contains(r#""Group":"g\u003e1""#), "{}", put.3);
    assert!(!put.3.contains("Unknown"), "{}", put.3);
    let unchanged = same_requests(&newer, &["volume", "update", "hvma2-cluster"]);
    assert!(
        unchanged
            .last()
            .expect("a PUT")
            .3
            .contains(r#""Availability":"active""#),
        "{unchanged:?}"
    );
    // Not a cluster volume: refused after reading it.
    let local = same_requests(&newer, &["volume", "update", "hvma2-local"]);
    assert_eq!(local.len(), 1, "{local:?}");
    // The help lists the command, and its flag.
    for page in [&["volume", "--help"][..], &["volume", "update", "--help"]] {
        same_requests(&newer, page);
    }
}

/// On a Windows daemon the Windows-only flags are shown and reach the create body as docker
/// puts them there (`--io-maxbandwidth` is a byte size); `--checkpoint` is refused for the OS.
#[test]
fn windows_only_flags_reach_the_body_on_a_windows_daemon() {
    let windows = || claiming("1.41", "windows", false);
    let Some((ours, theirs)) = both(
        &windows,
        &[
            "create",
            "--cpu-count",
            "2",
            "--cpu-percent",
            "30",
            "--io-maxbandwidth",
            "1.5m",
            "--io-maxiops",
            "18446744073709551615",
            "mcr.microsoft.com/windows/nanoserver:ltsc2022",
        ],
    ) else {
        return;
    };
    // The fields of the Windows-only flags, as each client put them in its create body.
    let fields = |sent: &Sent| -> Vec<serde_json::Value> {
        let body: serde_json::Value = serde_json::from_str(&sent[0].3).expect("a JSON body");
        [
            "CpuCount",
            "CpuPercent",
            "IOMaximumBandwidth",
            "IOMaximumIOps",
        ]
        .iter()
        .map(|k| body["HostConfig"][k].clone())
        .collect()
    };
    assert_eq!(fields(&ours), fields(&theirs), "hvdock's, then docker's");
    assert_eq!(
        fields(&ours),
        [
            serde_json::json!(2),
            serde_json::json!(30),
            serde_json::json!(1572864),
            serde_json::json!(18446744073709551615u64)
        ]
    );
    for args in [
        &["run", "--help"][..],
        &["create", "--help"],
        &["start", "--checkpoint", "c", "hvma2-none"],
    ] {
        same_requests(&windows, args);
    }
}

/// On an experimental daemon the checkpoint flags are shown and sent as start's query.
#[test]
fn checkpoint_flags_reach_the_daemon_when_it_is_experimental() {
    let experimental = || claiming("1.41", "linux", true);
    let started = same_requests(
        &experimental,
        &[
            "start",
            "--checkpoint",
            "cp1",
            "--checkpoint-dir",
            "/var/cp",
            "hvma2-c",
        ],
    );
    if started.is_empty() {
        return;
    }
    assert_eq!(
        started[0].1,
        "/containers/hvma2-c/start?checkpoint=cp1&checkpoint-dir=%2Fvar%2Fcp"
    );
    for args in [
        &["start", "--help"][..],
        &["build", "--help"],
        &["start", "--checkpoint", "cp1", "a", "b"],
    ] {
        same_requests(&experimental, args);
    }
}

/// The commands docker annotates with versions this daemon has are refused the same way when
/// the version is pinned lower (a group's version applies to its verbs); none of these lines
/// would change anything were it let through.
#[test]
fn commands_below_their_version_are_refused_as_docker() {
    for args in [
        &["plugin", "ls"][..],
        &["plugin", "--help"],
        &["plugin", "upgrade", "hvma2-none"],
        &["system", "df"],
        &["builder", "prune", "--help"],
        &["builder", "--help"],
        &["volume", "prune", "-f", "--filter", "label=hvma2-none"],
        &["service", "logs", "hvma2-none"],
        &["stack", "ls"],
        &["swarm", "ca"],
        &["config", "ls"],
        &["build", "--squash", "/hvma2-none"],
    ] {
        let mut ours = hvdock(args);
        ours.env("DOCKER_API_VERSION", "1.24")
            .env_remove("DOCKER_BUILDKIT");
        let Some(mut theirs) = docker(args) else {
            return;
        };
        theirs
            .env("DOCKER_API_VERSION", "1.24")
            .env_remove("DOCKER_BUILDKIT");
        let (o, t) = (output(ours, None), output(theirs, None));
        assert_eq!(
            (o.code, normalise(&o.stdout), normalise(&o.stderr)),
            (t.code, t.stdout, normalise(&t.stderr)),
            "hvdock vs docker for {args:?} with API 1.24"
        );
        assert!(
            normalise(&format!("{}{}", o.stdout, o.stderr))
                .contains("but the Docker daemon API version is 1.24"),
            "{args:?}: {}",
            o.stderr
        );
    }
}
