//! `hvdock network ...`.

mod connect;
mod create;
pub use create::map;
mod disconnect;
mod inspect;
mod ipam;
mod ls;
pub mod prune;
mod rm;

use anyhow::Result;

use super::Ctx;
use crate::cli::network::NetworkCommand as N;

pub async fn dispatch(ctx: &'static Ctx, cmd: N) -> Result<()> {
    match cmd {
        N::Connect(a) => connect::run(ctx, a).await,
        N::Create(a) => create::run(ctx, a).await,
        N::Disconnect(a) => disconnect::run(ctx, a).await,
        N::Inspect(a) => inspect::run(ctx, a).await,
        N::Ls(a) => ls::run(ctx, a).await,
        N::Prune(a) => prune::run(ctx, a).await,
        N::Rm(a) => rm::run(ctx, a).await,
    }
}
