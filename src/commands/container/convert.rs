//! Converting a container to another isolation level without losing anything, whatever
//! interrupts it. The conversion is a journal on the daemon (see [`journal`]): first a journal
//! volume records the plan and the original's run state; then the original is stopped, its
//! writable layer committed (only when it has changes), the original set aside under
//! `NAME-hvdock-old-<id12>`, the replacement created under its name (labelled
//! `io.hvdock.converted-from=<original id>`), connected, brought to the original's run state,
//! and only then the original removed (its volumes stay: the replacement uses them) and the
//! journal deleted.
//!
//! At every instant what exists says how far it got, so any hvdock process finishes it
//! ([`finish`]) or rolls it back ([`roll_back`]) from there: re-running `update --isolation`
//! does, and so does `isolation recover`. SIGINT, SIGTERM and SIGHUP let the current step end,
//! then roll back, and exit 128+signal; a second one exits at once, leaving the journal for the
//! next hvdock.

use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::Once;

use anyhow::Result;
use serde_json::{json, Value};

use crate::commands::Ctx;
use crate::engine::{raw, ApiPath, Engine};
use crate::error::{self, CliError};
use crate::isolation::journal::{self, Journal, RunState};
use crate::isolation::{convert, effective, plan, Capabilities};

/// A test-only switch: `HVDOCK_TEST_FAIL_CONVERT=<step>` makes the conversion fail right after
/// that step, to prove the rollback.
const FAULT_ENV: &str = "HVDOCK_TEST_FAIL_CONVERT";

/// The first terminating signal received during a conversion (0: none).
static SIGNAL: AtomicI32 = AtomicI32::new(0);
static LISTEN: Once = Once::new();

/// Listens for SIGINT, SIGTERM and SIGHUP: the first is remembered (the conversion rolls back
/// after its current step), a second ends hvdock at once with 128+signal.
fn listen_for_signals() {
    LISTEN.call_once(|| {
        use tokio::signal::unix::{signal, SignalKind};
        for n in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP] {
            let Ok(mut l) = signal(SignalKind::from_raw(n)) else {
                continue;
            };
            tokio::spawn(async move {
                while l.recv().await.is_some() {
                    if SIGNAL.compare_exchange(0, n, Ordering::SeqCst, Ordering::SeqCst).is_ok() {
                        eprintln!("Interrupted: finishing the current step, then rolling back (interrupt again to stop at once)");
                    } else {
                        eprintln!("Stopped at once: run 'hvdock isolation recover' to finish or roll back the conversion");
                        std::process::exit(128 + n);
                    }
                }
            });
        }
    });
}

/// The conversion was interrupted by this signal.
#[derive(Debug)]
struct Interrupted(i32);

impl std::fmt::Display for Interrupted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "interrupted by signal {}", self.0)
    }
}

impl std::error::Error for Interrupted {}

/// The end of one step: an injected test failure, or a signal, stops the conversion here.
fn step_done(step: &str) -> Result<()> {
    let n = SIGNAL.load(Ordering::SeqCst);
    if n != 0 {
        return Err(Interrupted(n).into());
    }
    match std::env::var(FAULT_ENV) {
        Ok(s) if s == step => Err(anyhow::anyhow!("injected failure after step {step:?}")),
        _ => Ok(()),
    }
}

fn container(id: &str) -> ApiPath {
    ApiPath::new("/containers").seg(id)
}

async fn post(engine: &Engine, path: &ApiPath, body: Option<&Value>) -> Result<Value> {
    raw::send_json(engine, http::Method::POST, path, body).await
}

async fn delete(engine: &Engine, path: &ApiPath) -> Result<()> {
    raw::request(engine, http::Method::DELETE, path, None)
        .await
        .map(|_| ())
}

/// Inspects a container; `None` when there is no such container.
async fn inspect(engine: &Engine, reference: &str) -> Result<Option<Value>> {
    match raw::get_json(engine, &container(reference).lit("/json")).await {
        Ok(v) => Ok(Some(v)),
        Err(e) if error::is_not_found(&e) => Ok(None),
        Err(e) => Err(e),
    }
}

