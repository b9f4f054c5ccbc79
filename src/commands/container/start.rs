//! `hvdock container start`.

use anyhow::Result;

use crate::cli::container::StartArgs;
use crate::commands::Ctx;

pub async fn run(_ctx: &Ctx, _args: StartArgs) -> Result<()> {
    Err(crate::error::CliError::message("hvdock: 'start' is not implemented yet", 1))
}
