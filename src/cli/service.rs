//! `hvdock service ...` (and `node ps`, which lists the same tasks): flags as docker's.
use crate::cli::DockerFlags as _;

use clap::{ArgAction, Args, Subcommand};

#[derive(Debug, Clone, Subcommand)]
#[command(defer = true, docker_flags = true)]
pub enum ServiceCommand {
    /// Create a new service
    #[command(override_usage = "hvdock service create [OPTIONS] IMAGE [COMMAND] [ARG...]")]
    Create(Box<CreateArgs>),
    /// Display detailed information on one or more services
    #[command(override_usage = "hvdock service inspect [OPTIONS] SERVICE [SERVICE...]")]
    Inspect(InspectArgs),
    /// Fetch the logs of a service or task
    #[command(override_usage = "hvdock service logs [OPTIONS] SERVICE|TASK")]
    Logs(LogsArgs),
    /// List services
    #[command(visible_alias = "list", override_usage = "hvdock service ls [OPTIONS]")]
    Ls(LsArgs),
    /// List the tasks of one or more services
    #[command(override_usage = "hvdock service ps [OPTIONS] SERVICE [SERVICE...]")]
    Ps(PsArgs),
    /// Remove one or more services
    #[command(
        visible_alias = "remove",
        override_usage = "hvdock service rm SERVICE [SERVICE...]"
    )]
    Rm(RmArgs),
    /// Revert changes to a service's configuration
    #[command(override_usage = "hvdock service rollback [OPTIONS] SERVICE")]
    Rollback(RollbackArgs),
    /// Scale one or multiple replicated services
    #[command(override_usage = "hvdock service scale SERVICE=REPLICAS [SERVICE=REPLICAS...]")]
    Scale(ScaleArgs),
    /// Update a service
    #[command(override_usage = "hvdock service update [OPTIONS] SERVICE")]
    Update(Box<UpdateArgs>),
}

