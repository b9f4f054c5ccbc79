//! Issue 19: `service inspect`, `node inspect` and `inspect` of services, tasks and nodes show
//! docker 28.2.2's typed objects (`swarm.Service`, `swarm.Task`, `swarm.Node`): templates see
//! the structs (durations as `1m30s`, file modes as `-r--------`, times as Go prints them, nil
//! pointers as Go evaluates them), and `service inspect` / `node inspect` print docker's own
//! marshalling of the struct (docker keeps no raw JSON there: struct field order, omitempty, HTML
//! characters escaped), never the daemon's JSON.
//!
//! Everything runs on a 2-node swarm of `scripts/cluster.sh` (prefix `hvtz`, torn down at
//! process exit). The services are made with many options so the nested structs are populated;
//! the comparisons start once every task reached its desired state (read from the API), so
//! both clients read the same objects. Nothing here compares a `%v` of a struct holding a
//! non-nil pointer: docker prints the pointer's address there.

mod common;

use std::time::{Duration, Instant};

use common::*;

const PREFIX: &str = "hvtz";
const NET: &str = "10.213.54";

/// A service with most options set, so the nested structs are populated.
const RICH: &str = "--label a=b --label c= --container-label cl=1 --env FOO=bar --workdir /tmp \
    --user 0:0 --group 10 --hostname h-{{.Task.Slot}} \
    --mount type=volume,source=hvtz-vol,target=/v,volume-label=vl=1,volume-nocopy \
    --mount type=bind,source=/tmp,target=/b,readonly \
    --mount type=tmpfs,target=/t,tmpfs-size=1048576,tmpfs-mode=1770 \
    --secret source=hvtz-sec,target=/run/s,mode=0400,uid=1,gid=2 \
    --config source=hvtz-cfg,target=/c \
    --constraint node.role==manager --placement-pref spread=node.labels.zone \
    --replicas-max-per-node 3 --reserve-cpu 0.01 --reserve-memory 4MB --limit-cpu 0.5 \
    --limit-memory 64MB --limit-pids 100 \
    --health-cmd true --health-interval 1s --health-timeout 1500ms --health-retries 3 \
    --health-start-period 1m30s \
    --update-parallelism 2 --update-delay 3s --update-failure-action rollback \
    --update-monitor 1s --update-max-failure-ratio 0.25 --update-order start-first \
    --rollback-parallelism 1 --rollback-delay 1s --rollback-order stop-first \
    --publish published=18080,target=80 --publish published=18081,target=81,protocol=udp \
    --replicas 1 --restart-condition on-failure --restart-delay 2s --restart-max-attempts 0 \
    --restart-window 10s --stop-grace-period 1s --stop-signal SIGTERM --init --read-only --tty \
    --dns 8.8.8.8 --dns-search example.com --dns-option ndots:2 --host myhost:1.2.3.4 \
    --cap-add NET_ADMIN --cap-drop CHOWN --ulimit nofile=100:200 \
    --sysctl net.core.somaxconn=1024 --network name=hvtz-net,alias=rich \
    --log-driver json-file --log-opt max-size=1m --entrypoint sh";

/// The objects the test made, removed when dropped (on failure too).
struct Made {
    host: String,
    services: Vec<&'static str>,
    node_label: Option<String>,
}

impl Drop for Made {
    fn drop(&mut self) {
        let h = self.host.as_str();
        let mut args = vec!["-H", h, "service", "rm"];
        args.extend(&self.services);
        let _ = run(&args);
        let _ = run(&["-H", h, "secret", "rm", "hvtz-sec"]);
        let _ = run(&["-H", h, "config", "rm", "hvtz-cfg"]);
        let _ = run(&["-H", h, "network", "rm", "hvtz-net"]);
        if let Some(node) = &self.node_label {
            let _ = run(&["-H", h, "node", "update", "--label-rm", "h", node]);
        }
    }
}

fn on(host: &str, args: &[&str]) -> Run {
    let mut all = vec!["-H", host];
    all.extend(args);
    same(&all)
}

fn ok_on(host: &str, args: &[&str]) -> String {
    let mut all = vec!["-H", host];
    all.extend(args);
    ok(&all)
}

