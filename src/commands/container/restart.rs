//! `hvdock container restart`: one container after the other, as docker does.

use anyhow::Result;

use super::each::each;
use super::stop::{post, stop_query};
use crate::cli::container::StopArgs;
use crate::commands::Ctx;

pub async fn run(ctx: &Ctx, args: StopArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let query = stop_query(engine, &args).await?;
    each(&args.containers, 1, |name| {
        post(engine, name, "/restart", &query)
    })
    .await
}
