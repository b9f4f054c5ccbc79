//! The convergence display of `service create/update/scale/rollback` without `-d`, as docker's
//! `progress.ServiceProgress` writes it: "overall progress: N out of M tasks", one line per task
//! slot (or node), "verify: Waiting N seconds ...", "verify: Service ID converged". On a terminal
//! the lines are redrawn in place (indicatif); otherwise each message is a plain line and task
//! progress bars are left out, as docker's non-terminal display does. Ctrl-C stops waiting
//! (the update goes on in the background) and exits 0, as docker does.

use std::collections::{BTreeMap, HashMap};
use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

use anyhow::Result;
use serde_json::{json, Value};

use crate::engine::path::ApiPath;
use crate::engine::{raw, Engine};
use crate::error::CliError;

fn rank(state: &str) -> i64 {
    match state {
        "new" => 1,
        "allocated" => 2,
        "pending" => 3,
        "assigned" => 4,
        "accepted" => 5,
        "preparing" => 6,
        "ready" => 7,
        "starting" => 8,
        "running" => 9,
        "complete" => 10,
        "shutdown" => 11,
        "failed" => 12,
        "rejected" => 13,
        _ => 0,
    }
}

fn terminal(state: &str) -> bool {
    rank(state) > rank("running")
}

/// The longest non-terminal state name (and `complete`): docker pads states to it.
const LONGEST_STATE: usize = 9;
const MAX_PROGRESS: i64 = 9;
const MAX_BARS: u64 = 20;

fn s<'a>(v: &'a Value, p: &str) -> &'a str {
    v.pointer(p).and_then(Value::as_str).unwrap_or_default()
}

fn trunc_error(msg: &str) -> String {
    let msg = msg.replace('\n', " ");
    if msg.len() > 75 {
        let mut cut = 74;
        while !msg.is_char_boundary(cut) {
            cut -= 1;
        }
        format!("{}…", &msg[..cut])
    } else {
        msg
    }
}

/// Where messages go: plain lines, indicatif bars on a terminal, or nowhere (`--quiet`) — the
/// two ways docker's `jsonstream.Display` shows a progress stream (also used by `swarm ca`).
pub enum Out {
    Quiet,
    Plain,
    Bars {
        multi: indicatif::MultiProgress,
        bars: HashMap<String, indicatif::ProgressBar>,
    },
}

impl Out {
    pub fn new(quiet: bool) -> Out {
        if quiet {
            Out::Quiet
        } else if std::io::stdout().is_terminal() {
            Out::Bars {
                multi: indicatif::MultiProgress::with_draw_target(
                    indicatif::ProgressDrawTarget::stdout(),
                ),
                bars: HashMap::new(),
            }
        } else {
            Out::Plain
        }
    }

    /// One message: `id: action`, with a bar when `progress` is (current, total).
    pub fn write(&mut self, id: &str, action: &str, progress: Option<(i64, i64)>) {
        self.write_counted(id, action, progress, None);
    }

    /// As `write`; with `units`, the bar is followed by `current/total units` as docker's
    /// `JSONProgress` shows counts.
    pub fn write_counted(
        &mut self,
        id: &str,
        action: &str,
        progress: Option<(i64, i64)>,
        units: Option<&str>,
    ) {
        match self {
            Out::Quiet => {}
            Out::Plain => {
                // docker's non-terminal display leaves progress bars out.
                if progress.is_none() {
                    let mut out = std::io::stdout().lock();
                    let _ = if id.is_empty() {
                        writeln!(out, "{action}")
                    } else {
                        writeln!(out, "{id}: {action}")
                    };
                    let _ = out.flush();
                }
            }
            Out::Bars { multi, bars } => {
                let bar = bars.entry(id.to_string()).or_insert_with(|| {
                    let b = multi.add(indicatif::ProgressBar::new(MAX_PROGRESS as u64));
                    b.set_prefix(id.to_string());
                    b
                });
                let counted;
                let style = if let (Some(_), Some(u)) = (progress, units) {
                    counted = format!("{{prefix}}: {{msg}} [{{bar:51}}] {{pos}}/{{len}} {u}");
                    counted.as_str()
                } else if progress.is_some() {
                    "{prefix}: {msg} [{bar:50}] "
                } else if id.is_empty() {
                    "{msg}"
                } else {
                    "{prefix}: {msg}"
                };
                if let Ok(st) = indicatif::ProgressStyle::with_template(style) {
                    bar.set_style(st.progress_chars("=> "));
                }
                if let Some((cur, total)) = progress {
                    bar.set_length(total.max(if units.is_some() { 0 } else { 1 }) as u64);
                    bar.set_position(cur.max(0) as u64);
                }
                bar.set_message(action.to_string());
            }
        }
    }

