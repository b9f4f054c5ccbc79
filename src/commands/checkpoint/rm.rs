//! `hvdock checkpoint rm`: `DELETE /containers/{id}/checkpoints/{name}`, silent.

use anyhow::Result;

use crate::cli::checkpoint::RmArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;

pub async fn run(ctx: &Ctx, a: RmArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let path = ApiPath::new("/containers")
        .seg(&a.container)
        .lit("/checkpoints")
        .seg(&a.checkpoint)
        .query_opt("dir", super::ls::dir(&a.checkpoint_dir));
    raw::request(engine, http::Method::DELETE, &path, None).await?;
    Ok(())
}
