//! `hvdock network inspect` (`-v` asks the daemon for the verbose view).

use anyhow::Result;

use crate::cli::network::InspectArgs;
use crate::commands::inspect::Inspector;
use crate::commands::Ctx;
use crate::engine::raw;

pub async fn run(ctx: &Ctx, a: InspectArgs) -> Result<()> {
    let mut inspector = Inspector::new(a.format.as_deref())?;
    let engine = ctx.engine()?;
    engine.api().await?;
    let rest = if a.verbose { "?verbose=true" } else { "" };
    for name in &a.names {
        let got = raw::request(engine, http::Method::GET, &super::path(name, rest), None).await;
        inspector.add(got.map(|(_, body)| body));
    }
    inspector.flush()
}
