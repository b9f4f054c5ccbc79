//! `hvdock container prune`.

use anyhow::Result;
use serde_json::Value as J;

use crate::cli::network::PruneArgs;
use crate::commands::{prune, Ctx};
use crate::engine::raw;
use crate::engine::ApiPath;

const WARNING: &str =
    "WARNING! This will remove all stopped containers.\nAre you sure you want to continue?";

pub async fn run(ctx: &Ctx, a: PruneArgs) -> Result<()> {
    let (space, out) = report(ctx, &a.filter, a.force).await?;
    if !out.is_empty() {
        println!("{out}");
    }
    println!("{}", prune::reclaimed(space));
    Ok(())
}

/// Space reclaimed and the report text (`system prune` reuses it).
pub async fn report(ctx: &Ctx, filter: &[(String, String)], force: bool) -> Result<(u64, String)> {
    let filters = prune::filters(ctx, filter);
    prune::ask(force, WARNING)?;
    let engine = ctx.engine()?;
    let path = prune::filtered(ApiPath::new("/containers/prune"), &filters);
    let answer = raw::post_report(engine, &path, "Error retrieving disk usage").await?;
    let ids: Vec<String> = answer
        .get("ContainersDeleted")
        .and_then(J::as_array)
        .map(|a| a.iter().filter_map(J::as_str).map(str::to_string).collect())
        .unwrap_or_default();
    let space = if ids.is_empty() {
        0
    } else {
        answer
            .get("SpaceReclaimed")
            .and_then(J::as_u64)
            .unwrap_or(0)
    };
    Ok((space, prune::deleted("Deleted Containers", &ids)))
}
