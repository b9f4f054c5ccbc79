//! The list and map fields `service update` changes with its `-add`/`-rm` flags, each by the
//! rule docker's `updateService` (cli/command/service/update.go) applies: what is removed
//! first, what is appended, what is deduplicated, what is sorted. The spec is JSON as the
//! daemon returns it; an empty result drops the field (docker's omitempty).

use anyhow::Result;
use serde_json::{json, Map, Value};

use crate::error::CliError;
use crate::opts::service::PortConfig;

fn fail(m: impl Into<String>) -> anyhow::Error {
    CliError::message(m, 1)
}

/// `v[k]` as a string (none: "").
pub fn text(v: &Value, k: &str) -> String {
    v.get(k)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

/// `m[k]` as a list (none: empty).
pub fn items(m: &Map<String, Value>, k: &str) -> Vec<Value> {
    m.get(k)
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

fn strs(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|s| s.as_str().map(str::to_string))
        .collect()
}

/// Sets `m[k]` to `v`, or removes it when `v` is an empty list or map.
pub fn set_or_drop(m: &mut Map<String, Value>, k: &str, v: Value) {
    let empty = match &v {
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        Value::Null => true,
        _ => false,
    };
    if empty {
        m.remove(k);
    } else {
        m.insert(k.into(), v);
    }
}

/// The key of a `KEY=VALUE` (docker's `ConvertKVStringsToMap` key, `envKey`).
fn key_of(s: &str) -> &str {
    s.split_once('=').map_or(s, |(k, _)| k)
}

/// `updateLabels` / `updateContainerLabels` / `updateSysCtls`: the keys to remove (the key part
/// of each value) go first, then the additions are set.
pub fn map(m: &mut Map<String, Value>, field: &str, add: &[String], rm: &[String]) {
    let mut cur = m
        .get(field)
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    for r in rm {
        cur.remove(key_of(r));
    }
    for (k, v) in super::spec::kv_map(add) {
        cur.insert(k, v);
    }
    set_or_drop(m, field, Value::Object(cur));
}

/// `updateEnvironment`: the names in `rm` removed (order kept); with additions, docker rebuilds
/// the list from a Go map keyed by name, so its order is not defined.
pub fn env(cs: &mut Map<String, Value>, add: &[String], rm: &[String]) {
    let mut env: Vec<String> = strs(cs.get("Env"))
        .into_iter()
        .filter(|e| !rm.iter().any(|r| r == key_of(e)))
        .collect();
    for a in add {
        match env.iter_mut().find(|e| key_of(e) == key_of(a)) {
            Some(slot) => *slot = a.clone(),
            None => env.push(a.clone()),
        }
    }
    set_or_drop(cs, "Env", json!(env));
}

/// `updateMounts` (run on every update): added mounts by target (two with one target is an
/// error), the current ones not replaced, the targets in `rm` dropped, sorted by source then
/// target.
pub fn mounts(cs: &mut Map<String, Value>, add: Vec<Value>, rm: &[String]) -> Result<()> {
    let mut by_target: Vec<Value> = Vec::new();
    for m in add {
        if by_target
            .iter()
            .any(|x| text(x, "Target") == text(&m, "Target"))
        {
            return Err(fail("duplicate mount target"));
        }
        by_target.push(m);
    }
    for m in items(cs, "Mounts") {
        if !by_target
            .iter()
            .any(|x| text(x, "Target") == text(&m, "Target"))
        {
            by_target.push(m);
        }
    }
    by_target.retain(|m| !rm.contains(&text(m, "Target")));
    by_target.sort_by_key(|m| (text(m, "Source"), text(m, "Target")));
    set_or_drop(cs, "Mounts", json!(by_target));
    Ok(())
}

/// `updateUlimits` (run on every update): one per name, the names in `rm` (key part) dropped,
/// additions set, sorted by name.
pub fn ulimits(cs: &mut Map<String, Value>, add: Vec<Value>, rm: &[String]) {
    let mut by_name: std::collections::BTreeMap<String, Value> = cs
        .get("Ulimits")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|u| (text(u, "Name"), u.clone()))
        .collect();
    for r in rm {
        by_name.remove(key_of(r));
    }
    for u in add {
        by_name.insert(text(&u, "Name"), u);
    }
    set_or_drop(
        cs,
        "Ulimits",
        json!(by_name.into_values().collect::<Vec<_>>()),
    );
}

