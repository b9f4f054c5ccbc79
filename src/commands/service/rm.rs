//! `hvdock service rm`: each removed name on stdout, the failures joined at the end.

use anyhow::Result;

use crate::cli::service::RmArgs;
use crate::commands::Ctx;
use crate::engine::path::ApiPath;
use crate::engine::raw;

pub async fn run(ctx: &Ctx, a: RmArgs) -> Result<()> {
    let engine = ctx.engine()?;
    engine.api().await?;
    let mut errs = Vec::new();
    for name in &a.services {
        let path = ApiPath::new("/services").seg(name);
        match raw::request(engine, http::Method::DELETE, &path, None).await {
            Ok(_) => println!("{name}"),
            Err(e) => {
                if matches!(
                    crate::error::classify(&e),
                    Some(crate::error::CliError::Connect { .. })
                ) {
                    return Err(e);
                }
                errs.push(super::text(&e));
            }
        }
    }
    super::joined(errs)
}
