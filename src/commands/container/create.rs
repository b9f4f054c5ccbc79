//! `hvdock container create`.

use anyhow::Result;

use crate::cli::container::CreateArgs;
use crate::commands::Ctx;

pub async fn run(_ctx: &Ctx, _args: CreateArgs) -> Result<()> {
    Err(crate::error::CliError::message("hvdock: 'create' is not implemented yet", 1))
}
