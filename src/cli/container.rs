//! The container family: run, create, start, attach, exec, logs, stop, kill, rm, ... and the
//! `container` group. Flag names, shorthands and value names follow docker's.
use crate::cli::DockerFlags as _;

use clap::{ArgAction, Args, Subcommand};

// The container configuration flags shared by `run` and `create`.
#[derive(Debug, Clone, Default, Args)]
pub struct ContainerOpts {
    #[command(flatten)]
    pub resources: crate::cli::resources::ResourceOpts,
    /// Add a custom host-to-IP mapping (host:ip)
    #[arg(long = "add-host", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::host::extra_host)]
    pub add_host: Vec<String>,
    /// Add an annotation to the container (passed through to the OCI runtime) (default map[])
    #[arg(long = "annotation", value_name = "map", action = ArgAction::Append)]
    pub annotation: Vec<String>,
    /// Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)
    #[arg(long = "blkio-weight", value_name = "uint16")]
    pub blkio_weight: Option<u16>,
    /// Block IO weight (relative device weight) (default [])
    #[arg(long = "blkio-weight-device", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::blkio::weight_device)]
    pub blkio_weight_device: Vec<bollard::models::ResourcesBlkioWeightDevice>,
    /// CPU count (Windows only)
    #[arg(long = "cpu-count", value_name = "int", allow_negative_numbers = true)]
    pub cpu_count: Option<i64>,
    /// CPU percent (Windows only)
    #[arg(
        long = "cpu-percent",
        value_name = "int",
        allow_negative_numbers = true
    )]
    pub cpu_percent: Option<i64>,
    /// Maximum IO bandwidth limit for the system drive (Windows only)
    #[arg(long = "io-maxbandwidth", value_name = "bytes", value_parser = crate::opts::size::ram_in_bytes)]
    pub io_maxbandwidth: Option<i64>,
    /// Maximum IOps limit for the system drive (Windows only)
    #[arg(long = "io-maxiops", value_name = "uint")]
    pub io_maxiops: Option<u64>,
    /// Limit CPU real-time period in microseconds
    #[arg(
        long = "cpu-rt-period",
        value_name = "int",
        allow_negative_numbers = true
    )]
    pub cpu_rt_period: Option<i64>,
    /// Limit CPU real-time runtime in microseconds
    #[arg(
        long = "cpu-rt-runtime",
        value_name = "int",
        allow_negative_numbers = true
    )]
    pub cpu_rt_runtime: Option<i64>,
    /// Limit read rate (bytes per second) from a device (default [])
    #[arg(long = "device-read-bps", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::blkio::throttle_bps)]
    pub device_read_bps: Vec<bollard::models::ThrottleDevice>,
    /// Limit read rate (IO per second) from a device (default [])
    #[arg(long = "device-read-iops", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::blkio::throttle_iops)]
    pub device_read_iops: Vec<bollard::models::ThrottleDevice>,
    /// Limit write rate (bytes per second) to a device (default [])
    #[arg(long = "device-write-bps", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::blkio::throttle_bps)]
    pub device_write_bps: Vec<bollard::models::ThrottleDevice>,
    /// Limit write rate (IO per second) to a device (default [])
    #[arg(long = "device-write-iops", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::blkio::throttle_iops)]
    pub device_write_iops: Vec<bollard::models::ThrottleDevice>,
    /// Skip image verification (default true)
    #[arg(long = "disable-content-trust", value_name = "bool", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", default_value = "true", hide_default_value = true,
          value_parser = crate::opts::boolean::parse, action = ArgAction::Set)]
    pub disable_content_trust: bool,
    /// GPU devices to add to the container ('all' to pass all GPUs)
    #[arg(long = "gpus", value_name = "gpu-request", action = ArgAction::Append, value_parser = crate::opts::gpus::parse)]
    pub gpus: Vec<bollard::models::DeviceRequest>,
    /// Kernel memory limit
    #[arg(long = "kernel-memory", value_name = "bytes", value_parser = crate::opts::size::ram_in_bytes)]
    pub kernel_memory: Option<i64>,
    /// Container IPv4/IPv6 link-local addresses
    #[arg(long = "link-local-ip", value_name = "list", action = ArgAction::Append)]
    pub link_local_ip: Vec<String>,
    /// Bind mount Docker API socket and required auth
    #[arg(long = "use-api-socket")]
    pub use_api_socket: bool,
    /// Attach to STDIN, STDOUT or STDERR
    #[arg(short = 'a', long = "attach", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::attach::stream)]
    pub attach: Vec<String>,
    /// Add Linux capabilities
    #[arg(long = "cap-add", value_name = "list", action = ArgAction::Append)]
    pub cap_add: Vec<String>,
    /// Drop Linux capabilities
    #[arg(long = "cap-drop", value_name = "list", action = ArgAction::Append)]
    pub cap_drop: Vec<String>,
    /// Optional parent cgroup for the container
    #[arg(long = "cgroup-parent", value_name = "string")]
    pub cgroup_parent: Option<String>,
    #[arg(
        long = "cgroupns",
        value_name = "string",
        help = "Cgroup namespace to use (host|private)\n'host':    Run the container in the Docker host's cgroup namespace\n'private': Run the container in its own private cgroup namespace\n'':        Use the cgroup namespace as configured by the\n           default-cgroupns-mode option on the daemon (default)"
    )]
    pub cgroupns: Option<String>,
    /// Write the container ID to the file
    #[arg(long = "cidfile", value_name = "string")]
    pub cidfile: Option<String>,
    /// Add a host device to the container
    #[arg(long = "device", value_name = "list", action = ArgAction::Append)]
    pub device: Vec<String>,
    /// Add a rule to the cgroup allowed devices list
    #[arg(long = "device-cgroup-rule", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::device::cgroup_rule)]
    pub device_cgroup_rule: Vec<String>,
    /// Set custom DNS servers
    #[arg(long = "dns", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::ip::validate)]
    pub dns: Vec<String>,
    /// Set DNS options
    #[arg(long = "dns-option", alias = "dns-opt", value_name = "list", action = ArgAction::Append)]
    pub dns_option: Vec<String>,
    /// Set custom DNS search domains
    #[arg(long = "dns-search", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::host::dns_search)]
    pub dns_search: Vec<String>,
    /// Container NIS domain name
    #[arg(long = "domainname", value_name = "string")]
    pub domainname: Option<String>,
    /// Overwrite the default ENTRYPOINT of the image
    #[arg(long = "entrypoint", value_name = "string")]
    pub entrypoint: Option<String>,
    /// Set environment variables
    #[arg(short = 'e', long = "env", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::keyvalue::env)]
    pub env: Vec<String>,
    /// Read in a file of environment variables
    #[arg(long = "env-file", value_name = "list", action = ArgAction::Append)]
    pub env_file: Vec<String>,
    /// Expose a port or a range of ports
    #[arg(long = "expose", value_name = "list", action = ArgAction::Append)]
    pub expose: Vec<String>,
    /// Add additional groups to join
    #[arg(long = "group-add", value_name = "list", action = ArgAction::Append)]
    pub group_add: Vec<String>,
    /// Command to run to check health
    #[arg(long = "health-cmd", value_name = "string")]
    pub health_cmd: Option<String>,
    /// Time between running the check (ms|s|m|h) (default 0s)
    #[arg(long = "health-interval", value_name = "duration", value_parser = crate::opts::duration::parse)]
    pub health_interval: Option<i64>,
    /// Consecutive failures needed to report unhealthy
    #[arg(
        long = "health-retries",
        value_name = "int",
        allow_negative_numbers = true
    )]
    pub health_retries: Option<i64>,
    /// Time between running the check during the start period (ms|s|m|h) (default 0s)
    #[arg(long = "health-start-interval", value_name = "duration", value_parser = crate::opts::duration::parse)]
    pub health_start_interval: Option<i64>,
    /// Start period for the container to initialize before starting health-retries countdown (ms|s|m|h) (default 0s)
    #[arg(long = "health-start-period", value_name = "duration", value_parser = crate::opts::duration::parse)]
    pub health_start_period: Option<i64>,
    /// Maximum time to allow one check to run (ms|s|m|h) (default 0s)
    #[arg(long = "health-timeout", value_name = "duration", value_parser = crate::opts::duration::parse)]
    pub health_timeout: Option<i64>,
    /// Container host name
    #[arg(short = 'h', long = "hostname", value_name = "string")]
    pub hostname: Option<String>,
    /// Run an init inside the container that forwards signals and reaps processes
    #[arg(long = "init")]
    pub init: bool,
    /// Keep STDIN open even if not attached
    #[arg(short = 'i', long = "interactive")]
    pub interactive: bool,
    /// IPv4 address (e.g., 172.30.100.104)
    #[arg(long = "ip", value_name = "string")]
    pub ip: Option<String>,
    /// IPv6 address (e.g., 2001:db8::33)
    #[arg(long = "ip6", value_name = "string")]
    pub ip6: Option<String>,
    /// IPC mode to use
    #[arg(long = "ipc", value_name = "string")]
    pub ipc: Option<String>,
    /// Container isolation technology
    #[arg(long = "isolation", value_name = "string")]
    pub isolation: Option<String>,
    /// Set meta data on a container
    #[arg(short = 'l', long = "label", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::keyvalue::label)]
    pub label: Vec<String>,
    /// Read in a line delimited file of labels
    #[arg(long = "label-file", value_name = "list", action = ArgAction::Append)]
    pub label_file: Vec<String>,
    /// Add link to another container
    #[arg(long = "link", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::link::validate)]
    pub link: Vec<String>,
    /// Logging driver for the container
    #[arg(long = "log-driver", value_name = "string")]
    pub log_driver: Option<String>,
    /// Log driver options
    #[arg(long = "log-opt", value_name = "list", action = ArgAction::Append)]
    pub log_opt: Vec<String>,
    /// Container MAC address (e.g., 92:d0:c6:0a:29:33)
    #[arg(long = "mac-address", value_name = "string")]
    pub mac_address: Option<String>,
    /// Tune container memory swappiness (0 to 100) (default -1)
    #[arg(
        long = "memory-swappiness",
        value_name = "int",
        allow_negative_numbers = true
    )]
    pub memory_swappiness: Option<i64>,
    /// Attach a filesystem mount to the container
    #[arg(long = "mount", value_name = "mount", action = ArgAction::Append, value_parser = crate::cli::mount_flag)]
    pub mount: Vec<crate::opts::mount::MountSpec>,
    /// Assign a name to the container
    #[arg(long = "name", value_name = "string")]
    pub name: Option<String>,
    /// Connect a container to a network
    #[arg(long = "network", alias = "net", value_name = "network", action = ArgAction::Append, value_parser = crate::opts::network::parse)]
    pub network: Vec<crate::opts::network::Attachment>,
    /// Add network-scoped alias for the container
    #[arg(long = "network-alias", alias = "net-alias", value_name = "list", action = ArgAction::Append)]
    pub network_alias: Vec<String>,
    /// Disable any container-specified HEALTHCHECK
    #[arg(long = "no-healthcheck")]
    pub no_healthcheck: bool,
    /// Disable OOM Killer
    #[arg(long = "oom-kill-disable")]
    pub oom_kill_disable: bool,
    /// Tune host's OOM preferences (-1000 to 1000)
    #[arg(
        long = "oom-score-adj",
        value_name = "int",
        allow_negative_numbers = true
    )]
    pub oom_score_adj: Option<i64>,
    /// PID namespace to use
    #[arg(long = "pid", value_name = "string")]
    pub pid: Option<String>,
    /// Set platform if server is multi-platform capable
    #[arg(
        long = "platform",
        value_name = "string",
        env = "DOCKER_DEFAULT_PLATFORM",
        hide_env = true
    )]
    pub platform: Option<String>,
    /// Give extended privileges to this container
    #[arg(long = "privileged")]
    pub privileged: bool,
    /// Publish a container's port(s) to the host
    #[arg(short = 'p', long = "publish", value_name = "list", action = ArgAction::Append)]
    pub publish: Vec<String>,
    /// Publish all exposed ports to random ports
    #[arg(short = 'P', long = "publish-all")]
    pub publish_all: bool,
    /// Pull image before running ("always", "missing", "never")
    #[arg(long = "pull", value_name = "string", default_value = "missing")]
    pub pull: String,
    /// Suppress the pull output
    #[arg(short = 'q', long = "quiet")]
    pub quiet: bool,
    /// Mount the container's root filesystem as read only
    #[arg(long = "read-only")]
    pub read_only: bool,
    /// Restart policy to apply when a container exits (default "no")
    #[arg(long = "restart", value_name = "string")]
    pub restart: Option<String>,
    /// Automatically remove the container and its associated anonymous volumes when it exits
    #[arg(long = "rm")]
    pub rm: bool,
    /// Runtime to use for this container
    #[arg(long = "runtime", value_name = "string")]
    pub runtime: Option<String>,
    /// Security Options
    #[arg(long = "security-opt", value_name = "list", action = ArgAction::Append)]
    pub security_opt: Vec<String>,
    /// Size of /dev/shm
    #[arg(long = "shm-size", value_name = "bytes", value_parser = crate::opts::size::ram_in_bytes)]
    pub shm_size: Option<i64>,
    /// Signal to stop the container
    #[arg(long = "stop-signal", value_name = "string")]
    pub stop_signal: Option<String>,
    /// Timeout (in seconds) to stop a container
    #[arg(
        long = "stop-timeout",
        value_name = "int",
        allow_negative_numbers = true
    )]
    pub stop_timeout: Option<i64>,
    /// Storage driver options for the container
    #[arg(long = "storage-opt", value_name = "list", action = ArgAction::Append)]
    pub storage_opt: Vec<String>,
    /// Sysctl options (default map[])
    #[arg(long = "sysctl", value_name = "map", action = ArgAction::Append, value_parser = crate::opts::keyvalue::sysctl)]
    pub sysctl: Vec<String>,
    /// Mount a tmpfs directory
    #[arg(long = "tmpfs", value_name = "list", action = ArgAction::Append)]
    pub tmpfs: Vec<String>,
    /// Allocate a pseudo-TTY
    #[arg(short = 't', long = "tty")]
    pub tty: bool,
    /// Ulimit options (default [])
    #[arg(long = "ulimit", value_name = "ulimit", action = ArgAction::Append, value_parser = crate::opts::ulimit::parse)]
    pub ulimit: Vec<bollard::models::ResourcesUlimits>,
    /// Username or UID (format: <name|uid>[:<group|gid>])
    #[arg(short = 'u', long = "user", value_name = "string")]
    pub user: Option<String>,
    /// User namespace to use
    #[arg(long = "userns", value_name = "string")]
    pub userns: Option<String>,
    /// UTS namespace to use
    #[arg(long = "uts", value_name = "string")]
    pub uts: Option<String>,
    /// Bind mount a volume
    #[arg(short = 'v', long = "volume", value_name = "list", action = ArgAction::Append)]
    pub volume: Vec<String>,
    /// Optional volume driver for the container
    #[arg(long = "volume-driver", value_name = "string")]
    pub volume_driver: Option<String>,
    /// Mount volumes from the specified container(s)
    #[arg(long = "volumes-from", value_name = "list", action = ArgAction::Append)]
    pub volumes_from: Vec<String>,
    /// Working directory inside the container
    #[arg(short = 'w', long = "workdir", value_name = "string")]
    pub workdir: Option<String>,

    /// The image to create the container from
    #[arg(value_name = "IMAGE", required = true)]
    pub image: Option<String>,
    /// The command and its arguments
    #[arg(
        value_name = "COMMAND",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    pub command: Vec<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct RunArgs {
    /// Run container in background and print container ID
    #[arg(short = 'd', long = "detach")]
    pub detach: bool,
    /// Override the key sequence for detaching a container
    #[arg(long = "detach-keys", value_name = "string")]
    pub detach_keys: Option<String>,
    /// Proxy received signals to the process (default true)
    #[arg(long = "sig-proxy", value_name = "bool", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", default_value = "true", hide_default_value = true,
          value_parser = crate::opts::boolean::parse, action = ArgAction::Set)]
    pub sig_proxy: bool,
    #[command(flatten)]
    pub opts: ContainerOpts,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
