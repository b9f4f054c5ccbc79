//! `hvdock network disconnect`.

use anyhow::Result;
use serde_json::json;

use crate::cli::network::DisconnectArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;

pub async fn run(ctx: &Ctx, a: DisconnectArgs) -> Result<()> {
    let body = json!({"Container": a.container, "Force": a.force});
    let engine = ctx.engine()?;
    raw::send_only(
        engine,
        http::Method::POST,
        &ApiPath::new("/networks").seg(&a.network).lit("/disconnect"),
        Some(&body),
    )
    .await?;
    Ok(())
}