async fn image_exists(engine: &Engine, reference: &str) -> Result<bool> {
    if reference.is_empty() {
        return Ok(false);
    }
    let path = ApiPath::new("/images").seg(reference).lit("/json");
    match raw::get_json(engine, &path).await {
        Ok(_) => Ok(true),
        Err(e) if error::is_not_found(&e) => Ok(false),
        Err(e) => Err(e),
    }
}

fn name_of(inspect: &Value) -> String {
    inspect["Name"]
        .as_str()
        .unwrap_or_default()
        .trim_start_matches('/')
        .to_string()
}

/// Every conversion journal on the daemon.
pub async fn journals(engine: &Engine) -> Result<Vec<Journal>> {
    let filter = json!({"label": [format!("{}={}", journal::LABEL_KIND, journal::KIND_JOURNAL)]});
    let path = ApiPath::new("/volumes").query("filters", &filter.to_string());
    let answer = raw::get_json(engine, &path).await?;
    let mut out: Vec<Journal> = answer["Volumes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Journal::from_volume)
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

/// The replacement a conversion created, if it exists.
pub async fn replacement(engine: &Engine, j: &Journal) -> Result<Option<Value>> {
    let filter = json!({"label": [format!("{}={}", convert::LABEL_CONVERTED_FROM, j.from)]});
    let path = ApiPath::new("/containers/json")
        .query("all", "1")
        .query("filters", &filter.to_string());
    let list = raw::get_json(engine, &path).await?;
    let id = list
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["Id"].as_str())
        .find(|id| *id != j.from)
        .map(str::to_string);
    match id {
        Some(id) => inspect(engine, &id).await,
        None => Ok(None),
    }
}

/// What exists of a conversion, and so how far it got.
pub struct Progress {
    pub original: Option<Value>,
    pub replacement: Option<Value>,
    pub layer: bool,
}

impl Progress {
    pub async fn of(engine: &Engine, j: &Journal) -> Result<Progress> {
        Ok(Progress {
            original: inspect(engine, &j.from).await?,
            replacement: replacement(engine, j).await?,
            layer: image_exists(engine, &j.layer).await?,
        })
    }

    /// The last step that took effect.
    pub fn step(&self, j: &Journal) -> &'static str {
        match (&self.original, &self.replacement) {
            (None, _) => "original removed",
            (Some(_), Some(r)) if RunState::of(r) == j.state => "replacement ready",
            (Some(_), Some(_)) => "replacement created",
            (Some(o), None) if name_of(o) != j.name => "original set aside",
            (Some(_), None) if self.layer => "layer committed",
            (Some(o), None) if RunState::of(o) != j.state => "original stopped",
            (Some(_), None) => "started",
        }
    }

    /// Recovery finishes a conversion whose replacement exists (or whose original is gone),
    /// and rolls back one that had not got that far.
    pub fn finishes(&self) -> bool {
        self.original.is_none() || self.replacement.is_some()
    }
}

/// Brings a container from its current run state to `want`.
async fn set_state(engine: &Engine, id: &str, inspect: &Value, want: RunState) -> Result<()> {
    let now = RunState::of(inspect);
    let c = || container(id);
    match (now, want) {
        (RunState::Running, RunState::Running)
        | (RunState::Paused, RunState::Paused)
        | (RunState::Stopped, RunState::Stopped) => {}
        (RunState::Paused, RunState::Running) => {
            post(engine, &c().lit("/unpause"), None).await?;
        }
        (RunState::Stopped, RunState::Running) => {
            post(engine, &c().lit("/start"), None).await?;
        }
        (RunState::Stopped, RunState::Paused) => {
            post(engine, &c().lit("/start"), None).await?;
            post(engine, &c().lit("/pause"), None).await?;
        }
        (RunState::Running, RunState::Paused) => {
            post(engine, &c().lit("/pause"), None).await?;
        }
        (RunState::Running | RunState::Paused, RunState::Stopped) => {
            post(engine, &c().lit("/stop"), None).await?;
        }
    }
    Ok(())
}

fn decision_for(caps: &Capabilities, j: &Journal) -> Result<plan::Decision> {
    let level = plan::parse(&j.level).map_err(|e| CliError::message(e, 1))?;
    let runtime = (!j.runtime.is_empty()).then_some(j.runtime.as_str());
    plan::decide(caps, level, runtime, None).map_err(|e| CliError::message(e, 1))
}