/// `updatePlacementConstraints` and `updateGroups`: additions appended, every entry equal to
/// one in `rm` dropped, sorted.
pub fn append_remove_sort(m: &mut Map<String, Value>, field: &str, add: &[String], rm: &[String]) {
    let mut list = strs(m.get(field));
    list.extend(add.iter().cloned());
    list.retain(|x| !rm.contains(x));
    list.sort();
    set_or_drop(m, field, json!(list));
}

/// `updateDNSConfig`: each of the three lists gets its additions, loses duplicates and the
/// entries in its `rm`, and is sorted.
pub fn dns(cs: &mut Map<String, Value>, lists: [(&str, &[String], &[String]); 3]) {
    let cur = cs.get("DNSConfig").cloned().unwrap_or_else(|| json!({}));
    let mut out = Map::new();
    for (k, add, rm) in lists {
        let mut list = strs(cur.get(k));
        list.extend(add.iter().cloned());
        let mut seen = std::collections::HashSet::new();
        list.retain(|x| seen.insert(x.clone()) && !rm.contains(x));
        list.sort();
        set_or_drop(&mut out, k, json!(list));
    }
    cs.insert("DNSConfig".into(), Value::Object(out));
}

/// `updateHosts`: `host` in `rm` removes that name from every entry, `host:ip` only from entries
/// of that address; an entry left without names goes; additions (as `ip host`) are appended;
/// duplicates dropped, order kept.
pub fn hosts(cs: &mut Map<String, Value>, add: &[String], rm: &[String]) {
    let rm: Vec<(&str, &str)> = rm
        .iter()
        .map(|r| r.split_once(':').unwrap_or((r.as_str(), "")))
        .collect();
    let mut out: Vec<String> = Vec::new();
    for entry in strs(cs.get("Hosts")) {
        let mut parts = entry.split_whitespace();
        let Some(ip) = parts.next() else { continue };
        let mut names: Vec<&str> = parts.collect();
        for (host, addr) in &rm {
            if !addr.is_empty() && addr != &ip {
                continue;
            }
            names.retain(|n| n != host);
        }
        if !names.is_empty() {
            out.push(format!("{ip} {}", names.join(" ")));
        }
    }
    out.extend(add.iter().filter_map(|h| super::spec::swarm_host(h)));
    let mut seen = std::collections::HashSet::new();
    out.retain(|h| seen.insert(h.clone()));
    set_or_drop(cs, "Hosts", json!(out));
}

/// `published:target/protocol/mode`, docker's `portConfigToString`.
fn port_string(p: &Value) -> String {
    format!(
        "{}:{}/{}/{}",
        p.get("PublishedPort").and_then(Value::as_u64).unwrap_or(0),
        p.get("TargetPort").and_then(Value::as_u64).unwrap_or(0),
        text(p, "Protocol"),
        text(p, "PublishMode")
    )
}

/// `updatePorts`: the current ports (one per `published:target/proto/mode`) without those whose
/// target, protocol and mode a `--publish-rm` names (any published port), then the additions
/// not already among the current ones, sorted by that string.
pub fn ports(ep: &mut Map<String, Value>, add: &[PortConfig], rm: &[PortConfig]) {
    let same = |a: &str, b: &str, dflt: &str| {
        a == b || (a.is_empty() && b == dflt) || (b.is_empty() && a == dflt)
    };
    let mut current: Vec<Value> = Vec::new();
    for p in items(ep, "Ports") {
        if !current.iter().any(|c| port_string(c) == port_string(&p)) {
            current.push(p);
        }
    }
    let mut out: Vec<Value> = current
        .iter()
        .filter(|p| {
            !rm.iter().any(|r| {
                same(&text(p, "Protocol"), &r.protocol, "tcp")
                    && p.get("TargetPort").and_then(Value::as_u64) == Some(u64::from(r.target))
                    && same(&text(p, "PublishMode"), &r.mode, "ingress")
            })
        })
        .cloned()
        .collect();
    for a in add {
        let a = a.to_json();
        if !current.iter().any(|c| port_string(c) == port_string(&a)) {
            out.push(a);
        }
    }
    out.sort_by_key(port_string);
    set_or_drop(ep, "Ports", json!(out));
}

/// docker's `NormalizeCapability`: trimmed, upper case, `CAP_` prefixed but for ALL and RESET.
fn capability(c: &str) -> String {
    let c = c.trim().to_uppercase();
    if c == "ALL" || c == "RESET" || c.starts_with("CAP_") {
        c
    } else {
        format!("CAP_{c}")
    }
}

