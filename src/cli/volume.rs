//! `hvdock volume ...`: flags as docker's.
use crate::cli::DockerFlags as _;

use clap::{ArgAction, Args, Subcommand};

#[derive(Debug, Clone, Subcommand)]
// Parsed once per process: the size of `create`'s cluster-volume flags does not matter.
#[command(defer = true, docker_flags = true)]
#[allow(clippy::large_enum_variant)]
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
    /// Update a volume (cluster volumes only)
    #[command(override_usage = "hvdock volume update [OPTIONS] [VOLUME]")]
    Update(UpdateArgs),
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct CreateArgs {
    /// Cluster Volume availability ("active", "pause", "drain") (default "active")
    #[arg(long = "availability", value_name = "string")]
    pub availability: Option<String>,
    /// Cluster Volume group (cluster volumes)
    #[arg(long = "group", value_name = "string")]
    pub group: Option<String>,
    /// Minimum size of the Cluster Volume in bytes
    #[arg(long = "limit-bytes", value_name = "bytes")]
    pub limit_bytes: Option<String>,
    /// Maximum size of the Cluster Volume in bytes
    #[arg(long = "required-bytes", value_name = "bytes")]
    pub required_bytes: Option<String>,
    /// Cluster Volume access scope ("single", "multi")
    #[arg(long = "scope", value_name = "string", default_value = "single")]
    pub scope: String,
    /// Cluster Volume secrets (default map[])
    #[arg(long = "secret", value_name = "map", action = ArgAction::Append)]
    pub secret: Vec<String>,
    /// Cluster Volume access sharing ("none", "readonly", "onewriter", "all")
    #[arg(long = "sharing", value_name = "string", default_value = "none")]
    pub sharing: String,
    /// A topology that the Cluster Volume would be preferred in
    #[arg(long = "topology-preferred", value_name = "list", action = ArgAction::Append)]
    pub topology_preferred: Vec<String>,
    /// A topology that the Cluster Volume must be accessible from
    #[arg(long = "topology-required", value_name = "list", action = ArgAction::Append)]
    pub topology_required: Vec<String>,
    /// Cluster Volume access type ("mount", "block")
    #[arg(long = "type", value_name = "string", default_value = "block")]
    pub access_type: String,
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
    /// Display only cluster volumes, and use cluster volume list formatting
    #[arg(long = "cluster")]
    pub cluster: bool,
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

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct UpdateArgs {
    /// Cluster Volume availability ("active", "pause", "drain") (default "active")
    #[arg(long = "availability", value_name = "string")]
    pub availability: Option<String>,
    #[arg(value_name = "VOLUME", required = true)]
    pub name: String,
}
