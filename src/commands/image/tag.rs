//! `hvdock tag`: another name for an image.

use anyhow::Result;

use super::reference::Reference;
use crate::cli::image::TagArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;

pub async fn run(ctx: &'static Ctx, a: TagArgs) -> Result<()> {
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
    raw::send_json(ctx.engine()?, http::Method::POST, &path, None).await?;
    Ok(())
}
