//! `hvdock update`: docker's resource and restart-policy updates, and `--isolation` conversion.

use crate::engine::ApiPath;
use anyhow::Result;
use serde_json::{json, Map, Value};

use super::convert;
use crate::cli::update::UpdateArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::error::{self, CliError};
use crate::isolation::{daemon, plan};

/// The `POST /containers/{id}/update` body from the resource flags; None when none was given.
fn resources(args: &UpdateArgs) -> Result<Option<Value>> {
    let mut m = Map::new();
    let mut put = |k: &str, v: Option<Value>| {
        if let Some(v) = v {
            m.insert(k.into(), v);
        }
    };
    put("BlkioWeight", args.blkio_weight.map(|v| json!(v)));
    put("CpuPeriod", args.resources.cpu_period.map(|v| json!(v)));
    put("CpuQuota", args.resources.cpu_quota.map(|v| json!(v)));
    put("CpuRealtimePeriod", args.cpu_rt_period.map(|v| json!(v)));
    put("CpuRealtimeRuntime", args.cpu_rt_runtime.map(|v| json!(v)));
    put("CpuShares", args.resources.cpu_shares.map(|v| json!(v)));
    put("NanoCpus", args.resources.cpus.map(|v| json!(v)));
    put(
        "CpusetCpus",
        args.resources.cpuset_cpus.clone().map(|v| json!(v)),
    );
    put(
        "CpusetMems",
        args.resources.cpuset_mems.clone().map(|v| json!(v)),
    );
    put("Memory", args.resources.memory.map(|v| json!(v)));
    put(
        "MemoryReservation",
        args.resources.memory_reservation.map(|v| json!(v)),
    );
    put("MemorySwap", args.resources.memory_swap.map(|v| json!(v)));
    put("PidsLimit", args.resources.pids_limit.map(|v| json!(v)));
    // Hidden in docker's help, still sent as docker sends it.
    put("KernelMemory", args.kernel_memory.map(|v| json!(v)));
    if let Some(r) = &args.restart {
        let policy = crate::opts::restart::parse(r).map_err(|e| CliError::message(e, 125))?;
        let mut value = serde_json::to_value(&policy.policy)?;
        // A name docker does not know goes to the daemon as given, for the daemon to refuse.
        if let Some(raw) = &policy.raw_name {
            value["Name"] = json!(raw);
        }
        m.insert("RestartPolicy".into(), value);
    }
    Ok((!m.is_empty()).then_some(Value::Object(m)))
}

pub async fn run(ctx: &'static Ctx, args: UpdateArgs) -> Result<()> {
    let body = resources(&args)?;
    let level = match &args.isolation {
        Some(v) => Some(plan::parse(v).map_err(|e| {
            CliError::message(
                format!("hvdock: {e}\n\nRun 'hvdock update --help' for more information"),
                125,
            )
        })?),
        None => None,
    };
    if body.is_none() && level.is_none() {
        return Err(CliError::message(
            "you must provide one or more flags when using this command",
            1,
        ));
    }
    let engine = ctx.engine()?;
    let caps = match level {
        Some(_) => Some(daemon::capabilities(engine, &ctx.config_dir).await?),
        None => None,
    };
    let mut failed = Vec::new();
    for name in &args.containers {
        let mut target = name.clone();
        let r = async {
            if let Some(b) = &body {
                let answer = raw::send_json(
                    engine,
                    http::Method::POST,
                    &ApiPath::new("/containers").seg(&target).lit("/update"),
                    Some(b),
                )
                .await?;
                for w in answer
                    .get("Warnings")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                {
                    if let Some(w) = w.as_str() {
                        eprintln!("{w}");
                    }
                }
            }
            if let (Some(level), Some(caps)) = (level, &caps) {
                target = convert::convert(ctx, caps, name, level).await?;
            }
            Ok::<_, anyhow::Error>(())
        }
        .await;
        match r {
            // docker prints the name as given; a conversion prints the replacement's ID.
            Ok(()) if level.is_some() => println!("{target}"),
            Ok(()) => println!("{name}"),
            Err(e) => failed.push(error::render(&e).0),
        }
    }
    if !failed.is_empty() {
        return Err(CliError::message(failed.join("\n"), 1));
    }
    Ok(())
}
