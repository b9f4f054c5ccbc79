//! The command-line surface: clap-derive types only. Behaviour lives in `crate::commands`.

pub mod build;
pub mod builder;
pub mod checkpoint;
pub mod compute;
pub mod container;
pub mod context;
pub mod global;
pub mod image;
pub mod isolation;
pub mod login;
pub mod long;
pub mod ls;
pub mod manifest;
pub mod min_api;
pub mod network;
pub mod node;
pub mod plugin;
pub mod registry;
pub mod resources;
pub mod secret;
pub mod service;
pub mod stack;
pub mod swarm;
pub mod system;
pub mod transfer;
pub mod trust;
pub mod update;
pub mod volume;

use clap::{ArgAction, CommandFactory, Parser, Subcommand};

use global::GlobalArgs;

#[derive(Debug, Parser)]
#[command(docker_flags = true)]
#[command(
    name = "hvdock",
    about = "A self-sufficient runtime for containers, with isolation you can see and prove",
    override_usage = "hvdock [OPTIONS] COMMAND",
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true,
    subcommand_required = false,
    // pflag: a single-valued flag given again replaces its value (the last one wins); a global
    // setting, so every subcommand has it.
    args_override_self = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Command {
    /// Create and run a new container from an image
    #[command(override_usage = "hvdock run [OPTIONS] IMAGE [COMMAND] [ARG...]")]
    Run(container::RunArgs),
    /// Execute a command in a running container
    #[command(override_usage = "hvdock exec [OPTIONS] CONTAINER COMMAND [ARG...]")]
    Exec(container::ExecArgs),
    /// Attach local standard input, output, and error streams to a running container
    #[command(override_usage = "hvdock attach [OPTIONS] CONTAINER")]
    Attach(container::AttachArgs),
    /// Create a new image from a container's changes
    #[command(override_usage = "hvdock commit [OPTIONS] CONTAINER [REPOSITORY[:TAG]]")]
    Commit(transfer::CommitArgs),
    /// Copy files/folders between a container and the local filesystem
    #[command(
        override_usage = "hvdock cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\thvdock cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH",
        long_about = long::CP
    )]
    Cp(transfer::CpArgs),
    /// Inspect changes to files or directories on a container's filesystem
    #[command(override_usage = "hvdock diff CONTAINER")]
    Diff(transfer::DiffArgs),
    /// Export a container's filesystem as a tar archive
    #[command(override_usage = "hvdock export [OPTIONS] CONTAINER")]
    Export(transfer::ExportArgs),
    /// Create a new container
    #[command(override_usage = "hvdock create [OPTIONS] IMAGE [COMMAND] [ARG...]")]
    Create(container::CreateArgs),
    /// Kill one or more running containers
    #[command(override_usage = "hvdock kill [OPTIONS] CONTAINER [CONTAINER...]")]
    Kill(container::KillArgs),
    /// Fetch the logs of a container
    #[command(override_usage = "hvdock logs [OPTIONS] CONTAINER")]
    Logs(container::LogsArgs),
    /// Pause all processes within one or more containers
    #[command(override_usage = "hvdock pause CONTAINER [CONTAINER...]")]
    Pause(container::ContainersArgs),
    /// List port mappings or a specific mapping for the container
    #[command(override_usage = "hvdock port CONTAINER [PRIVATE_PORT[/PROTO]]")]
    Port(container::PortArgs),
    /// Rename a container
    #[command(override_usage = "hvdock rename CONTAINER NEW_NAME")]
    Rename(container::RenameArgs),
    /// Restart one or more containers
    #[command(override_usage = "hvdock restart [OPTIONS] CONTAINER [CONTAINER...]")]
    Restart(container::StopArgs),
    /// Remove one or more containers
    #[command(override_usage = "hvdock rm [OPTIONS] CONTAINER [CONTAINER...]")]
    Rm(container::RmArgs),
    /// Start one or more stopped containers
    #[command(override_usage = "hvdock start [OPTIONS] CONTAINER [CONTAINER...]")]
    Start(container::StartArgs),
    /// Display a live stream of container(s) resource usage statistics
    #[command(override_usage = "hvdock stats [OPTIONS] [CONTAINER...]")]
    Stats(transfer::StatsArgs),
    /// Stop one or more running containers
    #[command(override_usage = "hvdock stop [OPTIONS] CONTAINER [CONTAINER...]")]
    Stop(container::StopArgs),
    /// Display the running processes of a container
    #[command(override_usage = "hvdock top CONTAINER [ps OPTIONS]")]
    Top(container::TopArgs),
    /// Unpause all processes within one or more containers
    #[command(override_usage = "hvdock unpause CONTAINER [CONTAINER...]")]
    Unpause(container::ContainersArgs),
    /// Update configuration of one or more containers (and convert their isolation)
    #[command(override_usage = "hvdock update [OPTIONS] CONTAINER [CONTAINER...]")]
    Update(update::UpdateArgs),
    /// Block until one or more containers stop, then print their exit codes
    #[command(override_usage = "hvdock wait CONTAINER [CONTAINER...]")]
    Wait(container::ContainersArgs),

    /// List containers
    #[command(override_usage = "hvdock ps [OPTIONS]")]
    Ps(ls::PsArgs),
    /// List images
    #[command(override_usage = "hvdock images [OPTIONS] [REPOSITORY[:TAG]]")]
    Images(image::ImagesArgs),
    /// Return low-level information on Docker objects
    #[command(override_usage = "hvdock inspect [OPTIONS] NAME|ID [NAME|ID...]")]
    Inspect(ls::InspectArgs),

    /// Build an image from a Dockerfile
    #[command(override_usage = "hvdock build [OPTIONS] PATH | URL | -")]
    Build(build::BuildArgs),
    /// Show the history of an image
    #[command(override_usage = "hvdock history [OPTIONS] IMAGE")]
    History(image::HistoryArgs),
    /// Import the contents from a tarball to create a filesystem image
    #[command(override_usage = "hvdock import [OPTIONS] file|URL|- [REPOSITORY[:TAG]]")]
    Import(image::ImportArgs),
    /// Load an image from a tar archive or STDIN
    #[command(override_usage = "hvdock load [OPTIONS]")]
    Load(image::LoadArgs),
    /// Authenticate to a registry
    #[command(override_usage = "hvdock login [OPTIONS] [SERVER]", long_about = long::LOGIN)]
    Login(login::LoginArgs),
    /// Log out from a registry
    #[command(override_usage = "hvdock logout [SERVER]", long_about = long::LOGOUT)]
    Logout(login::LogoutArgs),
    /// Download an image from a registry
    #[command(override_usage = "hvdock pull [OPTIONS] NAME[:TAG|@DIGEST]")]
    Pull(image::PullArgs),
    /// Upload an image to a registry
    #[command(override_usage = "hvdock push [OPTIONS] NAME[:TAG]")]
    Push(image::PushArgs),
    /// Search Docker Hub for images
    #[command(override_usage = "hvdock search [OPTIONS] TERM")]
    Search(registry::SearchArgs),
    /// Remove one or more images
    #[command(override_usage = "hvdock rmi [OPTIONS] IMAGE [IMAGE...]")]
    Rmi(image::RmiArgs),
    /// Save one or more images to a tar archive (streamed to STDOUT by default)
    #[command(override_usage = "hvdock save [OPTIONS] IMAGE [IMAGE...]")]
    Save(image::SaveArgs),
    /// Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE
    #[command(override_usage = "hvdock tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]")]
    Tag(image::TagArgs),

    /// Manage builds
    #[command(subcommand, override_usage = "hvdock builder COMMAND")]
    Builder(builder::BuilderCommand),

    /// Manage containers
    #[command(subcommand, override_usage = "hvdock container COMMAND")]
    Container(container::ContainerCommand),

    /// Manage images
    #[command(subcommand, override_usage = "hvdock image COMMAND")]
    Image(image::ImageCommand),

    /// List the compute processes (VM workers, sandboxes) behind containers
    #[command(subcommand, override_usage = "hvdock compute COMMAND")]
    Compute(compute::ComputeCommand),

    /// Prove containers' isolation (processes and kernel, inside vs outside)
    #[command(subcommand, override_usage = "hvdock isolation COMMAND")]
    Isolation(isolation::IsolationCommand),

    /// Show the Docker version information
    #[command(override_usage = "hvdock version [OPTIONS]")]
    Version(system::VersionArgs),

    /// Display system-wide information
    #[command(override_usage = "hvdock info [OPTIONS]")]
    Info(system::InfoArgs),

    /// Get real time events from the server
    #[command(override_usage = "hvdock events [OPTIONS]")]
    Events(system::EventsArgs),

    /// Manage Docker image manifests and manifest lists
    #[command(
        subcommand,
        override_usage = "hvdock manifest COMMAND",
        long_about = long::MANIFEST
    )]
    Manifest(manifest::ManifestCommand),

    /// Manage checkpoints
    #[command(subcommand, override_usage = "hvdock checkpoint COMMAND")]
    Checkpoint(checkpoint::CheckpointCommand),

    /// Manage networks
    #[command(subcommand, override_usage = "hvdock network COMMAND")]
    Network(network::NetworkCommand),

    /// Manage volumes
    #[command(subcommand, override_usage = "hvdock volume COMMAND")]
    Volume(volume::VolumeCommand),

    /// Manage Swarm services
    #[command(subcommand, override_usage = "hvdock service COMMAND")]
    Service(service::ServiceCommand),

    /// Manage Swarm configs
    #[command(subcommand, override_usage = "hvdock config COMMAND")]
    Config(secret::ConfigCommand),

    /// Manage Swarm nodes
    #[command(subcommand, override_usage = "hvdock node COMMAND")]
    Node(node::NodeCommand),

    /// Manage Swarm secrets
    #[command(subcommand, override_usage = "hvdock secret COMMAND")]
    Secret(secret::SecretCommand),

    /// Manage Swarm
    #[command(subcommand, override_usage = "hvdock swarm COMMAND")]
    Swarm(swarm::SwarmCommand),

    /// Manage Swarm stacks
    #[command(override_usage = "hvdock stack COMMAND")]
    Stack(stack::StackArgs),

    /// Manage contexts
    #[command(subcommand, override_usage = "hvdock context COMMAND")]
    Context(context::ContextCommand),

    /// Manage plugins
    #[command(subcommand, override_usage = "hvdock plugin COMMAND")]
    Plugin(plugin::PluginCommand),

    /// Manage Docker
    #[command(subcommand, override_usage = "hvdock system COMMAND")]
    System(system::SystemCommand),

    /// Manage trust on Docker images
    #[command(subcommand, override_usage = "hvdock trust COMMAND")]
    Trust(trust::TrustCommand),

    /// Help about any command
    #[command(override_usage = "hvdock help [COMMAND]")]
    Help(HelpArgs),

    /// Generate shell completions and man pages into completions/ and man/
    #[command(name = "__generate", hide = true)]
    Generate(GenerateArgs),

    /// Print live names for shell completion: `__complete KIND [PREFIX]` or `__complete --words
    /// WORD...` (the command line being completed)
    #[command(name = "__complete", hide = true)]
    Complete(CompleteArgs),
}

