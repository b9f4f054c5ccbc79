//! `hvdock container restart`.

use anyhow::Result;

use crate::cli::container::StopArgs;
use crate::commands::Ctx;

pub async fn run(_ctx: &Ctx, _args: StopArgs) -> Result<()> {
    Err(crate::error::CliError::message("hvdock: 'restart' is not implemented yet", 1))
}
