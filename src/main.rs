//! hvdock: a Docker-compatible client whose headline is isolation you can see and prove.
//! This file parses the command line and dispatches; every failure leaves through one place that
//! maps it to docker's exit codes.

mod cli;
mod clock;
mod commands;
mod compose;
mod config;
mod engine;
mod error;
mod format;
mod help;
mod isolation;
mod opts;
mod stream;
mod usage;

use std::io::Write;

use clap::FromArgMatches;

fn main() {
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let code = run(args);
    let _ = std::io::stdout().flush();
    std::process::exit(code);
}

fn run(args: Vec<String>) -> i32 {
    // The clap tree lives as long as the process: dropping it would only cost time.
    let root: &'static mut clap::Command = Box::leak(Box::new(cli::command_for(
        args.get(1..).unwrap_or_default(),
    )));
    let mut args = args;
    let rest = usage::stop_at_first_positional(root, args.split_off(1.min(args.len())));
    args.extend(rest);
    let matches = match root.try_get_matches_from_mut(&args) {
        Ok(m) => m,
        Err(e) => {
            let out = usage::outcome(&e, root, args.get(1..).unwrap_or_default());
            if out.stdout {
                print!("{}", out.text);
            } else {
                eprint!("{}", out.text);
            }
            return out.code;
        }
    };
    let parsed = match cli::Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return error::code::CLI;
        }
    };
    if parsed.global.version {
        println!("{}", commands::system::version::short_version());
        return 0;
    }
    let Some(command) = parsed.command else {
        // docker prints the root help on stderr when no command is given.
        eprint!("{}", help::render(&[root]));
        return 0;
    };
    // One context for the whole process; leaking it lets spawned tasks borrow the engine.
    let ctx: &'static commands::Ctx = Box::leak(Box::new(commands::Ctx::new(parsed.global)));
    let rt = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("hvdock: cannot start the async runtime: {e}");
            return error::code::FAILURE;
        }
    };
    let result = rt.block_on(commands::dispatch(ctx, command));
    // A blocking stdin reader may still be parked in read(2): do not wait for it.
    rt.shutdown_background();
    match result {
        Ok(()) => 0,
        Err(e) => {
            let (message, code) = error::render(&e);
            if !message.is_empty() {
                let _ = std::io::stdout().flush();
                eprintln!("{message}");
            }
            code
        }
    }
}
