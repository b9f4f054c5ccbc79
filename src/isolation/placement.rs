//! Isolation at cluster scale: which Swarm nodes may run `hyperv` and which `process` tasks.
//!
//! A service spec has no OCI runtime field, so on Linux `hyperv` is placement: tasks go only to
//! nodes an operator marked as sandbox/VM nodes with the NODE label `io.hvdock.isolation=hyperv`
//! (`node update --label-add io.hvdock.isolation=hyperv NODE`). Node labels can only be set by a
//! manager; engine labels (a daemon's own `daemon.json`) can be claimed by any worker, so they
//! never count. `process` goes to every node not so marked.
//!
//! Used by `node ls` (`.Isolation`) and by `service create/update --isolation` (placement
//! constraints, and failing closed when no node qualifies).

// `constraint`, `eligible` and `require` serve `service create/update --isolation`.
#![allow(dead_code)]

use serde_json::Value as J;

use super::plan::{Level, LABEL_ISOLATION};

/// The node label (on `Spec.Labels`) that marks a node for `hyperv`.
pub const NODE_LABEL: &str = LABEL_ISOLATION;
/// Its value on a marked node.
pub const HYPERV: &str = "hyperv";

/// The placement constraint that keeps a service's tasks on nodes of `level` (`None` for
/// `default`, which places anywhere).
pub fn constraint(level: Level) -> Option<String> {
    match level {
        Level::Default => None,
        Level::Hyperv => Some(format!("node.labels.{NODE_LABEL}=={HYPERV}")),
        Level::Process => Some(format!("node.labels.{NODE_LABEL}!={HYPERV}")),
    }
}

/// The isolation a node provides: `Hyperv` when a manager marked it, else `Process`.
pub fn classify(node: &J) -> Level {
    match node["Spec"]["Labels"][NODE_LABEL].as_str() {
        Some(v) if v.eq_ignore_ascii_case(HYPERV) => Level::Hyperv,
        _ => Level::Process,
    }
}

/// Whether a node claims `hyperv` only through its engine labels (which never count alone).
pub fn claims_only(node: &J) -> bool {
    classify(node) == Level::Process
        && node["Description"]["Engine"]["Labels"][NODE_LABEL]
            .as_str()
            .is_some_and(|v| v.eq_ignore_ascii_case(HYPERV))
}

/// Whether a node can take tasks now: Ready and Active.
pub fn available(node: &J) -> bool {
    node["Status"]["State"].as_str() == Some("ready")
        && node["Spec"]["Availability"].as_str() == Some("active")
}

/// The IDs of the available nodes of `nodes` (the `/nodes` JSON array) that can run `level`
/// (`default`: every available node), in the list's order.
pub fn eligible(nodes: &J, level: Level) -> Vec<String> {
    nodes
        .as_array()
        .into_iter()
        .flatten()
        .filter(|n| available(n))
        .filter(|n| level == Level::Default || classify(n) == level)
        .filter_map(|n| n["ID"].as_str().map(str::to_string))
        .collect()
}

/// Fails closed: the error when no available node can run `level`, naming how to mark one.
pub fn require(nodes: &J, level: Level) -> Result<Vec<String>, String> {
    let ids = eligible(nodes, level);
    if !ids.is_empty() || level == Level::Default {
        return Ok(ids);
    }
    Err(match level {
        Level::Hyperv => format!(
            "no Ready, Active node is marked for hyperv isolation; mark a node whose default \
             runtime is a sandbox or VM runtime (runsc, kata) with: \
             docker node update --label-add {NODE_LABEL}={HYPERV} NODE"
        ),
        _ => format!(
            "no Ready, Active node provides process isolation: every node is marked with \
             the node label {NODE_LABEL}={HYPERV}"
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn node(id: &str, label: Option<&str>, engine: Option<&str>, state: &str) -> J {
        let mut n = json!({"ID": id, "Spec": {"Availability": "active", "Labels": {}},
                           "Status": {"State": state}, "Description": {"Engine": {"Labels": {}}}});
        if let Some(l) = label {
            n["Spec"]["Labels"][NODE_LABEL] = json!(l);
        }
        if let Some(l) = engine {
            n["Description"]["Engine"]["Labels"][NODE_LABEL] = json!(l);
        }
        n
    }

    #[test]
    fn only_node_labels_count() {
        let nodes = json!([
            node("a", None, None, "ready"),
            node("b", Some("hyperv"), None, "ready"),
            node("c", None, Some("hyperv"), "ready"),
            node("d", Some("hyperv"), None, "down"),
        ]);
        assert_eq!(eligible(&nodes, Level::Hyperv), vec!["b"]);
        assert_eq!(eligible(&nodes, Level::Process), vec!["a", "c"]);
        assert_eq!(eligible(&nodes, Level::Default), vec!["a", "b", "c"]);
        assert!(claims_only(&nodes[2]));
        assert!(!claims_only(&nodes[1]));
    }

    #[test]
    fn fails_closed_without_a_marked_node() {
        let nodes = json!([node("a", None, Some("hyperv"), "ready")]);
        let e = require(&nodes, Level::Hyperv).unwrap_err();
        assert!(e.contains("--label-add io.hvdock.isolation=hyperv"), "{e}");
        assert_eq!(require(&nodes, Level::Process).unwrap(), vec!["a"]);
        assert_eq!(
            constraint(Level::Hyperv).unwrap(),
            "node.labels.io.hvdock.isolation==hyperv"
        );
        assert_eq!(constraint(Level::Default), None);
    }
}
