//! `hvdock image prune`: dangling images, or (`-a`) every image no container uses.

use anyhow::Result;

use crate::cli::image::ImagePruneArgs;
use crate::commands::listing::{jint, jstr};
use crate::commands::{prune, Ctx};
use crate::engine::raw;
use crate::engine::ApiPath;

const DANGLING: &str =
    "WARNING! This will remove all dangling images.\nAre you sure you want to continue?";
const ALL: &str = "WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue?";

pub async fn run(ctx: &'static Ctx, a: ImagePruneArgs) -> Result<()> {
    let mut given = a.filter.clone();
    given.push(("dangling".into(), (!a.all).to_string()));
    let filters = prune::filters(ctx, &given);
    prune::ask(a.force, if a.all { ALL } else { DANGLING })?;
    let engine = ctx.engine()?;
    let path = prune::filtered(ApiPath::new("/images/prune"), &filters);
    let report = raw::post_report(engine, &path, "Error retrieving disk usage").await?;
    let mut out = String::new();
    for d in report
        .get("ImagesDeleted")
        .and_then(|d| d.as_array())
        .into_iter()
        .flatten()
    {
        if out.is_empty() {
            out.push_str("Deleted Images:\n");
        }
        match jstr(d, "Untagged") {
            "" => out.push_str(&format!("deleted: {}\n", jstr(d, "Deleted"))),
            u => out.push_str(&format!("untagged: {u}\n")),
        }
    }
    if !out.is_empty() {
        println!("{out}");
    }
    println!(
        "{}",
        prune::reclaimed(jint(&report, "SpaceReclaimed").max(0) as u64)
    );
    Ok(())
}
