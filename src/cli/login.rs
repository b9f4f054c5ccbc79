//! `login` and `logout`.
use crate::cli::DockerFlags as _;

use clap::Args;

// `hvdock login`.
#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct LoginArgs {
    /// Password or Personal Access Token (PAT)
    #[arg(short = 'p', long = "password", value_name = "string")]
    pub password: Option<String>,
    /// Take the Password or Personal Access Token (PAT) from stdin
    #[arg(long = "password-stdin")]
    pub password_stdin: bool,
    /// Username
    #[arg(short = 'u', long = "username", value_name = "string")]
    pub username: Option<String>,
    #[arg(value_name = "SERVER")]
    pub server: Option<String>,
}

// `hvdock logout`.
#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct LogoutArgs {
    #[arg(value_name = "SERVER")]
    pub server: Option<String>,
}
