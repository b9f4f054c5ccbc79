//! The compose file loader of `stack deploy`: files read (`-` is stdin), parsed as go-yaml v3
//! would (yaml.rs), checked for forbidden keys, interpolated (interpolate.rs), validated
//! (schema.rs), normalized (normalize.rs) and merged in order (merge.rs); convert.rs turns the
//! result into Engine API bodies.

pub mod convert;
mod emit;
pub mod interpolate;
mod merge;
pub mod normalize;
pub mod schema;
pub mod typed;
pub mod yaml;

use std::io::Read;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

/// The merged configuration and the warnings docker prints while loading.
pub struct Loaded {
    pub config: Map<String, Value>,
    pub warnings: String,
    /// The first file's version, as docker normalises it (`3` and none are `3.13`).
    pub version: String,
}

const UNSUPPORTED: &[&str] = &[
    "build",
    "cgroupns_mode",
    "cgroup_parent",
    "devices",
    "domainname",
    "external_links",
    "ipc",
    "links",
    "mac_address",
    "network_mode",
    "pid",
    "privileged",
    "restart",
    "security_opt",
    "shm_size",
    "userns_mode",
];

const DEPRECATED: &[(&str, &str)] = &[
    ("container_name", "Setting the container name is not supported."),
    ("expose", "Exposing ports is unnecessary - services on the same network can access each other's containers on any port."),
];

const FORBIDDEN: &[(&str, &str)] = &[
    ("extends", "Support for `extends` is not implemented yet."),
    ("volume_driver", "Instead of setting the volume driver on the service, define a volume using the top-level `volumes` option and specify the driver there."),
    ("volumes_from", "To share a volume between services, define it using the top-level `volumes` option and reference it from each service that shares it using the service-level `volumes` option."),
    ("cpu_quota", "Set resource limits using deploy.resources"),
    ("cpu_shares", "Set resource limits using deploy.resources"),
    ("cpuset", "Set resource limits using deploy.resources"),
    ("mem_limit", "Set resource limits using deploy.resources"),
    ("memswap_limit", "Set resource limits using deploy.resources"),
];

/// A warning as docker's loader logs it (logrus's text format on stderr).
pub fn warn(msg: &str) {
    crate::error::logrus("warning", msg);
}

/// `a >= b` for dotted version numbers (docker's `versions.GreaterThanOrEqualTo`).
fn version_at_least(a: &str, b: &str) -> bool {
    let parts = |s: &str| -> Vec<u64> { s.split('.').map(|p| p.parse().unwrap_or(0)).collect() };
    let (a, b) = (parts(a), parts(b));
    for i in 0..a.len().max(b.len()) {
        let (x, y) = (
            a.get(i).copied().unwrap_or(0),
            b.get(i).copied().unwrap_or(0),
        );
        if x != y {
            return x > y;
        }
    }
    true
}

/// docker's loader on external objects: `external.name` moves to `name` (with its deprecation
/// warning), an unnamed one is named for its key; the conflicts are its errors.
fn externals(d: &mut Map<String, Value>, version: &str) -> Result<(), String> {
    for (section, kind, since) in [
        ("networks", "network", "3.5"),
        ("volumes", "volume", "3.4"),
        ("secrets", "secret", "3.5"),
        ("configs", "config", "3.5"),
    ] {
        let Some(Value::Object(entries)) = d.get_mut(section) else {
            continue;
        };
        for (name, obj) in entries.iter_mut() {
            let Value::Object(o) = obj else { continue };
            let text = |o: &Map<String, Value>, k: &str| {
                o.get(k)
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string()
            };
            let external = match o.get("external") {
                Some(Value::Bool(b)) => *b,
                Some(Value::Object(_)) => true,
                _ => false,
            };
            if !external {
                if matches!(kind, "secret" | "config")
                    && !text(o, "driver").is_empty()
                    && !text(o, "file").is_empty()
                {
                    return Err(format!("{kind} {name}: {kind}.driver and {kind}.file conflict; only use {kind}.driver"));
                }
                continue;
            }
            if kind == "volume" {
                for key in ["driver", "driver_opts", "labels"] {
                    let set = match o.get(key) {
                        Some(Value::String(s)) => !s.is_empty(),
                        Some(Value::Object(m)) => !m.is_empty(),
                        Some(Value::Array(a)) => !a.is_empty(),
                        _ => false,
                    };
                    if set {
                        return Err(format!("conflicting parameters \"external\" and {key:?} specified for volume {name:?}"));
                    }
                }
            }
            let ext_name = o
                .get("external")
                .and_then(|e| e.get("name"))
                .and_then(normalize::scalar_text)
                .unwrap_or_default();
            if !ext_name.is_empty() {
                if !text(o, "name").is_empty() {
                    return Err(format!("{kind} {name}: {kind}.external.name and {kind}.name conflict; only use {kind}.name"));
                }
                if version_at_least(version, since) {
                    warn(&format!(
                        "{kind} {name}: {kind}.external.name is deprecated in favor of {kind}.name"
                    ));
                }
                o.insert("name".into(), Value::String(ext_name));
                o.insert("external".into(), Value::Bool(true));
            } else if text(o, "name").is_empty() {
                o.insert("name".into(), Value::String(name.clone()));
            }
        }
    }
    Ok(())
}