// A command without flags or arguments of its own (it still takes `--help`); no doc comment:
// it would replace the about text of the command using it.
#[derive(Debug, Clone, clap::Args)]
#[command(docker_flags = true)]
pub struct NoArgs {}

#[derive(Debug, clap::Args)]
#[command(docker_flags = true)]
pub struct HelpArgs {
    /// The command to show help for
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub command: Vec<String>,
}

#[derive(Debug, clap::Args)]
#[command(docker_flags = true)]
pub struct GenerateArgs {
    /// Directory holding completions/ and man/ (default: the current directory)
    #[arg(long, default_value = ".")]
    pub out: std::path::PathBuf,
}

#[derive(Debug, clap::Args)]
#[command(docker_flags = true)]
pub struct CompleteArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub args: Vec<String>,
}

/// The full clap tree with docker's help flags added: `-h, --help` where `-h` is free (and
/// `--help` alone where a command uses `-h`, like `run -h HOSTNAME`).
impl Command {
    /// Top-level shorthands (`run`, `rm`, ...) are the `container` verbs under another name.
    #[allow(clippy::result_large_err)]
    pub fn into_container(self) -> Result<container::ContainerCommand, Command> {
        use container::ContainerCommand as C;
        Ok(match self {
            Command::Run(a) => C::Run(a),
            Command::Exec(a) => C::Exec(a),
            Command::Attach(a) => C::Attach(a),
            Command::Create(a) => C::Create(a),
            Command::Kill(a) => C::Kill(a),
            Command::Logs(a) => C::Logs(a),
            Command::Pause(a) => C::Pause(a),
            Command::Port(a) => C::Port(a),
            Command::Rename(a) => C::Rename(a),
            Command::Restart(a) => C::Restart(a),
            Command::Rm(a) => C::Rm(a),
            Command::Start(a) => C::Start(a),
            Command::Stop(a) => C::Stop(a),
            Command::Top(a) => C::Top(a),
            Command::Unpause(a) => C::Unpause(a),
            Command::Update(a) => C::Update(a),
            Command::Wait(a) => C::Wait(a),
            Command::Commit(a) => C::Commit(a),
            Command::Cp(a) => C::Cp(a),
            Command::Stats(a) => C::Stats(a),
            Command::Diff(a) => C::Diff(a),
            Command::Export(a) => C::Export(a),
            Command::Ps(a) => C::Ls(a),
            Command::Container(c) => c,
            other => return Err(other),
        })
    }
}

