//! `hvdock build`: the daemon's classic builder (`POST /build`), output streamed as docker
//! prints it. BuildKit is not supported.

mod context;
pub mod dockerignore;
mod gotar;
mod sending;

use std::path::Path;

use anyhow::Result;
use serde_json::{Map, Value};

use crate::cli::build::BuildArgs;
use crate::commands::image::progress::{Out, Progress};
use crate::commands::Ctx;
use crate::engine::upload_file::{self, Body};
use crate::engine::{upload, ApiPath};
use crate::error::CliError;
use crate::format::go_json;
use crate::isolation::plan::{self, Level};

/// `--build-arg`: `KEY=value`, or `KEY` taking the environment's value (null when unset).
fn build_args(list: &[String]) -> Value {
    let mut m = Map::new();
    for a in list {
        match a.split_once('=') {
            Some((k, v)) => m.insert(k.to_string(), Value::String(v.to_string())),
            None => m.insert(
                a.clone(),
                std::env::var(a).map(Value::String).unwrap_or(Value::Null),
            ),
        };
    }
    Value::Object(m)
}

/// `--label`: `KEY=value`, `KEY` meaning an empty value.
fn labels(list: &[String]) -> Value {
    let mut m = Map::new();
    for l in list {
        let (k, v) = l.split_once('=').unwrap_or((l.as_str(), ""));
        m.insert(k.to_string(), Value::String(v.to_string()));
    }
    Value::Object(m)
}

