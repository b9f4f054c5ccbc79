//! `hvdock checkpoint ...`: flags as docker's (experimental, Linux-only, API 1.25: see
//! `min_api`).
use crate::cli::DockerFlags as _;

use clap::{Args, Subcommand};

#[derive(Debug, Clone, Subcommand)]
#[command(defer = true, docker_flags = true)]
pub enum CheckpointCommand {
    /// Create a checkpoint from a running container
    #[command(override_usage = "hvdock checkpoint create [OPTIONS] CONTAINER CHECKPOINT")]
    Create(CreateArgs),
    /// List checkpoints for a container
    #[command(
        visible_alias = "list",
        override_usage = "hvdock checkpoint ls [OPTIONS] CONTAINER"
    )]
    Ls(LsArgs),
    /// Remove a checkpoint
    #[command(
        visible_alias = "remove",
        override_usage = "hvdock checkpoint rm [OPTIONS] CONTAINER CHECKPOINT"
    )]
    Rm(RmArgs),
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct CreateArgs {
    /// Use a custom checkpoint storage directory
    #[arg(long = "checkpoint-dir", value_name = "string")]
    pub checkpoint_dir: Option<String>,
    /// Leave the container running after checkpoint
    #[arg(long = "leave-running")]
    pub leave_running: bool,
    #[arg(value_name = "CONTAINER", required = true)]
    pub container: String,
    #[arg(value_name = "CHECKPOINT", required = true)]
    pub checkpoint: String,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct LsArgs {
    /// Use a custom checkpoint storage directory
    #[arg(long = "checkpoint-dir", value_name = "string")]
    pub checkpoint_dir: Option<String>,
    #[arg(value_name = "CONTAINER", required = true)]
    pub container: String,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct RmArgs {
    /// Use a custom checkpoint storage directory
    #[arg(long = "checkpoint-dir", value_name = "string")]
    pub checkpoint_dir: Option<String>,
    #[arg(value_name = "CONTAINER", required = true)]
    pub container: String,
    #[arg(value_name = "CHECKPOINT", required = true)]
    pub checkpoint: String,
}
