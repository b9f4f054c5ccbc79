//! `hvdock service scale SERVICE=REPLICAS...`: each service scaled in turn ("NAME scaled to N"),
//! then the convergence display of each unless `-d`; failures joined at the end.

use anyhow::Result;
use serde_json::{json, Value};

use crate::cli::service::ScaleArgs;
use crate::commands::Ctx;
use crate::error::CliError;

pub async fn run(ctx: &Ctx, a: ScaleArgs) -> Result<()> {
    // docker checks every argument's shape before doing anything.
    for arg in &a.pairs {
        if !arg.contains('=') {
            return Err(CliError::message(
                format!(
                    "invalid scale specifier '{arg}'.\nSee 'docker service scale --help'.\n\nUsage:  docker service scale SERVICE=REPLICAS [SERVICE=REPLICAS...]\n\nScale one or multiple replicated services"
                ),
                1,
            ));
        }
    }
    let engine = ctx.engine()?;
    engine.api().await?;
    let mut errs = Vec::new();
    let mut scaled = Vec::new();
    for arg in &a.pairs {
        let (name, n) = arg.split_once('=').unwrap_or((arg, ""));
        let replicas: u64 = match n.parse() {
            Ok(r) if n.bytes().all(|b| b.is_ascii_digit()) => r,
            _ => {
                let why = if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) {
                    "value out of range"
                } else {
                    "invalid syntax"
                };
                errs.push(format!(
                    "{name}: invalid replicas value {n}: strconv.ParseUint: parsing {n:?}: {why}"
                ));
                continue;
            }
        };
        match scale_one(engine, name, replicas).await {
            Ok(answer) => {
                super::create::print_warnings(&answer);
                println!("{name} scaled to {replicas}");
                scaled.push(name.to_string());
            }
            Err(e) => {
                if matches!(crate::error::classify(&e), Some(CliError::Connect { .. })) {
                    return Err(e);
                }
                errs.push(format!("{name}: {}", super::text(&e)));
            }
        }
    }
    if !a.detach {
        for name in &scaled {
            if let Err(e) = super::progress::wait(engine, name, false).await {
                errs.push(format!("{name}: {}", super::text(&e)));
            }
        }
    }
    super::joined(errs)
}

async fn scale_one(engine: &crate::engine::Engine, name: &str, replicas: u64) -> Result<Value> {
    let service = super::fetch(engine, name).await?;
    let mut spec = service.get("Spec").cloned().unwrap_or_default();
    let mode = super::spec::obj(&mut spec, "Mode");
    if let Some(r) = mode.get_mut("Replicated").and_then(Value::as_object_mut) {
        r.insert("Replicas".into(), json!(replicas));
    } else if let Some(r) = mode.get_mut("ReplicatedJob").and_then(Value::as_object_mut) {
        r.insert("TotalCompletions".into(), json!(replicas));
    } else {
        return Err(CliError::message(
            "scale can only be used with replicated or replicated-job mode",
            1,
        ));
    }
    super::post_update(engine, &service, &spec, &[], &[]).await
}
