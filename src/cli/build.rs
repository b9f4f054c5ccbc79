//! `build`: the classic builder over the API (`POST /build`). BuildKit is not supported.
use crate::cli::DockerFlags as _;

use clap::{ArgAction, Args};

// `hvdock build`, `hvdock image build`.
#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
#[command(
    after_help = "hvdock builds with the daemon's classic builder (POST /build); BuildKit \
                        (buildx, RUN --mount, heredocs) is not supported."
)]
pub struct BuildArgs {
    /// Set build-time variables
    #[arg(long = "build-arg", value_name = "list", action = ArgAction::Append)]
    pub build_arg: Vec<String>,
    /// Name of the Dockerfile (Default is "PATH/Dockerfile")
    #[arg(short = 'f', long = "file", value_name = "string")]
    pub file: Option<String>,
    /// Write the image ID to the file
    #[arg(long = "iidfile", value_name = "string")]
    pub iidfile: Option<String>,
    /// Container isolation technology (Windows daemons; a Linux daemon's classic builder cannot
    /// run build steps in a sandbox runtime)
    #[arg(long = "isolation", value_name = "string")]
    pub isolation: Option<String>,
    /// Set metadata for an image
    #[arg(long = "label", value_name = "list", action = ArgAction::Append)]
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
    /// Remove intermediate containers after a successful build
    #[arg(long = "rm", default_value = "true", action = ArgAction::Set, num_args = 0..=1,
          require_equals = true, default_missing_value = "true",
          value_parser = crate::opts::boolean::parse)]
    pub rm: bool,
    /// Always remove intermediate containers
    #[arg(long = "force-rm")]
    pub force_rm: bool,
    /// Name and optionally a tag in the "name:tag" format
    #[arg(short = 't', long = "tag", value_name = "list", action = ArgAction::Append)]
    pub tag: Vec<String>,
    /// Set the target build stage to build
    #[arg(long = "target", value_name = "string")]
    pub target: Option<String>,
    #[arg(value_name = "PATH | URL | -")]
    pub context: String,
}
