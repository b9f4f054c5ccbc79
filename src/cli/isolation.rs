//! `hvdock isolation`: proving a container's isolation (the seed's csrss demo).
use crate::cli::DockerFlags as _;

use clap::{Args, Subcommand};

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct VerifyArgs {
    /// Format output: 'json' prints one JSON object per container
    #[arg(long = "format", value_name = "string")]
    pub format: Option<String>,
    #[arg(value_name = "CONTAINER", required = true, num_args = 1..)]
    pub containers: Vec<String>,
}

#[derive(Debug, Clone, Subcommand)]
#[command(defer = true, docker_flags = true)]
pub enum IsolationCommand {
    /// Prove each container's isolation: compare its processes and kernel with the host's
    #[command(override_usage = "hvdock isolation verify [OPTIONS] CONTAINER [CONTAINER...]")]
    Verify(VerifyArgs),
}
