//! `hvdock swarm ...`: flags as docker's.
use crate::cli::DockerFlags as _;

use clap::{ArgAction, Args, Subcommand};

#[derive(Debug, Clone, Subcommand)]
#[command(defer = true, docker_flags = true)]
pub enum SwarmCommand {
    /// Display and rotate the root CA
    #[command(override_usage = "hvdock swarm ca [OPTIONS]")]
    Ca(CaArgs),
    /// Initialize a swarm
    #[command(override_usage = "hvdock swarm init [OPTIONS]")]
    Init(InitArgs),
    /// Join a swarm as a node and/or manager
    #[command(override_usage = "hvdock swarm join [OPTIONS] HOST:PORT")]
    Join(JoinArgs),
    /// Manage join tokens
    #[command(
        name = "join-token",
        override_usage = "hvdock swarm join-token [OPTIONS] (worker|manager)"
    )]
    JoinToken(JoinTokenArgs),
    /// Leave the swarm
    #[command(override_usage = "hvdock swarm leave [OPTIONS]")]
    Leave(LeaveArgs),
    /// Unlock swarm
    #[command(override_usage = "hvdock swarm unlock")]
    Unlock(crate::cli::NoArgs),
    /// Manage the unlock key
    #[command(
        name = "unlock-key",
        override_usage = "hvdock swarm unlock-key [OPTIONS]"
    )]
    UnlockKey(UnlockKeyArgs),
    /// Update the swarm
    #[command(override_usage = "hvdock swarm update [OPTIONS]")]
    Update(UpdateArgs),
}

