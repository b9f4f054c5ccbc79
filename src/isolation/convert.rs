//! Converting a container's isolation (the seed's `Set-Container -RuntimeType`). No API field
//! changes a runtime, so the container is re-created from its own inspect data; this module
//! computes that request and finds the containers that depend on the original. The journal is
//! in [`super::journal`]; the steps (stop, commit, rename, create, start, finish or roll back)
//! are in `commands/container/convert.rs`.

use serde_json::{json, Map, Value};

use super::plan::Decision;

/// The label naming the container a conversion replaced.
pub const LABEL_CONVERTED_FROM: &str = "io.hvdock.converted-from";
/// The label naming the image a converted container was first made from.
pub const LABEL_BASE_IMAGE: &str = "io.hvdock.base-image";

/// The create request for the replacement, and the networks to connect after creation (API
/// versions before 1.44 accept only one network at create).
#[derive(Debug, Clone, PartialEq)]
pub struct Recreate {
    pub body: Value,
    pub more_networks: Vec<(String, Value)>,
}

fn endpoint(settings: &Value, old_short_id: &str) -> Value {
    let mut ep = Map::new();
    if let Some(ipam) = settings.get("IPAMConfig").filter(|v| !v.is_null()) {
        ep.insert("IPAMConfig".into(), ipam.clone());
    }
    if let Some(links) = settings.get("Links").filter(|v| !v.is_null()) {
        ep.insert("Links".into(), links.clone());
    }
    let aliases: Vec<Value> = settings
        .get("Aliases")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter(|x| x.as_str() != Some(old_short_id))
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    if !aliases.is_empty() {
        ep.insert("Aliases".into(), Value::Array(aliases));
    }
    Value::Object(ep)
}

/// `--mount type=volume,dst=/mv` has no source: the daemon made an anonymous volume. The
/// replacement must get that volume, not a new empty one, so the mount names it.
fn name_anonymous_mounts(host: &mut Value, inspect: &Value) {
    let Some(mounts) = host["Mounts"].as_array_mut() else {
        return;
    };
    for m in mounts.iter_mut() {
        let anonymous =
            m["Type"] == "volume" && m["Source"].as_str().unwrap_or_default().is_empty();
        if !anonymous {
            continue;
        }
        let name = inspect["Mounts"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|x| x["Type"] == "volume" && x["Destination"] == m["Target"])
            .and_then(|x| x["Name"].as_str());
        if let Some(name) = name {
            m["Source"] = json!(name);
        }
    }
}

/// Containers that would be left pointing at the original's ID: `--network container:A`,
/// `--volumes-from A`, `--link A`. `others` are inspect answers; returns "name (how)" for each.
pub fn dependents(others: &[Value], id: &str, name: &str) -> Vec<String> {
    let names_it = |r: &str| {
        let r = r.trim_start_matches('/');
        r == name || (r.len() >= 12 && id.starts_with(r))
    };
    let mut out = Vec::new();
    for c in others.iter().filter(|c| c["Id"].as_str() != Some(id)) {
        let h = &c["HostConfig"];
        let mut how = Vec::new();
        if let Some(r) = h["NetworkMode"]
            .as_str()
            .and_then(|m| m.strip_prefix("container:"))
        {
            if names_it(r) {
                how.push("--network container:");
            }
        }
        let strings = |k: &str| -> Vec<String> {
            h[k].as_array()
                .into_iter()
                .flatten()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        };
        if strings("VolumesFrom")
            .iter()
            .any(|v| names_it(v.split(':').next().unwrap_or_default()))
        {
            how.push("--volumes-from");
        }
        if strings("Links")
            .iter()
            .any(|l| names_it(l.split(':').next().unwrap_or_default()))
        {
            how.push("--link");
        }
        if !how.is_empty() {
            let shown = c["Name"]
                .as_str()
                .unwrap_or_default()
                .trim_start_matches('/');
            out.push(format!("{shown} ({})", how.join(", ")));
        }
    }
    out
}

