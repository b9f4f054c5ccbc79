//! `hvdock container stop`.

use anyhow::Result;

use crate::cli::container::StopArgs;
use crate::commands::Ctx;

pub async fn run(_ctx: &Ctx, _args: StopArgs) -> Result<()> {
    Err(crate::error::CliError::message("hvdock: 'stop' is not implemented yet", 1))
}
