//! `hvdock secret rm` / `config rm`: every failure reported together at the end.

use anyhow::Result;

use super::Object;
use crate::cli::secret::RmArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::error::CliError;

pub async fn run(ctx: &Ctx, o: Object, a: RmArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let mut errors = Vec::new();
    for name in &a.names {
        let path = o.path().seg(name);
        match raw::request(engine, http::Method::DELETE, &path, None).await {
            Ok(_) => println!("{name}"),
            Err(e) => errors.push(crate::error::render(&e).0),
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(CliError::message(errors.join("\n"), 1))
    }
}
