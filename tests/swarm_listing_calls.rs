//! How the Swarm listings talk to the daemon: `service ps` asks for the services, the nodes and
//! the tasks at the same time, `node ls` for the nodes and /info at the same time. A fake daemon
//! (tests/common/fake_daemon.rs) holds every such request until all of them are in flight
//! together — which only happens when hvdock sends them concurrently — and records the most it
//! saw at once; the output must still be docker's table.

mod common;

use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use common::fake_daemon::{FakeDaemon, Request};

/// Requests in flight now and the most seen at once.
#[derive(Default)]
struct Gate {
    now: usize,
    most: usize,
}

const SERVICE: &str = r#"{"ID":"svc0000000000000000000001","Version":{"Index":10},"Spec":{"Name":"web","TaskTemplate":{"ContainerSpec":{"Image":"busybox:latest"}},"Mode":{"Replicated":{"Replicas":1}}}}"#;
const NODE: &str = r#"{"ID":"node000000000000000000001","Spec":{"Role":"manager","Availability":"active"},"Description":{"Hostname":"box1","Engine":{"EngineVersion":"20.10.24"}},"Status":{"State":"ready"},"ManagerStatus":{"Leader":true,"Reachability":"reachable"}}"#;
const TASK: &str = r#"{"ID":"task000000000000000000001","ServiceID":"svc0000000000000000000001","NodeID":"node000000000000000000001","Slot":1,"DesiredState":"running","CreatedAt":"2026-01-01T00:00:00Z","Spec":{"ContainerSpec":{"Image":"busybox:latest"}},"Status":{"State":"running","Timestamp":"2026-01-01T00:00:00Z"}}"#;

/// A fake manager whose listings wait until `together` of them are in flight (or 10 s pass,
/// which only a client sending them one by one sees).
fn manager(together: usize) -> (FakeDaemon, Arc<(Mutex<Gate>, Condvar)>) {
    let gate: Arc<(Mutex<Gate>, Condvar)> = Arc::default();
    let g = gate.clone();
    let daemon = FakeDaemon::start(Box::new(move |r: &Request| {
        let headers = vec![("Api-Version".to_string(), "1.41".to_string())];
        let path = r.path.split('?').next().unwrap_or_default();
        let body = match path {
            "/_ping" if r.method == "HEAD" => return (200, headers, String::new()),
            "/_ping" => return (200, headers, "OK".into()),
            // docker's client names tasks' services and nodes one inspect at a time.
            p if p.starts_with("/services/") => return (200, headers, SERVICE.into()),
            p if p.starts_with("/nodes/") => return (200, headers, NODE.into()),
            "/services" => format!("[{SERVICE}]"),
            "/nodes" => format!("[{NODE}]"),
            "/tasks" => format!("[{TASK}]"),
            "/info" => r#"{"Swarm":{"NodeID":"node000000000000000000001","LocalNodeState":"active","ControlAvailable":true}}"#.to_string(),
            _ => return (404, headers, r#"{"message":"not here"}"#.into()),
        };
        let (lock, cv) = &*g;
        let mut st = lock.lock().expect("gate");
        st.now += 1;
        st.most = st.most.max(st.now);
        cv.notify_all();
        let deadline = Instant::now() + Duration::from_secs(10);
        while st.most < together {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            st = cv.wait_timeout(st, left).expect("gate").0;
        }
        st.now -= 1;
        (200, headers, body)
    }));
    (daemon, gate)
}

/// The same command through hvdock on a gated fake manager and through the reference docker
/// on an ungated one (docker sends its calls one by one): same output.
fn like_docker(together: usize, args: &[&str]) -> (FakeDaemon, Arc<(Mutex<Gate>, Condvar)>) {
    let (daemon, gate) = manager(together);
    let with_host = |host: &str| {
        let mut v = vec!["-H".to_string(), host.to_string()];
        v.extend(args.iter().map(|a| a.to_string()));
        v
    };
    let hv = with_host(&daemon.host());
    let h = common::output(
        common::hvdock(&hv.iter().map(String::as_str).collect::<Vec<_>>()),
        None,
    );
    if let Some(docker) = {
        let (plain, _) = manager(1);
        let dk = with_host(&plain.host());
        common::docker(&dk.iter().map(String::as_str).collect::<Vec<_>>())
            .map(|c| (common::output(c, None), plain))
    } {
        let (d, _plain) = docker;
        assert_eq!(
            (h.code, h.stdout.as_str(), h.stderr.as_str()),
            (d.code, d.stdout.as_str(), d.stderr.as_str()),
            "{args:?}"
        );
    }
    assert_eq!((h.code, h.stderr.as_str()), (0, ""), "{args:?}");
    assert!(!h.stdout.is_empty());
    (daemon, gate)
}

#[test]
fn service_ps_asks_for_services_nodes_and_tasks_at_once() {
    for args in [
        &["service", "ps", "web"][..],
        &[
            "service",
            "ps",
            "--format",
            "{{.Name}} {{.Node}} {{.Image}}",
            "web",
        ],
    ] {
        let (daemon, gate) = like_docker(4, args);
        // The services by ID and by name, the nodes and the tasks: all four at once.
        assert_eq!(gate.0.lock().expect("gate").most, 4, "{args:?}");
        let paths: Vec<String> = daemon.requests().iter().map(|r| r.path.clone()).collect();
        assert_eq!(paths.len(), 5, "{paths:?}");
    }
}

#[test]
fn node_ls_asks_for_nodes_and_info_at_once() {
    for args in [
        &["node", "ls"][..],
        &["node", "ls", "--format", "{{.Hostname}} {{.Self}}"],
    ] {
        let (_daemon, gate) = like_docker(2, args);
        assert_eq!(gate.0.lock().expect("gate").most, 2, "{args:?}");
    }
}
