//! `hvdock network ...`: flags as docker's.
use crate::cli::DockerFlags as _;

use clap::{ArgAction, Args, Subcommand};

#[derive(Debug, Clone, Subcommand)]
#[command(defer = true, docker_flags = true)]
pub enum NetworkCommand {
    /// Connect a container to a network
    #[command(override_usage = "hvdock network connect [OPTIONS] NETWORK CONTAINER")]
    Connect(ConnectArgs),
    /// Create a network
    #[command(override_usage = "hvdock network create [OPTIONS] NETWORK")]
    Create(CreateArgs),
    /// Disconnect a container from a network
    #[command(override_usage = "hvdock network disconnect [OPTIONS] NETWORK CONTAINER")]
    Disconnect(DisconnectArgs),
    /// Display detailed information on one or more networks
    #[command(override_usage = "hvdock network inspect [OPTIONS] NETWORK [NETWORK...]")]
    Inspect(InspectArgs),
    /// List networks
    #[command(visible_alias = "list", override_usage = "hvdock network ls [OPTIONS]")]
    Ls(LsArgs),
    /// Remove all unused networks
    #[command(override_usage = "hvdock network prune [OPTIONS]")]
    Prune(PruneArgs),
    /// Remove one or more networks
    #[command(
        visible_alias = "remove",
        override_usage = "hvdock network rm NETWORK [NETWORK...]"
    )]
    Rm(RmArgs),
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct CreateArgs {
    /// Enable manual container attachment
    #[arg(long = "attachable")]
    pub attachable: bool,
    /// Auxiliary IPv4 or IPv6 addresses used by Network driver (default map[])
    #[arg(long = "aux-address", value_name = "map", action = ArgAction::Append)]
    pub aux_address: Vec<String>,
    /// The network from which to copy the configuration
    #[arg(long = "config-from", value_name = "string")]
    pub config_from: Option<String>,
    /// Create a configuration only network
    #[arg(long = "config-only")]
    pub config_only: bool,
    /// Driver to manage the Network
    #[arg(
        short = 'd',
        long = "driver",
        value_name = "string",
        default_value = "bridge"
    )]
    pub driver: String,
    /// IPv4 or IPv6 Gateway for the master subnet
    #[arg(long = "gateway", value_name = "strings", action = ArgAction::Append)]
    pub gateway: Vec<String>,
    /// Create swarm routing-mesh network
    #[arg(long = "ingress")]
    pub ingress: bool,
    /// Restrict external access to the network
    #[arg(long = "internal")]
    pub internal: bool,
    /// Allocate container ip from a sub-range
    #[arg(long = "ip-range", value_name = "strings", action = ArgAction::Append)]
    pub ip_range: Vec<String>,
    /// IP Address Management Driver
    #[arg(long = "ipam-driver", value_name = "string", default_value = "default")]
    pub ipam_driver: String,
    /// Set IPAM driver specific options (default map[])
    #[arg(long = "ipam-opt", value_name = "map", action = ArgAction::Append)]
    pub ipam_opt: Vec<String>,
    /// Enable or disable IPv4 address assignment (default true)
    #[arg(long = "ipv4", value_name = "bool", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = crate::opts::boolean::parse,
          action = ArgAction::Set)]
    pub ipv4: Option<bool>,
    /// Enable or disable IPv6 address assignment
    #[arg(long = "ipv6", value_name = "bool", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = crate::opts::boolean::parse,
          action = ArgAction::Set)]
    pub ipv6: Option<bool>,
    /// Set metadata on a network
    #[arg(long = "label", value_name = "list", action = ArgAction::Append,
          value_parser = crate::opts::keyvalue::label)]
    pub label: Vec<String>,
    /// Set driver specific options (default map[])
    #[arg(short = 'o', long = "opt", value_name = "map", action = ArgAction::Append)]
    pub opt: Vec<String>,
    /// Control the network's scope
    #[arg(long = "scope", value_name = "string")]
    pub scope: Option<String>,
    /// Subnet in CIDR format that represents a network segment
    #[arg(long = "subnet", value_name = "strings", action = ArgAction::Append)]
    pub subnet: Vec<String>,
    #[arg(value_name = "NETWORK", required = true)]
    pub name: String,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct ConnectArgs {
    /// Add network-scoped alias for the container
    #[arg(long = "alias", value_name = "strings", action = ArgAction::Append)]
    pub alias: Vec<String>,
    /// driver options for the network
    #[arg(long = "driver-opt", value_name = "strings", action = ArgAction::Append)]
    pub driver_opt: Vec<String>,
    #[arg(
        help = "Highest gw-priority provides the default gateway. Accepts positive and negative values.",
        long = "gw-priority",
        value_name = "int",
        allow_negative_numbers = true
    )]
    pub gw_priority: Option<i64>,
    /// IPv4 address (e.g., "172.30.100.104")
    #[arg(long = "ip", value_name = "string")]
    pub ip: Option<String>,
    /// IPv6 address (e.g., "2001:db8::33")
    #[arg(long = "ip6", value_name = "string")]
    pub ip6: Option<String>,
    /// Add link to another container
    #[arg(long = "link", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::link::validate)]
    pub link: Vec<String>,
    /// Add a link-local address for the container
    #[arg(long = "link-local-ip", value_name = "strings", action = ArgAction::Append)]
    pub link_local_ip: Vec<String>,
    #[arg(value_name = "NETWORK", required = true)]
    pub network: String,
    #[arg(value_name = "CONTAINER", required = true)]
    pub container: String,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct DisconnectArgs {
    /// Force the container to disconnect from a network
    #[arg(short = 'f', long = "force")]
    pub force: bool,
    #[arg(value_name = "NETWORK", required = true)]
    pub network: String,
    #[arg(value_name = "CONTAINER", required = true)]
    pub container: String,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct InspectArgs {
    /// Format output using a custom template:
    /// 'json':             Print in JSON format
    /// 'TEMPLATE':         Print output using the given Go template.
    /// Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates
    #[arg(short = 'f', long = "format", value_name = "string")]
    pub format: Option<String>,
    /// Verbose output for diagnostics
    #[arg(short = 'v', long = "verbose")]
    pub verbose: bool,
    #[arg(value_name = "NETWORK", required = true, num_args = 1..)]
    pub names: Vec<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct LsArgs {
    /// Provide filter values (e.g. "driver=bridge")
    #[arg(short = 'f', long = "filter", value_name = "filter", action = ArgAction::Append,
          value_parser = crate::opts::filter::parse)]
    pub filter: Vec<(String, String)>,
    /// Format output using a custom template:
    /// 'table':            Print output in table format with column headers (default)
    /// 'table TEMPLATE':   Print output in table format using the given Go template
    /// 'json':             Print in JSON format
    /// 'TEMPLATE':         Print output using the given Go template.
    /// Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates
    #[arg(long = "format", value_name = "string")]
    pub format: Option<String>,
    /// Do not truncate the output
    #[arg(long = "no-trunc")]
    pub no_trunc: bool,
    /// Only display network IDs
    #[arg(short = 'q', long = "quiet")]
    pub quiet: bool,
}

// `prune` of networks, volumes and containers: `-f` and `--filter`.
#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct PruneArgs {
    /// Provide filter values (e.g. "until=<timestamp>")
    #[arg(long = "filter", value_name = "filter", action = ArgAction::Append,
          value_parser = crate::opts::filter::parse)]
    pub filter: Vec<(String, String)>,
    /// Do not prompt for confirmation
    #[arg(short = 'f', long = "force")]
    pub force: bool,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct RmArgs {
    /// Do not error if the network does not exist
    #[arg(short = 'f', long = "force")]
    pub force: bool,
    #[arg(value_name = "NETWORK", required = true, num_args = 1..)]
    pub names: Vec<String>,
}
