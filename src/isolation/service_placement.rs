//! `--isolation` for Swarm services. A Windows swarm carries the level in
//! `TaskTemplate.ContainerSpec.Isolation`. A Linux node cannot take that field and a service spec
//! has no OCI runtime field, so on Linux the level is *placement*: `hyperv` tasks go only to nodes
//! a manager marked with the node label `io.hvdock.isolation=hyperv` (their default runtime is a
//! sandbox or VM runtime), `process` tasks only to the others. Engine labels never count: any
//! worker can claim one.

use serde_json::Value;

use super::placement::{self, NODE_LABEL};
use super::plan::{Level, LABEL_ISOLATION};

/// What a service spec gets for a level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServicePlacement {
    /// `ContainerSpec.Isolation` (Windows swarm only).
    pub container_isolation: Option<&'static str>,
    /// The placement constraint hvdock adds (Linux only).
    pub constraint: Option<String>,
    /// The `io.hvdock.isolation` service label (None: remove it).
    pub label: Option<&'static str>,
}

fn is_windows(node: &Value) -> bool {
    node.pointer("/Description/Platform/OS")
        .and_then(Value::as_str)
        .is_some_and(|os| os.eq_ignore_ascii_case("windows"))
}

/// The message when no node can take hyperv tasks (hvdock's spelling of the fix).
pub fn no_hyperv_node(nodes: &[Value]) -> String {
    let marked = nodes
        .iter()
        .filter(|n| placement::classify(n) == Level::Hyperv)
        .count();
    let why = if marked == 0 {
        "no node is marked for hyperv isolation".to_string()
    } else {
        format!("none of the {marked} node(s) marked for hyperv isolation is Ready and Active")
    };
    format!(
        "isolation hyperv: {why}; hvdock never places hyperv tasks on a namespace (runc) node.\n\
         Mark a node whose default runtime is a sandbox or VM runtime (runsc, kata) with:\n  \
         hvdock node update --label-add {NODE_LABEL}=hyperv NODE"
    )
}

/// Decides the placement of a level on the swarm whose `/nodes` list is `nodes`.
/// `hyperv` fails closed when no Ready, Active node carries the node label (engine labels never
/// count: `placement::classify`).
pub fn decide(level: Level, nodes: &[Value]) -> Result<ServicePlacement, String> {
    let windows = !nodes.is_empty() && nodes.iter().all(is_windows);
    if windows {
        return Ok(ServicePlacement {
            container_isolation: Some(level.as_str()),
            constraint: None,
            label: (level != Level::Default).then_some(level.as_str()),
        });
    }
    if level == Level::Hyperv
        && placement::eligible(&Value::Array(nodes.to_vec()), Level::Hyperv).is_empty()
    {
        return Err(no_hyperv_node(nodes));
    }
    Ok(ServicePlacement {
        container_isolation: None,
        constraint: placement::constraint(level),
        label: (level != Level::Default).then_some(level.as_str()),
    })
}

/// Is this constraint one that hvdock's isolation placement adds (any spacing)?
pub fn is_isolation_constraint(c: &str) -> bool {
    let squeezed: String = c.chars().filter(|ch| !ch.is_whitespace()).collect();
    [Level::Hyperv, Level::Process]
        .into_iter()
        .filter_map(placement::constraint)
        .any(|k| k == squeezed)
}

/// Applies a placement to a service spec (JSON, as the daemon returns and takes it): the
/// isolation constraint replaces any earlier one, the label records the level.
pub fn apply(spec: &mut Value, p: &ServicePlacement) {
    let constraints = spec
        .pointer_mut("/TaskTemplate/Placement")
        .and_then(Value::as_object_mut)
        .map(|pl| {
            pl.entry("Constraints")
                .or_insert_with(|| Value::Array(Vec::new()))
        });
    if let Some(Value::Array(list)) = constraints {
        list.retain(|c| !c.as_str().is_some_and(is_isolation_constraint));
        if let Some(c) = &p.constraint {
            list.push(Value::from(c.as_str()));
        }
    }
    if let Some(pl) = spec
        .pointer_mut("/TaskTemplate/Placement")
        .and_then(Value::as_object_mut)
    {
        if pl
            .get("Constraints")
            .and_then(Value::as_array)
            .is_some_and(Vec::is_empty)
        {
            pl.remove("Constraints");
        }
    }
    if let Some(iso) = p.container_isolation {
        if let Some(cs) = spec
            .pointer_mut("/TaskTemplate/ContainerSpec")
            .and_then(Value::as_object_mut)
        {
            cs.insert("Isolation".into(), Value::from(iso));
        }
    }
    if let Some(obj) = spec.as_object_mut() {
        let labels = obj
            .entry("Labels")
            .or_insert_with(|| Value::Object(Default::default()));
        if let Some(labels) = labels.as_object_mut() {
            match p.label {
                Some(l) => {
                    labels.insert(LABEL_ISOLATION.into(), Value::from(l));
                }
                None => {
                    labels.remove(LABEL_ISOLATION);
                }
            }
        }
    }
}

