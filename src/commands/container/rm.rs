//! `hvdock container rm`.

use anyhow::Result;

use super::each::{check_id, container_path, each, Outcome, PARALLEL};
use crate::cli::container::RmArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::error::{is_not_found, CliError};

pub async fn run(ctx: &Ctx, args: RmArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let mut query = Vec::new();
    if args.volumes {
        query.push("v=1");
    }
    if args.link {
        query.push("link=1");
    }
    if args.force {
        query.push("force=1");
    }
    let query = if query.is_empty() {
        String::new()
    } else {
        format!("?{}", query.join("&"))
    };
    each(&args.containers, PARALLEL, |name| {
        let query = &query;
        async move {
            // docker trims slashes first, so "/name" works and "/" is refused.
            let id = name.trim_matches('/');
            if id.is_empty() {
                return Err(CliError::message("container name cannot be empty", 1));
            }
            let path = container_path(check_id(id)?, query);
            match raw::send_json(engine, http::Method::DELETE, &path, None).await {
                Ok(_) => Ok(Outcome::Print(name)),
                // `rm -f` of something that is not there is reported but is not a failure.
                Err(e) if args.force && is_not_found(&e) => Ok(Outcome::Tolerated(e)),
                Err(e) => Err(e),
            }
        }
    })
    .await
}
