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
mod help_defaults;
mod isolation;
mod opts;
mod plugins;
mod stream;
mod usage;

use std::io::Write;

use clap::FromArgMatches;

/// The daemon's API version for the help of the command named in `args`, when that help depends
/// on it (a flag that needs some version); `None` when it does not or no daemon answers, as
/// docker then lists every flag.
fn help_api(root: &clap::Command, args: &[String]) -> Option<String> {
    let path = usage::locate(root, args);
    if !help::has_versioned_flags(&path) {
        return None;
    }
    let global = usage::global_args(root, args)?;
    let ctx = commands::Ctx::new(global);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .ok()?;
    let api = rt.block_on(commands::daemon_api(&ctx));
    rt.shutdown_background();
    api
}

fn main() {
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    error::sigpipe::install_panic_hook();
    let code = run(args);
    if let Err(e) = std::io::stdout().flush() {
        error::sigpipe::check(&e.into());
    }
    std::process::exit(code);
}

fn run(args: Vec<String>) -> i32 {
    // The clap tree lives as long as the process: dropping it would only cost time.
    let root: &'static mut clap::Command = Box::leak(Box::new(cli::command_for(
        args.get(1..).unwrap_or_default(),
    )));
    // logrus.ParseLevel when docker's client initialises: after the global flags, before help,
    // version, plugins, or the command's own flags.
    let level = plugins::globals::log_level(root, args.get(1..).unwrap_or_default());
    if let Some(level) = level
        .as_ref()
        .filter(|l| !plugins::globals::valid_log_level(l))
    {
        eprintln!("Unable to parse logging level: {level}");
        return error::code::FAILURE;
    }
    if let Some(level) = &level {
        error::set_log_level(level);
    }
    let (mut args, unknown) = match plugins::route(root, args) {
        plugins::Route::Exit(code) => return code,
        plugins::Route::Parse { args, unknown } => (args, unknown),
    };
    let rest = usage::stop_at_first_positional(root, args.split_off(1.min(args.len())));
    args.extend(rest);
    let help_false = usage::help_set_false(root, &args);
    let args = usage::help_values(args);
    let matches = match root.try_get_matches_from_mut(&args) {
        Ok(m) => m,
        Err(e) => {
            let rest = args.get(1..).unwrap_or_default();
            let api = match e.kind() {
                clap::error::ErrorKind::DisplayHelp => help_api(root, rest),
                _ => None,
            };
            let out = usage::outcome(&e, root, rest, api.as_deref());
            if let Some(notice) = &out.notice {
                eprint!("{notice}");
            }
            // docker runs the hooks after the command: after help, before the error message.
            let ran = || {
                let help = e.kind() == clap::error::ErrorKind::DisplayHelp;
                let error = match out.code {
                    0 => String::new(),
                    _ => out.text.trim_end_matches('\n').to_string(),
                };
                plugins::hooks::after(&plugins::hooks::from_line(root, rest, help, error))
            };
            if out.code != 0 {
                ran();
            }
            if out.stdout {
                print!("{}", out.text);
            } else {
                eprint!("{}", out.text);
            }
            if out.code == 0 {
                let _ = std::io::stdout().flush();
                ran();
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
    if let Some(word) = unknown {
        return plugins::unknown_command(&word);
    }
    let Some(command) = parsed.command else {
        // docker prints the root help on stderr when no command is given.
        let given = help::Given::from_line(&[root], args.get(1..).unwrap_or_default());
        eprint!("{}", help::render_given(&[root], None, &given));
        return 0;
    };
    let versioned = usage::versioned_flags_used(root, &matches);
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
    let result = rt.block_on(async {
        if let Some((command, used)) = &versioned {
            commands::check_flag_versions(ctx, command, used).await?;
        }
        commands::dispatch(ctx, command).await
    });
    // A blocking stdin reader may still be parked in read(2): do not wait for it.
    rt.shutdown_background();
    let outcome = result.map_err(|e| {
        error::sigpipe::check(&e);
        error::render(&e)
    });
    let error_message = match &outcome {
        Ok(()) => String::new(),
        Err((message, _)) => message.clone(),
    };
    let mut ran = plugins::hooks::from_matches(root, &matches, error_message);
    if help_false {
        ran.flags.insert("help".into(), "false".into());
    }
    plugins::hooks::after(&ran);
    match outcome {
        Ok(()) => 0,
        Err((message, code)) => {
            if !message.is_empty() {
                let _ = std::io::stdout().flush();
                eprintln!("{message}");
            }
            code
        }
    }
}
