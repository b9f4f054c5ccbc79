//! `hvdock isolation verify`: runs the seed's demo for you. The level a container is meant to
//! have comes from the daemon (its runtime, `HostConfig.Isolation`), and the verdict from the
//! host: whether its init (`State.Pid`) is a sandbox/VM worker or an ordinary process, and which
//! processes the host shows in its pid namespace. What the container says about itself — its
//! `io.hvdock.isolation` label, its `ps`, its `uname` — is only compared with that, as untrusted
//! input (capped, cleaned of escapes): any contradiction makes the verdict inconsistent.

use anyhow::Result;
use serde_json::Value as Json;

use crate::cli::isolation::VerifyArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::error::{self, CliError};
use crate::format::table::TabWriter;
use crate::isolation::evidence::{self, Claims, HostView, Verdict};
use crate::isolation::{daemon, effective, host, plan, Capabilities};
use crate::stream::capture;

const PS: [&str; 3] = ["ps", "-o", "pid,args"];

/// Runs one of the container's binaries; its output is untrusted (capped, cleaned).
async fn claim(
    engine: &crate::engine::Engine,
    id: &str,
    cmd: &[&str],
) -> Result<capture::Captured> {
    capture::exec(engine, id, cmd).await
}

async fn verify_one(ctx: &Ctx, caps: &Capabilities, name: &str) -> Result<Verdict> {
    let engine = ctx.engine()?;
    let inspect =
        raw::get_json(engine, &ApiPath::new("/containers").seg(name).lit("/json")).await?;
    let id = inspect["Id"].as_str().unwrap_or_default().to_string();
    let shown = inspect["Name"]
        .as_str()
        .unwrap_or(name)
        .trim_start_matches('/')
        .to_string();
    if !inspect
        .pointer("/State/Running")
        .and_then(Json::as_bool)
        .unwrap_or(false)
    {
        return Err(CliError::message(
            format!("container {shown} is not running: start it to verify its isolation"),
            1,
        ));
    }
    // What it is meant to have: what the daemon says (runtime, HostConfig.Isolation), never
    // the container's own label, which its image can set.
    let isolation = effective::level(
        &inspect,
        &caps.os_type,
        &caps.runtimes,
        &caps.default_runtime,
        &caps.default_isolation,
    );
    let runtime = inspect
        .pointer("/HostConfig/Runtime")
        .and_then(Json::as_str)
        .unwrap_or_default();
    let label = inspect["Config"]["Labels"][plan::LABEL_ISOLATION]
        .as_str()
        .map(|l| capture::printable(l, false));

    // What the container says about itself.
    let ps = claim(engine, &id, &PS).await?;
    let ps_unusable = if ps.truncated {
        Some(format!("it printed more than {} bytes", capture::LIMIT))
    } else if ps.code != 0 {
        return Err(CliError::message(
            format!(
                "cannot list the processes of {shown}: `ps -o pid,args` failed in the container: {}",
                ps.stderr_text().trim()
            ),
            1,
        ));
    } else {
        None
    };
    let uname = claim(engine, &id, &["uname", "-r"]).await?;
    let kernel = if uname.truncated {
        String::new()
    } else {
        capture::printable(&uname.stdout_text(), false)
            .trim()
            .chars()
            .take(256)
            .collect()
    };
    let processes = if ps_unusable.is_none() {
        evidence::parse_ps(&ps.stdout_text(), &[&PS.join(" ")])
    } else {
        Vec::new()
    };
    let claims = Claims {
        label,
        processes,
        kernel,
        ps_unusable,
    };

    // What the host shows: its process table around the container's init (State.Pid).
    let pid = inspect
        .pointer("/State/Pid")
        .and_then(Json::as_u64)
        .unwrap_or(0) as u32;
    let procs = host::processes();
    let view = HostView::of(&id, pid, &procs, host::pid_namespace);
    Ok(Verdict::judge(
        shown,
        id,
        isolation,
        runtime,
        host::kernel_release(),
        &view,
        &claims,
    ))
}

pub async fn run(ctx: &'static Ctx, args: VerifyArgs) -> Result<()> {
    let engine = ctx.engine()?;
    if let Some(why) = daemon::remote_reason(engine) {
        return Err(CliError::message(
            format!("isolation verify looks at the host's process table, and {why}"),
            1,
        ));
    }
    let caps = daemon::capabilities(engine, &ctx.config_dir).await?;
    let json = matches!(args.format.as_deref(), Some("json"));
    let mut table = TabWriter::new(0, 1, 2, ' ');
    let mut failed = false;
    for name in &args.containers {
        match verify_one(ctx, &caps, name).await {
            Ok(v) => {
                if json {
                    println!("{}", serde_json::to_string(&v)?);
                } else {
                    table.write_str(&v.line());
                    table.write_str("\n");
                }
                if !v.consistent {
                    failed = true;
                    for p in &v.problems {
                        eprintln!("hvdock: {}: {p}", v.name);
                    }
                }
            }
            Err(e) => {
                failed = true;
                eprintln!("{}", error::render(&e).0);
            }
        }
    }
    print!("{}", table.flush());
    if failed {
        return Err(CliError::status(1));
    }
    Ok(())
}
