//! `hvdock create`: create a container and print its ID.

use anyhow::Result;

use super::create_flow::{self, Verb};
use crate::cli::container::CreateArgs;
use crate::commands::Ctx;

pub async fn run(ctx: &'static Ctx, args: CreateArgs) -> Result<()> {
    let mut spec = crate::opts::container::build(&args.opts, false)
        .map_err(|e| Verb::Create.usage_error(&e.to_string()))?;
    create_flow::apply_isolation(ctx, &args.opts, &mut spec, Verb::Create).await?;
    let id = create_flow::create(ctx, &args.opts, &spec, Verb::Create).await?;
    println!("{id}");
    Ok(())
}
