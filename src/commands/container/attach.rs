//! `hvdock attach`: attach our terminal to a running container.

use anyhow::Result;

use super::session::{self, Outcome, Wait};
use crate::cli::container::AttachArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::error::CliError;
use crate::stream::attach::Streams;
use crate::stream::resize::Target;
use crate::stream::signals::Plan;

pub async fn run(ctx: &'static Ctx, args: AttachArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let info = raw::get_json(
        engine,
        &ApiPath::new("/containers")
            .seg(&args.container)
            .lit("/json"),
    )
    .await?;
    let id = info["Id"].as_str().unwrap_or(&args.container).to_string();
    if !info
        .pointer("/State/Running")
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
    {
        return Err(CliError::message(
            "You cannot attach to a stopped container, start it first",
            1,
        ));
    }
    if info
        .pointer("/State/Paused")
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
    {
        return Err(CliError::message(
            "You cannot attach to a paused container, unpause it first",
            1,
        ));
    }
    let (tty, open_stdin) = session::tty_and_open_stdin(&info);
    let streams = Streams {
        stdin: open_stdin && !args.no_stdin,
        stdout: true,
        stderr: true,
        tty,
    };
    session::check_tty(streams.stdin, tty)?;
    let wait = Wait::register(engine, &id, "next-exit").await?;
    let (h, keys) =
        session::attach_container(ctx, engine, &id, streams, args.detach_keys.as_deref()).await?;
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
        Outcome::Finished => session::exit_with(wait.code().await?),
    }
}
