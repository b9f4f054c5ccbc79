//! `trust`: docker's content trust (keys offline; what needs a Notary server fails as docker's
//! does when it cannot reach one).
use crate::cli::DockerFlags as _;

use clap::{Args, Subcommand};

#[derive(Debug, Clone, Subcommand)]
#[command(defer = true, docker_flags = true)]
pub enum TrustCommand {
    /// Return low-level information about keys and signatures
    #[command(override_usage = "hvdock trust inspect IMAGE[:TAG] [IMAGE[:TAG]...]")]
    Inspect(InspectArgs),
    /// Manage keys for signing Docker images
    #[command(subcommand, override_usage = "hvdock trust key COMMAND")]
    Key(KeyCommand),
    /// Remove trust for an image
    #[command(override_usage = "hvdock trust revoke [OPTIONS] IMAGE[:TAG]")]
    Revoke(RevokeArgs),
    /// Sign an image
    #[command(override_usage = "hvdock trust sign IMAGE:TAG")]
    Sign(SignArgs),
    /// Manage entities who can sign Docker images
    #[command(subcommand, override_usage = "hvdock trust signer COMMAND")]
    Signer(SignerCommand),
}

#[derive(Debug, Clone, Subcommand)]
#[command(defer = true, docker_flags = true)]
pub enum SignerCommand {
    /// Add a signer
    #[command(override_usage = "hvdock trust signer add OPTIONS NAME REPOSITORY [REPOSITORY...] ")]
    Add(SignerAddArgs),
    /// Remove a signer
    #[command(
        override_usage = "hvdock trust signer remove [OPTIONS] NAME REPOSITORY [REPOSITORY...]"
    )]
    Remove(SignerRemoveArgs),
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct RevokeArgs {
    /// Do not prompt for confirmation
    #[arg(short = 'y', long = "yes")]
    pub yes: bool,
    #[arg(value_name = "IMAGE[:TAG]", required = true)]
    pub image: String,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct SignArgs {
    /// Sign a locally tagged image
    #[arg(long = "local")]
    pub local: bool,
    #[arg(value_name = "IMAGE:TAG", required = true)]
    pub image: String,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct SignerAddArgs {
    /// Path to the signer's public key file
    #[arg(long = "key", value_name = "list", action = clap::ArgAction::Append)]
    pub key: Vec<String>,
    #[arg(value_name = "NAME", required = true)]
    pub name: String,
    #[arg(value_name = "REPOSITORY", required = true, num_args = 1..)]
    pub repos: Vec<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct SignerRemoveArgs {
    /// Do not prompt for confirmation before removing the most recent signer
    #[arg(short = 'f', long = "force")]
    pub force: bool,
    #[arg(value_name = "NAME", required = true)]
    pub name: String,
    #[arg(value_name = "REPOSITORY", required = true, num_args = 1..)]
    pub repos: Vec<String>,
}

#[derive(Debug, Clone, Subcommand)]
#[command(defer = true, docker_flags = true)]
pub enum KeyCommand {
    /// Generate and load a signing key-pair
    #[command(override_usage = "hvdock trust key generate NAME")]
    Generate(KeyGenerateArgs),
    /// Load a private key file for signing
    #[command(override_usage = "hvdock trust key load [OPTIONS] KEYFILE")]
    Load(KeyLoadArgs),
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct InspectArgs {
    /// Print the information in a human friendly format
    #[arg(long = "pretty")]
    pub pretty: bool,
    #[arg(value_name = "IMAGE[:TAG]", required = true, num_args = 1..)]
    pub images: Vec<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct KeyGenerateArgs {
    /// Directory to generate key in, defaults to current directory
    #[arg(long = "dir", value_name = "string")]
    pub dir: Option<String>,
    #[arg(value_name = "NAME", required = true)]
    pub name: String,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct KeyLoadArgs {
    /// Name for the loaded key
    #[arg(long = "name", value_name = "string", default_value = "signer")]
    pub name: String,
    #[arg(value_name = "KEYFILE", required = true)]
    pub keyfile: String,
}
