//! `hvdock isolation ...`.

mod recover;
mod verify;

use anyhow::Result;

use super::Ctx;
use crate::cli::isolation::IsolationCommand;

pub async fn dispatch(ctx: &'static Ctx, cmd: IsolationCommand) -> Result<()> {
    match cmd {
        IsolationCommand::Verify(a) => verify::run(ctx, a).await,
        IsolationCommand::Recover(a) => recover::run(ctx, a).await,
    }
}
