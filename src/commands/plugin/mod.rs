//! `hvdock plugin ...`: the daemon's managed plugins (`/plugins`).

mod ls;
mod state;

use anyhow::Result;

use super::Ctx;
use crate::cli::plugin::PluginCommand as P;

pub async fn dispatch(ctx: &'static Ctx, cmd: P) -> Result<()> {
    match cmd {
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
