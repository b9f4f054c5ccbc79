//! `hvdock volume prune` (`-a` reaches daemons of API 1.42 and later).

use anyhow::Result;
use serde_json::Value as J;

use crate::cli::volume::PruneArgs;
use crate::commands::{prune, Ctx};
use crate::engine::ApiPath;
use crate::engine::{raw, version_lt};
use crate::error::CliError;

const UNUSED: &str = "WARNING! This will remove anonymous local volumes not used by at least one container.\nAre you sure you want to continue?";
const ALL: &str = "WARNING! This will remove all local volumes not used by at least one container.\nAre you sure you want to continue?";

pub async fn run(ctx: &Ctx, a: PruneArgs) -> Result<()> {
    let (space, out) = report(ctx, &a.filter, a.all, a.force).await?;
    if !out.is_empty() {
        println!("{out}");
    }
    println!("{}", prune::reclaimed(space));
    Ok(())
}

/// Space reclaimed and the report text.
pub async fn report(
    ctx: &Ctx,
    filter: &[(String, String)],
    all: bool,
    force: bool,
) -> Result<(u64, String)> {
    let mut filters = prune::filters(ctx, filter);
    let engine = ctx.engine()?;
    engine.api().await?;
    let version = engine.api_version().unwrap_or("1.41").to_string();
    let mut warning = ALL;
    if !version_lt(&version, "1.42") {
        warning = UNUSED;
        if all {
            if filters.iter().any(|(k, _)| k == "all") {
                return Err(CliError::message(
                    "conflicting options: cannot specify both --all and --filter all=1",
                    1,
                ));
            }
            filters.push(("all".into(), "true".into()));
            warning = ALL;
        }
    }
    prune::ask(force, warning)?;
    let path = prune::filtered(ApiPath::new("/volumes/prune"), &filters);
    let answer = raw::post_report(engine, &path, "Error retrieving volume prune report").await?;
    let ids: Vec<String> = answer
        .get("VolumesDeleted")
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
    Ok((space, prune::deleted("Deleted Volumes", &ids)))
}