/// Takes a conversion forward from wherever it is to its end; returns the replacement's ID.
pub async fn finish(engine: &Engine, caps: &Capabilities, j: &Journal) -> Result<String> {
    let decision = decision_for(caps, j)?;
    let mut new_id = String::new();
    if let Some(orig) = inspect(engine, &j.from).await? {
        let existing = replacement(engine, j).await?;
        let layer = if image_exists(engine, &j.layer).await? {
            Some(j.layer.clone())
        } else {
            None
        };
        let mut request = convert::recreate(&orig, &decision, layer.as_deref());
        let new = match existing {
            Some(new) => new,
            None => {
                // A paused container is resumed first, so that it stops gracefully rather than
                // at the end of the stop timeout; the journal brings it back paused.
                let now = RunState::of(&orig);
                if now == RunState::Paused {
                    post(engine, &container(&j.from).lit("/unpause"), None).await?;
                }
                if now != RunState::Stopped {
                    post(engine, &container(&j.from).lit("/stop"), None).await?;
                }
                step_done("stop")?;
                let changes = raw::get_json(engine, &container(&j.from).lit("/changes")).await?;
                if layer.is_none() && changes.as_array().is_some_and(|c| !c.is_empty()) {
                    let (repo, tag) = j.layer.rsplit_once(':').unwrap_or((&j.layer, "latest"));
                    let path = ApiPath::new("/commit")
                        .query("container", &j.from)
                        .query("repo", repo)
                        .query("tag", tag)
                        .query("pause", "0");
                    post(engine, &path, Some(&json!({}))).await?;
                    request = convert::recreate(&orig, &decision, Some(&j.layer));
                }
                step_done("commit")?;
                if name_of(&orig) != j.aside() {
                    let path = container(&j.from).lit("/rename").query("name", &j.aside());
                    post(engine, &path, None).await?;
                }
                step_done("rename")?;
                let path = ApiPath::new("/containers/create").query("name", &j.name);
                let created = post(engine, &path, Some(&request.body)).await?;
                let id = created["Id"].as_str().unwrap_or_default();
                step_done("create")?;
                inspect(engine, id)
                    .await?
                    .ok_or_else(|| anyhow::anyhow!("the replacement {id} vanished"))?
            }
        };
        new_id = new["Id"].as_str().unwrap_or_default().to_string();
        for (net, endpoint) in &request.more_networks {
            if new["NetworkSettings"]["Networks"].get(net).is_some() {
                continue;
            }
            let body = json!({"Container": new_id, "EndpointConfig": endpoint});
            let path = ApiPath::new("/networks").seg(net).lit("/connect");
            post(engine, &path, Some(&body)).await?;
        }
        step_done("connect")?;
        set_state(engine, &new_id, &new, j.state).await?;
        step_done("start")?;
        // The original goes, its volumes stay: the replacement uses them.
        delete(
            engine,
            &container(&j.from).query("v", "0").query("force", "1"),
        )
        .await?;
    } else if let Some(new) = replacement(engine, j).await? {
        new_id = new["Id"].as_str().unwrap_or_default().to_string();
    }
    // A layer image from an earlier conversion is now only a parent of the new one: untag it.
    if !j.old_layer.is_empty() {
        let path = ApiPath::new("/images")
            .seg(&j.old_layer)
            .query("noprune", "1");
        let _ = delete(engine, &path).await;
    }
    delete(engine, &ApiPath::new("/volumes").seg(&j.volume())).await?;
    Ok(new_id)
}

/// How a rollback ended.
pub enum RolledBack {
    /// The original is back under its name, in its run state; its ID.
    Original(String),
    /// The original had already been removed, so the conversion was finished instead.
    Finished(String),
}

