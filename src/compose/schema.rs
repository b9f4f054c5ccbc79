//! The compose v3 schema checks `docker stack deploy` makes before loading, in its wording:
//! `services.web Additional property foo is not allowed`, `(root) Additional property ...`,
//! `services.web.ports must be a list`, `services.web.deploy.replicas must be a integer`,
//! `networks.n1.attachable must be a boolean`. Keys starting with `x-` are allowed where the
//! schema allows extensions (top level, services, networks, volumes, secrets, configs).

use serde_json::{Map, Value};

/// A JSON type as the schema names it ("mapping" and "list" in messages).
#[derive(Clone, Copy, PartialEq)]
enum T {
    Str,
    Obj,
    List,
    Bool,
    Int,
    Num,
    /// list_or_dict, string_or_list, and the oneOf members: not checked here.
    Any,
    /// boolean or object (`external`).
    BoolObj,
}

fn ty(t: T) -> &'static str {
    match t {
        T::Str => "string",
        T::Obj => "mapping",
        T::List => "list",
        T::Bool => "boolean",
        T::Int => "integer",
        T::Num => "number",
        T::BoolObj => "boolean or mapping",
        T::Any => "",
    }
}

fn ok(t: T, v: &Value) -> bool {
    match t {
        T::Str => v.is_string(),
        T::Obj => v.is_object(),
        T::List => v.is_array(),
        T::Bool => v.is_boolean(),
        T::Int => v.is_i64() || v.is_u64(),
        T::Num => v.is_number(),
        T::BoolObj => v.is_boolean() || v.is_object(),
        T::Any => true,
    }
}

const ROOT: &[(&str, T)] = &[
    ("version", T::Str),
    ("services", T::Obj),
    ("networks", T::Obj),
    ("volumes", T::Obj),
    ("secrets", T::Obj),
    ("configs", T::Obj),
];

const SERVICE: &[(&str, T)] = &[
    ("deploy", T::Obj),
    ("build", T::Any),
    ("cap_add", T::List),
    ("cap_drop", T::List),
    ("cgroupns_mode", T::Str),
    ("cgroup_parent", T::Str),
    ("command", T::Any),
    ("configs", T::List),
    ("container_name", T::Str),
    ("credential_spec", T::Obj),
    ("depends_on", T::Any),
    ("devices", T::List),
    ("dns", T::Any),
    ("dns_search", T::Any),
    ("domainname", T::Str),
    ("entrypoint", T::Any),
    ("env_file", T::Any),
    ("environment", T::Any),
    ("expose", T::List),
    ("external_links", T::List),
    ("extra_hosts", T::Any),
    ("healthcheck", T::Obj),
    ("hostname", T::Str),
    ("image", T::Str),
    ("init", T::Bool),
    ("ipc", T::Str),
    ("isolation", T::Str),
    ("labels", T::Any),
    ("links", T::List),
    ("logging", T::Obj),
    ("mac_address", T::Str),
    ("network_mode", T::Str),
    ("networks", T::Any),
    ("pid", T::Any),
    ("ports", T::List),
    ("privileged", T::Bool),
    ("read_only", T::Bool),
    ("restart", T::Str),
    ("security_opt", T::List),
    ("shm_size", T::Any),
    ("secrets", T::List),
    ("sysctls", T::Any),
    ("stdin_open", T::Bool),
    ("stop_grace_period", T::Str),
    ("stop_signal", T::Str),
    ("tmpfs", T::Any),
    ("tty", T::Bool),
    ("ulimits", T::Obj),
    ("oom_score_adj", T::Int),
    ("user", T::Str),
    ("userns_mode", T::Str),
    ("volumes", T::List),
    ("working_dir", T::Str),
];

const DEPLOY: &[(&str, T)] = &[
    ("mode", T::Str),
    ("endpoint_mode", T::Str),
    ("replicas", T::Int),
    ("labels", T::Any),
    ("rollback_config", T::Obj),
    ("update_config", T::Obj),
    ("resources", T::Obj),
    ("restart_policy", T::Obj),
    ("placement", T::Obj),
];

const HEALTHCHECK: &[(&str, T)] = &[
    ("disable", T::Bool),
    ("interval", T::Str),
    ("retries", T::Num),
    ("test", T::Any),
    ("timeout", T::Str),
    ("start_period", T::Str),
    ("start_interval", T::Str),
];

const NETWORK: &[(&str, T)] = &[
    ("name", T::Str),
    ("driver", T::Str),
    ("driver_opts", T::Obj),
    ("ipam", T::Obj),
    ("external", T::BoolObj),
    ("internal", T::Bool),
    ("attachable", T::Bool),
    ("labels", T::Any),
];