/// A Linux service whose label records `hyperv` or `process` keeps that level's placement
/// constraint: flags that dropped it (`--constraint-rm`) or set the label by hand (`--label`,
/// `--label-add`) never open a way onto nodes of the other kind, so the label `service ls`
/// shows stays true. A Windows swarm (`ContainerSpec.Isolation` set) carries the level itself.
pub fn keep(spec: &mut Value) {
    if spec
        .pointer("/TaskTemplate/ContainerSpec/Isolation")
        .and_then(Value::as_str)
        .is_some_and(|i| !i.is_empty() && !i.eq_ignore_ascii_case("default"))
    {
        return;
    }
    let Some(level) = spec
        .pointer("/Labels")
        .and_then(|l| l.get(LABEL_ISOLATION))
        .and_then(Value::as_str)
        .and_then(|l| super::plan::parse(l).ok())
    else {
        return;
    };
    let Some(constraint) = placement::constraint(level) else {
        return;
    };
    let squeezed = |c: &str| {
        c.chars()
            .filter(|ch| !ch.is_whitespace())
            .collect::<String>()
    };
    let has = spec
        .pointer("/TaskTemplate/Placement/Constraints")
        .and_then(Value::as_array)
        .is_some_and(|l| {
            l.iter()
                .any(|c| c.as_str().map(squeezed) == Some(constraint.clone()))
        });
    if has {
        return;
    }
    if let Some(tt) = spec
        .pointer_mut("/TaskTemplate")
        .and_then(Value::as_object_mut)
    {
        tt.entry("Placement")
            .or_insert_with(|| Value::Object(Default::default()));
    }
    apply(
        spec,
        &ServicePlacement {
            container_isolation: None,
            constraint: Some(constraint),
            label: Some(level.as_str()),
        },
    );
}

/// The isolation a service shows in templates (`.Isolation`): its label, else
/// `ContainerSpec.Isolation`, else `default`.
pub fn of_service(service: &Value) -> String {
    let spec = service.get("Spec").unwrap_or(service);
    if let Some(l) = spec
        .pointer("/Labels")
        .and_then(|l| l.get(LABEL_ISOLATION))
        .and_then(Value::as_str)
    {
        return l.to_string();
    }
    match spec
        .pointer("/TaskTemplate/ContainerSpec/Isolation")
        .and_then(Value::as_str)
    {
        Some(i) if !i.is_empty() => i.to_string(),
        _ => "default".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const ON_HYPERV: &str = "node.labels.io.hvdock.isolation==hyperv";
    const OFF_HYPERV: &str = "node.labels.io.hvdock.isolation!=hyperv";

    fn node(label: Option<&str>, state: &str, avail: &str) -> Value {
        let labels = match label {
            Some(l) => json!({ NODE_LABEL: l }),
            None => json!({}),
        };
        json!({"ID": format!("{state}-{avail}"), "Spec": {"Labels": labels, "Availability": avail},
               "Status": {"State": state},
               "Description": {"Platform": {"OS": "linux"}, "Engine": {"Labels": {NODE_LABEL: "hyperv"}}}})
    }

    #[test]
    fn hyperv_fails_closed_without_a_usable_marked_node() {
        // An engine label alone never counts.
        let nodes = [node(None, "ready", "active")];
        assert!(decide(Level::Hyperv, &nodes)
            .unwrap_err()
            .contains("--label-add io.hvdock.isolation=hyperv NODE"));
        let nodes = [
            node(Some("hyperv"), "down", "active"),
            node(Some("hyperv"), "ready", "drain"),
        ];
        assert!(decide(Level::Hyperv, &nodes)
            .unwrap_err()
            .contains("none of the 2"));
        let nodes = [
            node(None, "ready", "active"),
            node(Some("hyperv"), "ready", "active"),
        ];
        assert_eq!(
            decide(Level::Hyperv, &nodes).unwrap().constraint.as_deref(),
            Some(ON_HYPERV)
        );
        assert_eq!(
            decide(Level::Process, &nodes)
                .unwrap()
                .constraint
                .as_deref(),
            Some(OFF_HYPERV)
        );
    }

    #[test]
    fn keep_restores_the_constraint_a_labelled_service_lost() {
        let mut spec = json!({"Labels": {"io.hvdock.isolation": "hyperv"},
            "TaskTemplate": {"ContainerSpec": {"Image": "x"},
                             "Placement": {"Constraints": ["node.hostname==a"]}}});
        keep(&mut spec);
        assert_eq!(
            spec["TaskTemplate"]["Placement"]["Constraints"],
            json!(["node.hostname==a", ON_HYPERV])
        );
        let before = spec.clone();
        keep(&mut spec);
        assert_eq!(spec, before, "kept constraints are left as they are");
        // The daemon's specs carry `Isolation: default` on Linux.
        let mut spec = json!({"Labels": {"io.hvdock.isolation": "process"},
            "TaskTemplate": {"ContainerSpec": {"Image": "x", "Isolation": "default"},
                             "Placement": {"Constraints": [ON_HYPERV]}}});
        keep(&mut spec);
        assert_eq!(
            spec["TaskTemplate"]["Placement"]["Constraints"],
            json!([OFF_HYPERV])
        );
        let plain = json!({"TaskTemplate": {"ContainerSpec": {"Image": "x"}}});
        let mut spec = plain.clone();
        keep(&mut spec);
        assert_eq!(spec, plain, "no label, no placement");
    }

    #[test]
    fn apply_replaces_the_constraint_and_records_the_level() {
        let mut spec = json!({"Labels": {}, "TaskTemplate": {"ContainerSpec": {},
            "Placement": {"Constraints": ["node.role==worker", ON_HYPERV]}}});
        let nodes = [node(Some("hyperv"), "ready", "active")];
        apply(&mut spec, &decide(Level::Process, &nodes).unwrap());
        assert_eq!(
            spec["TaskTemplate"]["Placement"]["Constraints"],
            json!(["node.role==worker", OFF_HYPERV])
        );
        assert_eq!(spec["Labels"][LABEL_ISOLATION], "process");
        apply(&mut spec, &decide(Level::Default, &nodes).unwrap());
        assert_eq!(
            spec["TaskTemplate"]["Placement"]["Constraints"],
            json!(["node.role==worker"])
        );
        assert!(spec["Labels"].get(LABEL_ISOLATION).is_none());
        assert_eq!(of_service(&spec), "default");
    }
}
