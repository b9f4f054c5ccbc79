//! `hvdock trust ...`: docker's content trust. Keys are made offline as docker makes them; what
//! needs a Notary server answers as docker does when none can be reached.

mod der;
mod inspect;
mod key_generate;
mod key_load;
mod keys;
mod passphrase;
mod pem;
mod store;

use anyhow::Result;

use super::Ctx;
use crate::cli::trust::{KeyCommand, TrustCommand as T};

pub async fn dispatch(ctx: &'static Ctx, cmd: T) -> Result<()> {
    match cmd {
        T::Inspect(a) => inspect::run(a),
        T::Key(KeyCommand::Generate(a)) => key_generate::run(ctx, a),
        T::Key(KeyCommand::Load(a)) => key_load::run(ctx, a),
    }
}