/// docker's build query: only what differs from the daemon's defaults (`rm=0` when opting out,
/// `networkmode` unless `default`), keys in `url.Values.Encode`'s sorted order.
fn query(a: &BuildArgs, dockerfile: &str, isolation: Option<String>) -> Result<ApiPath> {
    let mut q: Vec<(&'static str, String)> = Vec::new();
    q.extend(a.tag.iter().map(|t| ("t", t.clone())));
    q.extend(a.security_opt.iter().map(|o| ("securityopt", o.clone())));
    q.extend(a.add_host.iter().map(|h| ("extrahosts", h.clone())));
    q.push(("dockerfile", dockerfile.to_string()));
    if !a.rm {
        q.push(("rm", "0".into()));
    }
    for (flag, name) in [
        (a.force_rm, "forcerm"),
        (a.no_cache, "nocache"),
        (a.pull, "pull"),
        (a.quiet, "q"),
        (a.squash, "squash"),
    ] {
        if flag {
            q.push((name, "1".into()));
        }
    }
    for (name, value) in [
        ("cpusetcpus", a.cpuset_cpus.as_deref()),
        ("cpusetmems", a.cpuset_mems.as_deref()),
        ("cgroupparent", a.cgroup_parent.as_deref()),
        ("target", a.target.as_deref()),
    ] {
        if let Some(v) = value.filter(|v| !v.is_empty()) {
            q.push((name, v.to_string()));
        }
    }
    for (name, value) in [
        ("cpushares", a.cpu_shares),
        ("cpuquota", a.cpu_quota),
        ("cpuperiod", a.cpu_period),
        ("memory", a.memory),
        ("memswap", a.memory_swap),
        ("shmsize", a.shm_size),
    ] {
        if let Some(v) = value.filter(|v| *v != 0) {
            q.push((name, v.to_string()));
        }
    }
    if !a.ulimit.is_empty() {
        // docker's `units.Ulimit` field order: Name, Hard, Soft
        let list: Vec<Value> = crate::opts::ulimit::dedupe(&a.ulimit)
            .iter()
            .map(|u| serde_json::json!({"Name": u.name.as_deref().unwrap_or_default(), "Hard": u.hard.unwrap_or(0), "Soft": u.soft.unwrap_or(0)}))
            .collect();
        let json = go_json::marshal(&list);
        q.push(("ulimits", json));
    }
    // Go marshals maps with sorted keys.
    let sorted = |v: Value| -> Result<String> {
        let m: std::collections::BTreeMap<String, Value> = serde_json::from_value(v)?;
        Ok(go_json::marshal(&m))
    };
    if !a.build_arg.is_empty() {
        q.push(("buildargs", sorted(build_args(&a.build_arg))?));
    }
    if !a.label.is_empty() {
        q.push(("labels", sorted(labels(&a.label))?));
    }
    if !a.cache_from.is_empty() {
        q.push(("cachefrom", go_json::marshal(&a.cache_from)));
    }
    if !a.network.is_empty() && a.network != "default" {
        q.push(("networkmode", a.network.clone()));
    }
    if let Some(p) = a.platform.as_deref().filter(|p| !p.is_empty()) {
        q.push(("platform", p.to_lowercase()));
    }
    if let Some(i) = isolation {
        q.push(("isolation", i));
    }
    q.push(("version", "1".into()));
    q.sort_by_key(|(k, _)| *k);
    Ok(q.into_iter()
        .fold(ApiPath::new("/build"), |p, (k, v)| p.query(k, &v)))
}

/// `--isolation` for the build: a Windows daemon gets it; a Linux daemon's classic builder runs
/// every step with its default runtime, so a sandbox request fails rather than being ignored.
async fn isolation(ctx: &Ctx, value: Option<&str>) -> Result<Option<String>> {
    let Some(v) = value.filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    let level = plan::parse(v).map_err(|e| CliError::message(e, 1))?;
    let ping = ctx.engine()?.ping().await?;
    if ping.os_type.eq_ignore_ascii_case("windows") {
        return Ok(Some(v.to_string()));
    }
    match level {
        Level::Default | Level::Process => Ok(None),
        Level::Hyperv => Err(CliError::message(
            format!(
                "hvdock build: --isolation={v} cannot be honoured on a Linux daemon: the classic \
                 builder runs every build step with the daemon's default runtime and cannot run \
                 them in a sandbox runtime (runsc, kata). Build without --isolation, then run the \
                 image with --isolation={v}."
            ),
            1,
        )),
    }
}

pub async fn run(ctx: &'static Ctx, a: BuildArgs) -> Result<()> {
    let iso = isolation(ctx, a.isolation.as_deref()).await?;
    let dockerfile_flag = a.file.as_deref().filter(|f| !f.is_empty());
    let ctx_data = if a.context == "-" {
        if dockerfile_flag == Some("-") {
            return Err(CliError::message(
                "invalid argument: can't use stdin for both build context and dockerfile",
                1,
            ));
        }
        context::from_stdin(dockerfile_flag)?
    } else if a.context.contains("://") || a.context.starts_with("git@") {
        return Err(CliError::message(
            "hvdock build: remote build contexts are not supported",
            1,
        ));
    } else {
        let stdin_df = match dockerfile_flag {
            Some("-") => Some(context::spool(&[], &mut std::io::stdin().lock())?),
            _ => None,
        };
        context::from_dir(Path::new(&a.context), dockerfile_flag, stdin_df)?
    };

    let path = query(&a, &ctx_data.dockerfile, iso)?;
    let headers = [
        ("content-type", "application/x-tar".to_string()),
        (
            "x-registry-config",
            crate::commands::auth::store::registry_config_header(ctx.config()),
        ),
    ];
    // docker gzips the context for --compress (the daemon detects the compression); otherwise
    // a directory's tar goes with its length.
    let body = if a.compress {
        Body::Stream(upload::gzip(ctx_data.body.into_producer()))
    } else {
        ctx_data.body
    };
    let meter = sending::Meter::new(a.quiet);
    let body = meter.wrap(body);
    // docker shows what a quiet build said before it failed.
    let (body, sending) =
        match upload_file::send(ctx.engine()?, http::Method::POST, &path, &headers, body).await {
            Ok(sent) => sent,
            Err(e) => {
                eprint!("{}", meter.kept());
                return Err(e);
            }
        };
    let mut progress = Progress::new(if a.quiet { Out::Quiet } else { Out::Stdout });
    let consumed = progress.consume(body).await;
    if let Err(e) = sending.finish(consumed).await {
        eprint!("{}{}", meter.kept(), progress.captured);
        return Err(e);
    }
    let id = progress
        .aux
        .iter()
        .filter_map(|v| v.get("ID").and_then(Value::as_str))
        .next_back()
        .map(str::to_string)
        .unwrap_or_else(|| progress.captured.trim().to_string());
    if let Some(f) = a.iidfile.as_deref().filter(|f| !f.is_empty()) {
        if id.is_empty() {
            return Err(CliError::message(
                format!("Server did not provide an image ID. Cannot write {f}"),
                1,
            ));
        }
        std::fs::write(f, &id).map_err(|e| {
            CliError::message(
                format!(
                    "failed to write image ID to file: {}",
                    crate::opts::oserror::describe(&e)
                ),
                1,
            )
        })?;
    }
    if a.quiet {
        print!("{}", progress.captured);
    }
    Ok(())
}
