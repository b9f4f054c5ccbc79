//! `hvdock image ...`: images, pulling and references.

mod inspect;
pub mod ls;
pub mod pull;
pub mod reference;
mod row;

use anyhow::Result;

use super::Ctx;
use crate::cli::image::ImageCommand as I;

pub async fn dispatch(ctx: &'static Ctx, cmd: I) -> Result<()> {
    match cmd {
        I::Inspect(a) => inspect::run(ctx, a).await,
        I::Ls(a) => ls::run(ctx, a).await,
    }
}
