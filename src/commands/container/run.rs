//! `hvdock run`: create, attach, start and wait, in docker's order so that no early output is
//! lost, with the container's exit code passed through.

use anyhow::Result;

use super::create_flow::{self, Verb};
use super::session::{self, Outcome, Wait};
use crate::cli::container::RunArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::error::{self, code, CliError};
use crate::stream::attach::Streams;
use crate::stream::resize::Target;
use crate::stream::signals::Plan;

/// docker's exit codes for a failed start: 127 not found, 126 cannot execute, else 125.
fn start_failure(err: anyhow::Error) -> anyhow::Error {
    let (text, _) = error::render(&err);
    let code = if text.contains("executable file not found")
        || text.contains("no such file or directory")
    {
        code::NOT_FOUND
    } else if text.contains("permission denied") || text.contains("is a directory") {
        code::CANNOT_EXECUTE
    } else {
        code::CLI
    };
    CliError::message(
        format!("hvdock: {text}\n\nRun 'hvdock run --help' for more information"),
        code,
    )
}

/// A create answer without a container ID (a broken daemon's): docker's client goes on with an
/// empty ID. Attached, its attach refuses it (`invalid container name or ID: value is empty`,
/// exit 1); otherwise it panics waiting for the container, which hvdock never does: it says
/// what is wrong, as `run` reports a daemon's failure (exit 125).
fn no_container_id(attached: bool) -> anyhow::Error {
    if attached {
        return match super::each::check_id("") {
            Err(e) => e,
            Ok(_) => CliError::status(code::FAILURE),
        };
    }
    Verb::Run.daemon_error(CliError::message(
        "error reading response from daemon: the create answer holds no container ID",
        code::FAILURE,
    ))
}

pub async fn run(ctx: &'static Ctx, args: RunArgs) -> Result<()> {
    let opts = &args.opts;
    if args.detach && !opts.attach.is_empty() {
        return Err(CliError::message(
            "conflicting options: cannot specify both --attach and --detach",
            crate::error::code::FAILURE,
        ));
    }
    let mut spec = crate::opts::container::build(opts, args.detach)
        .map_err(|e| Verb::Run.usage_error(&e.to_string()))?;
    let config = &spec.body;
    let streams = Streams {
        stdin: config.attach_stdin.unwrap_or(false),
        stdout: config.attach_stdout.unwrap_or(false),
        stderr: config.attach_stderr.unwrap_or(false),
        tty: config.tty.unwrap_or(false),
    };
    if !args.detach {
        session::check_tty(streams.stdin, streams.tty)?;
    }
    create_flow::apply_isolation(ctx, opts, &mut spec, Verb::Run).await?;
    let id = create_flow::create(ctx, opts, &spec, Verb::Run).await?;
    let attached = streams.stdin || streams.stdout || streams.stderr;
    if id.is_empty() {
        return Err(no_container_id(attached && !args.detach));
    }
    let engine = ctx.engine()?;
    let start_path = ApiPath::new("/containers").seg(&id).lit("/start");

    if args.detach {
        // docker prints the ID before it starts the container: a failed start still shows it
        println!("{id}");
        raw::request(engine, http::Method::POST, &start_path, None)
            .await
            .map_err(start_failure)?;
        return Ok(());
    }

    // Attach first, then register the wait, then start: nothing the container prints is lost and
    // its exit is caught even when it is instant.
    // docker returns a failed attach as it is (exit 1), not as a failed `run`.
    let hijacked = if attached {
        Some(
            session::attach_container(ctx, engine, &id, streams, args.detach_keys.as_deref())
                .await?,
        )
    } else {
        None
    };
    let signals = Plan::install(streams.tty, args.sig_proxy);
    let auto_remove = spec
        .body
        .host_config
        .as_ref()
        .and_then(|h| h.auto_remove)
        .unwrap_or(false);
    let wait = Wait::register(
        engine,
        &id,
        if auto_remove { "removed" } else { "next-exit" },
    )
    .await
    .map_err(|e| Verb::Run.daemon_error(e))?;
    raw::request(engine, http::Method::POST, &start_path, None)
        .await
        .map_err(start_failure)?;

    if let Some((h, keys)) = hijacked {
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
            Outcome::Detached => return Ok(()),
            Outcome::Terminated(code) => return Err(CliError::status(code)),
            Outcome::Finished => {}
        }
    }
    session::exit_with(wait.code().await?)
}
