//! `hvdock container logs`.

use anyhow::Result;

use crate::cli::container::LogsArgs;
use crate::commands::Ctx;

pub async fn run(_ctx: &Ctx, _args: LogsArgs) -> Result<()> {
    Err(crate::error::CliError::message("hvdock: 'logs' is not implemented yet", 1))
}
