//! `plugin`: the daemon's managed plugins (not the CLI plugins of `crate::plugins`).
use crate::cli::DockerFlags as _;

use clap::{ArgAction, Args, Subcommand};

#[derive(Debug, Clone, Subcommand)]
#[command(defer = true, docker_flags = true)]
pub enum PluginCommand {
    /// Disable a plugin
    #[command(override_usage = "hvdock plugin disable [OPTIONS] PLUGIN")]
    Disable(DisableArgs),
    /// Enable a plugin
    #[command(override_usage = "hvdock plugin enable [OPTIONS] PLUGIN")]
    Enable(EnableArgs),
    /// Display detailed information on one or more plugins
    #[command(override_usage = "hvdock plugin inspect [OPTIONS] PLUGIN [PLUGIN...]")]
    Inspect(InspectArgs),
    /// List plugins
    #[command(visible_alias = "list", override_usage = "hvdock plugin ls [OPTIONS]")]
    Ls(LsArgs),
    /// Remove one or more plugins
    #[command(
        visible_alias = "remove",
        override_usage = "hvdock plugin rm [OPTIONS] PLUGIN [PLUGIN...]"
    )]
    Rm(RmArgs),
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct DisableArgs {
    /// Force the disable of an active plugin
    #[arg(short = 'f', long = "force")]
    pub force: bool,
    #[arg(value_name = "PLUGIN", required = true)]
    pub name: String,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct EnableArgs {
    /// HTTP client timeout (in seconds)
    #[arg(
        long = "timeout",
        value_name = "int",
        default_value = "30",
        allow_negative_numbers = true
    )]
    pub timeout: i64,
    #[arg(value_name = "PLUGIN", required = true)]
    pub name: String,
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
    #[arg(value_name = "PLUGIN", required = true, num_args = 1..)]
    pub names: Vec<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct LsArgs {
    /// Provide filter values (e.g. "enabled=true")
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
    /// Don't truncate output
    #[arg(long = "no-trunc")]
    pub no_trunc: bool,
    /// Only display plugin IDs
    #[arg(short = 'q', long = "quiet")]
    pub quiet: bool,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct RmArgs {
    /// Force the removal of an active plugin
    #[arg(short = 'f', long = "force")]
    pub force: bool,
    #[arg(value_name = "PLUGIN", required = true, num_args = 1..)]
    pub names: Vec<String>,
}
