//! `cp`, `commit`, `export`, `diff`, `stats` and `container prune`: flags as docker's.
use crate::cli::DockerFlags as _;

use clap::{ArgAction, Args};

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct CpArgs {
    /// Archive mode (copy all uid/gid information)
    #[arg(short = 'a', long = "archive")]
    pub archive: bool,
    /// Always follow symbol link in SRC_PATH
    #[arg(short = 'L', long = "follow-link")]
    pub follow_link: bool,
    /// Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached
    #[arg(short = 'q', long = "quiet")]
    pub quiet: bool,
    #[arg(value_name = "SRC", required = true)]
    pub src: String,
    #[arg(value_name = "DEST", required = true)]
    pub dest: String,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct CommitArgs {
    /// Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")
    #[arg(short = 'a', long = "author", value_name = "string")]
    pub author: Option<String>,
    /// Apply Dockerfile instruction to the created image
    #[arg(short = 'c', long = "change", value_name = "list", action = ArgAction::Append)]
    pub change: Vec<String>,
    /// Commit message
    #[arg(short = 'm', long = "message", value_name = "string")]
    pub message: Option<String>,
    /// Pause container during commit (default true)
    #[arg(short = 'p', long = "pause", value_name = "bool", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = crate::opts::boolean::parse,
          action = ArgAction::Set)]
    pub pause: Option<bool>,
    #[arg(value_name = "CONTAINER", required = true)]
    pub container: String,
    #[arg(value_name = "REPOSITORY[:TAG]")]
    pub reference: Option<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct ExportArgs {
    /// Write to a file, instead of STDOUT
    #[arg(short = 'o', long = "output", value_name = "string")]
    pub output: Option<String>,
    #[arg(value_name = "CONTAINER", required = true)]
    pub container: String,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct DiffArgs {
    #[arg(value_name = "CONTAINER", required = true)]
    pub container: String,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct StatsArgs {
    /// Show all containers (default shows just running)
    #[arg(short = 'a', long = "all")]
    pub all: bool,
    /// Format output using a custom template:
    /// 'table':            Print output in table format with column headers (default)
    /// 'table TEMPLATE':   Print output in table format using the given Go template
    /// 'json':             Print in JSON format
    /// 'TEMPLATE':         Print output using the given Go template.
    /// Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates
    #[arg(long = "format", value_name = "string")]
    pub format: Option<String>,
    /// Disable streaming stats and only pull the first result
    #[arg(long = "no-stream")]
    pub no_stream: bool,
    /// Do not truncate output
    #[arg(long = "no-trunc")]
    pub no_trunc: bool,
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}
