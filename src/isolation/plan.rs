//! Turning `--isolation` (and `--runtime`) into what the create request carries on the daemon at
//! hand: `HostConfig.Isolation` on Windows, a runtime choice on Linux, and hvdock's labels.

use super::{Backing, Capabilities, Class};

/// The label recording what was asked for (`process` or `hyperv`).
pub const LABEL_ISOLATION: &str = "io.hvdock.isolation";
/// The label recording what backs it (the runtime name, or `hcs` on Windows).
pub const LABEL_RUNTIME: &str = "io.hvdock.runtime";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Default,
    Process,
    Hyperv,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Default => "default",
            Level::Process => "process",
            Level::Hyperv => "hyperv",
        }
    }
}

/// Parses `--isolation`, case-insensitively as docker does.
pub fn parse(value: &str) -> Result<Level, String> {
    match value.trim().to_ascii_lowercase().as_str() {
        "" | "default" => Ok(Level::Default),
        "process" => Ok(Level::Process),
        "hyperv" => Ok(Level::Hyperv),
        _ => Err(format!(
            "invalid isolation {value:?}: valid values are \"default\", \"process\" and \"hyperv\""
        )),
    }
}

/// What to put in the create request.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Decision {
    /// `HostConfig.Isolation` (Windows only; empty on Linux, which rejects anything else).
    pub host_isolation: String,
    /// `HostConfig.Runtime`, when isolation picks one.
    pub runtime: Option<String>,
    pub labels: Vec<(String, String)>,
}

fn registered(caps: &Capabilities) -> String {
    let names: Vec<&str> = caps.runtimes.iter().map(|r| r.name.as_str()).collect();
    if names.is_empty() {
        "none".into()
    } else {
        names.join(", ")
    }
}

/// Decides how `level` is provided. `runtime` is an explicit `--runtime`; `preferred` is the
/// user's configured choice of hyperv runtime (`HVDOCK_HYPERV_RUNTIME` / hvdock.json).
pub fn decide(
    caps: &Capabilities,
    level: Level,
    runtime: Option<&str>,
    preferred: Option<&str>,
) -> Result<Decision, String> {
    if caps.os_type == "windows" {
        return Ok(Decision {
            host_isolation: level.as_str().to_string(),
            runtime: runtime.map(str::to_string),
            labels: vec![
                (LABEL_ISOLATION.into(), level.as_str().into()),
                (LABEL_RUNTIME.into(), "hcs".into()),
            ],
        });
    }
    let explicit_class = runtime.map(|name| {
        caps.runtimes
            .iter()
            .find(|r| r.name == name)
            .map(|r| r.class())
            .unwrap_or_else(|| super::runtime::classify(name, "", ""))
    });
    let chosen = match level {
        Level::Default => {
            return Ok(Decision {
                runtime: runtime.map(str::to_string),
                ..Decision::default()
            })
        }
        Level::Process => {
            if let (Some(name), Some(class)) = (runtime, explicit_class) {
                if class != Class::Namespace {
                    return Err(format!(
                        "conflicting options: --runtime={name} gives kernel-level (hyperv) isolation, not process isolation"
                    ));
                }
                name.to_string()
            } else {
                match &caps.process {
                    Some(Backing::Runtime(r)) => r.name.clone(),
                    _ => {
                        return Err(format!(
                            "isolation \"process\" needs a namespace runtime such as runc, and this daemon has none registered (runtimes: {})",
                            registered(caps)
                        ))
                    }
                }
            }
        }
        Level::Hyperv => {
            if let (Some(name), Some(class)) = (runtime, explicit_class) {
                if class == Class::Namespace {
                    return Err(format!(
                        "conflicting options: --runtime={name} shares the host kernel (process isolation), not hyperv isolation"
                    ));
                }
                name.to_string()
            } else if let Some(p) = preferred {
                match caps.runtimes.iter().find(|r| r.name == p) {
                    Some(r) if r.class() != Class::Namespace => r.name.clone(),
                    Some(_) => {
                        return Err(format!(
                            "the configured hyperv runtime {p:?} shares the host kernel; choose a sandbox or VM runtime (registered: {})",
                            registered(caps)
                        ))
                    }
                    None => {
                        return Err(format!(
                            "the configured hyperv runtime {p:?} is not registered with this daemon (registered: {}); hvdock never falls back to a shared-kernel runtime",
                            registered(caps)
                        ))
                    }
                }
            } else {
                match &caps.hyperv {
                    Some(Backing::Runtime(r)) => r.name.clone(),
                    _ => return Err(no_hyperv(caps)),
                }
            }
        }
    };
    Ok(Decision {
        host_isolation: String::new(),
        runtime: Some(chosen.clone()),
        labels: vec![
            (LABEL_ISOLATION.into(), level.as_str().into()),
            (LABEL_RUNTIME.into(), chosen),
        ],
    })
}

