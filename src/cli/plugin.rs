//! `plugin`: the daemon's managed plugins (not the CLI plugins of `crate::plugins`).
use crate::cli::DockerFlags as _;

use clap::{ArgAction, Args, Subcommand};

#[derive(Debug, Clone, Subcommand)]
#[command(defer = true, docker_flags = true)]
pub enum PluginCommand {
    #[command(
        about = "Create a plugin from a rootfs and configuration. Plugin data directory must contain config.json and rootfs directory.",
        override_usage = "hvdock plugin create [OPTIONS] PLUGIN PLUGIN-DATA-DIR"
    )]
    Create(CreateArgs),
    /// Disable a plugin
    #[command(override_usage = "hvdock plugin disable [OPTIONS] PLUGIN")]
    Disable(DisableArgs),
    /// Enable a plugin
    #[command(override_usage = "hvdock plugin enable [OPTIONS] PLUGIN")]
    Enable(EnableArgs),
    /// Display detailed information on one or more plugins
    #[command(override_usage = "hvdock plugin inspect [OPTIONS] PLUGIN [PLUGIN...]")]
    Inspect(InspectArgs),
    /// Install a plugin
    #[command(override_usage = "hvdock plugin install [OPTIONS] PLUGIN [KEY=VALUE...]")]
    Install(InstallArgs),
    /// List plugins
    #[command(visible_alias = "list", override_usage = "hvdock plugin ls [OPTIONS]")]
    Ls(LsArgs),
    /// Push a plugin to a registry
    #[command(override_usage = "hvdock plugin push [OPTIONS] PLUGIN[:TAG]")]
    Push(PushArgs),
    /// Remove one or more plugins
    #[command(
        visible_alias = "remove",
        override_usage = "hvdock plugin rm [OPTIONS] PLUGIN [PLUGIN...]"
    )]
    Rm(RmArgs),
    /// Change settings for a plugin
    #[command(override_usage = "hvdock plugin set PLUGIN KEY=VALUE [KEY=VALUE...]")]
    Set(SetArgs),
    /// Upgrade an existing plugin
    #[command(override_usage = "hvdock plugin upgrade [OPTIONS] PLUGIN [REMOTE]")]
    Upgrade(UpgradeArgs),
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct DisableArgs {
    /// Force the disable of an active plugin
    #[arg(short = 'f', long = "force")]
    pub force: bool,
    #[arg(value_name = "PLUGIN", required = true)]
    pub name: String,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct EnableArgs {
    /// HTTP client timeout (in seconds)
    #[arg(
        long = "timeout",
        value_name = "int",
        default_value = "30",
        allow_negative_numbers = true
    )]
    pub timeout: i64,
    #[arg(value_name = "PLUGIN", required = true)]
    pub name: String,
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
    #[arg(value_name = "PLUGIN", required = true, num_args = 1..)]
    pub names: Vec<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct LsArgs {
    /// Provide filter values (e.g. "enabled=true")
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
    /// Only display plugin IDs
    #[arg(short = 'q', long = "quiet")]
    pub quiet: bool,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct RmArgs {
    /// Force the removal of an active plugin
    #[arg(short = 'f', long = "force")]
    pub force: bool,
    #[arg(value_name = "PLUGIN", required = true, num_args = 1..)]
    pub names: Vec<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct CreateArgs {
    /// Compress the context using gzip
    #[arg(long = "compress")]
    pub compress: bool,
    #[arg(value_name = "PLUGIN", required = true)]
    pub name: String,
    #[arg(value_name = "PLUGIN-DATA-DIR", required = true)]
    pub dir: String,
    /// Further arguments: docker takes at least two and ignores the rest.
    #[arg(value_name = "ARG", hide = true)]
    pub rest: Vec<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct PushArgs {
    /// Skip image signing (default true)
    #[arg(long = "disable-content-trust", value_name = "bool", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", hide_default_value = true,
          value_parser = crate::opts::boolean::parse, action = ArgAction::Set)]
    pub disable_content_trust: Option<bool>,
    #[arg(value_name = "PLUGIN[:TAG]", required = true)]
    pub name: String,
}

// The flags `install` and `upgrade` share (docker's `loadPullFlags`); no doc comment, it
// would become their help text.
#[derive(Debug, Clone, Args)]
pub struct PullFlags {
    /// Skip image verification (default true)
    #[arg(long = "disable-content-trust", value_name = "bool", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", hide_default_value = true,
          value_parser = crate::opts::boolean::parse, action = ArgAction::Set)]
    pub disable_content_trust: Option<bool>,
    /// Grant all permissions necessary to run the plugin
    #[arg(long = "grant-all-permissions")]
    pub grant_all_permissions: bool,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct InstallArgs {
    /// Local name for plugin
    #[arg(long = "alias", value_name = "string")]
    pub alias: Option<String>,
    /// Do not enable the plugin on install
    #[arg(long = "disable")]
    pub disable: bool,
    #[command(flatten)]
    pub pull: PullFlags,
    #[arg(value_name = "PLUGIN", required = true)]
    pub remote: String,
    #[arg(value_name = "KEY=VALUE")]
    pub args: Vec<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct SetArgs {
    #[arg(value_name = "PLUGIN", required = true)]
    pub name: String,
    #[arg(value_name = "KEY=VALUE", required = true, num_args = 1..)]
    pub args: Vec<String>,
}

#[derive(Debug, Clone, Args)]
#[command(docker_flags = true)]
pub struct UpgradeArgs {
    #[command(flatten)]
    pub pull: PullFlags,
    /// Do not check if specified remote plugin matches existing plugin image
    #[arg(long = "skip-remote-check")]
    pub skip_remote_check: bool,
    #[arg(value_name = "PLUGIN", required = true)]
    pub name: String,
    #[arg(value_name = "REMOTE")]
    pub remote: Option<String>,
}
