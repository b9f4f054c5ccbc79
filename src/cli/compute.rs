//! `hvdock compute`: the worker processes behind containers (the seed's Get-ComputeProcess).
use crate::cli::DockerFlags as _;

use clap::{Args, Subcommand};

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct ComputeLsArgs {
    /// Also list sandbox and VM worker processes that belong to no container
    #[arg(short = 'a', long = "all")]
    pub all: bool,
    /// Format output using a custom template:
    /// 'table':            Print output in table format with column headers (default)
    /// 'table TEMPLATE':   Print output in table format using the given Go template
    /// 'json':             Print in JSON format
    /// 'TEMPLATE':         Print output using the given Go template.
    /// Fields: .ID .Name .Owner .Type .Isolation .PID
    #[arg(long = "format", value_name = "string")]
    pub format: Option<String>,
    /// Only display container IDs
    #[arg(short = 'q', long = "quiet")]
    pub quiet: bool,
}

#[derive(Debug, Clone, Subcommand)]
#[command(defer = true, docker_flags = true)]
pub enum ComputeCommand {
    /// List the compute (worker) process behind each running container
    #[command(visible_alias = "ps", override_usage = "hvdock compute ls [OPTIONS]")]
    Ls(ComputeLsArgs),
}
