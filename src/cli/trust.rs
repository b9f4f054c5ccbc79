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
