//! `hvdock node ...`: flags as docker's.
use crate::cli::DockerFlags as _;

use clap::{ArgAction, Args, Subcommand};

// `ls` and `inspect` take the flags of every swarm object's listing and inspect.
pub use super::secret::{InspectArgs, LsArgs};

#[derive(Debug, Clone, Subcommand)]
#[command(defer = true, docker_flags = true)]
pub enum NodeCommand {
    /// Demote one or more nodes from manager in the swarm
    #[command(override_usage = "hvdock node demote NODE [NODE...]")]
    Demote(NodesArgs),
    /// Display detailed information on one or more nodes
    #[command(override_usage = "hvdock node inspect [OPTIONS] self|NODE [NODE...]")]
    Inspect(InspectArgs),
    /// List nodes in the swarm
    #[command(visible_alias = "list", override_usage = "hvdock node ls [OPTIONS]")]
    Ls(LsArgs),
    /// Promote one or more nodes to manager in the swarm
    #[command(override_usage = "hvdock node promote NODE [NODE...]")]
    Promote(NodesArgs),
    /// List tasks running on one or more nodes, defaults to current node
    #[command(override_usage = "hvdock node ps [OPTIONS] [NODE...]")]
    Ps(crate::cli::service::NodePsArgs),
    /// Remove one or more nodes from the swarm
    #[command(
        visible_alias = "remove",
        override_usage = "hvdock node rm [OPTIONS] NODE [NODE...]"
    )]
    Rm(RmArgs),
    /// Update a node
    #[command(override_usage = "hvdock node update [OPTIONS] NODE")]
    Update(UpdateArgs),
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct NodesArgs {
    #[arg(value_name = "NODE", required = true, num_args = 1..)]
    pub nodes: Vec<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct RmArgs {
    /// Force remove a node from the swarm
    #[arg(short = 'f', long = "force")]
    pub force: bool,
    #[arg(value_name = "NODE", required = true, num_args = 1..)]
    pub nodes: Vec<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct UpdateArgs {
    /// Availability of the node ("active", "pause", "drain")
    #[arg(long = "availability", value_name = "string")]
    pub availability: Option<String>,
    /// Add or update a node label ("key=value")
    #[arg(long = "label-add", value_name = "list", action = ArgAction::Append)]
    pub label_add: Vec<String>,
    /// Remove a node label if exists
    #[arg(long = "label-rm", value_name = "list", action = ArgAction::Append)]
    pub label_rm: Vec<String>,
    /// Role of the node ("worker", "manager")
    #[arg(long = "role", value_name = "string")]
    pub role: Option<String>,
    #[arg(value_name = "NODE", required = true)]
    pub node: String,
}
