//! `ps` / `container ls` and `inspect`: flags as docker's.
use crate::cli::DockerFlags as _;

use clap::{ArgAction, Args};

// `hvdock ps`, `hvdock container ls|list|ps`.
#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct PsArgs {
    /// Show all containers (default shows just running)
    #[arg(short = 'a', long = "all")]
    pub all: bool,
    /// Filter output based on conditions provided
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
    /// Show n last created containers (includes all states) (default -1)
    #[arg(
        short = 'n',
        long = "last",
        value_name = "int",
        default_value = "-1",
        hide_default_value = true,
        allow_negative_numbers = true
    )]
    pub last: i64,
    /// Show the latest created container (includes all states)
    #[arg(short = 'l', long = "latest")]
    pub latest: bool,
    /// Don't truncate output
    #[arg(long = "no-trunc")]
    pub no_trunc: bool,
    /// Only display container IDs
    #[arg(short = 'q', long = "quiet")]
    pub quiet: bool,
    /// Display total file sizes
    #[arg(short = 's', long = "size", value_name = "bool", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = crate::opts::boolean::parse,
          action = ArgAction::Set)]
    pub size: Option<bool>,
}

// `hvdock inspect`.
#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct InspectArgs {
    /// Format output using a custom template:
    /// 'json':             Print in JSON format
    /// 'TEMPLATE':         Print output using the given Go template.
    /// Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates
    #[arg(short = 'f', long = "format", value_name = "string")]
    pub format: Option<String>,
    /// Display total file sizes if the type is container
    #[arg(short = 's', long = "size")]
    pub size: bool,
    /// Only inspect objects of the given type
    #[arg(long = "type", value_name = "string")]
    pub kind: Option<String>,
    #[arg(value_name = "NAME|ID", required = true, num_args = 1..)]
    pub names: Vec<String>,
}

// `hvdock container inspect`.
#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct ContainerInspectArgs {
    /// Format output using a custom template:
    /// 'json':             Print in JSON format
    /// 'TEMPLATE':         Print output using the given Go template.
    /// Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates
    #[arg(short = 'f', long = "format", value_name = "string")]
    pub format: Option<String>,
    /// Display total file sizes
    #[arg(short = 's', long = "size")]
    pub size: bool,
    #[arg(value_name = "CONTAINER", required = true, num_args = 1..)]
    pub containers: Vec<String>,
}
