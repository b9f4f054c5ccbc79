//! `builder`: docker's group for builds (`build`, `prune`), used when no buildx plugin takes it.
use crate::cli::DockerFlags as _;

use clap::{ArgAction, Args, Subcommand};

#[derive(Debug, Clone, Subcommand)]
#[command(defer = true, docker_flags = true)]
pub enum BuilderCommand {
    /// Build an image from a Dockerfile
    #[command(override_usage = "hvdock builder build [OPTIONS] PATH | URL | -")]
    Build(Box<crate::cli::build::BuildArgs>),
    /// Remove build cache
    #[command(override_usage = "hvdock builder prune")]
    Prune(BuilderPruneArgs),
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct BuilderPruneArgs {
    /// Remove all unused build cache, not just dangling ones
    #[arg(short = 'a', long = "all")]
    pub all: bool,
    /// Provide filter values (e.g. "until=24h")
    #[arg(long = "filter", value_name = "filter", action = ArgAction::Append,
          value_parser = crate::opts::filter::parse)]
    pub filter: Vec<(String, String)>,
    /// Do not prompt for confirmation
    #[arg(short = 'f', long = "force")]
    pub force: bool,
    /// Amount of disk space to keep for cache
    #[arg(long = "keep-storage", value_name = "bytes", value_parser = crate::opts::size::ram_in_bytes)]
    pub keep_storage: Option<i64>,
}