/// A `service create` or `update` that waits for the service to converge: it must come back
/// (a replicated job's progress once waited forever) and succeed.
fn converge(host: &str, args: &[&str]) {
    let mut all = vec!["-H", host];
    all.extend(args);
    let r = output_within(hvdock(&all), Duration::from_secs(120))
        .unwrap_or_else(|| panic!("hvdock {all:?} did not return in 2 minutes"));
    assert_eq!(r.code, 0, "hvdock {all:?}: {}", r.stderr);
}

/// Whether every task reached the state its manager wants, every update finished and every node
/// is ready: after that the objects stay as they are.
fn settled(sock: &str) -> bool {
    let get = |path: &str| -> Vec<serde_json::Value> {
        serde_json::from_str(&api_at(sock, "GET", path, None).1).unwrap_or_default()
    };
    let s = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_string();
    let tasks_done = get("/tasks").iter().all(|t| {
        let state = s(&t["Status"]["State"]);
        match s(&t["DesiredState"]).as_str() {
            "running" => state == "running",
            "complete" => state == "complete",
            _ => matches!(
                state.as_str(),
                "shutdown" | "complete" | "failed" | "rejected" | "orphaned"
            ),
        }
    });
    let updates_done = get("/services").iter().all(|v| {
        v.get("UpdateStatus")
            .is_none_or(|u| s(&u["State"]) == "completed")
    });
    let nodes_ready = get("/nodes")
        .iter()
        .all(|n| s(&n["Status"]["State"]) == "ready");
    tasks_done && updates_done && nodes_ready
}

fn wait_settled(sock: &str) {
    let deadline = Instant::now() + Duration::from_secs(180);
    while !settled(sock) {
        assert!(
            Instant::now() < deadline,
            "the swarm's tasks did not settle in 3 minutes"
        );
        std::thread::sleep(Duration::from_millis(250));
    }
}

#[test]
fn services_tasks_and_nodes_inspect_as_docker_28_swarm_types() {
    let c = common::cluster::cluster(PREFIX, NET, 2);
    let host = c.get("MANAGER_HOST").cloned().unwrap_or_default();
    let worker = c.get("NODE2_ID").cloned().unwrap_or_default();
    let h = host.as_str();
    let mut made = Made {
        host: host.clone(),
        services: Vec::new(),
        node_label: None,
    };

    assert_eq!(
        run_stdin(&["-H", h, "secret", "create", "hvtz-sec", "-"], b"s3cr3t").code,
        0
    );
    assert_eq!(
        run_stdin(&["-H", h, "config", "create", "hvtz-cfg", "-"], b"cfg").code,
        0
    );
    ok_on(
        h,
        &[
            "network",
            "create",
            "-d",
            "overlay",
            "--attachable",
            "hvtz-net",
        ],
    );
    // Waiting (no --detach) until each service converged.
    for (name, options, command) in [
        ("hvtz-rich", RICH, &["-c", "sleep 100000"][..]),
        (
            "hvtz-job",
            "--mode replicated-job --replicas 2 --max-concurrent 1",
            &["true"],
        ),
        // HTML characters: docker's marshalling escapes them, the daemon's JSON does not.
        (
            "hvtz-html",
            "--mode global --label h=<a&b> --env X=<&> --stop-grace-period 1s",
            &["sleep", "100000"],
        ),
        ("hvtz-upd", "--stop-grace-period 1s", &["sleep", "100000"]),
    ] {
        made.services.push(name);
        let mut args = vec!["service", "create", "-q", "--name", name];
        args.extend(options.split_whitespace());
        args.push(IMAGE);
        args.extend(command);
        converge(h, &args);
    }
    // An update: PreviousSpec and UpdateStatus.
    ok_on(
        h,
        &["service", "update", "-q", "--env-add", "Y=1", "hvtz-upd"],
    );
    made.node_label = Some(worker.clone());
    ok_on(h, &["node", "update", "--label-add", "h=<x&y>", &worker]);
    wait_settled(h.trim_start_matches("unix://"));

    services(h);
    tasks(h);
    nodes(h, &worker);
    listings(h);
    drop(made);
}