// The flags `create` and `update` share (docker's `addServiceFlags`); `create` shows their
// defaults in its help (`create_defaults`), `update` does not, as docker.
#[derive(Debug, Clone, Default, Args)]
pub struct CommonFlags {
    /// Add Linux capabilities
    #[arg(long = "cap-add", value_name = "list", action = ArgAction::Append)]
    pub cap_add: Vec<String>,
    /// Drop Linux capabilities
    #[arg(long = "cap-drop", value_name = "list", action = ArgAction::Append)]
    pub cap_drop: Vec<String>,
    /// Credential spec for managed service account (Windows only)
    #[arg(long = "credential-spec", value_name = "credential-spec", value_parser = crate::opts::service::credential_spec)]
    pub credential_spec: Option<crate::opts::service::CredentialSpec>,
    /// Exit immediately instead of waiting for the service to converge
    #[arg(short = 'd', long = "detach")]
    pub detach: bool,
    /// Endpoint mode (vip or dnsrr)
    #[arg(long = "endpoint-mode", value_name = "string")]
    pub endpoint_mode: Option<String>,
    /// Overwrite the default ENTRYPOINT of the image
    #[arg(long = "entrypoint", value_name = "command", value_parser = crate::opts::shlex::validate)]
    pub entrypoint: Option<String>,
    /// Command to run to check health
    #[arg(long = "health-cmd", value_name = "string")]
    pub health_cmd: Option<String>,
    /// Time between running the check (ms|s|m|h)
    #[arg(long = "health-interval", value_name = "duration", value_parser = crate::opts::duration::positive)]
    pub health_interval: Option<i64>,
    /// Consecutive failures needed to report unhealthy
    #[arg(
        long = "health-retries",
        value_name = "int",
        allow_negative_numbers = true
    )]
    pub health_retries: Option<i64>,
    /// Time between running the check during the start period (ms|s|m|h)
    #[arg(long = "health-start-interval", value_name = "duration", value_parser = crate::opts::duration::positive)]
    pub health_start_interval: Option<i64>,
    #[arg(
        long = "oom-score-adj",
        help = "Tune host's OOM preferences (-1000 to 1000) ",
        value_name = "int",
        allow_negative_numbers = true
    )]
    pub oom_score_adj: Option<i64>,
    /// Start period for the container to initialize before counting retries towards unstable (ms|s|m|h)
    #[arg(long = "health-start-period", value_name = "duration", value_parser = crate::opts::duration::positive)]
    pub health_start_period: Option<i64>,
    /// Maximum time to allow one check to run (ms|s|m|h)
    #[arg(long = "health-timeout", value_name = "duration", value_parser = crate::opts::duration::positive)]
    pub health_timeout: Option<i64>,
    /// Container hostname
    #[arg(long = "hostname", value_name = "string")]
    pub hostname: Option<String>,
    /// Use an init inside each service container to forward signals and reap processes
    #[arg(long = "init")]
    pub init: bool,
    /// Service container isolation mode
    #[arg(long = "isolation", value_name = "string")]
    pub isolation: Option<String>,
    /// Limit CPUs
    #[arg(long = "limit-cpu", value_name = "decimal", value_parser = crate::opts::cpus::parse)]
    pub limit_cpu: Option<i64>,
    /// Limit Memory
    #[arg(long = "limit-memory", value_name = "bytes", value_parser = crate::opts::size::ram_in_bytes)]
    pub limit_memory: Option<i64>,
    /// Limit maximum number of processes (default 0 = unlimited)
    #[arg(long = "limit-pids", value_name = "int", allow_negative_numbers = true)]
    pub limit_pids: Option<i64>,
    /// Logging driver for service
    #[arg(long = "log-driver", value_name = "string")]
    pub log_driver: Option<String>,
    /// Logging driver options
    #[arg(long = "log-opt", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::keyvalue::env)]
    pub log_opt: Vec<String>,
    /// Number of job tasks to run concurrently (default equal to --replicas)
    #[arg(long = "max-concurrent", value_name = "uint", value_parser = clap::value_parser!(u64))]
    pub max_concurrent: Option<u64>,
    /// Disable any container-specified HEALTHCHECK
    #[arg(long = "no-healthcheck")]
    pub no_healthcheck: bool,
    /// Do not query the registry to resolve image digest and supported platforms
    #[arg(long = "no-resolve-image")]
    pub no_resolve_image: bool,
    /// Suppress progress output
    #[arg(short = 'q', long = "quiet")]
    pub quiet: bool,
    /// Mount the container's root filesystem as read only
    #[arg(long = "read-only")]
    pub read_only: bool,
    /// Number of tasks
    #[arg(long = "replicas", value_name = "uint", value_parser = clap::value_parser!(u64))]
    pub replicas: Option<u64>,
    /// Maximum number of tasks per node (default 0 = unlimited)
    #[arg(long = "replicas-max-per-node", value_name = "uint", value_parser = clap::value_parser!(u64))]
    pub replicas_max_per_node: Option<u64>,
    /// Reserve CPUs
    #[arg(long = "reserve-cpu", value_name = "decimal", value_parser = crate::opts::cpus::parse)]
    pub reserve_cpu: Option<i64>,
    /// Reserve Memory
    #[arg(long = "reserve-memory", value_name = "bytes", value_parser = crate::opts::size::ram_in_bytes)]
    pub reserve_memory: Option<i64>,
    /// Restart when condition is met ("none", "on-failure", "any")
    #[arg(long = "restart-condition", value_name = "string")]
    pub restart_condition: Option<String>,
    /// Delay between restart attempts (ns|us|ms|s|m|h)
    #[arg(long = "restart-delay", value_name = "duration", value_parser = crate::opts::duration::parse)]
    pub restart_delay: Option<i64>,
    /// Maximum number of restarts before giving up
    #[arg(long = "restart-max-attempts", value_name = "uint", value_parser = clap::value_parser!(u64))]
    pub restart_max_attempts: Option<u64>,
    /// Window used to evaluate the restart policy (ns|us|ms|s|m|h)
    #[arg(long = "restart-window", value_name = "duration", value_parser = crate::opts::duration::parse)]
    pub restart_window: Option<i64>,
    /// Delay between task rollbacks (ns|us|ms|s|m|h)
    #[arg(long = "rollback-delay", value_name = "duration", value_parser = crate::opts::duration::parse)]
    pub rollback_delay: Option<i64>,
    /// Action on rollback failure ("pause", "continue")
    #[arg(long = "rollback-failure-action", value_name = "string")]
    pub rollback_failure_action: Option<String>,
    /// Failure rate to tolerate during a rollback
    #[arg(long = "rollback-max-failure-ratio", value_name = "float", value_parser = crate::opts::gofloat::parse_float)]
    pub rollback_max_failure_ratio: Option<f64>,
    /// Duration after each task rollback to monitor for failure (ns|us|ms|s|m|h)
    #[arg(long = "rollback-monitor", value_name = "duration", value_parser = crate::opts::duration::parse)]
    pub rollback_monitor: Option<i64>,
    /// Rollback order ("start-first", "stop-first")
    #[arg(long = "rollback-order", value_name = "string")]
    pub rollback_order: Option<String>,
    /// Maximum number of tasks rolled back simultaneously (0 to roll back all at once)
    #[arg(long = "rollback-parallelism", value_name = "uint", value_parser = clap::value_parser!(u64))]
    pub rollback_parallelism: Option<u64>,
    /// Time to wait before force killing a container (ns|us|ms|s|m|h)
    #[arg(long = "stop-grace-period", value_name = "duration", value_parser = crate::opts::duration::parse)]
    pub stop_grace_period: Option<i64>,
    /// Signal to stop the container
    #[arg(long = "stop-signal", value_name = "string")]
    pub stop_signal: Option<String>,
    /// Allocate a pseudo-TTY
    #[arg(short = 't', long = "tty")]
    pub tty: bool,
    /// Delay between updates (ns|us|ms|s|m|h)
    #[arg(long = "update-delay", value_name = "duration", value_parser = crate::opts::duration::parse)]
    pub update_delay: Option<i64>,
    /// Action on update failure ("pause", "continue", "rollback")
    #[arg(long = "update-failure-action", value_name = "string")]
    pub update_failure_action: Option<String>,
    /// Failure rate to tolerate during an update
    #[arg(long = "update-max-failure-ratio", value_name = "float", value_parser = crate::opts::gofloat::parse_float)]
    pub update_max_failure_ratio: Option<f64>,
    /// Duration after each task update to monitor for failure (ns|us|ms|s|m|h)
    #[arg(long = "update-monitor", value_name = "duration", value_parser = crate::opts::duration::parse)]
    pub update_monitor: Option<i64>,
    /// Update order ("start-first", "stop-first")
    #[arg(long = "update-order", value_name = "string")]
    pub update_order: Option<String>,
    /// Maximum number of tasks updated simultaneously (0 to update all at once)
    #[arg(long = "update-parallelism", value_name = "uint", value_parser = clap::value_parser!(u64))]
    pub update_parallelism: Option<u64>,
    /// Username or UID (format: <name|uid>[:<group|gid>])
    #[arg(short = 'u', long = "user", value_name = "string")]
    pub user: Option<String>,
    /// Send registry authentication details to swarm agents
    #[arg(long = "with-registry-auth")]
    pub with_registry_auth: bool,
    /// Working directory inside the container
    #[arg(short = 'w', long = "workdir", value_name = "string")]
    pub workdir: Option<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true, mut_args = create_defaults)]
