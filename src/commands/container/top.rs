//! `hvdock container top`.

use anyhow::Result;

use crate::cli::container::TopArgs;
use crate::commands::Ctx;

pub async fn run(_ctx: &Ctx, _args: TopArgs) -> Result<()> {
    Err(crate::error::CliError::message("hvdock: 'top' is not implemented yet", 1))
}
