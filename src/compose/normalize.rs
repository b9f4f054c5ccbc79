//! One file's service definitions in one shape whatever syntax they were written in, so that
//! files merge and convert without caring: environment and labels as maps of strings (null for
//! a bare `KEY`), command/entrypoint/dns/... as lists, ports/secrets/configs/volumes in long
//! syntax, service networks as a map, `env_file` read into the environment.

use std::path::Path;

use serde_json::{json, Map, Value};

/// A scalar as Go's `fmt.Sprint` prints it (how docker turns `A: 1.50` into `A=1.5`).
pub fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(match n.as_f64() {
            Some(f) if n.is_f64() && f.fract() == 0.0 && f.abs() < 1e21 => format!("{f:.0}"),
            _ => n.to_string(),
        }),
        _ => None,
    }
}

/// `list_or_dict`: `["A=b", "C"]` or `{A: b, C: null}` → `{A: "b", C: null}` (`sep` is `=`;
/// labels give a bare key the empty string instead of null).
pub fn dict(v: &Value, bare_is_empty: bool) -> Map<String, Value> {
    let mut out = Map::new();
    match v {
        Value::Array(items) => {
            for it in items {
                let s = scalar_text(it).unwrap_or_default();
                match s.split_once('=') {
                    Some((k, val)) => out.insert(k.to_string(), json!(val)),
                    None if bare_is_empty => out.insert(s, json!("")),
                    None => out.insert(s, Value::Null),
                };
            }
        }
        Value::Object(m) => {
            for (k, val) in m {
                let text = scalar_text(val);
                out.insert(
                    k.clone(),
                    match text {
                        Some(t) => json!(t),
                        None if bare_is_empty => json!(""),
                        None => Value::Null,
                    },
                );
            }
        }
        _ => {}
    }
    out
}

/// `string_or_list`.
fn list(v: &Value) -> Value {
    match v {
        Value::String(s) => json!([s]),
        other => other.clone(),
    }
}

/// Go's `filepath.Join(dir, p)` (`p` kept when absolute), cleaned as Go cleans paths.
pub fn join(dir: &Path, p: &str) -> String {
    let full = if p.starts_with('/') {
        p.to_string()
    } else {
        format!("{}/{p}", dir.to_string_lossy())
    };
    let mut parts: Vec<&str> = Vec::new();
    for c in full.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            c => parts.push(c),
        }
    }
    format!("/{}", parts.join("/"))
}

/// Normalizes every service of a file in place; `dir` is where relative paths start, `lookup`
/// fills bare environment keys as docker's loader does.
pub fn services(
    root: &mut Map<String, Value>,
    dir: &Path,
    lookup: super::interpolate::Lookup,
) -> Result<(), String> {
    if let Some(Value::Object(services)) = root.get_mut("services") {
        for (name, svc) in services.iter_mut() {
            if svc.is_null() {
                *svc = json!({});
            }
            if let Value::Object(s) = svc {
                service(name, s, dir, lookup)?;
            }
        }
    }
    for section in ["secrets", "configs"] {
        if let Some(Value::Object(m)) = root.get_mut(section) {
            for (_, obj) in m.iter_mut() {
                if let Some(Value::String(f)) = obj.get("file").cloned() {
                    obj["file"] = json!(join(dir, &f));
                }
                labels(obj);
            }
        }
    }
    if let Some(Value::Object(m)) = root.get_mut("networks") {
        for (_, n) in m.iter_mut() {
            if n.is_null() {
                *n = json!({});
            }
            labels(n);
        }
    }
    Ok(())
}

fn labels(obj: &mut Value) {
    if let Some(l) = obj.get("labels") {
        let d = dict(l, true);
        obj["labels"] = Value::Object(d);
    }
}

/// docker's `updateEnvironment`: a key with no value or an empty one takes the variable of
/// that name when it is set.
fn update_env(
    env: &mut Map<String, Value>,
    vars: Map<String, Value>,
    lookup: super::interpolate::Lookup,
) {
    for (k, v) in vars {
        let empty = v.as_str().is_none_or(str::is_empty);
        match lookup(&k) {
            Some(x) if empty => env.insert(k, json!(x)),
            _ => env.insert(k, v),
        };
    }
}

