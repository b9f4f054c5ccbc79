//! `hvdock start`: start stopped containers, optionally attached.

use anyhow::Result;

use super::session::{self, Outcome, Wait};
use crate::cli::container::StartArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::{ApiPath, Engine};
use crate::error::{self, classify, CliError};
use crate::stream::attach::Streams;
use crate::stream::resize::Target;
use crate::stream::signals::Plan;

pub async fn run(ctx: &'static Ctx, args: StartArgs) -> Result<()> {
    let engine = ctx.engine()?;
    if args.attach || args.interactive {
        if args.containers.len() > 1 {
            return Err(CliError::message(
                "you cannot start and attach multiple containers at once",
                1,
            ));
        }
        let name = &args.containers[0];
        let info =
            raw::get_json(engine, &ApiPath::new("/containers").seg(name).lit("/json")).await?;
        let id = info["Id"].as_str().unwrap_or(name).to_string();
        let (tty, open_stdin) = session::tty_and_open_stdin(&info);
        let streams = Streams {
            stdin: args.interactive && open_stdin,
            stdout: true,
            stderr: true,
            tty,
        };
        session::check_tty(streams.stdin, tty)?;
        let (h, keys) =
            session::attach_container(ctx, engine, &id, streams, args.detach_keys.as_deref())
                .await?;
        let wait = Wait::register(engine, &id, "next-exit").await?;
        let signals = Plan::install(tty, true);
        post_start(engine, &id, &restore(&args)).await?;
        return match session::drive(
            engine,
            h,
            streams,
            Target::Container(id.clone()),
            keys,
            signals,
            &id,
        )
        .await?
        {
            Outcome::Detached => Ok(()),
            Outcome::Terminated(code) => Err(CliError::status(code)),
            Outcome::Finished => session::exit_with(wait.code().await?),
        };
    }
    if args.checkpoint.as_deref().is_some_and(|c| !c.is_empty()) {
        if args.containers.len() > 1 {
            return Err(CliError::message(
                "you cannot restore multiple containers at once",
                1,
            ));
        }
        return post_start(engine, &args.containers[0], &restore(&args)).await;
    }
    let mut failed = Vec::new();
    for name in &args.containers {
        match post_start(engine, name, &[]).await {
            Ok(_) => println!("{name}"),
            Err(e) => {
                failed.push(name.as_str());
                eprintln!("{}", error::render(&e).0);
            }
        }
    }
    if !failed.is_empty() {
        return Err(CliError::message(
            "Error: failed to start containers: ".to_string() + &failed.join(", "),
            1,
        ));
    }
    Ok(())
}

/// The checkpoint to restore from (`--checkpoint`, `--checkpoint-dir`), as start's query.
fn restore(args: &StartArgs) -> Vec<(&'static str, &str)> {
    [
        ("checkpoint", args.checkpoint.as_deref()),
        ("checkpoint-dir", args.checkpoint_dir.as_deref()),
    ]
    .into_iter()
    .filter_map(|(k, v)| v.filter(|v| !v.is_empty()).map(|v| (k, v)))
    .collect()
}

/// `POST /containers/<name>/start`, with the checkpoint to restore from, if any. Like docker's
/// client, any status below 400 is success: the daemon answers 304 for a container that is
/// already running.
async fn post_start(engine: &Engine, name: &str, restore: &[(&'static str, &str)]) -> Result<()> {
    let path = restore.iter().fold(
        ApiPath::new("/containers").seg(name).lit("/start"),
        |p, (k, v)| p.query(k, v),
    );
    match raw::request(engine, http::Method::POST, &path, None).await {
        Err(e) if matches!(classify(&e), Some(CliError::Daemon { status, .. }) if status < 400) => {
            Ok(())
        }
        Err(e) => Err(e),
        Ok(_) => Ok(()),
    }
}