/// The whole clap tree, every command built (help, completions, man pages).
pub fn command() -> clap::Command {
    let mut root = Cli::command();
    crate::usage::expand_all(&mut root);
    root
}

/// The clap tree for parsing `args` (without the program name). Subcommands are deferred
/// (`#[command(defer = true)]`): only the commands named on the command line are built, which is all
/// clap looks at — building the whole tree costs more than the rest of a `ps`.
pub fn command_for(args: &[String]) -> clap::Command {
    let mut root = Cli::command();
    crate::usage::expand(&mut root, args);
    // `help WORD...` names commands too (a group's verbs exist once the group is built).
    let help = crate::usage::locate(&root, args)
        .last()
        .is_some_and(|c| c.get_name() == "help");
    if let Some(at) = args.iter().position(|a| a == "help").filter(|_| help) {
        crate::usage::expand(&mut root, &args[at + 1..]);
    }
    root
}

/// `--mount`'s value parser: docker's `MountOpt.Set`, which logs its deprecations (logrus, on
/// stderr) while the flag is parsed.
pub fn mount_flag(value: &str) -> Result<crate::opts::mount::MountSpec, String> {
    crate::opts::mount::parse_with(value, &mut |w| crate::error::logrus("warning", w))
}

/// docker's help flag and pflag semantics, applied by each command's own derive
/// (`#[command(docker_flags = true)]`), so that a deferred command gets them when it is built.
pub trait DockerFlags {
    fn docker_flags(self, on: bool) -> Self;
}

