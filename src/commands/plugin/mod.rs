//! `hvdock plugin ...`: the daemon's managed plugins (`/plugins`).

mod create;
mod install;
mod ls;
mod push;
mod set;
mod state;
mod upgrade;

use anyhow::Result;

use super::Ctx;
use crate::cli::plugin::PluginCommand as P;

pub async fn dispatch(ctx: &'static Ctx, cmd: P) -> Result<()> {
    match cmd {
        P::Create(a) => create::run(ctx, a).await,
        P::Install(a) => install::run(ctx, a).await,
        P::Push(a) => push::run(ctx, a).await,
        P::Set(a) => set::run(ctx, a).await,
        P::Upgrade(a) => upgrade::run(ctx, a).await,
        P::Disable(a) => state::disable(ctx, a).await,
        P::Enable(a) => state::enable(ctx, a).await,
        P::Inspect(a) => {
            let kind = crate::commands::inspect::Kind::Plugin;
            crate::commands::inspect::inspect_kind(ctx, kind, &a.names, a.format.as_deref(), false)
                .await
        }
        P::Ls(a) => ls::run(ctx, a).await,
        P::Rm(a) => state::rm(ctx, a).await,
    }
}
