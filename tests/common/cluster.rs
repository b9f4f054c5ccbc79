//! A swarm of `scripts/cluster.sh` for one test binary: started on first use under the
//! binary's own prefix and network, stopped at process exit (libc `atexit`) whether the tests
//! passed or not. The guard serialises the tests that use it.

use std::collections::HashMap;
use std::process::Command;
use std::sync::{Mutex, MutexGuard, OnceLock};

/// The prefix and network of this binary's cluster.
static WHERE: OnceLock<(String, String)> = OnceLock::new();
static CLUSTER: OnceLock<Mutex<HashMap<String, String>>> = OnceLock::new();

fn script(verb: &str) -> Command {
    let (prefix, net) = WHERE.get().expect("cluster configured");
    let mut c = Command::new("bash");
    c.arg(concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/cluster.sh"))
        .arg(verb)
        .env("HVDOCK_CLUSTER", prefix)
        .env("HVDOCK_CLUSTER_NET", net);
    c
}

extern "C" fn tear_down() {
    let _ = script("down").output();
}

/// The cluster's `export`ed values (`NODE1_HOST`, ...), with `nodes` nodes named `prefix1...`
/// on `net`.0/24; the first call starts it.
pub fn cluster(
    prefix: &str,
    net: &str,
    nodes: usize,
) -> MutexGuard<'static, HashMap<String, String>> {
    let m = CLUSTER.get_or_init(|| {
        WHERE.get_or_init(|| (prefix.to_string(), net.to_string()));
        // SAFETY: registering a plain extern "C" function to run at process exit.
        unsafe { libc::atexit(tear_down) };
        let _ = script("down").output(); // leftovers of a killed run
        let out = script("up")
            .arg(nodes.to_string())
            .output()
            .expect("run scripts/cluster.sh");
        assert!(
            out.status.success(),
            "cluster.sh up failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let env = String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|l| l.strip_prefix("export "))
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Mutex::new(env)
    });
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// [`cluster`], or `None` when this machine cannot run one (not root, or no reference docker:
/// the test is recorded as skipped, see [`super::need`]), so the caller can return.
pub fn cluster_if_possible(
    prefix: &str,
    net: &str,
    nodes: usize,
) -> Option<MutexGuard<'static, HashMap<String, String>>> {
    if !super::require(super::Need::Docker) {
        return None;
    }
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        super::skip("the cluster needs root");
        return None;
    }
    Some(cluster(prefix, net, nodes))
}