    pub fn finish(&mut self) {
        if let Out::Bars { bars, .. } = self {
            for b in bars.values() {
                b.abandon();
            }
        }
    }
}

/// What is being tracked, from the service's mode.
enum Updater {
    Replicated {
        slots: HashMap<i64, usize>,
        init: bool,
        done: bool,
    },
    Global {
        init: bool,
        done: bool,
    },
    Job {
        iteration: i64,
        concurrent: i64,
        total: i64,
        init: bool,
    },
}

fn overall(out: &mut Out, n: usize, m: usize, rollback: bool) {
    let action = if rollback {
        format!("rolling back update: {n} out of {m} tasks")
    } else {
        format!("{n} out of {m} tasks")
    };
    out.write("overall progress", &action, None);
}

/// The best task per key, as docker picks it (lowest desired state, then lowest state).
fn best_by<K: Ord + Clone>(
    tasks: &[Value],
    key: impl Fn(&Value) -> Option<K>,
) -> BTreeMap<K, Value> {
    let mut by: BTreeMap<K, Value> = BTreeMap::new();
    for t in tasks {
        let (d, st) = (rank(s(t, "/DesiredState")), rank(s(t, "/Status/State")));
        if d == 0 || st == 0 {
            continue;
        }
        let Some(k) = key(t) else { continue };
        if let Some(e) = by.get(&k) {
            let (ed, es) = (rank(s(e, "/DesiredState")), rank(s(e, "/Status/State")));
            if ed < d || (ed == d && es <= st) {
                continue;
            }
        }
        by.insert(k, t.clone());
    }
    by
}

fn task_line(out: &mut Out, id: &str, t: &Value) {
    let err = s(t, "/Status/Err");
    if !err.is_empty() {
        out.write(id, &trunc_error(err), None);
        return;
    }
    let (d, st) = (s(t, "/DesiredState"), s(t, "/Status/State"));
    if !terminal(d) && !terminal(st) {
        out.write(
            id,
            &format!("{st:<LONGEST_STATE$}"),
            Some((rank(st), MAX_PROGRESS)),
        );
    }
}

impl Updater {
    fn new(service: &Value) -> Result<Updater> {
        let mode = service.pointer("/Spec/Mode").cloned().unwrap_or_default();
        if mode.pointer("/Replicated/Replicas").is_some() {
            return Ok(Updater::Replicated {
                slots: HashMap::new(),
                init: false,
                done: false,
            });
        }
        if mode.get("Global").is_some() || mode.get("GlobalJob").is_some() {
            return Ok(Updater::Global {
                init: false,
                done: false,
            });
        }
        if let Some(j) = mode.get("ReplicatedJob") {
            let n = |k: &str| j.get(k).and_then(Value::as_i64).unwrap_or(1);
            return Ok(Updater::Job {
                iteration: service
                    .pointer("/JobStatus/JobIteration/Index")
                    .and_then(Value::as_i64)
                    .unwrap_or(0),
                concurrent: n("MaxConcurrent"),
                total: n("TotalCompletions"),
                init: false,
            });
        }
        Err(CliError::message("unrecognized service mode", 1))
    }

