//! `hvdock isolation verify`: runs the seed's demo for you. Lists the processes inside each
//! container, checks which of them the host's process table shows, compares kernels inside and
//! outside, and says whether that matches the isolation the container is meant to have.

use anyhow::Result;
use serde_json::Value as Json;

use crate::cli::isolation::VerifyArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::error::{self, CliError};
use crate::format::table::TabWriter;
use crate::isolation::evidence::{self, Verdict};
use crate::isolation::{daemon, effective, host, plan, Capabilities};
use crate::stream::capture;

const PS: [&str; 3] = ["ps", "-o", "pid,args"];

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
    let isolation = inspect
        .pointer(&format!(
            "/Config/Labels/{}",
            plan::LABEL_ISOLATION.replace('/', "~1")
        ))
        .and_then(Json::as_str)
        .filter(|l| *l == "process" || *l == "hyperv")
        .map(str::to_string)
        .unwrap_or_else(|| {
            effective::level(
                &inspect,
                &caps.os_type,
                &caps.runtimes,
                &caps.default_runtime,
                &caps.default_isolation,
            )
            .to_string()
        });
    let ps = capture::exec(engine, &id, &PS).await?;
    if ps.code != 0 {
        return Err(CliError::message(
            format!("cannot list the processes of {shown}: `ps -o pid,args` failed in the container: {}", String::from_utf8_lossy(&ps.stderr).trim()),
            1,
        ));
    }
    let uname = capture::exec(engine, &id, &["uname", "-r"]).await?;
    let inside = evidence::parse_ps(&ps.stdout_text(), &[&PS.join(" ")]);
    let worker = inspect
        .pointer("/State/Pid")
        .and_then(Json::as_u64)
        .unwrap_or(0) as u32;
    let ns = host::pid_namespace(worker);
    let procs = host::processes();
    let visible = evidence::visible_on_host(&inside, &procs, |pid| {
        ns.is_some() && host::pid_namespace(pid) == ns
    })
    .len();
    Ok(Verdict::new(
        shown,
        id,
        isolation,
        host::kernel_release(),
        uname.stdout_text().trim().to_string(),
        inside.len(),
        visible,
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
                    eprintln!(
                        "hvdock: {} is meant to have {} isolation, but it shows {}",
                        v.name, v.isolation, v.observed
                    );
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
