//! `hvdock manifest ...`: flags as docker's.
use crate::cli::DockerFlags as _;

use clap::{ArgAction, Args, Subcommand};

#[derive(Debug, Clone, Subcommand)]
#[command(defer = true, docker_flags = true)]
pub enum ManifestCommand {
    /// Add additional information to a local image manifest
    #[command(override_usage = "hvdock manifest annotate [OPTIONS] MANIFEST_LIST MANIFEST")]
    Annotate(AnnotateArgs),
    /// Create a local manifest list for annotating and pushing to a registry
    #[command(override_usage = "hvdock manifest create MANIFEST_LIST MANIFEST [MANIFEST...]")]
    Create(CreateArgs),
    /// Display an image manifest, or manifest list
    #[command(override_usage = "hvdock manifest inspect [OPTIONS] [MANIFEST_LIST] MANIFEST")]
    Inspect(InspectArgs),
    /// Push a manifest list to a repository
    #[command(override_usage = "hvdock manifest push [OPTIONS] MANIFEST_LIST")]
    Push(PushArgs),
    /// Delete one or more manifest lists from local storage
    #[command(override_usage = "hvdock manifest rm MANIFEST_LIST [MANIFEST_LIST...]")]
    Rm(RmArgs),
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct AnnotateArgs {
    /// Set architecture
    #[arg(long = "arch", value_name = "string")]
    pub arch: Option<String>,
    /// Set operating system
    #[arg(long = "os", value_name = "string")]
    pub os: Option<String>,
    /// Set operating system feature
    #[arg(long = "os-features", value_name = "strings", action = ArgAction::Append)]
    pub os_features: Vec<String>,
    /// Set operating system version
    #[arg(long = "os-version", value_name = "string")]
    pub os_version: Option<String>,
    /// Set architecture variant
    #[arg(long = "variant", value_name = "string")]
    pub variant: Option<String>,
    #[arg(value_name = "MANIFEST_LIST", required = true)]
    pub list: String,
    #[arg(value_name = "MANIFEST", required = true)]
    pub manifest: String,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct CreateArgs {
    /// Amend an existing manifest list
    #[arg(short = 'a', long = "amend")]
    pub amend: bool,
    /// Allow communication with an insecure registry
    #[arg(long = "insecure")]
    pub insecure: bool,
    #[arg(value_name = "MANIFEST_LIST", required = true)]
    pub list: String,
    #[arg(value_name = "MANIFEST", required = true, num_args = 1..)]
    pub manifests: Vec<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct InspectArgs {
    /// Allow communication with an insecure registry
    #[arg(long = "insecure")]
    pub insecure: bool,
    /// Output additional info including layers and platform
    #[arg(short = 'v', long = "verbose")]
    pub verbose: bool,
    /// The manifest list, or the manifest when it is the only argument.
    #[arg(value_name = "MANIFEST_LIST", required = true)]
    pub first: String,
    #[arg(value_name = "MANIFEST")]
    pub second: Option<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct PushArgs {
    /// Allow push to an insecure registry
    #[arg(long = "insecure")]
    pub insecure: bool,
    /// Remove the local manifest list after push
    #[arg(short = 'p', long = "purge")]
    pub purge: bool,
    #[arg(value_name = "MANIFEST_LIST", required = true)]
    pub list: String,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct RmArgs {
    #[arg(value_name = "MANIFEST_LIST", required = true, num_args = 1..)]
    pub lists: Vec<String>,
}