    fn update(
        &mut self,
        out: &mut Out,
        service: &Value,
        tasks: &[Value],
        active: &[String],
        rollback: bool,
    ) -> bool {
        let is_active = |t: &Value| {
            let n = s(t, "/NodeID");
            n.is_empty() || active.iter().any(|a| a == n)
        };
        match self {
            Updater::Replicated { slots, init, done } => {
                let replicas = service
                    .pointer("/Spec/Mode/Replicated/Replicas")
                    .and_then(Value::as_u64)
                    .unwrap_or(0);
                if !*init {
                    overall(out, 0, replicas as usize, rollback);
                    if replicas <= MAX_BARS {
                        for i in 1..=replicas {
                            out.write(&format!("{i}/{replicas}"), " ", None);
                        }
                    }
                    *init = true;
                }
                let active_tasks: Vec<Value> =
                    tasks.iter().filter(|t| is_active(t)).cloned().collect();
                let by_slot = best_by(&active_tasks, |t| t.get("Slot").and_then(Value::as_i64));
                if *done && by_slot.values().any(|t| s(t, "/Status/State") != "running") {
                    *done = false;
                }
                let mut running = 0u64;
                for (slot, t) in &by_slot {
                    let next = slots.len() + 1;
                    let mapped = *slots.entry(*slot).or_insert(next);
                    if !terminal(s(t, "/DesiredState")) && s(t, "/Status/State") == "running" {
                        running += 1;
                    }
                    if !*done && replicas <= MAX_BARS && mapped as u64 <= replicas {
                        task_line(out, &format!("{mapped}/{replicas}"), t);
                    }
                }
                if !*done {
                    overall(out, running as usize, replicas as usize, rollback);
                    if running == replicas {
                        *done = true;
                    }
                }
                running == replicas
            }
            Updater::Global { init, done } => {
                let by_node = best_by(tasks, |t| Some(s(t, "/NodeID").to_string()));
                let count = by_node.len();
                if !*init {
                    if count == 0 {
                        out.write("overall progress", "waiting for new tasks", None);
                        return false;
                    }
                    overall(out, 0, count, rollback);
                    *init = true;
                }
                if *done && by_node.values().any(|t| s(t, "/Status/State") != "running") {
                    *done = false;
                }
                let mut running = 0;
                for (node, t) in &by_node {
                    if active.iter().any(|a| a == node) {
                        if !terminal(s(t, "/DesiredState")) && s(t, "/Status/State") == "running" {
                            running += 1;
                        }
                        if !*done && count as u64 <= MAX_BARS {
                            task_line(out, &crate::commands::listing::truncate_id(node), t);
                        }
                    }
                }
                if !*done {
                    overall(out, running, count, rollback);
                    if running == count {
                        *done = true;
                    }
                }
                running == count
            }
            Updater::Job {
                iteration,
                concurrent,
                total,
                init,
            } => {
                let digits = total.to_string().len();
                if !*init {
                    job_overall(out, 0, 0, *total, *concurrent);
                    if *total as u64 <= MAX_BARS {
                        for i in 1..=*total {
                            out.write(&format!("{i}/{total}"), " ", None);
                        }
                    }
                    *init = true;
                }
                let _ = digits;
                // A task of this iteration (a zero Index is left out of the JSON).
                let mine: Vec<Value> = tasks
                    .iter()
                    .filter(|t| {
                        t.get("JobIteration")
                            .filter(|j| j.is_object())
                            .map(|j| j.get("Index").and_then(Value::as_i64).unwrap_or(0))
                            == Some(*iteration)
                    })
                    .cloned()
                    .collect();
                // A zero Slot is left out too (the daemon gives a job's later tasks none).
                let by_slot = best_by(&mine, |t| {
                    Some(t.get("Slot").and_then(Value::as_i64).unwrap_or(0))
                });
                let (mut active_n, mut complete) = (0, 0);
                // docker reads slots 0..len, a missing one as a zero task.
                let zero = Value::Object(Default::default());
                for slot in 0..by_slot.len() as i64 {
                    let t = by_slot.get(&slot).unwrap_or(&zero);
                    let st = s(t, "/Status/State");
                    if *total as u64 <= MAX_BARS {
                        task_line(out, &format!("{}/{total}", slot + 1), t);
                    }
                    if rank(st) < rank("complete") {
                        active_n += 1;
                    }
                    if st == "complete" {
                        complete += 1;
                    }
                }
                job_overall(out, active_n, complete, *total, *concurrent);
                complete == *total
            }
        }
    }
}

