//! `hvdock volume rm`: every failure reported together at the end (docker's `errors.Join`).

use anyhow::Result;

use crate::cli::volume::RmArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::error::CliError;

pub async fn run(ctx: &Ctx, a: RmArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let mut errors = Vec::new();
    for name in &a.names {
        let path = ApiPath::new("/volumes")
            .seg(name)
            .query_opt("force", a.force.then_some("1"));
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
