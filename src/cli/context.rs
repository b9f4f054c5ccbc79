//! `hvdock context ...`: flags as docker's.
use crate::cli::DockerFlags as _;

use clap::{ArgAction, Args, Subcommand};

#[derive(Debug, Clone, Subcommand)]
#[command(defer = true, docker_flags = true)]
pub enum ContextCommand {
    /// Create a context
    #[command(override_usage = "hvdock context create [OPTIONS] CONTEXT", long_about = crate::cli::long::CONTEXT_CREATE)]
    Create(CreateArgs),
    #[command(
        about = "Export a context to a tar archive FILE or a tar stream on STDOUT.",
        override_usage = "hvdock context export [OPTIONS] CONTEXT [FILE|-]"
    )]
    Export(ExportArgs),
    /// Import a context from a tar or zip file
    #[command(override_usage = "hvdock context import CONTEXT FILE|-")]
    Import(ImportArgs),
    /// Display detailed information on one or more contexts
    #[command(override_usage = "hvdock context inspect [OPTIONS] [CONTEXT] [CONTEXT...]")]
    Inspect(InspectArgs),
    /// List contexts
    #[command(visible_alias = "list", override_usage = "hvdock context ls [OPTIONS]")]
    Ls(LsArgs),
    /// Remove one or more contexts
    #[command(
        visible_alias = "remove",
        override_usage = "hvdock context rm CONTEXT [CONTEXT...]"
    )]
    Rm(RmArgs),
    /// Print the name of the current context
    #[command(override_usage = "hvdock context show")]
    Show(crate::cli::NoArgs),
    /// Update a context
    #[command(override_usage = "hvdock context update [OPTIONS] CONTEXT", long_about = crate::cli::long::CONTEXT_UPDATE)]
    Update(UpdateArgs),
    /// Set the current docker context
    #[command(override_usage = "hvdock context use CONTEXT")]
    Use(UseArgs),
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct CreateArgs {
    /// Description of the context
    #[arg(long = "description", value_name = "string")]
    pub description: Option<String>,
    /// set the docker endpoint (default [])
    #[arg(long = "docker", value_name = "stringToString", action = ArgAction::Append, value_parser = crate::opts::keyvalue::string_to_string)]
    pub docker: Vec<String>,
    /// create context from a named context
    #[arg(long = "from", value_name = "string")]
    pub from: Option<String>,
    #[arg(value_name = "CONTEXT", required = true)]
    pub name: String,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct UpdateArgs {
    /// Description of the context
    #[arg(long = "description", value_name = "string")]
    pub description: Option<String>,
    /// set the docker endpoint (default [])
    #[arg(long = "docker", value_name = "stringToString", action = ArgAction::Append, value_parser = crate::opts::keyvalue::string_to_string)]
    pub docker: Vec<String>,
    #[arg(value_name = "CONTEXT", required = true)]
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
    #[arg(value_name = "CONTEXT")]
    pub names: Vec<String>,
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
    /// Only show context names
    #[arg(short = 'q', long = "quiet")]
    pub quiet: bool,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct RmArgs {
    /// Force the removal of a context in use
    #[arg(short = 'f', long = "force")]
    pub force: bool,
    #[arg(value_name = "CONTEXT", required = true, num_args = 1..)]
    pub names: Vec<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct UseArgs {
    #[arg(value_name = "CONTEXT", required = true)]
    pub name: String,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct ExportArgs {
    #[arg(value_name = "CONTEXT", required = true)]
    pub name: String,
    #[arg(value_name = "FILE|-")]
    pub dest: Option<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct ImportArgs {
    #[arg(value_name = "CONTEXT", required = true)]
    pub name: String,
    #[arg(value_name = "FILE|-", required = true)]
    pub source: String,
}
