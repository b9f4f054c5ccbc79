//! `hvdock container kill`.

use anyhow::Result;

use super::each::{each, PARALLEL};
use super::stop::post;
use crate::cli::container::KillArgs;
use crate::commands::Ctx;

pub async fn run(ctx: &Ctx, args: KillArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let query: Vec<_> = args
        .signal
        .iter()
        .filter(|s| !s.is_empty())
        .map(|s| ("signal", s.clone()))
        .collect();
    each(&args.containers, PARALLEL, |name| {
        post(engine, name, "/kill", &query)
    })
    .await
}
