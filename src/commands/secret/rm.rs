//! `hvdock secret rm` / `config rm`: every failure reported together at the end.

use anyhow::Result;

use super::Object;
use crate::cli::secret::RmArgs;
use crate::commands::container::each::{each, Outcome};
use crate::commands::Ctx;
use crate::engine::raw;

pub async fn run(ctx: &Ctx, o: Object, a: RmArgs) -> Result<()> {
    let engine = ctx.engine()?;
    each(&a.names, 1, |name| async move {
        let path = o.path().seg(&name);
        raw::request(engine, http::Method::DELETE, &path, None).await?;
        Ok(Outcome::Print(name))
    })
    .await
}