// docker's create words `--pull` differently from run (the stray `|` is docker's).
#[command(mut_arg("pull", |a| a.help("Pull image before creating (\"always\", \"|missing\", \"never\")")))]
pub struct CreateArgs {
    #[command(flatten)]
    pub opts: ContainerOpts,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct StartArgs {
    /// Attach STDOUT/STDERR and forward signals
    #[arg(short = 'a', long = "attach")]
    pub attach: bool,
    /// Restore from this checkpoint
    #[arg(long = "checkpoint", value_name = "string")]
    pub checkpoint: Option<String>,
    /// Use a custom checkpoint storage directory
    #[arg(long = "checkpoint-dir", value_name = "string")]
    pub checkpoint_dir: Option<String>,
    /// Override the key sequence for detaching a container
    #[arg(long = "detach-keys", value_name = "string")]
    pub detach_keys: Option<String>,
    /// Attach container's STDIN
    #[arg(short = 'i', long = "interactive")]
    pub interactive: bool,
    #[arg(value_name = "CONTAINER", required = true, num_args = 1..)]
    pub containers: Vec<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct AttachArgs {
    /// Override the key sequence for detaching a container
    #[arg(long = "detach-keys", value_name = "string")]
    pub detach_keys: Option<String>,
    /// Do not attach STDIN
    #[arg(long = "no-stdin")]
    pub no_stdin: bool,
    /// Proxy all received signals to the process (default true)
    #[arg(long = "sig-proxy", value_name = "bool", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", default_value = "true", hide_default_value = true,
          value_parser = crate::opts::boolean::parse, action = ArgAction::Set)]
    pub sig_proxy: bool,
    #[arg(value_name = "CONTAINER", required = true)]
    pub container: String,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct ExecArgs {
    /// Detached mode: run command in the background
    #[arg(short = 'd', long = "detach")]
    pub detach: bool,
    /// Override the key sequence for detaching a container
    #[arg(long = "detach-keys", value_name = "string")]
    pub detach_keys: Option<String>,
    /// Set environment variables
    #[arg(short = 'e', long = "env", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::keyvalue::env)]
    pub env: Vec<String>,
    /// Read in a file of environment variables
    #[arg(long = "env-file", value_name = "list", action = ArgAction::Append)]
    pub env_file: Vec<String>,
    /// Keep STDIN open even if not attached
    #[arg(short = 'i', long = "interactive")]
    pub interactive: bool,
    /// Give extended privileges to the command
    #[arg(long = "privileged")]
    pub privileged: bool,
    /// Allocate a pseudo-TTY
    #[arg(short = 't', long = "tty")]
    pub tty: bool,
    /// Username or UID (format: "<name|uid>[:<group|gid>]")
    #[arg(short = 'u', long = "user", value_name = "string")]
    pub user: Option<String>,
    /// Working directory inside the container
    #[arg(short = 'w', long = "workdir", value_name = "string")]
    pub workdir: Option<String>,
    #[arg(value_name = "CONTAINER", required = true)]
    pub container: Option<String>,
    #[arg(value_name = "COMMAND", required = true, num_args = 1.., trailing_var_arg = true,
          allow_hyphen_values = true)]
    pub command: Vec<String>,
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
    /// Show logs before a timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)
    #[arg(long = "until", value_name = "string")]
    pub until: Option<String>,
    #[arg(value_name = "CONTAINER", required = true)]
    pub container: String,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct StopArgs {
    /// Signal to send to the container
    #[arg(short = 's', long = "signal", value_name = "string")]
    pub signal: Option<String>,
    /// Seconds to wait before killing the container
    #[arg(
        short = 't',
        long = "timeout",
        alias = "time",
        value_name = "int",
        allow_negative_numbers = true
    )]
    pub timeout: Option<i64>,
    #[arg(value_name = "CONTAINER", required = true, num_args = 1..)]
    pub containers: Vec<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct KillArgs {
    /// Signal to send to the container
    #[arg(short = 's', long = "signal", value_name = "string")]
    pub signal: Option<String>,
    #[arg(value_name = "CONTAINER", required = true, num_args = 1..)]
    pub containers: Vec<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct RmArgs {
    /// Force the removal of a running container (uses SIGKILL)
    #[arg(short = 'f', long = "force")]
    pub force: bool,
    /// Remove the specified link
    #[arg(short = 'l', long = "link")]
    pub link: bool,
    /// Remove anonymous volumes associated with the container
    #[arg(short = 'v', long = "volumes")]
    pub volumes: bool,
    #[arg(value_name = "CONTAINER", required = true, num_args = 1..)]
    pub containers: Vec<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct ContainersArgs {
    #[arg(value_name = "CONTAINER", required = true, num_args = 1..)]
    pub containers: Vec<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct TopArgs {
    #[arg(value_name = "CONTAINER", required = true)]
    pub container: String,
    /// Options passed to ps
    #[arg(
        value_name = "ps OPTIONS",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    pub ps_args: Vec<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct PortArgs {
    #[arg(value_name = "CONTAINER", required = true)]
    pub container: String,
    #[arg(value_name = "PRIVATE_PORT[/PROTO]")]
    pub port: Option<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct RenameArgs {
    #[arg(value_name = "CONTAINER", required = true)]
    pub container: String,
    #[arg(value_name = "NEW_NAME", required = true)]
    pub new_name: String,
}

// `hvdock container COMMAND`.
#[derive(Debug, Clone, Subcommand)]
#[command(defer = true, docker_flags = true)]
pub enum ContainerCommand {
    /// Attach local standard input, output, and error streams to a running container
    #[command(override_usage = "hvdock container attach [OPTIONS] CONTAINER")]
    Attach(AttachArgs),
    /// Create a new image from a container's changes
    #[command(override_usage = "hvdock container commit [OPTIONS] CONTAINER [REPOSITORY[:TAG]]")]
    Commit(crate::cli::transfer::CommitArgs),
    /// Copy files/folders between a container and the local filesystem
    #[command(
        // docker's second line names `docker cp`.
        override_usage = "hvdock container cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\thvdock cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH",
        long_about = crate::cli::long::CP
    )]
    Cp(crate::cli::transfer::CpArgs),
    /// Create a new container
    #[command(override_usage = "hvdock container create [OPTIONS] IMAGE [COMMAND] [ARG...]")]
    Create(CreateArgs),
    /// Inspect changes to files or directories on a container's filesystem
    #[command(override_usage = "hvdock container diff CONTAINER")]
    Diff(crate::cli::transfer::DiffArgs),
    /// Execute a command in a running container
    #[command(override_usage = "hvdock container exec [OPTIONS] CONTAINER COMMAND [ARG...]")]
    Exec(ExecArgs),
    /// Export a container's filesystem as a tar archive
    #[command(override_usage = "hvdock container export [OPTIONS] CONTAINER")]
    Export(crate::cli::transfer::ExportArgs),
    /// Display detailed information on one or more containers
    #[command(override_usage = "hvdock container inspect [OPTIONS] CONTAINER [CONTAINER...]")]
    Inspect(crate::cli::ls::ContainerInspectArgs),
    /// Kill one or more running containers
    #[command(override_usage = "hvdock container kill [OPTIONS] CONTAINER [CONTAINER...]")]
    Kill(KillArgs),
    /// List containers
    #[command(visible_aliases = ["list", "ps"], override_usage = "hvdock container ls [OPTIONS]")]
    Ls(crate::cli::ls::PsArgs),
    /// Fetch the logs of a container
    #[command(override_usage = "hvdock container logs [OPTIONS] CONTAINER")]
    Logs(LogsArgs),
    /// Pause all processes within one or more containers
    #[command(override_usage = "hvdock container pause CONTAINER [CONTAINER...]")]
    Pause(ContainersArgs),
    /// List port mappings or a specific mapping for the container
    #[command(override_usage = "hvdock container port CONTAINER [PRIVATE_PORT[/PROTO]]")]
    Port(PortArgs),
    /// Remove all stopped containers
    #[command(override_usage = "hvdock container prune [OPTIONS]")]
    Prune(crate::cli::network::PruneArgs),
    /// Rename a container
    #[command(override_usage = "hvdock container rename CONTAINER NEW_NAME")]
    Rename(RenameArgs),
    /// Restart one or more containers
    #[command(override_usage = "hvdock container restart [OPTIONS] CONTAINER [CONTAINER...]")]
    Restart(StopArgs),
    /// Remove one or more containers
    #[command(
        visible_alias = "remove",
        override_usage = "hvdock container rm [OPTIONS] CONTAINER [CONTAINER...]"
    )]
    Rm(RmArgs),
    /// Create and run a new container from an image
    #[command(override_usage = "hvdock container run [OPTIONS] IMAGE [COMMAND] [ARG...]")]
    Run(RunArgs),
    /// Start one or more stopped containers
    #[command(override_usage = "hvdock container start [OPTIONS] CONTAINER [CONTAINER...]")]
    Start(StartArgs),
    /// Display a live stream of container(s) resource usage statistics
    #[command(override_usage = "hvdock container stats [OPTIONS] [CONTAINER...]")]
    Stats(crate::cli::transfer::StatsArgs),
    /// Stop one or more running containers
    #[command(override_usage = "hvdock container stop [OPTIONS] CONTAINER [CONTAINER...]")]
    Stop(StopArgs),
    /// Display the running processes of a container
    #[command(override_usage = "hvdock container top CONTAINER [ps OPTIONS]")]
    Top(TopArgs),
    /// Unpause all processes within one or more containers
    #[command(override_usage = "hvdock container unpause CONTAINER [CONTAINER...]")]
    Unpause(ContainersArgs),
    /// Update configuration of one or more containers (and convert their isolation)
    #[command(override_usage = "hvdock container update [OPTIONS] CONTAINER [CONTAINER...]")]
    Update(crate::cli::update::UpdateArgs),
    /// Block until one or more containers stop, then print their exit codes
    #[command(override_usage = "hvdock container wait CONTAINER [CONTAINER...]")]
    Wait(ContainersArgs),
}
