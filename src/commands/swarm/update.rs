//! `hvdock swarm update`: the given flags merged into the current spec.

use anyhow::Result;

use super::{inspect, merge_spec, print_unlock_command, unlock_key, update_spec};
use crate::cli::swarm::UpdateArgs;
use crate::commands::Ctx;

pub async fn run(ctx: &Ctx, a: UpdateArgs) -> Result<()> {
    let s = &a.spec;
    let none = a.autolock.is_none()
        && s.cert_expiry.is_none()
        && s.dispatcher_heartbeat.is_none()
        && s.external_ca.is_empty()
        && s.max_snapshots.is_none()
        && s.snapshot_interval.is_none()
        && s.task_history_limit.is_none();
    if none {
        // docker: no flag at all is a request for help (pflag.ErrHelp), exit 0
        return crate::commands::generate::help(ctx, &["swarm".into(), "update".into()]).await;
    }
    let engine = ctx.engine()?;
    let swarm = inspect(engine).await?;
    let autolock = |spec: &serde_json::Value| {
        spec["EncryptionConfig"]["AutoLockManagers"]
            .as_bool()
            .unwrap_or(false)
    };
    let mut spec = swarm["Spec"].clone();
    let before = autolock(&spec);
    let trust_root = swarm["ClusterInfo"]["TLSInfo"]["TrustRoot"]
        .as_str()
        .or(swarm["TLSInfo"]["TrustRoot"].as_str())
        .map(str::to_string);
    merge_spec(&mut spec, &a.spec, a.autolock, trust_root.as_deref());
    update_spec(engine, &swarm, &spec, (false, false, false)).await?;
    println!("Swarm updated.");
    if autolock(&spec) && !before {
        print_unlock_command(&unlock_key(engine).await?);
    }
    Ok(())
}
