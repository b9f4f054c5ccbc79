//! `hvdock trust ...`: docker's content trust. Keys are made and loaded offline as docker does;
//! what needs a Notary server goes as far as docker's first exchange with it, and answers as
//! docker does when none can be reached.

mod der;
mod inspect;
mod key_generate;
mod key_load;
mod keys;
mod legacy_pem;
pub mod notary;
mod passphrase;
mod pem;
mod repo;
mod revoke;
mod sign;
mod signer_add;
mod signer_remove;
mod store;

use anyhow::Result;

use super::Ctx;
use crate::cli::trust::{KeyCommand, SignerCommand, TrustCommand as T};

pub async fn dispatch(ctx: &'static Ctx, cmd: T) -> Result<()> {
    match cmd {
        T::Inspect(a) => inspect::run(a),
        T::Key(KeyCommand::Generate(a)) => key_generate::run(ctx, a),
        T::Key(KeyCommand::Load(a)) => key_load::run(ctx, a),
        T::Revoke(a) => revoke::run(ctx, a).await,
        T::Sign(a) => sign::run(ctx, a).await,
        T::Signer(SignerCommand::Add(a)) => signer_add::run(ctx, a).await,
        T::Signer(SignerCommand::Remove(a)) => signer_remove::run(ctx, a).await,
    }
}
