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

/// What docker knows of the daemon, for the help of the command named in `args` when that help
/// depends on it (the command, a subcommand or a flag is annotated); `None` when it does not or
/// no daemon answers, as docker then lists everything.
fn help_daemon(root: &clap::Command, args: &[String]) -> Option<cli::min_api::Daemon> {
    let path = usage::locate(root, args);
    if !help::depends_on_daemon(&path) {
        return None;
    }
    daemon_for(root, args)
}

/// What docker knows of the daemon the line's global flags name; `None` when none answers.
fn daemon_for(root: &clap::Command, args: &[String]) -> Option<cli::min_api::Daemon> {
    let mut global = usage::global_args(root, args)?;
    // docker's ping for help is not among the requests `--debug` logs.
    global.debug = false;
    let ctx = commands::Ctx::new(global);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .ok()?;
    let daemon = rt.block_on(commands::daemon_facts(&ctx));
    rt.shutdown_background();
    daemon
}

/// docker's refusal of an annotated command or flag on a line clap refused: docker checks them
/// before it reports a usage error.
fn refused_line(root: &clap::Command, args: &[String], err: &clap::Error) -> Option<String> {
    let used = usage::annotated_line(root, args, err)?;
    refusal_of(root, args, &used)
}

fn refusal_of(root: &clap::Command, args: &[String], used: &usage::Annotated) -> Option<String> {
    let daemon = daemon_for(root, args)?;
    commands::refusal(&daemon, used)
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
            let daemon = match e.kind() {
                clap::error::ErrorKind::DisplayHelp
                | clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
                | clap::error::ErrorKind::MissingSubcommand
                | clap::error::ErrorKind::InvalidSubcommand => help_daemon(root, rest),
                _ => None,
            };
            // An unknown flag on cobra's way to the command fails before anything else.
            let traversal = match e.kind() {
                clap::error::ErrorKind::DisplayVersion => None,
                _ => usage::traverse::failure(root, rest),
            };
            let refused = match e.kind() {
                _ if traversal.is_some() => traversal
                    .as_ref()
                    .and_then(|t| t.checked.as_ref())
                    .and_then(|used| refusal_of(root, rest, used)),
                clap::error::ErrorKind::DisplayHelp
                | clap::error::ErrorKind::DisplayVersion
                | clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
                | clap::error::ErrorKind::MissingSubcommand => None,
                _ => refused_line(root, rest, &e),
            };
            // cobra announces deprecated flags once they all parsed, before the help or the
            // usage error.
            let flag_error = matches!(
                e.kind(),
                clap::error::ErrorKind::InvalidValue
                    | clap::error::ErrorKind::ValueValidation
                    | clap::error::ErrorKind::NoEquals
            );
            if refused.is_none() && !flag_error && traversal.is_none() {
                print!("{}", usage::deprecation_notices(root, rest));
            }
            let out = match (traversal, refused) {
                (Some(t), None) => t.outcome,
                (_, Some(message)) => usage::Outcome {
                    notice: None,
                    text: format!("{message}\n"),
                    code: error::code::FAILURE,
                    stdout: false,
                },
                (None, None) => usage::outcome(&e, root, rest, daemon.as_ref()),
            };
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
        let daemon = help_daemon(root, args.get(1..).unwrap_or_default());
        eprint!("{}", help::render_given(&[root], daemon.as_ref(), &given));
        return 0;
    };
    print!("{}", usage::deprecation_notices(root, &args[1..]));
    let annotated = usage::annotated(root, &matches);
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
        if let Some(used) = &annotated {
            commands::check_support(ctx, used).await?;
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
