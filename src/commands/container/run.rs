//! `hvdock container run`.

use anyhow::Result;

use crate::cli::container::RunArgs;
use crate::commands::Ctx;

pub async fn run(_ctx: &Ctx, _args: RunArgs) -> Result<()> {
    Err(crate::error::CliError::message("hvdock: 'run' is not implemented yet", 1))
}