/// The fail-closed message when a Linux daemon has no sandbox or VM runtime.
pub fn no_hyperv(caps: &Capabilities) -> String {
    format!(
        "isolation \"hyperv\" needs a runtime that gives the container its own kernel, and this daemon has none registered (runtimes: {}).\n\
         Register one in /etc/docker/daemon.json and reload dockerd, e.g.\n  \
         \"runtimes\": {{\"kata\": {{\"runtimeType\": \"io.containerd.kata.v2\"}}}}   (Kata Containers: a utility VM per container)\n  \
         \"runtimes\": {{\"runsc\": {{\"path\": \"/usr/bin/runsc\"}}}}               (gVisor: a user-space kernel)\n\
         hvdock never falls back to a shared-kernel runtime.",
        registered(caps)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn linux(runtimes: serde_json::Value) -> Capabilities {
        Capabilities::from_info(
            &json!({"OSType": "linux", "DefaultRuntime": "runc", "Runtimes": runtimes}),
            None,
        )
    }

    #[test]
    fn parses_case_insensitively() {
        assert_eq!(parse("HyperV"), Ok(Level::Hyperv));
        assert_eq!(parse("PROCESS"), Ok(Level::Process));
        assert_eq!(parse("default"), Ok(Level::Default));
        let e = parse("vm").unwrap_err();
        assert!(e.contains("\"default\", \"process\" and \"hyperv\""), "{e}");
    }

    #[test]
    fn linux_hyperv_picks_sandbox_and_labels_it() {
        let caps = linux(json!({"runc": {"path": "runc"}, "runsc": {"path": "/usr/bin/runsc"}}));
        let d = decide(&caps, Level::Hyperv, None, None).unwrap();
        assert_eq!(d.runtime.as_deref(), Some("runsc"));
        assert_eq!(d.host_isolation, "");
        assert!(d.labels.contains(&(LABEL_RUNTIME.into(), "runsc".into())));
        let d = decide(&caps, Level::Process, None, None).unwrap();
        assert_eq!(d.runtime.as_deref(), Some("runc"));
    }

    #[test]
    fn linux_hyperv_fails_closed() {
        let caps = linux(json!({"runc": {"path": "runc"}}));
        let e = decide(&caps, Level::Hyperv, None, None).unwrap_err();
        assert!(e.contains("none registered (runtimes: runc)"), "{e}");
        let caps = linux(json!({"runc": {"path": "runc"}, "runsc": {"path": "/usr/bin/runsc"}}));
        let e = decide(&caps, Level::Hyperv, None, Some("kata")).unwrap_err();
        assert!(e.contains("not registered"), "{e}");
    }

    #[test]
    fn contradicting_runtime_is_an_error() {
        let caps = linux(json!({"runc": {"path": "runc"}, "runsc": {"path": "/usr/bin/runsc"}}));
        assert!(decide(&caps, Level::Hyperv, Some("runc"), None).is_err());
        assert!(decide(&caps, Level::Process, Some("runsc"), None).is_err());
        assert_eq!(
            decide(&caps, Level::Hyperv, Some("runsc"), None)
                .unwrap()
                .runtime
                .as_deref(),
            Some("runsc")
        );
    }

    #[test]
    fn windows_sets_host_isolation_only() {
        let caps =
            Capabilities::from_info(&json!({"OSType": "windows", "Isolation": "process"}), None);
        let d = decide(&caps, Level::Hyperv, None, None).unwrap();
        assert_eq!(d.host_isolation, "hyperv");
        assert_eq!(d.runtime, None);
    }
}
