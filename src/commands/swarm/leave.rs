//! `hvdock swarm leave`.

use anyhow::Result;

use crate::cli::swarm::LeaveArgs;
use crate::commands::Ctx;
use crate::engine::path::ApiPath;
use crate::engine::raw;

pub async fn run(ctx: &Ctx, a: LeaveArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let mut path = ApiPath::new("/swarm/leave");
    if a.force {
        path = path.query("force", "1");
    }
    raw::send_only(engine, http::Method::POST, &path, None).await?;
    println!("Node left the swarm.");
    Ok(())
}
