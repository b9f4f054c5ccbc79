//! `hvdock image ...`: images, pulling and pushing, references.

mod history;
mod import;
mod inspect;
pub mod load;
pub mod ls;
pub mod progress;
mod prune;
pub mod pull;
mod push;
pub mod reference;
mod rm;
pub(crate) mod row;
mod save;
mod tag;

use anyhow::Result;

use super::Ctx;
use crate::cli::image::ImageCommand as I;
use crate::cli::Command;

/// The top-level shorthands (`pull`, `rmi`, `build`, ...) as the `image` verbs they are.
#[allow(clippy::result_large_err)] // the other commands go back by value, once per run
pub fn from_top(cmd: Command) -> Result<I, Command> {
    Ok(match cmd {
        Command::Build(a) => I::Build(a),
        Command::History(a) => I::History(a),
        Command::Import(a) => I::Import(a),
        Command::Load(a) => I::Load(a),
        Command::Pull(a) => I::Pull(a),
        Command::Push(a) => I::Push(a),
        Command::Rmi(a) => I::Rm(a),
        Command::Save(a) => I::Save(a),
        Command::Tag(a) => I::Tag(a),
        other => return Err(other),
    })
}

pub async fn dispatch(ctx: &'static Ctx, cmd: I) -> Result<()> {
    match cmd {
        I::Inspect(a) => inspect::run(ctx, a).await,
        I::Ls(a) => ls::run(ctx, a).await,
        I::Build(a) => crate::commands::build::run(ctx, a).await,
        I::History(a) => history::run(ctx, a).await,
        I::Import(a) => import::run(ctx, a).await,
        I::Load(a) => load::run(ctx, a).await,
        I::Prune(a) => prune::run(ctx, a).await,
        I::Pull(a) => pull::run(ctx, a).await,
        I::Push(a) => push::run(ctx, a).await,
        I::Rm(a) => rm::run(ctx, a).await,
        I::Save(a) => save::run(ctx, a).await,
        I::Tag(a) => tag::run(ctx, a).await,
    }
}
