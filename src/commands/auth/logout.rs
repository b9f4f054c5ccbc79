//! `hvdock logout`: erases the stored credentials of a registry.

use anyhow::Result;

use super::login::server_key;
use super::store;
use crate::cli::login::LogoutArgs;
use crate::commands::Ctx;

pub async fn run(ctx: &'static Ctx, a: LogoutArgs) -> Result<()> {
    let key = server_key(a.server.as_deref());
    println!("Removing login credentials for {key}");
    let mut config = ctx.config().clone();
    if let Err(e) = store::erase(&mut config, &key) {
        eprintln!("WARNING: could not erase credentials:");
        println!("{key}: {e:#}");
    }
    Ok(())
}