/// Undoes a conversion from wherever it is: the replacement and the layer image go, the
/// original gets its name and run state back, the journal goes last.
pub async fn roll_back(engine: &Engine, caps: &Capabilities, j: &Journal) -> Result<RolledBack> {
    if inspect(engine, &j.from).await?.is_none() {
        return Ok(RolledBack::Finished(finish(engine, caps, j).await?));
    }
    if let Some(new) = replacement(engine, j).await? {
        let id = new["Id"].as_str().unwrap_or_default();
        delete(engine, &container(id).query("v", "0").query("force", "1")).await?;
    }
    let orig = inspect(engine, &j.from)
        .await?
        .ok_or_else(|| anyhow::anyhow!("the original {} vanished", j.short()))?;
    if name_of(&orig) != j.name {
        let path = container(&j.from).lit("/rename").query("name", &j.name);
        post(engine, &path, None).await?;
    }
    if image_exists(engine, &j.layer).await? {
        delete(engine, &ApiPath::new("/images").seg(&j.layer)).await?;
    }
    set_state(engine, &j.from, &orig, j.state).await?;
    delete(engine, &ApiPath::new("/volumes").seg(&j.volume())).await?;
    Ok(RolledBack::Original(j.from.clone()))
}

/// Refuses to touch a conversion that a live hvdock process on this host is running.
pub fn check_not_in_progress(j: &Journal) -> Result<()> {
    if journal::owner_alive(&j.owner) {
        let pid = j.owner.split(' ').nth(1).unwrap_or_default();
        return Err(CliError::message(
            format!(
                "the conversion of {} is in progress (hvdock process {pid})",
                j.name
            ),
            1,
        ));
    }
    Ok(())
}

/// Containers that would be left pointing at the original: refuse to convert with them around.
async fn refuse_dependents(engine: &Engine, id: &str, shown: &str) -> Result<()> {
    let list = raw::get_json(engine, &ApiPath::new("/containers/json").query("all", "1")).await?;
    let ids: Vec<String> = list
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["Id"].as_str().map(str::to_string))
        .filter(|c| c != id)
        .collect();
    let inspects = futures_util::future::join_all(ids.iter().map(|c| inspect(engine, c))).await;
    let others: Vec<Value> = inspects
        .into_iter()
        .filter_map(|r| r.ok().flatten())
        .collect();
    let deps = convert::dependents(&others, id, shown);
    if deps.is_empty() {
        return Ok(());
    }
    Err(CliError::message(
        format!(
            "cannot convert {shown}: {} depend{} on it and would be left pointing at the removed original; remove {} first",
            deps.join(", "),
            if deps.len() == 1 { "s" } else { "" },
            if deps.len() == 1 { "it" } else { "them" },
        ),
        1,
    ))
}

/// Records a new conversion; fails when another hvdock recorded one for the same container first.
async fn begin(engine: &Engine, j: &Journal) -> Result<()> {
    let body = json!({"Name": j.volume(), "Labels": j.labels()});
    let made = post(engine, &ApiPath::new("/volumes/create"), Some(&body)).await?;
    if Journal::from_volume(&made).as_ref() != Some(j) {
        return Err(CliError::message(
            format!(
                "another conversion of {} has begun: see 'hvdock isolation recover --list'",
                j.name
            ),
            1,
        ));
    }
    Ok(())
}

/// Ends hvdock after a signal, once the conversion has been rolled back (or could not be).
fn exit_interrupted(n: i32, shown: &str, rolled_back: Result<RolledBack>) -> ! {
    match rolled_back {
        Ok(RolledBack::Original(_)) => {
            eprintln!("Interrupted: the conversion was rolled back; {shown} is unchanged")
        }
        Ok(RolledBack::Finished(_)) => {
            eprintln!("Interrupted after the original was removed: the conversion of {shown} was finished")
        }
        Err(e) => eprintln!(
            "Interrupted, and rolling back failed: {}; run 'hvdock isolation recover' to repair {shown}",
            error::render(&e).0
        ),
    }
    std::process::exit(128 + n)
}

/// The journal of an interrupted conversion of `reference`, if there is one.
async fn interrupted(engine: &Engine, reference: &str) -> Result<Option<Journal>> {
    let found = journals(engine).await?;
    let by_name = found
        .iter()
        .position(|j| j.name == reference.trim_start_matches('/'));
    Ok(match by_name {
        Some(i) => found.into_iter().nth(i),
        None => found.into_iter().find(|j| j.matches(reference)),
    })
}