fn job_overall(out: &mut Out, active: i64, completed: i64, total: i64, concurrent: i64) {
    let pd = total.to_string().len();
    let ad = concurrent.to_string().len();
    out.write(
        "job progress",
        &format!("{completed:>pd$} out of {total} complete"),
        Some((completed, total)),
    );
    let desired = (total - completed).min(concurrent);
    out.write(
        "active tasks",
        &format!("{active:>ad$} out of {desired:>ad$} tasks"),
        None,
    );
}

async fn tasks_of(engine: &Engine, id: &str) -> Result<Vec<Value>> {
    let filters = json!({"service": {id: true}, "_up-to-date": {"true": true}});
    let v = raw::get_json(
        engine,
        &ApiPath::new("/tasks").query("filters", &filters.to_string()),
    )
    .await?;
    Ok(v.as_array().cloned().unwrap_or_default())
}

async fn active_nodes(engine: &Engine) -> Result<Vec<String>> {
    Ok(super::nodes(engine)
        .await?
        .iter()
        .filter(|n| s(n, "/Status/State") != "down")
        .map(|n| s(n, "/ID").to_string())
        .collect())
}

/// Waits for service `id` to converge, showing progress unless `quiet`.
pub async fn wait(engine: &Engine, id: &str, quiet: bool) -> Result<()> {
    let mut out = Out::new(quiet);
    let result = watch(engine, id, &mut out).await;
    out.finish();
    result
}

async fn watch(engine: &Engine, id: &str, out: &mut Out) -> Result<()> {
    let mut updater: Option<Updater> = None;
    let mut converged = false;
    let mut converged_at: Option<Instant> = None;
    let mut monitor = Duration::from_secs(5);
    let mut rollback = false;
    let mut message: Option<String> = None;
    let mut interrupt = std::pin::pin!(tokio::signal::ctrl_c());
    loop {
        let service = super::fetch(engine, id).await?;
        if let Some(m) = service
            .pointer("/Spec/UpdateConfig/Monitor")
            .and_then(Value::as_i64)
            .filter(|m| *m != 0)
        {
            monitor = Duration::from_nanos(m.max(0) as u64);
        }
        if updater.is_none() {
            updater = Some(Updater::new(&service)?);
        }
        let state = s(&service, "/UpdateStatus/State");
        let status_message = s(&service, "/UpdateStatus/Message");
        match state {
            "updating" => rollback = false,
            "completed" if !converged => return Ok(()),
            "paused" => {
                return Err(CliError::message(
                    format!("service update paused: {status_message}"),
                    1,
                ))
            }
            "rollback_started" => {
                if !rollback && !status_message.is_empty() {
                    out.write("rollback", status_message, None);
                }
                rollback = true;
            }
            "rollback_paused" => {
                return Err(CliError::message(
                    format!("service rollback paused: {status_message}"),
                    1,
                ))
            }
            "rollback_completed" => {
                if !converged {
                    message = Some(status_message.to_string());
                }
                rollback = true;
            }
            _ => {}
        }
        if let Some(at) = converged_at.filter(|_| converged) {
            if at.elapsed() >= monitor {
                out.write("verify", &format!("Service {id} converged"), None);
                if let Some(m) = &message {
                    out.write("rollback", m, None);
                }
                return Ok(());
            }
        }
        let tasks = tasks_of(engine, s(&service, "/ID")).await?;
        let active = active_nodes(engine).await?;
        converged = updater
            .as_mut()
            .expect("updater")
            .update(out, &service, &tasks, &active, rollback);
        if converged {
            if service.get("JobStatus").is_some_and(|j| !j.is_null()) {
                out.write("", "job complete", None);
                return Ok(());
            }
            let at = *converged_at.get_or_insert_with(Instant::now);
            if let Some(wait) = monitor.checked_sub(at.elapsed()) {
                out.write(
                    "verify",
                    &format!(
                        "Waiting {} seconds to verify that tasks are stable...",
                        wait.as_secs() + 1
                    ),
                    None,
                );
            }
        } else {
            if converged_at.is_some() {
                out.write("verify", "Detected task failure", None);
            }
            converged_at = None;
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_millis(200)) => {}
            _ = &mut interrupt => {
                if !converged {
                    out.write("", "Operation continuing in background.", None);
                    out.write("", &format!("Use `docker service ps {id}` to check progress."), None);
                }
                return Ok(());
            }
        }
    }
}