fn services(root: &Map<String, Value>) -> impl Iterator<Item = &Map<String, Value>> {
    root.get("services")
        .and_then(Value::as_object)
        .into_iter()
        .flat_map(|m| m.values())
        .filter_map(Value::as_object)
}

/// `props` found in any service of any file, as `name: description` lines sorted.
fn found(dicts: &[Map<String, Value>], props: &[(&str, &str)]) -> Vec<String> {
    let mut out: Vec<String> = props
        .iter()
        .filter(|(p, _)| {
            dicts
                .iter()
                .any(|d| services(d).any(|s| s.contains_key(*p)))
        })
        .map(|(p, d)| format!("{p}: {d}"))
        .collect();
    out.sort();
    out
}

/// Loads `files` in order for `stack deploy`; `lookup` gives the variables. Errors are
/// docker's messages.
pub fn load(files: &[String], lookup: interpolate::Lookup) -> Result<Loaded, String> {
    if files.is_empty() {
        return Err("Specify a Compose file (with --compose-file)".into());
    }
    let loaded = load_files(files, lookup, true, true)?;
    for (name, s) in loaded
        .config
        .get("services")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let image = s.get("image").and_then(Value::as_str).unwrap_or_default();
        if image.is_empty() {
            return Err(format!(
                "invalid image reference for service {name}: no image specified"
            ));
        }
    }
    Ok(loaded)
}

/// Loads, (unless told not to) interpolates, validates, normalizes and merges `files`, as
/// docker's `loader.Load` does for `stack config` and `stack deploy`. Forbidden keys are
/// listed with their reasons (`stack deploy`) or not (`detail` false: `stack config` prints the
/// error's bare text).
pub fn load_files(
    files: &[String],
    lookup: interpolate::Lookup,
    interpolation: bool,
    detail: bool,
) -> Result<Loaded, String> {
    let cwd = std::env::current_dir().map_err(|e| e.to_string())?;
    let dir: PathBuf = if files.len() == 1 && files[0] == "-" {
        cwd.clone()
    } else {
        cwd.join(&files[0])
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or(cwd)
    };
    let mut dicts = Vec::new();
    for f in files {
        let text = if f == "-" {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .map_err(|e| e.to_string())?;
            s
        } else {
            std::fs::read_to_string(f)
                .map_err(|e| format!("open {f}: {}", crate::opts::oserror::describe(&e)))?
        };
        match yaml::parse(&text)? {
            Value::Object(m) => dicts.push(m),
            _ => return Err("top-level object must be a mapping".into()),
        }
    }
    let version = |d: &Map<String, Value>| match d.get("version").and_then(normalize::scalar_text) {
        None => "3.13".to_string(),
        Some(v) if v.is_empty() || v == "3" => "3.13".to_string(),
        Some(v) => v,
    };
    let first = version(&dicts[0]);
    let mut merged: Option<Map<String, Value>> = None;
    let mut loaded = Vec::new();
    for d in &dicts {
        let v = version(d);
        if v != first {
            return Err(format!(
                "version mismatched between two composefiles : {first} and {v}"
            ));
        }
        let forbidden = found(std::slice::from_ref(d), FORBIDDEN);
        if !forbidden.is_empty() && !detail {
            return Err("Configuration contains forbidden properties".into());
        }
        if !forbidden.is_empty() {
            return Err(format!(
                "Compose file contains unsupported options:\n\n{}\n",
                forbidden.join("\n\n")
            ));
        }
        let mut d = d.clone();
        if interpolation {
            interpolate::config(&mut d, lookup)?;
        }
        if !schema::supported(&first) {
            return Err(format!("unsupported Compose file version: {first}"));
        }
        schema::validate(&d, &first)?;
        normalize::services(&mut d, &dir, lookup)?;
        externals(&mut d, &first)?;
        loaded.push(d.clone());
        merged = Some(match merged {
            None => d,
            Some(base) => merge::files(base, d),
        });
    }
    let config = merged.unwrap_or_default();
    let mut warnings = String::new();
    let mut unsupported: Vec<&str> = UNSUPPORTED
        .iter()
        .copied()
        .filter(|p| {
            dicts
                .iter()
                .any(|d| services(d).any(|s| s.contains_key(*p)))
        })
        .collect();
    unsupported.sort();
    if !unsupported.is_empty() {
        warnings += &format!(
            "Ignoring unsupported options: {}\n\n",
            unsupported.join(", ")
        );
    }
    let deprecated = found(&dicts, DEPRECATED);
    if !deprecated.is_empty() {
        warnings += &format!(
            "Ignoring deprecated options:\n\n{}\n\n",
            deprecated.join("\n\n")
        );
    }
    Ok(Loaded {
        config,
        warnings,
        version: first,
    })
}
