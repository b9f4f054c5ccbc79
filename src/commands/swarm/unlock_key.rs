//! `hvdock swarm unlock-key`: show (and rotate) the manager unlock key.

use anyhow::Result;

use super::{inspect, print_unlock_command, unlock_key, update_spec};
use crate::cli::swarm::UnlockKeyArgs;
use crate::commands::Ctx;
use crate::error::CliError;

pub async fn run(ctx: &Ctx, a: UnlockKeyArgs) -> Result<()> {
    let engine = ctx.engine()?;
    if a.rotate {
        let swarm = inspect(engine).await?;
        let autolock = swarm["Spec"]["EncryptionConfig"]["AutoLockManagers"]
            .as_bool()
            .unwrap_or(false);
        if !autolock {
            return Err(CliError::message(
                "cannot rotate because autolock is not turned on",
                1,
            ));
        }
        update_spec(engine, &swarm, &swarm["Spec"], (false, false, true)).await?;
        if !a.quiet {
            println!("Successfully rotated manager unlock key.");
        }
    }
    let key = unlock_key(engine).await?;
    if key.is_empty() {
        return Err(CliError::message("no unlock key is set", 1));
    }
    if a.quiet {
        println!("{key}");
    } else {
        print_unlock_command(&key);
    }
    Ok(())
}
