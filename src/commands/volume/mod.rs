//! `hvdock volume ...`.

mod create;
pub(crate) mod ls;
pub mod prune;
mod rm;
mod update;

use anyhow::Result;

use super::inspect::{inspect_kind, Kind};
use super::Ctx;
use crate::cli::volume::VolumeCommand as V;

pub async fn dispatch(ctx: &'static Ctx, cmd: V) -> Result<()> {
    match cmd {
        V::Create(a) => create::run(ctx, a).await,
        V::Inspect(a) => {
            inspect_kind(ctx, Kind::Volume, &a.names, a.format.as_deref(), false).await
        }
        V::Ls(a) => ls::run(ctx, a).await,
        V::Prune(a) => prune::run(ctx, a).await,
        V::Rm(a) => rm::run(ctx, a).await,
        V::Update(a) => update::run(ctx, a).await,
    }
}
