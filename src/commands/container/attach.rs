//! `hvdock attach`: attach our terminal to a running container.

use anyhow::Result;

use super::session::{self, Outcome, Wait};
use crate::cli::container::AttachArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::Engine;
use crate::error::CliError;
use crate::stream::attach::Streams;
use crate::stream::resize::Target;
use crate::stream::signals::Plan;

pub async fn run(ctx: &'static Ctx, args: AttachArgs) -> Result<()> {
    let engine = ctx.engine()?;
    // As docker: the exit status is asked for first, without a condition (the daemon's
    // `not-running`), and what that answers is read only at the end.
    let (wait, info) = tokio::join!(
        Wait::register(engine, &args.container, ""),
        checked_state(engine, &args.container)
    );
    let info = info?;
    let id = info["Id"].as_str().unwrap_or(&args.container).to_string();
    let (tty, open_stdin) = session::tty_and_open_stdin(&info);
    let streams = Streams {
        stdin: open_stdin && !args.no_stdin,
        stdout: true,
        stderr: true,
        tty,
    };
    session::check_tty(streams.stdin, tty)?;
    let (h, keys) =
        session::attach_container(ctx, engine, &id, streams, args.detach_keys.as_deref()).await?;
    // docker checks the state once more: a container that stopped meanwhile is not waited on.
    checked_state(engine, &args.container).await?;
    let signals = Plan::install(tty, args.sig_proxy);
    match session::drive(
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
        // docker attach reports the detach as an error (run and start -a do not).
        Outcome::Detached => Err(CliError::message("read escape sequence", 1)),
        Outcome::Terminated(code) => Err(CliError::status(code)),
        Outcome::Finished => exit_status(wait).await,
    }
}

/// docker's `inspectContainerAndCheckState`: the container, decoded into its type, running.
async fn checked_state(engine: &Engine, reference: &str) -> Result<serde_json::Value> {
    let kind = crate::commands::inspect::Kind::Container;
    let body = crate::commands::inspect::fetch(engine, kind, reference, false).await?;
    let info: serde_json::Value = raw::decode(&body)?;
    let state = |k: &str| info.pointer(&format!("/State/{k}")) == Some(&true.into());
    let refusal = if !state("Running") {
        "You cannot attach to a stopped container, start it first"
    } else if state("Paused") {
        "You cannot attach to a paused container, unpause it first"
    } else if state("Restarting") {
        "You cannot attach to a restarting container, wait until it is running"
    } else {
        return Ok(info);
    };
    Err(CliError::message(refusal, 1))
}

/// docker's `getExitStatus`: the wait's error as it is, the daemon's wait error as a plain
/// message, or the exit code.
async fn exit_status(wait: Result<Wait>) -> Result<()> {
    match wait?.result().await? {
        (_, Some(message)) => Err(CliError::message(message, 1)),
        (code, None) => session::exit_with(code),
    }
}
