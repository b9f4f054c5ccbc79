//! The `image` group: `image ls`, `image inspect` (more verbs join this enum as they land).

use clap::{ArgAction, Args, Subcommand};

/// `hvdock images`, `hvdock image ls|list`.
#[derive(Debug, Clone, Args)]
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
    #[arg(value_name = "REPOSITORY[:TAG]")]
    pub reference: Option<String>,
}

/// `hvdock image inspect`.
#[derive(Debug, Clone, Args)]
pub struct ImageInspectArgs {
    /// Format output using a custom template:
    /// 'json':             Print in JSON format
    /// 'TEMPLATE':         Print output using the given Go template.
    /// Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates
    #[arg(short = 'f', long = "format", value_name = "string")]
    pub format: Option<String>,
    #[arg(value_name = "IMAGE", required = true, num_args = 1..)]
    pub images: Vec<String>,
}

/// `hvdock image COMMAND`.
#[derive(Debug, Clone, Subcommand)]
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
}
