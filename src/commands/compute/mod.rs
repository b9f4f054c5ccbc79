//! `hvdock compute ...`.

mod ls;

use anyhow::Result;

use super::Ctx;
use crate::cli::compute::ComputeCommand;

pub async fn dispatch(ctx: &'static Ctx, cmd: ComputeCommand) -> Result<()> {
    match cmd {
        ComputeCommand::Ls(a) => ls::run(ctx, a).await,
    }
}
