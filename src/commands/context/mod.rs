//! `hvdock context ...` over docker's own store, so docker and hvdock share contexts.

mod create;
mod export;
mod import_;
mod inspect;
mod ls;
mod rm;
mod typed;
mod use_;
mod zip;

use anyhow::Result;

use super::Ctx;
use crate::cli::context::ContextCommand as C;
use crate::engine::context::{self, Choice, Store};
use crate::error::CliError;

pub async fn dispatch(ctx: &'static Ctx, cmd: C) -> Result<()> {
    match cmd {
        C::Create(a) => create::create(ctx, a),
        C::Update(a) => create::update(ctx, a),
        C::Export(a) => export::run(ctx, a),
        C::Import(a) => import_::run(ctx, a),
        C::Inspect(a) => inspect::run(ctx, a),
        C::Ls(a) => ls::run(ctx, a),
        C::Rm(a) => rm::run(ctx, a),
        C::Show(_) => {
            println!("{}", current(ctx)?);
            Ok(())
        }
        C::Use(a) => use_::run(ctx, a),
    }
}

pub fn store(ctx: &Ctx) -> Store {
    Store::new(&ctx.config_dir)
}

/// The context this invocation uses, in docker's order of precedence.
pub fn current(ctx: &Ctx) -> Result<String> {
    let env = |n: &str| std::env::var(n).ok().filter(|v| !v.is_empty());
    let (env_host, env_context) = (env("DOCKER_HOST"), env("DOCKER_CONTEXT"));
    context::choose(&Choice {
        flag_context: ctx.global.context.as_deref(),
        flag_hosts: &ctx.global.host,
        env_host: env_host.as_deref(),
        env_context: env_context.as_deref(),
        config_current: ctx.config().current_context(),
    })
    .map_err(|e| CliError::message(e, 1))
}

/// The default context's docker endpoint as docker shows it: `-H`, `DOCKER_HOST` or the local
/// socket, normalised, a password redacted.
pub fn default_host(ctx: &Ctx) -> Result<String> {
    default_endpoint(ctx).map(|h| crate::engine::host::redact(&h))
}

/// The default context's docker endpoint, normalised as docker stores it (`context create --from`).
pub fn default_endpoint(ctx: &Ctx) -> Result<String> {
    let env = |n: &str| std::env::var(n).ok().filter(|v| !v.is_empty());
    let addr = ctx
        .global
        .host
        .first()
        .cloned()
        .or_else(|| env("DOCKER_HOST"))
        .unwrap_or_else(|| "unix:///var/run/docker.sock".into());
    let tls = ctx.global.tls || ctx.global.tlsverify || env("DOCKER_TLS_VERIFY").is_some();
    crate::engine::host::normalised(&addr, tls).map_err(|e| CliError::message(e, 1))
}

pub const DEFAULT_DESCRIPTION: &str = "Current DOCKER_HOST based configuration";
