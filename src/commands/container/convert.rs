//! Converting a container to another isolation level without losing anything: stop it (if
//! running), keep its writable layer (commit, only when it has changes), move it aside, create
//! the replacement under its name with the same config, volumes and networks, start it if the
//! original was running, and only then remove the original (keeping its volumes). Any failure
//! undoes every step taken, in reverse, leaving the original as it was.

use anyhow::Result;
use serde_json::{json, Value};

use crate::commands::Ctx;
use crate::engine::ApiPath;
use crate::engine::{raw, Engine};
use crate::error::{self, CliError};
use crate::isolation::{convert, effective, plan, Capabilities};

/// A test-only switch: `HVDOCK_TEST_FAIL_CONVERT=<step>` makes the conversion fail right after
/// that step, to prove the rollback.
const FAULT_ENV: &str = "HVDOCK_TEST_FAIL_CONVERT";

#[derive(Debug)]
enum Undo {
    Start(String),
    RemoveImage(String),
    Rename { id: String, name: String },
    RemoveContainer(String),
}

fn fault(step: &str) -> Result<()> {
    match std::env::var(FAULT_ENV) {
        Ok(s) if s == step => Err(anyhow::anyhow!("injected failure after step {step:?}")),
        _ => Ok(()),
    }
}

async fn post(engine: &Engine, path: &ApiPath, body: Option<&Value>) -> Result<Value> {
    raw::send_json(engine, http::Method::POST, path, body).await
}

async fn undo_all(engine: &Engine, journal: Vec<Undo>) -> Vec<String> {
    let mut problems = Vec::new();
    for step in journal.into_iter().rev() {
        let r = match &step {
            Undo::Start(id) => post(
                engine,
                &ApiPath::new("/containers").seg(id).lit("/start"),
                None,
            )
            .await
            .map(|_| ()),
            Undo::RemoveImage(id) => raw::request(
                engine,
                http::Method::DELETE,
                &ApiPath::new("/images").seg(id).query("noprune", "0"),
                None,
            )
            .await
            .map(|_| ()),
            Undo::Rename { id, name } => post(
                engine,
                &ApiPath::new("/containers")
                    .seg(id)
                    .lit("/rename")
                    .query("name", name),
                None,
            )
            .await
            .map(|_| ()),
            Undo::RemoveContainer(id) => raw::request(
                engine,
                http::Method::DELETE,
                &ApiPath::new("/containers").seg(id).query("force", "1"),
                None,
            )
            .await
            .map(|_| ()),
        };
        if let Err(e) = r {
            problems.push(format!("undoing {step:?}: {}", error::render(&e).0));
        }
    }
    problems
}

/// Converts one container; returns the replacement's ID (or the same ID when nothing changes).
pub async fn convert(
    ctx: &Ctx,
    caps: &Capabilities,
    name: &str,
    level: plan::Level,
) -> Result<String> {
    let engine = ctx.engine()?;
    let inspect =
        raw::get_json(engine, &ApiPath::new("/containers").seg(name).lit("/json")).await?;
    let id = inspect["Id"].as_str().unwrap_or_default().to_string();
    let shown = inspect["Name"]
        .as_str()
        .unwrap_or(name)
        .trim_start_matches('/')
        .to_string();
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
    let running = inspect
        .pointer("/State/Running")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let auto_remove = inspect
        .pointer("/HostConfig/AutoRemove")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    if running && auto_remove {
        return Err(CliError::message(
            format!(
                "cannot convert {shown}: it is running with --rm, and stopping it would remove it"
            ),
            1,
        ));
    }

    let mut journal = Vec::new();
    let result = async {
        if running {
            eprintln!(
                "Stopping {shown} to convert it to {} isolation",
                level.as_str()
            );
            post(
                engine,
                &ApiPath::new("/containers").seg(&id).lit("/stop"),
                None,
            )
            .await?;
            journal.push(Undo::Start(id.clone()));
        }
        fault("stop")?;

        let changes = raw::get_json(
            engine,
            &ApiPath::new("/containers").seg(&id).lit("/changes"),
        )
        .await?;
        let layer = if changes.as_array().is_some_and(|c| !c.is_empty()) {
            let repo = format!("hvdock-layer/{}", shown.to_ascii_lowercase());
            let tag = &id[..12.min(id.len())];
            let path = ApiPath::new("/commit")
                .query("container", &id)
                .query("repo", &repo)
                .query("tag", tag)
                .query("pause", "0");
            let committed = post(engine, &path, Some(&json!({}))).await?;
            let image = committed["Id"].as_str().unwrap_or_default().to_string();
            journal.push(Undo::RemoveImage(image.clone()));
            Some(format!("{repo}:{tag}"))
        } else {
            None
        };
        fault("commit")?;

        let aside = format!("{shown}-hvdock-old-{}", &id[..12.min(id.len())]);
        post(
            engine,
            &ApiPath::new("/containers")
                .seg(&id)
                .lit("/rename")
                .query("name", &aside),
            None,
        )
        .await?;
        journal.push(Undo::Rename {
            id: id.clone(),
            name: shown.clone(),
        });
        fault("rename")?;

        let request = convert::recreate(&inspect, &decision, layer.as_deref());
        let created = post(
            engine,
            &ApiPath::new("/containers/create").query("name", &shown),
            Some(&request.body),
        )
        .await?;
        let new_id = created["Id"].as_str().unwrap_or_default().to_string();
        journal.push(Undo::RemoveContainer(new_id.clone()));
        fault("create")?;

        for (net, endpoint) in &request.more_networks {
            let body = json!({"Container": new_id, "EndpointConfig": endpoint});
            post(
                engine,
                &ApiPath::new("/networks").seg(net).lit("/connect"),
                Some(&body),
            )
            .await?;
        }
        fault("connect")?;

        if running {
            post(
                engine,
                &ApiPath::new("/containers").seg(&new_id).lit("/start"),
                None,
            )
            .await?;
        }
        fault("start")?;
        Ok::<_, anyhow::Error>(new_id)
    }
    .await;

    match result {
        Ok(new_id) => {
            // The original goes, its volumes stay: the replacement uses them.
            raw::request(
                engine,
                http::Method::DELETE,
                &ApiPath::new("/containers")
                    .seg(&id)
                    .query("v", "0")
                    .query("force", "1"),
                None,
            )
            .await?;
            // A layer image from an earlier conversion is now only a parent of the new one: untag it.
            if let Some(old) = inspect["Config"]["Image"]
                .as_str()
                .filter(|i| i.starts_with("hvdock-layer/"))
            {
                let path = ApiPath::new("/images").seg(old).query("noprune", "1");
                let _ = raw::request(engine, http::Method::DELETE, &path, None).await;
            }
            Ok(new_id)
        }
        Err(e) => {
            let problems = undo_all(engine, journal).await;
            let mut msg = format!("converting {shown} failed: {}", error::render(&e).0);
            if problems.is_empty() {
                msg.push_str(&format!("; {shown} is unchanged"));
            } else {
                msg.push_str(&format!(
                    "; rolling back also failed: {}",
                    problems.join("; ")
                ));
            }
            Err(CliError::message(msg, 1))
        }
    }
}
