//! `hvdock stack ps STACK`: the task table of `service ps` for the stack's tasks.

use anyhow::Result;
use serde_json::Value;

use crate::cli::service::TaskFlags;
use crate::cli::stack::PsArgs;
use crate::commands::service::tasks;
use crate::commands::Ctx;
use crate::error::CliError;

pub async fn run(ctx: &Ctx, a: PsArgs) -> Result<()> {
    super::validate_name(&a.stack)?;
    let engine = ctx.engine()?;
    let filters: Value = serde_json::from_str(&super::filters(&a.stack, &a.filter))?;
    let list = tasks::list(engine, &filters).await?;
    if list.is_empty() {
        return Err(CliError::message(
            format!("nothing found in stack: {}", a.stack),
            1,
        ));
    }
    let flags = TaskFlags {
        filter: a.filter,
        format: a.format,
        no_resolve: a.no_resolve,
        no_trunc: a.no_trunc,
        quiet: a.quiet,
    };
    tasks::print(ctx, engine, list, &flags).await
}
