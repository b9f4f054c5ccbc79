//! `hvdock system ...`, `version` and `info`.

pub mod info;
pub mod version;

use anyhow::Result;

use super::Ctx;
use crate::cli::system::SystemCommand;

pub async fn dispatch(ctx: &'static Ctx, cmd: SystemCommand) -> Result<()> {
    match cmd {
        SystemCommand::Info(a) => info::run(ctx, a).await,
    }
}
