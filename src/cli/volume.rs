//! `hvdock volume ...`: flags as docker's.
use crate::cli::DockerFlags as _;

use clap::{ArgAction, Args, Subcommand};

#[derive(Debug, Clone, Subcommand)]
#[command(defer = true, docker_flags = true)]
pub enum VolumeCommand {
    /// Create a volume
    #[command(override_usage = "hvdock volume create [OPTIONS] [VOLUME]")]
    Create(CreateArgs),
    /// Display detailed information on one or more volumes
    #[command(override_usage = "hvdock volume inspect [OPTIONS] VOLUME [VOLUME...]")]
    Inspect(InspectArgs),
    /// List volumes
    #[command(visible_alias = "list", override_usage = "hvdock volume ls [OPTIONS]")]
    Ls(LsArgs),
    /// Remove unused local volumes
    #[command(override_usage = "hvdock volume prune [OPTIONS]")]
    Prune(PruneArgs),
    /// Remove one or more volumes
    #[command(
        visible_alias = "remove",
        override_usage = "hvdock volume rm [OPTIONS] VOLUME [VOLUME...]",
        long_about = crate::cli::long::VOLUME_RM
    )]
    Rm(RmArgs),
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct CreateArgs {
    /// Specify volume driver name
    #[arg(
        short = 'd',
        long = "driver",
        value_name = "string",
        default_value = "local"
    )]
    pub driver: String,
    /// Set metadata for a volume
    #[arg(long = "label", value_name = "list", action = ArgAction::Append,
          value_parser = crate::opts::keyvalue::label)]
    pub label: Vec<String>,
    /// Specify volume name
    #[arg(long = "name", value_name = "string", hide = true)]
    pub name_flag: Option<String>,
    /// Set driver specific options (default map[])
    #[arg(short = 'o', long = "opt", value_name = "map", action = ArgAction::Append)]
    pub opt: Vec<String>,
    #[arg(value_name = "VOLUME")]
    pub name: Option<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct InspectArgs {
    /// Format output using a custom template:
    /// 'json':             Print in JSON format
    /// 'TEMPLATE':         Print output using the given Go template.
    /// Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates
    #[arg(short = 'f', long = "format", value_name = "string")]
    pub format: Option<String>,
    #[arg(value_name = "VOLUME", required = true, num_args = 1..)]
    pub names: Vec<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct LsArgs {
    /// Provide filter values (e.g. "dangling=true")
    #[arg(short = 'f', long = "filter", value_name = "filter", action = ArgAction::Append,
          value_parser = crate::opts::filter::parse)]
    pub filter: Vec<(String, String)>,
    /// Format output using a custom template:
    /// 'table':            Print output in table format with column headers (default)
    /// 'table TEMPLATE':   Print output in table format using the given Go template
    /// 'json':             Print in JSON format
    /// 'TEMPLATE':         Print output using the given Go template.
    /// Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates
    #[arg(long = "format", value_name = "string")]
    pub format: Option<String>,
    /// Only display volume names
    #[arg(short = 'q', long = "quiet")]
    pub quiet: bool,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct PruneArgs {
    /// Remove all unused volumes, not just anonymous ones
    #[arg(short = 'a', long = "all")]
    pub all: bool,
    /// Provide filter values (e.g. "label=<label>")
    #[arg(long = "filter", value_name = "filter", action = ArgAction::Append,
          value_parser = crate::opts::filter::parse)]
    pub filter: Vec<(String, String)>,
    /// Do not prompt for confirmation
    #[arg(short = 'f', long = "force")]
    pub force: bool,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct RmArgs {
    /// Force the removal of one or more volumes
    #[arg(short = 'f', long = "force")]
    pub force: bool,
    #[arg(value_name = "VOLUME", required = true, num_args = 1..)]
    pub names: Vec<String>,
}