impl DockerFlags for clap::Command {
    fn docker_flags(self, on: bool) -> Self {
        if on {
            decorate(self)
        } else {
            self
        }
    }
}

/// pflag semantics for every flag: booleans also take `=true`/`=false` (`--rm=false`), and a
/// value may start with `-` (`--dns-search -x`), as docker accepts.
fn pflag(arg: clap::Arg) -> clap::Arg {
    if arg.is_positional() {
        return arg;
    }
    match arg.get_action() {
        ArgAction::SetTrue => arg
            .action(ArgAction::Set)
            .num_args(0..=1)
            .require_equals(true)
            .default_missing_value("true")
            .default_value("false")
            .hide_default_value(true)
            .value_parser(crate::opts::boolean::parse),
        a if a.takes_values() => arg.allow_hyphen_values(true),
        _ => arg,
    }
}

/// docker's help flag (`-h, --help`, or `--help` where `-h` is taken) and pflag semantics on one
/// command.
fn decorate(cmd: clap::Command) -> clap::Command {
    let cmd = cmd.mut_args(pflag);
    let short_taken = cmd.get_arguments().any(|a| a.get_short() == Some('h'));
    let mut help = clap::Arg::new("help")
        .long("help")
        .action(ArgAction::Help)
        .help("Print usage");
    if !short_taken {
        help = help.short('h');
    }
    cmd.arg(help)
}

#[cfg(test)]
mod tests {
    /// Every command gets docker's help flag from its own derive, deferred or not: a command
    /// without `#[command(docker_flags = true)]` would reject `--help`.
    #[test]
    fn every_command_takes_help() {
        fn check(cmd: &clap::Command, path: &str) {
            assert!(
                cmd.get_arguments().any(|a| a.get_id() == "help"),
                "{path} has no --help"
            );
            for sub in cmd.get_subcommands() {
                check(sub, &format!("{path} {}", sub.get_name()));
            }
        }
        check(&super::command(), "hvdock");
    }

    /// Deferring changes nothing: the commands named on a command line are built exactly as in
    /// the whole tree.
    #[test]
    fn the_invoked_path_matches_the_whole_tree() {
        let whole = super::command();
        for line in [
            &["ps"][..],
            &["container", "ls"],
            &["--debug", "image", "ls"],
            &["run"],
        ] {
            let args: Vec<String> = line.iter().map(|s| s.to_string()).collect();
            let part = super::command_for(&args);
            let a = crate::usage::locate(&part, &args);
            let b = crate::usage::locate(&whole, &args);
            assert_eq!(a.len(), b.len(), "{line:?}");
            for (x, y) in a.iter().zip(&b) {
                let args =
                    |c: &clap::Command| format!("{:?}", c.get_arguments().collect::<Vec<_>>());
                assert_eq!(x.get_name(), y.get_name(), "{line:?}");
                assert_eq!(args(x), args(y), "{line:?}");
            }
        }
    }
}