// The swarm spec flags of `init` and `update` (docker's `swarmOptions`); `None` = not given.
#[derive(Debug, Clone, Args)]
pub struct SpecArgs {
    /// Validity period for node certificates (ns|us|ms|s|m|h) (default 2160h0m0s)
    #[arg(long = "cert-expiry", value_name = "duration",
          value_parser = crate::opts::duration::parse)]
    pub cert_expiry: Option<i64>,
    /// Dispatcher heartbeat period (ns|us|ms|s|m|h) (default 5s)
    #[arg(long = "dispatcher-heartbeat", value_name = "duration",
          value_parser = crate::opts::duration::parse)]
    pub dispatcher_heartbeat: Option<i64>,
    /// Specifications of one or more certificate signing endpoints
    #[arg(long = "external-ca", value_name = "external-ca", action = ArgAction::Append,
          value_parser = crate::opts::swarm::external_ca)]
    pub external_ca: Vec<serde_json::Value>,
    /// Number of additional Raft snapshots to retain
    #[arg(long = "max-snapshots", value_name = "uint")]
    pub max_snapshots: Option<u64>,
    /// Number of log entries between Raft snapshots (default 10000)
    #[arg(long = "snapshot-interval", value_name = "uint")]
    pub snapshot_interval: Option<u64>,
    /// Task history retention limit (default 5)
    #[arg(long = "task-history-limit", value_name = "int")]
    pub task_history_limit: Option<i64>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct InitArgs {
    /// Advertised address (format: "<ip|interface>[:port]")
    #[arg(long = "advertise-addr", value_name = "string")]
    pub advertise_addr: Option<String>,
    /// Enable manager autolocking (requiring an unlock key to start a stopped manager)
    #[arg(long = "autolock", value_name = "bool", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = crate::opts::boolean::parse,
          action = ArgAction::Set)]
    pub autolock: Option<bool>,
    /// Availability of the node ("active", "pause", "drain") (default "active")
    #[arg(long = "availability", value_name = "string")]
    pub availability: Option<String>,
    /// Address or interface to use for data path traffic (format: "<ip|interface>")
    #[arg(long = "data-path-addr", value_name = "string")]
    pub data_path_addr: Option<String>,
    #[arg(
        long = "data-path-port",
        value_name = "uint32",
        help = "Port number to use for data path traffic (1024 - 49151). If no value is set or is set to 0, the default port (4789) is used."
    )]
    pub data_path_port: Option<u32>,
    /// default address pool in CIDR format
    #[arg(long = "default-addr-pool", value_name = "ipNetSlice", default_value = "[]",
          value_parser = crate::opts::swarm::ip_nets)]
    pub default_addr_pool: Vec<String>,
    /// default address pool subnet mask length
    #[arg(
        long = "default-addr-pool-mask-length",
        value_name = "uint32",
        default_value = "24"
    )]
    pub default_addr_pool_mask_length: u32,
    /// Force create a new cluster from current state
    #[arg(long = "force-new-cluster")]
    pub force_new_cluster: bool,
    /// Listen address (format: "<ip|interface>[:port]")
    #[arg(long = "listen-addr", value_name = "node-addr", default_value = "0.0.0.0:2377",
          value_parser = crate::opts::swarm::node_addr)]
    pub listen_addr: String,
    #[command(flatten)]
    pub spec: SpecArgs,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct JoinArgs {
    /// Advertised address (format: "<ip|interface>[:port]")
    #[arg(long = "advertise-addr", value_name = "string")]
    pub advertise_addr: Option<String>,
    /// Availability of the node ("active", "pause", "drain") (default "active")
    #[arg(long = "availability", value_name = "string")]
    pub availability: Option<String>,
    /// Address or interface to use for data path traffic (format: "<ip|interface>")
    #[arg(long = "data-path-addr", value_name = "string")]
    pub data_path_addr: Option<String>,
    /// Listen address (format: "<ip|interface>[:port]")
    #[arg(long = "listen-addr", value_name = "node-addr", default_value = "0.0.0.0:2377",
          value_parser = crate::opts::swarm::node_addr)]
    pub listen_addr: String,
    /// Token for entry into the swarm
    #[arg(long = "token", value_name = "string")]
    pub token: Option<String>,
    #[arg(value_name = "HOST:PORT", required = true)]
    pub remote: String,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct JoinTokenArgs {
    /// Only display token
    #[arg(short = 'q', long = "quiet")]
    pub quiet: bool,
    /// Rotate join token
    #[arg(long = "rotate")]
    pub rotate: bool,
    #[arg(value_name = "(worker|manager)", required = true)]
    pub role: String,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct LeaveArgs {
    /// Force this node to leave the swarm, ignoring warnings
    #[arg(short = 'f', long = "force")]
    pub force: bool,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct UnlockKeyArgs {
    /// Only display token
    #[arg(short = 'q', long = "quiet")]
    pub quiet: bool,
    /// Rotate unlock key
    #[arg(long = "rotate")]
    pub rotate: bool,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct UpdateArgs {
    /// Change manager autolocking setting (true|false)
    #[arg(long = "autolock", value_name = "bool", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = crate::opts::boolean::parse,
          action = ArgAction::Set)]
    pub autolock: Option<bool>,
    #[command(flatten)]
    pub spec: SpecArgs,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct CaArgs {
    /// Path to the PEM-formatted root CA certificate to use for the new cluster
    #[arg(long = "ca-cert", value_name = "pem-file", value_parser = crate::opts::swarm::pem_file)]
    pub ca_cert: Option<String>,
    /// Path to the PEM-formatted root CA key to use for the new cluster
    #[arg(long = "ca-key", value_name = "pem-file", value_parser = crate::opts::swarm::pem_file)]
    pub ca_key: Option<String>,
    /// Validity period for node certificates (ns|us|ms|s|m|h) (default 2160h0m0s)
    #[arg(long = "cert-expiry", value_name = "duration",
          value_parser = crate::opts::duration::parse)]
    pub cert_expiry: Option<i64>,
    /// Exit immediately instead of waiting for the root rotation to converge
    #[arg(short = 'd', long = "detach")]
    pub detach: bool,
    /// Specifications of one or more certificate signing endpoints
    #[arg(long = "external-ca", value_name = "external-ca", action = ArgAction::Append,
          value_parser = crate::opts::swarm::external_ca)]
    pub external_ca: Vec<serde_json::Value>,
    /// Suppress progress output
    #[arg(short = 'q', long = "quiet")]
    pub quiet: bool,
    /// Rotate the swarm CA - if no certificate or key are provided, new ones will be generated
    #[arg(long = "rotate")]
    pub rotate: bool,
}
