//! The `image` group: `image ls`, `image inspect`, pull/push, rm, tag, history, save/load,
//! import, prune and build.
use crate::cli::DockerFlags as _;

use clap::{ArgAction, Args, Subcommand};

// `hvdock images`, `hvdock image ls|list`.
#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct ImagesArgs {
    /// Show all images (default hides intermediate images)
    #[arg(short = 'a', long = "all")]
    pub all: bool,
    /// Show digests
    #[arg(long = "digests")]
    pub digests: bool,
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
    /// Don't truncate output
    #[arg(long = "no-trunc")]
    pub no_trunc: bool,
    /// Only show image IDs
    #[arg(short = 'q', long = "quiet")]
    pub quiet: bool,
    /// List multi-platform images as a tree (EXPERIMENTAL)
    #[arg(long = "tree")]
    pub tree: bool,
    #[arg(value_name = "REPOSITORY[:TAG]")]
    pub reference: Option<String>,
}

// `hvdock image inspect`.
#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct ImageInspectArgs {
    /// Format output using a custom template:
    /// 'json':             Print in JSON format
    /// 'TEMPLATE':         Print output using the given Go template.
    /// Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates
    #[arg(short = 'f', long = "format", value_name = "string")]
    pub format: Option<String>,
    /// Inspect a specific platform of the multi-platform image.
    /// If the image or the server is not multi-platform capable, the command will error out if the platform does not match.
    /// 'os[/arch[/variant]]': Explicit platform (eg. linux/amd64)
    #[arg(long = "platform", value_name = "string", verbatim_doc_comment)]
    pub platform: Option<String>,
    #[arg(value_name = "IMAGE", required = true, num_args = 1..)]
    pub images: Vec<String>,
}

// `hvdock image COMMAND`. Parsed once per process: the size of `build`'s flags does not matter.
#[derive(Debug, Clone, Subcommand)]
#[command(defer = true, docker_flags = true)]
#[allow(clippy::large_enum_variant)]
pub enum ImageCommand {
    /// Display detailed information on one or more images
    #[command(override_usage = "hvdock image inspect [OPTIONS] IMAGE [IMAGE...]")]
    Inspect(ImageInspectArgs),
    /// List images
    #[command(
        visible_alias = "list",
        override_usage = "hvdock image ls [OPTIONS] [REPOSITORY[:TAG]]"
    )]
    Ls(ImagesArgs),
    /// Build an image from a Dockerfile
    #[command(override_usage = "hvdock image build [OPTIONS] PATH | URL | -")]
    Build(crate::cli::build::BuildArgs),
    /// Show the history of an image
    #[command(override_usage = "hvdock image history [OPTIONS] IMAGE")]
    History(HistoryArgs),
    /// Import the contents from a tarball to create a filesystem image
    #[command(override_usage = "hvdock image import [OPTIONS] file|URL|- [REPOSITORY[:TAG]]")]
    Import(ImportArgs),
    /// Load an image from a tar archive or STDIN
    #[command(override_usage = "hvdock image load [OPTIONS]")]
    Load(LoadArgs),
    /// Remove unused images
    #[command(override_usage = "hvdock image prune [OPTIONS]")]
    Prune(ImagePruneArgs),
    /// Download an image from a registry
    #[command(override_usage = "hvdock image pull [OPTIONS] NAME[:TAG|@DIGEST]")]
    Pull(PullArgs),
    /// Upload an image to a registry
    #[command(override_usage = "hvdock image push [OPTIONS] NAME[:TAG]")]
    Push(PushArgs),
    /// Remove one or more images
    #[command(
        visible_alias = "remove",
        alias = "rmi",
        override_usage = "hvdock image rm [OPTIONS] IMAGE [IMAGE...]"
    )]
    Rm(RmiArgs),
    /// Save one or more images to a tar archive (streamed to STDOUT by default)
    #[command(override_usage = "hvdock image save [OPTIONS] IMAGE [IMAGE...]")]
    Save(SaveArgs),
    /// Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE
    #[command(override_usage = "hvdock image tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]")]
    Tag(TagArgs),
}

// `hvdock pull`, `hvdock image pull`.
#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct PullArgs {
    /// Download all tagged images in the repository
    #[arg(short = 'a', long = "all-tags")]
    pub all_tags: bool,
    /// Skip image verification (default true)
    #[arg(long = "disable-content-trust", value_name = "bool", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", default_value = "true", hide_default_value = true,
          value_parser = crate::opts::boolean::parse, action = ArgAction::Set)]
    pub disable_content_trust: bool,
    /// Set platform if server is multi-platform capable
    #[arg(
        long = "platform",
        value_name = "string",
        env = "DOCKER_DEFAULT_PLATFORM"
    )]
    pub platform: Option<String>,
    /// Suppress verbose output
    #[arg(short = 'q', long = "quiet")]
    pub quiet: bool,
    #[arg(value_name = "NAME[:TAG|@DIGEST]")]
    pub name: String,
}

