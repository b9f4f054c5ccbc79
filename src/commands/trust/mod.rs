//! `hvdock trust ...`: docker's content trust. Keys are made offline as docker makes them; what
//! needs a Notary server answers as docker does when none can be reached.

mod inspect;
mod key_generate;
mod keys;
pub mod notary;
mod passphrase;

use anyhow::Result;

use super::Ctx;
use crate::cli::trust::{KeyCommand, TrustCommand as T};

pub async fn dispatch(ctx: &'static Ctx, cmd: T) -> Result<()> {
    match cmd {
        T::Inspect(a) => inspect::run(a),
        T::Key(KeyCommand::Generate(a)) => key_generate::run(ctx, a),
    }
}
