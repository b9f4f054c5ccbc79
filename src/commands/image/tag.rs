//! `hvdock tag`: another name for an image.

use anyhow::Result;

use super::reference::{self, Reference};
use crate::cli::image::TagArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;

pub async fn run(ctx: &'static Ctx, a: TagArgs) -> Result<()> {
    // As docker's client checks them, source first, before asking the daemon.
    for (r, check) in [
        (
            &a.source,
            reference::validate_any as fn(&str) -> Result<(), String>,
        ),
        (&a.target, reference::validate_named),
    ] {
        check(r).map_err(|e| {
            crate::error::CliError::message(
                format!(
                    "Error parsing reference: {} is not a valid repository/tag: {e}",
                    crate::commands::listing::go_quote(r)
                ),
                1,
            )
        })?;
    }
    let target = Reference::parse(&a.target);
    if target.digest.is_some() {
        return Err(crate::error::CliError::message(
            "refusing to create a tag with a digest reference",
            1,
        ));
    }
    let path = ApiPath::new("/images")
        .seg(&a.source)
        .lit("/tag")
        .query("repo", &target.repository)
        .query("tag", target.tag.as_deref().unwrap_or("latest"));
    raw::send_only(ctx.engine()?, http::Method::POST, &path, None).await?;
    Ok(())
}