pub struct CreateArgs {
    #[command(flatten)]
    pub common: CommonFlags,
    /// Specify configurations to expose to the service
    #[arg(long = "config", value_name = "config", action = ArgAction::Append, value_parser = crate::opts::service::config_ref)]
    pub config: Vec<crate::opts::service::FileRef>,
    /// Placement constraints
    #[arg(long = "constraint", value_name = "list", action = ArgAction::Append)]
    pub constraint: Vec<String>,
    /// Container labels
    #[arg(long = "container-label", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::keyvalue::label)]
    pub container_label: Vec<String>,
    /// Set custom DNS servers
    #[arg(long = "dns", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::ip::validate)]
    pub dns: Vec<String>,
    /// Set DNS options
    #[arg(long = "dns-option", value_name = "list", action = ArgAction::Append)]
    pub dns_option: Vec<String>,
    /// Set custom DNS search domains
    #[arg(long = "dns-search", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::host::dns_search)]
    pub dns_search: Vec<String>,
    /// Set environment variables
    #[arg(short = 'e', long = "env", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::keyvalue::env)]
    pub env: Vec<String>,
    /// Read in a file of environment variables
    #[arg(long = "env-file", value_name = "list", action = ArgAction::Append)]
    pub env_file: Vec<String>,
    /// User defined resources
    #[arg(long = "generic-resource", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::service::generic_resource)]
    pub generic_resource: Vec<String>,
    /// Set one or more supplementary user groups for the container
    #[arg(long = "group", value_name = "list", action = ArgAction::Append)]
    pub group: Vec<String>,
    /// Set one or more custom host-to-IP mappings (host:ip)
    #[arg(long = "host", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::host::extra_host)]
    pub host: Vec<String>,
    /// Service labels
    #[arg(short = 'l', long = "label", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::keyvalue::label)]
    pub label: Vec<String>,
    /// Service mode ("replicated", "global", "replicated-job", "global-job") (default "replicated")
    #[arg(
        long = "mode",
        value_name = "string",
        default_value = "replicated",
        hide_default_value = true
    )]
    pub mode: String,
    /// Attach a filesystem mount to the service
    #[arg(long = "mount", value_name = "mount", action = ArgAction::Append, value_parser = crate::cli::mount_flag)]
    pub mount: Vec<crate::opts::mount::MountSpec>,
    /// Service name
    #[arg(long = "name", value_name = "string")]
    pub name: Option<String>,
    /// Network attachments
    #[arg(long = "network", value_name = "network", action = ArgAction::Append, value_parser = crate::opts::network::parse)]
    pub network: Vec<crate::opts::network::Attachment>,
    /// Add a placement preference
    #[arg(long = "placement-pref", value_name = "pref", action = ArgAction::Append, value_parser = crate::opts::service::placement_pref)]
    pub placement_pref: Vec<(String, String)>,
    /// Publish a port as a node port
    #[arg(short = 'p', long = "publish", value_name = "port", action = ArgAction::Append, value_parser = crate::opts::service::port_configs)]
    pub publish: Vec<Vec<crate::opts::service::PortConfig>>,
    /// Specify secrets to expose to the service
    #[arg(long = "secret", value_name = "secret", action = ArgAction::Append, value_parser = crate::opts::service::file_ref)]
    pub secret: Vec<crate::opts::service::FileRef>,
    /// Sysctl options
    #[arg(long = "sysctl", value_name = "list", action = ArgAction::Append)]
    pub sysctl: Vec<String>,
    /// Ulimit options (default [])
    #[arg(long = "ulimit", value_name = "ulimit", action = ArgAction::Append, value_parser = crate::opts::ulimit::parse)]
    pub ulimit: Vec<bollard::models::ResourcesUlimits>,
    #[arg(value_name = "IMAGE", required = true)]
    pub image: String,
    #[arg(
        value_name = "COMMAND",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    pub args: Vec<String>,
}

