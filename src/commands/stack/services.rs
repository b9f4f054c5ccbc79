//! `hvdock stack services STACK`: `service ls` of the stack's services.

use anyhow::Result;

use crate::cli::stack::ServicesArgs;
use crate::commands::Ctx;
use crate::engine::path::ApiPath;
use crate::engine::raw;

pub async fn run(ctx: &Ctx, a: ServicesArgs) -> Result<()> {
    super::validate_name(&a.stack)?;
    let engine = ctx.engine()?;
    let mut path =
        ApiPath::new("/services").query("filters", &super::filters(&a.stack, &a.list.filter));
    if !a.list.quiet {
        path = path.query("status", "true");
    }
    let items = raw::get_json(engine, &path)
        .await?
        .as_array()
        .cloned()
        .unwrap_or_default();
    if items.is_empty() {
        eprintln!("Nothing found in stack: {}", a.stack);
        return Ok(());
    }
    crate::commands::service::ls::write(ctx, items, a.list.format.as_deref(), a.list.quiet)
}
