//! `hvdock container rm`.

use anyhow::Result;

use super::each::{check_id, each, Outcome, PARALLEL};
use crate::cli::container::RmArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::error::{is_not_found, CliError};

pub async fn run(ctx: &Ctx, args: RmArgs) -> Result<()> {
    let engine = ctx.engine()?;
    each(&args.containers, PARALLEL, |name| {
        async move {
            // docker trims slashes first, so "/name" works and "/" is refused.
            let id = name.trim_matches('/');
            if id.is_empty() {
                return Err(CliError::message("container name cannot be empty", 1));
            }
            let path = ApiPath::new("/containers")
                .seg(check_id(id)?)
                .query_opt("v", args.volumes.then_some("1"))
                .query_opt("link", args.link.then_some("1"))
                .query_opt("force", args.force.then_some("1"));
            match raw::send_only(engine, http::Method::DELETE, &path, None).await {
                Ok(_) => Ok(Outcome::Print(name)),
                // `rm -f` of something that is not there is reported but is not a failure.
                Err(e) if args.force && is_not_found(&e) => Ok(Outcome::Tolerated(e)),
                Err(e) => Err(e),
            }
        }
    })
    .await
}