#[derive(Debug, Clone, Default, Args)]
#[command(docker_flags = true)]
pub struct UpdateArgs {
    #[command(flatten)]
    pub common: CommonFlags,
    /// Service command args
    #[arg(long = "args", value_name = "command", value_parser = crate::opts::shlex::validate)]
    pub args: Option<String>,
    /// Add or update a config file on a service
    #[arg(long = "config-add", value_name = "config", action = ArgAction::Append, value_parser = crate::opts::service::config_ref)]
    pub config_add: Vec<crate::opts::service::FileRef>,
    /// Remove a configuration file
    #[arg(long = "config-rm", value_name = "list", action = ArgAction::Append)]
    pub config_rm: Vec<String>,
    /// Add or update a placement constraint
    #[arg(long = "constraint-add", value_name = "list", action = ArgAction::Append)]
    pub constraint_add: Vec<String>,
    /// Remove a constraint
    #[arg(long = "constraint-rm", value_name = "list", action = ArgAction::Append)]
    pub constraint_rm: Vec<String>,
    /// Add or update a container label
    #[arg(long = "container-label-add", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::keyvalue::label)]
    pub container_label_add: Vec<String>,
    /// Remove a container label by its key
    #[arg(long = "container-label-rm", value_name = "list", action = ArgAction::Append)]
    pub container_label_rm: Vec<String>,
    /// Add or update a custom DNS server
    #[arg(long = "dns-add", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::ip::validate)]
    pub dns_add: Vec<String>,
    /// Add or update a DNS option
    #[arg(long = "dns-option-add", value_name = "list", action = ArgAction::Append)]
    pub dns_option_add: Vec<String>,
    /// Remove a DNS option
    #[arg(long = "dns-option-rm", value_name = "list", action = ArgAction::Append)]
    pub dns_option_rm: Vec<String>,
    /// Remove a custom DNS server
    #[arg(long = "dns-rm", value_name = "list", action = ArgAction::Append)]
    pub dns_rm: Vec<String>,
    /// Add or update a custom DNS search domain
    #[arg(long = "dns-search-add", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::host::dns_search)]
    pub dns_search_add: Vec<String>,
    /// Remove a DNS search domain
    #[arg(long = "dns-search-rm", value_name = "list", action = ArgAction::Append)]
    pub dns_search_rm: Vec<String>,
    /// Add or update an environment variable
    #[arg(long = "env-add", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::keyvalue::env)]
    pub env_add: Vec<String>,
    /// Remove an environment variable
    #[arg(long = "env-rm", value_name = "list", action = ArgAction::Append)]
    pub env_rm: Vec<String>,
    /// Force update even if no changes require it
    #[arg(long = "force")]
    pub force: bool,
    /// Add a Generic resource
    #[arg(long = "generic-resource-add", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::service::generic_resource)]
    pub generic_resource_add: Vec<String>,
    /// Remove a Generic resource
    #[arg(long = "generic-resource-rm", value_name = "list", action = ArgAction::Append)]
    pub generic_resource_rm: Vec<String>,
    /// Add an additional supplementary user group to the container
    #[arg(long = "group-add", value_name = "list", action = ArgAction::Append)]
    pub group_add: Vec<String>,
    /// Remove a previously added supplementary user group from the container
    #[arg(long = "group-rm", value_name = "list", action = ArgAction::Append)]
    pub group_rm: Vec<String>,
    /// Add a custom host-to-IP mapping ("host:ip")
    #[arg(long = "host-add", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::host::extra_host)]
    pub host_add: Vec<String>,
    /// Remove a custom host-to-IP mapping ("host:ip")
    #[arg(long = "host-rm", value_name = "list", action = ArgAction::Append)]
    pub host_rm: Vec<String>,
    /// Service image tag
    #[arg(long = "image", value_name = "string")]
    pub image: Option<String>,
    /// Add or update a service label
    #[arg(long = "label-add", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::keyvalue::label)]
    pub label_add: Vec<String>,
    /// Remove a label by its key
    #[arg(long = "label-rm", value_name = "list", action = ArgAction::Append)]
    pub label_rm: Vec<String>,
    /// Add or update a mount on a service
    #[arg(long = "mount-add", value_name = "mount", action = ArgAction::Append, value_parser = crate::cli::mount_flag)]
    pub mount_add: Vec<crate::opts::mount::MountSpec>,
    /// Remove a mount by its target path
    #[arg(long = "mount-rm", value_name = "list", action = ArgAction::Append)]
    pub mount_rm: Vec<String>,
    /// Add a network
    #[arg(long = "network-add", value_name = "network", action = ArgAction::Append, value_parser = crate::opts::network::parse)]
    pub network_add: Vec<crate::opts::network::Attachment>,
    /// Remove a network
    #[arg(long = "network-rm", value_name = "list", action = ArgAction::Append)]
    pub network_rm: Vec<String>,
    /// Add a placement preference
    #[arg(long = "placement-pref-add", value_name = "pref", action = ArgAction::Append, value_parser = crate::opts::service::placement_pref)]
    pub placement_pref_add: Vec<(String, String)>,
    /// Remove a placement preference
    #[arg(long = "placement-pref-rm", value_name = "pref", action = ArgAction::Append, value_parser = crate::opts::service::placement_pref)]
    pub placement_pref_rm: Vec<(String, String)>,
    /// Add or update a published port
    #[arg(long = "publish-add", value_name = "port", action = ArgAction::Append, value_parser = crate::opts::service::port_configs)]
    pub publish_add: Vec<Vec<crate::opts::service::PortConfig>>,
    /// Remove a published port by its target port
    #[arg(long = "publish-rm", value_name = "port", action = ArgAction::Append, value_parser = crate::opts::service::port_configs)]
    pub publish_rm: Vec<Vec<crate::opts::service::PortConfig>>,
    /// Rollback to previous specification
    #[arg(long = "rollback")]
    pub rollback: bool,
    /// Add or update a secret on a service
    #[arg(long = "secret-add", value_name = "secret", action = ArgAction::Append, value_parser = crate::opts::service::file_ref)]
    pub secret_add: Vec<crate::opts::service::FileRef>,
    /// Remove a secret
    #[arg(long = "secret-rm", value_name = "list", action = ArgAction::Append)]
    pub secret_rm: Vec<String>,
    /// Add or update a Sysctl option
    #[arg(long = "sysctl-add", value_name = "list", action = ArgAction::Append)]
    pub sysctl_add: Vec<String>,
    /// Remove a Sysctl option
    #[arg(long = "sysctl-rm", value_name = "list", action = ArgAction::Append)]
    pub sysctl_rm: Vec<String>,
    /// Add or update a ulimit option (default [])
    #[arg(long = "ulimit-add", value_name = "ulimit", action = ArgAction::Append, value_parser = crate::opts::ulimit::parse)]
    pub ulimit_add: Vec<bollard::models::ResourcesUlimits>,
    /// Remove a ulimit option
    #[arg(long = "ulimit-rm", value_name = "list", action = ArgAction::Append)]
    pub ulimit_rm: Vec<String>,
    #[arg(value_name = "SERVICE", required = true)]
    pub service: String,
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
    /// Print the information in a human friendly format
    #[arg(long = "pretty")]
    pub pretty: bool,
    #[arg(value_name = "SERVICE", required = true, num_args = 1..)]
    pub services: Vec<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct LogsArgs {
    /// Show extra details provided to logs
    #[arg(long = "details")]
    pub details: bool,
    /// Follow log output
    #[arg(short = 'f', long = "follow")]
    pub follow: bool,
    /// Do not map IDs to Names in output
    #[arg(long = "no-resolve")]
    pub no_resolve: bool,
    /// Do not include task IDs in output
    #[arg(long = "no-task-ids")]
    pub no_task_ids: bool,
    /// Do not truncate output
    #[arg(long = "no-trunc")]
    pub no_trunc: bool,
    /// Do not neatly format logs
    #[arg(long = "raw")]
    pub raw: bool,
    /// Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)
    #[arg(long = "since", value_name = "string")]
    pub since: Option<String>,
    /// Number of lines to show from the end of the logs (default "all")
    #[arg(
        short = 'n',
        long = "tail",
        value_name = "string",
        default_value = "all",
        hide_default_value = true
    )]
    pub tail: String,
    /// Show timestamps
    #[arg(short = 't', long = "timestamps")]
    pub timestamps: bool,
    #[arg(value_name = "SERVICE|TASK", required = true)]
    pub target: String,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct LsArgs {
    /// Filter output based on conditions provided
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
    /// Only display IDs
    #[arg(short = 'q', long = "quiet")]
    pub quiet: bool,
}

