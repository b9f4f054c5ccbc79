//! `hvdock container pause`.

use anyhow::Result;

use super::each::{each, PARALLEL};
use super::stop::post;
use crate::cli::container::ContainersArgs;
use crate::commands::Ctx;

pub async fn run(ctx: &Ctx, args: ContainersArgs) -> Result<()> {
    let engine = ctx.engine()?;
    each(&args.containers, PARALLEL, |name| {
        post(engine, name, "/pause", &[])
    })
    .await
}
