//! One module per docker noun, one file per verb. Top-level shorthands reuse the same functions.

mod atomic;
pub mod auth;
pub mod build;
pub mod builder;
pub mod checkpoint;
mod complete;
pub mod compute;
pub mod container;
pub mod context;
mod fields;
mod generate;
pub mod image;
mod inspect;
pub mod isolation;
mod jsonraw;
mod listing;
pub mod manifest;
pub mod network;
pub mod node;
pub mod plugin;
mod prune;
pub mod registry;
pub mod secret;
pub mod service;
pub mod stack;
pub mod swarm;
pub mod system;
mod tar_upload;
pub mod trust;
pub mod volume;

use std::path::PathBuf;
use std::sync::OnceLock;

use anyhow::Result;

use crate::cli::global::GlobalArgs;
use crate::cli::Command;
use crate::config::ConfigFile;
use crate::engine::{endpoint, Engine};
use crate::error::CliError;

/// What every command can reach: the global flags, config.json and the (lazily built) engine.
pub struct Ctx {
    pub global: GlobalArgs,
    pub config_dir: PathBuf,
    config: OnceLock<ConfigFile>,
    engine: OnceLock<Engine>,
}

impl Ctx {
    pub fn new(global: GlobalArgs) -> Ctx {
        let config_dir = crate::config::dir(global.config.as_deref());
        Ctx {
            global,
            config_dir,
            config: OnceLock::new(),
            engine: OnceLock::new(),
        }
    }

    /// config.json; an unreadable file is reported as docker does and treated as empty.
    pub fn config(&self) -> &ConfigFile {
        self.config
            .get_or_init(|| match ConfigFile::load(&self.config_dir) {
                Ok(c) => {
                    // docker warns and goes on without those credentials.
                    if let Some(warning) = c.auth_problem() {
                        eprintln!("{warning}");
                    }
                    c
                }
                Err(e) => {
                    eprintln!("WARNING: Error {e:#}");
                    ConfigFile {
                        path: self.config_dir.join("config.json"),
                        ..Default::default()
                    }
                }
            })
    }

    pub fn endpoint(&self) -> Result<endpoint::Endpoint> {
        endpoint::resolve(&self.global, &self.config_dir, self.config()).map_err(|e| {
            // docker reports these before (or outside) endpoint resolution.
            let message = if e.starts_with("conflicting options:") {
                e
            } else if e.starts_with("parse \"ssh://")
                || e.starts_with("ssh host connection is not valid")
                || e == endpoint::CA_INVALID
            {
                format!("Failed to initialize: {e}")
            } else {
                format!("Failed to initialize: unable to resolve docker endpoint: {e}")
            };
            CliError::message(message, crate::error::code::FAILURE)
        })
    }

    /// The engine client; building it does no I/O.
    pub fn engine(&self) -> Result<&Engine> {
        if let Some(e) = self.engine.get() {
            return Ok(e);
        }
        let engine = Engine::new(self.endpoint()?, self.global.debug)?;
        Ok(self.engine.get_or_init(|| engine))
    }
}

/// What docker knows of the daemon when it checks annotated commands and flags: the API version
/// requests go with (negotiated, or pinned by DOCKER_API_VERSION), the OS type and whether
/// experimental features are on. `None` when no daemon answers and no version is pinned; with a
/// pinned version and no answer, docker assumes experimental features (and no OS type).
pub async fn daemon_facts(ctx: &Ctx) -> Option<crate::cli::min_api::Daemon> {
    let engine = ctx.engine().ok()?;
    let ping = engine.ping().await.ok();
    if ping.is_none() && std::env::var_os("DOCKER_API_VERSION").is_none() {
        return None;
    }
    Some(crate::cli::min_api::Daemon {
        api: engine.api_version()?.to_string(),
        os_type: ping.map(|p| p.os_type.clone()).unwrap_or_default(),
        experimental: ping.is_none_or(|p| p.experimental),
    })
}

/// docker's refusal of a command or flags the daemon does not offer (`"--all" requires API
/// version 1.42, ...`, exit 1); a daemon that does not answer is left to the command.
pub async fn check_support(ctx: &Ctx, used: &crate::usage::Annotated) -> Result<()> {
    let Some(daemon) = daemon_facts(ctx).await else {
        return Ok(());
    };
    match refusal(&daemon, used) {
        Some(message) => Err(CliError::message(message, crate::error::code::FAILURE)),
        None => Ok(()),
    }
}

/// What docker says of `used` on `daemon`: the command's refusal, else its flags'.
pub fn refusal(
    daemon: &crate::cli::min_api::Daemon,
    used: &crate::usage::Annotated,
) -> Option<String> {
    let flags: Vec<&str> = used.flags.iter().map(String::as_str).collect();
    crate::cli::min_api::command_refusal(&used.chain, &used.shown, daemon)
        .or_else(|| crate::cli::min_api::flag_refusal(used.chain.first()?, &flags, daemon))
}

pub async fn dispatch(ctx: &'static Ctx, command: Command) -> Result<()> {
    let command = match command.into_container() {
        Ok(c) => return container::dispatch(ctx, c).await,
        Err(other) => other,
    };
    let command = match image::from_top(command) {
        Ok(c) => return image::dispatch(ctx, c).await,
        Err(other) => other,
    };
    match command {
        Command::Builder(c) => builder::dispatch(ctx, c).await,
        Command::Compute(c) => compute::dispatch(ctx, c).await,
        Command::Isolation(c) => isolation::dispatch(ctx, c).await,
        Command::Images(a) => image::ls::run(ctx, a).await,
        Command::Image(c) => image::dispatch(ctx, c).await,
        Command::Login(a) => auth::login::run(ctx, a).await,
        Command::Search(a) => registry::search::run(ctx, a).await,
        Command::Logout(a) => auth::logout::run(ctx, a).await,
        Command::Inspect(a) => inspect::run(ctx, a).await,
        Command::Version(a) => system::version::run(ctx, a).await,
        Command::Info(a) => system::info::run(ctx, a).await,
        Command::Events(a) => system::events::run(ctx, a).await,
        Command::System(s) => system::dispatch(ctx, s).await,
        Command::Context(c) => context::dispatch(ctx, c).await,
        Command::Manifest(c) => manifest::dispatch(ctx, c).await,
        Command::Network(c) => network::dispatch(ctx, c).await,
        Command::Plugin(c) => plugin::dispatch(ctx, c).await,
        Command::Trust(c) => trust::dispatch(ctx, c).await,
        Command::Volume(c) => volume::dispatch(ctx, c).await,
        Command::Checkpoint(c) => checkpoint::dispatch(ctx, c).await,
        Command::Service(c) => service::dispatch(ctx, c).await,
        Command::Swarm(c) => swarm::dispatch(ctx, c).await,
        Command::Node(c) => node::dispatch(ctx, c).await,
        Command::Secret(c) => secret::dispatch_secret(ctx, c).await,
        Command::Config(c) => secret::dispatch_config(ctx, c).await,
        Command::Help(a) => generate::help(ctx, &a.command).await,
        Command::Stack(c) => stack::dispatch(ctx, c.command).await,
        Command::Generate(a) => generate::run(&a.out),
        Command::Complete(a) => complete::run(ctx, &a.args).await,
        _ => unreachable!("container verbs are dispatched above"),
    }
}
