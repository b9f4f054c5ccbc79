//! `hvdock image inspect`.

use anyhow::Result;

use crate::cli::image::ImageInspectArgs;
use crate::commands::inspect::{inspect_kind, Kind};
use crate::commands::Ctx;

pub async fn run(ctx: &Ctx, args: ImageInspectArgs) -> Result<()> {
    inspect_kind(
        ctx,
        Kind::Image,
        &args.images,
        args.format.as_deref(),
        false,
    )
    .await
}
