//! `hvdock network prune`.

use anyhow::Result;
use serde_json::Value as J;

use crate::cli::network::PruneArgs;
use crate::commands::{prune, Ctx};
use crate::engine::raw;
use crate::engine::ApiPath;

const WARNING: &str = "WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue?";

pub async fn run(ctx: &Ctx, a: PruneArgs) -> Result<()> {
    let out = report(ctx, &a, a.force).await?;
    if !out.is_empty() {
        println!("{out}");
    }
    Ok(())
}

/// The report text (`Deleted Networks:` and the names), empty when none went.
pub async fn report(ctx: &Ctx, a: &PruneArgs, force: bool) -> Result<String> {
    let filters = prune::filters(ctx, &a.filter);
    prune::ask(force, WARNING)?;
    let engine = ctx.engine()?;
    let path = prune::filtered(ApiPath::new("/networks/prune"), &filters);
    let answer = raw::post_report(engine, &path, "Error retrieving network prune report").await?;
    let ids: Vec<String> = answer
        .get("NetworksDeleted")
        .and_then(J::as_array)
        .map(|a| a.iter().filter_map(J::as_str).map(str::to_string).collect())
        .unwrap_or_default();
    Ok(prune::deleted("Deleted Networks", &ids))
}
