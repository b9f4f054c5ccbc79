//! `hvdock container rename`.

use anyhow::Result;

use crate::cli::container::RenameArgs;
use crate::commands::Ctx;

pub async fn run(_ctx: &Ctx, _args: RenameArgs) -> Result<()> {
    Err(crate::error::CliError::message("hvdock: 'rename' is not implemented yet", 1))
}
