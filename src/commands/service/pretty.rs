//! `service inspect --pretty`: docker's `serviceInspectPrettyTemplate`, section by section,
//! with its exact whitespace (tabs, trailing blanks, the blank line after a log driver).

use std::fmt::Write as _;
use std::io::Write as _;

use anyhow::Result;
use serde_json::Value as J;

use crate::engine::path::ApiPath;
use crate::engine::{raw, Engine};
use crate::error::CliError;
use crate::format::units::{bytes_size, go_duration, human_duration};

fn s<'a>(v: &'a J, p: &str) -> &'a str {
    v.pointer(p).and_then(J::as_str).unwrap_or_default()
}

fn i(v: &J, p: &str) -> i64 {
    v.pointer(p).and_then(J::as_i64).unwrap_or(0)
}

fn f(v: &J, p: &str) -> f64 {
    v.pointer(p).and_then(J::as_f64).unwrap_or(0.0)
}

fn list<'a>(v: &'a J, p: &str) -> Vec<&'a J> {
    v.pointer(p)
        .and_then(J::as_array)
        .map(|a| a.iter().collect())
        .unwrap_or_default()
}

fn strs(v: &J, p: &str) -> Vec<String> {
    list(v, p)
        .iter()
        .map(|x| x.as_str().unwrap_or_default().to_string())
        .collect()
}

/// A sorted string map as the template ranges over it.
fn map(v: &J, p: &str) -> Vec<(String, String)> {
    let mut m: Vec<(String, String)> = v
        .pointer(p)
        .and_then(J::as_object)
        .map(|o| {
            o.iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string()))
                .collect()
        })
        .unwrap_or_default();
    m.sort();
    m
}