// `hvdock push`, `hvdock image push`.
#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct PushArgs {
    /// Push all tags of an image to the repository
    #[arg(short = 'a', long = "all-tags")]
    pub all_tags: bool,
    /// Skip image signing (default true)
    #[arg(long = "disable-content-trust", value_name = "bool", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", default_value = "true", hide_default_value = true,
          value_parser = crate::opts::boolean::parse, action = ArgAction::Set)]
    pub disable_content_trust: bool,
    /// Push a platform-specific manifest as a single-platform image to the registry.
    /// Image index won't be pushed, meaning that other manifests, including attestations won't be preserved.
    /// 'os[/arch[/variant]]': Explicit platform (eg. linux/amd64)
    #[arg(long = "platform", value_name = "string", verbatim_doc_comment)]
    pub platform: Option<String>,
    /// Suppress verbose output
    #[arg(short = 'q', long = "quiet")]
    pub quiet: bool,
    #[arg(value_name = "NAME[:TAG]")]
    pub name: String,
}

// `hvdock rmi`, `hvdock image rm`.
#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct RmiArgs {
    /// Force removal of the image
    #[arg(short = 'f', long = "force")]
    pub force: bool,
    /// Do not delete untagged parents
    #[arg(long = "no-prune")]
    pub no_prune: bool,
    /// Remove only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")
    #[arg(long = "platform", value_name = "strings", action = ArgAction::Append)]
    pub platform: Vec<String>,
    #[arg(value_name = "IMAGE", required = true, num_args = 1..)]
    pub images: Vec<String>,
}

// `hvdock tag`, `hvdock image tag`.
#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct TagArgs {
    #[arg(value_name = "SOURCE_IMAGE[:TAG]")]
    pub source: String,
    #[arg(value_name = "TARGET_IMAGE[:TAG]")]
    pub target: String,
}

// `hvdock history`, `hvdock image history`.
#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct HistoryArgs {
    /// Format output using a custom template:
    /// 'table':            Print output in table format with column headers (default)
    /// 'table TEMPLATE':   Print output in table format using the given Go template
    /// 'json':             Print in JSON format
    /// 'TEMPLATE':         Print output using the given Go template.
    /// Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates
    #[arg(long = "format", value_name = "string")]
    pub format: Option<String>,
    /// Print sizes and dates in human readable format (default true)
    #[arg(short = 'H', long = "human", default_value = "true", action = ArgAction::Set,
          num_args = 0..=1, require_equals = true, default_missing_value = "true",
          value_parser = crate::opts::boolean::parse)]
    pub human: bool,
    /// Don't truncate output
    #[arg(long = "no-trunc")]
    pub no_trunc: bool,
    /// Show history for the given platform. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")
    #[arg(long = "platform", value_name = "string")]
    pub platform: Option<String>,
    /// Only show image IDs
    #[arg(short = 'q', long = "quiet")]
    pub quiet: bool,
    #[arg(value_name = "IMAGE")]
    pub image: String,
}

// `hvdock save`, `hvdock image save`.
#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct SaveArgs {
    /// Write to a file, instead of STDOUT
    #[arg(short = 'o', long = "output", value_name = "string")]
    pub output: Option<String>,
    /// Save only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")
    #[arg(long = "platform", value_name = "string")]
    pub platform: Option<String>,
    #[arg(value_name = "IMAGE", required = true, num_args = 1..)]
    pub images: Vec<String>,
}

// `hvdock load`, `hvdock image load`.
#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct LoadArgs {
    /// Read from tar archive file, instead of STDIN
    #[arg(short = 'i', long = "input", value_name = "string")]
    pub input: Option<String>,
    /// Load only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")
    #[arg(long = "platform", value_name = "string")]
    pub platform: Option<String>,
    /// Suppress the load output
    #[arg(short = 'q', long = "quiet")]
    pub quiet: bool,
}

// `hvdock import`, `hvdock image import`.
#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct ImportArgs {
    /// Apply Dockerfile instruction to the created image
    #[arg(short = 'c', long = "change", value_name = "list", action = ArgAction::Append)]
    pub change: Vec<String>,
    /// Set commit message for imported image
    #[arg(short = 'm', long = "message", value_name = "string")]
    pub message: Option<String>,
    /// Set platform if server is multi-platform capable
    #[arg(long = "platform", value_name = "string")]
    pub platform: Option<String>,
    #[arg(value_name = "file|URL|-")]
    pub source: String,
    #[arg(value_name = "REPOSITORY[:TAG]")]
    pub reference: Option<String>,
}

// `hvdock image prune`.
#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct ImagePruneArgs {
    /// Remove all unused images, not just dangling ones
    #[arg(short = 'a', long = "all")]
    pub all: bool,
    /// Provide filter values (e.g. "until=<timestamp>")
    #[arg(long = "filter", value_name = "filter", action = ArgAction::Append,
          value_parser = crate::opts::filter::parse)]
    pub filter: Vec<(String, String)>,
    /// Do not prompt for confirmation
    #[arg(short = 'f', long = "force")]
    pub force: bool,
}
