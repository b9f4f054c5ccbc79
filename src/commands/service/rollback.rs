//! `hvdock service rollback`: the daemon's previous spec (`rollback=previous`), then the
//! convergence display unless `-d`.

use anyhow::Result;
use serde_json::Value;

use crate::cli::service::RollbackArgs;
use crate::commands::Ctx;

pub async fn run(ctx: &Ctx, a: RollbackArgs) -> Result<()> {
    let engine = ctx.engine()?;
    engine.api().await?;
    let service = super::fetch(engine, &a.service).await?;
    let spec = service.get("Spec").cloned().unwrap_or(Value::Null);
    let answer =
        super::post_update(engine, &service, &spec, &[("rollback", "previous")], &[]).await?;
    super::create::print_warnings(&answer);
    println!("{}", a.service);
    if a.detach {
        return Ok(());
    }
    super::progress::wait(engine, &a.service, a.quiet).await
}
