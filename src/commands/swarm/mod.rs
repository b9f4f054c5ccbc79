//! `hvdock swarm ...`: what the verbs share (the swarm object, join and unlock instructions,
//! spec flags merged into a spec as docker's `mergeSwarmSpec` does).

mod ca;
mod init;
mod join;
mod join_token;
mod leave;
mod unlock;
mod unlock_key;
mod update;

use anyhow::Result;
use serde_json::{json, Value as J};

use super::Ctx;
use crate::cli::swarm::{SpecArgs, SwarmCommand as S};
use crate::engine::path::ApiPath;
use crate::engine::{raw, Engine};
use crate::error::CliError;

pub async fn dispatch(ctx: &'static Ctx, cmd: S) -> Result<()> {
    match cmd {
        S::Ca(a) => ca::run(ctx, a).await,
        S::Init(a) => init::run(ctx, a).await,
        S::Join(a) => join::run(ctx, a).await,
        S::JoinToken(a) => join_token::run(ctx, a).await,
        S::Leave(a) => leave::run(ctx, a).await,
        S::Unlock(_) => unlock::run(ctx).await,
        S::UnlockKey(a) => unlock_key::run(ctx, a).await,
        S::Update(a) => update::run(ctx, a).await,
    }
}

/// `GET /swarm`.
pub async fn inspect(engine: &Engine) -> Result<J> {
    raw::get_json(engine, &ApiPath::new("/swarm")).await
}

/// `GET /info`.
pub async fn info(engine: &Engine) -> Result<J> {
    raw::get_json(engine, &ApiPath::new("/info")).await
}

/// `POST /swarm/update` with the swarm's version and a (merged) spec.
pub async fn update_spec(
    engine: &Engine,
    swarm: &J,
    spec: &J,
    rotate: (bool, bool, bool),
) -> Result<()> {
    let version = swarm["Version"]["Index"].as_u64().unwrap_or_default();
    let path = ApiPath::new("/swarm/update")
        .query("version", &version.to_string())
        .query("rotateWorkerToken", &rotate.0.to_string())
        .query("rotateManagerToken", &rotate.1.to_string())
        .query("rotateManagerUnlockKey", &rotate.2.to_string());
    raw::send_only(engine, http::Method::POST, &path, Some(spec)).await?;
    Ok(())
}

/// `GET /swarm/unlockkey`: the key ("" when autolock is off); docker's wording on failure.
pub async fn unlock_key(engine: &Engine) -> Result<String> {
    match raw::get_json(engine, &ApiPath::new("/swarm/unlockkey")).await {
        Ok(k) => Ok(k["UnlockKey"].as_str().unwrap_or_default().to_string()),
        Err(e) => Err(CliError::message(
            format!("could not fetch unlock key: {}", crate::error::render(&e).0),
            1,
        )),
    }
}

/// docker's `printJoinCommand`: the join command for workers and/or managers, when `node_id` is
/// a manager.
pub async fn print_join_command(
    engine: &Engine,
    node_id: &str,
    worker: bool,
    manager: bool,
) -> Result<()> {
    let node = raw::get_json(engine, &ApiPath::new("/nodes").seg(node_id)).await?;
    let swarm = inspect(engine).await?;
    let Some(addr) = node
        .get("ManagerStatus")
        .filter(|m| m.is_object())
        .map(|m| m["Addr"].as_str().unwrap_or_default().to_string())
    else {
        return Ok(());
    };
    let tokens = &swarm["JoinTokens"];
    let mut out = String::new();
    for (wanted, role, key) in [
        (worker, "worker", "Worker"),
        (manager, "manager", "Manager"),
    ] {
        if wanted {
            out.push_str(&format!(
                "To add a {role} to this swarm, run the following command:\n\n    docker swarm join --token {} {addr}\n\n",
                tokens[key].as_str().unwrap_or_default()
            ));
        }
    }
    print!("{out}");
    Ok(())
}

/// docker's `printUnlockCommand`.
pub fn print_unlock_command(key: &str) {
    if !key.is_empty() {
        print!(
            "To unlock a swarm manager after it restarts, run the `docker swarm unlock`\n\
             command and provide the following key:\n\n    {key}\n\n\
             Remember to store this key in a password manager, since without it you\n\
             will not be able to restart the manager.\n"
        );
    }
}

/// docker's check of `--availability` (only when the flag was given).
pub fn availability(value: &str) -> Result<String> {
    let a = value.to_lowercase();
    match a.as_str() {
        "active" | "pause" | "drain" => Ok(a),
        _ => Err(CliError::message(
            format!(
                "invalid availability {}, only active, pause and drain are supported",
                crate::commands::listing::go_quote(value)
            ),
            1,
        )),
    }
}

/// Sets `spec[path...] = value`, making the objects on the way.
fn set(spec: &mut J, path: &[&str], value: J) {
    let mut at = spec;
    for key in path {
        if !at.is_object() {
            *at = json!({});
        }
        at = at
            .as_object_mut()
            .expect("object")
            .entry(key.to_string())
            .or_insert(J::Null);
    }
    *at = value;
}

/// docker's `mergeSwarmSpec`: the given flags into `spec`; `ca_cert` fills external CAs that
/// name no certificate of their own.
pub fn merge_spec(spec: &mut J, a: &SpecArgs, autolock: Option<bool>, ca_cert: Option<&str>) {
    if let Some(v) = a.task_history_limit {
        set(
            spec,
            &["Orchestration", "TaskHistoryRetentionLimit"],
            json!(v),
        );
    }
    if let Some(v) = a.dispatcher_heartbeat {
        set(spec, &["Dispatcher", "HeartbeatPeriod"], json!(v));
    }
    if let Some(v) = a.max_snapshots {
        set(spec, &["Raft", "KeepOldSnapshots"], json!(v));
    }
    if let Some(v) = a.snapshot_interval {
        set(spec, &["Raft", "SnapshotInterval"], json!(v));
    }
    if let Some(v) = autolock {
        set(spec, &["EncryptionConfig", "AutoLockManagers"], json!(v));
    }
    merge_ca(spec, a.cert_expiry, &a.external_ca, ca_cert);
}

/// docker's `mergeSwarmSpecCAFlags`.
pub fn merge_ca(spec: &mut J, cert_expiry: Option<i64>, external: &[J], ca_cert: Option<&str>) {
    if let Some(v) = cert_expiry {
        set(spec, &["CAConfig", "NodeCertExpiry"], json!(v));
    }
    if !external.is_empty() {
        let cas: Vec<J> = external
            .iter()
            .cloned()
            .map(|mut ca| {
                if let Some(c) = ca_cert.filter(|_| ca.get("CACert").is_none()) {
                    ca["CACert"] = json!(c);
                }
                ca
            })
            .collect();
        set(spec, &["CAConfig", "ExternalCAs"], J::Array(cas));
    }
}
