//! `hvdock container ...` and its top-level shorthands.

mod api_socket;
mod attach;
mod commit;
pub(crate) mod convert;
mod cp;
mod cp_archive;
mod create;
mod create_flow;
mod diff;
pub mod each;
mod exec;
mod export;
mod inspect;
mod kill;
mod logs;
mod ls;
mod pause;
mod port;
pub mod prune;
mod rename;
mod restart;
mod rm;
pub(crate) mod row;
mod run;
mod sandbox_ps;
mod session;
mod slim;
mod start;
mod stats;
mod stop;
pub mod timestamp;
mod top;
mod unpause;
mod update;
mod wait;

use anyhow::Result;

pub use port::natural_cmp;

use super::Ctx;
use crate::cli::container::ContainerCommand as C;

pub async fn dispatch(ctx: &'static Ctx, cmd: C) -> Result<()> {
    match cmd {
        C::Attach(a) => attach::run(ctx, a).await,
        C::Commit(a) => commit::run(ctx, a).await,
        C::Cp(a) => cp::run(ctx, a).await,
        C::Create(a) => create::run(ctx, a).await,
        C::Diff(a) => diff::run(ctx, a).await,
        C::Export(a) => export::run(ctx, a).await,
        C::Prune(a) => prune::run(ctx, a).await,
        C::Exec(a) => exec::run(ctx, a).await,
        C::Inspect(a) => inspect::run(ctx, a).await,
        C::Kill(a) => kill::run(ctx, a).await,
        C::Ls(a) => ls::run(ctx, a).await,
        C::Logs(a) => logs::run(ctx, a).await,
        C::Pause(a) => pause::run(ctx, a).await,
        C::Port(a) => port::run(ctx, a).await,
        C::Rename(a) => rename::run(ctx, a).await,
        C::Restart(a) => restart::run(ctx, a).await,
        C::Rm(a) => rm::run(ctx, a).await,
        C::Run(a) => run::run(ctx, a).await,
        C::Start(a) => start::run(ctx, a).await,
        C::Stats(a) => stats::run(ctx, a).await,
        C::Stop(a) => stop::run(ctx, a).await,
        C::Top(a) => top::run(ctx, a).await,
        C::Unpause(a) => unpause::run(ctx, a).await,
        C::Update(a) => update::run(ctx, a).await,
        C::Wait(a) => wait::run(ctx, a).await,
    }
}
