//! `hvdock container pause`.

use anyhow::Result;

use crate::cli::container::ContainersArgs;
use crate::commands::Ctx;

pub async fn run(_ctx: &Ctx, _args: ContainersArgs) -> Result<()> {
    Err(crate::error::CliError::message("hvdock: 'pause' is not implemented yet", 1))
}
