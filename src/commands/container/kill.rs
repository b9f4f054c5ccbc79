//! `hvdock container kill`.

use anyhow::Result;

use super::each::{each, escape_query, PARALLEL};
use super::stop::post;
use crate::cli::container::KillArgs;
use crate::commands::Ctx;

pub async fn run(ctx: &Ctx, args: KillArgs) -> Result<()> {
    let engine = ctx.engine()?;
    let query = match args.signal.as_deref().filter(|s| !s.is_empty()) {
        Some(s) => format!("?signal={}", escape_query(s)),
        None => String::new(),
    };
    each(&args.containers, PARALLEL, |name| {
        post(engine, name, "/kill", &query)
    })
    .await
}
