//! `hvdock container kill`.

use anyhow::Result;

use crate::cli::container::KillArgs;
use crate::commands::Ctx;

pub async fn run(_ctx: &Ctx, _args: KillArgs) -> Result<()> {
    Err(crate::error::CliError::message("hvdock: 'kill' is not implemented yet", 1))
}
