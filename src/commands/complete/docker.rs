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
        ["swarm", "ca" | "init" | "leave" | "unlock" | "unlock-key" | "update"] => Vec::new(),
        ["inspect" | "info" | "version" | "events" | "login"] => Vec::new(),
        ["system", "df" | "events" | "info" | "prune"] => Vec::new(),
        ["builder", "prune"] | ["plugin", "create" | "ls"] => Vec::new(),
        _ => return None,
    })
}

/// What fits the value of flag `--long` of `path` (canonical), whose value so far is `value`;
/// `None` when docker completes nothing particular there.
pub fn flag_value(path: &[String], long: &str, value: &str) -> Option<Vec<Kind>> {
    let words: Vec<&str> = path.iter().map(String::as_str).collect();
    let list = |l: &'static [&'static str]| Some(vec![Kind::List(l)]);
    // `--ipc`/`--pid container:NAME`.
    let or_container = |l: &'static [&'static str]| match value.starts_with("container:") {
        true => Some(vec![Kind::ContainerRef]),
        false => list(l),
    };
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
            "ipc" => or_container(&["container:", "host", "none", "private", "shareable"]),
            "pid" => or_container(&["container:", "host"]),
            "security-opt" => list(security_opts(value)),
            "ulimit" => list(ULIMITS),
            "storage-opt" => list(&["size="]),
            "stop-signal" => list(SIGNALS),
            _ => None,
        },
        (["container", "kill" | "restart" | "stop"], "signal") => list(SIGNALS),
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

/// docker's `completeSecurityOpt`, by what is typed so far.
fn security_opts(value: &str) -> &'static [&'static str] {
    if value.starts_with("label=") {
        &[
            "label=disable",
            "label=level:",
            "label=role:",
            "label=type:",
            "label=user:",
        ]
    } else if value.starts_with("seccomp=") {
        &["seccomp=unconfined"]
    } else {
        &[
            "apparmor=",
            "label=",
            "no-new-privileges",
            "seccomp=",
            "systempaths=unconfined",
        ]
    }
}

/// docker's `completeUlimit`.
const ULIMITS: &[&str] = &[
    "as=",
    "chroot=",
    "core=",
    "cpu=",
    "data=",
    "fsize=",
    "locks=",
    "maxlogins=",
    "maxsyslogins=",
    "memlock=",
    "msgqueue=",
    "nice=",
    "nofile=",
    "nproc=",
    "priority=",
    "rss=",
    "rtprio=",
    "sigpending=",
    "stack=",
];

/// The Linux signal names docker completes (moby/sys/signal's `SignalMap`).
const SIGNALS: &[&str] = &[
    "ABRT", "ALRM", "BUS", "CHLD", "CLD", "CONT", "FPE", "HUP", "ILL", "INT", "IO", "IOT", "KILL",
    "PIPE", "POLL", "PROF", "PWR", "QUIT", "RTMAX", "RTMAX-1", "RTMAX-10", "RTMAX-11", "RTMAX-12",
    "RTMAX-13", "RTMAX-14", "RTMAX-2", "RTMAX-3", "RTMAX-4", "RTMAX-5", "RTMAX-6", "RTMAX-7",
    "RTMAX-8", "RTMAX-9", "RTMIN", "RTMIN+1", "RTMIN+10", "RTMIN+11", "RTMIN+12", "RTMIN+13",
    "RTMIN+14", "RTMIN+15", "RTMIN+2", "RTMIN+3", "RTMIN+4", "RTMIN+5", "RTMIN+6", "RTMIN+7",
    "RTMIN+8", "RTMIN+9", "SEGV", "STKFLT", "STOP", "SYS", "TERM", "TRAP", "TSTP", "TTIN", "TTOU",
    "URG", "USR1", "USR2", "VTALRM", "WINCH", "XCPU", "XFSZ",
];

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
