//! `hvdock builder prune`: `POST /build/prune`, docker's prompt and report.

use anyhow::Result;
use serde_json::Value as J;

use crate::cli::builder::BuilderPruneArgs;
use crate::commands::listing::jint;
use crate::commands::{prune, Ctx};
use crate::engine::{raw, ApiPath};
use crate::format::units::human_size4;

const NORMAL_WARNING: &str =
    "WARNING! This will remove all dangling build cache. Are you sure you want to continue?";
const ALL_WARNING: &str =
    "WARNING! This will remove all build cache. Are you sure you want to continue?";

pub async fn run(ctx: &Ctx, a: BuilderPruneArgs) -> Result<()> {
    let filters = prune::filters(ctx, &a.filter);
    prune::ask(a.force, if a.all { ALL_WARNING } else { NORMAL_WARNING })?;
    let (space, out) = report(ctx, &filters, a.all, a.keep_storage.unwrap_or(0)).await?;
    if !out.is_empty() {
        println!("{out}");
    }
    println!("Total reclaimed space: {}", human_size4(space as f64));
    Ok(())
}

/// `POST /build/prune` (docker's `BuildCachePrune`): the space reclaimed and the `Deleted build
/// cache objects:` report (empty when nothing went).
pub async fn report(
    ctx: &Ctx,
    filters: &[(String, String)],
    all: bool,
    keep_storage: i64,
) -> Result<(u64, String)> {
    let engine = ctx.engine()?;
    let mut path = ApiPath::new("/build/prune");
    if all {
        path = path.query("all", "1");
    }
    if let Some(f) = crate::opts::filter::to_query(filters) {
        path = path.query("filters", &f);
    }
    if keep_storage != 0 {
        path = path.query("keep-storage", &keep_storage.to_string());
    }
    let report = raw::post_report(engine, &path, "error retrieving disk usage").await?;
    let ids: Vec<String> = report
        .get("CachesDeleted")
        .and_then(J::as_array)
        .map(|a| a.iter().filter_map(J::as_str).map(str::to_string).collect())
        .unwrap_or_default();
    Ok((
        jint(&report, "SpaceReclaimed").max(0) as u64,
        prune::deleted("Deleted build cache objects", &ids),
    ))
}
