//! `info`'s Swarm section, as docker's `printSwarmInfo` lays it out.

use std::fmt::Write as _;

use serde_json::Value;

use crate::format::units::human_duration;

/// Go's `%v` of a JSON scalar.
fn v(j: &Value) -> String {
    match j {
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        _ => String::new(),
    }
}

fn s(j: &Value) -> &str {
    j.as_str().unwrap_or_default()
}

/// go-units `HumanDuration` of nanoseconds.
fn duration(j: &Value) -> String {
    let ns = j.as_i64().unwrap_or(0).max(0) as u64;
    human_duration(std::time::Duration::from_nanos(ns))
}

/// Marks a heading line (printed without a value).
const HEAD: &str = "\0";

/// The lines after ` Swarm: <state>`.
pub fn section(swarm: &Value, out: &mut String) {
    let state = s(&swarm["LocalNodeState"]);
    if matches!(state, "inactive" | "locked" | "") {
        return;
    }
    // Println(k, v) puts a space between; Println(k) alone has none.
    let mut line = |k: &str, val: String| {
        let _ = if val == HEAD {
            writeln!(out, "{k}")
        } else {
            writeln!(out, "{k} {val}")
        };
    };
    line("  NodeID:", v(&swarm["NodeID"]));
    let error = s(&swarm["Error"]);
    if !error.is_empty() {
        line("  Error:", error.to_string());
    }
    let manager = swarm["ControlAvailable"].as_bool().unwrap_or(false);
    line("  Is Manager:", manager.to_string());
    let cluster = &swarm["Cluster"];
    if cluster.is_object() && manager && error.is_empty() && state != "error" {
        let spec = &cluster["Spec"];
        line("  ClusterID:", v(&cluster["ID"]));
        line("  Managers:", v(&swarm["Managers"]));
        line("  Nodes:", v(&swarm["Nodes"]));
        if let Some(pools) = cluster["DefaultAddrPool"].as_array() {
            let joined: String = pools.iter().map(|p| format!("{}  ", s(p))).collect();
            line("  Default Address Pool:", joined);
            line("  SubnetSize:", v(&cluster["SubnetSize"]));
        }
        if cluster["DataPathPort"].as_u64().unwrap_or(0) > 0 {
            line("  Data Path Port:", v(&cluster["DataPathPort"]));
        }
        line("  Orchestration:", HEAD.into());
        let limit = spec["Orchestration"]["TaskHistoryRetentionLimit"]
            .as_i64()
            .unwrap_or(0);
        line("   Task History Retention Limit:", limit.to_string());
        line("  Raft:", HEAD.into());
        let raft = &spec["Raft"];
        line(
            "   Snapshot Interval:",
            raft["SnapshotInterval"].as_u64().unwrap_or(0).to_string(),
        );
        if let Some(n) = raft["KeepOldSnapshots"].as_u64() {
            line("   Number of Old Snapshots to Retain:", n.to_string());
        }
        line(
            "   Heartbeat Tick:",
            raft["HeartbeatTick"].as_i64().unwrap_or(0).to_string(),
        );
        line(
            "   Election Tick:",
            raft["ElectionTick"].as_i64().unwrap_or(0).to_string(),
        );
        line("  Dispatcher:", HEAD.into());
        line(
            "   Heartbeat Period:",
            duration(&spec["Dispatcher"]["HeartbeatPeriod"]),
        );
        let ca = &spec["CAConfig"];
        line("  CA Configuration:", HEAD.into());
        line("   Expiry Duration:", duration(&ca["NodeCertExpiry"]));
        line(
            "   Force Rotate:",
            ca["ForceRotate"].as_u64().unwrap_or(0).to_string(),
        );
        let cert = s(&ca["SigningCACert"]).trim();
        if !cert.is_empty() {
            line("   Signing CA Certificate:", format!("\n{cert}\n"));
        }
        if let Some(cas) = ca["ExternalCAs"].as_array().filter(|a| !a.is_empty()) {
            line("   External CAs:", HEAD.into());
            for c in cas {
                line(
                    &format!("     {}:", s(&c["Protocol"])),
                    s(&c["URL"]).to_string(),
                );
            }
        }
        line(
            "  Autolock Managers:",
            spec["EncryptionConfig"]["AutoLockManagers"]
                .as_bool()
                .unwrap_or(false)
                .to_string(),
        );
        line(
            "  Root Rotation In Progress:",
            cluster["RootRotationInProgress"]
                .as_bool()
                .unwrap_or(false)
                .to_string(),
        );
    }
    line("  Node Address:", v(&swarm["NodeAddr"]));
    let mut managers: Vec<&str> = swarm["RemoteManagers"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|m| s(&m["Addr"]))
        .collect();
    if !managers.is_empty() {
        managers.sort_unstable();
        line("  Manager Addresses:", HEAD.into());
        for m in managers {
            line("  ", m.to_string());
        }
    }
}
