//! The live names of one [`Kind`], asked of the daemon (or the context store, or the plugin
//! directories) as docker's completion functions ask them. Every daemon request is bounded by
//! [`TIMEOUT`]; a failure gives no names.

use std::time::Duration;

use serde_json::Value;

use super::{Ctr, Kind};
use crate::commands::Ctx;
use crate::engine::context::{Store, DEFAULT_CONTEXT};
use crate::engine::raw;
use crate::engine::ApiPath;

/// The longest a completion may wait for the daemon (connect and answers together).
pub const TIMEOUT: Duration = Duration::from_millis(800);

/// docker's built-in log drivers, offered when the daemon does not say which it has.
const LOG_DRIVERS: &[&str] = &[
    "awslogs",
    "fluentd",
    "gcplogs",
    "gelf",
    "journald",
    "json-file",
    "local",
    "none",
    "splunk",
    "syslog",
];

/// The names of `kind`, or none when the daemon fails or takes longer than [`TIMEOUT`].
pub async fn of(ctx: &Ctx, kind: &Kind) -> Vec<String> {
    match kind {
        Kind::List(values) => return values.iter().map(|s| s.to_string()).collect(),
        Kind::Commands => {
            let root = crate::cli::command_for(&[]);
            let mut names: Vec<String> = root
                .get_subcommands()
                .filter(|s| !s.is_hide_set() && s.get_name() != "help")
                .map(|s| s.get_name().to_string())
                .collect();
            names.extend(crate::plugins::listed_names_in(
                &ctx.config_dir,
                ctx.config(),
            ));
            return names;
        }
        Kind::Plugins => return crate::plugins::listed_names_in(&ctx.config_dir, ctx.config()),
        Kind::Contexts => {
            let mut names = vec![DEFAULT_CONTEXT.to_string()];
            names.extend(
                Store::new(&ctx.config_dir)
                    .list()
                    .into_iter()
                    .map(|m| m.name),
            );
            return names;
        }
        _ => {}
    }
    let path = match kind {
        Kind::Containers(Ctr::All | Ctr::Stopped)
        | Kind::OnNetwork { .. }
        | Kind::Link
        | Kind::ContainerRef => ApiPath::new("/containers/json").query("all", "1"),
        Kind::Containers(_) => ApiPath::new("/containers/json"),
        Kind::Images => ApiPath::new("/images/json"),
        Kind::Networks => ApiPath::new("/networks"),
        Kind::Volumes => ApiPath::new("/volumes"),
        Kind::Nodes => ApiPath::new("/nodes"),
        Kind::Services | Kind::ServiceScale => ApiPath::new("/services"),
        Kind::Stacks => ApiPath::new("/services").query(
            "filters",
            r#"{"label":{"com.docker.stack.namespace":true}}"#,
        ),
        Kind::Secrets => ApiPath::new("/secrets"),
        Kind::Configs => ApiPath::new("/configs"),
        Kind::LogDrivers => ApiPath::new("/info"),
        _ => return Vec::new(),
    };
    let Ok(engine) = ctx.engine() else {
        return fallback(kind);
    };
    let value = match tokio::time::timeout(TIMEOUT, raw::get_json(engine, &path)).await {
        Ok(Ok(v)) => v,
        _ => return fallback(kind),
    };
    if let Kind::LogDrivers = kind {
        return strs(&value["Plugins"], "Log");
    }
    let items = match kind {
        Kind::Volumes => value.get("Volumes").cloned().unwrap_or_default(),
        _ => value,
    };
    let items = match items {
        Value::Array(items) => items,
        _ => Vec::new(),
    };
    let mut names = Vec::new();
    for item in &items {
        let text = |v: &Value| v.as_str().map(str::to_string);
        match kind {
            Kind::Containers(_) | Kind::OnNetwork { .. } | Kind::Link | Kind::ContainerRef => {
                if !container_fits(kind, item) {
                    continue;
                }
                let (before, after) = match kind {
                    Kind::Link => ("", ":"),
                    Kind::ContainerRef => ("container:", ""),
                    _ => ("", ""),
                };
                names.extend(
                    strs(item, "Names")
                        .into_iter()
                        .map(|n| format!("{before}{}{after}", n.trim_start_matches('/'))),
                );
            }
            // An untagged image's `<none>:<none>` (daemons before API 1.44) names nothing.
            Kind::Images => names.extend(
                strs(item, "RepoTags")
                    .into_iter()
                    .filter(|t| t != "<none>:<none>"),
            ),
            Kind::Nodes => names.extend(text(&item["Description"]["Hostname"])),
            Kind::Services => names.extend(text(&item["Spec"]["Name"])),
            Kind::ServiceScale => names.extend(text(&item["Spec"]["Name"]).map(|n| n + "=")),
            Kind::Stacks => {
                names.extend(text(&item["Spec"]["Labels"]["com.docker.stack.namespace"]))
            }
            Kind::Secrets | Kind::Configs => names.extend(text(&item["ID"])),
            _ => names.extend(text(&item["Name"])),
        }
    }
    if let Kind::Nodes = kind {
        // The magic word for the node the client talks to.
        names.push("self".to_string());
    }
    names
}

