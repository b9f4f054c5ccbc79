//! `search` (docker's registry commands).
use crate::cli::DockerFlags as _;

use clap::{ArgAction, Args};

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct SearchArgs {
    /// Filter output based on conditions provided
    #[arg(short = 'f', long = "filter", value_name = "filter", action = ArgAction::Append,
          value_parser = crate::opts::filter::parse)]
    pub filter: Vec<(String, String)>,
    /// Pretty-print search using a Go template
    #[arg(long = "format", value_name = "string")]
    pub format: Option<String>,
    /// Max number of search results
    #[arg(
        long = "limit",
        value_name = "int",
        default_value = "0",
        hide_default_value = true,
        allow_negative_numbers = true
    )]
    pub limit: i64,
    /// Don't truncate output
    #[arg(long = "no-trunc")]
    pub no_trunc: bool,
    #[arg(value_name = "TERM", required = true)]
    pub term: String,
}
