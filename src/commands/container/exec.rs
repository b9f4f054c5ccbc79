//! `hvdock exec`: run a command in a running container, attached or detached, with its exit
//! code passed through.

use crate::engine::ApiPath;
use anyhow::Result;
use serde_json::json;

use super::session::{self, Outcome};
use crate::cli::container::ExecArgs;
use crate::commands::{inspect, Ctx};
use crate::engine::raw;
use crate::error::CliError;
use crate::stream::attach::Streams;
use crate::stream::hijack;
use crate::stream::resize::Target;
use crate::stream::signals::Plan;

pub async fn run(ctx: &'static Ctx, args: ExecArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let container = args.container.clone().unwrap_or_default();
    let streams = Streams {
        stdin: args.interactive && !args.detach,
        stdout: !args.detach,
        stderr: !args.detach,
        tty: args.tty,
    };
    let env = env_list(&args.env, &args.env_file)?;
    // docker inspects the container first, so that "No such container" comes before anything
    // else (and a malformed answer fails as its decoder says).
    inspect::fetch(engine, inspect::Kind::Container, &container, false).await?;
    if !args.detach {
        session::check_tty(args.interactive, args.tty)?;
    }
    let mut config = json!({
        "AttachStdin": streams.stdin,
        "AttachStdout": streams.stdout,
        "AttachStderr": streams.stderr,
        "Tty": args.tty,
        "Privileged": args.privileged,
        "Cmd": args.command,
    });
    if !env.is_empty() {
        config["Env"] = json!(env);
    }
    if let Some(u) = &args.user {
        config["User"] = json!(u);
    }
    if let Some(w) = &args.workdir {
        config["WorkingDir"] = json!(w);
    }
    if let Some(k) = args.detach_keys.as_ref().filter(|k| !k.is_empty()) {
        config["DetachKeys"] = json!(k);
    }
    let created = raw::send_json(
        engine,
        http::Method::POST,
        &ApiPath::new("/containers").seg(&container).lit("/exec"),
        Some(&config),
    )
    .await?;
    raw::check_go(&created, "IDResponse")?;
    let exec_id = created["Id"].as_str().unwrap_or_default().to_string();
    if exec_id.is_empty() {
        return Err(CliError::message(
            "exec ID empty",
            crate::error::code::FAILURE,
        ));
    }
    if args.detach {
        let body = json!({"Detach": true, "Tty": args.tty});
        raw::send_only(
            engine,
            http::Method::POST,
            &ApiPath::new("/exec").seg(&exec_id).lit("/start"),
            Some(&body),
        )
        .await?;
        return Ok(());
    }
    let body = crate::format::go_json::encode(&json!({"Detach": false, "Tty": args.tty}));
    let h = hijack::hijack(
        engine,
        "POST",
        &ApiPath::new("/exec").seg(&exec_id).lit("/start"),
        Some(&body),
    )
    .await?;
    let keys = session::detach_keys(ctx, args.detach_keys.as_deref());
    let signals = Plan::install(args.tty, false);
    match session::drive(
        engine,
        h,
        streams,
        Target::Exec(exec_id.clone()),
        keys,
        signals,
        &container,
    )
    .await?
    {
        Outcome::Detached => Ok(()),
        Outcome::Terminated(code) => Err(CliError::status(code)),
        Outcome::Finished => {
            let path = ApiPath::new("/exec").seg(&exec_id).lit("/json");
            let info = raw::get_typed(engine, &path, "ExecInspect").await?;
            session::exit_with(info["ExitCode"].as_i64().unwrap_or(0))
        }
    }
}

/// `-e`/`--env-file` values in docker's kvfile semantics (`K` alone takes our own value).
fn env_list(env: &[String], files: &[String]) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let mut push = |kv: &str| {
        if kv.contains('=') {
            out.push(kv.to_string());
        } else if let Ok(v) = std::env::var(kv) {
            out.push(format!("{kv}={v}"));
        }
    };
    for f in files {
        let text = std::fs::read_to_string(f).map_err(|e| {
            CliError::message(
                format!("open {f}: {}", crate::engine::context::io_text(&e)),
                125,
            )
        })?;
        for line in text.lines() {
            let line = line.trim_start();
            if !line.is_empty() && !line.starts_with('#') {
                push(line);
            }
        }
    }
    for kv in env {
        push(kv);
    }
    Ok(out)
}