/// The longest a plugin may take to complete its own words.
const PLUGIN_TIMEOUT: Duration = Duration::from_secs(5);

/// What the CLI plugin `name` offers for its `words` (the last one being completed): docker runs
/// `docker-NAME __complete NAME WORD...` and passes on its cobra answer. The candidates (their
/// descriptions dropped) and the answer's directive; nothing when there is no such plugin, it
/// fails or it takes longer than [`PLUGIN_TIMEOUT`].
pub async fn of_plugin(ctx: &Ctx, name: &str, words: &[String]) -> (Vec<String>, u8) {
    let Some(plugin) = crate::plugins::runnable_in(&ctx.config_dir, ctx.config(), name) else {
        return (Vec::new(), 0);
    };
    let mut cmd = tokio::process::Command::new(&plugin.path);
    cmd.arg("__complete")
        .arg(name)
        .args(words)
        .env(
            crate::plugins::run::REEXEC_ENV,
            std::env::current_exe().unwrap_or_default(),
        )
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true);
    let out = match tokio::time::timeout(PLUGIN_TIMEOUT, cmd.output()).await {
        Ok(Ok(out)) if out.status.success() => out.stdout,
        _ => return (Vec::new(), 0),
    };
    let text = String::from_utf8_lossy(&out);
    let mut names = Vec::new();
    let mut directive = 0u8;
    for line in text.lines() {
        if let Some(n) = line.strip_prefix(':').and_then(|n| n.parse::<u8>().ok()) {
            directive = n;
            break;
        }
        let candidate = line.split('\t').next().unwrap_or_default();
        if !candidate.is_empty() {
            names.push(candidate.to_string());
        }
    }
    (names, directive & 6)
}

/// What docker offers when the daemon does not answer: most kinds nothing.
fn fallback(kind: &Kind) -> Vec<String> {
    match kind {
        Kind::LogDrivers => LOG_DRIVERS.iter().map(|s| s.to_string()).collect(),
        _ => Vec::new(),
    }
}

/// docker's per-verb container filters (`completion.ContainerNames(..., filters)`).
fn container_fits(kind: &Kind, item: &Value) -> bool {
    let state = item["State"].as_str().unwrap_or_default();
    match kind {
        Kind::Containers(Ctr::Unpaused) => state != "paused",
        Kind::Containers(Ctr::Paused) => state == "paused",
        Kind::Containers(Ctr::Stopped) => state == "exited" || state == "created",
        Kind::OnNetwork { network, connected } => {
            let on = item["NetworkSettings"]["Networks"].get(network).is_some();
            on == *connected
        }
        _ => true,
    }
}

fn strs(v: &Value, key: &str) -> Vec<String> {
    v.get(key)
        .and_then(|a| a.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}