// The task listing flags (`service ps`, `node ps`).
#[derive(Debug, Clone, Default, Args)]
pub struct TaskFlags {
    /// Filter output based on conditions provided
    #[arg(short = 'f', long = "filter", value_name = "filter", action = ArgAction::Append,
          value_parser = crate::opts::filter::parse)]
    pub filter: Vec<(String, String)>,
    /// Pretty-print tasks using a Go template
    #[arg(long = "format", value_name = "string")]
    pub format: Option<String>,
    /// Do not map IDs to Names
    #[arg(long = "no-resolve")]
    pub no_resolve: bool,
    /// Do not truncate output
    #[arg(long = "no-trunc")]
    pub no_trunc: bool,
    /// Only display task IDs
    #[arg(short = 'q', long = "quiet")]
    pub quiet: bool,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct PsArgs {
    #[command(flatten)]
    pub tasks: TaskFlags,
    #[arg(value_name = "SERVICE", required = true, num_args = 1..)]
    pub services: Vec<String>,
}

// `node ps [OPTIONS] [NODE...]`.
#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct NodePsArgs {
    #[command(flatten)]
    pub tasks: TaskFlags,
    #[arg(value_name = "NODE")]
    pub nodes: Vec<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct RmArgs {
    #[arg(value_name = "SERVICE", required = true, num_args = 1..)]
    pub services: Vec<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct RollbackArgs {
    /// Exit immediately instead of waiting for the service to converge
    #[arg(short = 'd', long = "detach")]
    pub detach: bool,
    /// Suppress progress output
    #[arg(short = 'q', long = "quiet")]
    pub quiet: bool,
    #[arg(value_name = "SERVICE", required = true)]
    pub service: String,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct ScaleArgs {
    /// Exit immediately instead of waiting for the service to converge
    #[arg(short = 'd', long = "detach")]
    pub detach: bool,
    #[arg(value_name = "SERVICE=REPLICAS", required = true, num_args = 1..)]
    pub pairs: Vec<String>,
}

/// The defaults `service create --help` shows after a shared flag's text (docker's
/// `buildServiceDefaultFlagMapping`; `update` shows none).
fn create_defaults(arg: clap::Arg) -> clap::Arg {
    const DEFAULTS: &[(&str, &str)] = &[
        ("endpoint-mode", "\"vip\""),
        ("restart-condition", "\"any\""),
        ("restart-delay", "5s"),
        ("rollback-delay", "0s"),
        ("rollback-failure-action", "\"pause\""),
        ("rollback-max-failure-ratio", "0"),
        ("rollback-monitor", "5s"),
        ("rollback-order", "\"stop-first\""),
        ("rollback-parallelism", "1"),
        ("stop-grace-period", "10s"),
        ("update-delay", "0s"),
        ("update-failure-action", "\"pause\""),
        ("update-max-failure-ratio", "0"),
        ("update-monitor", "5s"),
        ("update-order", "\"stop-first\""),
        ("update-parallelism", "1"),
    ];
    let Some(long) = arg.get_long() else {
        return arg;
    };
    match DEFAULTS.iter().find(|(k, _)| *k == long) {
        Some((_, d)) => {
            let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
            arg.help(format!("{help} (default {d})"))
        }
        None => arg,
    }
}
