//! The record of a conversion, kept on the daemon rather than in memory: a small volume named
//! `hvdock-convert-<original id>` whose labels (immutable once created) say which container is
//! being converted, to what, in which run state it was, and which layer image the conversion
//! may have committed. Together with what exists — the original (under its name or set aside as
//! `NAME-hvdock-old-<id12>`), a replacement labelled `io.hvdock.converted-from=<original id>`,
//! the layer image — it tells any hvdock process on the same endpoint how far the conversion got,
//! so it can finish it or roll it back.

use std::collections::BTreeMap;

use serde_json::Value;

/// Marks the journal volume.
pub const LABEL_KIND: &str = "io.hvdock.convert";
pub const KIND_JOURNAL: &str = "journal";
const LABEL_NAME: &str = "io.hvdock.convert.name";
const LABEL_FROM: &str = "io.hvdock.convert.from";
const LABEL_LEVEL: &str = "io.hvdock.convert.isolation";
const LABEL_RUNTIME: &str = "io.hvdock.convert.runtime";
const LABEL_STATE: &str = "io.hvdock.convert.state";
const LABEL_LAYER: &str = "io.hvdock.convert.layer";
const LABEL_OLD_LAYER: &str = "io.hvdock.convert.old-layer";
const LABEL_OWNER: &str = "io.hvdock.convert.owner";

/// The prefix of every journal volume's name.
pub const VOLUME_PREFIX: &str = "hvdock-convert-";
/// What a set-aside original's name holds.
pub const ASIDE_MARK: &str = "-hvdock-old-";

/// The run state the original had, restored exactly whichever way the conversion ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunState {
    Running,
    Paused,
    Stopped,
}

impl RunState {
    pub fn of(inspect: &Value) -> RunState {
        let flag = |k: &str| inspect["State"][k].as_bool().unwrap_or(false);
        if flag("Paused") {
            RunState::Paused
        } else if flag("Running") || flag("Restarting") {
            RunState::Running
        } else {
            RunState::Stopped
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            RunState::Running => "running",
            RunState::Paused => "paused",
            RunState::Stopped => "stopped",
        }
    }

