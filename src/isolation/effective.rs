//! The isolation a container actually has, for containers made by any client: from its runtime
//! on Linux, from `HostConfig.Isolation` on Windows.

use serde_json::Value;

use super::runtime::{classify, Class, Runtime};

/// The runtime class of a container, from its inspect JSON (the daemon's runtime list refines
/// the judgement by path and runtimeType when given).
pub fn class(inspect: &Value, runtimes: &[Runtime], default_runtime: &str) -> Class {
    let name = inspect
        .pointer("/HostConfig/Runtime")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .unwrap_or(default_runtime);
    match runtimes.iter().find(|r| r.name == name) {
        Some(r) => r.class(),
        None => classify(name, "", ""),
    }
}

/// `process` or `hyperv`.
pub fn level(
    inspect: &Value,
    os_type: &str,
    runtimes: &[Runtime],
    default_runtime: &str,
    default_isolation: &str,
) -> &'static str {
    if os_type == "windows" {
        let iso = inspect
            .pointer("/HostConfig/Isolation")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_ascii_lowercase();
        let iso = if iso.is_empty() || iso == "default" {
            default_isolation.to_ascii_lowercase()
        } else {
            iso
        };
        return if iso == "hyperv" { "hyperv" } else { "process" };
    }
    class(inspect, runtimes, default_runtime).isolation()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn derives_from_runtime_or_host_isolation() {
        let rts = vec![Runtime {
            name: "vm".into(),
            path: String::new(),
            runtime_type: "io.containerd.kata.v2".into(),
        }];
        assert_eq!(
            level(
                &json!({"HostConfig": {"Runtime": "runsc"}}),
                "linux",
                &[],
                "runc",
                ""
            ),
            "hyperv"
        );
        assert_eq!(
            level(
                &json!({"HostConfig": {"Runtime": "runc"}}),
                "linux",
                &[],
                "runc",
                ""
            ),
            "process"
        );
        assert_eq!(
            level(
                &json!({"HostConfig": {"Runtime": "vm"}}),
                "linux",
                &rts,
                "runc",
                ""
            ),
            "hyperv"
        );
        assert_eq!(
            level(&json!({"HostConfig": {}}), "linux", &[], "runsc", ""),
            "hyperv"
        );
        assert_eq!(
            level(
                &json!({"HostConfig": {"Isolation": "HyperV"}}),
                "windows",
                &[],
                "",
                "process"
            ),
            "hyperv"
        );
        assert_eq!(
            level(
                &json!({"HostConfig": {"Isolation": ""}}),
                "windows",
                &[],
                "",
                "hyperv"
            ),
            "hyperv"
        );
    }
}
