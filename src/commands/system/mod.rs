//! `hvdock system ...`, `version` and `info`.

pub mod df;
mod df_template;
pub mod events;
pub mod info;
mod info_swarm;
pub mod prune;
pub mod version;

use anyhow::Result;

use super::Ctx;
use crate::cli::system::SystemCommand;

pub async fn dispatch(ctx: &'static Ctx, cmd: SystemCommand) -> Result<()> {
    match cmd {
        SystemCommand::Info(a) => info::run(ctx, a).await,
        SystemCommand::Df(a) => df::run(ctx, a).await,
        SystemCommand::Events(a) => events::run(ctx, a).await,
        SystemCommand::Prune(a) => prune::run(ctx, a).await,
    }
}
