//! `hvdock compute ls`: the seed's Get-ComputeProcess — one row per running container with the
//! host process that does its work (the init for runc, the sandbox for gVisor, the VM for Kata).

use anyhow::Result;
use serde_json::Value as Json;

use crate::cli::compute::ComputeLsArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::error::CliError;
use crate::format::value::{StructValue, Value};
use crate::format::{parse_format, render};
use crate::isolation::{daemon, effective, host, Class};

const DEFAULT_TABLE: &str = "{{.ID}}\t{{.Name}}\t{{.Owner}}\t{{.Type}}\t{{.Isolation}}\t{{.PID}}";

struct Row {
    id: String,
    name: String,
    owner: String,
    kind: String,
    isolation: String,
    pid: String,
}

impl Row {
    fn value(&self) -> Value {
        StructValue::new("computeContext")
            .with("ID", self.id.as_str())
            .with("Name", self.name.as_str())
            .with("Owner", self.owner.as_str())
            .with("Type", self.kind.as_str())
            .with("Isolation", self.isolation.as_str())
            .with("PID", self.pid.as_str())
            .into_value()
    }

    fn header() -> Value {
        StructValue::new("computeContext")
            .with("ID", "ID")
            .with("Name", "NAME")
            .with("Owner", "OWNER")
            .with("Type", "TYPE")
            .with("Isolation", "ISOLATION")
            .with("PID", "PID")
            .into_value()
    }
}

pub async fn run(ctx: &'static Ctx, args: ComputeLsArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let caps = daemon::capabilities(engine, &ctx.config_dir).await?;
    let remote = daemon::remote_reason(engine);
    let list = raw::get_json(engine, &ApiPath::new("/containers/json")).await?;
    let procs = if remote.is_none() {
        host::processes()
    } else {
        Vec::new()
    };
    let workers = host::workers(&procs);
    let mut rows = Vec::new();
    let mut seen = Vec::new();
    for c in list.as_array().into_iter().flatten() {
        let id = c["Id"].as_str().unwrap_or_default().to_string();
        let inspect =
            match raw::get_json(engine, &ApiPath::new("/containers").seg(&id).lit("/json")).await {
                Ok(v) => v,
                Err(_) => continue, // gone while we looked
            };
        let name = inspect["Name"]
            .as_str()
            .unwrap_or_default()
            .trim_start_matches('/')
            .to_string();
        let windows = caps.os_type == "windows";
        let level = effective::level(
            &inspect,
            &caps.os_type,
            &caps.runtimes,
            &caps.default_runtime,
            &caps.default_isolation,
        );
        let (owner, class) = if windows {
            (
                "hcs".to_string(),
                if level == "hyperv" {
                    Class::Vm
                } else {
                    Class::Namespace
                },
            )
        } else {
            let class = effective::class(&inspect, &caps.runtimes, &caps.default_runtime);
            let rt_name = inspect
                .pointer("/HostConfig/Runtime")
                .and_then(Json::as_str)
                .filter(|s| !s.is_empty())
                .unwrap_or(&caps.default_runtime)
                .to_string();
            let owner = caps
                .runtimes
                .iter()
                .find(|r| r.name == rt_name)
                .map(|r| r.owner())
                .unwrap_or(rt_name);
            (owner, class)
        };
        let state_pid = inspect
            .pointer("/State/Pid")
            .and_then(Json::as_u64)
            .unwrap_or(0) as u32;
        let pid = if remote.is_some() || windows {
            "-".to_string()
        } else {
            match class {
                Class::Namespace => state_pid,
                Class::Sandbox | Class::Vm => workers
                    .iter()
                    .find(|w| w.container_id == id)
                    .map(|w| w.pid)
                    .unwrap_or(state_pid),
            }
            .to_string()
        };
        seen.push(id.clone());
        rows.push(Row {
            id,
            name,
            owner,
            kind: class.compute_type().into(),
            isolation: level.into(),
            pid,
        });
    }
    if args.all {
        for w in workers.iter().filter(|w| !seen.contains(&w.container_id)) {
            let class = if w.owner == "kata" {
                Class::Vm
            } else {
                Class::Sandbox
            };
            rows.push(Row {
                id: w.container_id.clone(),
                name: "-".into(),
                owner: w.owner.into(),
                kind: class.compute_type().into(),
                isolation: "hyperv".into(),
                pid: w.pid.to_string(),
            });
        }
    }
    if let Some(why) = &remote {
        eprintln!("hvdock: the PID column shows \"-\": {why}");
    }
    if args.quiet {
        for r in &rows {
            println!("{}", r.id);
        }
        return Ok(());
    }
    let format = parse_format(args.format.as_deref().unwrap_or(""));
    let (text, table) = format.resolve(DEFAULT_TABLE);
    let values: Vec<Value> = rows.iter().map(Row::value).collect();
    let out = render(&text, table, &Row::header(), &values)
        .map_err(|e| CliError::message(format!("template parsing error: {e}"), 64))?;
    print!("{out}");
    Ok(())
}
