//! `build`: the classic builder over the API (`POST /build`). BuildKit is not supported.
use crate::cli::DockerFlags as _;

use clap::{ArgAction, Args};

// `hvdock build`, `hvdock image build`.
#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct BuildArgs {
    /// Add a custom host-to-IP mapping ("host:ip")
    #[arg(long = "add-host", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::host::extra_host)]
    pub add_host: Vec<String>,
    /// Images to consider as cache sources
    #[arg(long = "cache-from", value_name = "strings", action = ArgAction::Append)]
    pub cache_from: Vec<String>,
    /// Set the parent cgroup for the "RUN" instructions during build
    #[arg(long = "cgroup-parent", value_name = "string")]
    pub cgroup_parent: Option<String>,
    /// Compress the build context using gzip
    #[arg(long = "compress")]
    pub compress: bool,
    /// Limit the CPU CFS (Completely Fair Scheduler) period
    #[arg(long = "cpu-period", value_name = "int", allow_negative_numbers = true)]
    pub cpu_period: Option<i64>,
    /// Limit the CPU CFS (Completely Fair Scheduler) quota
    #[arg(long = "cpu-quota", value_name = "int", allow_negative_numbers = true)]
    pub cpu_quota: Option<i64>,
    /// CPU shares (relative weight)
    #[arg(
        short = 'c',
        long = "cpu-shares",
        value_name = "int",
        allow_negative_numbers = true
    )]
    pub cpu_shares: Option<i64>,
    /// CPUs in which to allow execution (0-3, 0,1)
    #[arg(long = "cpuset-cpus", value_name = "string")]
    pub cpuset_cpus: Option<String>,
    /// MEMs in which to allow execution (0-3, 0,1)
    #[arg(long = "cpuset-mems", value_name = "string")]
    pub cpuset_mems: Option<String>,
    /// Skip image verification (default true)
    #[arg(long = "disable-content-trust", value_name = "bool", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", default_value = "true", hide_default_value = true,
          value_parser = crate::opts::boolean::parse, action = ArgAction::Set)]
    pub disable_content_trust: bool,
    /// Memory limit
    #[arg(short = 'm', long = "memory", value_name = "bytes", value_parser = crate::opts::size::ram_in_bytes)]
    pub memory: Option<i64>,
    /// Swap limit equal to memory plus swap: -1 to enable unlimited swap
    #[arg(long = "memory-swap", value_name = "bytes", allow_hyphen_values = true, value_parser = crate::opts::size::memory_swap)]
    pub memory_swap: Option<i64>,
    /// Security options
    #[arg(long = "security-opt", value_name = "strings", action = ArgAction::Append)]
    pub security_opt: Vec<String>,
    /// Size of "/dev/shm"
    #[arg(long = "shm-size", value_name = "bytes", value_parser = crate::opts::size::ram_in_bytes)]
    pub shm_size: Option<i64>,
    /// Ulimit options (default [])
    #[arg(long = "ulimit", value_name = "ulimit", action = ArgAction::Append, value_parser = crate::opts::ulimit::parse)]
    pub ulimit: Vec<bollard::models::ResourcesUlimits>,
    /// Set build-time variables
    #[arg(long = "build-arg", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::keyvalue::env)]
    pub build_arg: Vec<String>,
    /// Name of the Dockerfile (Default is "PATH/Dockerfile")
    #[arg(short = 'f', long = "file", value_name = "string")]
    pub file: Option<String>,
    /// Write the image ID to the file
    #[arg(long = "iidfile", value_name = "string")]
    pub iidfile: Option<String>,
    /// Container isolation technology
    #[arg(long = "isolation", value_name = "string")]
    pub isolation: Option<String>,
    /// Set metadata for an image
    #[arg(long = "label", value_name = "list", action = ArgAction::Append, value_parser = crate::opts::keyvalue::label)]
    pub label: Vec<String>,
    /// Set the networking mode for the RUN instructions during build
    #[arg(long = "network", value_name = "string", default_value = "default")]
    pub network: String,
    /// Do not use cache when building the image
    #[arg(long = "no-cache")]
    pub no_cache: bool,
    /// Set platform if server is multi-platform capable
    #[arg(
        long = "platform",
        value_name = "string",
        env = "DOCKER_DEFAULT_PLATFORM"
    )]
    pub platform: Option<String>,
    /// Always attempt to pull a newer version of the image
    #[arg(long = "pull")]
    pub pull: bool,
    /// Suppress the build output and print image ID on success
    #[arg(short = 'q', long = "quiet")]
    pub quiet: bool,
    /// Remove intermediate containers after a successful build (default true)
    #[arg(long = "rm", default_value = "true", action = ArgAction::Set, num_args = 0..=1,
          require_equals = true, default_missing_value = "true",
          value_parser = crate::opts::boolean::parse)]
    pub rm: bool,
    /// Always remove intermediate containers
    #[arg(long = "force-rm")]
    pub force_rm: bool,
    /// Squash newly built layers into a single new layer
    #[arg(long = "squash")]
    pub squash: bool,
    /// Name and optionally a tag in the "name:tag" format
    #[arg(short = 't', long = "tag", value_name = "list", action = ArgAction::Append, value_parser = crate::commands::image::reference::tag_flag)]
    pub tag: Vec<String>,
    #[arg(help = "Set the target build stage to build.")]
    #[arg(long = "target", value_name = "string")]
    pub target: Option<String>,
    #[arg(value_name = "PATH | URL | -")]
    pub context: String,
}
