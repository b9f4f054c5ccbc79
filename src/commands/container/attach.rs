//! `hvdock container attach`.

use anyhow::Result;

use crate::cli::container::AttachArgs;
use crate::commands::Ctx;

pub async fn run(_ctx: &Ctx, _args: AttachArgs) -> Result<()> {
    Err(crate::error::CliError::message("hvdock: 'attach' is not implemented yet", 1))
}
