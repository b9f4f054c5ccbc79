//! `service create/update --isolation` on a real two-node Swarm (scripts/cluster.sh: node 1 runc,
//! node 2 runsc by default and node-labelled io.hvdock.isolation=hyperv): hyperv tasks run on
//! the sandbox node under runsc, invisible in the host's process table; process tasks run on the
//! other node, visible; an update moves them; with no usable marked node hyperv fails closed;
//! a worker's dockerd killed in the middle of an update leaves a clear display that Ctrl-C
//! ends cleanly.

mod common;
mod service_support;

use std::io::Read;
use std::process::Stdio;
use std::time::Duration;

use common::IMAGE;
use service_support::{host_has_process, Cluster};

/// Every task container of `service` on `node` runs under `runtime` (asked through that
/// node's own socket).
fn runtimes(c: &Cluster, node: usize, service: &str) -> Vec<String> {
    c.task_containers(node, service)
        .iter()
        .map(|ct| {
            let id = ct["Id"].as_str().unwrap_or_default();
            let ins = c.api(node, &format!("/containers/{id}/json"));
            ins.pointer("/HostConfig/Runtime")
                .and_then(|r| r.as_str())
                .unwrap_or_default()
                .to_string()
        })
        .collect()
}

fn placement(c: &Cluster) {
    let (hv_arg, proc_arg) = ("31415926", "27182818");
    let r = c.run(&[
        "service",
        "create",
        "--name",
        "hvtt-hv",
        "--isolation",
        "hyperv",
        "--replicas",
        "2",
        IMAGE,
        "sleep",
        hv_arg,
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let id = r.stdout.lines().next().unwrap_or_default();
    assert!(
        r.stdout
            .ends_with(&format!("verify: Service {id} converged\n")),
        "{}",
        r.stdout
    );
    c.ok(&[
        "service",
        "create",
        "-d",
        "--name",
        "hvtt-proc",
        "--isolation",
        "process",
        "--replicas",
        "2",
        IMAGE,
        "sleep",
        proc_arg,
    ]);
    let (n1, n2) = (c.nodes[0].id.clone(), c.nodes[1].id.clone());
    assert_eq!(c.running_nodes("hvtt-hv", 2), vec![n2.clone(), n2.clone()]);
    assert_eq!(
        c.running_nodes("hvtt-proc", 2),
        vec![n1.clone(), n1.clone()]
    );
    assert_eq!(runtimes(c, 1, "hvtt-hv"), vec!["runsc", "runsc"]);
    assert_eq!(runtimes(c, 0, "hvtt-proc"), vec!["runc", "runc"]);
    // The sandboxed workload is not in the host's process table; the namespaced one is.
    assert!(
        !host_has_process(&["sleep", hv_arg]),
        "hyperv task visible on the host"
    );
    assert!(
        host_has_process(&["sleep", proc_arg]),
        "process task not visible on the host"
    );
    // Seeing it.
    assert_eq!(
        c.ok(&[
            "service",
            "ls",
            "--filter",
            "name=hvtt-",
            "--format",
            "{{.Name}} {{.Isolation}}"
        ]),
        "hvtt-hv hyperv\nhvtt-proc process\n"
    );
    assert_eq!(
        c.ok(&[
            "service",
            "ps",
            "--format",
            "{{.Node}} {{.Isolation}}",
            "hvtt-hv"
        ]),
        "hvtt2 hyperv\nhvtt2 hyperv\n"
    );
    let spec = c.docker_ok(&[
        "service",
        "inspect",
        "--format",
        "{{json .Spec.Labels}} {{json .Spec.TaskTemplate.Placement.Constraints}}",
        "hvtt-hv",
    ]);
    assert_eq!(
        spec,
        "{\"io.hvdock.isolation\":\"hyperv\"} [\"node.labels.io.hvdock.isolation==hyperv\"]\n"
    );
}

fn rolling_move(c: &Cluster) {
    let (n1, n2) = (c.nodes[0].id.clone(), c.nodes[1].id.clone());
    let r = c.run(&["service", "update", "--isolation", "process", "hvtt-hv"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.starts_with("hvtt-hv\n")
            && r.stdout.ends_with("verify: Service hvtt-hv converged\n")
    );
    assert_eq!(c.running_nodes("hvtt-hv", 2), vec![n1.clone(), n1.clone()]);
    assert_eq!(runtimes(c, 0, "hvtt-hv"), vec!["runc", "runc"]);
    assert!(host_has_process(&["sleep", "31415926"]));
    // The history shows the move: the old tasks shut down on the sandbox node.
    let ps = c.ok(&[
        "service",
        "ps",
        "--format",
        "table {{.Name}}\t{{.Node}}\t{{.DesiredState}}",
        "hvtt-hv",
    ]);
    assert!(
        ps.lines().any(|l| l.starts_with(" \\_ hvtt-hv.1 ")
            && l.contains(" hvtt2 ")
            && l.ends_with("Shutdown")),
        "{ps}"
    );
    // And back, detached.
    c.ok(&[
        "service",
        "update",
        "-d",
        "--isolation",
        "hyperv",
        "hvtt-hv",
    ]);
    c.wait_for(
        "tasks back on the sandbox node",
        Duration::from_secs(90),
        || {
            let nodes = c.running_nodes("hvtt-hv", 2);
            (nodes == vec![n2.clone(), n2.clone()]).then_some(())
        },
    );
    assert_eq!(runtimes(c, 1, "hvtt-hv"), vec!["runsc", "runsc"]);
    c.wait_for(
        "the runc tasks gone from the host",
        Duration::from_secs(60),
        || (!host_has_process(&["sleep", "31415926"])).then_some(()),
    );
    // default drops hvdock's constraint and label.
    c.ok(&[
        "service",
        "update",
        "-d",
        "--isolation",
        "default",
        "hvtt-proc",
    ]);
    let spec = c.docker_ok(&[
        "service",
        "inspect",
        "--format",
        "{{json .Spec.Labels}} {{json .Spec.TaskTemplate.Placement}}",
        "hvtt-proc",
    ]);
    assert_eq!(spec, "{} {}\n");
}

/// The isolation label never outlives the placement behind it: `--constraint-rm` of hvdock's
/// constraint on a hyperv service, or a level claimed by hand with `--label`, keeps (or gets)
/// the constraint, so no task of a service shown as hyperv lands on a runc node.
fn placement_kept(c: &Cluster) {
    let placement = || {
        c.docker_ok(&[
            "service",
            "inspect",
            "--format",
            "{{json .Spec.Labels}} {{json .Spec.TaskTemplate.Placement.Constraints}}",
            "hvtt-claim",
        ])
    };
    let on = "node.labels.io.hvdock.isolation==hyperv";
    let off = "node.labels.io.hvdock.isolation!=hyperv";
    // A level claimed by hand at create gets its placement.
    c.ok(&[
        "service",
        "create",
        "-d",
        "--name",
        "hvtt-claim",
        "--replicas",
        "0",
        "--label",
        "io.hvdock.isolation=process",
        IMAGE,
    ]);
    assert_eq!(
        placement(),
        format!("{{\"io.hvdock.isolation\":\"process\"}} [\"{off}\"]\n")
    );
    // ... and at update, the other level's constraint replaced.
    c.ok(&[
        "service",
        "update",
        "-d",
        "--label-add",
        "io.hvdock.isolation=hyperv",
        "hvtt-claim",
    ]);
    assert_eq!(
        placement(),
        format!("{{\"io.hvdock.isolation\":\"hyperv\"}} [\"{on}\"]\n")
    );
    // Dropping hvdock's constraint of a hyperv service does not open the runc nodes.
    c.ok(&[
        "service",
        "update",
        "-d",
        "--constraint-rm",
        on,
        "--constraint-add",
        "node.role!=bogus",
        "hvtt-claim",
    ]);
    assert_eq!(
        placement(),
        format!("{{\"io.hvdock.isolation\":\"hyperv\"}} [\"node.role!=bogus\",\"{on}\"]\n")
    );
    c.rm(&["hvtt-claim"]);
}

fn fails_closed(c: &Cluster) {
    let before = c.ok(&["service", "ls", "-q"]);
    c.docker_ok(&["node", "update", "--availability", "drain", "hvtt2"]);
    for args in [
        &[
            "service",
            "create",
            "-d",
            "--name",
            "hvtt-never",
            "--isolation",
            "hyperv",
            IMAGE,
        ][..],
        &[
            "service",
            "update",
            "-d",
            "--isolation",
            "hyperv",
            "hvtt-proc",
        ],
    ] {
        let r = c.run(args);
        assert_eq!(r.code, 1, "{args:?}: {}", r.stdout);
        assert!(r.stdout.is_empty() || !r.stdout.contains("hvtt-never"));
        assert!(
            r.stderr
                .contains("none of the 1 node(s) marked for hyperv isolation is Ready and Active")
                && r.stderr
                    .contains("hvdock node update --label-add io.hvdock.isolation=hyperv NODE"),
            "{}",
            r.stderr
        );
    }
    c.docker_ok(&["node", "update", "--availability", "active", "hvtt2"]);
    // An engine label alone never counts: without the node label, no node qualifies.
    c.docker_ok(&[
        "node",
        "update",
        "--label-rm",
        "io.hvdock.isolation",
        "hvtt2",
    ]);
    let r = c.run(&[
        "service",
        "create",
        "-d",
        "--name",
        "hvtt-never",
        "--isolation",
        "hyperv",
        IMAGE,
    ]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("no node is marked for hyperv isolation"),
        "{}",
        r.stderr
    );
    c.docker_ok(&[
        "node",
        "update",
        "--label-add",
        "io.hvdock.isolation=hyperv",
        "hvtt2",
    ]);
    assert_eq!(
        c.ok(&["service", "ls", "-q"]),
        before,
        "nothing half-created"
    );
    let r = c.run(&["service", "create", "-d", "--isolation", "vm", IMAGE]);
    assert_eq!(r.code, 1);
    assert_eq!(
        r.stderr,
        "invalid isolation \"vm\": valid values are \"default\", \"process\" and \"hyperv\"\n"
    );
}

/// The sandbox node's dockerd dies while an update of its tasks is being watched: the display
/// keeps reporting (no panic, no exit), Ctrl-C ends it as docker's does.
fn worker_killed_mid_update(c: &Cluster) {
    let mut child = c
        .hv(&["service", "update", "--force", "hvtt-hv"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("update");
    // Wait until the update is under way (the manager says so), then kill the worker's engine.
    c.wait_for("the update to start", Duration::from_secs(30), || {
        let sv = c.api(0, "/services/hvtt-hv");
        (sv.pointer("/UpdateStatus/State").and_then(|s| s.as_str()) == Some("updating"))
            .then_some(())
    });
    let pid: i32 = std::fs::read_to_string(format!("/run/{}2.pid", service_support::PREFIX))
        .expect("node 2 pid file")
        .trim()
        .parse()
        .expect("pid");
    unsafe { libc::kill(pid, libc::SIGKILL) };
    let id = c.nodes[1].id.clone();
    c.wait_for(
        "the manager to see node 2 down",
        Duration::from_secs(60),
        || {
            let n = c.api(0, &format!("/nodes/{id}"));
            (n.pointer("/Status/State").and_then(|s| s.as_str()) == Some("down")).then_some(())
        },
    );
    assert!(
        child.try_wait().expect("try_wait").is_none(),
        "the display gave up by itself"
    );
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let mut out = String::new();
    let mut err = String::new();
    child
        .stdout
        .take()
        .expect("stdout")
        .read_to_string(&mut out)
        .expect("read");
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("read");
    let status = child.wait().expect("wait");
    assert_eq!(status.code(), Some(0), "stderr: {err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(out.starts_with("hvtt-hv\noverall progress: "), "{out}");
    assert!(
        out.ends_with("Operation continuing in background.\nUse `docker service ps hvtt-hv` to check progress.\n"),
        "{out}"
    );
    // The manager still answers; the listing shows the dead node's tasks without failing.
    let r = c.run(&["service", "ps", "hvtt-hv"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn isolation_placement_on_a_real_swarm() {
    let Some(c) = Cluster::up() else { return };
    c.rm(&["hvtt-hv", "hvtt-proc", "hvtt-never", "hvtt-claim"]);
    placement(&c);
    rolling_move(&c);
    placement_kept(&c);
    fails_closed(&c);
    worker_killed_mid_update(&c);
}