const VOLUME: &[(&str, T)] = &[
    ("name", T::Str),
    ("driver", T::Str),
    ("driver_opts", T::Obj),
    ("external", T::BoolObj),
    ("labels", T::Any),
    ("x-cluster-spec", T::Obj),
];

const SECRET: &[(&str, T)] = &[
    ("name", T::Str),
    ("file", T::Str),
    ("external", T::BoolObj),
    ("labels", T::Any),
    ("driver", T::Str),
    ("driver_opts", T::Obj),
    ("template_driver", T::Str),
];

const CONFIG: &[(&str, T)] = &[
    ("name", T::Str),
    ("file", T::Str),
    ("external", T::BoolObj),
    ("labels", T::Any),
    ("template_driver", T::Str),
];

/// Checks one file's (interpolated) dictionary; of the violations, the most specific (deepest
/// field; a wrong type wins a tie), in docker's wording.
pub fn validate(root: &Map<String, Value>) -> Result<(), String> {
    let mut errs = Vec::new();
    collect(root, &mut errs);
    let mut best: Option<&(usize, bool, String)> = None;
    for e in &errs {
        if best.is_none_or(|b| e.0 > b.0 || (e.0 == b.0 && e.1 && !b.1)) {
            best = Some(e);
        }
    }
    match best {
        Some((_, _, m)) => Err(m.clone()),
        None => Ok(()),
    }
}

/// Every violation as (specificity, is a type error, message).
fn collect(root: &Map<String, Value>, errs: &mut Vec<(usize, bool, String)>) {
    object("(root)", root, ROOT, true, errs);
    for (section, props) in [
        ("services", SERVICE),
        ("networks", NETWORK),
        ("volumes", VOLUME),
        ("secrets", SECRET),
        ("configs", CONFIG),
    ] {
        let Some(Value::Object(entries)) = root.get(section) else {
            continue;
        };
        for (name, v) in entries {
            let path = format!("{section}.{name}");
            match v {
                Value::Object(m) => object(&path, m, props, true, errs),
                Value::Null if section != "services" => {}
                _ => errs.push((2, true, format!("{path} must be a mapping"))),
            }
            if section != "services" {
                continue;
            }
            if let Some(Value::Object(d)) = v.get("deploy") {
                object(&format!("{path}.deploy"), d, DEPLOY, false, errs);
            }
            if let Some(Value::Object(h)) = v.get("healthcheck") {
                object(&format!("{path}.healthcheck"), h, HEALTHCHECK, false, errs);
            }
        }
    }
}

fn object(
    path: &str,
    m: &Map<String, Value>,
    props: &[(&str, T)],
    ext: bool,
    errs: &mut Vec<(usize, bool, String)>,
) {
    let depth = path.split('.').count();
    for (k, v) in m {
        match props.iter().find(|(p, _)| p == k) {
            Some((_, t)) if !ok(*t, v) => {
                let field = if path == "(root)" {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                let depth = field.split('.').count();
                errs.push((depth, true, format!("{field} must be a {}", ty(*t))));
            }
            Some(_) => {}
            None if ext && k.starts_with("x-") => {}
            None => errs.push((
                depth,
                false,
                format!("{path} Additional property {k} is not allowed"),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn check(v: Value) -> Result<(), String> {
        validate(v.as_object().unwrap())
    }

    #[test]
    fn wording() {
        assert_eq!(
            check(json!({"foo": 1, "services": {}})).unwrap_err(),
            "(root) Additional property foo is not allowed"
        );
        assert_eq!(
            check(json!({"services": {"web": {"image": "x", "foo": 1}}})).unwrap_err(),
            "services.web Additional property foo is not allowed"
        );
        assert_eq!(
            check(json!({"services": {"web": {"ports": 80}}})).unwrap_err(),
            "services.web.ports must be a list"
        );
        assert_eq!(
            check(json!({"services": {"web": {"deploy": {"replicas": "x"}}}})).unwrap_err(),
            "services.web.deploy.replicas must be a integer"
        );
        assert_eq!(
            check(json!({"networks": {"n": {"attachable": "yes"}}})).unwrap_err(),
            "networks.n.attachable must be a boolean"
        );
        assert_eq!(
            check(json!({"services": {"web": {"replicas": 1, "deploy": {"replicas": "x"}}}}))
                .unwrap_err(),
            "services.web.deploy.replicas must be a integer"
        );
        assert!(check(json!({"x-any": 1, "services": {"w": {"x-y": 2}}})).is_ok());
    }
}
