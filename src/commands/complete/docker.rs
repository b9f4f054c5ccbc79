//! What docker 28 completes where (its cobra `ValidArgsFunction`s and
//! `RegisterFlagCompletionFunc`s in docker/cli's `cli/command/...`): for a command, which live names
//! or fixed values fit its n-th positional and the value of each of its flags. A command docker
//! completes with nothing (`completion.NoComplete`) is listed with no kinds; a command not listed
//! here falls back to its positionals' value names (hvdock's own nouns).

use super::{Ctr, Kind};

/// docker's own command for a root shortcut (`stop` is `container stop`, `rmi` is `image rm`).
pub fn canonical(path: &[String]) -> Vec<String> {
    let words: Vec<&str> = path.iter().map(String::as_str).collect();
    let full: &[&str] = match words.as_slice() {
        ["ps"] => &["container", "ls"],
        ["images"] => &["image", "ls"],
        ["rmi"] => &["image", "rm"],
        [w @ ("build" | "history" | "import" | "load" | "pull" | "push" | "save" | "tag")] => {
            return vec!["image".into(), w.to_string()];
        }
        [w @ ("attach" | "commit" | "cp" | "create" | "diff" | "exec" | "export" | "kill"
        | "logs" | "pause" | "port" | "rename" | "restart" | "rm" | "run" | "start"
        | "stats" | "stop" | "top" | "unpause" | "update" | "wait")] => {
            return vec!["container".into(), w.to_string()];
        }
        _ => return path.to_vec(),
    };
    full.iter().map(|s| s.to_string()).collect()
}

/// What fits positional `index` (0-based) of `path` (canonical), given the positionals before it
/// and the flags given (long names); `None` when docker's table does not list the command.
pub fn positional(
    path: &[String],
    index: usize,
    before: &[String],
    flags: &[String],
) -> Option<Vec<Kind>> {
    let words: Vec<&str> = path.iter().map(String::as_str).collect();
    let first = |k: Kind| if index == 0 { vec![k] } else { Vec::new() };
    let upto = |n: usize, k: Kind| if index < n { vec![k] } else { Vec::new() };
    let running = || vec![Kind::Containers(Ctr::Running)];
    Some(match words.as_slice() {
        ["container", "attach" | "exec" | "pause"] => vec![Kind::Containers(Ctr::Unpaused)],
        ["container", "unpause"] => vec![Kind::Containers(Ctr::Paused)],
        ["container", "start"] => vec![Kind::Containers(Ctr::Stopped)],
        ["container", "rm"] => {
            let force = flags.iter().any(|f| f == "force");
            vec![Kind::Containers(if force {
                Ctr::All
            } else {
                Ctr::Stopped
            })]
        }
        ["container", "commit" | "diff" | "kill" | "port" | "stats" | "stop" | "top" | "wait"] => {
            running()
        }
        ["container", "export" | "inspect" | "logs" | "rename" | "restart" | "update"] => {
            vec![Kind::Containers(Ctr::All)]
        }
        ["container", "run"] => first(Kind::Images),
        ["container", "create"] => vec![Kind::Images],
        ["container", "ls" | "prune"] => Vec::new(),
        ["image", "history" | "push"] => first(Kind::Images),
        ["image", "tag"] => upto(2, Kind::Images),
        ["image", "inspect" | "rm" | "save"] => vec![Kind::Images],
        ["image", "load" | "prune" | "pull" | "ls"] => Vec::new(),
        ["network", "connect" | "disconnect"] => match before.first() {
            None => vec![Kind::Networks],
            Some(net) => vec![Kind::OnNetwork {
                network: net.clone(),
                connected: words[1] == "disconnect",
            }],
        },
        ["network", "inspect" | "rm"] => vec![Kind::Networks],
        ["network", "create" | "ls" | "prune"] => Vec::new(),
        ["volume", "inspect" | "rm" | "update"] => vec![Kind::Volumes],
        ["volume", "create" | "ls" | "prune"] => Vec::new(),
        ["context", "export"] => first(Kind::Contexts),
        ["context", "update" | "use"] => first(Kind::Contexts),
        ["context", "inspect" | "rm"] => vec![Kind::Contexts],
        ["context", "create" | "ls" | "show"] => Vec::new(),
        ["node", "demote" | "inspect" | "promote" | "ps" | "rm" | "update"] => vec![Kind::Nodes],
        ["node", "ls"] => Vec::new(),
        ["service", "inspect" | "logs" | "ps" | "rm" | "rollback" | "update"] => {
            vec![Kind::Services]
        }
        ["service", "scale"] => vec![Kind::ServiceScale],
        ["service", "create" | "ls"] => Vec::new(),
        ["secret", "inspect" | "ls" | "rm"] => vec![Kind::Secrets],
        ["secret", "create"] => return None,
        ["config", "inspect" | "rm"] => vec![Kind::Configs],
        ["config", "create" | "ls"] => Vec::new(),
        ["stack", "deploy" | "ps" | "rm" | "services"] => vec![Kind::Stacks],
        ["stack", "config" | "ls"] => Vec::new(),
        ["swarm", _] => Vec::new(),
        ["inspect" | "info" | "version" | "events" | "login"] => Vec::new(),
        ["system", "df" | "events" | "info" | "prune"] => Vec::new(),
        ["builder", "prune"] | ["plugin", "create" | "ls"] => Vec::new(),
        _ => return None,
    })
}

