//! Everything isolation: what `process` and `hyperv` mean on the daemon at hand, which runtime
//! backs each, and (in submodules) seeing, converting and proving it.

pub mod convert;
pub mod daemon;
pub mod effective;
pub mod evidence;
pub mod host;
pub mod journal;
pub mod placement;
pub mod plan;
pub mod runtime;
pub mod service_placement;

use serde_json::Value;

pub use runtime::{Class, Runtime};

/// The environment variable that picks the `hyperv` runtime among several qualifying ones.
pub const HYPERV_RUNTIME_ENV: &str = "HVDOCK_HYPERV_RUNTIME";
/// The hvdock settings file beside docker's config.json (docker rewrites config.json and drops
/// keys it does not know, so hvdock keeps its own).
pub const SETTINGS_FILE: &str = "hvdock.json";

/// How one isolation level is provided by a daemon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Backing {
    /// Windows: `HostConfig.Isolation` carries the level; the host compute service provides it.
    Windows,
    /// Linux: an OCI runtime provides it.
    Runtime(Runtime),
}

/// What a daemon can provide, decided from its `/info`.
#[derive(Debug, Clone)]
pub struct Capabilities {
    pub os_type: String,
    pub default_runtime: String,
    pub runtimes: Vec<Runtime>,
    pub process: Option<Backing>,
    pub hyperv: Option<Backing>,
    /// Windows: the daemon's default isolation.
    pub default_isolation: String,
}

/// The user's choice of `hyperv` runtime: `HVDOCK_HYPERV_RUNTIME`, else `hypervRuntime` in
/// `$DOCKER_CONFIG/hvdock.json`.
pub fn preferred_hyperv_runtime(config_dir: &std::path::Path) -> Option<String> {
    if let Some(v) = std::env::var(HYPERV_RUNTIME_ENV)
        .ok()
        .filter(|v| !v.is_empty())
    {
        return Some(v);
    }
    let bytes = std::fs::read(config_dir.join(SETTINGS_FILE)).ok()?;
    let v: Value = serde_json::from_slice(&bytes).ok()?;
    v.get("hypervRuntime")
        .and_then(Value::as_str)
        .map(str::to_string)
}

impl Capabilities {
    pub fn from_info(info: &Value, preferred: Option<&str>) -> Capabilities {
        let s = |k: &str| {
            info.get(k)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        };
        let os_type = s("OSType");
        let runtimes = runtime::from_info(info);
        let default_runtime = s("DefaultRuntime");
        if os_type == "windows" {
            return Capabilities {
                os_type,
                default_runtime,
                runtimes,
                process: Some(Backing::Windows),
                hyperv: Some(Backing::Windows),
                default_isolation: s("Isolation"),
            };
        }
        // process: runc when registered, else the default runtime when it is namespace-based,
        // else any namespace runtime.
        let process = runtimes
            .iter()
            .find(|r| r.name == "runc")
            .or_else(|| {
                runtimes
                    .iter()
                    .find(|r| r.name == default_runtime && r.class() == Class::Namespace)
            })
            .or_else(|| runtimes.iter().find(|r| r.class() == Class::Namespace))
            .cloned()
            .map(Backing::Runtime);
        let hyperv = Self::pick_hyperv(&runtimes, preferred).map(Backing::Runtime);
        Capabilities {
            os_type,
            default_runtime,
            runtimes,
            process,
            hyperv,
            default_isolation: String::new(),
        }
    }

    /// A VM runtime first (kata family), else gVisor; a preferred name wins when it qualifies.
    fn pick_hyperv(runtimes: &[Runtime], preferred: Option<&str>) -> Option<Runtime> {
        if let Some(p) = preferred {
            if let Some(r) = runtimes
                .iter()
                .find(|r| r.name == p && r.class() != Class::Namespace)
            {
                return Some(r.clone());
            }
        }
        runtimes
            .iter()
            .filter(|r| r.class() != Class::Namespace)
            .max_by(|a, b| a.class().cmp(&b.class()).then_with(|| b.name.cmp(&a.name)))
            .cloned()
    }

    /// The isolation the daemon gives a container that asks for nothing.
    pub fn default_level(&self) -> &str {
        if self.os_type == "windows" {
            return if self.default_isolation.is_empty() {
                "process"
            } else {
                &self.default_isolation
            };
        }
        self.runtimes
            .iter()
            .find(|r| r.name == self.default_runtime)
            .map(|r| r.class().isolation())
            .unwrap_or("process")
    }

    /// "runc", "runsc (gVisor sandbox)", "kata (VM)", "Windows host compute service".
    pub fn describe(b: &Backing) -> String {
        match b {
            Backing::Windows => "Windows host compute service".into(),
            Backing::Runtime(r) => match r.class() {
                Class::Namespace => format!("{} (namespaces, shared kernel)", r.name),
                Class::Sandbox => format!("{} (gVisor sandbox, own kernel)", r.name),
                Class::Vm => format!("{} (utility VM, own kernel)", r.name),
            },
        }
    }

    /// JSON for `info --format '{{json .IsolationModes}}'`.
    pub fn to_json(&self) -> Value {
        let one = |b: &Option<Backing>| match b {
            None => Value::Null,
            Some(Backing::Windows) => serde_json::json!({"Runtime": "", "Provider": "hcs"}),
            Some(Backing::Runtime(r)) => serde_json::json!({
                "Runtime": r.name,
                "Provider": r.class().compute_type(),
            }),
        };
        serde_json::json!({
            "Default": self.default_level(),
            "process": one(&self.process),
            "hyperv": one(&self.hyperv),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(runtimes: Value, default: &str) -> Value {
        serde_json::json!({"OSType": "linux", "DefaultRuntime": default, "Runtimes": runtimes})
    }

    fn runtime_name(b: &Option<Backing>) -> Option<&str> {
        match b {
            Some(Backing::Runtime(r)) => Some(&r.name),
            _ => None,
        }
    }

    #[test]
    fn prefers_vm_then_gvisor_and_honours_choice() {
        let rts = serde_json::json!({"runc": {"path": "runc"}, "runsc": {"path": "/usr/bin/runsc"},
                                     "kata": {"runtimeType": "io.containerd.kata.v2"}});
        let c = Capabilities::from_info(&info(rts.clone(), "runc"), None);
        assert_eq!(runtime_name(&c.process), Some("runc"));
        assert_eq!(runtime_name(&c.hyperv), Some("kata"));
        let c = Capabilities::from_info(&info(rts, "runc"), Some("runsc"));
        assert_eq!(runtime_name(&c.hyperv), Some("runsc"));
    }

    #[test]
    fn no_sandbox_means_no_hyperv() {
        let c = Capabilities::from_info(
            &info(serde_json::json!({"runc": {"path": "runc"}}), "runc"),
            Some("runc"),
        );
        assert!(c.hyperv.is_none());
        assert_eq!(c.default_level(), "process");
    }

    #[test]
    fn windows_uses_host_isolation() {
        let c = Capabilities::from_info(
            &serde_json::json!({"OSType": "windows", "Isolation": "hyperv"}),
            None,
        );
        assert_eq!(c.hyperv, Some(Backing::Windows));
        assert_eq!(c.default_level(), "hyperv");
    }
}
