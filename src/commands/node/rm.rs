//! `hvdock node rm`: every failure reported together at the end (docker's `errors.Join`).

use anyhow::Result;

use crate::cli::node::RmArgs;
use crate::commands::Ctx;
use crate::engine::path::ApiPath;
use crate::engine::raw;
use crate::error::CliError;

pub async fn run(ctx: &Ctx, a: RmArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let mut errors = Vec::new();
    for id in &a.nodes {
        let mut path = ApiPath::new("/nodes").seg(id);
        if a.force {
            path = path.query("force", "1");
        }
        match raw::request(engine, http::Method::DELETE, &path, None).await {
            Ok(_) => println!("{id}"),
            Err(e) => errors.push(crate::error::render(&e).0),
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(CliError::message(errors.join("\n"), 1))
    }
}
