//! `hvdock checkpoint ...`.

mod create;
mod ls;
mod rm;

use anyhow::Result;

use super::Ctx;
use crate::cli::checkpoint::CheckpointCommand as C;

pub async fn dispatch(ctx: &'static Ctx, cmd: C) -> Result<()> {
    match cmd {
        C::Create(a) => create::run(ctx, a).await,
        C::Ls(a) => ls::run(ctx, a).await,
        C::Rm(a) => rm::run(ctx, a).await,
    }
}
