//! `hvdock service inspect [--pretty]`: docker's `swarm.Service` (defaults inserted) as JSON or
//! through a template, or docker's human-friendly text.

use anyhow::Result;

use crate::cli::service::InspectArgs;
use crate::commands::inspect::{Inspector, Kind};
use crate::commands::Ctx;
use crate::error::CliError;

pub async fn run(ctx: &Ctx, a: InspectArgs) -> Result<()> {
    let format = if a.pretty {
        Some("pretty".to_string())
    } else {
        a.format
            .clone()
            .or_else(|| ctx.config().str("serviceInspectFormat").map(str::to_string))
    };
    let engine = ctx.engine()?;
    if let Some(f) = format.as_deref() {
        if f.starts_with("pretty") {
            if f != "pretty" {
                return Err(CliError::message(
                    "Cannot supply extra formatting options to the pretty template",
                    1,
                ));
            }
            return super::pretty::run(engine, &a.services).await;
        }
    }
    // docker's NewFormat: a leading "raw" is dropped ("raw" is the JSON).
    let format = format.map(|f| f.strip_prefix("raw").unwrap_or(&f).to_string());
    let mut inspector = Inspector::new(format.as_deref())?;
    engine.api().await?;
    for name in &a.services {
        let got = match crate::commands::inspect::fetch(engine, Kind::Service, name, false).await {
            Ok(body) => Ok(body),
            Err(e) if crate::error::is_not_found(&e) => Err(CliError::message(
                format!("Error: no such service: {name}"),
                1,
            )),
            Err(e) => Err(e),
        };
        inspector.add_typed(got, Kind::Service);
    }
    inspector.flush()
}
