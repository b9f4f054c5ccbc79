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

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct RecoverArgs {
    /// List interrupted conversions without repairing them
    #[arg(long = "list")]
    pub list: bool,
    /// Roll back every conversion, also those whose replacement was already created
    #[arg(long = "rollback")]
    pub rollback: bool,
    /// Only these containers (by name or original ID); all when none is given
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

#[derive(Debug, Clone, Subcommand)]
#[command(defer = true, docker_flags = true)]
pub enum IsolationCommand {
    /// Prove each container's isolation: compare its processes and kernel with the host's
    #[command(override_usage = "hvdock isolation verify [OPTIONS] CONTAINER [CONTAINER...]")]
    Verify(VerifyArgs),
    /// Finish or roll back interrupted isolation conversions (update --isolation)
    #[command(override_usage = "hvdock isolation recover [OPTIONS] [CONTAINER...]")]
    Recover(RecoverArgs),
}
