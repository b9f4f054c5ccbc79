//! `hvdock secret ...` and `hvdock config ...`: flags as docker's (`ls` and `inspect` also
//! serve `node`).
use crate::cli::DockerFlags as _;

use clap::{ArgAction, Args, Subcommand};

#[derive(Debug, Clone, Subcommand)]
#[command(defer = true, docker_flags = true)]
pub enum SecretCommand {
    /// Create a secret from a file or STDIN as content
    #[command(override_usage = "hvdock secret create [OPTIONS] SECRET [file|-]")]
    Create(SecretCreateArgs),
    /// Display detailed information on one or more secrets
    #[command(override_usage = "hvdock secret inspect [OPTIONS] SECRET [SECRET...]")]
    Inspect(InspectArgs),
    /// List secrets
    #[command(visible_alias = "list", override_usage = "hvdock secret ls [OPTIONS]")]
    Ls(LsArgs),
    /// Remove one or more secrets
    #[command(
        visible_alias = "remove",
        override_usage = "hvdock secret rm SECRET [SECRET...]"
    )]
    Rm(RmArgs),
}

#[derive(Debug, Clone, Subcommand)]
#[command(defer = true, docker_flags = true)]
pub enum ConfigCommand {
    /// Create a config from a file or STDIN
    #[command(override_usage = "hvdock config create [OPTIONS] CONFIG file|-")]
    Create(ConfigCreateArgs),
    /// Display detailed information on one or more configs
    #[command(override_usage = "hvdock config inspect [OPTIONS] CONFIG [CONFIG...]")]
    Inspect(InspectArgs),
    /// List configs
    #[command(visible_alias = "list", override_usage = "hvdock config ls [OPTIONS]")]
    Ls(LsArgs),
    /// Remove one or more configs
    #[command(
        visible_alias = "remove",
        override_usage = "hvdock config rm CONFIG [CONFIG...]"
    )]
    Rm(RmArgs),
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct SecretCreateArgs {
    /// Secret driver
    #[arg(short = 'd', long = "driver", value_name = "string")]
    pub driver: Option<String>,
    /// Secret labels
    #[arg(short = 'l', long = "label", value_name = "list", action = ArgAction::Append,
          value_parser = crate::opts::keyvalue::label)]
    pub label: Vec<String>,
    /// Template driver
    #[arg(long = "template-driver", value_name = "string")]
    pub template_driver: Option<String>,
    #[arg(value_name = "SECRET", required = true)]
    pub name: String,
    #[arg(value_name = "file|-")]
    pub file: Option<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct ConfigCreateArgs {
    /// Config labels
    #[arg(short = 'l', long = "label", value_name = "list", action = ArgAction::Append,
          value_parser = crate::opts::keyvalue::label)]
    pub label: Vec<String>,
    /// Template driver
    #[arg(long = "template-driver", value_name = "string")]
    pub template_driver: Option<String>,
    #[arg(value_name = "CONFIG", required = true)]
    pub name: String,
    #[arg(value_name = "file|-", required = true)]
    pub file: String,
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
    /// Print the information in a human friendly format
    #[arg(long = "pretty")]
    pub pretty: bool,
    #[arg(value_name = "NAME", required = true, num_args = 1..)]
    pub names: Vec<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct LsArgs {
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
    /// Only display IDs
    #[arg(short = 'q', long = "quiet")]
    pub quiet: bool,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct RmArgs {
    #[arg(value_name = "NAME", required = true, num_args = 1..)]
    pub names: Vec<String>,
}
