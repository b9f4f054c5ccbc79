//! `hvdock container port`.

use anyhow::Result;

use crate::cli::container::PortArgs;
use crate::commands::Ctx;

pub async fn run(_ctx: &Ctx, _args: PortArgs) -> Result<()> {
    Err(crate::error::CliError::message("hvdock: 'port' is not implemented yet", 1))
}
