//! `hvdock system prune`: docker's warning (what goes, the filters in effect), then containers,
//! networks, (`--volumes`) anonymous volumes, images (dangling, or `-a` unused) and build cache,
//! each report as its own prune prints it, and the `Total reclaimed space`.

use anyhow::Result;
use serde_json::Value as J;

use crate::cli::system::SystemPruneArgs;
use crate::commands::listing::{jint, jstr};
use crate::commands::{prune, Ctx};
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::error::CliError;
use crate::format::units::human_size4;

/// docker's `confirmationMessage`.
fn warning(a: &SystemPruneArgs, filters: &[(String, String)]) -> String {
    let mut w = vec![
        "all stopped containers",
        "all networks not used by at least one container",
    ];
    if a.volumes {
        w.push("all anonymous volumes not used by at least one container");
    }
    w.push(if a.all {
        "all images without at least one container associated to them"
    } else {
        "all dangling images"
    });
    w.push(if a.all {
        "all build cache"
    } else {
        "unused build cache"
    });
    let mut s = String::from("WARNING! This will remove:");
    for x in w {
        s.push_str(&format!("\n  - {x}"));
    }
    let mut shown: Vec<String> = Vec::new();
    for name in ["label", "label!", "until"] {
        for (k, v) in filters {
            if k == name {
                shown.push(format!("{k}={v}"));
            }
        }
    }
    shown.sort_by(|x, y| crate::commands::container::natural_cmp(x, y));
    shown.dedup();
    if !shown.is_empty() {
        s.push_str("\n\n  Items to be pruned will be filtered with:");
        for f in shown {
            s.push_str(&format!("\n  - {f}"));
        }
    }
    s.push_str("\n\nAre you sure you want to continue?");
    s
}

pub async fn run(ctx: &'static Ctx, a: SystemPruneArgs) -> Result<()> {
    if a.volumes && a.filter.iter().any(|(k, _)| k == "until") {
        return Err(CliError::message(
            "ERROR: The \"until\" filter is not supported with \"--volumes\"",
            1,
        ));
    }
    let merged = prune::filters(ctx, &a.filter);
    prune::ask(a.force, &warning(&a, &merged))?;
    let mut total = 0u64;
    let emit = |out: String| {
        if !out.is_empty() {
            println!("{out}");
        }
    };
    let (space, out) = crate::commands::container::prune::report(ctx, &a.filter, true).await?;
    total += space;
    emit(out);
    let net = crate::cli::network::PruneArgs {
        filter: a.filter.clone(),
        force: true,
    };
    emit(crate::commands::network::prune::report(ctx, &net, true).await?);
    if a.volumes {
        let (space, out) =
            crate::commands::volume::prune::report(ctx, &a.filter, false, true).await?;
        total += space;
        emit(out);
    }
    let engine = ctx.engine()?;
    let mut given = a.filter.clone();
    given.push(("dangling".into(), (!a.all).to_string()));
    let filters = prune::filters(ctx, &given);
    let path = prune::filtered(ApiPath::new("/images/prune"), &filters);
    let report = raw::post_report(engine, &path, "Error retrieving disk usage").await?;
    let mut out = String::new();
    for d in report
        .get("ImagesDeleted")
        .and_then(J::as_array)
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
    total += jint(&report, "SpaceReclaimed").max(0) as u64;
    emit(out);
    let build = prune::filters(ctx, &a.filter);
    let (space, out) = crate::commands::builder::prune::report(ctx, &build, a.all, 0).await?;
    total += space;
    emit(out);
    println!("Total reclaimed space: {}", human_size4(total as f64));
    Ok(())
}
