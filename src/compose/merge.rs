//! Several compose files merged in order as docker merges them: services by name (maps merged
//! key by key, later scalars win, `command`/`entrypoint` replaced, ports/secrets/configs/volumes
//! merged by published port/source/target, other lists appended); networks, volumes, secrets and
//! configs replaced entry by entry.

use serde_json::{Map, Value};

pub fn files(mut base: Map<String, Value>, over: Map<String, Value>) -> Map<String, Value> {
    for (section, v) in over {
        let Value::Object(entries) = v else {
            base.insert(section, v);
            continue;
        };
        let target = base
            .entry(section.clone())
            .or_insert_with(|| Value::Object(Map::new()));
        let Value::Object(t) = target else {
            continue;
        };
        for (name, entry) in entries {
            match (section.as_str(), t.get_mut(&name)) {
                ("services", Some(Value::Object(b))) => {
                    if let Value::Object(o) = entry {
                        service(b, o);
                    }
                }
                _ => {
                    t.insert(name, entry);
                }
            }
        }
    }
    base
}

fn keyed(key: &str) -> Option<&'static str> {
    match key {
        "ports" => Some("published"),
        "secrets" | "configs" => Some("source"),
        "volumes" => Some("target"),
        _ => None,
    }
}

fn service(base: &mut Map<String, Value>, over: Map<String, Value>) {
    for (k, v) in over {
        match (base.get_mut(&k), v) {
            (Some(Value::Object(b)), Value::Object(o)) => deep(b, o),
            (Some(Value::Array(b)), Value::Array(o)) if k != "command" && k != "entrypoint" => {
                match keyed(&k) {
                    Some(field) => keyed_merge(b, o, field),
                    None => b.extend(o),
                }
            }
            (_, v) => {
                base.insert(k, v);
            }
        }
    }
}

/// docker's `mergeSlice`: both lists into one map by `field` (a later entry replaces an
/// earlier one with the same value, within a list too), then sorted by it.
fn keyed_merge(base: &mut Vec<Value>, over: Vec<Value>, field: &str) {
    let id = |x: &Value| x.get(field).cloned().unwrap_or(Value::Null);
    let mut out: Vec<Value> = Vec::new();
    for item in std::mem::take(base).into_iter().chain(over) {
        match out.iter_mut().find(|x| id(x) == id(&item)) {
            Some(x) => *x = item,
            None => out.push(item),
        }
    }
    out.sort_by(|a, b| match (id(a), id(b)) {
        (Value::String(x), Value::String(y)) => x.cmp(&y),
        (x, y) => x.as_u64().unwrap_or(0).cmp(&y.as_u64().unwrap_or(0)),
    });
    *base = out;
}

fn deep(base: &mut Map<String, Value>, over: Map<String, Value>) {
    for (k, v) in over {
        match (base.get_mut(&k), v) {
            (Some(Value::Object(b)), Value::Object(o)) => deep(b, o),
            (_, v) => {
                base.insert(k, v);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn services_merge_by_name_and_key() {
        let a = json!({"services": {"web": {"image": "a", "environment": {"A": "1", "B": "2"},
            "ports": [{"published": 80, "target": 80}], "command": ["x", "y"], "dns": ["1.1.1.1"]}},
            "networks": {"n": {"driver": "overlay", "attachable": true}}});
        let b = json!({"services": {"web": {"image": "b", "environment": {"B": "3"},
            "ports": [{"published": 80, "target": 8080}, {"published": 81, "target": 81}],
            "command": ["z"], "dns": ["8.8.8.8"]}, "db": {"image": "d"}},
            "networks": {"n": {"driver": "overlay"}}});
        let m = files(
            a.as_object().unwrap().clone(),
            b.as_object().unwrap().clone(),
        );
        let web = &m["services"]["web"];
        assert_eq!(web["image"], "b");
        assert_eq!(web["environment"], json!({"A": "1", "B": "3"}));
        assert_eq!(
            web["ports"],
            json!([{"published": 80, "target": 8080}, {"published": 81, "target": 81}])
        );
        assert_eq!(web["command"], json!(["z"]));
        assert_eq!(web["dns"], json!(["1.1.1.1", "8.8.8.8"]));
        assert_eq!(m["services"]["db"]["image"], "d");
        assert_eq!(m["networks"]["n"], json!({"driver": "overlay"}));
    }
}