fn service(
    name: &str,
    s: &mut Map<String, Value>,
    dir: &Path,
    lookup: super::interpolate::Lookup,
) -> Result<(), String> {
    let mut env = Map::new();
    let mut file_vars = Map::new();
    if let Some(files) = s.get("env_file").map(list) {
        for f in files.as_array().into_iter().flatten() {
            let path = dir.join(f.as_str().unwrap_or_default());
            let text = std::fs::read_to_string(&path).map_err(|e| {
                format!(
                    "open {}: {}",
                    path.display(),
                    crate::opts::oserror::describe(&e)
                )
            })?;
            for line in text.lines() {
                let line = line.trim_start();
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                match line.split_once('=') {
                    Some((k, v)) => file_vars.insert(k.to_string(), json!(v)),
                    None => file_vars.insert(line.to_string(), Value::Null),
                };
            }
        }
    }
    update_env(&mut env, file_vars, lookup);
    if let Some(e) = s.get("environment") {
        update_env(&mut env, dict(e, false), lookup);
    }
    if !env.is_empty() || s.contains_key("environment") {
        s.insert("environment".into(), Value::Object(env));
    }
    if let Some(files) = s.get("env_file").map(list) {
        s.insert("env_file".into(), files);
    }
    for key in ["labels", "sysctls"] {
        if let Some(v) = s.get(key) {
            let d = dict(v, true);
            s.insert(key.into(), Value::Object(d));
        }
    }
    if let Some(Value::Object(d)) = s.get_mut("deploy") {
        if let Some(v) = d.get("labels") {
            let m = dict(v, true);
            d.insert("labels".into(), Value::Object(m));
        }
    }
    for key in ["command", "entrypoint"] {
        if let Some(Value::String(c)) = s.get(key) {
            let words = crate::commands::service::spec::shlex(c).map_err(|e| e.to_string())?;
            s.insert(key.into(), json!(words));
        }
    }
    for key in ["dns", "dns_search", "tmpfs"] {
        if let Some(v) = s.get(key) {
            let l = list(v);
            s.insert(key.into(), l);
        }
    }
    if let Some(h) = s.get("extra_hosts") {
        s.insert("extra_hosts".into(), json!(hosts(h)));
    }
    if let Some(Value::Object(h)) = s.get_mut("healthcheck") {
        if let Some(Value::String(t)) = h.get("test") {
            let t = json!(["CMD-SHELL", t]);
            h.insert("test".into(), t);
        }
    }
    if let Some(Value::Array(nets)) = s.get("networks") {
        let m: Map<String, Value> = nets
            .iter()
            .filter_map(|n| n.as_str().map(|n| (n.to_string(), Value::Null)))
            .collect();
        s.insert("networks".into(), Value::Object(m));
    }
    for key in ["secrets", "configs"] {
        if let Some(Value::Array(items)) = s.get_mut(key) {
            for it in items.iter_mut() {
                if let Value::String(src) = it {
                    *it = json!({ "source": src });
                }
            }
        }
    }
    if let Some(Value::Array(items)) = s.get("ports") {
        let mut out = Vec::new();
        for it in items {
            match it {
                Value::Object(_) => out.push(it.clone()),
                other => {
                    let text = scalar_text(other).unwrap_or_default();
                    let (ports, warnings) = crate::opts::service::compose_port_configs(&text)
                        .map_err(|e| format!("service {name}: {e}"))?;
                    warnings.iter().for_each(|w| super::warn(w));
                    for p in ports {
                        let mut v =
                            json!({"mode": p.mode, "target": p.target, "protocol": p.protocol});
                        if p.published != 0 {
                            v["published"] = json!(p.published);
                        }
                        out.push(v);
                    }
                }
            }
        }
        s.insert("ports".into(), json!(out));
    }
    if let Some(Value::Array(items)) = s.get_mut("volumes") {
        for it in items.iter_mut() {
            if let Value::String(spec) = it {
                *it = short_volume(spec);
            }
            // docker's resolveVolumePaths: `~` is $HOME, a relative source starts at `dir`.
            if it.get("type").and_then(Value::as_str) == Some("bind") {
                if let Some(Value::String(src)) = it.get("source").cloned() {
                    let src = match (src.strip_prefix('~'), lookup("HOME")) {
                        (Some(rest), Some(home)) => format!("{home}{rest}"),
                        _ => src,
                    };
                    it["source"] = json!(join(dir, &src));
                }
            }
        }
    }
    Ok(())
}

/// docker's `transformHostsList`: a map as sorted `host:ip`, list entries with `=` or `:`
/// as `host:ip`, brackets around an IP removed.
fn hosts(v: &Value) -> Vec<String> {
    let pairs: Vec<String> = match v {
        Value::Object(m) => {
            let mut l: Vec<String> = m
                .iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| format!("{k}:{}", scalar_text(v).unwrap_or_default()))
                .collect();
            l.sort();
            l
        }
        Value::Array(a) => a
            .iter()
            .filter_map(|e| {
                let e = scalar_text(e).unwrap_or_default();
                e.split_once('=')
                    .or_else(|| e.split_once(':'))
                    .map(|(k, v)| format!("{k}:{v}"))
            })
            .collect(),
        _ => Vec::new(),
    };
    pairs
        .into_iter()
        .map(|hip| {
            let (host, ip) = hip.split_once(':').unwrap_or((&hip, ""));
            let ip = if ip.len() > 2 && ip.starts_with('[') && ip.ends_with(']') {
                &ip[1..ip.len() - 1]
            } else {
                ip
            };
            format!("{host}:{ip}")
        })
        .collect()
}

/// `[SOURCE:]TARGET[:MODE]`: a source that is a path makes a bind mount (relative to `dir`),
/// a name a volume; no source an anonymous volume.
fn short_volume(spec: &str) -> Value {
    let parts: Vec<&str> = spec.split(':').collect();
    let (source, target, mode) = match parts.as_slice() {
        [t] => ("", *t, ""),
        [s, t] => (*s, *t, ""),
        [s, t, m, ..] => (*s, *t, *m),
        [] => ("", "", ""),
    };
    let mut v = json!({"target": target});
    if source.is_empty() {
        v["type"] = json!("volume");
    } else if source.starts_with('/') || source.starts_with('.') || source.starts_with('~') {
        v["type"] = json!("bind");
        v["source"] = json!(source);
    } else {
        v["type"] = json!("volume");
        v["source"] = json!(source);
    }
    for m in mode.split(',') {
        match m {
            "ro" => v["read_only"] = json!(true),
            "nocopy" => v["volume"] = json!({"nocopy": true}),
            "" | "rw" => {}
            p => v["bind"] = json!({"propagation": p}),
        }
    }
    v
}
