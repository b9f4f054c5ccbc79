//! `version`, `info` and the `system` group.

use clap::{Args, Subcommand};

#[derive(Debug, Clone, Args)]
pub struct VersionArgs {
    /// Format output using a custom template:
    /// 'json':             Print in JSON format
    /// 'TEMPLATE':         Print output using the given Go template.
    /// Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates
    #[arg(short = 'f', long = "format", value_name = "string")]
    pub format: Option<String>,
}

#[derive(Debug, Clone, Args)]
pub struct InfoArgs {
    /// Format output using a custom template:
    /// 'json':             Print in JSON format
    /// 'TEMPLATE':         Print output using the given Go template.
    /// Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates
    #[arg(short = 'f', long = "format", value_name = "string")]
    pub format: Option<String>,
}

#[derive(Debug, Clone, Subcommand)]
pub enum SystemCommand {
    /// Display system-wide information
    #[command(override_usage = "hvdock system info [OPTIONS]")]
    Info(InfoArgs),
}
