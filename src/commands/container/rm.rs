//! `hvdock container rm`.

use anyhow::Result;

use crate::cli::container::RmArgs;
use crate::commands::Ctx;

pub async fn run(_ctx: &Ctx, _args: RmArgs) -> Result<()> {
    Err(crate::error::CliError::message("hvdock: 'rm' is not implemented yet", 1))
}