/// Volume mounts that the configuration does not name (anonymous volumes, and named ones added
/// by other means) become explicit binds, so the replacement gets the same volumes and never new,
/// empty ones.
fn volume_binds(inspect: &Value) -> Vec<String> {
    let host = &inspect["HostConfig"];
    let named_in_binds: Vec<String> = host["Binds"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|b| b.as_str()?.split(':').next().map(str::to_string))
        .collect();
    // Everything `--mount` gives (named or anonymous) comes back through HostConfig.Mounts.
    let mounted_at: Vec<String> = host["Mounts"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|m| m["Target"].as_str().map(str::to_string))
        .collect();
    let from_others = !host["VolumesFrom"]
        .as_array()
        .map(Vec::is_empty)
        .unwrap_or(true);
    inspect["Mounts"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|m| m["Type"] == "volume")
        .filter_map(|m| {
            let name = m["Name"].as_str()?;
            let dest = m["Destination"].as_str()?;
            if named_in_binds.iter().any(|n| n == name) || mounted_at.iter().any(|t| t == dest) {
                return None;
            }
            // Volumes inherited with --volumes-from come back through VolumesFrom.
            let declared = inspect["Config"]["Volumes"].get(dest).is_some();
            if from_others && !declared {
                return None;
            }
            let ro = if m["RW"].as_bool() == Some(false) {
                ":ro"
            } else {
                ""
            };
            Some(format!("{name}:{dest}{ro}"))
        })
        .collect()
}

