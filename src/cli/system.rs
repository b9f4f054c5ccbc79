//! `version`, `info` and the `system` group.
use crate::cli::DockerFlags as _;

use clap::{ArgAction, Args, Subcommand};

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct VersionArgs {
    /// Format output using a custom template:
    /// 'json':             Print in JSON format
    /// 'TEMPLATE':         Print output using the given Go template.
    /// Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates
    #[arg(short = 'f', long = "format", value_name = "string")]
    pub format: Option<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct InfoArgs {
    /// Format output using a custom template:
    /// 'json':             Print in JSON format
    /// 'TEMPLATE':         Print output using the given Go template.
    /// Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates
    #[arg(short = 'f', long = "format", value_name = "string")]
    pub format: Option<String>,
}

#[derive(Debug, Clone, Subcommand)]
#[command(defer = true, docker_flags = true)]
pub enum SystemCommand {
    /// Display system-wide information
    #[command(override_usage = "hvdock system info [OPTIONS]")]
    Info(InfoArgs),
    /// Show docker disk usage
    #[command(override_usage = "hvdock system df [OPTIONS]")]
    Df(DfArgs),
    /// Get real time events from the server
    #[command(override_usage = "hvdock system events [OPTIONS]")]
    Events(EventsArgs),
    /// Remove unused data
    #[command(override_usage = "hvdock system prune [OPTIONS]")]
    Prune(SystemPruneArgs),
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct DfArgs {
    /// Format output using a custom template:
    /// 'table':            Print output in table format with column headers (default)
    /// 'table TEMPLATE':   Print output in table format using the given Go template
    /// 'json':             Print in JSON format
    /// 'TEMPLATE':         Print output using the given Go template.
    /// Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates
    #[arg(long = "format", value_name = "string")]
    pub format: Option<String>,
    /// Show detailed information on space usage
    #[arg(short = 'v', long = "verbose")]
    pub verbose: bool,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct EventsArgs {
    /// Filter output based on conditions provided
    #[arg(short = 'f', long = "filter", value_name = "filter", action = ArgAction::Append,
          value_parser = crate::opts::filter::parse)]
    pub filter: Vec<(String, String)>,
    /// Format output using a custom template:
    /// 'json':             Print in JSON format
    /// 'TEMPLATE':         Print output using the given Go template.
    /// Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates
    #[arg(long = "format", value_name = "string")]
    pub format: Option<String>,
    /// Show all events created since timestamp
    #[arg(long = "since", value_name = "string")]
    pub since: Option<String>,
    /// Stream events until this timestamp
    #[arg(long = "until", value_name = "string")]
    pub until: Option<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct SystemPruneArgs {
    /// Remove all unused images not just dangling ones
    #[arg(short = 'a', long = "all")]
    pub all: bool,
    /// Provide filter values (e.g. "label=<key>=<value>")
    #[arg(long = "filter", value_name = "filter", action = ArgAction::Append,
          value_parser = crate::opts::filter::parse)]
    pub filter: Vec<(String, String)>,
    /// Do not prompt for confirmation
    #[arg(short = 'f', long = "force")]
    pub force: bool,
    /// Prune anonymous volumes
    #[arg(long = "volumes")]
    pub volumes: bool,
}