/// Go's `%v` of a float (shortest representation).
fn gofloat(x: f64) -> String {
    if x == x.trunc() && x.abs() < 1e21 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

fn ago(ts: &str) -> String {
    let now = crate::clock::Time::now();
    let t = crate::clock::parse_rfc3339(ts).unwrap_or(now);
    let nanos = (now.secs - t.secs) as i128 * 1_000_000_000 + now.nanos as i128 - t.nanos as i128;
    let d = std::time::Duration::from_nanos(nanos.clamp(0, u64::MAX as i128) as u64);
    format!("{} ago", human_duration(d))
}

/// Template lines `{indent}{k}{sep}{v}` (just `{indent}{k}` for an empty value).
fn pairs(o: &mut String, indent: &str, sep: &str, entries: &[(String, String)]) {
    for (k, v) in entries {
        if v.is_empty() {
            let _ = write!(o, "\n{indent}{k}");
        } else {
            let _ = write!(o, "\n{indent}{k}{sep}{v}");
        }
    }
}

fn update_config(o: &mut String, sv: &J, key: &str, title: &str, order_label: &str) {
    let base = format!("/Spec/{key}");
    let Some(c) = sv.pointer(&base).filter(|c| !c.is_null()) else {
        return;
    };
    let _ = write!(o, "\n{title}:\n Parallelism:\t{}", i(c, "/Parallelism"));
    if i(c, "/Delay") > 0 {
        let _ = write!(o, "\n Delay:\t\t{}", go_duration(i(c, "/Delay")));
    }
    let _ = write!(o, "\n On failure:\t{}", s(c, "/FailureAction"));
    if i(c, "/Monitor") > 0 {
        let _ = write!(o, "\n Monitoring Period: {}", go_duration(i(c, "/Monitor")));
    }
    let _ = write!(
        o,
        "\n Max failure ratio: {}\n {order_label}{}",
        gofloat(f(c, "/MaxFailureRatio") as f32 as f64),
        s(c, "/Order")
    );
}

/// One service as the pretty template renders it (without the writer's final newline).
fn render(sv: &J, networks: &[String]) -> String {
    let cs = "/Spec/TaskTemplate/ContainerSpec";
    let mut o = String::new();
    let _ = write!(
        o,
        "\nID:\t\t{}\nName:\t\t{}",
        s(sv, "/ID"),
        s(sv, "/Spec/Name")
    );
    let labels = map(sv, "/Spec/Labels");
    if !labels.is_empty() {
        o.push_str("\nLabels:");
        pairs(&mut o, " ", "=", &labels);
    }
    o.push_str("\nService Mode:");
    let mode = sv.pointer("/Spec/Mode").cloned().unwrap_or_default();
    if mode.get("Global").is_some() {
        o.push_str("\tGlobal");
    } else if mode.get("Replicated").is_some() {
        o.push_str("\tReplicated");
        if let Some(r) = mode.pointer("/Replicated/Replicas").and_then(J::as_u64) {
            let _ = write!(o, "\n Replicas:\t{r}");
        }
    }
    let state = s(sv, "/UpdateStatus/State");
    if !state.is_empty() {
        let _ = write!(o, "\nUpdateStatus:\n State:\t\t{state}");
        let started = s(sv, "/UpdateStatus/StartedAt");
        if !started.is_empty() {
            let _ = write!(o, "\n Started:\t{}", ago(started));
        }
        let completed = s(sv, "/UpdateStatus/CompletedAt");
        if state == "completed" && !completed.is_empty() {
            let _ = write!(o, "\n Completed:\t{}", ago(completed));
        }
        let _ = write!(o, "\n Message:\t{}", s(sv, "/UpdateStatus/Message"));
    }
    o.push_str("\nPlacement:");
    let constraints = strs(sv, "/Spec/TaskTemplate/Placement/Constraints");
    if !constraints.is_empty() {
        let _ = write!(o, "\n Constraints:\t[{}]", constraints.join(" "));
    }
    let prefs: Vec<String> = list(sv, "/Spec/TaskTemplate/Placement/Preferences")
        .iter()
        .filter_map(|p| p.pointer("/Spread/SpreadDescriptor").and_then(J::as_str))
        .map(|d| format!("spread={d}"))
        .collect();
    if !prefs.is_empty() {
        let _ = write!(o, "\n Preferences:   [{}]", prefs.join(" "));
    }
    let max = i(sv, "/Spec/TaskTemplate/Placement/MaxReplicas");
    if max > 0 {
        let _ = write!(o, "\n Max Replicas Per Node:   {max}");
    }
    update_config(
        &mut o,
        sv,
        "UpdateConfig",
        "UpdateConfig",
        "Update order:      ",
    );
    update_config(
        &mut o,
        sv,
        "RollbackConfig",
        "RollbackConfig",
        "Rollback order:    ",
    );
    let _ = write!(
        o,
        "\nContainerSpec:\n Image:\t\t{}",
        s(sv, &format!("{cs}/Image"))
    );
    let args = strs(sv, &format!("{cs}/Args"));
    if !args.is_empty() {
        o.push_str("\n Args:\t\t");
        for a in &args {
            let _ = write!(o, "{a} ");
        }
    }
    let env = strs(sv, &format!("{cs}/Env"));
    if !env.is_empty() {
        o.push_str("\n Env:\t\t");
        for e in &env {
            let _ = write!(o, "{e} ");
        }
    }
    let dir = s(sv, &format!("{cs}/Dir"));
    if !dir.is_empty() {
        let _ = write!(o, "\n Dir:\t\t{dir}");
    }
    if let Some(init) = sv.pointer(&format!("{cs}/Init")).and_then(J::as_bool) {
        let _ = write!(o, "\n Init:\t\t{init}");
    }
    let user = s(sv, &format!("{cs}/User"));
    if !user.is_empty() {
        let _ = write!(o, "\n User: {user}");
    }
    let (add, drop) = (
        strs(sv, &format!("{cs}/CapabilityAdd")),
        strs(sv, &format!("{cs}/CapabilityDrop")),
    );
    if !add.is_empty() || !drop.is_empty() {
        o.push_str("\nCapabilities:");
        if !add.is_empty() {
            let _ = write!(o, "\n Add: {}", add.join(", "));
        }
        if !drop.is_empty() {
            let _ = write!(o, "\n Drop: {}", drop.join(", "));
        }
    }
    let sysctls = map(sv, &format!("{cs}/Sysctls"));
    if !sysctls.is_empty() {
        o.push_str("\nSysCtls:");
        pairs(&mut o, " ", ": ", &sysctls);
    }
    let mut ulimits: Vec<(String, String)> = list(sv, &format!("{cs}/Ulimits"))
        .iter()
        .map(|u| {
            (
                s(u, "/Name").to_string(),
                format!("{}:{}", i(u, "/Soft"), i(u, "/Hard")),
            )
        })
        .collect();
    ulimits.sort();
    if !ulimits.is_empty() {
        o.push_str("\nUlimits:");
        for (k, v) in &ulimits {
            let _ = write!(o, "\n {k}: {v}");
        }
    }
    let mounts = list(sv, &format!("{cs}/Mounts"));
    if !mounts.is_empty() {
        o.push_str("\nMounts:");
    }
    for m in &mounts {
        let ro = m.get("ReadOnly").and_then(J::as_bool).unwrap_or(false);
        let _ = write!(
            o,
            "\n Target:\t{}\n  Source:\t{}\n  ReadOnly:\t{ro}\n  Type:\t\t{}",
            s(m, "/Target"),
            s(m, "/Source"),
            s(m, "/Type")
        );
    }
    for (key, title, name_key) in [
        ("Configs", "Configs", "ConfigName"),
        ("Secrets", "Secrets", "SecretName"),
    ] {
        let refs = list(sv, &format!("{cs}/{key}"));
        if !refs.is_empty() {
            let _ = write!(o, "\n{title}:");
            for r in &refs {
                let _ = write!(
                    o,
                    "\n Target:\t{}\n  Source:\t{}",
                    s(r, "/File/Name"),
                    s(r, &format!("/{name_key}"))
                );
            }
        }
    }
    if sv
        .pointer("/Spec/TaskTemplate/LogDriver")
        .is_some_and(|l| !l.is_null())
    {
        o.push_str("\nLog Driver:");
        let name = s(sv, "/Spec/TaskTemplate/LogDriver/Name");
        if !name.is_empty() {
            let _ = write!(o, "\n Name:\t\t{name}");
        }
        let opts = map(sv, "/Spec/TaskTemplate/LogDriver/Options");
        if !opts.is_empty() {
            o.push_str("\n LogOpts:");
            pairs(&mut o, "  ", ":       ", &opts);
        }
        o.push('\n');
    }
    let res = "/Spec/TaskTemplate/Resources";
    if sv.pointer(res).is_some_and(|r| !r.is_null()) {
        o.push_str("\nResources:");
        let (rc, rm) = (
            i(sv, &format!("{res}/Reservations/NanoCPUs")),
            i(sv, &format!("{res}/Reservations/MemoryBytes")),
        );
        if rc > 0 || rm > 0 {
            o.push_str("\n Reservations:");
            if rc > 0 {
                let _ = write!(o, "\n  CPU:\t\t{}", gofloat(rc as f64 / 1e9));
            }
            if rm != 0 {
                let _ = write!(o, "\n  Memory:\t{}", bytes_size(rm as f64));
            }
        }
        let (lc, lm, lp) = (
            i(sv, &format!("{res}/Limits/NanoCPUs")),
            i(sv, &format!("{res}/Limits/MemoryBytes")),
            i(sv, &format!("{res}/Limits/Pids")),
        );
        if lc > 0 || lm > 0 || lp > 0 {
            o.push_str("\n Limits:");
            if lc > 0 {
                let _ = write!(o, "\n  CPU:\t\t{}", gofloat(lc as f64 / 1e9));
            }
            if lm != 0 {
                let _ = write!(o, "\n  Memory:\t{}", bytes_size(lm as f64));
            }
        }
    }
    let pids = i(sv, &format!("{res}/Limits/Pids"));
    if pids > 0 {
        let _ = write!(o, "\n  PIDs:\t\t{pids}");
    }
    if !networks.is_empty() {
        o.push_str("\nNetworks:");
        for n in networks {
            let _ = write!(o, " {n}");
        }
        o.push(' ');
    }
    let _ = write!(o, "\nEndpoint Mode:\t{}", s(sv, "/Spec/EndpointSpec/Mode"));
    let ports = list(sv, "/Endpoint/Ports");
    if !ports.is_empty() {
        o.push_str("\nPorts:");
        for p in &ports {
            let _ = write!(
                o,
                "\n PublishedPort = {}\n  Protocol = {}\n  TargetPort = {}\n  PublishMode = {}",
                i(p, "/PublishedPort"),
                s(p, "/Protocol"),
                i(p, "/TargetPort"),
                s(p, "/PublishMode")
            );
        }
        o.push(' ');
    }
    let hc = format!("{cs}/Healthcheck");
    if sv.pointer(&hc).is_some_and(|h| !h.is_null()) {
        let _ = write!(
            o,
            "\n Healthcheck:\n  Interval = {}\n  Retries = {}\n  StartPeriod =\t{}\n  Timeout =\t{}",
            go_duration(i(sv, &format!("{hc}/Interval"))),
            i(sv, &format!("{hc}/Retries")),
            go_duration(i(sv, &format!("{hc}/StartPeriod"))),
            go_duration(i(sv, &format!("{hc}/Timeout"))),
        );
        let tests = strs(sv, &format!("{hc}/Test"));
        if !tests.is_empty() {
            o.push_str("\n  Tests:");
            for t in &tests {
                let _ = write!(o, "\n\t Test = {t}");
            }
            o.push(' ');
        }
    }
    o.push('\n');
    o
}

pub async fn run(engine: &Engine, refs: &[String]) -> Result<()> {
    engine.api().await?;
    let mut out = String::new();
    for r in refs {
        let kind = crate::commands::inspect::Kind::Service;
        let sv = match crate::commands::inspect::fetch(engine, kind, r, false).await {
            Ok(body) => raw::decode(&body)?,
            Err(e) if crate::error::is_not_found(&e) => {
                // docker renders nothing when one service is missing.
                return Err(CliError::message(format!("Error: no such service: {r}"), 1));
            }
            Err(e) => return Err(e),
        };
        let mut networks = Vec::new();
        for n in list(&sv, "/Spec/TaskTemplate/Networks") {
            let target = s(n, "/Target");
            let name = match raw::get_json(
                engine,
                &ApiPath::new("/networks")
                    .seg(target)
                    .query("scope", "swarm"),
            )
            .await
            {
                Ok(net) => s(&net, "/Name").to_string(),
                Err(_) => target.to_string(),
            };
            networks.push(name);
        }
        out.push_str(&render(&sv, &networks));
        out.push('\n');
    }
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(out.as_bytes())?;
    stdout.flush()?;
    Ok(())
}
