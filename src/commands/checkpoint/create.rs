//! `hvdock checkpoint create`: `POST /containers/{id}/checkpoints`, then the checkpoint's name.

use anyhow::Result;
use serde_json::json;

use crate::cli::checkpoint::CreateArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;

pub async fn run(ctx: &Ctx, a: CreateArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let path = ApiPath::new("/containers")
        .seg(&a.container)
        .lit("/checkpoints");
    // docker's checkpoint.CreateOptions, in its field order.
    let body = json!({
        "CheckpointID": a.checkpoint,
        "CheckpointDir": a.checkpoint_dir.clone().unwrap_or_default(),
        "Exit": !a.leave_running,
    });
    // docker's client never reads the answer (`201 Created`, no body).
    engine.api().await?;
    let body = crate::format::go_json::encode(&body);
    raw::request(engine, http::Method::POST, &path, Some(body)).await?;
    println!("{}", a.checkpoint);
    Ok(())
}