/// What fits the value of flag `--long` of `path` (canonical); `None` when docker completes
/// nothing particular there.
pub fn flag_value(path: &[String], long: &str) -> Option<Vec<Kind>> {
    let words: Vec<&str> = path.iter().map(String::as_str).collect();
    let list = |l: &'static [&'static str]| Some(vec![Kind::List(l)]);
    if long == "context" && path.is_empty() {
        return Some(vec![Kind::Contexts]);
    }
    match (words.as_slice(), long) {
        (["container", "run" | "create"], _) => match long {
            "attach" => list(&["stderr", "stdin", "stdout"]),
            "cgroupns" => list(&["host", "private"]),
            "network" | "net" => Some(vec![Kind::Networks]),
            "platform" => list(PLATFORMS),
            "pull" => list(&["always", "missing", "never"]),
            "restart" => list(RESTART_POLICIES),
            "userns" | "uts" => list(&["host"]),
            "volumes-from" => Some(vec![Kind::Containers(Ctr::All)]),
            "link" => Some(vec![Kind::Link]),
            "log-driver" => Some(vec![Kind::LogDrivers]),
            _ => None,
        },
        (["container", "update"], "restart") => list(RESTART_POLICIES),
        (
            ["image", "build" | "history" | "import" | "inspect" | "load" | "pull" | "push" | "rm" | "save"],
            "platform",
        ) => list(PLATFORMS),
        (["service", "create" | "update"], _) => match long {
            "mode" if words[1] == "create" => {
                list(&["replicated", "global", "replicated-job", "global-job"])
            }
            "network" if words[1] == "create" => Some(vec![Kind::Networks]),
            "network-add" if words[1] == "update" => Some(vec![Kind::Networks]),
            "image" if words[1] == "update" => Some(vec![Kind::Images]),
            "restart-condition" => list(&["none", "on-failure", "any"]),
            "rollback-order" | "update-order" => list(&["start-first", "stop-first"]),
            "rollback-failure-action" => list(&["pause", "continue"]),
            "update-failure-action" => list(&["pause", "continue", "rollback"]),
            _ => None,
        },
        (["node", "update"], "role") => list(&["worker", "manager"]),
        (["node", "update"], "availability") => list(&["active", "pause", "drain"]),
        (["inspect"], "type") => list(&[
            "config",
            "container",
            "image",
            "network",
            "node",
            "plugin",
            "secret",
            "service",
            "task",
            "volume",
        ]),
        _ => None,
    }
}

/// docker's `restartPolicies`.
const RESTART_POLICIES: &[&str] = &["no", "always", "on-failure", "unless-stopped"];

/// docker's `commonPlatforms`.
const PLATFORMS: &[&str] = &[
    "linux/386",
    "linux/amd64",
    "linux/arm",
    "linux/arm/v5",
    "linux/arm/v6",
    "linux/arm/v7",
    "linux/arm64",
    "linux/arm64/v8",
    "linux/ppc64le",
    "linux/s390x",
    "linux/riscv64",
    "windows/amd64",
    "wasip1/wasm",
];