/// `updateCapabilities`: RESET clears a list; a dropped capability that was added is only
/// taken out of the added ones (else it is dropped), an added one that was dropped only out of
/// the dropped ones (else it is added); adding wins over dropping; lists sorted, ALL alone.
pub fn capabilities(cs: &mut Map<String, Value>, add: &[String], drop: &[String]) {
    use std::collections::BTreeSet;
    let set = |v: &[String]| -> BTreeSet<String> { v.iter().map(|c| capability(c)).collect() };
    let mut cap_add = set(&strs(cs.get("CapabilityAdd")));
    let mut cap_drop = set(&strs(cs.get("CapabilityDrop")));
    let mut to_add = set(add);
    let mut to_drop = set(drop);
    if to_add.remove("RESET") {
        cap_add.clear();
    }
    if to_drop.remove("RESET") {
        cap_drop.clear();
    }
    for c in &to_drop {
        if !to_add.contains(c) && !cap_add.remove(c) {
            cap_drop.insert(c.clone());
        }
    }
    for c in &to_add {
        if !cap_drop.remove(c) {
            cap_add.insert(c.clone());
        }
    }
    let list = |s: BTreeSet<String>| -> Value {
        if s.contains("ALL") {
            json!(["ALL"])
        } else {
            json!(s.into_iter().collect::<Vec<_>>())
        }
    };
    set_or_drop(cs, "CapabilityDrop", list(cap_drop));
    set_or_drop(cs, "CapabilityAdd", list(cap_add));
}

/// `addGenericResources` / `removeGenericResources`: the reservations' discrete resources by
/// kind; a kind to remove that is not there is docker's error. (docker rebuilds the list from
/// a Go map, so its order is not defined; here it is kept.)
pub fn generic_resources(res: &mut Map<String, Value>, add: &[Value], rm: &[String]) -> Result<()> {
    let reservations = super::spec::obj_in(res, "Reservations");
    let mut list: Vec<Value> = Vec::new();
    for g in items(reservations, "GenericResources") {
        let Some(kind) = g
            .pointer("/DiscreteResourceSpec/Kind")
            .and_then(Value::as_str)
        else {
            return Err(fail(format!(
                "invalid generic-resource `{}` for service task",
                g
            )));
        };
        if list.iter().any(|x| generic_kind(x) == kind) {
            return Err(fail(format!(
                "duplicate generic-resource `{kind}` for service task"
            )));
        }
        list.push(g.clone());
    }
    for a in add {
        match list.iter_mut().find(|x| generic_kind(x) == generic_kind(a)) {
            Some(slot) => *slot = a.clone(),
            None => list.push(a.clone()),
        }
    }
    for r in rm {
        let before = list.len();
        list.retain(|x| generic_kind(x) != r);
        if list.len() == before {
            return Err(fail(format!(
                "could not find generic-resource `{r}` to remove it"
            )));
        }
    }
    set_or_drop(reservations, "GenericResources", json!(list));
    Ok(())
}

fn generic_kind(v: &Value) -> &str {
    v.pointer("/DiscreteResourceSpec/Kind")
        .and_then(Value::as_str)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_removal_by_name_and_by_address() {
        let mut cs = json!({"Hosts": [
            "127.0.0.2 host3 host1 host2 host4",
            "127.0.0.1 host1 host4",
            "127.0.0.3 host1",
            "127.0.0.1 host1",
        ]});
        let m = cs.as_object_mut().unwrap();
        hosts(m, &[], &["host1:127.0.0.1".into()]);
        assert_eq!(
            cs["Hosts"],
            json!([
                "127.0.0.2 host3 host1 host2 host4",
                "127.0.0.1 host4",
                "127.0.0.3 host1"
            ])
        );
        let m = cs.as_object_mut().unwrap();
        hosts(m, &[], &["host1".into()]);
        assert_eq!(
            cs["Hosts"],
            json!(["127.0.0.2 host3 host2 host4", "127.0.0.1 host4"])
        );
    }

    #[test]
    fn capabilities_are_a_tri_state() {
        let mut cs = json!({"CapabilityDrop": ["CAP_SOME_CAP"]});
        let m = cs.as_object_mut().unwrap();
        capabilities(m, &["some_cap".into()], &[]);
        assert_eq!(cs, json!({}));
        let m = cs.as_object_mut().unwrap();
        capabilities(m, &["some_cap".into()], &[]);
        assert_eq!(cs, json!({"CapabilityAdd": ["CAP_SOME_CAP"]}));
    }
}