/// The replacement's create request: the same Config and HostConfig, the decision's runtime or
/// isolation, the same volumes, networks with their aliases and static addresses, and labels.
pub fn recreate(inspect: &Value, decision: &Decision, image: Option<&str>) -> Recreate {
    let old_id = inspect["Id"].as_str().unwrap_or_default();
    let short = &old_id[..old_id.len().min(12)];
    let mut body = inspect["Config"].clone();
    if !body.is_object() {
        body = json!({});
    }
    let original_image = body["Image"].as_str().unwrap_or_default().to_string();
    if let Some(img) = image {
        body["Image"] = json!(img);
    }
    let mut labels = body["Labels"].as_object().cloned().unwrap_or_default();
    for (k, v) in &decision.labels {
        labels.insert(k.clone(), json!(v));
    }
    labels.insert(LABEL_CONVERTED_FROM.into(), json!(old_id));
    if image.is_some() && !labels.contains_key(LABEL_BASE_IMAGE) {
        labels.insert(LABEL_BASE_IMAGE.into(), json!(original_image));
    }
    body["Labels"] = Value::Object(labels);

    let mut host = inspect["HostConfig"].clone();
    if !host.is_object() {
        host = json!({});
    }
    if let Some(r) = &decision.runtime {
        host["Runtime"] = json!(r);
    }
    host["Isolation"] = json!(decision.host_isolation);
    name_anonymous_mounts(&mut host, inspect);
    let mut binds: Vec<Value> = host["Binds"].as_array().cloned().unwrap_or_default();
    binds.extend(volume_binds(inspect).into_iter().map(Value::String));
    host["Binds"] = if binds.is_empty() {
        Value::Null
    } else {
        Value::Array(binds)
    };
    body["HostConfig"] = host;

    let mode = inspect["HostConfig"]["NetworkMode"]
        .as_str()
        .unwrap_or("default");
    let primary = if mode == "default" { "bridge" } else { mode };
    let mut more = Vec::new();
    let mut endpoints = Map::new();
    if let Some(nets) = inspect["NetworkSettings"]["Networks"].as_object() {
        for (name, settings) in nets {
            let ep = endpoint(settings, short);
            if name == primary || (nets.len() == 1 && !mode.starts_with("container:")) {
                endpoints.insert(name.clone(), ep);
            } else {
                more.push((name.clone(), ep));
            }
        }
    }
    if !endpoints.is_empty() && !mode.starts_with("container:") && mode != "host" && mode != "none"
    {
        body["NetworkingConfig"] = json!({"EndpointsConfig": endpoints});
    }
    Recreate {
        body,
        more_networks: more,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inspect() -> Value {
        json!({
            "Id": "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
            "Config": {"Image": "busybox", "Cmd": ["sleep", "1"], "Env": ["A=1"], "Labels": {"k": "v"},
                       "Volumes": {"/anon": {}}},
            "HostConfig": {"Binds": ["named:/data"], "NetworkMode": "mynet", "Runtime": "runc",
                           "PortBindings": {"80/tcp": [{"HostIp": "", "HostPort": "8080"}]},
                           "RestartPolicy": {"Name": "always", "MaximumRetryCount": 0}},
            "Mounts": [
                {"Type": "volume", "Name": "named", "Destination": "/data", "RW": true},
                {"Type": "volume", "Name": "abc123", "Destination": "/anon", "RW": true}
            ],
            "NetworkSettings": {"Networks": {
                "mynet": {"Aliases": ["web", "0123456789ab"], "IPAMConfig": {"IPv4Address": "10.9.0.5"}},
                "other": {"Aliases": null}
            }}
        })
    }

    #[test]
    fn keeps_config_volumes_networks_and_changes_runtime() {
        let d = Decision {
            host_isolation: String::new(),
            runtime: Some("runsc".into()),
            labels: vec![("io.hvdock.isolation".into(), "hyperv".into())],
        };
        let r = recreate(&inspect(), &d, Some("sha256:layer"));
        let b = &r.body;
        assert_eq!(b["Image"], "sha256:layer");
        assert_eq!(b["Cmd"], json!(["sleep", "1"]));
        assert_eq!(b["Env"], json!(["A=1"]));
        assert_eq!(b["Labels"]["k"], "v");
        assert_eq!(b["Labels"]["io.hvdock.isolation"], "hyperv");
        assert_eq!(b["Labels"][LABEL_BASE_IMAGE], "busybox");
        assert_eq!(b["HostConfig"]["Runtime"], "runsc");
        assert_eq!(
            b["HostConfig"]["Binds"],
            json!(["named:/data", "abc123:/anon"])
        );
        assert_eq!(
            b["HostConfig"]["PortBindings"]["80/tcp"][0]["HostPort"],
            "8080"
        );
        assert_eq!(b["HostConfig"]["RestartPolicy"]["Name"], "always");
        let ep = &b["NetworkingConfig"]["EndpointsConfig"]["mynet"];
        assert_eq!(ep["Aliases"], json!(["web"]));
        assert_eq!(ep["IPAMConfig"]["IPv4Address"], "10.9.0.5");
        assert_eq!(r.more_networks.len(), 1);
        assert_eq!(r.more_networks[0].0, "other");
    }

    #[test]
    fn an_anonymous_mount_keeps_its_volume_and_is_not_bound_twice() {
        let mut i = inspect();
        i["HostConfig"]["Mounts"] = json!([{"Type": "volume", "Target": "/mv"}]);
        i["Mounts"]
            .as_array_mut()
            .unwrap()
            .push(json!({"Type": "volume", "Name": "anonmv", "Destination": "/mv", "RW": true}));
        let r = recreate(&i, &Decision::default(), None);
        assert_eq!(
            r.body["HostConfig"]["Mounts"],
            json!([{"Type": "volume", "Target": "/mv", "Source": "anonmv"}])
        );
        assert_eq!(
            r.body["HostConfig"]["Binds"],
            json!(["named:/data", "abc123:/anon"])
        );
    }

    #[test]
    fn finds_dependents_by_name_or_id() {
        let id = "0123456789abcdef".repeat(4);
        let others = vec![
            json!({"Id": "b", "Name": "/sidecar", "HostConfig": {"NetworkMode": "container:web"}}),
            json!({"Id": "c", "Name": "/backup", "HostConfig": {"VolumesFrom": [format!("{}:ro", &id[..12])]}}),
            json!({"Id": "d", "Name": "/old", "HostConfig": {"Links": ["/web:/old/db"]}}),
            json!({"Id": "e", "Name": "/free", "HostConfig": {"NetworkMode": "container:webx", "Links": null}}),
            json!({"Id": id.clone(), "Name": "/web", "HostConfig": {"NetworkMode": "container:web"}}),
        ];
        assert_eq!(
            dependents(&others, &id, "web"),
            [
                "sidecar (--network container:)",
                "backup (--volumes-from)",
                "old (--link)"
            ]
        );
    }

    #[test]
    fn without_a_layer_keeps_the_image() {
        let d = Decision::default();
        let r = recreate(&inspect(), &d, None);
        assert_eq!(r.body["Image"], "busybox");
        assert!(r.body["Labels"].get(LABEL_BASE_IMAGE).is_none());
    }
}
