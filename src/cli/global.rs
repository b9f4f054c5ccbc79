//! docker's global options; they are only accepted before the command, as docker does.

use clap::{ArgAction, Args};

#[derive(Debug, Clone, Default, Args)]
pub struct GlobalArgs {
    /// Location of client config files (default "~/.docker")
    #[arg(long = "config", value_name = "string")]
    pub config: Option<String>,

    /// Name of the context to use to connect to the daemon (overrides DOCKER_HOST env var and
    /// default context set with "hvdock context use")
    #[arg(short = 'c', long = "context", value_name = "string")]
    pub context: Option<String>,

    /// Enable debug mode
    #[arg(short = 'D', long = "debug")]
    pub debug: bool,

    /// Daemon socket to connect to
    #[arg(short = 'H', long = "host", value_name = "list", action = ArgAction::Append)]
    pub host: Vec<String>,

    // Any string when parsed: docker refuses an unknown level when it starts (main.rs).
    /// Set the logging level ("debug", "info", "warn", "error", "fatal")
    #[arg(
        short = 'l',
        long = "log-level",
        value_name = "string",
        default_value = "info",
        hide_default_value = false
    )]
    pub log_level: String,

    /// Use TLS; implied by --tlsverify
    #[arg(long = "tls")]
    pub tls: bool,

    /// Trust certs signed only by this CA (default "~/.docker/ca.pem")
    #[arg(long = "tlscacert", value_name = "string")]
    pub tlscacert: Option<String>,

    /// Path to TLS certificate file (default "~/.docker/cert.pem")
    #[arg(long = "tlscert", value_name = "string")]
    pub tlscert: Option<String>,

    /// Path to TLS key file (default "~/.docker/key.pem")
    #[arg(long = "tlskey", value_name = "string")]
    pub tlskey: Option<String>,

    /// Use TLS and verify the remote
    #[arg(long = "tlsverify")]
    pub tlsverify: bool,

    /// Print version information and quit
    #[arg(short = 'v', long = "version")]
    pub version: bool,
}
