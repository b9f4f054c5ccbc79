//! `hvdock update`: docker's resource and restart-policy updates, plus `--isolation`, which
//! converts a container to another isolation level (the seed's Set-Container -RuntimeType).
use crate::cli::DockerFlags as _;

use clap::{ArgAction, Args};

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
// docker words `--memory-swap` without the quotes `run` has.
#[command(mut_arg("memory_swap", |a| a.help("Swap limit equal to memory plus swap: -1 to enable unlimited swap")))]
pub struct UpdateArgs {
    #[command(flatten)]
    pub resources: crate::cli::resources::ResourceOpts,
    /// Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)
    #[arg(long = "blkio-weight", value_name = "uint16")]
    pub blkio_weight: Option<u16>,
    /// Limit the CPU real-time period in microseconds
    #[arg(
        long = "cpu-rt-period",
        value_name = "int",
        allow_negative_numbers = true
    )]
    pub cpu_rt_period: Option<i64>,
    /// Limit the CPU real-time runtime in microseconds
    #[arg(
        long = "cpu-rt-runtime",
        value_name = "int",
        allow_negative_numbers = true
    )]
    pub cpu_rt_runtime: Option<i64>,
    /// Convert the container to this isolation ("process" or "hyperv"); it is re-created with
    /// everything it has (name, config, volumes, networks, writable layer) and a new ID
    #[arg(long = "isolation", value_name = "string")]
    pub isolation: Option<String>,
    // Deprecated: hidden from help and still accepted, as docker.
    /// Kernel memory limit
    #[arg(long = "kernel-memory", value_name = "bytes", hide = true,
          value_parser = crate::opts::size::ram_in_bytes)]
    pub kernel_memory: Option<i64>,
    /// Restart policy to apply when a container exits
    #[arg(long = "restart", value_name = "string")]
    pub restart: Option<String>,
    #[arg(value_name = "CONTAINER", required = true, num_args = 1.., action = ArgAction::Append)]
    pub containers: Vec<String>,
}