/// Converts one container; returns the replacement's ID (or the same ID when nothing changes).
/// An interrupted conversion of it is finished first when it had the same target, and rolled
/// back otherwise.
pub async fn convert(
    ctx: &Ctx,
    caps: &Capabilities,
    name: &str,
    level: plan::Level,
) -> Result<String> {
    listen_for_signals();
    let engine = ctx.engine()?;
    if let Some(j) = interrupted(engine, name).await? {
        check_not_in_progress(&j)?;
        if j.level == level.as_str() {
            eprintln!(
                "Finishing the interrupted conversion of {} to {} isolation",
                j.name, j.level
            );
            return run(engine, caps, &j).await;
        }
        eprintln!(
            "Rolling back the interrupted conversion of {} to {} isolation",
            j.name, j.level
        );
        if let RolledBack::Finished(_) = roll_back(engine, caps, &j).await? {
            eprintln!("Its original was already removed: the conversion was finished instead");
        }
    }
    let inspect = raw::get_json(engine, &container(name).lit("/json")).await?;
    let id = inspect["Id"].as_str().unwrap_or_default().to_string();
    let shown = name_of(&inspect);
    let preferred = crate::isolation::preferred_hyperv_runtime(&ctx.config_dir);
    let decision = plan::decide(caps, level, None, preferred.as_deref())
        .map_err(|e| CliError::message(e, 1))?;
    let current = effective::level(
        &inspect,
        &caps.os_type,
        &caps.runtimes,
        &caps.default_runtime,
        &caps.default_isolation,
    );
    let current_runtime = inspect
        .pointer("/HostConfig/Runtime")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let same = match level {
        plan::Level::Default => true,
        _ if caps.os_type == "windows" => inspect
            .pointer("/HostConfig/Isolation")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .eq_ignore_ascii_case(level.as_str()),
        _ => current == level.as_str() && decision.runtime.as_deref() == Some(current_runtime),
    };
    if same {
        eprintln!("{shown} already has {} isolation", level.as_str());
        return Ok(id);
    }
    let state = RunState::of(&inspect);
    let auto_remove = inspect
        .pointer("/HostConfig/AutoRemove")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    if state != RunState::Stopped && auto_remove {
        return Err(CliError::message(
            format!(
                "cannot convert {shown}: it is running with --rm, and stopping it would remove it"
            ),
            1,
        ));
    }
    refuse_dependents(engine, &id, &shown).await?;

    let j = Journal {
        name: shown.clone(),
        from: id.clone(),
        level: level.as_str().to_string(),
        runtime: decision.runtime.clone().unwrap_or_default(),
        state,
        layer: journal::layer_ref(&shown, &id),
        old_layer: inspect["Config"]["Image"]
            .as_str()
            .filter(|i| i.starts_with("hvdock-layer/"))
            .unwrap_or_default()
            .to_string(),
        owner: journal::this_process(),
    };
    begin(engine, &j).await?;
    if state != RunState::Stopped {
        eprintln!(
            "Stopping {shown} to convert it to {} isolation",
            level.as_str()
        );
    }
    run(engine, caps, &j).await
}

/// Runs a recorded conversion to its end; any failure or signal rolls it back.
async fn run(engine: &Engine, caps: &Capabilities, j: &Journal) -> Result<String> {
    let shown = &j.name;
    let result = async {
        step_done("journal")?;
        finish(engine, caps, j).await
    }
    .await;
    let e = match result {
        Ok(new_id) => return Ok(new_id),
        Err(e) => e,
    };
    let undone = roll_back(engine, caps, j).await;
    if let Some(Interrupted(n)) = e.downcast_ref::<Interrupted>() {
        exit_interrupted(*n, shown, undone);
    }
    let mut msg = format!("converting {shown} failed: {}", error::render(&e).0);
    match undone {
        Ok(RolledBack::Original(_)) => msg.push_str(&format!("; {shown} is unchanged")),
        Ok(RolledBack::Finished(_)) => {
            msg.push_str("; the original was already removed, so the conversion was finished")
        }
        Err(u) => msg.push_str(&format!(
            "; rolling back also failed: {}; run 'hvdock isolation recover' to repair {shown}",
            error::render(&u).0
        )),
    }
    Err(CliError::message(msg, 1))
}
