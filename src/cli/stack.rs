//! `hvdock stack ...`: flags as docker's.
use crate::cli::DockerFlags as _;

use clap::{ArgAction, Args, Subcommand};

// `stack` and its verbs: docker's deprecated `--orchestrator` (hidden, ignored, announced) is a
// flag of the group, so it is taken before or after the verb. (No doc comment: it would replace
// the group's description.)
#[derive(Debug, Clone, Args)]
pub struct StackArgs {
    /// Orchestrator to use (swarm|all)
    #[arg(long = "orchestrator", value_name = "string", global = true, hide = true,
          action = ArgAction::Append)]
    pub orchestrator: Vec<String>,
    #[command(subcommand)]
    pub command: StackCommand,
}

#[derive(Debug, Clone, Subcommand)]
#[command(defer = true, docker_flags = true)]
pub enum StackCommand {
    /// Outputs the final config file, after doing merges and interpolations
    #[command(override_usage = "hvdock stack config [OPTIONS]")]
    Config(ConfigArgs),
    /// Deploy a new stack or update an existing stack
    #[command(
        visible_alias = "up",
        override_usage = "hvdock stack deploy [OPTIONS] STACK"
    )]
    Deploy(DeployArgs),
    /// List stacks
    #[command(visible_alias = "list", override_usage = "hvdock stack ls [OPTIONS]")]
    Ls(LsArgs),
    /// List the tasks in the stack
    #[command(override_usage = "hvdock stack ps [OPTIONS] STACK")]
    Ps(PsArgs),
    /// Remove one or more stacks
    #[command(
        visible_aliases = ["remove", "down"],
        override_usage = "hvdock stack rm [OPTIONS] STACK [STACK...]"
    )]
    Rm(RmArgs),
    /// List the services in the stack
    #[command(override_usage = "hvdock stack services [OPTIONS] STACK")]
    Services(ServicesArgs),
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct ConfigArgs {
    /// Path to a Compose file, or "-" to read from stdin
    #[arg(short = 'c', long = "compose-file", value_name = "strings", action = ArgAction::Append,
          value_delimiter = ',')]
    pub compose_file: Vec<String>,
    /// Skip interpolation and output only merged config
    #[arg(long = "skip-interpolation")]
    pub skip_interpolation: bool,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct DeployArgs {
    /// Path to a Compose file, or "-" to read from stdin
    #[arg(short = 'c', long = "compose-file", value_name = "strings", action = ArgAction::Append,
          value_delimiter = ',')]
    pub compose_file: Vec<String>,
    /// Exit immediately instead of waiting for the stack services to converge (default true)
    #[arg(short = 'd', long = "detach", value_name = "bool", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = crate::opts::boolean::parse,
          action = ArgAction::Set)]
    pub detach: Option<bool>,
    /// Prune services that are no longer referenced
    #[arg(long = "prune")]
    pub prune: bool,
    /// Suppress progress output
    #[arg(short = 'q', long = "quiet")]
    pub quiet: bool,
    /// Query the registry to resolve image digest and supported platforms ("always", "changed", "never") (default "always")
    #[arg(
        long = "resolve-image",
        value_name = "string",
        default_value = "always",
        hide_default_value = true
    )]
    pub resolve_image: String,
    /// Send registry authentication details to Swarm agents
    #[arg(long = "with-registry-auth")]
    pub with_registry_auth: bool,
    #[arg(value_name = "STACK", required = true)]
    pub stack: String,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct LsArgs {
    /// Format output using a custom template:
    /// 'table':            Print output in table format with column headers (default)
    /// 'table TEMPLATE':   Print output in table format using the given Go template
    /// 'json':             Print in JSON format
    /// 'TEMPLATE':         Print output using the given Go template.
    /// Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates
    #[arg(long = "format", value_name = "string")]
    pub format: Option<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct PsArgs {
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
    /// Do not map IDs to Names
    #[arg(long = "no-resolve")]
    pub no_resolve: bool,
    /// Do not truncate output
    #[arg(long = "no-trunc")]
    pub no_trunc: bool,
    /// Only display task IDs
    #[arg(short = 'q', long = "quiet")]
    pub quiet: bool,
    #[arg(value_name = "STACK", required = true)]
    pub stack: String,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct RmArgs {
    /// Do not wait for stack removal (default true)
    #[arg(short = 'd', long = "detach", value_name = "bool", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = crate::opts::boolean::parse,
          action = ArgAction::Set)]
    pub detach: Option<bool>,
    #[arg(value_name = "STACK", required = true, num_args = 1..)]
    pub stacks: Vec<String>,
}

// `stack services`: the flags of `service ls` (whose docker flags come with it).
#[derive(Debug, Clone, Args)]
pub struct ServicesArgs {
    #[command(flatten)]
    pub list: crate::cli::service::LsArgs,
    #[arg(value_name = "STACK", required = true)]
    pub stack: String,
}