    fn parse(s: &str) -> Option<RunState> {
        match s {
            "running" => Some(RunState::Running),
            "paused" => Some(RunState::Paused),
            "stopped" => Some(RunState::Stopped),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Journal {
    /// The container's name (without the leading `/`).
    pub name: String,
    /// The original's full ID.
    pub from: String,
    /// The target level (`process` or `hyperv`).
    pub level: String,
    /// The runtime chosen for the target (empty on Windows).
    pub runtime: String,
    pub state: RunState,
    /// The image the writable layer is committed to, if it has changes.
    pub layer: String,
    /// The original's own image when it is a layer of an earlier conversion (untagged at the end).
    pub old_layer: String,
    /// `<host> <pid> <start time>` of the hvdock process that began it.
    pub owner: String,
}

impl Journal {
    pub fn volume(&self) -> String {
        volume_name(&self.from)
    }

    pub fn short(&self) -> &str {
        &self.from[..self.from.len().min(12)]
    }

    /// The name the original is set aside under while the replacement takes its name.
    pub fn aside(&self) -> String {
        format!("{}{ASIDE_MARK}{}", self.name, self.short())
    }

    pub fn labels(&self) -> BTreeMap<String, String> {
        [
            (LABEL_KIND, KIND_JOURNAL),
            (LABEL_NAME, &self.name),
            (LABEL_FROM, &self.from),
            (LABEL_LEVEL, &self.level),
            (LABEL_RUNTIME, &self.runtime),
            (LABEL_STATE, self.state.as_str()),
            (LABEL_LAYER, &self.layer),
            (LABEL_OLD_LAYER, &self.old_layer),
            (LABEL_OWNER, &self.owner),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
    }

    /// Reads a journal back from a volume's JSON (`GET /volumes/{name}` or a list entry).
    pub fn from_volume(v: &Value) -> Option<Journal> {
        let l = &v["Labels"];
        if l[LABEL_KIND] != KIND_JOURNAL {
            return None;
        }
        let s = |k: &str| l[k].as_str().unwrap_or_default().to_string();
        let j = Journal {
            name: s(LABEL_NAME),
            from: s(LABEL_FROM),
            level: s(LABEL_LEVEL),
            runtime: s(LABEL_RUNTIME),
            state: RunState::parse(&s(LABEL_STATE))?,
            layer: s(LABEL_LAYER),
            old_layer: s(LABEL_OLD_LAYER),
            owner: s(LABEL_OWNER),
        };
        let named_for_it = v["Name"].as_str() == Some(volume_name(&j.from).as_str());
        (named_for_it && !j.name.is_empty() && j.from.len() >= 12).then_some(j)
    }

    /// Does `reference` (a name or an ID prefix, as a user types it) name this conversion?
    pub fn matches(&self, reference: &str) -> bool {
        let r = reference.trim_start_matches('/');
        // An ID prefix counts from 12 digits on: a short name must never pick another container's
        // conversion by chance.
        !r.is_empty()
            && (r == self.name || r == self.aside() || (r.len() >= 12 && self.from.starts_with(r)))
    }
}

pub fn volume_name(original_id: &str) -> String {
    format!("{VOLUME_PREFIX}{original_id}")
}

/// The image repository for a container's committed layer. Container names allow capitals, `_`,
/// `.` and `-` in any order; a repository path component must be lowercase and may only hold
/// `.`, `_`, `__` or runs of `-` between alphanumerics. So every separator becomes `-`, and
/// trailing ones go.
pub fn layer_repository(name: &str) -> String {
    let mut s: String = name
        .trim_start_matches('/')
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .take(128)
        .collect();
    while s.ends_with('-') {
        s.pop();
    }
    let s = s.trim_start_matches('-');
    let s = if s.is_empty() { "container" } else { s };
    format!("hvdock-layer/{s}")
}

/// `hvdock-layer/<name>:<id12>`.
pub fn layer_ref(name: &str, original_id: &str) -> String {
    format!(
        "{}:{}",
        layer_repository(name),
        &original_id[..original_id.len().min(12)]
    )
}

/// Identifies this process: host name, pid, and its start time (so a reused pid is not taken
/// for the same process).
pub fn this_process() -> String {
    let pid = std::process::id();
    format!(
        "{} {pid} {}",
        hostname(),
        start_time(pid).unwrap_or_default()
    )
}

/// Is the process that wrote `owner` still running (on this host)? A process on another host
/// cannot be checked and counts as gone.
pub fn owner_alive(owner: &str) -> bool {
    let mut parts = owner.split(' ');
    let (Some(host), Some(pid), Some(start)) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let Ok(pid) = pid.parse::<u32>() else {
        return false;
    };
    host == hostname() && pid != std::process::id() && start_time(pid).as_deref() == Some(start)
}

fn hostname() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|s| s.trim().to_string())
        .unwrap_or_default()
}

/// Field 22 of /proc/PID/stat (after the parenthesised command, which may hold spaces).
fn start_time(pid: u32) -> Option<String> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let rest = &stat[stat.rfind(')')? + 1..];
    rest.split_whitespace().nth(19).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn layer_repositories_are_valid_for_every_container_name() {
        assert_eq!(layer_repository("hvc-z_"), "hvdock-layer/hvc-z");
        assert_eq!(layer_repository("/Web.App__1"), "hvdock-layer/web-app--1");
        assert_eq!(layer_repository("a"), "hvdock-layer/a");
        assert_eq!(
            layer_ref("x_", &"f".repeat(64)),
            "hvdock-layer/x:ffffffffffff"
        );
        assert!(layer_repository(&"a".repeat(300)).len() <= 128 + 13);
    }

    #[test]
    fn round_trips_through_volume_labels() {
        let j = Journal {
            name: "web".into(),
            from: "0123456789abcdef".repeat(4),
            level: "hyperv".into(),
            runtime: "runsc".into(),
            state: RunState::Paused,
            layer: "hvdock-layer/web:0123456789ab".into(),
            old_layer: String::new(),
            owner: this_process(),
        };
        let v = json!({"Name": j.volume(), "Labels": j.labels()});
        assert_eq!(Journal::from_volume(&v), Some(j.clone()));
        assert!(
            j.matches("web")
                && j.matches("0123456789ab")
                && j.matches("web-hvdock-old-0123456789ab")
        );
        assert!(!j.matches("we") && !j.matches("") && !j.matches("0123"));
        // Another volume with the same labels is not the journal.
        assert_eq!(
            Journal::from_volume(&json!({"Name": "x", "Labels": j.labels()})),
            None
        );
        assert!(
            !owner_alive(&this_process()),
            "our own process is not another owner"
        );
        assert!(!owner_alive("otherhost 1 1"));
    }

    #[test]
    fn run_states() {
        let st = |s: Value| RunState::of(&json!({ "State": s }));
        assert_eq!(
            st(json!({"Running": true, "Paused": true})),
            RunState::Paused
        );
        assert_eq!(st(json!({"Running": true})), RunState::Running);
        assert_eq!(st(json!({"Running": false})), RunState::Stopped);
    }
}
