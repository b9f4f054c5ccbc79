//! The compose file loader of `stack deploy`: files read (`-` is stdin), parsed as go-yaml v3
//! would (yaml.rs), checked for forbidden keys, interpolated (interpolate.rs), validated
//! (schema.rs), normalized (normalize.rs) and merged in order (merge.rs); convert.rs turns the
//! result into Engine API bodies.

pub mod convert;
pub mod interpolate;
mod merge;
pub mod normalize;
pub mod schema;
pub mod yaml;

use std::io::Read;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

/// The merged configuration and the warnings docker prints while loading.
pub struct Loaded {
    pub config: Map<String, Value>,
    pub warnings: String,
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

/// Loads `files` in order; `lookup` gives the variables. Errors are docker's messages.
pub fn load(files: &[String], lookup: interpolate::Lookup) -> Result<Loaded, String> {
    if files.is_empty() {
        return Err("Specify a Compose file (with --compose-file)".into());
    }
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
        if !forbidden.is_empty() {
            return Err(format!(
                "compose file contains unsupported options:\n\n{}\n",
                forbidden.join("\n\n")
            ));
        }
        let mut d = d.clone();
        interpolate::config(&mut d, lookup)?;
        schema::validate(&d)?;
        normalize::services(&mut d, &dir)?;
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
    for (name, s) in config
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
    Ok(Loaded { config, warnings })
}