fn services(h: &str) {
    let all = ["hvtz-rich", "hvtz-job", "hvtz-html", "hvtz-upd"];
    let mut args = vec!["service", "inspect"];
    args.extend(all);
    on(h, &args);
    let mut args = vec!["service", "inspect", "--format", "json"];
    args.extend(all);
    on(h, &args);
    on(h, &["service", "inspect", "--format", "raw", "hvtz-html"]);
    on(h, &["inspect", "--type", "service", "hvtz-html"]);
    for f in [
        "{{json .}}",
        "{{json .Spec}}",
        "{{json .Spec.TaskTemplate}}",
        "{{json .Spec.TaskTemplate.ContainerSpec}}",
        "{{json .Endpoint}}",
        "{{json .PreviousSpec}} {{json .UpdateStatus}} {{json .ServiceStatus}} {{json .JobStatus}}",
        "{{.ID}} {{.Version}} {{.CreatedAt}} {{.UpdatedAt}} {{.Meta.Version.Index}}",
        "{{.Spec.Name}} {{.Spec.Labels}} {{.Spec.Annotations}}",
        "{{.Endpoint}}",
        "{{.UpdateStatus}} {{.ServiceStatus}} {{.JobStatus}} {{.PreviousSpec.Annotations}}",
        "{{with .UpdateStatus}}{{.State}} {{.StartedAt}} {{.Message}}{{end}}",
        "{{with .Spec.UpdateConfig}}{{.}} {{.Delay}} {{.Monitor}} {{json .}}{{end}}",
        "{{.Spec.RollbackConfig}}",
        "{{with .Spec.TaskTemplate.ContainerSpec}}{{.StopGracePeriod}} {{.Healthcheck}} {{.Init}} {{if .Init}}init{{end}}{{end}}",
        "{{with .Spec.TaskTemplate.RestartPolicy}}{{.Condition}} {{.Delay}} {{.MaxAttempts}} {{.Window}}{{end}}",
        "{{printf \"%d %v %T %s\" .Spec.UpdateConfig.Monitor .Spec.UpdateConfig.Monitor .Spec.UpdateConfig.Monitor .Spec.UpdateConfig.Monitor}}",
        "{{if gt .Spec.UpdateConfig.Monitor 1000}}long{{end}} {{if eq .Spec.UpdateConfig.Delay 0}}none{{end}}",
        "{{range .Spec.TaskTemplate.ContainerSpec.Secrets}}{{.SecretName}} {{.File}} {{.File.Mode}} {{printf \"%o\" .File.Mode}}{{end}}",
        "{{range .Spec.TaskTemplate.ContainerSpec.Configs}}{{.ConfigName}} {{.File}} {{.Runtime}}{{end}}",
        "{{range .Spec.TaskTemplate.ContainerSpec.Mounts}}{{.Type}} {{.Source}} {{.ReadOnly}} {{.BindOptions}} {{.TmpfsOptions}} {{json .}};{{end}}",
        "{{with .Spec.TaskTemplate.Placement}}{{.Constraints}} {{range .Preferences}}{{.Spread.SpreadDescriptor}}{{end}} {{.MaxReplicas}} {{.Platforms}}{{end}}",
        "{{with .Spec.TaskTemplate.Resources}}{{.Limits}} {{.Reservations}}{{end}}",
        "{{with .Spec.TaskTemplate.ContainerSpec}}{{.DNSConfig}} {{.Privileges}} {{.Ulimits}} {{range .Ulimits}}{{.}} {{.Soft}}{{end}} {{json .Ulimits}} {{.Sysctls}} {{.Hosts}}{{end}}",
        "{{.Spec.EndpointSpec}} {{.Spec.TaskTemplate.LogDriver}} {{.Spec.TaskTemplate.Networks}} {{.Spec.TaskTemplate.ForceUpdate}}",
        "{{.Spec.Mode.Global}} {{.Spec.Mode.GlobalJob}} {{json .Spec.Mode}}",
        "{{.Spec.Mode.Replicated.Replicas}}",
        "{{.Spec.Mode.ReplicatedJob.MaxConcurrent}}",
        "{{.Spec.Nope}}",
        "{{.ServiceStatus.Nope}}",
        "{{.Spec.TaskTemplate.ContainerSpec.Nope}}",
        "{{.UpdateStatus.State}}",
    ] {
        for name in ["hvtz-rich", "hvtz-job", "hvtz-html", "hvtz-upd"] {
            on(h, &["service", "inspect", "--format", f, name]);
            on(h, &["inspect", "--type", "service", "--format", f, name]);
        }
    }
    on(
        h,
        &[
            "service",
            "inspect",
            "-f",
            "{{.Spec.Nope}}",
            "hvtz-rich",
            "hvtz-nosuch",
        ],
    );
}

