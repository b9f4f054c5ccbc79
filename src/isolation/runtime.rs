//! What kind of isolation a registered OCI runtime gives, judged from its name, path and type.

use serde_json::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Class {
    /// Namespaces on the host kernel (runc, crun, youki): process isolation.
    Namespace,
    /// A user-space kernel (gVisor's runsc): the workload never reaches the host kernel.
    Sandbox,
    /// A utility VM per container (Kata, krun): its own kernel.
    Vm,
}

impl Class {
    /// The `TYPE` column of `compute ls`.
    pub fn compute_type(self) -> &'static str {
        match self {
            Class::Namespace => "Container",
            Class::Sandbox => "Sandbox",
            Class::Vm => "VirtualMachine",
        }
    }

    pub fn isolation(self) -> &'static str {
        match self {
            Class::Namespace => "process",
            Class::Sandbox | Class::Vm => "hyperv",
        }
    }
}

/// One runtime as the daemon's `/info` lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Runtime {
    pub name: String,
    pub path: String,
    pub runtime_type: String,
}

impl Runtime {
    pub fn class(&self) -> Class {
        classify(&self.name, &self.path, &self.runtime_type)
    }

    /// The short owner name shown by `compute ls` (runc, runsc, kata, ...).
    pub fn owner(&self) -> String {
        let base = |s: &str| s.rsplit('/').next().unwrap_or(s).to_string();
        if !self.path.is_empty() {
            let b = base(&self.path);
            if b.starts_with("containerd-shim-kata") {
                return "kata".into();
            }
            return b;
        }
        if self.runtime_type.contains("kata") {
            return "kata".into();
        }
        if self.runtime_type.contains("runsc") {
            return "runsc".into();
        }
        self.name.clone()
    }
}

/// Classifies a runtime by the words in its name, path or runtimeType.
pub fn classify(name: &str, path: &str, runtime_type: &str) -> Class {
    let words = [name, path, runtime_type].map(|s| s.to_ascii_lowercase());
    let any = |needle: &str| words.iter().any(|w| w.contains(needle));
    if any("kata") || any("krun") || any("firecracker") || any("clh") || any("qemu") {
        Class::Vm
    } else if any("runsc") || any("gvisor") {
        Class::Sandbox
    } else {
        Class::Namespace
    }
}

/// The runtimes a daemon's `/info` lists, sorted by name.
pub fn from_info(info: &Value) -> Vec<Runtime> {
    let mut out: Vec<Runtime> = info
        .get("Runtimes")
        .and_then(Value::as_object)
        .map(|m| {
            m.iter()
                .map(|(name, v)| Runtime {
                    name: name.clone(),
                    path: v
                        .get("path")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_string(),
                    runtime_type: v
                        .get("runtimeType")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_string(),
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_known_runtimes() {
        assert_eq!(classify("runc", "runc", ""), Class::Namespace);
        assert_eq!(
            classify("io.containerd.runc.v2", "runc", ""),
            Class::Namespace
        );
        assert_eq!(classify("crun", "/usr/bin/crun", ""), Class::Namespace);
        assert_eq!(classify("runsc", "/usr/bin/runsc", ""), Class::Sandbox);
        assert_eq!(
            classify("gvisor", "", "io.containerd.runsc.v1"),
            Class::Sandbox
        );
        assert_eq!(classify("kata", "", "io.containerd.kata.v2"), Class::Vm);
        assert_eq!(
            classify("vm", "/opt/kata/bin/containerd-shim-kata-v2", ""),
            Class::Vm
        );
        assert_eq!(classify("krun", "/usr/bin/krun", ""), Class::Vm);
    }

    #[test]
    fn reads_runtimes_from_info() {
        let info: Value = serde_json::json!({"Runtimes": {
            "runsc": {"path": "/usr/bin/runsc", "runtimeArgs": ["--network=host"]},
            "runc": {"path": "runc"},
            "kata": {"runtimeType": "io.containerd.kata.v2"}
        }});
        let r = from_info(&info);
        assert_eq!(
            r.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(),
            ["kata", "runc", "runsc"]
        );
        assert_eq!(r[0].class(), Class::Vm);
        assert_eq!(r[0].owner(), "kata");
        assert_eq!(r[2].owner(), "runsc");
    }
}
