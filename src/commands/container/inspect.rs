//! `hvdock container inspect`.

use anyhow::Result;

use crate::cli::ls::ContainerInspectArgs;
use crate::commands::inspect::{inspect_kind, Kind};
use crate::commands::Ctx;

pub async fn run(ctx: &Ctx, args: ContainerInspectArgs) -> Result<()> {
    inspect_kind(
        ctx,
        Kind::Container,
        &args.containers,
        args.format.as_deref(),
        args.size,
    )
    .await
}
