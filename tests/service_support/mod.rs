//! A real Swarm for the service tests: `scripts/cluster.sh up 2` (node 1 manager on runc,
//! node 2 runsc by default and node-labelled io.hvdock.isolation=hyperv), started through
//! `common::cluster` and torn down at process exit, on success and failure alike.
#![allow(dead_code)]

use std::collections::HashMap;
use std::process::Command;
use std::sync::MutexGuard;
use std::time::{Duration, Instant};

use crate::common::{self, cluster, Run};

pub const PREFIX: &str = "hvtt";
pub const NET: &str = "10.213.10";

pub struct Node {
    pub host: String,
    pub id: String,
    pub name: String,
}

pub struct Cluster {
    pub nodes: Vec<Node>,
    /// The binary's cluster (`common::cluster`); holding it keeps other tests waiting.
    _swarm: MutexGuard<'static, HashMap<String, String>>,
}

impl Cluster {
    /// Starts (or reuses) the cluster; None when this machine cannot run one (not root, no
    /// reference docker), so the caller can skip.
    pub fn up() -> Option<Cluster> {
        Cluster::up_as(PREFIX, NET)
    }

    /// The same under another prefix and network (a test file with a cluster of its own).
    pub fn up_as(prefix: &str, net: &str) -> Option<Cluster> {
        let env = cluster::cluster_if_possible(prefix, net, 2)?;
        let var = |k: &str| -> String {
            env.get(k)
                .unwrap_or_else(|| panic!("cluster.sh printed no {k}: {env:?}"))
                .clone()
        };
        let nodes = (1..=2)
            .map(|i| Node {
                host: var(&format!("NODE{i}_HOST")),
                id: var(&format!("NODE{i}_ID")),
                name: var(&format!("NODE{i}_NAME")),
            })
            .collect();
        Some(Cluster { nodes, _swarm: env })
    }

    pub fn manager(&self) -> &str {
        &self.nodes[0].host
    }

    /// `hvdock -H <manager> ARGS`.
    pub fn hv(&self, args: &[&str]) -> Command {
        let mut all = vec!["-H", self.manager()];
        all.extend_from_slice(args);
        common::hvdock(&all)
    }

    /// The reference `docker -H <manager> ARGS`.
    pub fn dk(&self, args: &[&str]) -> Command {
        let mut all = vec!["-H", self.manager()];
        all.extend_from_slice(args);
        common::docker(&all).expect("reference docker")
    }

    pub fn run(&self, args: &[&str]) -> Run {
        common::output(self.hv(args), None)
    }

    pub fn ok(&self, args: &[&str]) -> String {
        let r = self.run(args);
        assert_eq!(
            r.code, 0,
            "hvdock {args:?}: stdout={} stderr={}",
            r.stdout, r.stderr
        );
        r.stdout
    }

    pub fn docker_ok(&self, args: &[&str]) -> String {
        let r = common::output(self.dk(args), None);
        assert_eq!(r.code, 0, "docker {args:?}: {}", r.stderr);
        r.stdout
    }

    /// A JSON answer of node `node`'s API (raw, so a check does not depend on hvdock).
    pub fn api(&self, node: usize, path: &str) -> serde_json::Value {
        self.call(node, "GET", path, None).1
    }

    /// A raw request to node `node`: status and JSON answer.
    pub fn call(
        &self,
        node: usize,
        method: &str,
        path: &str,
        body: Option<&str>,
    ) -> (u16, serde_json::Value) {
        let sock = self.nodes[node].host.trim_start_matches("unix://");
        let (code, text) = common::api_at(sock, method, path, body);
        (code, serde_json::from_str(&text).unwrap_or_default())
    }

    /// Polls `f` until it returns Some (the cluster converging is an event the API shows).
    pub fn wait_for<T>(
        &self,
        what: &str,
        timeout: Duration,
        mut f: impl FnMut() -> Option<T>,
    ) -> T {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(v) = f() {
                return v;
            }
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            std::thread::sleep(Duration::from_millis(250));
        }
    }

    /// The tasks of a service that the manager wants running, with their node IDs.
    pub fn running_tasks(&self, service: &str) -> Vec<serde_json::Value> {
        let filters = format!(
            "{{\"service\":{{\"{service}\":true}},\"desired-state\":{{\"running\":true}}}}"
        );
        let v = self.api(
            0,
            &format!("/tasks?filters={}", common::urlencode(&filters)),
        );
        v.as_array().cloned().unwrap_or_default()
    }

    /// Waits until `service` has exactly `n` tasks meant to run, all running; their node IDs.
    pub fn running_nodes(&self, service: &str, n: usize) -> Vec<String> {
        self.wait_for(
            &format!("{n} running tasks of {service}"),
            Duration::from_secs(90),
            || {
                let tasks = self.running_tasks(service);
                let running: Vec<String> = tasks
                    .iter()
                    .filter(|t| {
                        t.pointer("/Status/State").and_then(|s| s.as_str()) == Some("running")
                    })
                    .map(|t| t["NodeID"].as_str().unwrap_or_default().to_string())
                    .collect();
                (running.len() == n && tasks.len() == n).then_some(running)
            },
        )
    }

    /// The containers of a service's tasks on one node (through that node's socket).
    pub fn task_containers(&self, node: usize, service: &str) -> Vec<serde_json::Value> {
        let filters = format!("{{\"label\":{{\"com.docker.swarm.service.name={service}\":true}}}}");
        let v = self.api(
            node,
            &format!("/containers/json?filters={}", common::urlencode(&filters)),
        );
        v.as_array().cloned().unwrap_or_default()
    }

    /// Removes services by name (cleanup; errors ignored).
    pub fn rm(&self, names: &[&str]) {
        let mut args = vec!["service", "rm"];
        args.extend_from_slice(names);
        let _ = common::output(self.dk(&args), None);
    }
}

/// Is a process whose command line is exactly `argv` in the host's process table?
pub fn host_has_process(argv: &[&str]) -> bool {
    let want: Vec<u8> = argv
        .iter()
        .flat_map(|a| [a.as_bytes(), b"\0"].concat())
        .collect();
    std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .bytes()
                .all(|b| b.is_ascii_digit())
        })
        .any(|e| std::fs::read(e.path().join("cmdline")).is_ok_and(|c| c == want))
}
