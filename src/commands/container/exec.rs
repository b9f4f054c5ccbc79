//! `hvdock container exec`.

use anyhow::Result;

use crate::cli::container::ExecArgs;
use crate::commands::Ctx;

pub async fn run(_ctx: &Ctx, _args: ExecArgs) -> Result<()> {
    Err(crate::error::CliError::message("hvdock: 'exec' is not implemented yet", 1))
}
