//! `hvdock builder ...` (what docker runs when no buildx plugin takes `builder`).

pub mod prune;

use anyhow::Result;

use super::Ctx;
use crate::cli::builder::BuilderCommand as B;

pub async fn dispatch(ctx: &'static Ctx, cmd: B) -> Result<()> {
    match cmd {
        B::Build(a) => crate::commands::build::run(ctx, *a).await,
        B::Prune(a) => prune::run(ctx, a).await,
    }
}
