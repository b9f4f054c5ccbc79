//! The command-line surface: clap-derive types only. Behaviour lives in `crate::commands`.

pub mod global;
pub mod system;

use clap::{ArgAction, CommandFactory, Parser, Subcommand};

use global::GlobalArgs;

#[derive(Debug, Parser)]
#[command(
    name = "hvdock",
    about = "A self-sufficient runtime for containers, with isolation you can see and prove",
    override_usage = "hvdock [OPTIONS] COMMAND",
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true,
    subcommand_required = false
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show the Docker version information
    #[command(override_usage = "hvdock version [OPTIONS]")]
    Version(system::VersionArgs),

    /// Display system-wide information
    #[command(override_usage = "hvdock info [OPTIONS]")]
    Info(system::InfoArgs),

    /// Manage Docker
    #[command(subcommand, override_usage = "hvdock system COMMAND")]
    System(system::SystemCommand),

    /// Help about any command
    #[command(override_usage = "hvdock help [COMMAND]")]
    Help {
        /// The command to show help for
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        command: Vec<String>,
    },

    /// Generate shell completions and man pages into completions/ and man/
    #[command(name = "__generate", hide = true)]
    Generate {
        /// Directory holding completions/ and man/ (default: the current directory)
        #[arg(long, default_value = ".")]
        out: std::path::PathBuf,
    },
}

/// The full clap tree with docker's help flags added: `-h, --help` where `-h` is free (and
/// `--help` alone where a command uses `-h`, like `run -h HOSTNAME`).
pub fn command() -> clap::Command {
    add_help(Cli::command())
}

fn add_help(mut cmd: clap::Command) -> clap::Command {
    let short_taken = cmd.get_arguments().any(|a| a.get_short() == Some('h'));
    let mut help = clap::Arg::new("help")
        .long("help")
        .action(ArgAction::Help)
        .help("Print usage");
    if !short_taken {
        help = help.short('h');
    }
    cmd = cmd.arg(help);
    let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in names {
        cmd = cmd.mut_subcommand(name, add_help);
    }
    cmd
}
