//! `hvdock container rename`.

use anyhow::Result;

use crate::cli::container::RenameArgs;
use crate::commands::Ctx;
use crate::engine::raw;
use crate::engine::ApiPath;
use crate::error::CliError;

pub async fn run(ctx: &Ctx, args: RenameArgs) -> Result<()> {
    let (old, new) = (args.container.trim(), args.new_name.trim());
    if old.is_empty() || new.is_empty() {
        return Err(CliError::message(
            "Error: Neither old nor new names may be empty",
            1,
        ));
    }
    let engine = ctx.engine()?;
    let path = ApiPath::new("/containers")
        .seg(old)
        .lit("/rename")
        .query("name", new);
    if let Err(e) = raw::send_only(engine, http::Method::POST, &path, None).await {
        // docker prints the daemon's reason, then its own summary.
        eprintln!("{}", crate::error::render(&e).0);
        return Err(CliError::message(
            format!("Error: failed to rename container named {old}"),
            1,
        ));
    }
    Ok(())
}
