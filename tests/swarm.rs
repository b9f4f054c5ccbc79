//! Swarm, node, secret and config against a real 3-node Swarm started by `scripts/cluster.sh`
//! (prefix `hvst`, network 10.213.8.0/24): node 1 the manager, node 2 runsc by default and
//! marked `io.hvdock.isolation=hyperv`, node 3 a plain worker. Differential: the reference
//! docker and hvdock run the same command against the same node and must agree exactly.
//!
//! The cluster is started once per test binary and torn down at process exit (libc `atexit`),
//! whether the tests passed or not. The tests share it and take turns (one lock), since some
//! change it (node 3 leaves and joins again).

mod common;

use std::collections::HashMap;
use std::process::Command;
use std::sync::MutexGuard;

use common::{docker, hvdock, normalise, output, Run};

const PREFIX: &str = "hvst";
const NET: &str = "10.213.8";

/// The cluster's exported values; holding it keeps the other tests waiting.
struct Cluster(MutexGuard<'static, HashMap<String, String>>);

impl Cluster {
    fn get(&self, k: &str) -> &str {
        self.0.get(k).map(String::as_str).unwrap_or_default()
    }
    fn host(&self, node: usize) -> String {
        self.get(&format!("NODE{node}_HOST")).to_string()
    }
}

/// The cluster (`common::cluster`), started on first use; the guard serialises the tests.
fn cluster() -> Cluster {
    Cluster(common::cluster::cluster(PREFIX, NET, 3))
}

fn with_host(host: &str, args: &[&str]) -> Vec<String> {
    let mut v = vec!["-H".to_string(), host.to_string()];
    v.extend(args.iter().map(|s| s.to_string()));
    v
}

fn ours(host: &str, args: &[&str], stdin: Option<&[u8]>) -> Run {
    let a = with_host(host, args);
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    output(hvdock(&a), stdin)
}

fn theirs(host: &str, args: &[&str], stdin: Option<&[u8]>) -> Option<Run> {
    let a = with_host(host, args);
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    docker(&a).map(|c| output(c, stdin))
}

/// Runs docker, then hvdock, and insists on the same stdout, stderr and exit code.
fn same(host: &str, args: &[&str]) -> Run {
    same_stdin(host, args, None)
}

fn same_stdin(host: &str, args: &[&str], stdin: Option<&[u8]>) -> Run {
    let d = theirs(host, args, stdin);
    let o = ours(host, args, stdin);
    if let Some(d) = d {
        assert_eq!(
            (normalise(&o.stdout), normalise(&o.stderr), o.code),
            (normalise(&d.stdout), normalise(&d.stderr), d.code),
            "hvdock {args:?} differs from docker"
        );
    }
    o
}

fn ok(host: &str, args: &[&str]) -> String {
    let r = ours(host, args, None);
    assert_eq!(r.code, 0, "hvdock {args:?}: {}", r.stderr);
    r.stdout
}

/// Waits (on the manager's own state) until every node is Ready and nodes 2 and 3 are workers
/// again (after a demotion the role filter lags behind the node's manager status).
fn wait_ready(c: &Cluster) {
    let host = c.host(1);
    for _ in 0..300 {
        let r = ours(&host, &["node", "ls", "--format", "{{.Status}}"], None);
        let workers = ours(
            &host,
            &["node", "ls", "-q", "--filter", "role=worker"],
            None,
        );
        if r.code == 0
            && r.stdout.lines().count() == 3
            && r.stdout.lines().all(|l| l == "Ready")
            && workers.stdout.lines().count() == 2
        {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    panic!("nodes not Ready");
}

/// Waits (on the manager's own state) until node 3's JSON satisfies `done`.
fn wait_for(h: &str, what: &str, done: impl Fn(&serde_json::Value) -> bool) {
    for _ in 0..300 {
        let r = ours(h, &["node", "inspect", "--format", "json", "hvst3"], None);
        let node: serde_json::Value = serde_json::from_str(&r.stdout).unwrap_or_default();
        if r.code == 0 && done(&node[0]) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    panic!("node hvst3 never became {what}");
}

#[test]
fn nodes_list_and_inspect_like_docker() {
    let c = cluster();
    wait_ready(&c);
    let h = c.host(1);
    for args in [
        &["node", "ls"][..],
        &["node", "ls", "-q"],
        &["node", "ls", "--format", "json"],
        &["node", "ls", "--format", "raw"],
        &[
            "node",
            "ls",
            "--format",
            "table {{.Hostname}}\t{{.TLSStatus}}\t{{.Self}}",
        ],
        &["node", "ls", "--filter", "role=worker"],
        &["node", "ls", "--filter", "bogus=1"],
        &["node", "inspect", "self"],
        &["node", "inspect", "--pretty", "self"],
        &["node", "inspect", "--pretty", "hvst2"],
        &[
            "node",
            "inspect",
            "--format",
            "{{.Spec.Labels}} {{.Description.Hostname}}",
            "hvst2",
        ],
        &["node", "inspect", "hvst3", "nope"],
        &[
            "node",
            "inspect",
            "--format",
            "{{json .ManagerStatus}} {{.ManagerStatus}}",
            "hvst3",
        ],
        &["node", "inspect", "--pretty", "hvst3", "nope"],
        &["node", "inspect", "--format", "pretty2", "self"],
        &["node", "update"],
        &["node", "promote"],
        &["node", "update", "--label-rm", "nope", "hvst3"],
        &["node", "rm", "nope"],
    ] {
        same(&h, args);
    }
    // A worker is no manager: the daemon says so, as it does to docker.
    same(&c.host(3), &["node", "ls"]);
    same(&c.host(3), &["node", "inspect", "self"]);
}

#[test]
fn isolation_is_a_node_label_an_operator_sets_and_sees() {
    let c = cluster();
    let h = c.host(1);
    let iso = || {
        ok(
            &h,
            &["node", "ls", "--format", "{{.Hostname}} {{.Isolation}}"],
        )
    };
    assert_eq!(iso(), "hvst1 process\nhvst2 hyperv\nhvst3 process\n");
    // docker's default table and {{json .}} stay docker's
    same(&h, &["node", "ls", "--format", "{{json .}}"]);
    let label = "io.hvdock.isolation";
    assert_eq!(
        ok(&h, &["node", "update", "--label-rm", label, "hvst2"]),
        "hvst2\n"
    );
    assert_eq!(iso(), "hvst1 process\nhvst2 process\nhvst3 process\n");
    let add = format!("{label}=hyperv");
    assert_eq!(
        ok(&h, &["node", "update", "--label-add", &add, "hvst2"]),
        "hvst2\n"
    );
    assert_eq!(iso(), "hvst1 process\nhvst2 hyperv\nhvst3 process\n");
    let spec = ok(
        &h,
        &[
            "node",
            "inspect",
            "--format",
            "{{json .Spec.Labels}}",
            "hvst2",
        ],
    );
    assert_eq!(spec, "{\"io.hvdock.isolation\":\"hyperv\"}\n");
}

#[test]
fn secrets_and_configs_like_docker_and_data_stays_secret() {
    let c = cluster();
    let h = c.host(1);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.txt");
    let data = format!("hvst-secret-{}", std::process::id());
    std::fs::write(&file, &data).unwrap();
    let path = file.to_str().unwrap();
    let b64 = {
        use std::io::Write;
        let mut child = Command::new("base64")
            .arg("-w0")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(data.as_bytes())
            .unwrap();
        String::from_utf8(child.wait_with_output().unwrap().stdout).unwrap()
    };
    // -D and all: the data and its base64 appear nowhere
    let created = ours(
        &h,
        &[
            "-D", "secret", "create", "-l", "a=b", "-l", "c", "hvst-s1", path,
        ],
        None,
    );
    assert_eq!(created.code, 0, "{}", created.stderr);
    let piped = ours(
        &h,
        &["secret", "create", "hvst-s2", "-"],
        Some(data.as_bytes()),
    );
    assert_eq!(piped.code, 0, "{}", piped.stderr);
    let cfg = ours(
        &h,
        &["config", "create", "--label", "x=y", "hvst-c1", path],
        None,
    );
    assert_eq!(cfg.code, 0, "{}", cfg.stderr);
    for r in [&created, &piped] {
        for text in [&r.stdout, &r.stderr] {
            assert!(
                !text.contains(&data) && !text.contains(&b64),
                "secret data leaked: {text}"
            );
        }
    }
    // (no .Labels: docker joins a Go map, in random order; hvdock sorts it)
    let times = "{{.ID}} {{.Name}} {{.Label \"a\"}}|{{.Label \"c\"}}|{{.Label \"x\"}}";
    let labels = ok(
        &h,
        &[
            "secret",
            "ls",
            "--filter",
            "name=hvst-s1",
            "--format",
            "{{.Labels}}",
        ],
    );
    assert_eq!(labels, "a=b,c=\n");
    for args in [
        &["secret", "ls", "--format", times][..],
        &["secret", "ls", "-q"],
        &[
            "secret",
            "ls",
            "--filter",
            "name=hvst-s1",
            "--format",
            "{{.Name}} {{.Driver}}",
        ],
        &["secret", "inspect", "hvst-s1", "hvst-s2"],
        &["secret", "inspect", "--pretty", "hvst-s1"],
        &[
            "secret",
            "inspect",
            "--format",
            "{{.Spec.Name}}",
            "hvst-s1",
            "nope",
        ],
        &["secret", "inspect", "--pretty", "nope"],
        &["config", "ls", "--format", times],
        &["config", "inspect", "hvst-c1"],
        &["config", "inspect", "--pretty", "hvst-c1"],
        &["config", "inspect", "--format", "pretty x", "hvst-c1"],
        &["secret", "create", "hvst-s1", path],
        &["secret", "create", "hvst-s3", "/nonexistent/file"],
        &["secret", "create", "hvst-s3"],
        &["secret", "create", "--driver", "x", "hvst-s3", path],
        &["secret", "create", "a", "b", "c"],
        &["config", "create", "hvst-c2", "/nonexistent/file"],
        &["config", "create", "hvst-c2"],
        &["secret", "rm", "nope"],
        &["config", "rm", "nope"],
    ] {
        same(&h, args);
    }
    same_stdin(&h, &["secret", "create", "hvst-s3", "-"], Some(b""));
    same_stdin(&h, &["config", "create", "hvst-c2", "-"], Some(b""));
    // the config's data is shown by --pretty, a secret's never
    let pretty = ok(&h, &["config", "inspect", "--pretty", "hvst-c1"]);
    assert!(pretty.ends_with(&format!("Data:\n{data}\n")), "{pretty}");
    let pretty = ok(&h, &["secret", "inspect", "--pretty", "hvst-s1"]);
    assert!(
        !pretty.contains(&data) && pretty.contains(" - a=b\n - c\n"),
        "{pretty}"
    );
    assert_eq!(
        ok(&h, &["secret", "rm", "hvst-s1", "hvst-s2"]),
        "hvst-s1\nhvst-s2\n"
    );
    assert_eq!(ok(&h, &["config", "rm", "hvst-c1"]), "hvst-c1\n");
    assert_eq!(ok(&h, &["secret", "ls", "-q"]), "");
}

#[test]
fn swarm_tokens_keys_ca_update_and_info_like_docker() {
    let c = cluster();
    let h = c.host(1);
    for args in [
        &["swarm", "join-token", "worker"][..],
        &["swarm", "join-token", "-q", "manager"],
        &["swarm", "join-token", "foo"],
        &["swarm", "join-token"],
        &["swarm", "unlock-key"],
        &["swarm", "unlock-key", "--rotate"],
        &["swarm", "unlock"],
        &["swarm", "ca"],
        &["swarm", "ca", "--cert-expiry", "1h"],
        &["swarm", "ca", "--rotate", "--ca-cert", "/etc/hostname"],
        &["swarm", "update"],
        &["swarm", "update", "--max-snapshots", "x"],
        &["swarm", "init", "--external-ca", "foo"],
        &["swarm", "init", "--default-addr-pool", "1.2.3"],
        &["swarm", "init", "--listen-addr", "a:b:c"],
        &["swarm", "init", "--availability", "bogus"],
        &["swarm", "init"],
        &["swarm", "join", "10.213.8.1:2377"],
        // leaving the last manager: refused, nothing changes
        &["swarm", "leave"],
    ] {
        same(&h, args);
    }
    assert_eq!(
        ok(&h, &["swarm", "update", "--task-history-limit", "7"]),
        "Swarm updated.\n"
    );
    let info = ok(
        &h,
        &[
            "info",
            "--format",
            "{{.Swarm.Cluster.Spec.Orchestration.TaskHistoryRetentionLimit}}",
        ],
    );
    assert_eq!(info, "7\n");
    // the whole Swarm section, on the manager and on a worker
    for node in [1, 2] {
        let host = c.host(node);
        let d = theirs(&host, &["info"], None);
        let o = ours(&host, &["info"], None);
        if let Some(d) = d {
            let section = |s: &str| -> String {
                let from = s.find(" Swarm:").expect("Swarm section");
                let to = s[from..].find(" Runtimes:").map_or(s.len(), |i| from + i);
                s[from..to].to_string()
            };
            assert_eq!(section(&o.stdout), section(&d.stdout), "node {node}");
        }
    }
    assert_eq!(
        ok(&h, &["swarm", "update", "--task-history-limit", "5"]),
        "Swarm updated.\n"
    );
    // autolock: the unlock instructions once, the key as docker shows it, rotation
    let on = ok(&h, &["swarm", "update", "--autolock=true"]);
    let key = ok(&h, &["swarm", "unlock-key", "-q"]);
    let key = key.trim();
    assert!(key.starts_with("SWMKEY-1-"), "{key}");
    assert_eq!(
        on,
        format!(
            "Swarm updated.\nTo unlock a swarm manager after it restarts, run the `docker swarm unlock`\ncommand and provide the following key:\n\n    {key}\n\nRemember to store this key in a password manager, since without it you\nwill not be able to restart the manager.\n"
        )
    );
    same(&h, &["swarm", "unlock-key"]);
    same(&h, &["swarm", "unlock"]);
    let rotated = ok(&h, &["swarm", "unlock-key", "--rotate", "-q"]);
    assert!(
        rotated.starts_with("SWMKEY-1-") && rotated.trim() != key,
        "{rotated}"
    );
    assert_eq!(
        ok(&h, &["swarm", "update", "--autolock=false"]),
        "Swarm updated.\n"
    );
    same(&h, &["swarm", "unlock-key"]);
}

#[test]
fn a_worker_leaves_fails_a_bad_token_inits_and_joins_again() {
    let c = cluster();
    let (h, w) = (c.host(1), c.host(3));
    let token = ok(&h, &["swarm", "join-token", "-q", "worker"]);
    let token = token.trim();
    let old_id = ok(&w, &["info", "--format", "{{.Swarm.NodeID}}"]);
    assert_eq!(ok(&w, &["swarm", "leave"]), "Node left the swarm.\n");
    same(&w, &["swarm", "leave"]);
    // a wrong token: docker's message and exit code, and the node stays out
    let bad =
        "SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-1awxwuwd3z9j1z3puu7rcgdbx";
    same(&w, &["swarm", "join", "--token", bad, "10.213.8.1:2377"]);
    same(
        &w,
        &["swarm", "join", "--token", "nonsense", "10.213.8.1:2377"],
    );
    assert_eq!(
        ok(&w, &["info", "--format", "{{.Swarm.LocalNodeState}}"]),
        "inactive\n"
    );
    // a swarm of its own, and out again
    let init = ok(
        &w,
        &[
            "swarm",
            "init",
            "--advertise-addr",
            "10.213.8.3",
            "--task-history-limit",
            "3",
        ],
    );
    let id = ok(&w, &["info", "--format", "{{.Swarm.NodeID}}"]);
    let id = id.trim();
    let wt = ok(&w, &["swarm", "join-token", "-q", "worker"]);
    assert_eq!(
        init,
        format!(
            "Swarm initialized: current node ({id}) is now a manager.\n\nTo add a worker to this swarm, run the following command:\n\n    docker swarm join --token {} 10.213.8.3:2377\n\nTo add a manager to this swarm, run 'docker swarm join-token manager' and follow the instructions.\n",
            wt.trim()
        )
    );
    let limit = ok(
        &w,
        &[
            "info",
            "--format",
            "{{.Swarm.Cluster.Spec.Orchestration.TaskHistoryRetentionLimit}}",
        ],
    );
    assert_eq!(limit, "3\n");
    assert_eq!(
        ok(&w, &["swarm", "leave", "--force"]),
        "Node left the swarm.\n"
    );
    // back into the cluster, the stale entry removed, promoted and demoted
    assert_eq!(
        ok(
            &w,
            &[
                "swarm",
                "join",
                "--token",
                token,
                "--advertise-addr",
                "10.213.8.3",
                "10.213.8.1:2377"
            ]
        ),
        "This node joined a swarm as a worker.\n"
    );
    assert_eq!(ok(&h, &["node", "rm", "--force", old_id.trim()]), old_id);
    wait_ready(&c);
    assert_eq!(
        ok(&h, &["node", "promote", "hvst3"]),
        "Node hvst3 promoted to a manager in the swarm.\n"
    );
    wait_for(&h, "a reachable manager", |n| {
        n["ManagerStatus"]["Reachability"] == "reachable"
    });
    let new_id = ok(&w, &["info", "--format", "{{.Swarm.NodeID}}"]);
    assert_eq!(
        ok(&h, &["node", "promote", "hvst3"]),
        format!("Node {} is already a manager.\n", new_id.trim())
    );
    assert_eq!(
        ok(&h, &["node", "demote", "hvst3"]),
        "Manager hvst3 demoted in the swarm.\n"
    );
    wait_for(&h, "a worker again", |n| {
        n.get("ManagerStatus").is_none() && n["Status"]["State"] == "ready"
    });
    wait_ready(&c);
}

#[test]
fn help_and_flags_like_docker() {
    for args in [
        &["swarm", "--help"][..],
        &["swarm", "init", "--help"],
        &["swarm", "join", "--help"],
        &["swarm", "ca", "--help"],
        &["swarm", "update", "--help"],
        &["swarm", "join-token", "--help"],
        &["swarm", "unlock-key", "--help"],
        &["node", "ls", "--help"],
        &["node", "inspect", "--help"],
        &["node", "update", "--help"],
        &["node", "rm", "--help"],
        &["secret", "--help"],
        &["secret", "create", "--help"],
        &["secret", "ls", "--help"],
        &["config", "--help"],
        &["config", "create", "--help"],
        &["config", "inspect", "--help"],
        &["swarm", "init", "--bogus"],
        &["node", "ls", "extra"],
    ] {
        let o = output(hvdock(args), None);
        if let Some(d) = docker(args).map(|c| output(c, None)) {
            assert_eq!(
                (normalise(&o.stdout), normalise(&o.stderr), o.code),
                (normalise(&d.stdout), normalise(&d.stderr), d.code),
                "{args:?}"
            );
        }
    }
    let root = output(hvdock(&["--help"]), None).stdout;
    assert!(
        root.contains("\n\nSwarm Commands:\n  config      Manage Swarm configs\n  node        Manage Swarm nodes\n  secret      Manage Swarm secrets\n"),
        "{root}"
    );
    assert!(root.contains("\n  swarm       Manage Swarm\n"), "{root}");
}