fn tasks(h: &str) {
    let ids = ok_on(
        h,
        &[
            "service",
            "ps",
            "-q",
            "--no-trunc",
            "hvtz-rich",
            "hvtz-job",
            "hvtz-html",
            "hvtz-upd",
        ],
    );
    let ids: Vec<&str> = ids.lines().collect();
    // rich 1, job 2, html 2 (global on both nodes), upd 2 (the replaced one too).
    assert_eq!(ids.len(), 7, "{ids:?}");
    let mut args = vec!["inspect"];
    args.extend(&ids);
    on(h, &args);
    for f in [
        "{{json .}}",
        "{{json .Spec}} {{json .Status}}",
        "{{json .NetworksAttachments}}",
        "{{.ID}} {{.Version}} {{.CreatedAt}} {{.Name}} {{.Labels}} {{.Annotations}} {{.ServiceID}} {{.Slot}} {{.NodeID}} {{.DesiredState}}",
        "{{with .Status}}{{.Timestamp}} {{.State}} {{.Message}} {{.Err}} {{.ContainerStatus}} {{.PortStatus}}{{end}}",
        "{{range .NetworksAttachments}}{{.Network.ID}} {{.Network.Spec.Annotations}} {{.Network.DriverState}} {{.Addresses}};{{end}}",
        "{{.Volumes}} {{json .Volumes}} {{.JobIteration}} {{json .JobIteration}} {{.GenericResources}}",
        "{{.Spec.ContainerSpec.StopGracePeriod}} {{.Spec.RestartPolicy.Delay}}",
        "{{.Status.ContainerStatus.ExitCode}}",
        "{{.Nope}}",
        "{{.Spec.ContainerSpec.Nope}}",
    ] {
        for id in &ids {
            on(h, &["inspect", "--format", f, id]);
            on(h, &["inspect", "--type", "task", "--format", f, id]);
        }
    }
}

fn nodes(h: &str, worker: &str) {
    on(h, &["node", "inspect", "self", worker]);
    on(h, &["node", "inspect", "--format", "json", "self", worker]);
    on(h, &["node", "inspect", "--pretty", "self", worker]);
    on(h, &["inspect", "--type", "node", worker]);
    for f in [
        "{{json .}}",
        "{{json .Spec}} {{json .Description}} {{json .Status}} {{json .ManagerStatus}}",
        "{{.ID}} {{.Version}} {{.CreatedAt}} {{.UpdatedAt}}",
        "{{.Spec}} {{.Status}}",
        "{{.Description}}",
        "{{.Description.TLSInfo}} {{.Description.TLSInfo.CertIssuerSubject}}",
        "{{.Description.Engine}} {{.Description.Resources}} {{.Description.Platform}} {{.Description.CSIInfo}}",
        "{{.ManagerStatus}}",
        "{{.ManagerStatus.Leader}}",
        "{{.Nope}}",
    ] {
        for node in ["self", worker] {
            on(h, &["node", "inspect", "--format", f, node]);
        }
        on(h, &["inspect", "--type", "node", "--format", f, worker]);
    }
}

/// The listings and `--pretty` texts are docker's own contexts, not the typed objects: they must
/// stay as they were. (No relative times: both clients run a moment apart.)
fn listings(h: &str) {
    on(h, &["service", "ls"]);
    on(h, &["service", "ls", "--format", "{{json .}}"]);
    on(
        h,
        &[
            "service",
            "inspect",
            "--pretty",
            "hvtz-rich",
            "hvtz-job",
            "hvtz-html",
        ],
    );
    on(h, &["node", "ls", "--format", "{{json .}}"]);
    on(
        h,
        &[
            "node",
            "ls",
            "--format",
            "table {{.ID}}\t{{.Hostname}}\t{{.Status}}\t{{.Availability}}\t{{.ManagerStatus}}\t{{.EngineVersion}}\t{{.TLSStatus}}\t{{.Self}}",
        ],
    );
    let ps = "table {{.ID}}\t{{.Name}}\t{{.Image}}\t{{.Node}}\t{{.DesiredState}}\t{{.Error}}\t{{.Ports}}";
    on(
        h,
        &[
            "service",
            "ps",
            "--format",
            ps,
            "hvtz-rich",
            "hvtz-job",
            "hvtz-html",
            "hvtz-upd",
        ],
    );
    on(h, &["node", "ps", "--format", ps, "self"]);
}
