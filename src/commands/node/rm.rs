//! `hvdock node rm`: every failure reported together at the end (docker's `errors.Join`).

use anyhow::Result;

use crate::cli::node::RmArgs;
use crate::commands::container::each::{each, Outcome};
use crate::commands::Ctx;
use crate::engine::path::ApiPath;
use crate::engine::raw;

pub async fn run(ctx: &Ctx, a: RmArgs) -> Result<()> {
    let engine = ctx.engine()?;
    each(&a.nodes, 1, |id| async move {
        let mut path = ApiPath::new("/nodes").seg(&id);
        if a.force {
            path = path.query("force", "1");
        }
        raw::request(engine, http::Method::DELETE, &path, None).await?;
        Ok(Outcome::Print(id))
    })
    .await
}
